"""Clean: repair hard-wrapped lines, set aside furniture, foreign lines and repeats, with a trace.

Nothing is deleted silently: every line set aside becomes a `Removed` span (kind, offsets
into the document text, reason), so the report can show what was dropped and why.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from recoupe.clean.boilerplate import furniture
from recoupe.clean.language import detect, foreign_language
from recoupe.model import CleanDocument, Document, Line, Removed
from recoupe.settings import Settings

__all__ = ["clean", "normalise", "split_lines"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_OPENS_LOWER = re.compile(r"^[a-zà-öø-ÿœ]")
_ENDS_SENTENCE = (".", "!", "?", "…", ":", ";", "»", '"', "”", ")", "]")
_NOT_WORD = re.compile(r"[\W_]+")
_WRAP_MIN_WORDS = 4  # "Notification pour" / "guest" are widget labels, not a wrapped sentence
_NEAR = 95.0  # rapidfuzz ratio above which two normalised lines are one repeated line
_NEAR_MIN_CHARS = 30


def normalise(text: str) -> str:
    """Case, punctuation and spaces folded: the key under which repeats are compared."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, each mapped to its offsets in `text`."""
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group().rstrip("\r\n")
        stripped = raw.strip(" \t\u00a0\u200b\ufeff\f\v\u2028\u2029")
        if stripped:
            start = match.start() + raw.index(stripped)
            lines.append(Line(stripped, [(0, start, len(stripped))]))
    return lines


def _rejoin(lines: list[Line], max_chars: int) -> tuple[list[Line], int]:
    """Join a line that does not end a sentence with a following line that opens in lower case."""
    out: list[Line] = []
    joined = 0
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.text.endswith(_ENDS_SENTENCE)
            and len(prev.text.split()) >= _WRAP_MIN_WORDS
            and _OPENS_LOWER.match(line.text)
            and len(prev.text) + len(line.text) < max_chars
        ):
            offset = len(prev.text) + 1
            prev.pieces.extend((offset + local, orig, n) for local, orig, n in line.pieces)
            prev.text = f"{prev.text} {line.text}"
            joined += 1
        else:
            out.append(Line(line.text, list(line.pieces)))
    return out, joined


def _span(line: Line) -> tuple[int, int]:
    local, orig, n = line.pieces[-1]
    return line.pieces[0][1], orig + n


def clean(document: Document, settings: Settings | None = None) -> CleanDocument:
    """Clean one document. Pure: the same document and settings give the same result."""
    settings = settings or Settings()
    text = document.text
    removed: list[Removed] = []
    if len(text) > settings.max_article_chars:
        cut = settings.max_article_chars
        removed.append(Removed("truncated", cut, len(text), text[cut : cut + 200], f"article longer than max_article_chars={settings.max_article_chars:,}"))
        document.warnings.append(f"{document.path}: text truncated at max_article_chars={settings.max_article_chars:,} characters")
        text = text[:cut]
    raw = split_lines(text)
    lines, rejoined = _rejoin(raw, settings.max_line_chars)

    language, _ = detect(" ".join(line.text for line in lines[:40]), settings.languages) if lines else (None, 0.0)
    language = language or settings.language

    title_key = normalise(document.title or "")
    body_start = 1 if lines and title_key and normalise(lines[0].text) == title_key else 0

    verdict: dict[int, tuple[str, str]] = {}
    for i in range(body_start, len(lines)):
        foreign = foreign_language(lines[i].text, language, settings.languages)
        if foreign:
            verdict[i] = ("foreign", f"line in another language ({foreign})")
    body = lines[body_start:]
    aside = frozenset(i - body_start for i in verdict)
    for i, reason in furniture([line.text for line in body], aside).items():
        verdict[i + body_start] = ("boilerplate", reason)

    seen: dict[str, int] = {title_key: -1} if title_key else {}
    kept_keys: list[tuple[str, int]] = []
    for i in range(body_start, len(lines)):
        if i in verdict:
            continue
        key = normalise(lines[i].text)
        if not key:
            continue
        first = seen.get(key)
        if first is None and len(key) >= _NEAR_MIN_CHARS:
            first = next(
                (j for k, j in kept_keys if abs(len(k) - len(key)) <= len(key) * 0.1 and fuzz.ratio(k, key) >= _NEAR),
                None,
            )
        if first is not None:
            where = "the title" if first == -1 else f"line {text.count(chr(10), 0, lines[first].pieces[0][1]) + 1}"
            verdict[i] = ("duplicate", f"repeats {where}")
            continue
        seen[key] = i
        kept_keys.append((key, i))

    kept = []
    for i, line in enumerate(lines):
        if i < body_start:
            continue
        if i in verdict:
            kind, reason = verdict[i]
            start, end = _span(line)
            removed.append(Removed(kind, start, end, line.text, reason))
        else:
            kept.append(line)
    removed.sort(key=lambda r: r.start)
    return CleanDocument(document, document.title, kept, removed, language, rejoined)
