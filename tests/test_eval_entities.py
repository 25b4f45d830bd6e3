"""The entities evaluation: names at file offsets (CRLF files, title left out), pairing,
labels, and B-cubed scoring of identity across articles. The articles are written here (no
corpus text) and go through the real pipeline and entity index."""

from __future__ import annotations

import json

import pytest

from recoupe.errors import RecoupeError
from recoupe.eval.entities import EntitiesEval, evaluate, load_gold

ARTICLES = {
    "a": "Titre sur Lyon\r\nM. Jean Dupont a rencontré Marie Durand à Lyon mardi.\r\nDupont a ensuite visité le siège de Renault.\r\n",
    "b": "Autre titre\r\nSelon Marie Durand, la réunion de Lyon a été utile.\r\n",
}
GOLD = {  # article -> (name as written, first found in the body after this text, label, entity)
    "a": [("Jean Dupont", "", "PER", "Jean Dupont"), ("Marie Durand", "", "PER", "Marie Durand"), ("Lyon", "", "LOC", "Lyon"),
          ("Dupont", "mardi.", "PER", "Jean Dupont"), ("Renault", "", "ORG", "Renault")],
    "b": [("Marie Durand", "", "PER", "Marie Durand"), ("Lyon", "", "LOC", "Lyon")],
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("entities")
    rows = []
    for name, text in ARTICLES.items():
        (path / f"{name}.txt").write_bytes(text.encode("utf-8"))
        body = text.index("\r\n")
        mentions = []
        for words, after, label, entity in GOLD[name]:
            start = text.index(words, text.index(after, body))
            mentions.append({"start": start, "end": start + len(words), "label": label, "entity": entity})
        rows.append(json.dumps({"article": name, "mentions": sorted(mentions, key=lambda m: m["start"])}, ensure_ascii=False))
    (path / "gold.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def result(folder) -> EntitiesEval:
    return evaluate(folder / "gold.jsonl", folder)


def test_every_body_name_is_found_once(result):
    # "Lyon" of the title is not counted; "Marie Durand" is both an entity and the speaker: one mention
    assert (result.tp, result.fp, result.fn) == (7, 0, 0)


def test_a_sentence_initial_surname_the_model_takes_for_a_place_stays_apart(result):
    # the model tags "Dupont" at the head of a sentence as a place: wrong label, and the index
    # (which joins a surname to a full name only for people) keeps it apart from Jean Dupont
    metrics = result.metrics()
    assert metrics["label_accuracy"] == round(6 / 7, 4)
    assert metrics["bcubed_precision"] == 1.0
    assert metrics["bcubed_recall"] == round(6 / 7, 4)  # two mentions each see half of their entity
    assert [(e.what, e.gold) for e in result.errors if e.what in ("label", "split")] == [("label", "PER"), ("split", "Jean Dupont")]


def test_merging_two_people_costs_precision(folder):
    rows = load_gold(folder / "gold.jsonl")
    for row in rows:  # say the Marie Durand of article b is someone else: the index joins the two
        for n in row.names:
            if n.article == "b" and n.entity == "Marie Durand":
                n.entity = "Marie Durand (b)"
    metrics = evaluate(rows, folder).metrics()
    assert metrics["bcubed_precision"] < 1.0
    assert "merged" in [e.what for e in evaluate(rows, folder).errors]


def test_bad_gold_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"article": "a", "mentions": [{"start": 1}]}\n', encoding="utf-8")
    with pytest.raises(RecoupeError, match=r"g.jsonl:1: not an entities gold line"):
        load_gold(path)
