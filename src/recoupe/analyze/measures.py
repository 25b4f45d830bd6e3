"""Dates and amounts: the slots the divergence detector and the timeline compare.

Dates: candidate expressions are found with patterns built from the language's month
and weekday words (which filters false hits such as "13,6", "quatre ans" or "Je"). An
absolute date is read off the pattern (day, month, year; checked as a calendar date); a
relative one ("hier", "mardi", "il y a deux jours") is normalised with dateparser, and only
against a known publication date. A date without a year takes its year from the
publication date, else stays `--MM-DD` (a bare month `--MM`) for the story to place; a
year alone ("en 2005") is `YYYY`.
Amounts: a number in digits or words, its multiplier and its unit ("13,6 milliards de
dollars", "trois otages").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from recoupe.lexicons import load
from recoupe.model import Amount, DateMention


@lru_cache(maxsize=None)
def _lex(lang: str) -> dict:
    return load(lang, "measures.json")


@lru_cache(maxsize=None)
def _date_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    lex = _lex(lang)
    months = "|".join(sorted(lex["months"] + list(lex["month_abbrev"]), key=len, reverse=True))
    weekdays = "|".join(lex["weekdays"])
    rel = "|".join(re.escape(k) for k in sorted(lex["relative_days"], key=len, reverse=True))
    words = "|".join(lex["number_words"])
    units = "|".join(lex["units_ago"])
    absolute = re.compile(
        rf"(?:(?<![\w,.])(?P<day>\d{{1,2}}|1er)\s*|(?<!\w))(?P<month>{months})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b", re.I
    )
    relative = re.compile(
        rf"(?<![\w-])(?:(?P<rel>{rel})|(?P<weekday>{weekdays})(?!\s+\d)|{re.escape(lex['ago'])}\s+(?P<n>\d+|{words})\s+(?P<unit>{units}))(?![\w-])",
        re.I,
    )
    iso = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
    return absolute, relative, iso


@lru_cache(maxsize=None)
def _month_cue(lang: str) -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(_lex(lang)["month_cues"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{cues})\s*$", re.I)


# a calendar year: not inside a number or a name ("An-2008"), not a law number ("2007-1545")
_YEAR = re.compile(r"(?<![\w,./])(?<![^\W\d]-)(?P<y>(?:19|20)\d\d)(?!\w|[.,]\d)(?!-(?!(?:19|20)\d\d\b)\d)")


def _year_for(month: int, day: int, published: date) -> int:
    """The year that puts month/day closest before the publication date (news looks back)."""
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if published - timedelta(days=300) <= candidate <= published + timedelta(days=65):
            return year
    return published.year


def _weekday(published: date, weekday: int, after: str, lex: dict) -> date:
    """The day a bare weekday names: the publication day itself or the latest one before it
    (a Tuesday paper's "mardi" is that Tuesday), or the next one when followed by "prochain"."""
    back = (published.weekday() - weekday) % 7
    following = after.lstrip().lower()
    if following.startswith(tuple(lex["weekday_next"])):
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if following.startswith(tuple(lex["weekday_last"])):
        return published - timedelta(days=back or 7)
    return published - timedelta(days=back)


def find_dates(text: str, published: str | None, lang: str = "fr", tokens: dict[int, tuple[str, str]] | None = None) -> list[DateMention]:
    """Temporal expressions of `text` with their normalised value.

    `tokens` maps character offsets to (part of speech, lemma) from the spaCy pass: a year
    followed by a noun is a count ("2000 manifestants"), not a date."""
    absolute, relative, iso = _date_patterns(lang)
    lex = _lex(lang)
    month_index = {m: i + 1 for i, m in enumerate(lex["months"])} | lex["month_abbrev"]
    base = date.fromisoformat(published) if published else None
    out: list[DateMention] = []
    for m in iso.finditer(text):
        try:
            out.append(DateMention(m.group(), date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), m.start(), m.end()))
        except ValueError:
            continue
    for m in absolute.finditer(text):
        if any(d.start <= m.start() < d.end for d in out):
            continue
        month = month_index[m["month"].lower()]
        day = m["day"]
        year = m["year"]
        if day is None and year is None:
            # a bare month is a date after a cue ("en mars", "fin août"): its year comes from the
            # publication date, else it stays --MM for the story to place
            if m["month"].lower() not in lex["months"] or not _month_cue(lang).search(text[: m.start()]):  # "en sept ans"
                continue
            if base:
                year_value = base.year if month <= base.month + 1 else base.year - 1
                out.append(DateMention(m.group(), f"{year_value:04d}-{month:02d}", m.start(), m.end()))
            else:
                out.append(DateMention(m.group(), f"--{month:02d}", m.start(), m.end()))
            continue
        if day is None:
            out.append(DateMention(m.group(), f"{int(year):04d}-{month:02d}", m.start(), m.end()))
            continue
        # the pattern has read day, month and year: only their validity is left to check
        # ("31 février" is no date; a year-less 29 February is checked against a leap year)
        day_number = 1 if day.lower() == "1er" else int(day)
        try:
            parsed = date(int(year) if year else 2000, month, day_number)
        except ValueError:
            continue
        if year:
            value = parsed.isoformat()
        elif base:
            value = f"{_year_for(month, day_number, base):04d}-{month:02d}-{day_number:02d}"
        else:
            value = f"--{month:02d}-{day_number:02d}"
        out.append(DateMention(m.group(), value, m.start(), m.end()))
    for m in _YEAR.finditer(text):
        after = text[m.end():]
        if any(d.start <= m.start() < d.end for d in out) or re.match(r"\s*[%€$£]", after):
            continue
        following = re.match(r"\s+(?:d['’]|de\s+)?(\w+)", after)
        if following and tokens is not None and tokens.get(following.start(1) + m.end(), ("",))[0] == "NOUN":
            continue  # a count: "2000 manifestants"
        out.append(DateMention(m.group(), m["y"], m.start(), m.end()))
    if base:
        import dateparser  # costly import: only once a relative date can be resolved

        settings = {"RELATIVE_BASE": datetime.combine(base, datetime.min.time()), "PREFER_DATES_FROM": "past"}
        for m in relative.finditer(text):
            if any(d.start <= m.start() < d.end for d in out):
                continue
            if m["weekday"]:
                value = _weekday(base, lex["weekdays"].index(m["weekday"].lower()), text[m.end():], lex)
            else:
                parsed = dateparser.parse(m.group(), languages=[lang], settings=settings)
                value = parsed.date() if parsed is not None else None
            if value is not None:
                out.append(DateMention(m.group(), value.isoformat(), m.start(), m.end(), relative=True))
    out.sort(key=lambda d: d.start)
    return out


