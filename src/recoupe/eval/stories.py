"""Score story clustering against gold labels taken from article ids.

    >>> from recoupe.eval.stories import evaluate
    >>> result = evaluate("../shared/eval/rpm2-dev", r"(T\\d+_C\\d)")     # doctest: +SKIP
    >>> print(result.render())          # pairwise P/R/F1, B-cubed P/R/F1, ARI
    >>> result.metrics()["pairwise_f1"]                                    # doctest: +SKIP

The gold label of an article is the first group of the regex searched in its id; files
whose id the regex does not match (a README, say) are left out and counted. Articles
are read, cleaned, analysed and clustered exactly as `recoupe analyze` does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.model import Article
from recoupe.settings import Settings

__all__ = ["StoryEval", "evaluate", "evaluate_articles", "score"]


@dataclass(slots=True)
class StoryEval:
    pattern: str
    articles: int
    gold_clusters: int
    predicted_clusters: int
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    ari: float
    ignored: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in ("pairwise_precision", "pairwise_recall", "pairwise_f1", "bcubed_precision", "bcubed_recall", "bcubed_f1", "ari")}

    def render(self) -> str:
        lines = [
            f"gold pattern {self.pattern}: {self.articles} articles, {self.gold_clusters} gold clusters, {self.predicted_clusters} stories"
            + (f" ({len(self.ignored)} file(s) ignored: {', '.join(self.ignored[:5])})" if self.ignored else ""),
            f"pairwise  P {self.pairwise_precision:.3f}  R {self.pairwise_recall:.3f}  F1 {self.pairwise_f1:.3f}",
            f"B-cubed   P {self.bcubed_precision:.3f}  R {self.bcubed_recall:.3f}  F1 {self.bcubed_f1:.3f}",
            f"ARI       {self.ari:.3f}",
        ]
        return "\n".join(lines)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Sequence[str], predicted: Sequence[object], pattern: str = "", ignored: list[str] | None = None) -> StoryEval:
    """Pairwise and B-cubed precision/recall/F1 and ARI of `predicted` against `gold` labels."""
    from sklearn.metrics import adjusted_rand_score

    n = len(gold)
    pairs_gold = Counter(gold)
    pairs_pred = Counter(predicted)
    joint = Counter(zip(gold, predicted))
    same_both = sum(c * (c - 1) // 2 for c in joint.values())
    same_pred = sum(c * (c - 1) // 2 for c in pairs_pred.values())
    same_gold = sum(c * (c - 1) // 2 for c in pairs_gold.values())
    pp = same_both / same_pred if same_pred else 1.0
    pr = same_both / same_gold if same_gold else 1.0
    # B-cubed: per item, share of its predicted cluster with its gold label, and vice versa
    bp = sum(joint[(g, p)] / pairs_pred[p] for g, p in zip(gold, predicted)) / n if n else 0.0
    br = sum(joint[(g, p)] / pairs_gold[g] for g, p in zip(gold, predicted)) / n if n else 0.0
    return StoryEval(
        pattern=pattern, articles=n, gold_clusters=len(pairs_gold), predicted_clusters=len(pairs_pred),
        pairwise_precision=pp, pairwise_recall=pr, pairwise_f1=_f1(pp, pr),
        bcubed_precision=bp, bcubed_recall=br, bcubed_f1=_f1(bp, br),
        ari=float(adjusted_rand_score(list(gold), [str(p) for p in predicted])) if n else 0.0,
        ignored=list(ignored or []),
    )


def evaluate_articles(articles: Sequence[Article], pattern: str, settings: Settings | None = None) -> StoryEval:
    """Cluster already analysed `articles` and score them (articles the regex misses are ignored)."""
    from recoupe.link.stories import cluster_stories

    rx = re.compile(pattern)
    kept, gold, ignored = [], [], []
    for art in articles:
        m = rx.search(art.id)
        if m:
            kept.append(art)
            gold.append(m.group(1) if rx.groups else m.group(0))
        else:
            ignored.append(art.id)
    _, assign = cluster_stories(kept, settings or Settings())
    return score(gold, assign, pattern, ignored)


def load_articles(folder: str | Path, settings: Settings | None = None) -> list[Article]:
    """Read, clean and analyse every article of `folder`."""
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Skipped

    settings = settings or Settings()
    docs = [clean(d, settings) for d in read_paths([str(folder)], settings) if not isinstance(d, Skipped)]
    return list(analyze_many(docs, settings))


def evaluate(folder: str | Path, pattern: str, settings: Settings | None = None) -> StoryEval:
    """Analyse the articles of `folder`, cluster them, score against labels from their ids."""
    return evaluate_articles(load_articles(folder, settings), pattern, settings)
