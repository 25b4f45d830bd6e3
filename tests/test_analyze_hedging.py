"""Hedging on real sentences (../shared, by file and offset) and on small sentences
written for the conditionals that are not hedges."""

from __future__ import annotations

import pytest

from conftest import seed
from test_analyze_attribution import at


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


# --- issue 3: hedging quality (rules of the second pass) ---------------------------------

def rpm2(stem: str, offset: int):
    from conftest import RPM2

    return at(RPM2 / f"{stem}.txt", offset)


def test_pourrait_etre_a_state_is_a_hedge_a_future_passive_is_not(nlp):
    assert hedged(nlp, "L'incendie pourrait être lié à un court-circuit.") == ["pourrait"]
    assert hedged(nlp, "Une nouvelle taxe pourrait être créée l'an prochain.") == []
    assert hedged(nlp, "Cette mesure pourrait être bénéfique pour les commerçants.") == []
    assert rpm2("T01_C1_09", 211).hedged  # "pourrait être liée au versement d'une rançon"
    assert not rpm2("T03_C1_06", 2641).hedged  # "pourraient être très touchés" (future impact)
    assert not rpm2("T09_C2_07", 2749).hedged  # "pourrait être créé" (a proposal)


def test_pourrait_with_an_explanation_or_identification_is_a_hedge(nlp):
    assert hedged(nlp, "Il pourrait s'agir d'un règlement de comptes.") == ["pourrait"]
    assert hedged(nlp, "Ce qui pourrait expliquer son absence lors de l'audience.") == ["pourrait"]
    assert hedged(nlp, "Le virus pourrait provenir d'une chauve-souris.") == ["pourrait"]
    assert rpm2("T10_C1_09", 1427).hedged  # "Ce qui pourrait expliquer le fait qu'elle…"


def test_conditional_in_an_opinion_is_not_a_hedge_but_a_reported_claim_is(nlp):
    assert hedged(nlp, "Le maire pense qu'un nouveau stade attirerait davantage de touristes.") == []
    assert hedged(nlp, "Des témoins racontent que le suspect aurait pris la fuite.") == ["aurait"]
    assert not rpm2("T09_C1_05", 1136).hedged  # "pense que … serait une hypocrisie"


def test_reporting_infinitive_takes_the_tense_of_its_verb(nlp):
    assert hedged(nlp, "Certains commencent à dire que le tableau serait un faux.") == ["serait"]
    assert hedged(nlp, "Il a commencé à dire qu'il partirait.") == []
    assert rpm2("T06_C1_03", 2384).hedged  # "Certains commencent à dire que … serait un plagiat"


def test_que_of_another_closed_clause_does_not_make_a_report(nlp):
    assert hedged(nlp, "Sans prétendre que la grève a provoqué la crise, ces blocages pourraient avoir aggravé la pénurie.") == ["pourraient"]
    assert rpm2("T07_C1_06", 3376).hedged
    assert not rpm2("T03_C2_06", 1895).hedged  # future-in-the-past across a relative "et qu'il avait annoncé"


def test_contrastive_si_is_not_a_hypothesis(nlp):
    assert hedged(nlp, "Si en 2005 le rapport s'inquiétait des retards, il parle en 2006 de fraude et aurait alerté la direction.") == ["aurait"]
    assert hedged(nlp, "Si la Chine livrait des armes, les sanctions seraient immédiates.") == []
    assert rpm2("T07_C1_10", 759).hedged


def test_a_claim_as_such_is_reported_even_when_rejected(nlp):
    # consistency pass: "l'hypothèse selon laquelle il aurait…" is hedged whoever rejects it
    assert hedged(nlp, "Le ministre a rejeté l'hypothèse selon laquelle il aurait menti aux enquêteurs.") == ["aurait"]
    assert hedged(nlp, "Les enquêteurs étudient la piste selon laquelle le suspect aurait agi seul.") == ["aurait"]
    assert hedged(nlp, "Le ministre a refusé un accord qui aurait ruiné la ville.") == []  # the refused thing, not a claim
    assert rpm2("T07_C1_06", 3554).hedged


def test_evaluative_conditional_is_a_judgement_not_a_hedge(nlp):
    assert hedged(nlp, "Le scénario d'un complot serait digne d'un roman.") == []
    assert hedged(nlp, "Ce serait une erreur de baisser les impôts.") == []
    assert hedged(nlp, "Cette réforme aurait le mérite de simplifier les démarches.") == []
    assert hedged(nlp, "Le suspect serait âgé d'une trentaine d'années.") == ["serait"]
    assert hedged(nlp, "Le patron aurait le soutien de ses actionnaires.") == ["aurait"]
    assert not rpm2("T01_C1_05", 2722).hedged
    assert not rpm2("T08_C1_06", 1330).hedged