@lru_cache(maxsize=None)
def _amount_pattern(lang: str) -> re.Pattern[str]:
    lex = _lex(lang)
    mult = "|".join(sorted(lex["multipliers"], key=len, reverse=True))
    cur = "|".join(re.escape(c) for c in sorted(lex["currencies"], key=len, reverse=True))
    pct = "|".join(re.escape(p) for p in lex["percent"])
    word = "|".join(sorted([*lex["number_words"], *lex["number_word_forms"]], key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w,.])(?P<num>\d{{1,3}}(?:[ \u00a0\u202f.]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
        rf"|(?<![\w-])(?P<words>(?:{word})(?:[\s-]+et[\s-]+(?:un|une|onze)|[\s-]+(?:{word}))*)(?![\w-]))"
        rf"(?:\s*(?P<mult>{mult})\b)?"
        rf"(?:\s*(?P<pct>{pct})|\s*(?:de\s+|d['’])?(?P<cur>{cur})(?![\w])|\s+(?:de\s+|d['’])?(?P<unit>[a-zà-öø-ÿœ][a-zà-öø-ÿœ'’-]{{1,}}))?",
        re.I,
    )


def _singular(word: str) -> str:
    """A unit without the spaCy pass: plural -s/-x dropped ("morts" → "mort", "mois" kept)."""
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 2 and not word.endswith(("ss", "ois", "us", "ix")) else word


def _number(m: re.Match[str], lang: str) -> float | None:
    if m["num"]:
        return float(re.sub(r"[ \u00a0\u202f.]", "", m["num"]).replace(",", "."))
    from text_to_num import text2num  # number words: "quatre-vingt-quinze", "deux cents"

    try:
        return float(text2num(re.sub(r"\s+", " ", m["words"].lower()), lang))
    except ValueError:  # not one number: "cinq-six", "trois et quatre"
        return None


def _unit(text: str, m: re.Match[str], tokens: dict[int, tuple[str, str]] | None, lex: dict) -> tuple[str, int] | None:
    """The noun a number counts and where it ends: the next word when it is a noun, or the
    one after an adjective ("1 500 jeunes soldats", "quatre autres syndicats")."""
    start, word = m.start("unit"), m["unit"]
    listed = word.lower() in lex["not_units"]
    if tokens is None:  # no spaCy pass: any word but the listed ones, made singular by hand
        return None if listed else (_singular(word.lower()), start + len(word))
    tag = tokens.get(start)
    if tag and tag[0] in ("NOUN", "PROPN", "X") and not listed:
        return tag[1].lower(), start + len(word)
    if not (listed or tag and tag[0] in ("ADJ", "DET", "PRON")):
        return None
    nxt = re.match(r"\s+([a-zà-öø-ÿœ][\w'’-]*)", text[m.end("unit") :], re.I)
    if nxt is None:
        return None
    start = m.end("unit") + nxt.start(1)
    tag, word = tokens.get(start), nxt.group(1)
    if tag is None or tag[0] != "NOUN" or word.lower() in lex["not_units"]:
        return None
    return tag[1].lower(), start + len(word)


def _clock(text: str, m: re.Match[str], previous: str, lex: dict) -> bool:
    """A time of day, not a duration: "15h00", "à 15 heures", "8 heures du soir"."""
    if re.match(r"\s?h(?:\d\d)?\b", text[m.end("num" if m["num"] else "words") :], re.I):
        return True
    if not m["unit"] or m["unit"].lower() not in lex["clock_units"] or m["mult"]:
        return False
    after = text[m.end("unit") :].lstrip().lower()
    return previous in lex["clock_before"] or after.startswith(tuple(lex["clock_after"])) or after[:1].isdigit()


def find_amounts(text: str, lang: str = "fr", dates: list[DateMention] | None = None, tokens: dict[int, tuple[str, str]] | None = None) -> list[Amount]:
    """Numbers (digits or words) with their multiplier and unit; years, days of dates, times
    of day and decades are left out.

    `tokens` maps character offsets of `text` to (part of speech, lemma) from the spaCy pass:
    a unit must be a noun ("124 transporte" is a verb after a model number) and is given as
    its lemma ("ans" → "an")."""
    lex = _lex(lang)
    taken = [(d.start, d.end) for d in dates or []]
    out: list[Amount] = []
    for m in _amount_pattern(lang).finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.start() > 1 and text[m.start() - 1] in "-/–" and text[m.start() - 2].isalnum():
            continue  # a model or reference number: "An-124", "A-380"
        before = re.search(r"([^\s'’]+)\s*$", text[: m.start()])  # the word before, elision cut: "jusqu'à" → "à"
        previous = before.group(1).lower() if before else ""
        if _clock(text, m, previous, lex):
            continue
        if previous in lex["decade"] or previous in lex["reference_before"]:
            continue  # "les années 60", "article 222"
        if m["num"] and (re.match(rf"(?:{'|'.join(lex['ordinal_suffixes'])})\b", text[m.end("num"):], re.I) or re.match(r"\s?[-–]\s?\d", text[m.end("num"):])):
            continue  # an ordinal ("21e siècle") or a score or range ("3-1")
        if m["words"] and m["words"].lower() in ("un", "une"):
            continue  # an article, not a count
        value = _number(m, lang)
        if value is None:
            continue
        unit = currency = None
        end = m.end("mult") if m["mult"] else m.end("num" if m["num"] else "words")
        if m["mult"]:
            value *= lex["multipliers"][m["mult"].lower()]
        if m["pct"]:
            unit, end = "percent", m.end()
        elif m["cur"]:
            currency = lex["currencies"].get(m["cur"].lower(), lex["currencies"].get(m["cur"]))
            unit, end = "money", m.end()
        elif m["unit"] and m["unit"].lower() not in lex["months"]:
            found = _unit(text, m, tokens, lex)
            if found:
                unit, end = found
                half = re.match(rf"\s+{lex['half']}e?\b", text[end:], re.I)
                if half and value == int(value):
                    value, end = value + 0.5, end + half.end()  # "2 ans et demi"
        if unit is None and not m["mult"]:
            if m["words"] or 1900 <= value <= 2100 and "," not in m["num"]:
                continue  # a number word needs its unit; a bare four-digit number is a year
            if before and before.start() > 0 and before.group(1)[:1].isupper():
                continue  # a name's number: "Boeing 747", "CAC 40"
            if value < 10:
                continue  # a bare small number is rarely a checkable amount
        out.append(Amount(text[m.start() : end], value, unit, currency, m.start(), end))
    return out
