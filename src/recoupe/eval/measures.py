"""Evaluate dates and amounts against a gold set of whole annotated articles.

    >>> from recoupe.eval.measures import evaluate
    >>> result = evaluate("eval/gold/measures-rpm2-dev.jsonl", "../shared/eval/rpm2-dev")
    >>> print(result.render())

Gold lines (format in eval/gold/MEASURES.md) are one article each: every date and amount of
its body (line 1, the title, is not annotated) with character offsets into the file read with
`encoding="utf-8-sig", newline=""`. Whole articles are annotated so that precision is
measured as well as recall. Found and gold mentions are paired one to one by largest overlap;
then:

- detection: precision, recall and F1 for dates and for amounts, with recall per gold kind
  (dates: day, month, year, relative; amounts: digits or written in words);
- dates: the share of paired mentions whose value ("YYYY-MM-DD", "YYYY-MM", "--MM-DD",
  "--MM", "YYYY") is the gold's;
- amounts: the share of paired mentions with the gold's value (multiplier applied) and the
  share with its unit (counted noun compared singular and accent-folded; money by currency).

A relative date ("hier", "mardi") can be placed only against a publication date: in an
article without one, gold relative dates are counted apart and not scored.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.errors import RecoupeError
from recoupe.eval import SpanError, analyse_files, body_start, pair_by_overlap, prf, read_article, render_errors, source_start
from recoupe.model import Amount, Article, DateMention

__all__ = ["MeasuresEval", "evaluate", "load_gold"]


@dataclass(slots=True)
class Mention:
    """A gold or found date or amount, with offsets into the article file."""

    start: int
    end: int
    value: object
    kind: str = ""  # dates: day | month | year | relative; amounts: digits | words
    unit: str | None = None
    currency: str | None = None


@dataclass(slots=True)
class GoldArticle:
    article: str
    dates: list[Mention]
    amounts: list[Mention]
    line: int = 0


@dataclass
class Score:
    """Detection and normalisation counts for one type of mention."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    value_scored: int = 0
    unit_ok: int = 0
    gold_kinds: Counter = field(default_factory=Counter)
    found_kinds: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.value_scored if self.value_scored else 1.0

    @property
    def unit_accuracy(self) -> float:
        return self.unit_ok / self.tp if self.tp else 1.0


@dataclass
class MeasuresEval:
    """Counts and errors of one run; `render()` gives the text report."""

    articles: int = 0
    dates: Score = field(default_factory=Score)
    amounts: Score = field(default_factory=Score)
    relative_unscored: int = 0
    errors: list[SpanError] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        d, a = self.dates, self.amounts
        return {
            "date_precision": round(d.precision, 4),
            "date_recall": round(d.recall, 4),
            "date_f1": round(d.f1, 4),
            "date_value_accuracy": round(d.value_accuracy, 4),
            "amount_precision": round(a.precision, 4),
            "amount_recall": round(a.recall, 4),
            "amount_f1": round(a.f1, 4),
            "amount_value_accuracy": round(a.value_accuracy, 4),
            "amount_unit_accuracy": round(a.unit_accuracy, 4),
        }

    def render(self, max_errors: int | None = None) -> str:
        d, a = self.dates, self.amounts

        def kinds(s: Score) -> str:
            return ", ".join(f"{k} {s.found_kinds[k]}/{n}" for k, n in sorted(s.gold_kinds.items()))

        lines = [
            f"articles  {self.articles}",
            f"dates     P {d.precision:.3f}  R {d.recall:.3f}  F1 {d.f1:.3f}  (tp {d.tp}, fp {d.fp}, fn {d.fn})",
            f"          value accuracy {d.value_accuracy:.3f} ({d.value_ok}/{d.value_scored})   found per kind: {kinds(d)}",
            f"amounts   P {a.precision:.3f}  R {a.recall:.3f}  F1 {a.f1:.3f}  (tp {a.tp}, fp {a.fp}, fn {a.fn})",
            f"          value accuracy {a.value_accuracy:.3f} ({a.value_ok}/{a.value_scored})"
            f"  unit accuracy {a.unit_accuracy:.3f} ({a.unit_ok}/{a.tp})   found per kind: {kinds(a)}",
        ]
        if self.relative_unscored:
            lines.append(f"relative dates not scored (article without a publication date): {self.relative_unscored}")
        if self.missing_articles:
            lines.append(f"articles not found: {', '.join(sorted(self.missing_articles))}")
        return "\n".join(lines + render_errors(self.errors, max_errors))