def test_fronted_sans_is_a_counterfactual(nlp):
    assert hedged(nlp, "Sans l'aide de ses voisins, la famille serait restée à la rue.") == []
    assert hedged(nlp, "Sans son témoignage, l'enquête aurait piétiné.") == []
    assert hedged(nlp, "Sans surprise, le ministre aurait refusé de signer.") == ["aurait"]


def test_quote_closed_in_a_later_paragraph_is_still_a_quote(nlp):
    doc = nlp("« Nous avons tout essayé pour convaincre la direction.\nMais la première entreprise qui partirait serait montrée du doigt. »")
    assert [s._.hedge_cues for s in doc.sents if "partirait" in s.text] == [[]]
    assert not rpm2("T03_C2_10", 1547).hedged


@pytest.mark.parametrize(
    "text,cue",
    [
        ("On ignore si le suspect était armé.", "On ignore si"),
        ("Il est probable que la réunion soit reportée.", "Il est probable que"),
        ("Tout porte à croire que l'incendie est d'origine criminelle.", "Tout porte à croire"),
        ("L'information n'a pas pu être confirmée de source officielle.", "n'a pas pu être confirmée"),
        ("Le maire est suspecté d'avoir favorisé un proche.", "suspecté"),
        ("Selon certaines indications, le navire a changé de cap.", "Selon certaines indications"),
        ("Il n'est pas clair que le gouvernement maintienne sa réforme.", "Il n'est pas clair"),
    ],
)
def test_epistemic_and_evidential_cues(nlp, text, cue):
    assert hedged(nlp, text) == [cue]


def test_certainty_and_label_look_alikes_are_not_hedges(nlp):
    assert hedged(nlp, "Il est certain que la réunion aura lieu.") == []


def test_a_claimed_past_fact_under_an_opinion_verb_stays_a_hedge(nlp):
    assert hedged(nlp, "Les enquêteurs pensent que le suspect aurait agi seul.") == ["aurait"]


# -- open questions and unproven claims (issue 3, rpm2 held-out)


@pytest.mark.parametrize(
    "text",
    [
        "Les enquêteurs se demandent désormais si la mère a menti.",
        "On se demandait encore s'il avait quitté le pays.",
        "Les policiers s'interrogent pour savoir si le voisin a tout vu.",
        "Rien ne permet d'affirmer que le maire était informé.",
        "On ne peut rien affirmer, mais la piste criminelle tend à se confirmer.",
        "La justice soupçonne le gérant d'avoir détourné les fonds.",
        "Les douaniers suspectent un trafic plus vaste.",
        "J'imagine qu'il a eu peur ce soir-là.",
    ],
)
def test_open_questions_and_unproven_claims_are_hedges(nlp, text):
    assert hedged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a demandé si la réunion aurait lieu mardi.",
        "« Je me pince pour me demander si je rêve », confie-t-elle.",
        "Le voisin, un temps soupçonné, a été relâché mardi.",
        "Le juge a demandé au témoin de revenir.",
    ],
)
def test_questions_asked_and_lifted_suspicions_are_not_hedges(nlp, text):
    assert not hedged(nlp, text)


def test_open_questions_in_rpm2():
    from conftest import RPM2

    assert at(RPM2 / "T10_C2_08.txt", 2170).hedged  # "… les enquêteurs se demandent désormais si …"
    assert at(RPM2 / "T10_C2_09.txt", 3070).hedged  # "… que la justice soupçonne également de …"
    assert at(RPM2 / "T10_C1_08.txt", 1580).hedged  # "« On ne peut rien affirmer, mais … tend à se confirmer"


def test_verbless_continuation_inherits_the_hedge(nlp):
    sents = list(nlp("Les ventes auraient aggravé la baisse. Jusqu'à alourdir les pertes de la banque.").sents)
    assert sents[1]._.hedge_cues
    sents = list(nlp("Les ventes ont aggravé la baisse. Jusqu'à alourdir les pertes.").sents)
    assert not sents[1]._.hedge_cues
    sents = list(nlp("Le suspect serait en fuite. Et il a été vu à Lyon.").sents)
    assert not sents[1]._.hedge_cues  # a finite verb: a sentence of its own
    assert "Tout est possible" in hedged(nlp, "« Tout est possible », a ajouté le procureur.")


