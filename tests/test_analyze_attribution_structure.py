"""Attribution on unseen text (issue 3, round 5): speakers found through the structure of
the sentence or of the article rather than a cue word next to them (the agent of a
passive speech verb, ...). Real sentences from ../shared are referred to by file and
offset; the small sentences are written here."""

from __future__ import annotations

import pytest

from conftest import RPM2
from recoupe.eval.attribution import same_speaker
from test_analyze_attribution import at, sentence, speaker

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


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


# -- a long subject the parser split from its verb


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La voisine du garçon retrouvé seul lundi à Lyon, a expliqué mardi aux policiers que la porte était ouverte.", "La voisine du garçon"),
        ("Le maire qui avait reçu les familles la veille, a assuré jeudi que l'école rouvrirait.", "Le maire"),
    ],
)
def test_subject_before_its_participle_or_relative_clause(nlp, text, expected):
    assert same_speaker(expected, speaker(nlp, text))


def test_opening_noun_phrase_that_cannot_speak_is_not_a_subject(nlp):
    assert speaker(nlp, "Le projet adopté lundi par les députés, a expliqué mardi le ministre, coûtera cher.") != "Le projet"


# -- an unnamed person taken up by another description


def test_description_takes_up_the_earlier_description_of_the_same_gender(nlp):
    *_, s = sentence(nlp, "La mère de l'enfant a expliqué mardi aux enquêteurs qu'elle était partie en Algérie. Le procureur, Paul Martin, a tenu une conférence de presse. La jeune femme a affirmé ne pas avoir emmené son fils.")
    assert same_speaker("La mère de l'enfant", s._.attribution.speaker)


def test_description_of_the_other_gender_is_not_taken_up(nlp):
    *_, s = sentence(nlp, "La mère de l'enfant a expliqué mardi aux enquêteurs qu'elle était partie en Algérie. Le jeune homme a affirmé ne pas connaître la famille.")
    assert not same_speaker("La mère de l'enfant", s._.attribution.speaker)


@pytest.mark.parametrize(
    "name, offset, expected",
    [
        ("T10_C1_09", 300, "la mère du garçon"),  # subject, participle, comma, "a expliqué … que"
        ("T10_C1_09", 1000, "la mère du garçon"),  # "la jeune femme a affirmé …", no woman named
    ],
)
def test_rpm2_unnamed_person_through_the_article(name, offset, expected):
    assert same_speaker(expected, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- speech in a clause that only sets the scene


@pytest.mark.parametrize(
    "text",
    [
        "Les deux suspects, qui ont démenti avoir touché de l'argent, ont été extradés mardi vers l'Espagne.",
        "Alors qu'il avait annoncé sa démission en mars, Paul Martin garde la présidence du club.",
    ],
)
def test_speech_in_a_background_clause_gives_no_speaker(nlp, text):
    assert speaker(nlp, text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paul Martin, qui dit partager le diagnostic, s'est prononcé pour un congé rémunéré.", "Paul Martin"),
        ("Le ministre a reçu les représentants des syndicats, qui affirment que la réforme est injuste.", "les représentants des syndicats"),  # after the main verb: the content
        ("Paul Martin, qui a déclaré « ne rien regretter », a quitté la salle.", "Paul Martin"),  # quoted words are not background
    ],
)
def test_speech_that_is_not_background_keeps_its_speaker(nlp, text, expected):
    assert same_speaker(expected, speaker(nlp, text))


@pytest.mark.parametrize(
    "name, offset",
    [
        ("T01_C1_01", 1400),  # "Les deux guérilleros, qui ont également démenti …, ont déjà fait l'objet de …"
        ("T02_C1_01", 900),  # "Les pouvoirs publics, qui ont appris …, ne cachent pas leur désarroi."
    ],
)
def test_rpm2_background_clause(name, offset):
    assert at(RPM2 / f"{name}.txt", offset).attribution is None or at(RPM2 / f"{name}.txt", offset).attribution.speaker is None


