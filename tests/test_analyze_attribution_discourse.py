"""Attribution across sentences: speakers that come from outside the sentence (quotes over
several sentences, pronouns, definite descriptions, "ce dernier"). Short passages written
for the tests, and real ones from ../shared referred to by file and offset."""

from __future__ import annotations

import pytest

from test_analyze_attribution import at, sentence

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


# -- a clause before a colon introduces the quotation that follows it


def test_colon_clause_without_a_reporting_verb_names_the_person(nlp):
    s, *_ = sentence(nlp, "Sophie Martin, une des responsables de l'association, tranche dans le vif : « Ces règles ne servent à rien. »")
    assert s._.attribution.speaker == "Sophie Martin"


def test_colon_clause_in_the_passive_names_the_agent(nlp):
    *_, s = sentence(nlp, "Paul Martin a posé la question lundi. Le ministre a été renvoyé dans les cordes par sa collègue de la Justice, Claire Dubois : « Je suis ravie qu'il s'interroge. »")
    assert s._.attribution.speaker == "Claire Dubois"


def test_colon_clause_naming_no_one_gives_no_speaker(nlp):
    s, *_ = sentence(nlp, "Le programme est le suivant : « visite du site, puis conférence ».")
    assert s._.attribution is None or s._.attribution.speaker is None


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T06_C2_07", 4300, "Sophie Richardson"),  # second sentence of a quote opened after "X, …, tranche dans le vif :"
        ("T08_C2_09", 700, "Marc Madiot"),  # "Sur l'antenne d'Europe 1, X, … a été le premier à exprimer son hostilité :"
        ("T08_C2_09", 940, "Marc Madiot"),  # last sentence of that quotation
        ("T09_C1_03", 3800, "Gaëtan Gorce"),  # "Une idée partagée aussi par le député …, X :"
        ("T05_C2_10", 1500, "Michèle Alliot-Marie"),  # "Le ministre a été renvoyé … par sa collègue …, X:"
    ],
)
def test_rpm2_colon_clause_introduces_the_quotation(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- a quotation spread over several lines: the lines between hold no quote mark


def test_quote_spans_run_on_to_the_line_that_closes_them():
    from recoupe.analyze.attribution import quote_spans

    text = '"C\'est prudent, analyse Paul Martin, économiste.\nLes banques sont solides.\nMais tout peut aller vite".\nLa suite.'
    assert [text[a:b] for a, b in quote_spans(text)] == [text[: text.index('".') + 1]]
    text = "« Il faut agir vite sur ce dossier compliqué.\nLaissez-les parler », a conclu M. Martin. Puis « bon »."
    assert [text[a:b] for a, b in quote_spans(text)][0].endswith("parler »")


def test_quote_spans_do_not_pair_across_a_line_with_its_own_quotes():
    from recoupe.analyze.attribution import quote_spans

    text = 'Un autre "jour sans fin et sans aucune raison de croire à quoi que ce soit.\nIl a dit "oui" hier.\nEt "cela'
    assert all("\n" not in text[a:b] for a, b in quote_spans(text))


def test_every_line_of_a_multiline_quote_takes_the_incise_speaker(nlp):
    *_, s = sentence(nlp, "\"C'est une logique de 'Mieux vaut prévenir que guérir', analyse Paul Martin, économiste au cabinet Arès.\nPour le moment les banques françaises sont solvables.\nS'il y a eu un tel tir groupé, c'est pour éviter que la première banque soit montrée du doigt\".")
    assert s._.attribution.speaker == "Paul Martin"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T03_C2_10", 1330, "Nicolas Bouzou"),  # incise after an inner 'quote' the parser reads as a noun
        ("T03_C2_10", 1440, "Nicolas Bouzou"),  # next line of the quotation
        ("T03_C2_10", 1560, "Nicolas Bouzou"),  # the line that closes it
        ("T03_C2_06", 3400, "Nicolas Sarkozy"),  # middle line of a quote closed by "…», a conclu M. Sarkozy"
    ],
)
def test_rpm2_multiline_quote_takes_its_incise(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- an incise after the content: the sentence before it is what was said


def test_subject_of_quoted_words_is_not_the_incise_pronoun(nlp):
    *_, s = sentence(nlp, "« Le dossier est vide », a déclaré Pierre Reille, porte-parole de la défense. M. Durand « n'a jamais fui la justice », a-t-il ajouté.")
    assert s._.attribution.speaker == "Pierre Reille"


def test_subject_of_a_reporting_verb_before_the_incise_stays_a_candidate(nlp):
    *_, s = sentence(nlp, "« Le texte est flou », a jugé Marie Lenoir. Paul Dubois, dans Le Progrès, pense que le moment est mal choisi : « Pourquoi voter maintenant ? », demande-t-il.")
    assert s._.attribution.speaker == "Paul Dubois"


def test_name_in_the_complement_of_an_apposition_is_not_the_speaker(nlp):
    s, *_ = sentence(nlp, "« Rien ne le prouve », assure à l'AFP Paul Dubois, l'ex-mari de Marie Lenoir.")
    assert s._.attribution.speaker == "Paul Dubois"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T07_C2_03", 3200, "Christophe Reille"),  # M. Kerviel "n'a jamais fui …", a-t-il fait valoir
        ("T03_C1_05", 3300, "Johannes Laitenberger"),  # "De ce plan dépend …, a-t-il ajouté"
        ("T07_C2_03", 1750, "Ulrika Weiss"),  # "La réquisition … vise …, a-t-elle ajouté"
        ("T01_C1_03", 900, "Fabrice Delloye"),  # "…", assure à l'AFP X, l'ex-mari d'Ingrid Betancourt
        ("T01_C1_03", 1100, "Fabrice Delloye"),  # the next "…, ajoute-t-il"
    ],
)
def test_rpm2_incise_pronoun_and_apposition(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- "ce dernier", "celle-ci", "de même source": the last person or source named


def test_ce_dernier_is_the_last_person_named(nlp):
    *_, s = sentence(nlp, "Paul Martin a rencontré Jacques Durand mardi. Ce dernier explique que le dossier est clos.")
    assert s._.attribution.speaker == "Jacques Durand"


def test_ce_dernier_before_a_colon_introduces_the_quotation(nlp):
    *_, s = sentence(nlp, "Paul Martin était un farouche opposant à Jacques Durand. Ce que ce dernier n'a pas manqué de saluer lundi : « J'ai beaucoup de respect pour lui. »")
    assert s._.attribution.speaker == "Jacques Durand"


def test_de_meme_source_is_the_source_named_before(nlp):
    *_, s = sentence(nlp, "La femme a été placée en garde à vue, a-t-on appris de source judiciaire. Il lui est reproché une aide au séjour irrégulier, a-t-on précisé de même source.")
    assert s._.attribution.speaker == "source judiciaire"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T07_C1_03", 1030, "Jean-Pierre Mustier"),  # "Ce dernier explique également qu'…"
        ("T08_C2_01", 1600, "Lance Armstrong"),  # "Ce que ce dernier n'a pas manqué de saluer …, dans une interview … :"
        ("T10_C1_07", 450, "source judiciaire"),  # "…, a-t-on précisé de même source."
    ],
)
def test_rpm2_last_named_person_or_source(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- impersonal "on": the place named with it, or with the "on" just before


def test_on_with_its_place_before_the_verb(nlp):
    s, *_ = sentence(nlp, "Dans l'entourage de Claire Dubois, on assurait que le climat était serein.")
    assert s._.attribution.speaker == "l'entourage de Claire Dubois"


def test_bare_on_goes_on_with_the_place_named_just_before(nlp):
    *_, s = sentence(nlp, "Dans l'entourage de Claire Dubois, on assurait que le climat était serein. « La concertation a déjà commencé », insistait-on.")
    assert s._.attribution.speaker == "l'entourage de Claire Dubois"


def test_bare_on_without_a_place_before_has_no_speaker(nlp):
    s, *_ = sentence(nlp, "« La concertation a déjà commencé », insistait-on.")
    assert s._.attribution is None or s._.attribution.speaker is None


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T05_C2_07", 3030, "l'entourage de Michèle Alliot-Marie"),  # "…", insistait-on (place named two sentences before)
        ("T05_C2_03", 1800, "le Conseil d'Etat"),  # "…, a-t-on indiqué au sein du Conseil."
    ],
)
def test_rpm2_impersonal_on(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- interviews printed as questions and answers: the answers are the interviewee's


_INTERVIEW = (
    "Claire Dubois, la médiatrice de la ville, critique le nouveau plan de circulation.\n"
    "Que pensez-vous de ce plan ?\n"
    "Il arrive trop tard. Je l'avais dit dès le printemps.\n"
    "Que faudrait-il changer ?\n"
    "Les horaires des bus. Nous le demandons depuis des années.\n"
)


def test_interview_answers_are_the_interviewees_speech(nlp):
    sents = sentence(nlp, _INTERVIEW)
    by_text = {s.text.strip(): s._.attribution for s in sents}
    assert by_text["Il arrive trop tard."].speaker == "Claire Dubois"
    assert by_text["Les horaires des bus."].speaker == "Claire Dubois"
    assert by_text["Il arrive trop tard."].direct
    question = by_text["Que pensez-vous de ce plan ?"]
    assert question is None or question.speaker is None  # the journalist's question


def test_questions_and_answers_without_first_person_are_not_an_interview(nlp):
    # an explainer: questions the article asks itself, answered by the journalist
    text = _INTERVIEW.replace("Je l'avais dit dès le printemps.", "Le calendrier a glissé.").replace("Nous le demandons depuis des années.", "Ils changent en mars.")
    sents = sentence(nlp, text)
    att = {s.text.strip(): s._.attribution for s in sents}["Il arrive trop tard."]
    assert att is None or att.speaker is None


def test_name_is_cut_out_of_an_entity_run_over_a_noun(nlp):
    from recoupe.analyze.attribution import AttributionComponent

    doc = nlp("Réaction d'Alex Türk, président de la commission.")
    ent = next(e for e in doc.ents if e.label_ == "PER")
    assert AttributionComponent._name_part(ent).text == "Alex Türk"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T05_C1_07", 631, "Dominique Versini"),  # an answer, no quote marks, after "Comment réagissez-vous… ?"
        ("T05_C1_03", 777, "Alex Türk"),  # "Réaction d'Alex Türk…" then questions and first-person answers
        ("T05_C1_07", 890, None),  # the interviewer's question
        ("T05_C1_03", 555, None),
    ],
)
def test_rpm2_interview_answers(name, offset, speaker):
    att = at(RPM2 / f"{name}.txt", offset).attribution
    assert same_speaker(speaker, att.speaker if att is not None else None)


