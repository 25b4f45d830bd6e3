"""The Markdown report: the findings in the interface language, input text escaped."""

from __future__ import annotations

from recoupe.render.markdown import render_markdown


def data(title: str = "Incendie au port") -> dict:
    return {
        "articles": [
            {"id": "a1", "title": title, "language": "fr", "removed": {"duplicate_lines": 1, "boilerplate_lines": 4, "foreign_lines": 0}},
            {"id": "a2", "title": "Dépêche", "language": "fr", "removed": {"duplicate_lines": 0, "boilerplate_lines": 0, "foreign_lines": 1}},
        ],
        "stories": [{"id": "S1", "label": "Incendie au port", "articles": ["a1", "a2"]}],
        "claims": [
            {"id": "C1", "story": "S1", "text": "Le feu aurait été provoqué par un court-circuit.", "statements": ["a1:0", "a2:3"], "articles": ["a1", "a2"],
             "outlets": ["AFP"], "origins": [{"name": "un responsable de la préfecture"}], "hedged": True, "single_origin": True},
        ],
        "divergences": [{"id": "D1", "kind": "number", "about": "habitants évacués", "story": "S1",
                         "values": [{"value": "1 200", "articles": ["a1"], "statements": []}, {"value": "1 500", "articles": ["a2"], "statements": []}]}],
        "timeline": [{"date": "2026-03-10", "text": "L'incendie se déclare.", "articles": ["a1"], "statements": [], "story": "S1"}],
        "skipped": [{"path": "vide.txt", "reason": "vide.txt: the file is empty"}],
    }


def test_french_report_lists_claims_flags_divergences_timeline_and_cleaning():
    md = render_markdown(data())
    assert md.startswith("# Rapport recoupe")
    assert "2 articles, 1 événement." in md
    claim = next(line for line in md.splitlines() if "court-circuit" in line)
    assert "une seule origine" in claim and "non confirmé" in claim and "1 origine indépendante" in claim
    assert "1 200" in md and "1 500" in md and "**2026-03-10**" in md
    assert "Incendie au port (`a1`): 1 lignes répétées, 4 lignes de gabarit, 0 lignes en langue étrangère" in md
    assert "vide.txt: the file is empty" in md


def test_english_on_request():
    md = render_markdown(data(), lang="en")
    assert md.startswith("# recoupe report") and "single origin" in md and "unconfirmed" in md


def test_markdown_and_html_in_input_are_escaped():
    md = render_markdown(data("<script>alert(1)</script> [x](javascript:alert(1)) **gras**"))
    assert "<script>" not in md and "](javascript:" not in md and "**gras**" not in md
    assert r"\<script\>" in md
