"""Timeline: the dated events of each story in order, one entry per event.

Dated statements of a story are grouped when they carry the same date and say the same
thing (same claim, or statement similarity ≥ `align_threshold`), so an event reported by
five articles is one entry pointing to five statements. A date without a year
("--MM-DD") takes the year that puts it closest to the story's other dates (dates in
the text with a year, then publication dates); the entry is marked `year_inferred`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import numpy as np
from scipy import sparse

from recoupe.link.similarity import average_linkage, dense_gram
from recoupe.model import Article, Claim, Statement, Story, TimelineEntry
from recoupe.settings import Settings

__all__ = ["build_timeline", "place_year"]

_FULL = re.compile(r"\d{4}-\d\d-\d\d")


def place_year(month_day: str, references: list[str]) -> str | None:
    """"--03-13" with references ["2022-03-14"] → "2022-03-13", "--03" → "2022-03"; None
    without references."""
    ords = []
    for r in references:
        try:
            ords.append(date.fromisoformat(r[:10]).toordinal())
        except ValueError:
            continue
    if not ords:
        return None
    centre = int(np.median(ords))
    year = date.fromordinal(centre).year
    best = None
    day_given = len(month_day) > 4  # a month alone is placed by its middle
    for y in (year - 1, year, year + 1):
        try:
            d = date.fromisoformat(f"{y}{month_day[1:]}{'' if day_given else '-15'}")
        except ValueError:
            continue
        if best is None or abs(d.toordinal() - centre) < abs(best.toordinal() - centre):
            best = d
    return best.isoformat()[: 10 if day_given else 7] if best else None


def build_timeline(stories: list[Story], articles: dict[str, Article], claims: list[Claim], statements: list[Statement],
                   vecs: sparse.csr_matrix, settings: Settings) -> list[TimelineEntry]:
    row_of = {st.id: r for r, st in enumerate(statements)}
    claim_of = {sid: c.id for c in claims for sid in c.statements}
    entries: list[TimelineEntry] = []
    for story in stories:
        sts = [st for a in story.articles for st in articles[a].statements]
        refs = [d.value for st in sts for d in st.dates if _FULL.fullmatch(d.value) and not d.relative]
        refs += [articles[a].published for a in story.articles if articles[a].published and _FULL.match(articles[a].published)]
        dated: dict[str, list[tuple[Statement, str, bool]]] = defaultdict(list)
        for st in sts:
            for d in st.dates:
                value, inferred = d.value, False
                if value.startswith("--"):
                    placed = place_year(value, refs)
                    value, inferred = (placed, True) if placed else (value, False)
                if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?|--\d\d-\d\d", value):
                    continue  # a year alone, or a month the story could not place, is too coarse for the timeline
                dated[value].append((st, d.text, inferred))
        for value, items in dated.items():
            uniq: dict[str, tuple[Statement, str, bool]] = {}
            for it in items:
                uniq.setdefault(it[0].id, it)
            items = list(uniq.values())
            n = len(items)
            ii, jj, ss = [], [], []
            rows = [row_of.get(it[0].id, 0) for it in items]
            gram = dense_gram(vecs[rows]) if n > 1 else None
            for x in range(n):
                for y in range(x + 1, n):
                    a, b = items[x][0], items[y][0]
                    if a.id in claim_of and claim_of.get(a.id) == claim_of.get(b.id):
                        sim = 1.0
                    elif a.id in row_of and b.id in row_of:
                        sim = float(gram[x, y])
                    else:
                        sim = 0.0
                    if sim >= settings.align_threshold:
                        ii.append(x)
                        jj.append(y)
                        ss.append(sim)
            labels = average_linkage(n, ii, jj, ss, settings.align_threshold) if n > 1 else [0]
            groups: dict[int, list[int]] = defaultdict(list)
            for x, lab in enumerate(labels):
                groups[lab].append(x)
            for members in groups.values():
                group = [items[x] for x in members]
                text = min(group, key=lambda it: (len(it[0].text) > 300, it[0].index, it[0].article))[0].text
                entries.append(
                    TimelineEntry(
                        date=value,
                        text=text,
                        articles=sorted({it[0].article for it in group}),
                        statements=[it[0].id for it in group],
                        story=story.id,
                        year_inferred=any(it[2] for it in group),
                        date_text=group[0][1],
                    )
                )
    order = {s.id: k for k, s in enumerate(stories)}
    entries.sort(key=lambda e: (order.get(e.story, 0), e.date.replace("--", "0000-"), -len(e.articles)))
    return entries
