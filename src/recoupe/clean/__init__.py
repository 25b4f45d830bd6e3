"""Clean: repair hard-wrapped lines, set aside furniture, foreign lines and repeats, with a trace.

Nothing is deleted silently: every line set aside becomes a `Removed` span (kind, offsets
into the document text, reason), so the report can show what was dropped and why.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

from recoupe.clean.boilerplate import furniture
from recoupe.clean.language import detect, foreign_language
from recoupe.ingest.limits import scrub
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
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def normalise(text: str) -> str:
    """Case, punctuation and spaces folded: the key under which repeats are compared."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped, each mapped to its offsets in `text`."""
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group().rstrip("\r\n")
        stripped = raw.strip().strip(_INVISIBLE).strip()  # every Unicode space, then zero-width marks
        if stripped:
            start = match.start() + raw.index(stripped)
            lines.append(Line(stripped, [(0, start, len(stripped))]))
    return lines


def _cut_long(lines: list[Line], max_chars: int) -> list[Line]:
    """Lines longer than `max_chars` cut at spaces into pieces no longer than that.

    Nothing is dropped and every piece keeps its offsets; a piece with no space in
    `max_chars` characters is cut where the limit falls.
    """
    if max_chars <= 0 or all(len(line.text) <= max_chars for line in lines):
        return lines
    out: list[Line] = []
    for line in lines:
        text, origin = line.text, line.pieces[0][1]  # split_lines gives one piece per line
        pos = 0
        while len(text) - pos > max_chars:
            cut = text.rfind(" ", pos + 1, pos + max_chars + 1)
            cut = cut if cut > pos else pos + max_chars
            piece = text[pos:cut].strip()
            if piece:
                first = pos + text[pos:cut].index(piece)
                out.append(Line(piece, [(0, origin + first, len(piece))]))
            pos = cut
            while pos < len(text) and text[pos].isspace():
                pos += 1
        rest = text[pos:].strip()
        if rest:
            first = pos + text[pos:].index(rest)
            out.append(Line(rest, [(0, origin + first, len(rest))]))
    return out


def _longest_run(text: str) -> int:
    return max(map(len, text.split()), default=0)


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
    text = scrub(document.text)  # lone surrogates → U+FFFD, same length: offsets hold
    removed: list[Removed] = []
    if len(text) > settings.max_article_chars:
        cut = settings.max_article_chars
        removed.append(Removed("truncated", cut, len(text), text[cut : cut + 200], f"article longer than max_article_chars={settings.max_article_chars:,}"))
        document.warnings.append(f"{document.path}: text truncated at max_article_chars={settings.max_article_chars:,} characters")
        text = text[:cut]
    raw = _cut_long(split_lines(text), settings.max_line_chars)
    lines, rejoined = _rejoin(raw, settings.max_line_chars)

    language, _ = detect(" ".join(line.text for line in lines[:40]), settings.languages) if lines else (None, 0.0)
    language = language or settings.language

    title_key = normalise(document.title or "")
    body_start = 1 if lines and title_key and normalise(lines[0].text) == title_key else 0

    verdict: dict[int, tuple[str, str]] = {}
    for i in range(body_start, len(lines)):
        run = _longest_run(lines[i].text)
        if run > settings.max_token_chars:
            verdict[i] = ("boilerplate", f"not prose: {run:,} characters without a space, over max_token_chars={settings.max_token_chars:,}")
            continue
        foreign = foreign_language(lines[i].text, language, settings.languages)
        if foreign:
            verdict[i] = ("foreign", f"line in another language ({foreign})")
    body = lines[body_start:]
    aside = frozenset(i - body_start for i in verdict)
    for i, reason in furniture([line.text for line in body], aside).items():
        verdict[i + body_start] = ("boilerplate", reason)

    seen: dict[str, int] = {title_key: -1} if title_key else {}
    kept_keys: list[tuple[str, int]] = []
    kept_texts: list[str] = []  # the keys of kept_keys, for rapidfuzz's batch search
    for i in range(body_start, len(lines)):
        if i in verdict:
            continue
        key = normalise(lines[i].text)
        if not key:
            continue
        first = seen.get(key)
        if first is None and len(key) >= _NEAR_MIN_CHARS and kept_texts:
            # the earliest kept line close enough: one C call instead of a Python loop
            # over every kept line (a page of thousands of near-identical lines was slow)
            hits = process.extract(key, kept_texts, scorer=fuzz.ratio, score_cutoff=_NEAR, limit=None)
            close = [n for k, _, n in hits if abs(len(k) - len(key)) <= len(key) * 0.1]
            first = kept_keys[min(close)][1] if close else None
        if first is not None:
            where = "the title" if first == -1 else f"line {text.count(chr(10), 0, lines[first].pieces[0][1]) + 1}"
            verdict[i] = ("duplicate", f"repeats {where}")
            continue
        seen[key] = i
        kept_keys.append((key, i))
        kept_texts.append(key)

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
