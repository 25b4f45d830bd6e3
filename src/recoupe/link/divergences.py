"""Number and date divergences: the same slot filled with different values across articles.

Two amounts fill the same slot when they come from different articles of one story,
share their unit (and currency), and sit in aligned statements: statement similarity of
at least `align_threshold`, or a content word shared in the words around the amount
("1 200 habitants … évacués" / "1 500 habitants évacués"). A slot whose aligned amounts
carry two or more values is a divergence — unless one article gives both values, which
says they are two quantities, not two accounts of one. Dates diverge when the
statements of one claim date it differently.
"""

from __future__ import annotations

import re
from collections import defaultdict

from scipy import sparse

from recoupe.link.similarity import content_words, dense_gram
from recoupe.model import Article, Claim, Divergence, DivergenceValue, Statement, Story
from recoupe.settings import Settings

__all__ = ["number_divergences", "date_divergences"]

_WINDOW = 60  # characters either side of an amount that describe what it counts


def number_divergences(stories: list[Story], articles: dict[str, Article], statements: list[Statement],
                       vecs: sparse.csr_matrix, settings: Settings) -> list[Divergence]:
    row_of = {st.id: r for r, st in enumerate(statements)}
    out: list[Divergence] = []
    for story in stories:
        slots: dict[tuple, list[tuple[Statement, int]]] = defaultdict(list)
        for a in story.articles:
            for st in articles[a].statements:
                for k, am in enumerate(st.amounts):
                    if am.unit and st.id in row_of:
                        slots[(am.unit, am.currency)].append((st, k))
        for (unit, currency), items in slots.items():
            if len({st.article for st, _ in items}) < 2 or len(items) > 400:
                continue
            ctx = []
            for st, k in items:
                am = st.amounts[k]
                unit_words = content_words(am.text)
                ctx.append(content_words(st.text[max(0, am.start - _WINDOW) : am.start] + " " + st.text[am.end : am.end + _WINDOW]) - unit_words)
            parent = list(range(len(items)))
            sub = vecs[[row_of[st.id] for st, _ in items]]
            gram = dense_gram(sub)

            def find(x: int) -> int:
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x

            for x in range(len(items)):
                for y in range(x + 1, len(items)):
                    sx, kx = items[x]
                    sy, ky = items[y]
                    if sx.article == sy.article:
                        continue
                    sim = float(gram[x, y])
                    if sim >= settings.align_threshold or len(ctx[x] & ctx[y]) >= 1 and sim >= settings.align_threshold / 3:
                        parent[find(x)] = find(y)
            groups: dict[int, list[int]] = defaultdict(list)
            for x in range(len(items)):
                groups[find(x)].append(x)
            for members in groups.values():
                by_value: dict[float, list[int]] = defaultdict(list)
                for x in members:
                    st, k = items[x]
                    by_value[round(st.amounts[k].value, 6)].append(x)
                if len(by_value) < 2:
                    continue
                per_article: dict[str, set[float]] = defaultdict(set)
                for v, xs in by_value.items():
                    for x in xs:
                        per_article[items[x][0].article].add(v)
                if any(len(vs) > 1 for vs in per_article.values()):
                    continue
                values = []
                for v, xs in sorted(by_value.items()):
                    sts = [items[x][0] for x in xs]
                    values.append(DivergenceValue(items[xs[0]][0].amounts[items[xs[0]][1]].text, sorted({s.article for s in sts}), [s.id for s in sts]))
                words = sorted(set.intersection(*[ctx[x] for x in members]) if len(members) > 1 else ctx[members[0]])
                label = f"{unit}{' ' + currency if currency else ''}"
                about = label + (f" ({', '.join(words[:5])})" if words else "")
                out.append(Divergence(id="", kind="number", about=about, values=values, story=story.id))
    return out


def date_divergences(claims: list[Claim], statements: dict[str, Statement]) -> list[Divergence]:
    out = []
    for claim in claims:
        by_value: dict[str, list[Statement]] = defaultdict(list)
        for sid in claim.statements:
            st = statements[sid]
            for d in st.dates:
                if not d.relative and re.fullmatch(r"(\d{4}|--)-\d\d-\d\d", d.value):
                    by_value[d.value[-5:]].append(st)
        if len(by_value) < 2:
            continue
        per_article: dict[str, set[str]] = defaultdict(set)
        for v, sts in by_value.items():
            for st in sts:
                per_article[st.article].add(v)
        if any(len(vs) > 1 for vs in per_article.values()):
            continue
        values = [
            DivergenceValue(next(d.text for d in sts[0].dates if d.value[-5:] == v), sorted({s.article for s in sts}), [s.id for s in sts])
            for v, sts in sorted(by_value.items())
        ]
        out.append(Divergence(id="", kind="date", about=claim.text[:120], values=values, story=claim.story))
    return out
