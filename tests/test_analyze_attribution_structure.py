"""Attribution on unseen text (issue 3, round 5): speakers found through the structure of
the sentence or of the article rather than a cue word next to them (the agent of a
passive speech verb, ...). Real sentences from ../shared are referred to by file and
offset; the small sentences are written here."""

from __future__ import annotations

import pytest

from conftest import RPM2
from recoupe.eval.attribution import same_speaker
from test_analyze_attribution import at, nlp, sentence  # noqa: F401  (nlp is a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def speaker(nlp, text: str, k: int = -1) -> str | None:
    att = sentence(nlp, text)[k]._.attribution
    return att.speaker if att is not None else None


# -- the agent of a passive speech verb


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le projet de loi est vivement critiqué par la Ligue des droits de l'homme.", "la Ligue des droits de l'homme"),
        ("La réforme a été dénoncée par les syndicats et par plusieurs élus.", "les syndicats"),
    ],
)
def test_agent_of_a_passive_speech_verb_is_the_speaker(nlp, text, expected):
    assert same_speaker(expected, speaker(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de loi a été adopté par le Sénat.",  # not a speech verb
        "Paul Martin a été interpellé par la police mardi.",
    ],
)
def test_agent_of_another_passive_verb_is_not_a_speaker(nlp, text):
    assert speaker(nlp, text) is None


@pytest.mark.parametrize(
    "name, offset, expected",
    [
        ("T05_C1_03", 330, "la Ligue des droits de l'homme"),  # "est contestée par …"
        ("T05_C1_04", 1100, "ses collègues de la gauche lyonnaise"),  # "est souvent critiqué par …"
    ],
)
def test_rpm2_agent_of_a_passive_speech_verb(name, offset, expected):
    assert same_speaker(expected, at(RPM2 / f"{name}.txt", offset).attribution.speaker)
