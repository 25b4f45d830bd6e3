"""Evaluate named entities and their identity across articles against whole annotated articles.

    >>> from recoupe.eval.entities import evaluate
    >>> print(evaluate("eval/gold/entities-rpm2-dev.jsonl", "../shared/eval/rpm2-dev").render())

Gold lines (format in eval/gold/ENTITIES.md) are one article each: every name of a person,
organisation or place in its body, with its offsets and the identity of its referent, shared
by all the articles of the set. The articles are analysed and linked as one story, so the
entity index groups their names as it would in a report ("Betancourt" with "Ingrid
Betancourt", close spellings used in the same role). Found and gold mentions are paired one
to one by largest overlap; then:

- detection: precision, recall and F1 of the mentions (the names the index reads: the
  model's PER/ORG/LOC entities and named speakers), and the share of paired mentions with
  the gold's label;
- identity: B-cubed precision, recall and F1 over the paired mentions (CoNLL coreference
  scoring): for each mention, how much of its found entity is its gold entity and how much of
  its gold entity was found together. Merging two people lowers precision; leaving "Sergei"
  and "Sergueï" apart lowers recall.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.errors import RecoupeError
from recoupe.eval import SpanError, analyse_files, body_start, pair_by_overlap, prf, read_article, render_errors, source_start
from recoupe.model import Article

__all__ = ["EntitiesEval", "GoldArticle", "Name", "evaluate", "load_gold"]

LABELS = ("PER", "ORG", "LOC")


@dataclass(slots=True)
class Name:
    """A gold or found name, with offsets into the article file and its entity."""

    article: str
    start: int
    end: int
    label: str
    entity: str


@dataclass(slots=True)
class GoldArticle:
    article: str
    names: list[Name]


@dataclass
class EntitiesEval:
    """Counts, B-cubed sums and errors of one run; `render()` gives the text report."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    label_ok: int = 0
    bcubed_p: float = 0.0
    bcubed_r: float = 0.0
    errors: list[SpanError] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)

    @property
    def bcubed(self) -> tuple[float, float, float]:
        if not self.tp:
            return 1.0, 1.0, 1.0
        p, r = self.bcubed_p / self.tp, self.bcubed_r / self.tp
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def metrics(self) -> dict[str, float]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        bp, br, bf = self.bcubed
        return {
            "mention_precision": round(p, 4),
            "mention_recall": round(r, 4),
            "mention_f1": round(f, 4),
            "label_accuracy": round(self.label_ok / self.tp if self.tp else 1.0, 4),
            "bcubed_precision": round(bp, 4),
            "bcubed_recall": round(br, 4),
            "bcubed_f1": round(bf, 4),
        }

    def render(self, max_errors: int | None = None) -> str:
        m = self.metrics()
        lines = [
            f"articles   {self.articles}",
            f"mentions   P {m['mention_precision']:.3f}  R {m['mention_recall']:.3f}  F1 {m['mention_f1']:.3f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})   label accuracy {m['label_accuracy']:.3f}",
            f"identity   B-cubed P {m['bcubed_precision']:.3f}  R {m['bcubed_recall']:.3f}  F1 {m['bcubed_f1']:.3f}  (over the {self.tp} paired mentions)",
        ]
        if self.missing_articles:
            lines.append(f"articles not found: {', '.join(sorted(self.missing_articles))}")
        return "\n".join(lines + render_errors(self.errors, max_errors))


def load_gold(path: str | Path) -> list[GoldArticle]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                out.append(GoldArticle(r["article"], [Name(r["article"], m["start"], m["end"], m["label"], m["entity"]) for m in r["mentions"]]))
            except (ValueError, KeyError, TypeError) as exc:
                raise RecoupeError(f"{path}:{n}: not an entities gold line ({exc}); see eval/gold/ENTITIES.md") from None
    return out


def _found(art: Article, full: str, index) -> list[Name]:
    """The names the entity index reads in an article, at file offsets, with their entity."""
    from recoupe.link.entities import names_of

    out: dict[tuple[int, int], Name] = {}  # one name per stretch of text
    body = body_start(full)
    for st in art.statements:
        for _, label, start, end, _, key in names_of(st):
            at = source_start(full, st, start, st.text[start:end])
            if at is None or at < body or label not in LABELS:
                continue
            if not any(s < at + end - start and at < e for s, e in out):  # a speaker is often also an entity
                out[(at, at + end - start)] = Name(art.id, at, at + end - start, label, index.find(key))
    return sorted(out.values(), key=lambda n: n.start)


def _bcubed(pairs: list[tuple[Name, Name]]) -> tuple[float, float]:
    """Sums over the paired mentions of B-cubed precision and recall."""
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_found: dict[str, set[int]] = defaultdict(set)
    for i, (g, f) in enumerate(pairs):
        by_gold[g.entity].add(i)
        by_found[f.entity].add(i)
    p = r = 0.0
    for g, f in pairs:
        same = len(by_gold[g.entity] & by_found[f.entity])
        p += same / len(by_found[f.entity])
        r += same / len(by_gold[g.entity])
    return p, r


def evaluate(gold: str | Path | Iterable[GoldArticle], articles_dir: str | Path, settings=None, articles: Iterable[Article] | None = None) -> EntitiesEval:
    """Analyse and link the gold's articles as one story (or use `articles`) and score their names."""
    from recoupe.link.entities import EntityIndex
    from recoupe.settings import Settings

    rows = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    names = sorted({r.article for r in rows})
    arts = list(articles) if articles is not None else analyse_files(names, Path(articles_dir), settings)
    by_stem = {Path(a.path).stem: a for a in arts}
    index = EntityIndex(arts, {a.id: "gold" for a in arts}, settings or Settings())
    result = EntitiesEval()
    paired: list[tuple[Name, Name]] = []
    for row in rows:
        article = row.article
        art = by_stem.get(article)
        if art is None:
            result.missing_articles.append(article)
            continue
        result.articles += 1
        full = read_article(articles_dir, article)
        for g, f in pair_by_overlap(row.names, _found(art, full, index)):
            if f is None:
                result.fn += 1
                result.errors.append(SpanError("missed", article, g.start, g.end, (g.label, g.entity), None, full[g.start : g.end]))
            elif g is None:
                result.fp += 1
                result.errors.append(SpanError("spurious", article, f.start, f.end, None, (f.label, index.display(f.entity)), full[f.start : f.end]))
            else:
                result.tp += 1
                result.label_ok += g.label == f.label
                if g.label != f.label:
                    result.errors.append(SpanError("label", article, g.start, g.end, g.label, f.label, full[g.start : g.end]))
                paired.append((g, f))
    result.bcubed_p, result.bcubed_r = _bcubed(paired)
    _identity_errors(result, paired, index)
    return result


def _identity_errors(result: EntitiesEval, paired: list[tuple[Name, Name]], index) -> None:
    """A gold entity spread over several found ones ("split"), a found one holding several gold ones ("merged")."""
    found_of: dict[str, set[str]] = defaultdict(set)
    gold_of: dict[str, set[str]] = defaultdict(set)
    for g, f in paired:
        found_of[g.entity].add(f.entity)
        gold_of[f.entity].add(g.entity)
    for entity, found in sorted(found_of.items()):
        if len(found) > 1:
            result.errors.append(SpanError("split", "", 0, 0, entity, sorted(index.display(k) for k in found), ""))
    for key, golds in sorted(gold_of.items()):
        if len(golds) > 1:
            result.errors.append(SpanError("merged", "", 0, 0, sorted(golds), index.display(key), ""))