# -- issue 3, third round: classes of look-alikes (rpm2 held-out set 2 turned tuning set)


def test_imperfect_the_model_labels_conditional_is_not_one(nlp):
    # a conditional always ends in -r + ais/ait/ions/iez/aient, and an -er verb keeps its -er-
    assert hedged(nlp, "Les courtiers touchaient un bonus calculé sur l'activité qu'il générait.") == []
    assert hedged(nlp, "La banque bénéficiait d'une garantie de l'État.") == []
    assert hedged(nlp, "Selon la presse, le projet générerait des pertes importantes.") == ["générerait"]
    assert not rpm2("T07_C2_02", 771).hedged  # "l'activité qu'il générait"
    assert not rpm2("T03_C1_09", 1322).hedged  # "… était limitée et bénéficiait …"


def test_appearance_and_claim_verbs_with_a_predicate(nlp):
    assert hedged(nlp, "Le groupe, dont la survie paraît menacée, a perdu des milliers de membres.") == ["paraît"]
    assert hedged(nlp, "Le livre paraîtra en mars chez Gallimard.") == []
    assert hedged(nlp, "La femme, qui se prétendait sa nièce, a été interpellée.") == ["prétendait"]
    assert hedged(nlp, "Le club prétend au titre cette saison.") == []
    assert hedged(nlp, "Les experts ont soi-disant étudié le dossier pendant six mois.") == ["soi-disant"]
    assert rpm2("T01_C1_04", 849).hedged  # "dont la survie paraît menacée"
    assert rpm2("T10_C2_02", 3206).hedged  # "qui se prétendait sa mère"
    assert rpm2("T09_C2_06", 612).hedged  # ironic "soi-disant" in a quote


def test_appearance_to_someone_is_an_opinion_not_a_hedge(nlp):
    assert hedged(nlp, "Cette décision me paraît injuste.") == []
    assert hedged(nlp, "Cela leur semblait logique.") == []
    assert hedged(nlp, "La situation semble se dégrader rapidement.") == ["semble"]
    assert not rpm2("T08_C2_04", 465).hedged  # "Cela me paraît logique"
    assert not rpm2("T09_C2_03", 2920).hedged  # "Cette situation me paraît scandaleuse"


def test_relative_clause_future_in_the_past_is_not_a_hedge(nlp):
    # a simple conditional in a relative clause under a past main clause: the future-in-the-past
    assert hedged(nlp, "Le ministre a présenté un plan qui créerait dix mille emplois.") == []
    assert hedged(nlp, "Interrogé sur le montant qu'atteindrait la facture, le ministre n'a pas répondu.") == []
    # a state, a compound past or a source of its own stays a reported claim
    assert hedged(nlp, "La police a arrêté un homme qui serait le frère du suspect.") == ["serait"]
    assert hedged(nlp, "La police a arrêté un homme qui aurait des liens avec la mafia.") == ["aurait"]
    assert hedged(nlp, "Le parquet a ouvert une enquête sur les fonds qu'il aurait détournés.") == ["aurait"]
    assert hedged(nlp, "Il a mis en avant un courriel qui, selon lui, prouverait sa bonne foi.") == ["prouverait"]
    # around an inquiry, an arrest or an accusation it is an allegation
    assert hedged(nlp, "Le parquet a ouvert une enquête sur un réseau qui financerait le terrorisme.") == ["financerait"]
    assert hedged(nlp, "La police a arrêté un homme qui détiendrait des armes.") == ["détiendrait"]
    assert not rpm2("T03_C1_08", 443).hedged  # "Interrogée sur … le niveau qu'elle atteindrait en 2008"
    assert not rpm2("T04_C2_07", 1865).hedged  # "aucun commentaire sur de nouvelles conséquences qui découleraient"
    assert not rpm2("T06_C2_01", 1115).hedged  # "avait un autre atout : « l'effet de souffle » que feraient …"
    assert rpm2("T07_C2_01", 2644).hedged  # "un e-mail qui, selon lui, prouverait …"
    assert rpm2("T10_C2_05", 2708).hedged  # "des voyages … que son frère aurait financés"
    assert rpm2("T07_C1_09", 1180).hedged  # "Jérôme Kerviel, qui serait à l'origine de cette fraude"


