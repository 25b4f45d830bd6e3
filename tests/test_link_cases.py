"""Linking on small cases written for the purpose: names, numbers, origins, timeline."""

from __future__ import annotations

from recoupe.link import link
from recoupe.link.entities import name_key
from recoupe.link.origins import anonymous_source, merge_origins, place_of
from recoupe.link.timeline import place_year
from recoupe.model import Amount, Article, Attribution, DateMention, Mention, Origin, Statement


def _st(art: str, i: int, text: str, *, speaker=None, kind=None, role=None, outlets=(), hedged=False, ents=(), amounts=(), dates=()):
    att = Attribution(speaker, "a déclaré", False, list(outlets), [], kind, role) if (speaker or outlets) else None
    mentions = []
    for name, label in ents:
        s = text.find(name)
        mentions.append(Mention(name, label, s, s + len(name), name))
    return Statement(f"{art}:{i}", art, i, text, 0, len(text), hedged, [], att, mentions, list(amounts), list(dates))


def _art(aid: str, title: str, statements: list[Statement], outlet: str | None = None, published: str | None = None) -> Article:
    return Article(aid, aid + ".txt", title, "fr", published, outlet, None, statements, [])


FILLER = [
    "La digue du port de Kerbastel a cédé dans la nuit après trois jours de tempête sur la côte.",
    "Les secours ont installé un centre d'accueil dans le gymnase de Kerbastel pour les familles.",
    "La tempête a aussi arraché des toitures dans les communes voisines de Kerbastel.",
]


def _flood(aid: str, outlet: str, extra: list[Statement]) -> Article:
    base = [_st(aid, k, t, ents=[("Kerbastel", "LOC")]) for k, t in enumerate(FILLER)]
    for k, st in enumerate(extra):
        st.id, st.index = f"{aid}:{len(base) + k}", len(base) + k
    return _art(aid, "Rupture de la digue de Kerbastel après la tempête", base + extra, outlet)


def test_two_spellings_with_the_same_title_are_one_entity_and_one_name_divergence():
    a = _flood("a", "Le Quotidien", [_st("a", 9, "Selon Yannick Le Goff, porte-parole de la préfecture maritime, la brèche mesure vingt mètres.",
                                         speaker="Yannick Le Goff", kind="person", role="porte-parole de la préfecture maritime", ents=[("Yannick Le Goff", "PER")])])
    b = _flood("b", "Radio Info", [_st("b", 9, "Yanick Le Gof, porte-parole de la préfecture maritime, a confirmé la rupture de la digue.",
                                       speaker="Yanick Le Gof", kind="person", role="porte-parole de la préfecture maritime", ents=[("Yanick Le Gof", "PER")])])
    linked = link([a, b])
    names = [d for d in linked.divergences if d.kind == "name"]
    assert len(names) == 1
    assert sorted(v.value for v in names[0].values) == ["Yanick Le Gof", "Yannick Le Goff"]
    assert names[0].values[0].statements and names[0].story == linked.stories[0].id
    ent = [e for e in linked.entities if e.type == "PER"]
    assert len(ent) == 1 and len(ent[0].variants) == 2


def test_close_spellings_in_different_roles_are_two_people():
    a = _flood("a", "Le Quotidien", [_st("a", 9, "Le maire de Kerbastel, Jean Morvan, a demandé des renforts à l'État.",
                                         speaker="Jean Morvan", kind="person", role="maire de Kerbastel", ents=[("Jean Morvan", "PER")])])
    b = _flood("b", "Radio Info", [_st("b", 9, "Le pêcheur Jean Morvant raconte avoir vu la vague emporter son bateau.",
                                       speaker="Jean Morvant", kind="person", role="pêcheur", ents=[("Jean Morvant", "PER")])])
    linked = link([a, b])
    assert not [d for d in linked.divergences if d.kind == "name"]


