"""Attribution on unseen text (issue 3, round 4): stance verbs with a noun object, an
infinitive or 'pour'; acronyms the article spells out; documents resolved to their author;
descriptions and appositions resolved to the right person; journalist sentences without a
speaker. Real sentences from ../shared are referred to by file and offset; the small
sentences are written here."""

from __future__ import annotations

import pytest

from conftest import RPM2
from recoupe.analyze.attribution import acronym_map
from test_analyze_attribution import at, sentence, speaker

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


# -- (1) speech-act and stance verbs through their complement


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le syndicat a plaidé pour une hausse des salaires.", "Le syndicat"),
        ("Paul Martin a promis de revenir en mars.", "Paul Martin"),
        ("La fédération a émis des réserves sur le projet.", "La fédération"),
        ("Les syndicats ont haussé le ton, réclamant la démission du directeur.", "Les syndicats"),
        ("La police a recensé trois blessés.", "La police"),  # a count reported by its source
    ],
)
def test_stance_verb_with_its_complement_gives_the_speaker(nlp, text, expected):
    assert speaker(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'avocat a signé le document hier.",  # an act, not speech
        "Marie Dupont a accepté de revenir.",  # an act
        "Il rencontra le juge, qui a demandé une expertise.",  # a relative clause: background
        "Les policiers souhaitent interroger le suspect.",  # a wish, no reported content
        "Le ministre ne regrette pas d'avoir parlé.",  # negated: nothing reported
    ],
)
def test_acts_wishes_and_negations_give_no_speaker(nlp, text):
    assert speaker(nlp, text) is None


def test_rpm2_stance_verbs():
    assert at(RPM2 / "T04_C1_06.txt", 1340).attribution.speaker == "Nicolas Sarkozy"  # "a toutefois promis de rencontrer"
    assert at(RPM2 / "T04_C2_02.txt", 1940).attribution.speaker == "La Chine"  # "avait multiplié les avertissements"
    assert at(RPM2 / "T08_C1_10.txt", 250).attribution.speaker == "Pierre Bordry"  # "Ce dernier avait proposé mercredi l'analyse"
    assert at(RPM2 / "T06_C2_04.txt", 2670).attribution.speaker == "Les Etats-Unis"  # ", réclamant la libération"
    st = at(RPM2 / "T10_C1_02.txt", 1230)  # "Les enquêteurs souhaitent notamment l'interroger"
    assert st.attribution is None or st.attribution.speaker is None


# -- (2) acronyms the article spells out


def test_acronym_map_patterns():
    text = (
        "La Commission informatique et libertés (Cnil) a réagi. L'Afub (Association française des "
        "usagers des banques) proteste. La Ligue des droits de l'Homme s'inquiète, et la LDH le dit."
    )
    found = acronym_map(text)
    assert found["Cnil"] == "la Commission informatique et libertés"
    assert found["Afub"] == "l'Association française des usagers des banques"
    assert found["LDH"] == "la Ligue des droits de l'Homme"
    assert "LDH" not in acronym_map("La LDH proteste. La Ligue arabe se tait.")  # letters that do not match


def test_spelled_out_acronym_speaker_is_written_in_full(nlp):
    s = sentence(nlp, "L'Association des maires de France a protesté. Selon l'AMF, rien n'est fait.")
    assert s[-1]._.attribution.speaker == "l'Association des maires de France (AMF)"
    assert speaker(nlp, "Selon l'AMF, rien n'est fait.") == "l'AMF"  # never spelled out: kept


def test_rpm2_acronyms():
    assert at(RPM2 / "T03_C1_01.txt", 3400).attribution.speaker.startswith("l'Agence nationale d'information sur le logement")
    assert at(RPM2 / "T05_C1_09.txt", 1240).attribution.speaker.startswith("la Ligue des Droits de l'Homme")


def test_unbalanced_bracket_is_closed(nlp):
    assert speaker(nlp, "L'Union des étudiants (UDE) a dénoncé la réforme.") == "L'Union des étudiants (UDE)"


# -- (3) documents resolved to their author


def test_communique_resolves_to_its_issuer(nlp):
    s = sentence(nlp, "La banque Dexia a démenti dans un communiqué toute perte. Les pertes sont limitées, ajoute le communiqué.")
    assert "Dexia" in s[-1]._.attribution.speaker
    assert speaker(nlp, "Les pertes sont limitées, ajoute le communiqué.") == "le communiqué"  # no issuer named
    assert at(RPM2 / "T02_C2_10.txt", 700).attribution.speaker == "Natixis"


# -- (4) persons: appositions and complements


def test_name_in_apposition_to_a_description_is_the_speaker(nlp):
    assert speaker(nlp, "Le porte-parole de Paul Martin, Jean Dubois, affirme que tout va bien.") == "Jean Dubois"
    assert at(RPM2 / "T07_C2_06.txt", 1660).attribution.speaker == "Elizabeth Meyer"


def test_description_is_not_the_person_named_in_its_complement(nlp):
    s = sentence(nlp, "Paul Martin est arrivé. La mère du petit Paul affirme qu'il dormait.")
    assert s[-1]._.attribution.speaker != "Paul Martin"
    s = sentence(nlp, "Paul Martin est arrivé. La mère affirme qu'il dormait.")
    assert s[-1]._.attribution.speaker == "La mère"  # gendered: not Paul Martin either


def test_first_name_gives_the_gender_for_pronouns(nlp):
    s = sentence(nlp, "Ingrid Martin est rentrée lundi. Jean Dupont l'attendait à l'aéroport. « Je suis heureuse », a-t-elle dit.")
    assert s[-1]._.attribution.speaker == "Ingrid Martin"
    s = sentence(nlp, "Ingrid Martin est rentrée lundi. Jean Dupont l'attendait. « Je suis heureux », a-t-il dit.")
    assert s[-1]._.attribution.speaker == "Jean Dupont"
    assert at(RPM2 / "T09_C1_01.txt", 830).attribution.speaker == "Bernard Kouchner"  # not Rachida Dati


def test_stance_adjective_after_a_copula(nlp):
    att = sentence(nlp, "Rachida Dati est opposée à une loi qui légaliserait l'euthanasie.")[0]._.attribution
    assert att.speaker == "Rachida Dati" and att.role is None
    assert speaker(nlp, "Le syndicat est favorable à la réforme.") == "Le syndicat"
    assert speaker(nlp, "Le vent est favorable aux marins.") is None  # not someone who can take a stance
