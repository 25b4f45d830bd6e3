"""Attribution on real sentences (../shared, referred to by file and offset) and on small
sentences written for the negative cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RPM2, need, seed

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


_ARTICLES: dict[str, object] = {}


def article(path: Path):
    """The analysed article of one file (analysed once per session)."""
    from recoupe.analyze import analyze_clean
    from recoupe.clean import clean
    from recoupe.ingest import read_paths

    key = str(path)
    if key not in _ARTICLES:
        doc = next(d for d in read_paths([need(path)]) if hasattr(d, "text"))
        _ARTICLES[key] = analyze_clean(clean(doc))
    return _ARTICLES[key]


def at(path: Path, offset: int):
    """The statement that covers character `offset` of the file."""
    art = article(path)
    found = [s for s in art.statements if s.start <= offset < s.end]
    assert found, f"no statement covers {path.name}:{offset}"
    return found[0]


def sentence(nlp, text: str):
    doc = nlp(text)
    return list(doc.sents)


def speaker(nlp, text: str, k: int = -1) -> str | None:
    """The speaker of sentence `k` of `text` (the last one by default)."""
    att = sentence(nlp, text)[k]._.attribution
    return att.speaker if att is not None else None


# -- inverted cue after the content wins; the subject of the content is not the speaker


def test_inverted_cue_after_content_wins_with_outlet_relay():
    st = at(seed("004"), 476)
    att = st.attribution
    assert att is not None
    assert "haut responsable américain" in att.speaker
    assert att.speaker_kind == "anonymous"
    assert att.outlets == ["CNN"]
    assert att.via == ["CNN"]
    assert att.cue == "a déclaré"
    assert not att.direct


def test_pronoun_incise_resolves_to_last_named_speaker():
    att = at(seed("004"), 1088).attribution
    assert att.speaker == "Liu Bingyu"
    assert "ajouté" in att.cue


def test_selon_at_sentence_head():
    att = at(seed("001"), 784).attribution
    assert att.speaker == "les Américains"
    assert att.cue == "selon"


def test_selon_revelations_made_by_officials_to_an_outlet():
    att = at(seed("001"), 209).attribution
    assert att.speaker == "des officiels américains"
    assert att.speaker_kind == "anonymous"
    assert att.outlets == ["Financial Times"]


def test_chain_first_reporter_is_the_speaker_relay_is_via():
    att = at(seed("000"), 394).attribution
    assert att.speaker == "Washington Post"
    assert att.speaker_kind == "outlet"
    assert "The Guardian" in att.via


def test_relative_qui_is_never_a_speaker():
    st = at(seed("003"), 5301)
    assert st.attribution is None or (st.attribution.speaker or "").lower() != "qui"


def test_quote_over_several_sentences_keeps_the_speaker_and_nous_is_not_one():
    first, second = at(seed("002"), 602), at(seed("002"), 680)
    assert first.index != second.index
    for st in (first, second):
        assert st.attribution.speaker == "Liu Pengyu"
        assert st.attribution.direct
        assert st.attribution.outlets == []  # CNN is cited in the sentence that opens the quote


def test_quote_closed_by_incise_in_a_later_sentence():
    att = at(seed("004"), 2189).attribution
    assert att.speaker == "Sullivan"
    assert att.direct


def test_role_without_leading_adverbial_phrase():
    att = at(seed("003"), 3802).attribution
    assert att.speaker == "Jens Stoltenberg"
    assert att.role and att.role.lower().startswith("le secrétaire général")


def test_elle_resolves_to_the_subject_earlier_in_the_sentence():
    att = at(seed("003"), 642).attribution
    assert att.speaker.lower() == "la chine"
    assert att.cue == "nie"


def test_se_dire_with_adjective_is_reported_and_il_is_resolved():
    att = at(seed("004"), 913).attribution
    assert att.speaker == "Liu Bingyu"


def test_colon_introduces_the_following_quote():
    intro = at(seed("002"), 2432)
    nxt = article(seed("002")).statements[intro.index + 1]
    assert intro.attribution.speaker == "Sullivan"
    assert nxt.attribution.speaker == "Sullivan" and nxt.attribution.direct


def test_rpm2_inverted_incise_inside_quote_names_the_outlet():
    # T08_C1_08: « …, explique <person> à <newspaper>. » (the incise sits inside the quote)
    att = at(RPM2 / "T08_C1_08.txt", 647).attribution
    assert att.speaker and att.speaker_kind == "person"
    assert att.outlets == ["Libération"]


def test_rpm2_estimer_with_date_then_que():
    # T01_C1_01: "<minister> a estimé <date>, qu'"…"" — the quote is glued to qu'
    att = at(RPM2 / "T01_C1_01.txt", 1645).attribution
    assert att.speaker == "Juan Manuel Santos"
    assert att.role and "ministre" in att.role


# -- small sentences for the negative cases


def test_demander_without_reported_content_is_not_attribution(nlp):
    (s,) = sentence(nlp, "La Russie a demandé à la Chine une aide militaire.")
    assert s._.attribution is None


def test_demander_with_que_clause_is_attribution(nlp):
    (s,) = sentence(nlp, "Le ministre a demandé que la commission se réunisse.")
    assert s._.attribution is not None and s._.attribution.speaker == "Le ministre"


def test_topic_only_medium_is_not_a_cited_outlet(nlp):
    (s,) = sentence(nlp, "Le ministre a critiqué un article du Figaro consacré à sa réforme.")
    assert s._.attribution is None or s._.attribution.outlets == []


def test_medium_inside_reported_content_is_not_cited(nlp):
    (s,) = sentence(nlp, "Le ministre a affirmé que Le Monde avait publié une photo truquée.")
    assert s._.attribution.speaker == "Le ministre"
    assert s._.attribution.outlets == []


def test_selon_a_criterion_is_not_a_source(nlp):
    (s,) = sentence(nlp, "Les tarifs varient selon les cas et selon la saison.")
    assert s._.attribution is None


def test_selon_nous_informations_has_no_speaker(nlp):
    (s,) = sentence(nlp, "Selon des informations, le directeur aurait démissionné.")
    assert s._.attribution is not None and s._.attribution.speaker is None


def test_first_person_inside_quotes_is_not_a_speaker(nlp):
    sents = sentence(nlp, "« Nous espérons une solution rapide », a déclaré Marie Dupont.")
    assert sents[0]._.attribution.speaker == "Marie Dupont"


def test_interroge_par_cites_the_agency(nlp):
    (s,) = sentence(nlp, "Interrogé par l'AFP, le porte-parole a indiqué que la réunion était reportée.")
    assert s._.attribution.outlets == ["AFP"]


def test_question_with_inverted_pronoun_is_not_attribution(nlp):
    (s,) = sentence(nlp, "La Chine a-t-elle soutenu la Russie pendant la guerre ?")
    assert s._.attribution is None


def test_medium_as_channel_without_a_cue_is_cited(nlp):
    (s,) = sentence(nlp, "Il a qualifié, hier, sur France Info, le rapport de souris avortée.")
    assert s._.attribution is not None and s._.attribution.outlets == ["France Info"]


def test_broadcast_medium_is_the_topic_not_a_source(nlp):
    (s,) = sentence(nlp, "La cérémonie, retransmise en direct vendredi sur France 2, a duré quatre heures.")
    assert s._.attribution is None or s._.attribution.outlets == []


# -- verb groups split by an incise, subjects the parser hung elsewhere ------------------
def test_auxiliary_separated_from_participle_by_an_incise(nlp):
    (s,) = sentence(nlp, "De Bruxelles, Paul Martin a, lui, jugé que ce retard n'était pas acceptable.")
    assert s._.attribution.speaker == "Paul Martin"
    s1, s2 = sentence(nlp, "Paul Martin est arrivé hier. Il a par ailleurs jugé que le taux était correct.")
    assert s2._.attribution.speaker == "Paul Martin"


def test_subject_before_its_apposition_after_a_participle_clause(nlp):
    (s,) = sentence(nlp, "Interrogé par l'AFP, le Crédit Foncier, filiale des Caisses d'Epargne, a indiqué que cette opération était normale.")
    assert s._.attribution.speaker == "le Crédit Foncier"


def test_subject_before_the_verb_is_not_an_incise(nlp):
    (s,) = sentence(nlp, "Marie Dubois, présidente de l'association, a annoncé jeudi un recours devant le tribunal.")
    assert s._.attribution.speaker == "Marie Dubois"
    (s,) = sentence(nlp, "Cinq cents personnes ont participé à un rassemblement devant le siège, a indiqué la CGT.")
    assert s._.attribution.speaker == "la CGT"


def test_person_description_resolves_to_the_named_person(nlp):
    s1, s2 = sentence(nlp, "Le coureur américain Tom Baker a gagné l'étape. « Je suis heureux », a déclaré le coureur.")
    assert s2._.attribution.speaker == "Tom Baker"
    s1, s2 = sentence(nlp, "Le coureur américain Tom Baker a gagné l'étape. L'Américain a affirmé qu'il reviendrait.")
    assert s2._.attribution.speaker == "Tom Baker"


def test_capitalised_name_wins_over_a_title_tagged_as_a_person(nlp):
    (s,) = sentence(nlp, "\"Il y a des pilotes dans l'avion\", a déclaré le président d'Axa, Henri de Castries.")
    assert s._.attribution.speaker == "Henri de Castries"


def test_paraphrase_verb_with_an_object_reports_speech(nlp):
    s1, s2 = sentence(nlp, "Claire Petit est inquiète. Elle pointe l'absence de critères objectifs.")
    assert s2._.attribution.speaker == "Claire Petit"
    (s,) = sentence(nlp, "La Russie a exhorté mardi la France à prendre ses responsabilités.")
    assert s._.attribution.speaker == "La Russie"
    (s,) = sentence(nlp, "La cousine avait reconnu le petit garçon dans la rue.")
    assert s._.attribution is None


def test_adverbials_between_commas_before_an_inverted_subject(nlp):
    (s,) = sentence(nlp, "« Les choses sérieuses commencent », soufflait, ce week-end, un entrepreneur français de Pékin.")
    assert s._.attribution.speaker == "un entrepreneur français de Pékin"
    (s,) = sentence(nlp, "« Le décret légalise une mise à plat », observe quant à lui le P. Jacques Turck, directeur du service.")
    assert s._.attribution.speaker == "Jacques Turck"


def test_title_before_a_name_is_a_role(nlp):
    (s,) = sentence(nlp, "Tout particulièrement pour les jeunes, Mgr Descubes craint \"qu'on les enferme dans leurs actes\".")
    assert s._.attribution.speaker == "Descubes"


def test_clause_introducing_a_quote_after_a_colon_names_the_speaker(nlp):
    (s,) = sentence(nlp, "À quelques mètres de là, Mireille, une voisine, donne des précisions, sévères: \"Cela fait une semaine que rien n'a bougé.\"")
    assert s._.attribution.speaker == "Mireille"
    (s,) = sentence(nlp, "Le programme est le suivant : « visite, puis repas ».")
    assert s._.attribution is None


def test_impersonal_on_takes_the_place_it_names_as_source(nlp):
    (s,) = sentence(nlp, "«Dans ce cas, confirme-t-on au Fonds de garantie, la loi hollandaise s'applique.»")
    assert s._.attribution.speaker == "le Fonds de garantie"
    (s,) = sentence(nlp, "« Rien n'est décidé », indiquait-on hier au cabinet du procureur.")
    assert s._.attribution.speaker == "le cabinet du procureur"
    (s,) = sentence(nlp, "« Rien », a-t-on appris à Paris.")
    assert s._.attribution is None or s._.attribution.speaker is None


def test_medium_name_in_quote_marks_is_a_title_not_a_quotation(nlp):
    (s,) = sentence(nlp, "Paul Martin, le président du club, a confirmé dans « Le Figaro » que la rencontre aurait lieu.")
    assert s._.attribution.outlets == ["Le Figaro"]
    assert s._.attribution.direct is False
    (s,) = sentence(nlp, "Il y a deux semaines, dans une interview au \"Guardian\", il évoquait ses inquiétudes.")
    assert s._.attribution.outlets == ["The Guardian"]


# -- media cited as sources (issue #3): descriptions, relatives, passives, confirmed reports


def test_rpm2_medium_described_by_its_kind_is_the_source():
    # T01_C1_03: "<the military radio of a country> a affirmé que…" (another radio was named earlier)
    att = at(RPM2 / "T01_C1_03.txt", 3460).attribution
    assert att.speaker_kind == "outlet" and att.outlets == ["radio militaire israélienne"]
    # T01_C1_07: "…, a rapporté la télévision de <city>." (a participle mis-tagged as subject before)
    att = at(RPM2 / "T01_C1_07.txt", 4080).attribution
    assert att.outlets == ["télévision de Caracas"] and att.cue == "a rapporté"


def test_rpm2_demonstrative_description_refers_back_to_the_medium_named():
    # T06_C1_04: "…, sur la plateforme <web address>, ont révélé…" then "Selon ce blog, …"
    assert at(RPM2 / "T06_C1_04.txt", 390).attribution.outlets == ["bullog.cn"]
    att = at(RPM2 / "T06_C1_04.txt", 630).attribution
    assert att.speaker == "bullog.cn" and att.outlets == ["bullog.cn"]


def test_rpm2_relative_passive_and_confirmed_report_cite_the_medium():
    # T02_C2_04: "Dans ses auditions dont fait aussi état <paper>, il assure…"
    assert at(RPM2 / "T02_C2_04.txt", 2230).attribution.outlets == ["Le Monde"]
    # T07_C2_06: "…, que l'AFP a pu consulter." (no cue in the sentence)
    assert at(RPM2 / "T07_C2_06.txt", 2920).attribution.outlets == ["AFP"]
    # T08_C1_10: "…ont été attribués par « <paper> » au coureur…"
    assert at(RPM2 / "T08_C1_10.txt", 1090).attribution.outlets == ["L'Equipe"]
    # T07_C2_07: "…, a indiqué <source>, confirmant une information du <paper>."
    assert at(RPM2 / "T07_C2_07.txt", 210).attribution.outlets == ["Le Parisien"]
    # T10_C2_07: "… affirme avoir … dans un entretien publié <date> par le quotidien <paper>."
    assert at(RPM2 / "T10_C2_07.txt", 280).attribution.outlets == ["La Provence"]


def test_rpm2_denied_report_is_not_a_cited_source():
    # T02_C2_02: "<company> a démenti les informations parues dans <paper>."
    att = at(RPM2 / "T02_C2_02.txt", 250).attribution
    assert att.cue == "a démenti" and att.outlets == []


def test_rpm2_gerund_takes_the_subject_of_its_main_verb():
    # T08_C2_06: "…, le journal <paper> avait déjà relevé … en affirmant …, que …"
    att = at(RPM2 / "T08_C2_06.txt", 1030).attribution
    assert att.speaker == "L'Equipe" and att.outlets == ["L'Equipe"]


def test_rpm2_glued_quote_marks_and_split_incises():
    # T02_C1_01: "… sur France 2«vraiment…»" and T08_C2_09: "Sur l'antenne d'\"Europe 1\", …"
    assert at(RPM2 / "T02_C1_01.txt", 2340).attribution.outlets == ["France 2"]
    assert at(RPM2 / "T08_C2_09.txt", 675).attribution.outlets == ["Europe 1"]
    # T01_C1_08: "« … », a-t-elle aussi assuré à la radio Europe 1."
    att = at(RPM2 / "T01_C1_08.txt", 5030).attribution
    assert att.outlets == ["Europe 1"] and "assuré" in att.cue
    # T01_C1_09: "« … », dit <guerrilla leader> à <mediator>, dans le courrier … cité par la chaîne de télévision."
    att = at(RPM2 / "T01_C1_09.txt", 1200).attribution
    assert att.speaker == "Reyes" and att.outlets == ["RCN"]


def test_medium_described_by_its_kind(nlp):
    (s,) = sentence(nlp, "La télévision publique grecque a affirmé que le ministre avait démissionné.")
    assert s._.attribution.speaker_kind == "outlet" and s._.attribution.outlets == ["télévision publique grecque"]
    (s,) = sentence(nlp, "Le ministre a démissionné, a rapporté la radio de Beyrouth.")
    assert s._.attribution.outlets == ["radio de Beyrouth"]
    s1, s2 = sentence(nlp, "Le journal Le Soir a publié la lettre. Selon le quotidien, le ministre savait tout.")
    assert s2._.attribution.speaker == "Le Soir" and s2._.attribution.outlets == ["Le Soir"]


def test_kind_words_that_name_no_medium(nlp):
    for text in (
        "Le site internet de la mairie indique que la piscine est fermée.",
        "La chaîne de magasins a annoncé que ses prix baisseraient.",
        "L'agence française antidopage a précisé que les résultats seraient connus lundi.",
        "Selon le Journal officiel, le décret entre en vigueur demain.",
    ):
        (s,) = sentence(nlp, text)
        assert s._.attribution.outlets == [], text


def test_medium_cited_by_relative_passive_modal_and_confirmed_report(nlp):
    (s,) = sentence(nlp, "Dans ce rapport dont fait état Le Monde, le juge estime que la banque a menti.")
    assert s._.attribution.speaker == "le juge" and s._.attribution.outlets == ["Le Monde"]
    (s,) = sentence(nlp, "Le document, que l'AFP a pu consulter, est accablant.")
    assert s._.attribution.outlets == ["AFP"]
    (s,) = sentence(nlp, "Six échantillons ont été attribués par L'Equipe au coureur.")
    assert s._.attribution.outlets == ["L'Equipe"]
    (s,) = sentence(nlp, "Le maire a confirmé une information du Figaro.")
    assert s._.attribution.outlets == ["Le Figaro"]
    (s,) = sentence(nlp, "La grève continue, a indiqué un syndicaliste, confirmant une information parue lundi dans Libération.")
    assert s._.attribution.speaker == "un syndicaliste" and s._.attribution.outlets == ["Libération"]
    (s,) = sentence(nlp, "Il l'a dit dans une interview au site internet du Parisien.")
    assert s._.attribution.outlets == ["Le Parisien"]
    (s,) = sentence(nlp, "Les blogueurs, sur la plateforme wordpress.com, ont révélé que la vidéo était truquée.")
    assert s._.attribution.outlets == ["wordpress.com"]


def test_medium_that_is_denied_broadcast_or_a_namesake_is_not_cited(nlp):
    for text in (
        "Le maire a démenti les informations parues dans Le Figaro.",
        "La cérémonie a été diffusée par France 2.",
        "La Coupe du Monde commence demain à Paris.",
        "L'Union européenne a annoncé des sanctions contre la Russie.",
        "L'Equipe de France a gagné, a déclaré l'entraîneur.",
    ):
        (s,) = sentence(nlp, text)
        assert s._.attribution is None or s._.attribution.outlets == [], text


def test_gerund_rendre_public_and_split_quote_marks(nlp):
    (s,) = sentence(nlp, "Le Figaro avait révélé l'affaire en affirmant que le ministre était au courant.")
    assert s._.attribution.speaker == "Le Figaro" and s._.attribution.cue == "en affirmant"
    (s,) = sentence(nlp, "Le ministre a rendu public un rapport sur la dette.")
    assert s._.attribution.speaker == "Le ministre" and s._.attribution.cue == "a rendu public"
    (s,) = sentence(nlp, "Le rapport a été rendu public mardi.")
    assert s._.attribution is None
    (s,) = sentence(nlp, "Il s'est dit samedi sur France 2«très inquiet».")
    assert s._.attribution.outlets == ["France 2"]
