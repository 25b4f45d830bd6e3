"""The quality gate's floor file refuses to be lowered silently.

eval/floors.json keeps, per metric, the `history` of every floor it has had. A floor may
rise freely; going below the highest floor in its history needs an explicit `lowered`
entry that says why, so a drop is a visible, reviewed change rather than an edit.
"""

from __future__ import annotations

import json
from pathlib import Path

FLOORS = Path(__file__).resolve().parents[1] / "eval" / "floors.json"


def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def test_every_floor_is_well_formed():
    data = floors()
    assert data, "eval/floors.json pins no floor"
    for key, entry in data.items():
        assert 0 < entry["floor"] <= 1, key
        assert entry["command"].startswith("recoupe eval "), key
        assert entry["history"] and entry["history"][-1] == entry["floor"], f"{key}: the current floor must close its history"
        assert entry["floor"] <= entry["measured"], f"{key}: a floor above what was measured"


def test_no_floor_was_lowered_without_a_reason():
    for key, entry in floors().items():
        highest = max(entry["history"])
        if entry["floor"] < highest:
            reason = entry.get("lowered", "")
            assert len(reason.split()) >= 5, f"{key}: floor {entry['floor']} is below its earlier {highest}; say why in 'lowered'"