def test_two_numbers_for_the_same_amount_are_a_number_divergence():
    def ev(art, value, text):
        s = text.find(value)
        return _st(art, 9, text, amounts=[Amount(value + " habitants", float(value.replace(" ", "")), "habitant", None, s, s + len(value) + 10)])

    a = _flood("a", "Le Quotidien", [ev("a", "2 300", "Au total 2 300 habitants ont été évacués des quartiers bas de Kerbastel.")])
    b = _flood("b", "Radio Info", [ev("b", "3 100", "Quelque 3 100 habitants ont été évacués des quartiers bas de Kerbastel dans la nuit.")])
    c = _flood("c", "Le Courrier", [ev("c", "2 300", "Les 2 300 habitants évacués des quartiers bas attendent de rentrer chez eux.")])
    linked = link([a, b, c])
    numbers = [d for d in linked.divergences if d.kind == "number"]
    assert len(numbers) == 1
    values = {v.value: v.articles for v in numbers[0].values}
    assert values == {"2 300 habitants": ["a", "c"], "3 100 habitants": ["b"]}


def test_same_number_everywhere_is_no_divergence():
    def ev(art):
        text = "Au total 2 300 habitants ont été évacués des quartiers bas de Kerbastel."
        return _st(art, 9, text, amounts=[Amount("2 300 habitants", 2300.0, "habitant", None, 9, 24)])

    linked = link([_flood("a", "Le Quotidien", [ev("a")]), _flood("b", "Radio Info", [ev("b")])])
    assert not [d for d in linked.divergences if d.kind == "number"]


CLAIM = "La rupture de la digue aurait été causée par un défaut d'entretien signalé depuis deux ans"


def _claim_articles(independent: bool) -> list[Article]:
    arts = []
    sources = [
        ("Maël Riou", "person", "ingénieur du port", ", a déclaré l'ingénieur du port Maël Riou."),
        ("Sophie Daniel", "person", "adjointe au maire", ", a déclaré l'adjointe au maire Sophie Daniel."),
        ("Erwan Cadiou", "person", "président des pêcheurs", ", a déclaré le président des pêcheurs Erwan Cadiou."),
    ]
    for k, outlet in enumerate(["Le Quotidien", "Radio Info", "Le Courrier"]):
        aid = "abc"[k]
        if independent:
            name, kind, role, tail = sources[k]
            st = _st(aid, 9, CLAIM + tail, speaker=name, kind=kind, role=role, hedged=True, ents=[(name, "PER")])
        else:
            st = _st(aid, 9, CLAIM + ", a indiqué un responsable de la préfecture sous couvert d'anonymat.",
                     speaker="un responsable de la préfecture", kind="anonymous", outlets=["AFP"] if k else [], hedged=True)
        arts.append(_flood(aid, outlet, [st]))
    return arts


def test_claim_relayed_by_three_outlets_from_one_anonymous_source_is_single_origin():
    linked = link(_claim_articles(independent=False))
    claim = next(c for c in linked.claims if "défaut d'entretien" in c.text)
    assert len(claim.articles) == 3
    assert len(claim.origins) == 1 and claim.origins[0].kind == "anonymous"
    assert claim.single_origin and claim.hedged
    assert {"Le Quotidien", "Radio Info", "Le Courrier"} <= set(claim.outlets)


def test_claim_from_three_independent_sources_has_three_origins_and_ranks_first():
    linked = link(_claim_articles(independent=True))
    claim = next(c for c in linked.claims if "défaut d'entretien" in c.text)
    assert len(claim.origins) == 3 and not claim.single_origin
    assert {o.kind for o in claim.origins} == {"person"}
    counts = [len(c.origins) for c in linked.claims if c.story == claim.story]
    assert counts == sorted(counts, reverse=True)  # ranked by independent origins


def test_unattributed_statement_has_the_outlet_or_the_article_as_origin():
    a = _flood("a", "Le Quotidien", [])
    b = _flood("b", None, [])
    linked = link([a, b])
    kinds = {o.key: o.kind for c in linked.claims for o in c.origins}
    assert kinds["outlet:quotidien"] == "outlet"
    assert kinds["article:b"] == "article"  # not an outlet made up from the title
    outlets = {o for c in linked.claims for o in c.outlets}
    assert "Le Quotidien" in outlets and "b" not in outlets


def test_anonymous_descriptions_normalise_to_one_origin():
    one = anonymous_source("La Chine aurait accepté, a déclaré un haut responsable américain à CNN.")
    two = anonymous_source("selon des officiels américains cités par le Financial Times")
    assert one and two and one[1] == two[1] == "etats-unis"
    merged = merge_origins([Origin("anonymous:etats-unis", "un haut responsable américain", "anonymous", ["a:1"]),
                            Origin("anonymous:", "une source", "anonymous", ["b:1"]),
                            Origin("person:jake sullivan", "Jake Sullivan", "person", ["c:1"])])
    assert len(merged) == 2
    assert name_key("M. Sullivan") == "sullivan" and name_key("la Chine") == "chine"
    assert name_key("les Verts") == "verts" and name_key("Lesage") == "lesage"  # "le" is a word, not a prefix


