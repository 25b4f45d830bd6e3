"""How well the statement similarity used to align claims tracks human judgement.

    >>> from recoupe.eval.sts import evaluate
    >>> result = evaluate("../shared/eval/stsb-fr/stsb-fr-dev.csv")        # doctest: +SKIP
    >>> result.spearman                                                     # doctest: +SKIP

The CSV holds sentence1, sentence2, score (0–5), no header (STS-B translated to French).
Besides Spearman's rho, the result gives the cosine threshold that best separates pairs
scored ≥ 3 ("roughly equivalent, some details differ") — the calibration behind the
default `claim_threshold`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

__all__ = ["StsEval", "evaluate", "SAME_CLAIM_SCORE"]

SAME_CLAIM_SCORE = 3.0


@dataclass(slots=True)
class StsEval:
    pairs: int
    spearman: float
    pearson: float
    best_threshold: float
    best_f1: float

    def metrics(self) -> dict[str, float]:
        return {"spearman": self.spearman, "pearson": self.pearson, "best_threshold": self.best_threshold, "best_f1": self.best_f1}

    def render(self) -> str:
        return (
            f"{self.pairs} pairs: Spearman {self.spearman:.3f}, Pearson {self.pearson:.3f}\n"
            f"same-claim calibration (score ≥ {SAME_CLAIM_SCORE:g}): best F1 {self.best_f1:.3f} at cosine ≥ {self.best_threshold:.2f}"
        )


def evaluate(path: str | Path) -> StsEval:
    import numpy as np
    from scipy.stats import pearsonr, spearmanr

    from recoupe.link.similarity import statement_similarity

    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh) if len(r) >= 3]
    gold = np.array([float(r[2]) for r in rows])
    sims = np.array(statement_similarity([(r[0], r[1]) for r in rows]))
    positive = gold >= SAME_CLAIM_SCORE
    best = (0.0, 0.0)
    for t in np.arange(0.1, 0.95, 0.01):
        pred = sims >= t
        tp = float((pred & positive).sum())
        p = tp / pred.sum() if pred.sum() else 0.0
        r = tp / positive.sum() if positive.sum() else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[0]:
            best = (f, float(round(t, 2)))
    return StsEval(len(rows), float(spearmanr(sims, gold).correlation), float(pearsonr(sims, gold)[0]), float(best[1]), float(best[0]))
