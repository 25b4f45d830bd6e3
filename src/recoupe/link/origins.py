"""Origins: the first-known source behind a statement, normalised so one source counts once.

The origin is the end of the attribution chain: the person or body speaking, an
anonymous source ("un haut responsable américain"), the outlet whose own reporting it
is, or — for an unattributed sentence — the article's outlet; when the outlet is unknown
the article itself is the origin (kind "article", named by its id), not a made-up outlet. Keys make two descriptions one origin: named people go through the entity
index ("M. Sullivan" = "Jake Sullivan"); anonymous sources are keyed by their
affiliation only ("un haut responsable américain" relayed by CNN and by the Guardian is
one origin), and within a claim anonymous sources that cannot be told apart are merged.
A country and the sources that speak for it are one origin: a body named by the country,
its capital or its seat of government ("les États-Unis", "Washington", "la Maison
Blanche") and an anonymous source affiliated by demonym ("des officiels américains") all
key to the country (per-language data in `lexicons/<lang>/places.json`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from recoupe import lexicons
from recoupe.link.entities import EntityIndex, name_key
from recoupe.link.similarity import content_words, fold
from recoupe.model import Article, Origin, Statement

__all__ = ["origin_of", "merge_origins", "anonymous_source", "place_of"]

_ANON = re.compile(
    r"\b(?:un|une|des|deux|trois|plusieurs|certains|certaines|de|d['’]|selon)\s+"
    r"(?:(?:hauts?|hautes?|haut-|autres?|ancien|anciens|proches?)\s+)?"
    r"(responsables?|officiels?|sources?|diplomates?|fonctionnaires?|membres?|conseillers?|agents?|"
    r"enquêteurs?|militaires?|cadres?|diplomatiques|proches?)\b"
    r"((?:[\s,]+(?:de|du|des|d['’]|de la|de l['’]|la|le|l['’]|au sein de|à la|au)?\s*[^\s,.;:«»\"]+){0,4})",
    re.I,
)
_ANONYMITY = re.compile(r"sous couvert d['’]anonymat|ayant requis l['’]anonymat|s['’]exprimant anonymement", re.I)
_STOP_AFTER = {"a", "à", "au", "aux", "sous", "qui", "cité", "citée", "cités", "selon", "dans", "sur", "ont", "ayant", "a-t-il", "avait", "est", "sont", "interrogé", "interrogée", "pour", "et", "que", "qu"}
_RANKS = content_words("haut hauts responsable responsables officiel officiels source sources proche proches anonymat couvert membre membres ancien")
_JUNK_SPEAKERS = {"qui", "t", "t-il", "t-elle", "il", "elle", "ils", "elles", "nous", "on", "je", "j", "vous", "ce", "cela", "celui", "celle", "lui"}


@lru_cache(maxsize=None)
def _places(lang: str) -> dict[str, str]:
    """Folded demonym or metonym → the country's display name."""
    if lang not in lexicons.available("places.json"):
        return {}
    table = lexicons.load(lang, "places.json")
    return {name_key(form): country for country, forms in table.items() if not country.startswith("_") for form in forms}


def place_of(name: str, lang: str = "fr") -> str | None:
    """The country a speaker name stands for ("Pékin", "les Américains" → "Chine", "États-Unis"), if any."""
    return _places(lang).get(name_key(name))


def anonymous_source(text: str, lang: str = "fr") -> tuple[str, str] | None:
    """(description, affiliation key) of an anonymous source named in `text`, if any.

    A demonym in the affiliation becomes its country's key ("américain" → "etats-unis"), the
    key a body speaking for that country has too."""
    m = _ANON.search(text)
    if m:
        tail = []
        for w in re.split(r"(\s+|,)", m.group(2)):
            ww = w.strip().lower()
            if not ww:
                continue
            if ww == "," or ww in _STOP_AFTER:
                break
            tail.append(w.strip())
        desc = (m.group(0)[: m.start(2) - m.start(0)] + " " + " ".join(tail)).strip()
        # the longest place phrase ending the tail ("proche de la Maison Blanche"), then demonyms
        cut = next((k for k in range(len(tail)) if place_of(" ".join(tail[k:]), lang)), len(tail))
        words = [(w, place_of(w, lang)) for w in tail[:cut]]
        countries = {name_key(c) for c in [place_of(" ".join(tail[cut:]), lang)] + [p for _, p in words] if c}
        rest = " ".join(w for w, p in words if not p)
        # plural and feminine forms share a stem: "militaires" / "militaire" → "milita"
        affiliation = countries | {w[:6] for w in content_words(rest) - _RANKS}
        return desc, ",".join(sorted(affiliation))
    if _ANONYMITY.search(text):
        return "source anonyme", ""
    return None