def _mention(r: dict, amount: bool) -> Mention:
    if amount:
        return Mention(r["start"], r["end"], r.get("value"), "words" if r.get("words") else "digits", r.get("unit"), r.get("currency"))
    return Mention(r["start"], r["end"], r.get("value"), r.get("kind") or "day")


def load_gold(path: str | Path) -> list[GoldArticle]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                out.append(GoldArticle(r["article"], [_mention(m, False) for m in r.get("dates", [])], [_mention(m, True) for m in r.get("amounts", [])], n))
            except (ValueError, KeyError, TypeError) as exc:
                raise RecoupeError(f"{path}:{n}: not a measures gold line ({exc}); see eval/gold/MEASURES.md") from None
    return out


def _fold(word: str | None) -> str:
    word = unicodedata.normalize("NFKD", (word or "").lower())
    word = "".join(c for c in word if not unicodedata.combining(c)).strip()
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us")) else word


def _same_unit(gold: Mention, found: Mention) -> bool:
    if (gold.unit == "money") != (found.unit == "money"):
        return False
    if gold.unit == "money":
        return (gold.currency or "") == (found.currency or "")
    return _fold(gold.unit) == _fold(found.unit)


def _same_value(gold: Mention, found: Mention, amount: bool) -> bool:
    if amount:
        return gold.value is not None and found.value is not None and abs(float(gold.value) - float(found.value)) <= 1e-9 * max(1.0, abs(float(gold.value)))
    return gold.value == found.value


def _found(art: Article, full: str, body: int) -> tuple[list[Mention], list[Mention]]:
    """The article's found dates and amounts, their offsets moved from statement to file."""
    dates: list[Mention] = []
    amounts: list[Mention] = []
    for st in art.statements:
        for m in [*st.dates, *st.amounts]:
            start = source_start(full, st, m.start, m.text)
            if start is None or start < body:
                continue
            if isinstance(m, DateMention):
                dates.append(Mention(start, start + len(m.text), m.value, "relative" if m.relative else "absolute"))
            elif isinstance(m, Amount):
                amounts.append(Mention(start, start + len(m.text), m.value, "", m.unit, m.currency))
    return dates, amounts


def _score(result: MeasuresEval, score: Score, name: str, article: str, full: str, pairs, amount: bool) -> None:
    def error(what: str, g: Mention | None, f: Mention | None, gold: object, found: object) -> None:
        m = g or f
        result.errors.append(SpanError(what, article, m.start, m.end, gold, found, full[m.start : m.end], name))

    for g, f in pairs:
        if g is not None:
            score.gold_kinds[g.kind] += 1
        if g is None:
            score.fp += 1
            error("spurious", g, f, None, f.value)
            continue
        if f is None:
            score.fn += 1
            error("missed", g, f, g.value, None)
            continue
        score.tp += 1
        score.found_kinds[g.kind] += 1
        if g.value is not None:
            score.value_scored += 1
            if _same_value(g, f, amount):
                score.value_ok += 1
            else:
                error("value", g, f, g.value, f.value)
        if amount:
            if _same_unit(g, f):
                score.unit_ok += 1
            else:
                error("unit", g, f, (g.unit, g.currency), (f.unit, f.currency))


def evaluate(gold: str | Path | Iterable[GoldArticle], articles_dir: str | Path, settings=None, articles: Iterable[Article] | None = None) -> MeasuresEval:
    """Analyse the gold's articles (or use `articles`) and score their dates and amounts."""
    rows = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if articles is None:
        articles = analyse_files(sorted({r.article for r in rows}), Path(articles_dir), settings)
    by_stem = {Path(a.path).stem: a for a in articles}
    result = MeasuresEval()
    for r in rows:
        art = by_stem.get(r.article)
        if art is None:
            result.missing_articles.append(r.article)
            continue
        result.articles += 1
        full = read_article(articles_dir, r.article)
        found_dates, found_amounts = _found(art, full, body_start(full))
        gold_dates = r.dates
        if not art.published:
            result.relative_unscored += sum(m.kind == "relative" for m in gold_dates)
            gold_dates = [m for m in gold_dates if m.kind != "relative"]
        _score(result, result.dates, "date", r.article, full, pair_by_overlap(gold_dates, found_dates), False)
        _score(result, result.amounts, "amount", r.article, full, pair_by_overlap(r.amounts, found_amounts), True)
    return result
