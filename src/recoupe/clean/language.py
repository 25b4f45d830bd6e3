"""Language identification with lingua, restricted to the configured languages, loaded once."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

_MIN_LETTERS = 20
_MIN_WORDS = 4
_CONFIDENCE = 0.80


@lru_cache(maxsize=8)
def detector(languages: tuple[str, ...]) -> LanguageDetector:
    """One detector per set of languages for the whole process."""
    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def dominant_script(text: str) -> str | None:
    """The Unicode script most letters of `text` belong to (LATIN, HEBREW, CYRILLIC…)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def detect(text: str, languages: tuple[str, ...]) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of the most likely language, or (None, 0.0)."""
    values = detector(languages).compute_language_confidence_values(text[:3000])
    if not values:
        return None, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), top.value


def foreign_language(line: str, article_language: str, languages: tuple[str, ...]) -> str | None:
    """The language of `line` when it is confidently not the article's, else None.

    Short lines (names, widget labels) are left alone: language ID is unreliable on them.
    """
    letters = sum(ch.isalpha() for ch in line)
    if letters < 4:
        return None
    script = dominant_script(line)
    if script and script != "LATIN" and article_language in _LATIN_LANGUAGES:
        code, _ = detect(line, languages)
        return code if code and code != article_language else script.lower()
    if letters < _MIN_LETTERS or len(line.split()) < _MIN_WORDS:
        return None
    code, confidence = detect(line, languages)
    if code and code != article_language and confidence >= _CONFIDENCE:
        return code
    return None


_LATIN_LANGUAGES = {"fr", "en", "de", "es", "it", "pt", "nl"}
