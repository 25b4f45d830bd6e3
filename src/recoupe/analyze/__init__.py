"""Analyze: one spaCy pass per article → `Statement`s with attribution, hedging, entities, dates, amounts.

A pure function of the cleaned document, so articles can be analysed in any order, in
parallel, or on a cluster.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc

from recoupe.analyze.attribution import acronym_map
from recoupe.analyze.measures import find_amounts, find_dates
from recoupe.analyze.pipeline import load_pipeline
from recoupe.clean import normalise
from recoupe.lexicons import load
from recoupe.model import Article, CleanDocument, Mention, Removed, Statement
from recoupe.settings import Settings

__all__ = ["analyze_clean", "analyze_many", "normalise_name"]

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
_DETERMINER = re.compile(r"^(?:(?:le|la|les)\s+|l['’])", re.I)
_TITLES = re.compile(
    r"^(?:(?:le|la|l['’]|les)\s+)?(?:m\.|mme|mlle|mr|dr|pr|me|monsieur|madame|président(?:e)?|premier ministre|ministre|porte-parole|général|colonel|sénateur|député(?:e)?|maire|secrétaire général|chancelier|roi|reine|prince|pape|cheikh|juge|professeur|docteur)\s+",
    re.I,
)


def normalise_name(name: str) -> str:
    """A name with titles and articles stripped: "M. Sullivan" → "Sullivan"."""
    name = " ".join(name.split()).strip(" ,.;:«»\"“”'’")
    previous = None
    while previous != name:
        previous = name
        name = _TITLES.sub("", name)
    return name


def _doc_text(clean: CleanDocument) -> tuple[str, list[int]]:
    starts, pos = [], 0
    for line in clean.lines:
        starts.append(pos)
        pos += len(line.text) + 1
    return "\n".join(line.text for line in clean.lines), starts


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> frozenset[str]:
    """Nationality words that are not also the name of a place ("suisse" is both: kept a place)."""
    places = {name.lower() for key, forms in load(lang, "places.json").items() if key != "_doc" for name in [key, *forms] if name[:1].isupper()}
    return frozenset(load(lang, "reporting_verbs.json").get("demonyms", [])) - places


def _is_demonym(name: str, lang: str) -> bool:
    """A nationality the model tags as a place: "Colombiens", "Française", "Franco-Colombienne"."""
    *prefixes, last = re.split(r"[-\s]+", name.lower())
    demonyms = _demonyms(lang)
    return (last in demonyms or last[:-1] in demonyms and last.endswith("s")) and all(p.endswith("o") for p in prefixes)


def _entities(sent, offset: int, text: str, lang: str, acronyms: tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None) -> list[Mention]:
    """The model's named entities of a sentence, and the acronyms its article spells out.

    Nationalities the model tags as places are not places (MISC: they still tell a story's
    subject from another's). An acronym the article spells out
    ("les Forces armées révolutionnaires de Colombie (Farc)") is an organisation whatever the
    model said (it often takes "Farc" for a place, or misses it), and carries its full name
    as `norm`, which lets the entity index join it to the full name across articles."""
    ents = []
    for e in sent.ents:
        # an entity the model ran across a line break is clipped to its statement
        a, b = max(0, e.start_char - offset), min(len(text), e.end_char - offset)
        name = text[a:b].strip()
        label = _LABELS.get(e.label_, "MISC")
        if name:
            a += text[a:b].index(name)
            label = "MISC" if label == "LOC" and _is_demonym(name, lang) else label
            ents.append(Mention(name, label, a, a + len(name), normalise_name(name)))
    if acronyms is not None:
        pattern, by_folded = acronyms
        for m in pattern.finditer(text):
            acronym, full = by_folded[m.group().lower()]
            # other casings of a long acronym are the same name ("FARC", "Farc"); "CE" is not "Ce"
            if not m.group()[0].isupper() or len(acronym) < 4 and m.group() != acronym:
                continue
            hit = next((x for x in ents if x.start < m.end() and m.start() < x.end), None)
            if hit is None:
                ents.append(Mention(m.group(), "ORG", m.start(), m.end(), full))
            elif hit.text == m.group():
                hit.label, hit.norm = "ORG", full
    return sorted(ents, key=lambda x: x.start)


def _acronym_pattern(text: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None:
    """One pattern for all the acronyms an article spells out, and for each casing the
    acronym and its full name (without determiner)."""
    spelled = {acr: _DETERMINER.sub("", full) for acr, full in acronym_map(text).items()}
    if not spelled:
        return None
    words = "|".join(re.escape(a) for a in sorted(spelled, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I), {a.lower(): (a, spelled[a]) for a in sorted(spelled)}


def _statements(clean: CleanDocument, doc: Doc, starts: list[int], settings: Settings) -> tuple[list[Statement], list[Removed]]:
    art = clean.document
    statements: list[Statement] = []
    removed: list[Removed] = []
    seen: dict[str, int] = {}
    acronyms = _acronym_pattern(doc.text)
    for sent in doc.sents:
        text = sent.text.strip()
        if not any(ch.isalnum() for ch in text):
            continue
        a = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        li = bisect_right(starts, a) - 1
        line = clean.lines[li]
        start = line.source_offset(a - starts[li])
        end = line.source_offset(a - starts[li] + len(text) - 1) + 1
        key = normalise(text)
        if key in seen and len(key) > 20:
            removed.append(Removed("duplicate", start, end, text, f"repeats sentence {seen[key] + 1} of the article"))
            continue
        if len(statements) >= settings.max_sentences:
            removed.append(Removed("truncated", start, len(art.text), text, f"more than max_sentences={settings.max_sentences:,} sentences"))
            art.warnings.append(f"{art.path}: analysis stopped at max_sentences={settings.max_sentences:,}")
            break
        seen[key] = len(statements)
        offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        ents = _entities(sent, offset, text, settings.language, acronyms)
        tokens = {t.idx - offset: (t.pos_, t.lemma_) for t in sent}
        dates = find_dates(text, art.published, settings.language, tokens)
        st = Statement(
            id=f"{art.id}:{len(statements)}",
            article=art.id,
            index=len(statements),
            text=text,
            start=start,
            end=end,
            hedged=bool(sent._.hedge_cues),
            hedge_cues=list(sent._.hedge_cues or []),
            attribution=sent._.attribution,
            entities=ents,
            amounts=find_amounts(text, settings.language, dates, tokens),
            dates=dates,
        )
        statements.append(st)
    return statements, removed


def analyze_many(cleaned: Iterable[CleanDocument], settings: Settings | None = None, batch_size: int = 16) -> Iterator[Article]:
    """Articles from cleaned documents, through one spaCy pass each (batched with nlp.pipe)."""
    settings = settings or Settings()
    nlp = load_pipeline(settings.model, settings.language)
    items = list(cleaned)
    texts = [_doc_text(c) for c in items]
    docs = nlp.pipe((t for t, _ in texts), batch_size=batch_size)
    for clean, (_, starts), doc in zip(items, texts, docs):
        statements, removed = _statements(clean, doc, starts, settings)
        art = clean.document
        yield Article(
            id=art.id,
            path=art.path,
            title=clean.title,
            language=clean.language,
            published=art.published,
            outlet=art.outlet,
            url=art.url,
            statements=statements,
            removed=sorted(clean.removed + removed, key=lambda r: r.start),
            warnings=list(art.warnings),
        )


def analyze_clean(clean: CleanDocument, settings: Settings | None = None) -> Article:
    """One article from one cleaned document."""
    return next(analyze_many([clean], settings))
