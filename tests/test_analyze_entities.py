"""Entities at analysis: nationalities the model takes for places, and acronyms the article
spells out (small articles written here)."""

from __future__ import annotations

from recoupe.analyze import analyze_clean
from recoupe.clean import clean
from recoupe.model import Document

TEXT = (
    "Libération d'un otage en Colombie\n"
    "Les Forces armées révolutionnaires de Colombie (Farc) ont libéré un otage mardi.\n"
    "Les FARC ont ensuite publié un communiqué depuis la jungle.\n"
    "Les Colombiens et les Franco-Colombiens ont salué la nouvelle à Bogota.\n"
    "La Commission européenne (CE) a salué la libération. Ce geste compte.\n"
)


def _mentions() -> dict[str, tuple[str, str]]:
    art = analyze_clean(clean(Document("t", "t.txt", TEXT)))
    return {m.text: (m.label, m.norm) for st in art.statements for m in st.entities}


def test_spelled_out_acronym_is_an_organisation_in_every_casing_with_its_full_name():
    found = _mentions()
    full = "Forces armées révolutionnaires de Colombie"
    assert found["Farc"] == ("ORG", full)
    assert found["FARC"] == ("ORG", full)
    # a short acronym is matched in its own casing only: "Ce" opening a sentence is a word
    assert "Ce" not in found


def test_nationalities_are_not_places():
    found = _mentions()
    assert found["Colombiens"][0] == "MISC"
    assert found["Franco-Colombiens"][0] == "MISC"
    assert found["Bogota"][0] == "LOC"


def test_the_entity_index_joins_an_acronym_to_its_full_name_in_other_articles():
    from recoupe.link.entities import EntityIndex
    from recoupe.settings import Settings

    other = "Nouvel otage\nLes Farc ont libéré un second otage à Bogota.\n"
    arts = [analyze_clean(clean(Document(i, f"{i}.txt", t))) for i, t in (("a", TEXT), ("b", other))]
    index = EntityIndex(arts, {"a": "s", "b": "s"}, Settings())
    # article b never spells "Farc" out: it is still the organisation article a names in full
    assert index.canonical("Farc")[1] == index.canonical("Forces armées révolutionnaires de Colombie")[1]
    assert index.canonical("Farc")[0] != index.canonical("Bogota")[0]
