"""Linking through the real pipeline on ../shared/seeds and the demo corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.link import link

SHARED = Path(__file__).parents[1].parent / "shared"
DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def _analyse(path: Path):
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Skipped

    return list(analyze_many([clean(d) for d in read_paths([str(path)]) if not isinstance(d, Skipped)]))


@pytest.fixture(scope="module")
def seeds():
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared/seeds is absent: the shared data (../shared) must sit beside the checkout")
    arts = _analyse(SHARED / "seeds")
    return arts, link(arts)


@pytest.fixture(scope="module")
def demo():
    arts = _analyse(DEMO)
    return arts, link(arts)


def _id(arts, prefix):
    return next(a.id for a in arts if a.id.startswith(prefix))


def test_seeds_march_2022_articles_form_one_story(seeds):
    arts, linked = seeds
    march = {_id(arts, p) for p in ("001", "002", "004")}
    assert any(march <= set(s.articles) for s in linked.stories)


def test_seeds_embassy_spokesman_is_one_name_divergence(seeds):
    arts, linked = seeds
    names = [d for d in linked.divergences if d.kind == "name" and any("Liu" in v.value for v in d.values)]
    assert len(names) == 1
    assert sorted(v.value for v in names[0].values) == ["Liu Bingyu", "Liu Pengyu"]
    assert "porte-parole" in names[0].about  # the role that makes the two spellings one person
    assert {a for v in names[0].values for a in v.articles} == {_id(arts, "002"), _id(arts, "004")}


def test_seeds_sullivan_forms_are_one_entity_and_one_origin(seeds):
    arts, linked = seeds
    sullivan = [e for e in linked.entities if "Sullivan" in e.name]
    assert len(sullivan) == 1 and {v.name for v in sullivan[0].variants} >= {"Jake Sullivan", "Sullivan"}
    keys = {o.key for c in linked.claims for o in c.origins if "sullivan" in o.key}
    assert keys == {"person:jake sullivan"}


def test_seeds_request_claim_rests_on_one_us_origin(seeds):
    """"les États-Unis" (002) and "un haut responsable américain" (004) are one origin."""
    arts, linked = seeds
    claim = next(c for c in linked.claims if c.text.startswith("La Russie a demandé à la Chine"))
    assert {_id(arts, "002"), _id(arts, "004")} <= set(claim.articles)
    us = [o for o in claim.origins if "etats-unis" in o.key or "americ" in o.key]
    assert len(us) == 1 and us[0].key == "body:etats-unis" and "un haut responsable américain" in us[0].name
    assert not [o for o in claim.origins if o.kind == "anonymous"]


def test_seeds_claims_ranked_by_independent_origins(seeds):
    _, linked = seeds
    for story in linked.stories:
        counts = [len(c.origins) for c in linked.claims if c.story == story.id]
        assert counts == sorted(counts, reverse=True)
    for c in linked.claims:
        assert c.single_origin == (len(c.origins) == 1 and len(c.articles) >= 2)


def test_demo_two_stories(demo):
    arts, linked = demo
    assert len(linked.stories) == 2
    assert [s.articles for s in linked.stories if len(s.articles) == 1] == [["05-tour-des-collines"]]


def test_demo_anonymous_prefecture_claim_is_single_origin_and_unconfirmed(demo):
    _, linked = demo
    claim = next(c for c in linked.claims if "court-circuit" in c.text)
    assert len(claim.articles) == 3 and claim.single_origin and claim.hedged
    assert claim.origins[0].kind == "anonymous"


def test_demo_number_and_name_divergences(demo):
    _, linked = demo
    numbers = [d for d in linked.divergences if d.kind == "number"]
    assert any(sorted(v.value for v in d.values) == ["1 200 habitants", "1 500 habitants"] for d in numbers)
    names = [d for d in linked.divergences if d.kind == "name"]
    assert len(names) == 1 and sorted(v.value for v in names[0].values) == ["Mickael Aranda", "Mikaël Aranda"]


def test_demo_timeline_is_ordered_and_traced(demo):
    arts, linked = demo
    statements = {st.id for a in arts for st in a.statements}
    for story in linked.stories:
        dates = [e.date for e in linked.timeline if e.story == story.id]
        assert dates == sorted(dates)
    assert linked.timeline and all(set(e.statements) <= statements for e in linked.timeline)
