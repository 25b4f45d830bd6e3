"""Link: across articles — stories, claims, origins, entities, divergences, timeline.

    >>> from recoupe.link import link
    >>> linked = link(articles)                      # doctest: +SKIP
    >>> [c.text for c in linked.claims if c.single_origin]   # doctest: +SKIP

A pure function over the dataclasses of `recoupe.model`. Every step compares only
candidates found by blocking (nearest neighbours over sparse TF-IDF vectors, MinHash
LSH, statements of one story), so the cost grows near-linearly with the corpus.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import numpy as np

from recoupe.link.claims import find_claims
from recoupe.link.divergences import date_divergences, number_divergences
from recoupe.link.entities import EntityIndex
from recoupe.link.similarity import TextVectors, Tokens, compact, content_part
from recoupe.link.stories import StoryIndex, article_vectors, cluster_stories
from recoupe.link.timeline import build_timeline
from recoupe.model import Article, Linked, Statement, Story
from recoupe.settings import Settings

__all__ = ["link", "StoryIndex"]


def link(articles: list[Article], settings: Settings | None = None) -> Linked:
    """What linking finds across `articles`: stories, claims with their independent
    origins, entities with variants, divergences (name, number, date) and a timeline."""
    settings = settings or Settings()
    articles = list(articles)
    if not articles:
        return Linked()
    # the article vectors are passed on, not kept: clustering lets them go once the
    # candidate pairs are found (they are the largest object of a large corpus)
    tokens = Tokens()
    stories, _ = cluster_stories(articles, settings, article_vectors(articles, settings, tokens, hashed=False))
    statements = [st for a in articles for st in a.statements]
    svecs = _statement_texts(statements, tokens)

    by_id = {a.id: a for a in articles}
    story_of = {a: s.id for s in stories for a in s.articles}
    row_of = {st.id: r for r, st in enumerate(statements)}
    entities = EntityIndex(articles, story_of, settings)
    claims, numbers, timeline = [], [], []
    # stories a batch at a time: statement vectors exist for one batch only
    for batch in _batches(stories, by_id, BATCH_STATEMENTS):
        sts = [st for s in batch for a in s.articles for st in by_id[a].statements]
        vecs = compact(svecs.rows([row_of[st.id] for st in sts]))
        found = find_claims(batch, by_id, sts, vecs, settings, entities)
        claims += found
        numbers += number_divergences(batch, by_id, sts, vecs, settings)
        timeline += build_timeline(batch, by_id, found, sts, vecs, settings)
    for k, c in enumerate(claims):  # batches come in story order, so claims are in order
        c.id = f"C{k + 1}"
    st_by_id = {st.id: st for st in statements}
    divergences = entities.divergences() + numbers + date_divergences(claims, st_by_id)
    order = {s.id: k for k, s in enumerate(stories)}
    kinds = {"name": 0, "number": 1, "date": 2}
    divergences.sort(key=lambda d: (order.get(d.story or "", len(order)), kinds.get(d.kind, 3), d.about))
    for k, d in enumerate(divergences):
        d.id = f"D{k + 1}"
    return Linked(stories=stories, claims=claims, entities=entities.entities(), divergences=divergences, timeline=timeline)


BATCH_STATEMENTS = 20_000  # statements whose vectors are held at once


def _statement_texts(statements: list[Statement], tokens: Tokens) -> TextVectors:
    """Token ids of each statement without its attribution clause (`content_part`), in flat
    int32 arrays. After the articles, so their token ids are gone by then; `tokens` has
    seen nearly every whitespace-separated chunk already, so this is mostly look-ups."""
    ids, offsets = array("i"), array("q", [0])
    for st in statements:
        ids.extend(tokens.ids(content_part(st.text)))
        offsets.append(len(ids))
    return TextVectors(tokens, np.frombuffer(offsets, np.int64), np.frombuffer(ids, np.int32))


def _batches(stories: list[Story], articles: dict[str, Article], size: int) -> Iterator[list[Story]]:
    """Consecutive stories, about `size` statements per batch (a larger story is one batch)."""
    batch: list[Story] = []
    count = 0
    for s in stories:
        n = sum(len(articles[a].statements) for a in s.articles)
        if batch and count + n > size:
            yield batch
            batch, count = [], 0
        batch.append(s)
        count += n
    if batch:
        yield batch
