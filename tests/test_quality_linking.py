"""Quality gate for linking: story clustering on RPM2 dev and the STS calibration must stay
at or above the floors pinned in eval/floors.json (a lower floor is a reviewed change)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
FLOORS = REPO / "eval" / "floors.json"
STORIES = {
    "stories.event.pairwise_f1": (r"(T\d+_C\d)", "pairwise_f1"),
    "stories.event.bcubed_f1": (r"(T\d+_C\d)", "bcubed_f1"),
    "stories.topic.pairwise_f1": (r"(T\d+)", "pairwise_f1"),
    "stories.topic.bcubed_f1": (r"(T\d+)", "bcubed_f1"),
}


def _floor(key: str) -> float:
    return json.loads(FLOORS.read_text(encoding="utf-8"))[key]["floor"]


@pytest.fixture(scope="module")
def rpm_articles():
    folder = SHARED / "eval" / "rpm2-dev"
    if not folder.is_dir():
        pytest.skip("../shared/eval/rpm2-dev is absent: the shared data (../shared) must sit beside the checkout")
    from recoupe.eval.stories import load_articles

    return load_articles(folder)


def test_floors_file_has_the_linking_entries():
    # their form (floor ≤ measured, command, history) is checked for all keys in test_quality_floors.py
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set([*STORIES, "sts.spearman"]) <= set(floors)


@pytest.mark.parametrize("key", sorted(STORIES))
def test_story_metric_at_or_above_floor(rpm_articles, key):
    from recoupe.eval.stories import evaluate_articles

    pattern, metric = STORIES[key]
    value = evaluate_articles(rpm_articles, pattern).metrics()[metric]
    assert value >= _floor(key), f"{key} = {value:.4f} fell below its floor {_floor(key)}"


def test_sts_spearman_at_or_above_floor():
    csv = SHARED / "eval" / "stsb-fr" / "stsb-fr-dev.csv"
    if not csv.is_file():
        pytest.skip("../shared/eval/stsb-fr/stsb-fr-dev.csv is absent: the shared data (../shared) must sit beside the checkout")
    from recoupe.eval.sts import evaluate

    value = evaluate(csv).spearman
    assert value >= _floor("sts.spearman"), f"sts.spearman = {value:.4f} fell below its floor {_floor('sts.spearman')}"
