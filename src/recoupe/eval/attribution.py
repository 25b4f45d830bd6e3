"""Evaluate attribution, cited outlets and hedging against a hand-annotated gold set.

    >>> from recoupe.eval.attribution import evaluate
    >>> result = evaluate("eval/gold/attribution-rpm2-dev.jsonl", "../shared/eval/rpm2-dev")
    >>> print(result.render())            # P/R/F1, accuracies, the list of errors
    >>> result.metrics()["speaker_accuracy"]

Gold lines are JSON objects: {article, start, end | text, hedged, speaker, outlets, …}.
`article` is the file name without extension in the articles folder; `start`/`end` are
offsets into the file read with `encoding="utf-8-sig", newline=""` (which is what
`Document.text` holds), or `text` is the exact sentence, searched for in the article.
Each gold sentence is matched to the statement that overlaps it most. Scores:

- hedging: precision, recall and F1 of `Statement.hedged`;
- speaker accuracy: a gold speaker matches when, normalised (case, accents, leading
  articles and titles stripped), one name contains the other; null matches only null;
- outlets: micro precision and recall over (sentence, outlet) pairs, names compared
  after the same normalisation and the language's outlet aliases.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.model import Article, Statement

__all__ = ["AttributionEval", "GoldSentence", "evaluate", "load_gold", "same_speaker"]

_ARTICLES = ("le ", "la ", "les ", "l'", "the ", "un ", "une ", "des ", "du ")


@dataclass(slots=True)
class GoldSentence:
    article: str
    start: int | None
    end: int | None
    hedged: bool
    speaker: str | None
    outlets: list[str]
    text: str | None = None
    note: str | None = None
    line: int = 0


@dataclass(slots=True)
class Error:
    kind: str  # "hedged" | "speaker" | "outlets" | "unmatched"
    article: str
    start: int
    end: int
    gold: object
    predicted: object
    statement: str | None = None
    text: str = ""


@dataclass
class AttributionEval:
    """Counts and errors of one evaluation run; `render()` gives the text report."""

    sentences: int = 0
    matched: int = 0
    hedge_tp: int = 0
    hedge_fp: int = 0
    hedge_fn: int = 0
    speaker_ok: int = 0
    outlet_tp: int = 0
    outlet_fp: int = 0
    outlet_fn: int = 0
    errors: list[Error] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def hedging_precision(self) -> float:
        return self._ratio(self.hedge_tp, self.hedge_tp + self.hedge_fp)

    @property
    def hedging_recall(self) -> float:
        return self._ratio(self.hedge_tp, self.hedge_tp + self.hedge_fn)

    @property
    def hedging_f1(self) -> float:
        p, r = self.hedging_precision, self.hedging_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self._ratio(self.speaker_ok, self.sentences)

    @property
    def outlet_precision(self) -> float:
        return self._ratio(self.outlet_tp, self.outlet_tp + self.outlet_fp)

    @property
    def outlet_recall(self) -> float:
        return self._ratio(self.outlet_tp, self.outlet_tp + self.outlet_fn)

    def metrics(self) -> dict[str, float]:
        return {
            "hedging_precision": round(self.hedging_precision, 4),
            "hedging_recall": round(self.hedging_recall, 4),
            "hedging_f1": round(self.hedging_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "outlet_precision": round(self.outlet_precision, 4),
            "outlet_recall": round(self.outlet_recall, 4),
        }

    def render(self, max_errors: int | None = None) -> str:
        lines = [
            f"gold sentences   {self.sentences}  (matched to a statement: {self.matched})",
            f"hedging          P {self.hedging_precision:.3f}  R {self.hedging_recall:.3f}  F1 {self.hedging_f1:.3f}"
            f"  (tp {self.hedge_tp}, fp {self.hedge_fp}, fn {self.hedge_fn})",
            f"speaker accuracy {self.speaker_accuracy:.3f}  ({self.speaker_ok}/{self.sentences})",
            f"outlets          P {self.outlet_precision:.3f}  R {self.outlet_recall:.3f}"
            f"  (tp {self.outlet_tp}, fp {self.outlet_fp}, fn {self.outlet_fn})",
        ]
        if self.missing_articles:
            lines.append(f"articles not found: {', '.join(sorted(self.missing_articles))}")
        errors = self.errors if max_errors is None else self.errors[:max_errors]
        if errors:
            lines.append("")
            lines.append(f"errors ({len(self.errors)}):")
            for e in errors:
                where = f"{e.article}:{e.start}-{e.end}"
                lines.append(f"  {e.kind:<8} {where:<22} gold={e.gold!r} predicted={e.predicted!r}  | {e.text[:90]}")
            if max_errors is not None and len(self.errors) > max_errors:
                lines.append(f"  … {len(self.errors) - max_errors} more")
        return "\n".join(lines)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip(" ,.;:«»\"“”'-")


def normalise_speaker(name: str | None) -> str:
    """A speaker for comparison: titles and articles stripped, case and accents folded."""
    from recoupe.analyze import normalise_name

    if not name:
        return ""
    name = _fold(normalise_name(name))
    changed = True
    while changed:
        changed = False
        for a in _ARTICLES:
            if name.startswith(a) and len(name) > len(a):
                name = name[len(a) :].lstrip()
                changed = True
    return " ".join(name.split())


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Null matches null; otherwise one normalised name contains the other."""
    g, p = normalise_speaker(gold), normalise_speaker(predicted)
    if not g or not p:
        return not g and not p
    return g in p or p in g


