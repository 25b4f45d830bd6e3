"""Origins: the first-known source behind a statement, normalised so one source counts once.

The origin is the end of the attribution chain: the person or body speaking, an
anonymous source ("un haut responsable américain"), the outlet whose own reporting it
is, or — for an unattributed sentence — the article's outlet; when the outlet is unknown
the article itself is the origin (kind "article", named by its id), not a made-up outlet. Keys make two descriptions one origin: named people go through the entity
index ("M. Sullivan" = "Jake Sullivan"); anonymous sources are keyed by their
affiliation only ("un haut responsable américain" relayed by CNN and by the Guardian is
one origin), and within a claim anonymous sources that cannot be told apart are merged.
"""

from __future__ import annotations

import re

from recoupe.link.entities import EntityIndex, name_key
from recoupe.link.similarity import content_words, fold
from recoupe.model import Article, Origin, Statement

__all__ = ["origin_of", "merge_origins", "anonymous_source"]

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


def anonymous_source(text: str) -> tuple[str, str] | None:
    """(description, affiliation key) of an anonymous source named in `text`, if any."""
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
        affiliation = content_words(" ".join(tail)) - _RANKS
        # plural and feminine forms share a stem: "américains" / "américaine" → "americ"
        return desc, ",".join(sorted(w[:6] for w in affiliation))
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
    anon = anonymous_source(st.text)
    if anon or (att and kind == "anonymous" and _valid_speaker(att.speaker)):
        if anon is None:
            anon = anonymous_source(att.speaker or "") or (att.speaker or "source anonyme", "")
        desc, affiliation = anon
        return Origin(key="anonymous:" + affiliation, name=desc, kind="anonymous", statements=[st.id])
    if att and _valid_speaker(att.speaker) and kind in ("body", "outlet"):
        name = re.sub(r"^(?:le|la|les|l['’]|the)\s+", "", att.speaker.strip(), flags=re.I)
        if kind == "outlet":
            return Origin(key="outlet:" + name_key(name), name=name, kind="outlet", statements=[st.id])
        key, display = entities.canonical(name) if entities else (name_key(name), name)
        return Origin(key="body:" + key, name=display, kind="body", statements=[st.id])
    if att and att.outlets:
        name = att.outlets[0]
        return Origin(key="outlet:" + name_key(name), name=name, kind="outlet", statements=[st.id])
    if article.outlet:
        return Origin(key="outlet:" + name_key(article.outlet), name=article.outlet, kind="outlet", statements=[st.id])
    return Origin(key="article:" + article.id, name=article.id, kind="article", statements=[st.id])


def merge_origins(origins: list[Origin]) -> list[Origin]:
    """Distinct origins of a claim: same key once; anonymous sources merged unless their affiliations differ."""
    by_key: dict[str, Origin] = {}
    for o in origins:
        if o.key in by_key:
            by_key[o.key].statements.extend(s for s in o.statements if s not in by_key[o.key].statements)
        else:
            by_key[o.key] = Origin(o.key, o.name, o.kind, list(o.statements))
    anon = [o for o in by_key.values() if o.kind == "anonymous"]
    others = [o for o in by_key.values() if o.kind != "anonymous"]
    merged: list[Origin] = []
    for o in sorted(anon, key=lambda o: (-len(o.key), o.key)):
        aff = set(filter(None, o.key.split(":", 1)[1].split(",")))
        for m in merged:
            maff = set(filter(None, m.key.split(":", 1)[1].split(",")))
            if not aff or not maff or aff & maff:
                m.statements.extend(s for s in o.statements if s not in m.statements)
                break
        else:
            merged.append(o)
    return sorted(others + merged, key=lambda o: (-len(o.statements), o.key))
