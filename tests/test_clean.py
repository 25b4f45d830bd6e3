"""Cleaning on the user's own seeds, and on small texts written for the rules."""

from __future__ import annotations

import unicodedata

from conftest import seed

from recoupe.clean import clean, normalise
from recoupe.ingest import read_paths
from recoupe.model import Document


def doc(text: str, title: str | None = None) -> Document:
    return Document(id="t", path="t.txt", text=text, title=title)


def by_id(data: dict, prefix: str) -> dict:
    return next(a for a in data["articles"] if a["id"].startswith(prefix))


def statements(data: dict, prefix: str) -> list[dict]:
    return [s for s in data["statements"] if s["article"].startswith(prefix)]


def source_text(prefix: str) -> str:
    (document,) = read_paths([seed(prefix)])
    return document.text


def test_repeated_lines_are_dropped_and_counted(seeds_data):
    article = by_id(seeds_data, "000")
    assert article["removed"]["duplicate_lines"] == 3
    keys = [normalise(s["text"]) for s in statements(seeds_data, "000")]
    assert len(keys) == len(set(keys))
    assert all(r["reason"].startswith("repeats") for r in article["removed_spans"] if r["kind"] == "duplicate")


def test_hard_wrapped_sentence_is_rejoined(seeds_data):
    text = source_text("000")
    # the article has exactly one line that ends mid-sentence and goes on in lower case
    wrapped = [s for s in statements(seeds_data, "000") if "\n" in text[s["start"] : s["end"]]]
    assert len(wrapped) == 1
    s = wrapped[0]
    assert " ".join(text[s["start"] : s["end"]].split()) == s["text"]
    assert by_id(seeds_data, "000")["removed"]["duplicate_lines"] == 3  # joining created no repeat


def test_comment_section_is_split_off_and_never_reaches_statements(seeds_data):
    article = by_id(seeds_data, "003")
    spans = article["removed_spans"]
    comments = [r for r in spans if r["reason"] == "comment section"]
    assert len(comments) >= 8 and article["removed"]["boilerplate_lines"] >= len(comments)
    first = min(r["start"] for r in comments)
    # every statement sits before the comment section, and none repeats a removed line
    removed_keys = {normalise(r["text"]) for r in spans if r["kind"] == "boilerplate"}
    for s in statements(seeds_data, "003"):
        assert s["end"] <= first
        assert normalise(s["text"]) not in removed_keys
    assert any(r["reason"].startswith(("widget", "credit")) for r in spans)


def test_hebrew_line_is_set_aside_as_foreign(seeds_data):
    article = by_id(seeds_data, "003")
    foreign = [r for r in article["removed_spans"] if r["kind"] == "foreign"]
    assert article["removed"]["foreign_lines"] == len(foreign) == 1
    assert "he" in foreign[0]["reason"]
    assert all("HEBREW" in unicodedata.name(ch, "") for ch in foreign[0]["text"] if ch.isalpha())
    for s in statements(seeds_data, "003"):
        assert not any("HEBREW" in unicodedata.name(ch, "") for ch in s["text"])


def test_statement_offsets_point_at_their_sentence(seeds_data):
    for prefix in ("000", "001", "002", "003", "004"):
        text = source_text(prefix)
        for s in statements(seeds_data, prefix):
            assert " ".join(text[s["start"] : s["end"]].split()) == " ".join(s["text"].split())


def test_title_repeated_in_the_body_is_a_duplicate(seeds_data):
    article = by_id(seeds_data, "004")
    assert any(r["reason"] == "repeats the title" for r in article["removed_spans"])


def test_rules_on_written_text():
    text = (
        "Incendie au port\n"
        "Les pompiers sont intervenus dans la nuit pour maîtriser un feu qui\n"
        "menaçait les entrepôts voisins.\n"
        "Le préfet a salué leur travail.\n"
        "Le  préfet a salué leur travail !\n"
        "The fire was brought under control early on Tuesday morning.\n"
        "Partager sur Facebook\n"
        "Article suivant : la météo\n"
    )
    c = clean(doc(text, "Incendie au port"))
    assert [line.text for line in c.lines] == [
        "Les pompiers sont intervenus dans la nuit pour maîtriser un feu qui menaçait les entrepôts voisins.",
        "Le préfet a salué leur travail.",
    ]
    kinds = [(r.kind, r.text[:10]) for r in c.removed]
    assert kinds == [("duplicate", "Le  préfet"), ("foreign", "The fire w"), ("boilerplate", "Partager s"), ("boilerplate", "Article su")]
    assert c.rejoined == 1 and c.language == "fr"


def test_short_labels_are_not_rejoined_nor_called_foreign():
    c = clean(doc("Titre\nUne phrase d'article assez longue pour compter.\nNotification pour\nguest\nElie Zeitouni\n", "Titre"))
    assert c.rejoined == 0
    assert not any(r.kind == "foreign" for r in c.removed)
