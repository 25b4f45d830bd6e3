"""Hedging on real sentences (../shared, by file and offset) and on small sentences
written for the conditionals that are not hedges."""

from __future__ import annotations

import pytest

from conftest import seed
from test_analyze_attribution import at


@pytest.fixture(scope="session")
def nlp():
    from recoupe.analyze.pipeline import load_pipeline

    return load_pipeline()


def hedged(nlp, text: str) -> list[str]:
    sents = list(nlp(text).sents)
    assert len(sents) == 1, [s.text for s in sents]
    return sents[0]._.hedge_cues


def test_suffix_fallback_catches_what_the_model_mislabels():
    st = at(seed("000"), 130)
    assert st.hedged and "essaierait" in st.hedge_cues
    st = at(seed("000"), 1445)
    assert st.hedged and "verraient" in st.hedge_cues


def test_conditionnel_journalistique(nlp):
    assert hedged(nlp, "Selon la police, le suspect aurait pris la fuite vers l'Espagne.") == ["aurait"]


def test_epistemic_cue(nlp):
    assert hedged(nlp, "Le ministre a apparemment renoncé à son projet.") == ["apparemment"]
    assert "semble" in hedged(nlp, "La situation semble se dégrader rapidement.")


def test_attribution_alone_is_not_hedging(nlp):
    assert hedged(nlp, "Le ministre a déclaré que la réforme entrera en vigueur en mars.") == []


def test_future_in_the_past_is_not_a_hedge(nlp):
    assert hedged(nlp, "Le ministre a annoncé qu'il démissionnerait à la fin du mois.") == []


def test_hypothetical_si_is_not_a_hedge(nlp):
    assert hedged(nlp, "Si la Chine livrait des armes, les sanctions seraient immédiates.") == []


def test_polite_and_desire_forms_are_not_hedges(nlp):
    assert hedged(nlp, "Je voudrais remercier les secouristes pour leur courage.") == []
    assert hedged(nlp, "Le maire souhaiterait rencontrer les habitants.") == []


def test_counterfactual_aurait_pu_is_not_a_hedge(nlp):
    assert hedged(nlp, "Une meilleure surveillance aurait pu éviter la catastrophe.") == []


def test_scheduled_devrait_is_not_a_hedge(nlp):
    assert hedged(nlp, "Le tribunal devrait rendre sa décision le 12 mars.") == []


def test_pourrait_capacity_vs_possible_past_fact(nlp):
    assert hedged(nlp, "Cette crise pourrait affecter les relations entre les deux pays.") == []
    assert hedged(nlp, "Ces ventes pourraient avoir accentué la baisse des marchés.") == ["pourraient"]


def test_conditional_inside_a_quote_is_the_speakers_not_the_journalists(nlp):
    assert hedged(nlp, "« Une telle mesure serait catastrophique », a déclaré le maire.") == []


def test_certainty_adverb_on_a_conditional_is_not_a_hedge(nlp):
    assert hedged(nlp, "Un dialogue franc aurait certainement été plus profitable à tous.") == []
    assert hedged(nlp, "Le ministre serait en fuite.") == ["serait"]


def test_des_lors_que_condition_is_not_a_hedge(nlp):
    assert hedged(nlp, "Les fiches seront effacées dès lors qu'ils n'auraient pas commis d'infraction.") == []


def test_epistemic_adverb_inside_a_si_hypothetical_is_not_a_hedge(nlp):
    assert hedged(nlp, "Je pense que si rien n'avait été fait, probablement nous aurions connu d'autres échecs.") == []
    assert hedged(nlp, "Le ministre est probablement en fuite.") == ["probablement"]


def test_etre_bien_inspire_is_advice_not_a_hedge(nlp):
    assert hedged(nlp, "Les élus seraient bien inspirés de réfléchir posément.") == []


def test_conditional_the_tagger_took_for_another_word(nlp):
    assert "motiveraient" in hedged(nlp, "Selon un ancien champion, trois raisons motiveraient le recul de ce dernier.")


def test_devoir_as_owe_is_a_hedge_but_expectation_is_not(nlp):
    assert hedged(nlp, "Une somme importante que sa hiérarchie lui devrait, mais qu'elle refuse de verser.") == ["devrait"]
    assert hedged(nlp, "Le tribunal devrait rendre sa décision lundi.") == []