def test_anonymous_source_joins_the_country_it_speaks_for():
    assert place_of("Pékin") == place_of("la Chine") == "Chine" and place_of("Liu Pengyu") is None
    assert anonymous_source("selon une source proche de la Maison Blanche")[1] == "etats-unis"
    assert anonymous_source("a précisé un responsable militaire américain")[1] == "etats-unis,milita"
    merged = merge_origins([Origin("body:etats-unis", "États-Unis", "body", ["a:1"]),
                            Origin("anonymous:etats-unis", "un haut responsable américain", "anonymous", ["b:1"]),
                            Origin("anonymous:chine", "un diplomate chinois", "anonymous", ["c:1"])])
    assert [(o.name, o.statements) for o in merged] == [
        ("États-Unis (un haut responsable américain)", ["a:1", "b:1"]), ("un diplomate chinois", ["c:1"])]


def test_surname_and_title_forms_join_the_full_name():
    a = _flood("a", "Le Quotidien", [
        _st("a", 9, "Le préfet Alain Guivarch a ordonné l'évacuation de la digue de Kerbastel.", ents=[("Alain Guivarch", "PER")]),
        _st("a", 10, "M. Guivarch a ensuite visité le centre d'accueil de Kerbastel.", speaker="Guivarch", kind="person", ents=[("Guivarch", "PER")]),
    ])
    b = _flood("b", "Radio Info", [_st("b", 9, "Guivarch a promis une aide rapide aux sinistrés de Kerbastel.", speaker="Guivarch", kind="person", ents=[("Guivarch", "PER")])])
    linked = link([a, b])
    per = [e for e in linked.entities if e.type == "PER"]
    assert len(per) == 1 and per[0].name == "Alain Guivarch" and per[0].articles == ["a", "b"]


def test_timeline_one_entry_per_event_and_year_placed():
    def dated(art, text, value, dtext):
        s = text.find(dtext)
        return _st(art, 9, text, dates=[DateMention(dtext, value, s, s + len(dtext))])

    a = _flood("a", "Le Quotidien", [dated("a", "La digue de Kerbastel a cédé le 14 février 2025 vers trois heures du matin.", "2025-02-14", "14 février 2025")])
    b = _flood("b", "Radio Info", [dated("b", "La digue de Kerbastel a cédé le 14 février vers trois heures du matin.", "--02-14", "14 février")])
    c = _flood("c", "Le Courrier", [dated("c", "Une réunion publique sur la digue est prévue le 3 mars à Kerbastel.", "--03-03", "3 mars")])
    linked = link([a, b, c])
    assert [e.date for e in linked.timeline] == ["2025-02-14", "2025-03-03"]
    first = linked.timeline[0]
    assert first.articles == ["a", "b"] and len(first.statements) == 2 and first.year_inferred
    assert place_year("--12-30", ["2025-01-02"]) == "2024-12-30"
    assert place_year("--05-01", []) is None
    assert place_year("--12", ["2025-01-02"]) == "2024-12"


def test_unrelated_articles_are_separate_stories_and_copies_are_marked():
    a = _flood("a", "Le Quotidien", [])
    b = _flood("b", "Radio Info", [])
    sport = _art("s", "Le club de rugby de Plouvenec gagne la finale régionale", [
        _st("s", 0, "Le club de rugby de Plouvenec a remporté dimanche la finale régionale face à Lanmeur."),
        _st("s", 1, "L'entraîneur a salué la défense de son équipe pendant toute la seconde mi-temps."),
        _st("s", 2, "Plus de deux mille supporters avaient fait le déplacement au stade municipal."),
    ])
    linked = link([a, b, sport])
    assert sorted(sorted(s.articles) for s in linked.stories) == [["a", "b"], ["s"]]
    flood = next(s for s in linked.stories if "a" in s.articles)
    assert flood.copies == [["a", "b"]]


def test_empty_input():
    linked = link([])
    assert linked.stories == [] and linked.claims == []