# -- a title without a name: the person given that title in an apposition, else the latest
#    person not named as a prepositional complement


def test_title_resolves_to_the_person_given_it_in_a_long_apposition(nlp):
    *_, s = sentence(nlp, "La ministre de l'Economie et de l'Industrie, Christine Lagarde, a rencontré Dominique Leroy et Camille Martin. « La situation est sous contrôle », a souligné la ministre.")
    assert s._.attribution.speaker == "Christine Lagarde"


def test_title_does_not_resolve_to_a_prepositional_complement(nlp):
    *_, s = sentence(nlp, "Dominique Leroy a demandé hier à Camille Martin un nouveau décret. Le Premier ministre a souhaité que ce texte « soit plus précis ».")
    assert s._.attribution.speaker == "Dominique Leroy"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T05_C2_04", 453, "François Fillon"),  # "Le Premier ministre a souhaité…" after "X … en demandant à Y un nouveau décret"
        ("T03_C1_09", 661, "Christine Lagarde"),  # "…", souligne la ministre — after "la ministre de l'Economie et de l'Industrie, Christine Lagarde"
        ("T05_C2_06", 1235, "Michèle Alliot-Marie"),  # "la ministre" after "X et Michèle Alliot-Marie … ont obtempéré"
    ],
)
def test_rpm2_title_resolution(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- a nationality used as an epithet, never tied to a name: the person the article is about


def test_demonym_without_context_is_the_most_named_person(nlp):
    *_, s = sentence(nlp, "Paul Martin a remporté la course dimanche. Paul Martin avait déjà gagné en 2005. Jean Durand a terminé deuxième. Le Texan a annoncé qu'il reviendrait l'an prochain.")
    assert s._.attribution.speaker == "Paul Martin"


def test_demonym_named_as_a_medium_is_not_a_person(nlp):
    *_, s = sentence(nlp, "Paul Martin a remporté la course dimanche. Le Parisien a révélé que la course serait déplacée.")
    assert s._.attribution.speaker != "Paul Martin"


def test_rpm2_demonym_epithet():
    # "…, le Texan a en effet annoncé qu'il serait bien présent…" in an article about one cyclist
    assert same_speaker("Lance Armstrong", at(RPM2 / "T08_C2_02.txt", 114).attribution.speaker)


# -- a name the model did not tag, in apposition with an indefinite description: a person,
#    whose gender the description marks for the pronouns that follow


def test_untagged_name_with_indefinite_apposition_is_a_gendered_person(nlp):
    *_, s3, s4 = sentence(nlp, "Nora, une jeune mère de famille, s'inquiète pour son fils. « Je n'y crois pas », confie Hélène, une autre maman du quartier. Comme ses voisins, elle a du mal à y croire : « Il y a beaucoup de solidarité ici. »")
    assert s3._.attribution.speaker == "Hélène"
    assert s3._.attribution.speaker_kind == "person"
    assert s4._.attribution.speaker == "Hélène"


def test_rpm2_untagged_name_in_apposition():
    # "…», confie Hélène, une autre maman du quartier." then "elle a du mal à y croire: «…"
    assert same_speaker("Hélène", at(RPM2 / "T10_C1_05.txt", 2237).attribution.speaker)


# -- stance verbs with reported content: "maintenir que", "proposer de", "exiger de/que";
#    a country is a name, never a demonym resolved to a person named near it


def test_maintenir_que_reports_the_subjects_position(nlp):
    s, = sentence(nlp, "La Chine maintient que le Tibet fait partie de son territoire.")
    assert s._.attribution.speaker == "La Chine"


def test_proposer_de_reports_a_proposal(nlp):
    s, = sentence(nlp, "La mission parlementaire propose notamment d'étudier un congé d'accompagnement.")
    assert s._.attribution.speaker == "La mission parlementaire"


def test_a_country_is_not_resolved_to_a_person_named_near_it(nlp):
    *_, s = sentence(nlp, "Paul Martin, porte-parole du ministère, a évoqué la Chine mardi. La Chine maintient que le Tibet fait partie de son territoire.")
    assert s._.attribution.speaker == "La Chine"


@pytest.mark.parametrize(
    "name, offset, speaker",
    [
        ("T04_C2_07", 2971, "la Chine"),  # "La Chine maintient que …", a spokesman named earlier
        ("T09_C2_09", 55, "la mission parlementaire"),  # "… propose notamment d'étudier …"
        ("T09_C1_06", 5918, "Chantal Sébire"),  # "… exigeait de la société qu'elle …"
    ],
)
def test_rpm2_stance_verbs(name, offset, speaker):
    assert same_speaker(speaker, at(RPM2 / f"{name}.txt", offset).attribution.speaker)


# -- a question in the journalist's voice reports nothing


def test_journalists_question_with_inverted_pronoun_has_no_speaker(nlp):
    s, = sentence(nlp, "Paul Martin a-t-il exigé d'être le seul chef de l'équipe ?")
    assert s._.attribution is None or s._.attribution.speaker is None


def test_quoted_question_keeps_its_speaker(nlp):
    s, = sentence(nlp, "« Faut-il vraiment tout changer ? », a demandé Paul Martin.")
    assert s._.attribution.speaker == "Paul Martin"


def test_rpm2_journalists_question():
    att = at(RPM2 / "T08_C1_03.txt", 1174).attribution  # "X, …, a-t-il exigé d'avoir l'exclusive …?"
    assert att is None or att.speaker is None


# -- a person's initials used as a name


def test_initials_resolve_to_the_person_named_in_full(nlp):
    *_, s = sentence(nlp, "Michèle Alliot-Marie a présenté le texte mardi. « Il était trop flou », a concédé MAM devant les députés.")
    assert s._.attribution.speaker == "Michèle Alliot-Marie"


def test_initials_without_a_matching_person_stay(nlp):
    *_, s = sentence(nlp, "Paul Martin a présenté le texte mardi. « Il était trop flou », a concédé MAM devant les députés.")
    assert s._.attribution.speaker == "MAM"


def test_rpm2_initials():
    assert same_speaker("Michèle Alliot-Marie", at(RPM2 / "T05_C2_06.txt", 1077).attribution.speaker)  # "…", a concédé MAM


# -- a name right after a complementiser is its clause's subject, a candidate for pronouns


def test_name_after_complementiser_is_a_subject_for_later_pronouns(nlp):
    *_, s = sentence(nlp, "« Il a tout décidé seul », a confié Paul Martin, le porte-parole de l'équipe. Surtout parce qu'Armstrong, qui est revenu de sa retraite en mars après deux ans d'absence, a vite été séduit par le parcours. « Le tracé me plaît beaucoup », déclarait-il ainsi.")
    assert s._.attribution.speaker == "Armstrong"


def test_rpm2_name_after_complementiser():
    # "… parce qu'Armstrong, qui …, a très vite été emballé …" then « … », déclarait-il
    assert same_speaker("Lance Armstrong", at(RPM2 / "T08_C2_02.txt", 1148).attribution.speaker)


def test_proposer_a_quelquun_de_is_an_offer_not_a_position(nlp):
    s, = sentence(nlp, "L'agence a proposé mercredi à Paul Martin de refaire les analyses de ses échantillons.")
    assert s._.attribution is None or s._.attribution.speaker is None


def test_rpm2_offer_to_an_addressee():
    att = at(RPM2 / "T08_C1_01.txt", 59).attribution  # "X a proposé mercredi à Y d'analyser …": an offer
    assert att is None or att.speaker is None
