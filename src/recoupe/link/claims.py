"""Claims: statements of one story, from different articles, that say the same thing.

Statements are compared only within their story, and only as candidates from the
blocked nearest-neighbour search (`similarity.neighbours`), never all pairs. The
similarity (word + character n-gram TF-IDF cosine) is the one calibrated on STS-B (fr):
`claim_threshold` is the cosine above which a pair scores as "same meaning" there
(`recoupe eval sts` prints the figures).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from recoupe.link.entities import EntityIndex
from recoupe.link.origins import merge_origins, origin_of
from recoupe.link.similarity import average_linkage, neighbours
from recoupe.model import Article, Claim, Statement, Story
from recoupe.settings import Settings

__all__ = ["find_claims", "MIN_CHARS"]

MIN_CHARS = 25  # shorter sentences (headings, "Sullivan a dit que :") are not claims


def find_claims(
    stories: Sequence[Story],
    articles: dict[str, Article],
    statements: list[Statement],
    vecs: sparse.csr_matrix,
    settings: Settings,
    entities: EntityIndex | None = None,
) -> list[Claim]:
    """Claims of every story, ranked by independent origins within each story."""
    row_of = {st.id: r for r, st in enumerate(statements)}
    claims: list[Claim] = []
    for story in stories:
        rows = [row_of[st.id] for a in story.articles for st in articles[a].statements if st.id in row_of and len(st.text) >= MIN_CHARS]
        if len(story.articles) < settings.claim_min_articles or len(rows) < 2:
            continue
        sub = vecs[rows]
        # same-article pairs are kept: an article repeating a claim must not split it
        i, j, s = neighbours(sub, k=settings.claim_neighbours, min_sim=settings.claim_threshold)
        if not len(i):
            continue
        labels = average_linkage(len(rows), i, j, s, settings.claim_threshold)
        groups: dict[int, list[int]] = defaultdict(list)
        for local, lab in enumerate(labels):
            groups[lab].append(local)
        for members in groups.values():
            sts = [statements[rows[m]] for m in members]
            arts = sorted({st.article for st in sts})
            if len(arts) < settings.claim_min_articles:
                continue
            m = sub[members]
            centrality = np.asarray((m @ m.T).sum(axis=1)).ravel()
            text = sts[int(np.argmax(centrality))].text
            origins = merge_origins([origin_of(st, articles[st.article], entities) for st in sts])
            outlets: list[str] = []
            for st in sts:
                art = articles[st.article]
                names = [art.outlet] + (st.attribution.outlets + st.attribution.via if st.attribution else [])
                for name in names:
                    if name and name not in outlets:
                        outlets.append(name)
            claims.append(
                Claim(
                    id="",
                    story=story.id,
                    text=text,
                    statements=[st.id for st in sts],
                    articles=arts,
                    outlets=outlets,
                    origins=origins,
                    hedged=all(st.hedged for st in sts),
                    single_origin=len(origins) == 1 and len(arts) >= 2,
                )
            )
    order = {s.id: k for k, s in enumerate(stories)}
    claims.sort(key=lambda c: (order[c.story], -len(c.origins), -len(c.articles), c.statements[0]))
    for k, c in enumerate(claims):
        c.id = f"C{k + 1}"
    return claims