# -- pronouns: the person a sentence is about, even where the parser missed the subject


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paul Martin a été entendu lundi. Son frère Jacques Martin a été inculpé mardi. Il a expliqué avoir agi seul.", "Jacques Martin"),
        ("Le ministre Pierre Durand a reçu les familles. Marie Dupont, qui avait perdu son fils en 2003, en a appelé mercredi au président. Elle a affirmé que la loi était injuste.", "Marie Dupont"),
    ],
)
def test_pronoun_takes_up_the_person_the_sentence_is_about(nlp, text, expected):
    assert same_speaker(expected, speaker(nlp, text))


def test_pronoun_does_not_take_up_a_name_in_a_complement(nlp):
    *_, s = sentence(nlp, "Paul Martin a parlé lundi. La voiture de Jacques Durand a été retrouvée mardi. Il a expliqué ne rien savoir.")
    assert s._.attribution.speaker == "Paul Martin"


# -- a request whose infinitive is quoted


def test_request_with_a_quoted_infinitive(nlp):
    assert same_speaker("Marie Dupont", speaker(nlp, "Marie Dupont invite les Français « à écrire au président »."))


@pytest.mark.parametrize(
    "name, offset, expected",
    [
        ("T07_C1_02", 1340, "Jérôme Kerviel"),  # "Il a expliqué …" after "Son frère Jérôme Kerviel … a été inculpé"
        ("T09_C1_01", 3300, "Marie Humbert"),  # "Elle invite les Français «à écrire …»"
    ],
)
def test_rpm2_pronoun_and_quoted_request(name, offset, expected):
    assert same_speaker(expected, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- an epithet resolved to the person the article is about


def test_epithet_without_a_leading_person_stays_unresolved(nlp):
    *_, s = sentence(nlp, "Paul Martin a rencontré Jean Dupont lundi. L'Américain a déclaré qu'il voulait se reposer.")
    assert not same_speaker("Paul Martin", s._.attribution.speaker) and not same_speaker("Jean Dupont", s._.attribution.speaker)


def test_rpm2_epithet_in_the_sentence_naming_the_person():
    st = at(RPM2 / "T08_C1_09.txt", 600)  # "Armstrong a annoncé … et l'Américain a déjà dit qu'il …"
    assert same_speaker("Lance Armstrong", st.attribution.speaker)


# -- a request whose complement is the thing requested


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paul Martin a exigé le 11 septembre dernier une solution rapide.", "Paul Martin"),
        ("Le pape avait appelé à la fin des violences en Colombie.", "Le pape"),
        ("Le syndicat a demandé une exception à la loi.", "Le syndicat"),
    ],
)
def test_request_of_a_thing_gives_the_speaker(nlp, text, expected):
    assert same_speaker(expected, speaker(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Paul Martin a appelé son frère mardi soir.",  # a phone call, not a request
        "Le juge a demandé à Paul Martin.",  # an addressee, nothing requested
    ],
)
def test_request_verb_without_a_requested_thing_gives_no_speaker(nlp, text):
    assert speaker(nlp, text) is None