def test_relative_clause_on_a_refused_feared_or_compared_thing_is_not_a_hedge(nlp):
    assert hedged(nlp, "La famille a refusé une opération qui aurait pourtant sauvé l'enfant.") == []
    assert hedged(nlp, "Le gouvernement veut éviter une grève qui paralyserait le pays.") == []
    assert hedged(nlp, "Le stade ressemble à un nid, qui aurait été tressé par un oiseau géant.") == []
    assert hedged(nlp, "L'hypothèse, qui serait privilégiée par les enquêteurs, reste fragile.") == ["serait"]
    assert not rpm2("T04_C2_07", 3851).hedged  # "a exclu toute concession … un "Grand Tibet" qui occuperait …"
    assert not rpm2("T09_C1_03", 2860).hedged  # "avait refusé l'arrêt des traitements qui aurait pourtant provoqué …"


def test_proposal_terms_are_not_hedges(nlp):
    assert hedged(nlp, "Selon la proposition, les élèves seraient évalués deux fois par an.") == []
    assert hedged(nlp, "Selon le rapport, le suspect serait en fuite.") == ["serait"]
    doc = nlp("La mission propose de créer un congé d'accompagnement. Celui-ci serait attribué à un proche du malade.")
    assert [s._.hedge_cues for s in doc.sents] == [[], []]
    doc = nlp("La mission propose de créer un congé. Le ministre aurait déjà donné son accord.")
    assert [s._.hedge_cues for s in doc.sents] == [[], ["aurait"]]  # a compound past: a reported fact
    doc = nlp("La mission propose de créer un congé d'accompagnement. Sa durée serait de quinze jours.")
    assert [s._.hedge_cues for s in doc.sents] == [[], []]
    # the next sentence must pick the proposal up (an anaphor) and have no source of its own
    doc = nlp("Le ministre propose une réforme. Le président serait opposé à ce projet.")
    assert [s._.hedge_cues for s in doc.sents] == [[], ["serait"]]
    doc = nlp("Le ministre propose une réforme. Selon la presse, le président serait opposé à ce projet.")
    assert [s._.hedge_cues for s in doc.sents] == [[], ["serait"]]
    assert not rpm2("T09_C2_09", 1359).hedged  # "Elle propose … Celui-ci … serait attribué à …"


def test_opinion_verb_the_model_lemmatised_as_itself(nlp):
    # "estime" lemmatised "estime": the present form still points to the verb "estimer"
    assert hedged(nlp, "Le rapport Leonetti estime qu'un observatoire permettrait de mieux appliquer la loi.") == []
    assert not rpm2("T09_C2_03", 2106).hedged  # "le rapport Leonetti estime qu'un Observatoire … permettrait"
    assert not rpm2("T09_C1_09", 3566).hedged  # "estime le député, pour qui … ne serait pas poursuivie"
    # a view about a definite referent under a present opinion verb is a claim reported;
    # under a past one, the future-in-the-past
    assert hedged(nlp, "Le journal estime que les Occidentaux verraient la relation entre les deux pays comme un obstacle.") == ["verraient"]
    assert hedged(nlp, "Le journal estimait que les Occidentaux verraient cette relation comme un obstacle.") == []
    assert hedged(nlp, "Le maire pense qu'un nouveau stade attirerait davantage de touristes.") == []


def test_judgement_idioms_and_imagined_things_are_not_hedges(nlp):
    assert hedged(nlp, "Le président aurait tort de céder.") == []
    assert hedged(nlp, "Mieux vaudrait attendre les résultats de l'enquête.") == []
    assert hedged(nlp, "Le tableau vaudrait deux millions d'euros.") == ["vaudrait"]
    assert hedged(nlp, "Pour le syndicat, une telle réforme serait une catastrophe.") == []
    assert hedged(nlp, "Une telle mesure coûterait deux milliards.") == []
    assert hedged(nlp, "Le suspect aurait des complices à l'étranger.") == ["aurait"]
    assert hedged(nlp, "Un éventuel report du sommet serait une mauvaise nouvelle.") == []
    assert hedged(nlp, "Le président n'aurait jamais accepté un tel accord.") == []
    assert hedged(nlp, "Le président aurait accepté l'accord.") == ["aurait"]
    assert not rpm2("T09_C1_06", 4493).hedged  # "là où on en aurait le plus besoin"


def test_faute_de_is_a_condition(nlp):
    assert hedged(nlp, "Faute d'accord, la grève se poursuivrait.") == []
    assert hedged(nlp, "À défaut de compromis, les salariés seraient licenciés.") == []
    assert hedged(nlp, "La grève se poursuivrait depuis trois jours.") == ["poursuivrait"]


