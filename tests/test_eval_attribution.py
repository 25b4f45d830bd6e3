"""The attribution evaluation: matching, normalisation and scoring on a tiny gold set
written here against a small article of our own (no corpus text)."""

from __future__ import annotations

import json

import pytest

from recoupe.eval.attribution import evaluate, load_gold, normalise_speaker, same_speaker
from recoupe.model import Article, Attribution, Statement

TEXT = "Titre\nLe ministre aurait démissionné, selon Le Monde. Il fait beau. « Tout va bien », a dit M. Jean Dupont.\n"


def _article() -> Article:
    spans = [(6, 51), (52, 64), (65, 106)]
    atts = [
        Attribution("Le Monde", "selon", False, ["Le Monde"], speaker_kind="outlet"),
        None,
        Attribution("Jean Dupont", "a dit", True, ["AFP"], speaker_kind="person"),
    ]
    statements = [
        Statement(f"a:{i}", "a", i, TEXT[s:e], s, e, hedged=(i == 0 or i == 1), attribution=att)
        for i, ((s, e), att) in enumerate(zip(spans, atts))
    ]
    return Article("a", "dir/a.txt", "Titre", "fr", None, None, None, statements, [])


@pytest.fixture
def gold(tmp_path):
    rows = [
        {"article": "a", "start": 6, "end": 51, "hedged": True, "speaker": "le Monde", "outlets": ["Le Monde"]},
        {"article": "a", "start": 52, "end": 64, "hedged": False, "speaker": None, "outlets": []},
        {"article": "a", "start": 65, "end": 106, "hedged": False, "speaker": "M. Dupont", "outlets": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_scores_and_errors(gold):
    result = evaluate(gold, "unused", articles=[_article()])
    assert result.sentences == 3 and result.matched == 3
    assert (result.hedge_tp, result.hedge_fp, result.hedge_fn) == (1, 1, 0)
    assert result.hedging_precision == 0.5 and result.hedging_recall == 1.0
    assert result.speaker_accuracy == 1.0
    assert (result.outlet_tp, result.outlet_fp, result.outlet_fn) == (1, 1, 0)
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["hedged", "outlets"]
    text = result.render()
    assert "hedging" in text and "speaker accuracy" in text and "a:52-64" in text


def test_missing_article_is_reported(gold):
    result = evaluate(gold, "unused", articles=[])
    assert result.missing_articles == ["a"] and result.matched == 0
    assert result.speaker_accuracy == pytest.approx(1 / 3)  # only the null speaker matches


def test_speaker_normalisation():
    assert normalise_speaker("M. Jean Dupont") == "jean dupont"
    assert normalise_speaker("le président Xi Jinping") == "xi jinping"
    assert same_speaker("Dupont", "M. Jean Dupont")
    assert same_speaker("l'Élysée", "L'Elysée")
    assert same_speaker(None, None)
    assert not same_speaker(None, "Dupont")
    assert not same_speaker("Durand", "Dupont")


def test_load_gold_keeps_offsets(gold):
    rows = load_gold(gold)
    assert [(r.start, r.end) for r in rows] == [(6, 51), (52, 64), (65, 106)]