@pytest.mark.parametrize(
    "name, offset, expected",
    [
        ("T01_C2_02", 1400, "Benoît XVI"),  # "avait appelé à la fin des enlèvements"
        ("T05_C2_06", 800, "Nicolas Sarkozy"),  # "avait exigé le 11 septembre dernier une solution"
    ],
)
def test_rpm2_request_of_a_thing(name, offset, expected):
    assert same_speaker(expected, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- a verb of confirming or denying with its content left implicit


def test_denial_ending_its_clause_gives_the_speaker(nlp):
    *_, s = sentence(nlp, "Selon la radio, la banque aurait versé une rançon. Paul Martin a démenti.")
    assert s._.attribution.speaker == "Paul Martin"


def test_other_verb_ending_its_clause_reports_nothing(nlp):
    *_, s = sentence(nlp, "Selon la radio, la banque aurait versé une rançon. Paul Martin a expliqué.")
    assert s._.attribution is None or s._.attribution.speaker is None


# -- incises and pronoun subjects the parser attached elsewhere


def test_incise_after_a_cleft_predicate(nlp):
    assert same_speaker("Paul Martin", speaker(nlp, "Si la banque a perdu cet argent, c'est la faute au krach, plaide Paul Martin."))


def test_named_subject_before_the_verb_is_not_an_incise(nlp):
    assert same_speaker("Paul Martin", speaker(nlp, "Paul Martin plaide la bonne foi de son client."))


def test_pronoun_subject_of_faire_savoir(nlp):
    *_, s = sentence(nlp, "Le pape Benoît XVI a reçu les évêques lundi. La libération de l'otage annoncée, il a fait savoir qu'il se réjouissait.")
    assert same_speaker("Benoît XVI", s._.attribution.speaker)


@pytest.mark.parametrize(
    "name, offset, expected",
    [
        ("T02_C1_05", 7650, "Nicolas Mérindol"),  # "…, c'est la faute au krach, plaide l'ancien directeur général de la banque."
        ("T01_C2_03", 1450, "Benoît XVI"),  # "La libération … annoncée, il a fait savoir qu'…"
    ],
)
def test_rpm2_incise_and_pronoun_subject(name, offset, expected):
    assert same_speaker(expected, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- relative clauses that are neither incises nor speakers


def test_relative_clause_after_a_comma_is_not_an_incise(nlp):
    assert speaker(nlp, "Le grand absent reste Paul Martin qui, face à la polémique, multiplie les subterfuges.") is None


def test_relative_clause_on_a_noun_that_cannot_speak(nlp):
    assert speaker(nlp, "L'affaire concerne une femme atteinte d'une tumeur au visage qui demandait qu'on l'aide à mourir.") is None


def test_relative_clause_on_a_person_keeps_its_speaker(nlp):
    assert same_speaker("une femme", speaker(nlp, "L'affaire concerne une femme qui demandait qu'on l'aide à mourir."))


# -- a quotation on the line after a clause ending with a colon


def test_quotation_after_a_colon_line_takes_the_clause_subject(nlp):
    intro, first, second = sentence(nlp, "Sous couvert de rappeler l'objet de sa visite, Paul Martin a tenu à renvoyer les questions aux organisateurs :\n« C'est à vous de leur demander. En ce qui me concerne, ce n'est pas le sujet. »")
    assert intro._.attribution is None or intro._.attribution.speaker is None  # the introduction itself reports nothing
    assert first._.attribution.speaker == "Paul Martin" and second._.attribution.speaker == "Paul Martin"


def test_colon_line_naming_no_one_gives_the_quotation_no_speaker(nlp):
    *_, last = sentence(nlp, "Le programme de la journée est le suivant :\n« Visite du musée. Déjeuner en ville. »")
    assert last._.attribution is None or last._.attribution.speaker is None


def test_rpm2_quotation_after_a_colon_line():
    st = at(RPM2 / "T04_C1_10.txt", 2450)  # second sentence of the quote after "… le dalaï lama a tenu à renvoyer … :"
    assert same_speaker("dalaï lama", st.attribution.speaker)


# -- a first-person statement going on after its quoted opening


def test_first_person_lines_go_on_with_the_quoted_statement(nlp):
    *_, a, b = sentence(nlp, "Paul Martin a écrit aux salariés : « Le conseil s'est réuni aujourd'hui.\nJ'en accepte l'entière responsabilité.\nCeux qui me connaissent savent que je n'ai pas eu d'autre but.")
    assert a._.attribution.speaker == "Paul Martin" and b._.attribution.speaker == "Paul Martin"


def test_first_person_line_after_journalist_text_gets_no_speaker(nlp):
    *_, s = sentence(nlp, "La banque a perdu 600 millions d'euros.\nJe ne vois pas comment elle pourra s'en remettre.")
    assert s._.attribution is None or s._.attribution.speaker is None


def test_first_person_question_is_not_the_speaker_s(nlp):
    *_, s = sentence(nlp, "« Je suis content », a dit Paul Martin.\nEt moi, qu'en dois-je penser ?")
    assert s._.attribution is None or s._.attribution.speaker is None


def test_rpm2_letter_lines_in_the_first_person():
    st = at(RPM2 / "T02_C1_05.txt", 5650)  # a line of Charles Milhaud's letter, after its quoted opening
    assert same_speaker("Charles Milhaud", st.attribution.speaker)


# -- "c'est X qui le dit": a cleft naming the source of the sentence before


def test_cleft_names_the_source_of_itself_and_of_the_sentence_before(nlp):
    before, cleft = sentence(nlp, "La croissance sera nulle cette année. Et c'est Paul Martin, le ministre de l'Economie, qui le dit.")
    assert cleft._.attribution.speaker == "Paul Martin" and before._.attribution.speaker == "Paul Martin"


def test_cleft_does_not_override_a_speaker_already_found(nlp):
    before, cleft = sentence(nlp, "Marie Durand a affirmé que la croissance serait nulle. Et c'est Paul Martin qui le dit aussi.")
    assert before._.attribution.speaker == "Marie Durand"


def test_relative_clause_that_is_no_cleft_gives_no_implicit_content(nlp):
    assert speaker(nlp, "La Suisse a légalisé le suicide assisté pour toutes les personnes qui le demandent.") is None


def test_rpm2_cleft():
    assert same_speaker("Christine Lagarde", at(RPM2 / "T03_C1_08.txt", 50).attribution.speaker)  # the sentence before "Et c'est Christine Lagarde, …, qui le dit."


# -- a participle in apposition is no incise


def test_participle_in_apposition_is_not_an_incise(nlp):
    assert speaker(nlp, "Paul Martin, interrogé le 6 mars, a nié l'existence de cette caisse noire.") == "Paul Martin"


def test_finite_incise_after_the_content_still_counts(nlp):
    assert speaker(nlp, "« L'inflation devrait baisser », résume Paul Martin.") == "Paul Martin"


def test_object_clitic_belongs_to_the_verb_group(nlp):
    assert speaker(nlp, "À mots prudents, Paul Martin, lui-même, le reconnaît : la loi devra être revue.") == "Paul Martin"


def test_title_used_as_a_name_wins_over_a_place_tag(nlp):
    *_, s = sentence(nlp, "Paul Martin a reçu le dalaï-lama samedi. « C'est notre tradition », lui a dit le dalaï-lama en anglais.")
    assert same_speaker("dalaï-lama", s._.attribution.speaker)


def test_rpm2_title_used_as_a_name_in_an_incise():
    assert same_speaker("dalaï-lama", at(RPM2 / "T04_C2_04.txt", 560).attribution.speaker)  # "…", lui a dit le dalaï-lama en anglais.


def test_concessive_quel_que_does_not_make_the_main_verb_content(nlp):
    assert speaker(nlp, "Quels que soient les résultats de l'enquête, le gouverneur, Paul Martin, a déjà appelé au renforcement des contrôles.") == "Paul Martin"


# -- a description resolved to the name its noun described directly


def test_description_prefers_the_name_it_was_the_epithet_of(nlp):
    *_, s = sentence(nlp, "Le trader Paul Martin a été entendu lundi. Jean Durand, le porte-parole du trader, a parlé aux journalistes. Le trader a affirmé avoir agi seul.")
    assert s._.attribution.speaker == "Paul Martin"


def test_epithet_does_not_beat_a_fuller_match(nlp):
    *_, s = sentence(nlp, "Le président de la République, Paul Martin, a reçu les syndicats. Le président de la Ligue, Jean Durand, a protesté. Le président de la République a affirmé qu'il ne céderait pas.")
    assert s._.attribution.speaker == "Paul Martin"


def test_rpm2_description_resolved_through_its_epithet():
    assert same_speaker("Jérôme Kerviel", at(RPM2 / "T07_C2_06.txt", 2000).attribution.speaker)  # "… le trader a notamment affirmé …"
