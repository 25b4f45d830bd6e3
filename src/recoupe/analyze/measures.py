"""Dates and amounts: the slots the divergence detector and the timeline compare.

Dates: candidate expressions are found with patterns built from the language's month
and weekday words (which filters false hits such as "13,6", "quatre ans" or "Je"), then
normalised with dateparser. A relative date ("hier", "mardi", "il y a deux jours") is
resolved only against a known publication date; a date without a year takes its year
from the publication date, else stays `--MM-DD` for the story to place.
Amounts: a number, its multiplier and its unit ("13,6 milliards de dollars").
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
def _date_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lex(lang)
    months = "|".join(sorted(lex["months"] + list(lex["month_abbrev"]), key=len, reverse=True))
    weekdays = "|".join(lex["weekdays"])
    rel = "|".join(re.escape(k) for k in sorted(lex["relative_days"], key=len, reverse=True))
    words = "|".join(lex["number_words"])
    units = "|".join(lex["units_ago"])
    absolute = re.compile(
        rf"\b(?:(?P<day>\d{{1,2}}|1er)\s+)?(?P<month>{months})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b", re.I
    )
    relative = re.compile(
        rf"(?<![\w-])(?:(?P<rel>{rel})|(?P<weekday>{weekdays})(?!\s+\d)|{re.escape(lex['ago'])}\s+(?P<n>\d+|{words})\s+(?P<unit>{units}))(?![\w-])",
        re.I,
    )
    iso = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
    return absolute, relative, iso


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


def find_dates(text: str, published: str | None, lang: str = "fr") -> list[DateMention]:
    """Temporal expressions of `text` with their normalised value."""
    import dateparser  # costly import, done once on first use

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
            # a bare month ("en mars") is a date only with a year from the publication date
            if not base or not re.search(r"\b(en|début|fin|mi-)\s*$", text[: m.start()].lower()):
                continue
            year_value = base.year if month <= base.month + 1 else base.year - 1
            out.append(DateMention(m.group(), f"{year_value:04d}-{month:02d}", m.start(), m.end()))
            continue
        if day is None:
            out.append(DateMention(m.group(), f"{int(year):04d}-{month:02d}", m.start(), m.end()))
            continue
        parsed = dateparser.parse(m.group(), languages=[lang], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
        if parsed is None:
            continue
        if year:
            value = parsed.date().isoformat()
        elif base:
            value = f"{_year_for(parsed.month, parsed.day, base):04d}-{parsed.month:02d}-{parsed.day:02d}"
        else:
            value = f"--{parsed.month:02d}-{parsed.day:02d}"
        out.append(DateMention(m.group(), value, m.start(), m.end()))
    if base:
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
    return re.compile(
        rf"(?<![\w,.])(?P<num>\d{{1,3}}(?:[ \u00a0\u202f.]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
        rf"(?:\s*(?P<mult>{mult})\b)?"
        rf"(?:\s*(?P<pct>{pct})|\s*(?:de\s+|d['’])?(?P<cur>{cur})(?![\w])|\s+(?:de\s+|d['’])?(?P<unit>[a-zà-öø-ÿœ][a-zà-öø-ÿœ'-]{{2,}}))?",
        re.I,
    )


def find_amounts(text: str, lang: str = "fr", dates: list[DateMention] | None = None, pos: dict[int, str] | None = None) -> list[Amount]:
    """Numbers with their multiplier and unit; years and the days of dates are left out.

    `pos` maps character offsets of `text` to part-of-speech tags (from the spaCy pass):
    a unit must be a noun ("124 transporte" is a verb after a model number)."""
    lex = _lex(lang)
    taken = [(d.start, d.end) for d in dates or []]
    out: list[Amount] = []
    for m in _amount_pattern(lang).finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.start() > 0 and text[m.start() - 1] in "-/–" and m.start() > 1 and text[m.start() - 2].isalnum():
            continue  # a model or reference number: "An-124", "A-380"
        raw = re.sub(r"[ \u00a0\u202f.]", "", m["num"]).replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        unit = currency = None
        if m["mult"]:
            value *= lex["multipliers"][m["mult"].lower()]
        if m["pct"]:
            unit = "percent"
        elif m["cur"]:
            currency = lex["currencies"].get(m["cur"].lower(), lex["currencies"].get(m["cur"]))
            unit = "money"
        elif m["unit"] and (pos is None or pos.get(m.start("unit")) in (None, "NOUN", "PROPN", "X")):
            word = m["unit"].lower()
            if word in lex["months"] or word in {"h", "heures", "heure"} and not m["mult"]:
                continue
            unit = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 and not word.endswith(("ss", "ois", "us")) else word
        if unit is None and not m["mult"]:
            if 1900 <= value <= 2100 and "," not in m["num"]:
                continue  # a year
            if value < 10:
                continue  # a bare small number is rarely a checkable amount
        if m["unit"] and unit:
            end = m.end("unit")
        elif m["pct"] or m["cur"]:
            end = m.end()
        else:  # a following word that is not a unit stays out of the span ("1 200 autres")
            end = m.end("mult") if m["mult"] else m.end("num")
        text_span = text[m.start() : end].strip()
        out.append(Amount(text_span, value, unit, currency, m.start(), m.start() + len(text_span)))
    return out
