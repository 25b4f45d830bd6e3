"""Entities across articles: one entity per real-world referent, with its variants.

Three ways two surface forms become one entity, from safest to riskiest:

1. the same name once folded (case, accents, leading article): "la Chine" = "Chine"; an
   acronym and the full name an article spells it out with ("Farc"), in every article;
2. a single word standing for a longer name of the same article (else of the same
   story) when only one longer name contains it: "Sullivan", "M. Sullivan" → "Jake
   Sullivan";
3. two spellings close by string similarity (rapidfuzz) *and* used in the same role or
   context, never in the same article: "Liu Pengyu" / "Liu Bingyu", both spokesman of
   the Chinese embassy. These are reported as name divergences.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from recoupe.link.similarity import content_words, fold
from recoupe.model import Article, Divergence, DivergenceValue, Entity, EntityVariant, Statement
from recoupe.settings import Settings

__all__ = ["EntityIndex", "name_key", "names_of"]

_DETERMINERS = re.compile(r"^(?:(?:les|le|la|the|du|des|de la)\s+|(?:de l|l|d)['’]\s*)", re.I)
_TITLES = re.compile(r"^(?:m\.|mme|mlle|mr|dr|pr|monsieur|madame)\s+", re.I)
# Words that say nothing about a role: reporting verbs and fillers common to every context.
_GENERIC = frozenset(
    content_words(
        "déclaré déclare affirmé affirme indiqué indique ajouté ajoute précisé précise expliqué explique "
        "estimé estime selon dit dire annoncé annonce assuré assure confirmé confirme mardi lundi mercredi jeudi "
        "vendredi samedi dimanche hier aujourd'hui communiqué presse"
    )
)


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The folded form two spellings must share to be the same name: "M. Sullivan" → "sullivan"."""
    key = fold(" ".join(name.split())).strip(" ,.;:\"'-()")
    previous = None
    while previous != key:
        previous = key
        key = _TITLES.sub("", _DETERMINERS.sub("", key)).strip()
    return key


@functools.lru_cache(maxsize=1 << 16)
def _surface_key(surface: str, person: bool) -> tuple[str, str]:
    """A mention's display form (spaces, quotes, leading determiner or title removed) and key."""
    surface = " ".join(surface.split()).strip(" ,.;:«»\"“”'’-")
    surface = _TITLES.sub("", surface) if person else _DETERMINERS.sub("", surface)
    return surface, name_key(surface)


@dataclass(slots=True)
class _Use:
    """What the articles say of one name. Hundreds of thousands of names in a large
    corpus, most used once: slots, no per-mention records (`EntityIndex.context` finds
    the mentions again in `statements`), role containers only for names given a role."""

    surface: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    articles: list[str] = field(default_factory=list)  # in the order met, each once
    statements: list[Statement] = field(default_factory=list)  # the statements naming it, each once
    roles: set[str] | None = None
    role_texts: Counter | None = None  # as written: "porte-parole de l'ambassade de Chine"


def _mention(surface: str, label: str) -> tuple[str, str] | None:
    """(display form, key) of a mention worth indexing; None for a lowercase or too short name."""
    surface, key = _surface_key(surface, label == "PER")
    if len(key) < 2 or not any(c.isalpha() for c in key) or not surface[:1].isupper():
        return None
    return surface, key


def names_of(st: Statement) -> Iterator[tuple[str, str, int, int, str | None, str]]:
    """(surface, label, start, end, role, key) of the names of a statement: its entities and
    its named speaker (who is often not tagged as an entity)."""
    for m in st.entities:
        got = _mention(m.norm or m.text, m.label)
        if got:
            yield got[0], m.label, m.start, m.end, None, got[1]
    att = st.attribution
    if att and att.speaker and att.speaker_kind == "person" and att.speaker in st.text:
        got = _mention(att.speaker, "PER")
        if got:
            s = st.text.find(att.speaker)
            yield got[0], "PER", s, s + len(att.speaker), att.role, got[1]


