"""Attribution across sentences: speakers that come from outside the sentence (quotes over
several sentences, pronouns, definite descriptions, "ce dernier"). Short passages written
for the tests, and real ones from ../shared referred to by file and offset."""

from __future__ import annotations

import pytest

from test_analyze_attribution import at, nlp, sentence  # noqa: F401  (shared fixtures and helpers)

from conftest import RPM2
from recoupe.eval.attribution import same_speaker

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


# -- definite descriptions


def test_collective_source_is_not_resolved_to_the_last_named_person(nlp):
    s1, s2 = sentence(nlp, "Paul Martin a été interpellé mardi à Lyon. L'enquête est ouverte, selon le parquet.")
    assert s2._.attribution.speaker == "le parquet"


def test_medium_named_in_its_own_description_is_not_an_anaphor(nlp):
    s1, s2 = sentence(nlp, "La télévision CCTV a diffusé des images. Samedi, l'agence de presse Chine Nouvelle a estimé que la rencontre était imprudente.")
    assert "Chine Nouvelle" in s2._.attribution.speaker


def test_rpm2_collective_source_stays_a_description():
    st = at(RPM2 / "T10_C2_09.txt", 3300)  # "…, selon le parquet, …" in an article naming the boy, not a prosecutor
    assert st.attribution.speaker == "le parquet"


# -- pronouns: the most recent compatible person, named or described


def test_title_used_as_a_name_is_a_person_for_pronouns(nlp):
    s1, s2 = sentence(nlp, "Le dalaï lama a félicité Paul Martin pour sa position. « C'est important », a-t-il déclaré.")
    assert s2._.attribution.speaker == "dalaï lama"


def test_described_subject_is_a_candidate_for_the_next_pronoun(nlp):
    *_, s = sentence(nlp, "Jean Dupont, chef spirituel de la communauté, est arrivé jeudi. Il a rencontré Paul Martin. Le chef spirituel a insisté sur la paix. « Je crois au dialogue », a-t-il déclaré.")
    assert s._.attribution.speaker == "Jean Dupont"


def test_a_title_is_not_resolved_to_a_person_named_by_another_title(nlp):
    s1, s2 = sentence(nlp, "Paul Martin et le dalaï lama se sont vus samedi. « C'était mon devoir », a déclaré le chef de l'Etat.")
    assert s2._.attribution.speaker == "Paul Martin"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T04_C2_06", 1800, "dalaï lama"),  # "…, a-t-il déclaré" after "Le chef spirituel tibétain … a insisté"
        ("T04_C2_06", 2260, "dalaï lama"),  # "…, selon lui."
        ("T09_C1_07", 2300, "Leonetti"),  # "a-t-il déclaré" after a sentence whose subject is the deputy
        ("T04_C2_10", 200, "Nicolas Sarkozy"),  # "a déclaré le président", article also naming the dalai lama
    ],
)
def test_rpm2_pronouns_and_titles_resolved_in_the_article(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- gender: from appositions, determiners, civilities; "elle" prefers a woman the text marked


def test_elle_prefers_a_woman_marked_by_her_apposition_over_an_unmarked_name(nlp):
    *_, s = sentence(nlp, "Marie Durand, présidente de l'association, a déposé un recours. Paul Martin a reçu le dossier jeudi. « Les moyens manquent », a-t-elle déclaré.")
    assert s._.attribution.speaker == "Marie Durand"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T07_C2_03", 1000, "Ulrika Weiss"),  # "a-t-elle déclaré" after a man named last; she is "Mme Weiss"
        ("T05_C1_08", 800, "Corinne Lepage"),  # "Selon la vice-présidente du MoDem, … de Jean-Luc Roméro"
        ("T07_C2_10", 1200, "Jérôme Kerviel"),  # "d'après le trader mis en cause, son supérieur, Eric X, …"
    ],
)
def test_rpm2_feminine_pronouns_and_descriptions(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)
