"""Claims: statements of one story, from different articles, that say the same thing.

Statements are compared only within their story, and only as candidates from the
blocked nearest-neighbour search (`similarity.neighbours`, one search for all stories
with keys per story), never all pairs. The
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
from recoupe.link.similarity import average_linkage, group_scores, neighbours
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
    rows: list[int] = []
    group: list[int] = []
    for g, story in enumerate(stories):
        mine = [row_of[st.id] for a in story.articles for st in articles[a].statements if st.id in row_of and len(st.text) >= MIN_CHARS]
        if len(story.articles) >= settings.claim_min_articles and len(mine) >= 2:
            rows.extend(mine)
            group.extend([g] * len(mine))
    claims: list[Claim] = []
    if not rows:
        return claims
    sub = vecs[rows]
    # all stories in one search, keyed per story so only statements of one story meet;
    # same-article pairs are kept: an article repeating a claim must not split it
    i, j, s = neighbours(sub, k=settings.claim_neighbours, min_sim=settings.claim_threshold, groups=np.asarray(group))
    labels = average_linkage(len(rows), i, j, s, settings.claim_threshold)
    groups: dict[int, list[int]] = defaultdict(list)
    for local, lab in enumerate(labels):
        groups[lab].append(local)
    clusters = list(groups.values())
    label_of = np.empty(len(rows), np.int64)
    for c, members in enumerate(clusters):
        label_of[members] = c
    centrality = group_scores(sub, label_of, len(clusters))
    for members in clusters:
        sts = [statements[rows[m]] for m in members]
        arts = sorted({st.article for st in sts})
        if len(arts) < settings.claim_min_articles:
            continue
        text = sts[int(np.argmax(centrality[members]))].text
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
                story=stories[group[members[0]]].id,
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