def _valid_speaker(speaker: str | None) -> bool:
    if not speaker:
        return False
    s = fold(speaker).strip(" ,.;:'\"")
    # long phrases and phrases with digits are parse accidents, not speakers
    return len(s) > 1 and s not in _JUNK_SPEAKERS and not s.startswith(("mais ", "qui ")) and len(s.split()) <= 8 and not any(c.isdigit() for c in s)


def origin_of(st: Statement, article: Article, entities: EntityIndex | None = None) -> Origin:
    """The first-known source of one statement."""
    att = st.attribution
    kind = att.speaker_kind if att else None
    if att and _valid_speaker(att.speaker) and kind == "person":
        key, name = entities.canonical(att.speaker) if entities else (name_key(att.speaker), att.speaker)
        return Origin(key="person:" + key, name=name, kind="person", statements=[st.id])
    lang = article.language or "fr"
    anon = anonymous_source(st.text, lang)
    if anon or (att and kind == "anonymous" and _valid_speaker(att.speaker)):
        if anon is None:
            anon = anonymous_source(att.speaker or "", lang) or (att.speaker or "source anonyme", "")
        desc, affiliation = anon
        return Origin(key="anonymous:" + affiliation, name=desc, kind="anonymous", statements=[st.id])
    if att and _valid_speaker(att.speaker) and kind in ("body", "outlet"):
        name = re.sub(r"^(?:le|la|les|l['’]|the)\s+", "", att.speaker.strip(), flags=re.I)
        if kind == "outlet":
            return Origin(key="outlet:" + name_key(name), name=name, kind="outlet", statements=[st.id])
        country = place_of(name, lang)
        if country:
            return Origin(key="body:" + name_key(country), name=country, kind="body", statements=[st.id])
        key, display = entities.canonical(name) if entities else (name_key(name), name)
        return Origin(key="body:" + key, name=display, kind="body", statements=[st.id])
    if att and att.outlets:
        name = att.outlets[0]
        return Origin(key="outlet:" + name_key(name), name=name, kind="outlet", statements=[st.id])
    if article.outlet:
        return Origin(key="outlet:" + name_key(article.outlet), name=article.outlet, kind="outlet", statements=[st.id])
    return Origin(key="article:" + article.id, name=article.id, kind="article", statements=[st.id])


def _absorb(into: Origin, other: Origin) -> None:
    into.statements.extend(s for s in other.statements if s not in into.statements)


def _affiliation(origin: Origin) -> set[str]:
    """The affiliation words of an anonymous origin's key ("anonymous:etats-unis,milita")."""
    return set(filter(None, origin.key.split(":", 1)[1].split(",")))


def merge_origins(origins: list[Origin]) -> list[Origin]:
    """Distinct origins of a claim: same key once; an anonymous source joins the body it is
    affiliated to (a country: "un responsable américain" → "États-Unis"); other anonymous
    sources are merged unless their affiliations differ."""
    by_key: dict[str, Origin] = {}
    for o in origins:
        if o.key in by_key:
            _absorb(by_key[o.key], o)
        else:
            by_key[o.key] = Origin(o.key, o.name, o.kind, list(o.statements))
    anon = [o for o in by_key.values() if o.kind == "anonymous"]
    others = [o for o in by_key.values() if o.kind != "anonymous"]
    bodies = {o.key.split(":", 1)[1]: o for o in others if o.kind == "body"}
    merged: list[Origin] = []
    for o in sorted(anon, key=lambda o: (-len(o.key), o.key)):
        aff = _affiliation(o)
        body = next((bodies[a] for a in sorted(aff) if a in bodies), None)
        if body is not None:
            if o.name not in body.name:
                body.name = f"{body.name} ({o.name})" if "(" not in body.name else body.name[:-1] + f", {o.name})"
            _absorb(body, o)
            continue
        for m in merged:
            maff = _affiliation(m)
            if not aff or not maff or aff & maff:
                _absorb(m, o)
                break
        else:
            merged.append(o)
    return sorted(others + merged, key=lambda o: (-len(o.statements), o.key))
