"""The dates-and-amounts evaluation: offsets through CRLF files, one-to-one pairing, value and
unit scoring, relative dates left unscored without a publication date. The article is written
here (no corpus text) and goes through the real pipeline."""

from __future__ import annotations

import json

import pytest

from recoupe.errors import RecoupeError
from recoupe.eval.measures import evaluate, load_gold

TEXT = (
    "Titre du 3 mars 2008\r\n"
    "Le 16 avril 2008, la société a perdu 13,6 milliards de dollars, soit 45 % de sa valeur.\r\n"
    "Hier, trois salariés ont été licenciés et 1 200 autres attendent.\r\n"
)


def _span(words: str) -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words)}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("measures")
    (path / "a.txt").write_bytes(TEXT.encode("utf-8"))
    return path


def _gold(folder, percent_value: float = 45.0):
    row = {
        "article": "a",
        "dates": [
            {**_span("16 avril 2008"), "value": "2008-04-16", "kind": "day"},
            {**_span("Hier"), "value": None, "kind": "relative"},
        ],
        "amounts": [
            {**_span("13,6 milliards de dollars"), "value": 13.6e9, "unit": "money", "currency": "USD", "words": False},
            {**_span("45 %"), "value": percent_value, "unit": "percent", "currency": None, "words": False},
            {**_span("trois salariés"), "value": 3.0, "unit": "salarié", "currency": None, "words": True},
        ],
    }
    path = folder / "gold.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_scores_the_body_and_skips_the_title(folder):
    result = evaluate(_gold(folder), folder)
    d, a = result.dates, result.amounts
    # the title's "3 mars 2008" is not annotated and not counted; "Hier" has no publication date to resolve against
    assert (d.tp, d.fp, d.fn, result.relative_unscored) == (1, 0, 0, 1)
    assert d.value_accuracy == 1.0
    # "1 200" is left out of this gold: found, it counts against precision
    assert (a.tp, a.fp, a.fn) == (3, 1, 0)
    assert a.gold_kinds == {"digits": 2, "words": 1} == a.found_kinds
    assert a.value_accuracy == 1.0 and a.unit_accuracy == 1.0
    assert [(e.kind, e.what, e.text) for e in result.errors] == [("amount", "spurious", "1 200")]
    assert result.metrics()["amount_precision"] == 0.75


def test_a_wrong_value_is_an_error_of_its_own(folder):
    result = evaluate(_gold(folder, percent_value=40.0), folder)
    assert result.amounts.tp == 3 and result.amounts.value_ok == 2
    assert ("value", 40.0, 45.0) in [(e.what, e.gold, e.found) for e in result.errors]
    assert "value accuracy 0.667 (2/3)" in result.render()


def test_bad_gold_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"article": "a", "dates": [{"start": 1}]}\n', encoding="utf-8")
    with pytest.raises(RecoupeError, match=r"g.jsonl:1: not a measures gold line"):
        load_gold(path)
