"""Interface strings of the HTML report, in French and English.

A new interface language is a new entry in `STRINGS` (same keys) plus tests. Plural
forms are given as "singular|plural"; `Texts.n` picks one by count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport recoupe",
        "subtitle": "Qui affirme quoi, sur la foi de qui, avec combien d'origines indépendantes",
        "article": "article|articles",
        "story": "événement|événements",
        "claim": "affirmation|affirmations",
        "divergence": "divergence|divergences",
        "skipped_n": "fichier ignoré|fichiers ignorés",
        "statement": "phrase|phrases",
        "origin": "origine indépendante|origines indépendantes",
        "origin_short": "origine|origines",
        "outlet": "média|médias",
        "stories": "Événements",
        "claims": "Affirmations, classées par origines indépendantes",
        "divergences": "Divergences",
        "timeline": "Chronologie",
        "graph": "Graphe des sources",
        "graph_help": "Origines → médias qui relaient → articles. L'épaisseur d'un lien compte les phrases.",
        "entities": "Entités et variantes d'écriture",
        "articles": "Articles",
        "skipped": "Fichiers ignorés",
        "no_stories": "Aucun événement n'a été relié : les affirmations, divergences et chronologies apparaissent une fois la mise en relation faite. Les articles analysés sont listés plus bas.",
        "no_claims": "Aucune affirmation relevée pour cet événement.",
        "no_divergences": "Aucune divergence relevée.",
        "no_timeline": "Aucune date relevée.",
        "no_entities": "Aucune entité relevée.",
        "no_articles": "Aucun article.",
        "other": "Hors événement",
        "filter": "Filtrer",
        "filter_placeholder": "texte, entité, média…",
        "all_entities": "toutes les entités",
        "all_outlets": "tous les médias",
        "sort": "Trier",
        "sort_origins": "par origines",
        "sort_articles": "par nombre d'articles",
        "sort_outlets": "par nombre de médias",
        "sort_flags": "contestées et non confirmées d'abord",
        "sort_text": "par ordre alphabétique",
        "expand_all": "Tout déplier",
        "collapse_all": "Tout replier",
        "shown": "affichés",
        "no_match": "Aucun élément ne correspond au filtre.",
        "badge_single": "une seule origine",
        "badge_hedged": "non confirmé",
        "badge_contested": "contesté",
        "badge_hedged_help": "au conditionnel ou avec une formule de prudence dans toutes les phrases",
        "badge_single_help": "tous les articles remontent à la même origine",
        "badge_contested_help": "une divergence porte sur ces phrases",
        "origins": "Origines",
        "statements": "Phrases",
        "speaker": "Locuteur",
        "cue": "Formule",
        "cited": "Médias cités",
        "via": "Relayé par",
        "direct": "citation directe",
        "reported": "discours rapporté",
        "unattributed": "non attribuée",
        "hedge_cues": "Marques de prudence",
        "published": "Publication",
        "dates": "Dates",
        "unknown_dates": "dates de publication inconnues",
        "languages": "Langues",
        "outlets": "Médias",
        "cited_outlets": "Médias cités",
        "unknown_outlet": "média inconnu",
        "copies": "Quasi-doublons",
        "value": "Valeur",
        "kind_name": "nom",
        "kind_number": "nombre",
        "kind_date": "date",
        "no_year": "Dates sans année",
        "year_guess": "année supposée",
        "signals": "Indicateurs",
        "sig_statements": "phrases",
        "sig_hedged_share": "au conditionnel / prudentes",
        "sig_attributed_share": "attribuées",
        "sig_unattributed_share": "non attribuées",
        "sig_duplicate_share": "lignes répétées",
        "sig_boilerplate_share": "gabarit, commentaires",
        "sig_foreign_share": "langue étrangère",
        "cleaning": "Ce que le nettoyage a retiré, et pourquoi",
        "removed_none": "Rien n'a été retiré.",
        "rm_duplicate": "ligne répétée",
        "rm_boilerplate": "gabarit ou commentaires",
        "rm_foreign": "langue étrangère",
        "rm_truncated": "tronqué",
        "dup_lines": "lignes répétées",
        "boiler_lines": "lignes de gabarit",
        "foreign_lines": "lignes en langue étrangère",
        "warnings": "Avertissements",
        "show_statements": "Phrases analysées",
        "other_statements": "Phrases hors affirmations",
        "source": "Source",
        "file": "Fichier",
        "reason": "Raison",
        "type": "Type",
        "name": "Nom",
        "variants": "Variantes",
        "type_PER": "personne",
        "type_ORG": "organisation",
        "type_LOC": "lieu",
        "type_MISC": "divers",
        "kind_person": "personne",
        "kind_anonymous": "source anonyme",
        "kind_body": "institution",
        "kind_outlet": "média",
        "kind_article": "l'article lui-même (média inconnu)",
        "kind_unknown": "non précisé",
        "more": "et {n} de plus",
        "generated": "Produit par {tool} {version} · schéma {schema} · fichier autonome, sans accès réseau",
        "contents": "Sommaire",
        "event": "Événement",
        "in_articles": "dans",
        "untitled": "(sans titre)",
        "timeline_help": "Chaque numéro renvoie à la liste ci-dessous. Un cercle creux : année déduite des autres dates.",
        "print": "Imprimer",
    },
    "en": {
        "title": "recoupe report",
        "subtitle": "Who claims what, on whose authority, with how many independent origins",
        "article": "article|articles",
        "story": "story|stories",
        "claim": "claim|claims",
        "divergence": "divergence|divergences",
        "skipped_n": "skipped input|skipped inputs",
        "statement": "sentence|sentences",
        "origin": "independent origin|independent origins",
        "origin_short": "origin|origins",
        "outlet": "outlet|outlets",
        "stories": "Stories",
        "claims": "Claims, ranked by independent origins",
        "divergences": "Divergences",
        "timeline": "Timeline",
        "graph": "Source graph",
        "graph_help": "Origins → relaying outlets → articles. Link width counts sentences.",
        "entities": "Entities and spelling variants",
        "articles": "Articles",
        "skipped": "Skipped inputs",
        "no_stories": "No story was linked: claims, divergences and timelines appear once linking has run. The analysed articles are listed below.",
        "no_claims": "No claim found for this story.",
        "no_divergences": "No divergence found.",
        "no_timeline": "No date found.",
        "no_entities": "No entity found.",
        "no_articles": "No article.",
        "other": "Outside any story",
        "filter": "Filter",
        "filter_placeholder": "text, entity, outlet…",
        "all_entities": "all entities",
        "all_outlets": "all outlets",
        "sort": "Sort",
        "sort_origins": "by origins",
        "sort_articles": "by number of articles",
        "sort_outlets": "by number of outlets",
        "sort_flags": "contested and unconfirmed first",
        "sort_text": "alphabetically",
        "expand_all": "Expand all",
        "collapse_all": "Collapse all",
        "shown": "shown",
        "no_match": "Nothing matches the filter.",
        "badge_single": "single origin",
        "badge_hedged": "unconfirmed",
        "badge_contested": "contested",
        "badge_hedged_help": "conditional mood or hedging in every sentence",
        "badge_single_help": "every article traces back to the same origin",
        "badge_contested_help": "a divergence concerns these sentences",
        "origins": "Origins",
        "statements": "Sentences",
        "speaker": "Speaker",
        "cue": "Cue",
        "cited": "Cited outlets",
        "via": "Relayed by",
        "direct": "direct quote",
        "reported": "reported speech",
        "unattributed": "unattributed",
        "hedge_cues": "Hedge cues",
        "published": "Published",
        "dates": "Dates",
        "unknown_dates": "publication dates unknown",
        "languages": "Languages",
        "outlets": "Outlets",
        "cited_outlets": "Cited outlets",
        "unknown_outlet": "unknown outlet",
        "copies": "Near-duplicates",
        "value": "Value",
        "kind_name": "name",
        "kind_number": "number",
        "kind_date": "date",
        "no_year": "Dates without a year",
        "year_guess": "year inferred",
        "signals": "Signals",
        "sig_statements": "sentences",
        "sig_hedged_share": "hedged / conditional",
        "sig_attributed_share": "attributed",
        "sig_unattributed_share": "unattributed",
        "sig_duplicate_share": "repeated lines",
        "sig_boilerplate_share": "boilerplate, comments",
        "sig_foreign_share": "foreign language",
        "cleaning": "What cleaning removed, and why",
        "removed_none": "Nothing was removed.",
        "rm_duplicate": "repeated line",
        "rm_boilerplate": "boilerplate or comments",
        "rm_foreign": "foreign language",
        "rm_truncated": "truncated",
        "dup_lines": "repeated lines",
        "boiler_lines": "boilerplate lines",
        "foreign_lines": "foreign-language lines",
        "warnings": "Warnings",
        "show_statements": "Analysed sentences",
        "other_statements": "Sentences outside any claim",
        "source": "Source",
        "file": "File",
        "reason": "Reason",
        "type": "Type",
        "name": "Name",
        "variants": "Variants",
        "type_PER": "person",
        "type_ORG": "organisation",
        "type_LOC": "place",
        "type_MISC": "other",
        "kind_person": "person",
        "kind_anonymous": "anonymous source",
        "kind_body": "institution",
        "kind_outlet": "outlet",
        "kind_article": "the article itself (outlet unknown)",
        "kind_unknown": "unspecified",
        "more": "and {n} more",
        "generated": "Made by {tool} {version} · schema {schema} · self-contained file, no network access",
        "contents": "Contents",
        "event": "Story",
        "in_articles": "in",
        "untitled": "(untitled)",
        "timeline_help": "Each number refers to the list below. A hollow circle: year inferred from the other dates.",
        "print": "Print",
    },
}

LANGUAGES = tuple(STRINGS)

# Why a span was set aside: the cleaner and the analyzer write the reason in English (the
# JSON keeps it so); a report in another language shows it through these patterns.
REASONS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "fr": [(re.compile(p), t) for p, t in [
        (r"repeats the title", "répète le titre"),
        (r"repeats line (?P<n>\d+)", "répète la ligne {n}"),
        (r"repeats sentence (?P<n>\d+) of the article", "répète la phrase {n} de l'article"),
        (r"line in another language \((?P<lang>[^)]*)\)", "ligne dans une autre langue ({lang})"),
        (r"comment section", "section des commentaires"),
        (r"widget block before the comment section", "bloc de modules avant les commentaires"),
        (r"trailing page scrap", "reste de page après le dernier paragraphe"),
        (r"widget line", "module de la page (lien, encart)"),
        (r"credit line", "crédit (photo, auteur, agence)"),
        (r"share line", "bouton de partage"),
        (r"navigation line", "navigation du site"),
        (r"not prose: (?P<run>[\d,]+) characters without a space, over max_token_chars=(?P<n>[\d,]+)",
         "pas de la prose : {run} caractères sans espace, au-delà de max_token_chars={n}"),
        (r"article longer than max_article_chars=(?P<n>[\d,]+)", "article plus long que max_article_chars={n}"),
        (r"more than max_sentences=(?P<n>[\d,]+) sentences", "plus de max_sentences={n} phrases"),
    ]],
}


def report_language(data: Mapping[str, Any], lang: str | None = None) -> str:
    """The interface language: as asked, else French when at least half the articles are French (or none is known), else English."""
    if lang:
        lang = lang.lower()
        if lang in STRINGS:
            return lang
        raise ValueError(f"unknown report language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    langs = [a.get("language") for a in data.get("articles", [])]
    known = [x for x in langs if x]
    if not known:
        return "fr"
    return "fr" if known.count("fr") * 2 >= len(known) else "en"


class Texts:
    """Interface strings of one language: `t["key"]`, `t.n("article", 3)`, `t.f("more", n=2)`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._s = STRINGS[lang]

    def __getitem__(self, key: str) -> str:
        return self._s.get(key, key).split("|")[0] if "|" in self._s.get(key, "") else self._s.get(key, key)

    def n(self, key: str, count: int | float) -> str:
        """`count` and the word in the right number: "3 articles", "1 article"."""
        forms = self._s.get(key, key).split("|")
        one = count == 1 or (self.lang == "fr" and count == 0)
        word = forms[0] if one or len(forms) == 1 else forms[1]
        return f"{count:g} {word}" if isinstance(count, float) else f"{count} {word}"

    def word(self, key: str, count: int) -> str:
        """The word alone, in the right number."""
        return self.n(key, count).split(" ", 1)[1]

    def f(self, key: str, **kwargs: Any) -> str:
        return self._s.get(key, key).format(**kwargs)

    def reason(self, text: str) -> str:
        """A cleaning or analysis reason in this language (as written when no pattern fits)."""
        for pattern, template in REASONS.get(self.lang, []):
            m = pattern.fullmatch(text)
            if m:
                return template.format(**m.groupdict())
        return text

    def all(self) -> dict[str, str]:
        return dict(self._s)
