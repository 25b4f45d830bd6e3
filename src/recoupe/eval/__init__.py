"""Quality measurement against gold data (attribution, dates and amounts, linking): functions returning result objects with a text rendering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from recoupe.model import Article, Statement

__all__ = ["SpanError", "analyse_files", "body_start", "pair_by_overlap", "prf", "read_article", "render_errors", "source_start"]


def analyse_files(names: list[str], folder: Path, settings=None) -> list[Article]:
    """The articles `folder/<name>.txt` through ingest, clean and analyze (missing files are skipped)."""
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Document

    paths = [folder / f"{n}.txt" for n in names if (folder / f"{n}.txt").exists()]
    docs = [d for d in read_paths(paths, settings) if isinstance(d, Document)]
    return list(analyze_many([clean(d, settings) for d in docs], settings))


@dataclass(slots=True)
class SpanError:
    """One disagreement with a whole-article gold: what, where, and what each side says."""

    what: str  # "missed" | "spurious" | "value" | "unit" | "label" | "split" | "merged"
    article: str  # "" when it is about the whole set (an entity split over articles)
    start: int
    end: int
    gold: object
    found: object
    text: str
    kind: str = ""  # the type of mention when an eval scores several ("date", "amount")


def render_errors(errors: list[SpanError], max_errors: int | None) -> list[str]:
    """The error lines of a text report, at most `max_errors` of them."""
    if not errors:
        return []
    lines = ["", f"errors ({len(errors)}):"]
    for e in errors if max_errors is None else errors[:max_errors]:
        where = f"{e.article}:{e.start}-{e.end}" if e.article else "(all articles)"
        lines.append(f"  {(e.kind + ' ' + e.what).strip():<15} {where:<20} gold={e.gold!r} found={e.found!r}  | {e.text}")
    if max_errors is not None and len(errors) > max_errors:
        lines.append(f"  … {len(errors) - max_errors} more")
    return lines


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect (nothing to get wrong)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_article(folder: str | Path, name: str) -> str:
    """The article's text as gold offsets count it: BOM removed, line endings kept (CRLF is two)."""
    with open(Path(folder) / f"{name}.txt", encoding="utf-8-sig", newline="") as f:
        return f.read()


def body_start(full: str) -> int:
    """Where the body begins: line 1, the title, is never annotated."""
    return min((i for i in (full.find("\n"), full.find("\r")) if i >= 0), default=len(full))


def source_start(full: str, st: Statement, start: int, text: str) -> int | None:
    """Where a span found at `start` in a statement's text sits in the article's text; cleaning
    may have changed the sentence, then the span's text is looked for in the statement's range."""
    at = st.start + start
    if full[at : at + len(text)] == text:
        return at
    at = full.find(text, st.start, st.end + 1)
    return at if at >= 0 else None


class _Span(Protocol):
    start: int
    end: int


G = TypeVar("G", bound=_Span)
F = TypeVar("F", bound=_Span)


def pair_by_overlap(gold: Sequence[G], found: Sequence[F]) -> list[tuple[G | None, F | None]]:
    """One-to-one pairs of gold and found spans by largest overlap, in text order; unpaired
    ones come with None."""
    candidates = sorted(
        ((min(g.end, f.end) - max(g.start, f.start), i, j) for i, g in enumerate(gold) for j, f in enumerate(found) if min(g.end, f.end) > max(g.start, f.start)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs: list[tuple[G | None, F | None]] = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            pairs.append((gold[i], found[j]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [(None, f) for j, f in enumerate(found) if j not in used_f]
    return sorted(pairs, key=lambda p: (p[0] or p[1]).start)
