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

import numpy as np

from recoupe.link.claims import MIN_CHARS, find_claims
from recoupe.link.divergences import date_divergences, number_divergences
from recoupe.link.entities import EntityIndex
from recoupe.link.similarity import Tokens, combine, compact, content_part, tfidf
from recoupe.link.stories import StoryIndex, article_vectors, cluster_stories
from recoupe.link.timeline import build_timeline
from recoupe.model import Article, Linked
from recoupe.settings import Settings

__all__ = ["link", "StoryIndex"]


def link(articles: list[Article], settings: Settings | None = None) -> Linked:
    """What linking finds across `articles`: stories, claims with their independent
    origins, entities with variants, divergences (name, number, date) and a timeline."""
    settings = settings or Settings()
    articles = list(articles)
    if not articles:
        return Linked()
    # one tokenisation shared by statement and article vectors, kept in flat arrays
    tokens = Tokens()
    statements = [st for a in articles for st in a.statements]
    art_rows, art_ids, st_rows, st_ids = array("l"), array("l"), array("l"), array("l")
    s_row = 0
    for r, a in enumerate(articles):
        title = tokens.ids(a.title or "") * max(1, settings.story_title_weight)
        art_ids.extend(title)
        art_rows.extend([r] * len(title))
        for st in a.statements:
            ids = tokens.ids(st.text)
            art_ids.extend(ids)
            art_rows.extend([r] * len(ids))
            core = tokens.ids(content_part(st.text))
            st_ids.extend(core)
            st_rows.extend([s_row] * len(core))
            s_row += 1
    art_counts = tokens.counts_flat(np.frombuffer(art_rows, np.int64), np.frombuffer(art_ids, np.int64), len(articles))
    del art_rows, art_ids
    vecs = article_vectors(articles, settings, tokens, art_counts)
    del art_counts
    stories, _ = cluster_stories(articles, settings, vecs)
    del vecs
    counts = tokens.counts_flat(np.frombuffer(st_rows, np.int64), np.frombuffer(st_ids, np.int64), len(statements))
    del st_rows, st_ids
    V = len(tokens.vocab)
    words = tfidf(counts)
    chars = tfidf((counts[:, :V] @ tokens.char_map()).tocsr()) if V else words
    svecs = compact(combine([(words, 0.3), (chars, 0.7)]))
    del words, chars, counts

    by_id = {a.id: a for a in articles}
    story_of = {a: s.id for s in stories for a in s.articles}
    entities = EntityIndex(articles, story_of, settings)
    claims = find_claims(stories, by_id, statements, svecs, settings, entities)
    st_by_id = {st.id: st for st in statements}
    divergences = entities.divergences() + number_divergences(stories, by_id, statements, svecs, settings) + date_divergences(claims, st_by_id)
    order = {s.id: k for k, s in enumerate(stories)}
    kinds = {"name": 0, "number": 1, "date": 2}
    divergences.sort(key=lambda d: (order.get(d.story or "", len(order)), kinds.get(d.kind, 3), d.about))
    for k, d in enumerate(divergences):
        d.id = f"D{k + 1}"
    timeline = build_timeline(stories, by_id, claims, statements, svecs, settings)
    return Linked(stories=stories, claims=claims, entities=entities.entities(), divergences=divergences, timeline=timeline)
