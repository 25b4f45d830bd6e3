"""Attribution: the speaker's noun phrase inside the sentence (issue 3). Real sentences
from ../shared are referred to by file and offset; small sentences are written here."""

from __future__ import annotations

import pytest

from conftest import RPM2
from test_analyze_attribution import at, nlp, sentence  # noqa: F401  (nlp is a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


# -- descriptions: a name or a body is not resolved to a person of the article


def test_capitalised_organisation_is_a_name_not_a_description(nlp):
    s1, s2 = sentence(nlp, "Le Sénat examinera le texte en mai. Le Parti socialiste a demandé que le Sénat soit saisi.")
    assert s2._.attribution.speaker == "Le Parti socialiste"
    att = at(RPM2 / "T05_C1_01.txt", 40).attribution  # "Le Parti communiste a demandé … que le Parlement …"
    assert att.speaker == "Le Parti communiste"


def test_a_body_is_never_resolved_to_a_named_person(nlp):
    s1, s2 = sentence(nlp, "Paul Durand a été arrêté lundi. Le parquet a indiqué qu'il serait jugé en juin.")
    assert s2._.attribution.speaker == "Le parquet"
    att = at(RPM2 / "T07_C2_03.txt", 90).attribution  # "Le parquet général de la cour d'appel de Paris a annoncé …"
    assert att.speaker.startswith("Le parquet général")
    att = at(RPM2 / "T10_C2_02.txt", 170).attribution  # "… selon le parquet qui s'interroge …"
    assert att.speaker == "le parquet"


def test_person_source_noun_resolves_to_the_named_person(nlp):
    s1, s2 = sentence(nlp, "Marc Petit, médecin à Lyon, a soigné l'enfant. Le médecin affirme qu'il va mieux.")
    assert s2._.attribution.speaker == "Marc Petit"


# -- "par la voix de X": the voice between the verb and its content is the speaker


def test_par_la_voix_de_names_the_speaker(nlp):
    (s,) = sentence(nlp, "Le ministère assure, par la voix de son porte-parole, Paul Martin, que rien n'a changé.")
    assert s._.attribution.speaker == "Paul Martin"
    att = at(RPM2 / "T05_C2_01.txt", 3000).attribution
    assert att.speaker == "Gérard Gachet"