def test_si_clause_between_subject_and_a_mislabelled_conditional(nlp):
    # the main verb after the si-clause is a conditional even where the model calls it indicative
    assert hedged(nlp, "Le ministre, s'il était élu, réformerait la justice.") == []
    assert hedged(nlp, "Ce texte, s'il était adopté, permettrait de réduire les délais.") == []


def test_two_word_reporting_verb(nlp):
    assert hedged(nlp, "La direction a laissé entendre que des licenciements seraient inévitables.") == []


def test_an_action_as_subject_is_hypothetical(nlp):
    assert hedged(nlp, "Supprimer ce poste permettrait d'économiser deux millions.") == []
    assert hedged(nlp, "Baisser les impôts coûterait cher à l'État.") == []
    assert hedged(nlp, "Interrogé par la police, le suspect aurait avoué.") == ["aurait"]
    assert not rpm2("T09_C1_05", 2060).hedged  # "« Transgresser » la loi …, permettrait selon lui …"


def test_presumed_innocent_is_a_legal_status_not_a_doubt(nlp):
    assert hedged(nlp, "Le suspect, présumé innocent, a été libéré.") == []
    assert hedged(nlp, "Le présumé meurtrier a été arrêté.") == ["présumé"]


def test_terms_in_the_content_of_a_proposal_verb(nlp):
    assert hedged(nlp, "Le projet de loi prévoit que les amendes seraient doublées.") == []
    assert hedged(nlp, "Le texte propose que les élus seraient sanctionnés en cas d'absence.") == []
    assert hedged(nlp, "Le rapport prévoit que les banques auraient perdu 3 milliards en 2008.") == ["auraient"]


def test_hypothetical_frames(nlp):
    assert hedged(nlp, "Dans ce scénario, la banque perdrait 2 milliards.") == []
    assert hedged(nlp, "Dans l'hypothèse d'une victoire, le parti obtiendrait la majorité.") == []
    assert hedged(nlp, "Dans ce cas précis, le suspect aurait agi seul.") == ["aurait"]  # "ce cas": this affair


def test_indirect_question_under_a_past_reporting_verb(nlp):
    assert hedged(nlp, "Il n'a pas précisé quand la décision serait rendue.") == []
    assert hedged(nlp, "Il a demandé si la réunion aurait lieu mardi.") == []


# --- issue 3, round 4: classes met on held-out sets 3a/3b ---------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "La fusion des deux groupes donnerait naissance au premier assureur du pays.",
        "Sa proposition concernerait les malades en phase terminale.",
        "L'erreur consisterait à céder maintenant.",
        "Toute hausse des taux pèserait sur les ménages.",
        "Rien ne s'opposerait à un tel changement.",
        "Un scrutin très serré se dessinerait alors.",
        "Du coup, les recours des salariés gagneraient en force.",
    ],
)
def test_hypothetical_consequence_or_plan_terms_are_not_hedges(nlp, text):
    assert hedged(nlp, text) == []


def test_reported_facts_in_the_simple_conditional_stay_hedges(nlp):
    assert hedged(nlp, "La mère détiendrait un faux passeport.") == ["détiendrait"]
    assert hedged(nlp, "Selon la presse, la fusion donnerait naissance au premier assureur du pays.") == ["donnerait"]
    assert rpm2("T02_C2_09", 72) and not rpm2("T02_C2_09", 72).hedged  # "la fusion … donnerait naissance"
    assert not rpm2("T09_C1_09", 5183).hedged  # "Sa proposition concernerait …"


def test_suspicion_not_established_is_a_hedge_one_denied_or_lifted_is_not(nlp):
    # settled after held-out set 3: the participle "soupçonné de", detached or not, is a hedge
    assert hedged(nlp, "Le comptable est détenu depuis mardi, soupçonné de détournements.") == ["soupçonné"]
    assert hedged(nlp, "Le trader soupçonné de falsifications sera jugé en juin.") == ["soupçonné"]
    assert hedged(nlp, "Le comptable a été un temps soupçonné de détournements.") == []
    assert hedged(nlp, "L'ancien maire, longtemps soupçonné de corruption, a été relaxé.") == []
    assert hedged(nlp, "Les voisins ne soupçonnaient pas une telle violence.") == []
    assert rpm2("T07_C2_03", 854).hedged  # "est incarcéré depuis le 8 février, soupçonné de falsifications"
    assert rpm2("T07_C2_09", 300).hedged  # "le trader soupçonné de …" (participle)
    assert not rpm2("T06_C2_06", 3100).hedged  # "ne soupçonnaient pas" (negated)


