"""Quality gate: the attribution, dates-and-amounts and entities evals on each gold set must stay
at or above the floors pinned in eval/floors.json (lowering a floor is a visible, reviewed
change to that file).

Gold sets (eval/gold/README.md): the development set over ../shared/eval/rpm2-dev, the
blind held-out set over ../shared/seeds (a gate only, never tuned on), and rpm2-dev held-out
sets 1, 2, 3a, 3b, 4a, 4b, 5a and 5b, each annotated blind and measured once before any rule was tuned on it
(the README gives each set's blind figures). Dates and amounts (eval/gold/MEASURES.md) and
named entities (eval/gold/ENTITIES.md): a development set and a held-out set each, of whole
rpm2-dev articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
FLOORS = REPO / "eval" / "floors.json"
METRICS = ("hedging_f1", "speaker_accuracy", "outlet_precision", "outlet_recall")
ENTITIES = ("mention_f1", "label_accuracy", "bcubed_precision", "bcubed_f1")
MEASURES = ("date_f1", "date_value_accuracy", "amount_f1", "amount_value_accuracy", "amount_unit_accuracy")
GOLDS = {  # floor prefix -> (gold file, articles folder, metrics pinned); the prefix's first word names the eval
    "attribution": (REPO / "eval" / "gold" / "attribution-rpm2-dev.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    "attribution_heldout": (REPO / "eval" / "gold" / "attribution-seeds-heldout.jsonl", SHARED / "seeds", METRICS),
    "attribution_heldout_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    # no sentence of this set cites an outlet: its outlet figures would measure nothing
    "attribution_heldout2_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout2.jsonl", SHARED / "eval" / "rpm2-dev", METRICS[:2]),
    "attribution_heldout3a_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout3a.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    "attribution_heldout3b_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout3b.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    "attribution_heldout4a_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout4a.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    "attribution_heldout4b_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout4b.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    # set 5a: its 3 hedged sentences are all missed (F1 0, no floor above 0 to pin) and it cites no outlet
    "attribution_heldout5a_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout5a.jsonl", SHARED / "eval" / "rpm2-dev", ("speaker_accuracy",)),
    "attribution_heldout5b_rpm2": (REPO / "eval" / "gold" / "attribution-rpm2-heldout5b.jsonl", SHARED / "eval" / "rpm2-dev", METRICS),
    "measures": (REPO / "eval" / "gold" / "measures-rpm2-dev.jsonl", SHARED / "eval" / "rpm2-dev", MEASURES),
    "measures_heldout": (REPO / "eval" / "gold" / "measures-rpm2-heldout.jsonl", SHARED / "eval" / "rpm2-dev", MEASURES),
    "entities": (REPO / "eval" / "gold" / "entities-rpm2-dev.jsonl", SHARED / "eval" / "rpm2-dev", ENTITIES),
    "entities_heldout": (REPO / "eval" / "gold" / "entities-rpm2-heldout.jsonl", SHARED / "eval" / "rpm2-dev", ENTITIES),
}
KEYS = [f"{prefix}.{m}" for prefix, (_, _, metrics) in GOLDS.items() for m in metrics]


def _eval(prefix: str) -> str:
    return prefix.split("_")[0]


@pytest.fixture(scope="module")
def measured():
    cache: dict[str, dict[str, float]] = {}

    def get(prefix: str) -> dict[str, float]:
        if prefix not in cache:
            gold, articles, _ = GOLDS[prefix]
            if not articles.is_dir():
                pytest.skip(f"{articles.name} is absent: the shared data (../shared) must sit beside the checkout")
            if not gold.is_file():
                pytest.skip(f"{gold.name} is absent")
            from recoupe.eval import attribution, entities, measures

            evaluate = {"attribution": attribution.evaluate, "entities": entities.evaluate, "measures": measures.evaluate}[_eval(prefix)]
            cache[prefix] = evaluate(gold, articles).metrics()
        return cache[prefix]

    return get


def test_floors_file_has_the_entries():
    # their form (floor ≤ measured, command, history) is checked for all keys in test_quality_floors.py
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(floors)
    for key in KEYS:
        prefix = key.split(".")[0]
        gold, articles, _ = GOLDS[prefix]
        assert floors[key]["command"] == f"recoupe eval {_eval(prefix)} eval/gold/{gold.name} --articles ../shared/{articles.relative_to(SHARED).as_posix()}"


@pytest.mark.parametrize("key", KEYS)
def test_metric_at_or_above_floor(measured, key):
    prefix, metric = key.split(".")
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))[key]["floor"]
    value = measured(prefix)[metric]
    assert value >= floor, f"{key} = {value:.4f} fell below its floor {floor}"
