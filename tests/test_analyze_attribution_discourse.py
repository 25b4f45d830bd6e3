"""Attribution across sentences: speakers that come from outside the sentence (quotes over
several sentences, pronouns, definite descriptions, "ce dernier"). Short passages written
for the tests, and real ones from ../shared referred to by file and offset."""

from __future__ import annotations

import pytest

from test_analyze_attribution import at, nlp, sentence  # noqa: F401  (shared fixtures and helpers)

from conftest import RPM2

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