def test_first_person_seeming_and_first_sight_are_hedges(nlp):
    assert hedged(nlp, "« Il me semble que c'est sincère », a dit le témoin.") == ["Il me semble que"]
    assert hedged(nlp, "À première vue, les deux affaires n'ont aucun lien.") == ["À première vue"]
    assert hedged(nlp, "Cela me semble logique.") == []


def test_past_appearance_is_not_a_hedge(nlp):
    assert hedged(nlp, "L'affaire semblait résolue mais de nouvelles analyses ont tout relancé.") == []
    assert hedged(nlp, "Quelques aspects nous semblaient problématiques.") == []
    assert "semblait" in hedged(nlp, "Le ministre semblait avoir pris son parti de cette décision.")


def test_question_about_a_future_consequence_is_not_an_open_question(nlp):
    assert hedged(nlp, "Les observateurs se demandaient si les dirigeants ne le regretteraient pas.") == []
    assert hedged(nlp, "Les enquêteurs se demandent si l'homme a agi seul.")


def test_announced_plan_is_the_future_in_the_past(nlp):
    assert hedged(nlp, "La tension est retombée avec l'annonce que le président ne recevrait pas le dalaï-lama.") == []


def test_pourrait_for_a_legal_qualification_or_a_named_actor(nlp):
    assert hedged(nlp, "La somme versée pourrait constituer un délit de corruption.") == ["pourrait"]
    assert hedged(nlp, "Ce versement pourrait être constitutif d'une infraction.") == ["pourrait"]
    assert hedged(nlp, "Cette affaire pourrait constituer la plus grave crise du mandat.") == []
    assert hedged(nlp, "Jean Dupont pourrait se rendre à Lourdes dès dimanche.") == ["pourrait"]
    assert hedged(nlp, "Jean Dupont ne pourrait pas se rendre à Lourdes sans escorte.") == []
    assert hedged(nlp, "La grève pourrait affecter les transports.") == []
    assert rpm2("T10_C1_04", 315).hedged  # "… versée pour la garde du garçonnet pourrait constituer une aide au séjour irrégulier"
    assert rpm2("T10_C1_02", 1922).hedged  # "qui pourrait présenter un léger retard mental selon sa mère"


def test_verbless_headline_naming_rumours_is_a_hedge_a_verbless_maybe_is_not(nlp):
    assert hedged(nlp, "Doutes, rumeurs et démentis autour de la libération.") == ["rumeurs"]
    assert hedged(nlp, "Plus tard, peut-être...") == []
    assert hedged(nlp, "Les rumeurs ont été démenties par la préfecture.") == []
    assert hedged(nlp, "Le suspect est peut-être parti hier soir.") == ["peut-être"]


def test_apparent_as_an_adjective(nlp):
    assert hedged(nlp, "L'ancienne otage affiche une forme apparente.") == ["apparente"]
    assert hedged(nlp, "Il est parti sans raison apparente.") == []
    assert hedged(nlp, "Cela s'apparente à un incendie volontaire.") == []


def test_impersonal_on_with_a_speech_verb_is_hearsay(nlp):
    assert hedged(nlp, "On avait alors évoqué une hépatite B.") == ["évoqué"]
    assert hedged(nlp, "Comme on dit, il faut battre le fer tant qu'il est chaud.") == []
    assert hedged(nlp, "On nous a dit que la route était coupée.") == []
    assert hedged(nlp, "Le médecin avait alors évoqué une hépatite B.") == []


# -- issue 3, fifth round: mechanisms of held-out sets 4a/4b (appearance, suspicion, open questions)


def test_appearance_with_an_adjective_predicate_is_a_hedge(nlp):
    assert hedged(nlp, "Le ministre est apparu très embarrassé par la question.") == ["apparu"]
    assert hedged(nlp, "Cela ressemble fort à un règlement de comptes.") == ["ressemble"]
    assert rpm2("T04_C1_04", 2600).hedged  # "est apparu … soucieux" (appearance)
    assert rpm2("T08_C2_05", 1200).hedged  # "est apparue moins récalcitrante"
    assert rpm2("T08_C2_02", 1600).hedged  # "ce qui ressemblait fort à" (situation)


def test_appearance_look_alikes_are_not_hedges(nlp):
    assert hedged(nlp, "Il est apparu des éléments troublants.") == []  # "emerged"
    assert hedged(nlp, "Le bouddhisme apparaît comme la quatrième religion du pays.") == []  # a ranking
    assert hedged(nlp, "Dans la vidéo, l'otage apparaissait très amaigrie.") == []  # how she looked then
    assert hedged(nlp, "Le garçon ressemble beaucoup à son père.") == []  # a person's likeness


