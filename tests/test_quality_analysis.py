"""Quality gate: the attribution eval on the gold set must stay at or above the floors
pinned in eval/floors.json (lowering a floor is a visible, reviewed change to that file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
GOLD = REPO / "eval" / "gold" / "attribution-rpm2-dev.jsonl"
FLOORS = REPO / "eval" / "floors.json"
KEYS = {
    "attribution.hedging_f1": "hedging_f1",
    "attribution.speaker_accuracy": "speaker_accuracy",
    "attribution.outlet_precision": "outlet_precision",
    "attribution.outlet_recall": "outlet_recall",
}


@pytest.fixture(scope="module")
def metrics():
    articles = SHARED / "eval" / "rpm2-dev"
    if not articles.is_dir():
        pytest.skip("../shared/eval/rpm2-dev is absent: the shared data (../shared) must sit beside the checkout")
    if not GOLD.is_file():
        pytest.skip("eval/gold/attribution-rpm2-dev.jsonl is absent")
    from recoupe.eval.attribution import evaluate

    return evaluate(GOLD, articles).metrics()


def test_floors_file_has_the_attribution_entries():
    # their form (floor ≤ measured, command, history) is checked for all keys in test_quality_floors.py
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(floors)
    assert all(floors[k]["command"].startswith("recoupe eval attribution") for k in KEYS)


@pytest.mark.parametrize("key", sorted(KEYS))
def test_metric_at_or_above_floor(metrics, key):
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[key]["floor"]
    assert metrics[KEYS[key]] >= floor, f"{key} = {metrics[KEYS[key]]:.4f} fell below its floor {floor}"