class EntityIndex:
    """Names found in the articles, resolved to entities. Build once, then query."""

    def __init__(self, articles: list[Article], story_of: dict[str, str], settings: Settings) -> None:
        self.settings = settings
        self.story_of = story_of
        self.uses: dict[str, _Use] = defaultdict(_Use)
        self.by_article: dict[str, tuple[str, ...]] = {}
        acronyms: set[tuple[str, str]] = set()
        for art in articles:
            # an article's names as a set while it is read, then a tuple: a tenth of the memory
            found: dict[str, set[str]] = defaultdict(set)
            for st in art.statements:
                for surface, label, _, _, role, key in names_of(st):
                    self._add(key, surface, label, st, role)
                    found[st.article].add(key)
                acronyms.update((name_key(m.text), name_key(m.norm)) for m in st.entities if m.norm and " " not in m.text and " " in m.norm)
            for a, keys in found.items():
                self.by_article[a] = tuple(keys.union(self.by_article.get(a, ())))
        self.parent = {k: k for k in self.uses}
        self.fuzzy_pairs: list[tuple[str, str, set[str]]] = []
        for short, full in sorted(acronyms):  # "Farc" where no article spelled it out, with the full name
            if short in self.parent and full in self.parent:
                self._union(short, full)
        self._resolve_short()
        self._resolve_fuzzy()

    # -- collection -------------------------------------------------------------
    def _add(self, key: str, surface: str, label: str, st: Statement, role: str | None) -> None:
        use = self.uses[key]
        use.surface[surface] += 1
        use.labels[label] += 1
        # an article's statements come together, and a statement's mentions
        if not use.articles or use.articles[-1] != st.article:
            use.articles.append(st.article)
        if not use.statements or use.statements[-1] is not st:
            use.statements.append(st)
        if role:
            use.roles = (use.roles or set()) | (content_words(role) - content_words(surface) - _GENERIC)
            use.role_texts = use.role_texts or Counter()
            use.role_texts[" ".join(role.split())] += 1

    # -- resolution -------------------------------------------------------------
    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the longer, more used name is the root
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k.split()), -sum(self.uses[k].surface.values()), k))
            self.parent[drop] = keep

    def _label(self, key: str) -> str:
        return self.uses[key].labels.most_common(1)[0][0]

    def _resolve_short(self) -> None:
        """One-word names to the only longer name that contains that word (article, then story)."""
        story_keys: dict[str, set[str]] = defaultdict(set)
        for art, keys in self.by_article.items():
            story_keys[self.story_of.get(art, art)].update(keys)
        for key, use in list(self.uses.items()):
            if " " in key or self._label(key) != "PER":
                continue
            targets = None
            for art in sorted(use.articles):
                cands = {k for k in self.by_article[art] if " " in k and key in k.split() and self._label(k) == "PER"}
                if len(cands) == 1:
                    targets = cands
                    break
            if targets is None:
                story = self.story_of.get(next(iter(sorted(use.articles))), "")
                cands = {k for k in story_keys[story] if " " in k and key in k.split() and self._label(k) == "PER"}
                if len(cands) == 1:
                    targets = cands
            if targets:
                self._union(key, next(iter(targets)))

    def _resolve_fuzzy(self) -> None:
        """Close spellings in the same role, never in the same article (those are two people)."""
        by_story: dict[str, set[str]] = defaultdict(set)
        for key, use in self.uses.items():
            if self._label(key) != "PER" or " " not in key:
                continue
            for art in use.articles:
                by_story[self.story_of.get(art, art)].add(key)
        seen = set()
        for story in sorted(by_story):
            keys = sorted(by_story[story])
            if len(keys) < 2:
                continue
            scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=self.settings.name_min_ratio, dtype=np.uint8)
            xs, ys = np.nonzero(np.triu(scores, 1))
            for x, y in zip(xs.tolist(), ys.tolist()):
                a, b = keys[x], keys[y]
                if (a, b) in seen or self.find(a) == self.find(b):
                    continue
                seen.add((a, b))
                ua, ub = self.uses[a], self.uses[b]
                if not set(ua.articles).isdisjoint(ub.articles):
                    continue
                shared = self.shared_context(a, b)
                if len(shared) >= 2 or (ua.roles or set()) & (ub.roles or set()):
                    self._union(a, b)
                    self.fuzzy_pairs.append((a, b, shared))

    def context(self, key: str) -> set[str]:
        """Content words around a name's mentions. Computed when asked (for close spellings
        only): kept for every name of a large corpus, they took gigabytes."""
        words: set[str] = set()
        for st in self.uses[key].statements:
            for surface, _, start, end, _, k in names_of(st):
                if k == key:
                    window = st.text[max(0, start - 60) : start] + " " + st.text[end : end + 70]
                    words |= content_words(window) - content_words(surface) - _GENERIC
        return words

    def shared_context(self, a: str, b: str) -> set[str]:
        ua, ub = self.uses[a], self.uses[b]
        return (self.context(a) | (ua.roles or set())) & (self.context(b) | (ub.roles or set()))

    # -- queries ---------------------------------------------------------------
    def canonical(self, name: str) -> tuple[str, str]:
        """(entity key, display name) of a name; unknown names are their own entity."""
        key = name_key(name)
        if key not in self.parent:
            return key, name
        root = self.find(key)
        return root, self.display(root)

    def display(self, root: str) -> str:
        return self.uses[root].surface.most_common(1)[0][0]

    def entities(self) -> list[Entity]:
        groups: dict[str, list[str]] = defaultdict(list)
        for key in self.uses:
            groups[self.find(key)].append(key)
        out = []
        for root, keys in groups.items():
            surfaces: dict[str, set[str]] = defaultdict(set)
            labels: Counter = Counter()
            arts: set[str] = set()
            for k in keys:
                u = self.uses[k]
                labels.update(u.labels)
                arts.update(u.articles)
                name = u.surface.most_common(1)[0][0]
                surfaces[name].update(u.articles)
            out.append((root, surfaces, labels, arts))
        out.sort(key=lambda t: (-len(t[3]), t[0]))
        return [
            Entity(
                id=f"E{i + 1}",
                name=self.display(root),
                type=labels.most_common(1)[0][0],
                variants=[EntityVariant(name, sorted(a)) for name, a in sorted(surfaces.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
                articles=sorted(arts),
            )
            for i, (root, surfaces, labels, arts) in enumerate(out)
        ]

    def divergences(self) -> list[Divergence]:
        """One name divergence per entity whose spellings differ beyond case, accents and titles."""
        groups: dict[str, set[str]] = defaultdict(set)
        context: dict[str, set[str]] = defaultdict(set)
        for a, b, shared in self.fuzzy_pairs:
            root = self.find(a)
            groups[root] |= {a, b}
            context[root] |= shared
        out = []
        for root, keys in sorted(groups.items()):
            values = []
            for k in sorted(keys):
                u = self.uses[k]
                values.append(DivergenceValue(u.surface.most_common(1)[0][0], sorted(u.articles), [st.id for st in sorted(u.statements, key=lambda st: st.article)]))
            story = self.story_of.get(values[0].articles[0]) if values[0].articles else None
            # what makes the spellings one person, in words a reader can check: the role
            # the articles give (else the stems of the shared context)
            roles = Counter()
            for k in sorted(keys):  # sorted: ties between roles resolve the same in every run
                roles.update(sorted(self.uses[k].role_texts or ()))
            about = roles.most_common(1)[0][0] if roles else ", ".join(sorted(context[root])[:6])
            out.append(Divergence(id="", kind="name", about=f"{self.display(root)} ({about})", values=values, story=story))
        return out