@pytest.mark.parametrize(
    "text",
    [
        "Les enquêteurs doivent encore déterminer si le suspect était armé.",
        "Reste à savoir si la banque a menti à ses clients.",
        "L'expertise doit établir si le discernement de l'accusé était altéré.",
        "Les policiers ignorent toujours si le voisin a tout vu.",
        "Les enquêteurs n'ont pas pu déterminer si la mère savait.",
        "Les enquêteurs se posent la question de savoir si la mère a menti.",
    ],
)
def test_open_question_after_a_verb_of_inquiry_is_a_hedge(nlp, text):
    # settled after held-out set 3: an open question about a fact presents it as unknown
    assert hedged(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport consacre un chapitre à la question de savoir s'il faut légaliser l'euthanasie.",
        "Le coureur décidera demain, si la météo le permet, de reprendre la course.",
        "Je dois encore déterminer si je reste à Paris.",
        "Ce fichier permet aux banques de vérifier si un client a déjà des crédits.",
        "Il a demandé si la réunion aurait lieu mardi.",
    ],
)
def test_question_named_a_condition_or_the_speakers_own_is_not_an_open_question(nlp, text):
    assert not hedged(nlp, text)


def test_wondering_with_a_verb_the_model_lemmatised_as_a_noun(nlp):
    assert hedged(nlp, "Le juge d'instruction se demande si la victime connaissait son agresseur.") == ["demande"]


def test_open_questions_of_the_rpm2_held_out_sets():
    assert rpm2("T10_C1_02", 1800).hedged  # "doivent encore déterminer si" (open question)
    assert rpm2("T07_C2_07", 600).hedged  # "doit … établir \"si" (quoted open question)


def test_an_infinitive_fragment_goes_on_with_the_hedged_sentence(nlp):
    sents = list(nlp("Il semblerait que le comité ait vu la situation. Sans pour autant réagir.").sents)
    assert sents[1]._.hedge_cues
    sents = list(nlp("Le réseau aurait duré des années. Et le spectre d'un vaste trafic d'apparaître.").sents)
    assert not sents[1]._.hedge_cues  # a narrative infinitive with its own subject
    assert rpm2("T02_C1_10", 1530).hedged  # "Sans pour autant réagir." after "il semblerait que"


def test_a_relative_inside_the_consequence_of_a_si_clause_is_hypothetical(nlp):
    assert hedged(nlp, "S'il revient en forme, il affrontera ceux qui auraient été les favoris sans lui.") == []
    assert not rpm2("T08_C2_07", 1000).hedged  # "s'il … pourra … ceux qui auraient été" (si-scope)


def test_allegations_named_as_a_topic_are_not_a_hedge(nlp):
    assert hedged(nlp, "Les deux dirigeants démentent formellement les allégations parues dans la presse.") == []
    assert hedged(nlp, "Les faits allégués remontent à 2005.") == ["allégués"]


def test_pourrait_for_an_action_of_a_known_person_or_body_is_a_hedge_a_forecast_is_not(nlp):
    # settled after held-out set 3: "le pape pourrait renouveler son appel" is true
    assert hedged(nlp, "Le ministre pourrait démissionner dans la journée.") == ["pourrait"]
    assert hedged(nlp, "La banque pourrait céder sa filiale américaine.") == ["pourrait"]
    assert hedged(nlp, "Des médecins référents pourraient intervenir dans les cas complexes.") == []  # a proposal's roles
    assert hedged(nlp, "Le chômage pourrait atteindre dix pour cent l'an prochain.") == []  # a figure
    assert hedged(nlp, "La crise pourrait affecter les relations commerciales.") == []  # a consequence
    assert rpm2("T01_C2_03", 50).hedged  # "Le pape pourrait renouveler …" (a known actor)


def test_a_verbless_condition_after_a_verb_of_inquiry_is_no_question(nlp):
    assert hedged(nlp, "Le juge tranchera si besoin.") == []
    assert hedged(nlp, "La cour décidera si nécessaire de prolonger la détention.") == []
    assert hedged(nlp, "Le gouvernement pourrait annoncer de nouvelles mesures.") == ["pourrait"]  # a body's action


def test_impersonal_appearance_and_degree_si_are_not_hedges(nlp):
    assert hedged(nlp, "Il apparaît nécessaire de revoir la loi.") == []  # a judgement
    assert hedged(nlp, "Le gouvernement a décidé si vite que personne n'a compris.") == []  # a degree
    assert hedged(nlp, "Le parquet doit encore décider s'il fait appel.") == ["décider"]


