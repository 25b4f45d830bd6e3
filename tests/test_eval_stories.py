"""The story-clustering scores, on labels small enough to check by hand."""

from __future__ import annotations

import pytest

from recoupe.eval.stories import score


def test_perfect_clustering_scores_one():
    r = score(["a", "a", "b", "b"], [1, 1, 2, 2])
    assert r.pairwise_f1 == r.bcubed_f1 == pytest.approx(1.0) and r.ari == pytest.approx(1.0)


def test_everything_in_one_cluster():
    r = score(["a", "a", "b", "b"], [0, 0, 0, 0])
    assert r.pairwise_precision == pytest.approx(2 / 6) and r.pairwise_recall == 1.0
    assert r.bcubed_precision == pytest.approx(0.5) and r.bcubed_recall == 1.0
    assert r.ari == pytest.approx(0.0)


def test_all_singletons():
    r = score(["a", "a", "a", "b"], [1, 2, 3, 4])
    assert r.pairwise_recall == 0.0 and r.pairwise_f1 == 0.0
    assert r.bcubed_precision == 1.0 and r.bcubed_recall == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_render_names_every_metric():
    text = score(["a", "b"], [1, 2], "(x)", ["README"]).render()
    assert "pairwise" in text and "B-cubed" in text and "ARI" in text and "README" in text