def _outlet_key(name: str, aliases: dict[str, str]) -> str:
    folded = {_fold(k): _fold(v) for k, v in aliases.items()}
    key = _fold(name)
    key = folded.get(key, key)
    for a in _ARTICLES:
        if key.startswith(a):
            key = key[len(a) :]
    return key.replace(" ", "").replace("-", "")


def load_gold(path: str | Path) -> list[GoldSentence]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            out.append(
                GoldSentence(
                    article=r["article"],
                    start=r.get("start"),
                    end=r.get("end"),
                    hedged=bool(r.get("hedged")),
                    speaker=r.get("speaker"),
                    outlets=list(r.get("outlets") or []),
                    text=r.get("text"),
                    note=r.get("note"),
                    line=n,
                )
            )
    return out


def _best(statements: list[Statement], start: int, end: int) -> Statement | None:
    best, overlap = None, 0
    for s in statements:
        o = min(s.end, end) - max(s.start, start)
        if o > overlap:
            best, overlap = s, o
    return best


def evaluate(
    gold: str | Path | Iterable[GoldSentence],
    articles_dir: str | Path,
    settings=None,
    articles: Iterable[Article] | None = None,
) -> AttributionEval:
    """Analyse the gold's articles (or use `articles`) and score them against the gold."""
    from recoupe.eval import analyse_files, read_article
    from recoupe.lexicons import load

    rows = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    lang = getattr(settings, "language", "fr") if settings is not None else "fr"
    aliases = load(lang, "outlets.json")["aliases"]
    if articles is None:
        articles = analyse_files(sorted({r.article for r in rows}), Path(articles_dir), settings)
    by_id = {a.id: a for a in articles}
    by_stem = {Path(a.path).stem: a for a in by_id.values()}
    result = AttributionEval()
    for r in rows:
        art = by_stem.get(r.article) or by_id.get(r.article)
        result.sentences += 1
        if art is None:
            if r.article not in result.missing_articles:
                result.missing_articles.append(r.article)
            st = None
            text = ""
        else:
            start, end = r.start, r.end
            if start is None or end is None:
                full = read_article(articles_dir, r.article)
                start = full.find(r.text or "\0")
                end = start + len(r.text or "")
            st = _best(art.statements, start, end) if start is not None and start >= 0 else None
            text = st.text if st else ""
        if st is not None:
            result.matched += 1
        s0, e0 = (r.start or 0), (r.end or 0)
        att = st.attribution if st is not None else None
        hedged = bool(st.hedged) if st is not None else False
        if hedged and r.hedged:
            result.hedge_tp += 1
        elif hedged:
            result.hedge_fp += 1
            result.errors.append(Error("hedged", r.article, s0, e0, False, st.hedge_cues, st.id, text))
        elif r.hedged:
            result.hedge_fn += 1
            result.errors.append(Error("hedged", r.article, s0, e0, True, [], st.id if st else None, text))
        speaker = att.speaker if att is not None else None
        if same_speaker(r.speaker, speaker):
            result.speaker_ok += 1
        else:
            result.errors.append(Error("speaker", r.article, s0, e0, r.speaker, speaker, st.id if st else None, text))
        gold_o = {_outlet_key(o, aliases) for o in r.outlets}
        pred_names = list(att.outlets) if att is not None else []
        pred_o = {_outlet_key(o, aliases) for o in pred_names}
        tp = len(gold_o & pred_o)
        result.outlet_tp += tp
        result.outlet_fp += len(pred_o - gold_o)
        result.outlet_fn += len(gold_o - pred_o)
        if gold_o != pred_o:
            result.errors.append(Error("outlets", r.article, s0, e0, r.outlets, pred_names, st.id if st else None, text))
    return result

