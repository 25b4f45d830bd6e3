"""Page furniture (comment sections, widgets, credits, share buttons, navigation).

Found from structure and cues, not from a list of one site's strings: cue regexes come
from the per-language data files, and a comment section is everything from its opening
cue to the end, widened back over the short label lines that precede it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from recoupe.lexicons import available, load

_SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ")")


@lru_cache(maxsize=None)
def cues() -> dict[str, list[re.Pattern[str]]]:
    """Compiled cues of every language that ships a boilerplate file: widgets are multilingual."""
    merged: dict[str, list[re.Pattern[str]]] = {}
    for lang in available("boilerplate.json"):
        for kind, patterns in load(lang, "boilerplate.json").items():
            if kind.startswith("_"):
                continue
            merged.setdefault(kind, []).extend(re.compile(p, re.I) for p in patterns)
    return merged


def cue_kind(line: str) -> str | None:
    """The kind of furniture `line` is by its cues ('comment_section', 'widget', …) or None."""
    text = line.strip().strip("•·|-–—").strip()
    for kind, patterns in cues().items():
        if any(p.search(text) for p in patterns):
            return kind
    return None


def is_label(line: str, max_words: int = 6) -> bool:
    """A short line that is not a sentence: a widget label, a name, a heading."""
    text = line.strip()
    return len(text.split()) <= max_words and not text.endswith(_SENTENCE_END)


def furniture(lines: list[str], aside: frozenset[int] = frozenset()) -> dict[int, str]:
    """Index → reason for every line that is page furniture rather than article body.

    `aside` are lines already set aside for another reason (another language): they
    neither stop nor join a comment section.
    """
    found: dict[int, str] = {}
    kinds = [cue_kind(line) for line in lines]
    for i, kind in enumerate(kinds):
        if kind and kind != "comment_section":
            found[i] = f"{kind.replace('_', ' ')} line"
    starts = [i for i, kind in enumerate(kinds) if kind == "comment_section"]
    # A comment section opens at its first cue; cues in the first third of a page are
    # more likely a teaser ("3 commentaires" under the headline) than the section itself.
    starts = [i for i in starts if i >= len(lines) // 3] or []
    if starts:
        first = starts[0]
        begin = first
        while begin > 0 and (begin - 1 in found or begin - 1 in aside or is_label(lines[begin - 1])):
            begin -= 1
        for i in range(begin, len(lines)):
            if i not in aside:
                found[i] = "comment section" if i >= first else "widget block before the comment section"
    # Trailing scraps after the last sentence ("Plus", "Tags") are page furniture too.
    end = len(lines)
    while end > 1 and (end - 1 in found or end - 1 in aside or is_label(lines[end - 1], max_words=3)):
        end -= 1
        if end not in aside:
            found.setdefault(end, "trailing page scrap")
    return found