def test_wondering_across_an_inserted_phrase_but_not_a_rhetorical_conditional(nlp):
    assert hedged(nlp, "Les enquêteurs se demandent, depuis lundi, si la mère a menti.") == ["demandent"]
    assert hedged(nlp, "La requête se demande, moqueuse, s'il n'y aurait pas une atteinte à la dignité.") == []


def test_avoir_l_air_with_a_predicate_is_an_appearance(nlp):
    assert hedged(nlp, "La police a l'air de privilégier la piste criminelle.") == ["air"]
    assert hedged(nlp, "Le ministre avait l'air très embarrassé.") == []  # how he looked then, as "semblait"
    assert hedged(nlp, "Le stade a des airs de cathédrale.") == []  # a likeness


def test_a_persons_action_with_a_named_source_is_a_hedge(nlp):
    # consistency pass: "devrait / pourrait" for an action others report, not confirmed
    assert hedged(nlp, "Selon la presse, le ministre devrait démissionner.") == ["devrait"]
    assert hedged(nlp, "Ils devraient être expulsés vers l'Espagne, selon une source judiciaire.") == ["devraient"]
    assert hedged(nlp, "Le ministre devrait démissionner.") == []  # no source: an expected event
    assert hedged(nlp, "La banque devrait accuser une perte, selon le journal.") == []  # an outcome, a forecast
    assert hedged(nlp, "Selon le projet, le directeur devrait être nommé par le conseil.") == []  # a proposal's terms
    assert rpm2("T02_C1_01", 1900).hedged  # "selon l'AFP, le directeur financier … devrait démissionner"
    assert rpm2("T02_C1_05", 2360).hedged  # "Il devrait prendre d'autres fonctions …, selon une source"


def test_an_epistemic_adverb_on_a_forecast_is_not_a_hedge(nlp):
    assert hedged(nlp, "Le groupe devrait vraisemblablement tomber dans le rouge cette année.") == []
    assert hedged(nlp, "Le ministre a vraisemblablement menti.") == ["vraisemblablement"]
    assert not rpm2("T02_C2_06", 340).hedged
    assert not rpm2("T08_C1_02", 320).hedged  # "Peut-être ainsi pourrait-il…"


def test_being_meant_to_and_a_plans_content_are_not_hedges(nlp):
    assert hedged(nlp, "Cette loi est supposée renforcer les droits des malades.") == []
    assert hedged(nlp, "Le suspect est supposé avoir tué sa voisine.") == ["supposé"]
    assert hedged(nlp, "L'idée serait de doubler les amendes.") == []
    assert not rpm2("T09_C2_01", 2720).hedged
    assert not rpm2("T03_C1_02", 1840).hedged  # "L'idée serait de porter…"


def test_a_possible_event_is_no_possible_past_fact(nlp):
    assert hedged(nlp, "Une rencontre pourrait avoir lieu avant la fin de l'année.") == []
    assert hedged(nlp, "Le suspect pourrait avoir menti aux enquêteurs.") == ["pourrait"]


def test_questions_about_a_decision_to_come_or_about_circumstances(nlp):
    assert hedged(nlp, "Le juge devra décider si l'enfant pourra rentrer chez lui.") == []  # a decision to take
    assert hedged(nlp, "Le parquet s'interroge sur les raisons pour lesquelles elle a menti.") == ["interroge"]
    assert hedged(nlp, "La maire s'interroge sur les consultations prévues avant les embauches.") == []  # a topic
    assert not rpm2("T10_C1_06", 1020).hedged
    assert rpm2("T10_C2_02", 180).hedged


def test_terms_after_a_sentence_about_a_proposal_are_not_hedges(nlp):
    doc = nlp("La création d'un congé est bien accueillie. Sa durée serait de quinze jours.")
    assert [s._.hedge_cues for s in doc.sents] == [[], []]
    doc = nlp("Le ministre a quitté la réunion. Sa femme serait malade.")
    assert [s._.hedge_cues for s in doc.sents] == [[], ["serait"]]
    assert not rpm2("T09_C2_03", 2730).hedged  # "Sa durée serait de quinze jours."


def test_a_prepositional_adverb_in_a_verbless_fragment_qualifies_no_statement(nlp):
    assert hedged(nlp, "Sans doute à l'image des accords signés par Berlin.") == []
    assert hedged(nlp, "Sans doute lui a-t-elle parlé de ses projets.") == ["Sans doute"]
    assert not rpm2("T04_C2_09", 1500).hedged
