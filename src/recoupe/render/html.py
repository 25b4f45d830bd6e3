"""The report as one self-contained HTML file: no network, opens from file://, prints cleanly.

    >>> from recoupe.render.html import render_html
    >>> page = render_html(report.to_dict(), lang="fr")

Works from the plain dict of report.json (schema/report.schema.json), never from internal
objects, so a web app can render from a store. Input text is untrusted:

- every value from input reaches the page through Jinja2 autoescape; the only markup
  marked safe is our own CSS and JavaScript (files beside the template) and the JSON
  index, escaped for a `<script>` context by `script_json`;
- highlighting (hedge cues, speakers, divergent values) is done by splitting the text into
  segments, each escaped by the template, never by building HTML from input;
- links from input are kept only when they are http(s) (`safe_url`);
- a Content-Security-Policy meta tag allows only our inline script (by its sha256 hash)
  and inline styles; nothing is fetched.

The timeline and the source graph are laid out here (`timeline_layout`, `graph_layout`) as
plain numbers and strings and drawn as inline SVG by the template.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from recoupe.render.i18n import Texts, report_language

__all__ = ["render_html", "script_json", "safe_url", "segments", "timeline_layout", "graph_layout"]


# ---------------------------------------------------------------------------- safety


def script_json(value: Any) -> str:
    """JSON that is safe inside a `<script>` element: no `</script>`, `<!--`, or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_HTTP = re.compile(r"^https?://[^\s<>\"'`\\\x00-\x1f\x7f]+$", re.IGNORECASE)


def safe_url(url: object) -> str | None:
    """`url` when it is a plain http(s) URL, else None (javascript:, data:, relative, odd characters)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _HTTP.match(url) and len(url) <= 2048 else None


def segments(text: str, marks: Iterable[tuple[str | None, str]]) -> list[tuple[str, str]]:
    """Split `text` into (piece, css class) segments, marking every occurrence of each needle.

    `marks` is (needle, class) in priority order: an earlier needle wins where two overlap.
    Matching is case-insensitive and on word boundaries. Pieces are plain text; the template
    escapes them, so a needle or a text holding markup stays text.
    """
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for needle, cls in marks:
        if not needle or not needle.strip():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            if m.end() > m.start() and not any(taken[m.start() : m.end()]):
                spans.append((m.start(), m.end(), cls))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    spans.sort()
    out: list[tuple[str, str]] = []
    pos = 0
    for start, end, cls in spans:
        if start > pos:
            out.append((text[pos:start], ""))
        out.append((text[start:end], cls))
        pos = end
    if pos < len(text):
        out.append((text[pos:], ""))
    return out


# ---------------------------------------------------------------------------- dates

_MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def date_label(value: str | None, lang: str) -> str:
    """A date value of the report (YYYY-MM-DD, YYYY-MM, --MM-DD) for a reader."""
    if not value:
        return ""
    months = _MONTHS.get(lang, _MONTHS["en"])
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m and 1 <= int(m.group(2)) <= 12:
        mon = months[int(m.group(2)) - 1]
        return f"{int(m.group(3))} {mon} {m.group(1)}" if m.group(3) else f"{mon} {m.group(1)}"
    m = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2))} {months[int(m.group(1)) - 1]}"
    return value


def _parse(value: str | None) -> tuple[int | None, int, int, bool] | None:
    """(year or None, month, day, day_known) of a report date value, or None when malformed."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        try:
            date(y, mo, d)
        except ValueError:
            return None
        return y, mo, d, m.group(3) is not None
    m = re.fullmatch(r"--(\d{2})-(\d{2})", value)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
        try:
            date(2000, mo, d)  # leap year: accepts --02-29
        except ValueError:
            return None
        return None, mo, d, True
    return None


# ---------------------------------------------------------------------------- layouts


def timeline_layout(events: list[dict[str, Any]], years: Iterable[int] = (), width: int = 900) -> dict[str, Any]:
    """Place timeline events on an axis.

    `events` carry `date` (report format) and `num`; dates without a year get the single
    year seen in `years` (or the story's other dates) and are drawn hollow; when no year can
    be inferred they are left out (`unplaced`), unless no date has a year at all. Returns the SVG geometry: width, height,
    ticks [{x, label}], points [{x, y, num, hollow, span}], unplaced [num].
    """
    parsed = [(e, _parse(e.get("date"))) for e in events]
    known_years = {p[0] for _, p in parsed if p and p[0] is not None} | set(years)
    guess = next(iter(known_years)) if len(known_years) == 1 else None
    # No year anywhere: the year-less dates still order on a day-month axis (a leap year,
    # so 29 February fits), drawn hollow, with tick labels that name no year.
    nominal = not known_years
    if nominal:
        guess = 2000
    placed: list[tuple[date, date, dict[str, Any], bool]] = []
    unplaced: list[int] = []
    for e, p in parsed:
        if p is None:
            unplaced.append(e["num"])
            continue
        y, mo, d, day_known = p
        hollow = False
        if y is None:
            if guess is None or (mo, d) == (2, 29) and guess % 4:
                unplaced.append(e["num"])
                continue
            y, hollow = guess, True
        start = date(y, mo, d)
        end = start if day_known else (date(y + (mo == 12), mo % 12 + 1, 1))
        placed.append((start, end, e, hollow))
    left, right, top = 24, width - 24, 34
    if not placed:
        return {"width": width, "height": 0, "ticks": [], "points": [], "unplaced": unplaced, "axis_y": 0}
    lo = min(p[0] for p in placed).toordinal()
    hi = max(p[1] for p in placed).toordinal()
    if hi - lo < 10:
        lo, hi = lo - 5, hi + 5
    span_days = hi - lo

    def x_of(d: date) -> float:
        return round(left + (d.toordinal() - lo) / span_days * (right - left), 1)

    ticks = _ticks(date.fromordinal(lo), date.fromordinal(hi), with_year=not nominal)
    tick_marks = [{"x": x_of(d), "label": label} for d, label in ticks]
    lanes: list[float] = []  # right edge of the last marker in each lane
    points = []
    for start, end, e, hollow in sorted(placed, key=lambda p: (p[0], p[2]["num"])):
        x = x_of(start)
        x2 = x_of(end)
        lane = next((i for i, edge in enumerate(lanes) if x - 11 > edge), len(lanes))
        if lane == len(lanes):
            lanes.append(0.0)
        lanes[lane] = max(x, x2) + 11
        points.append({"x": x, "x2": x2, "y": top + 18 + lane * 26, "num": e["num"], "hollow": hollow, "span": x2 > x + 1, "title": e.get("title", "")})
    height = top + 18 + len(lanes) * 26 + 6
    return {"width": width, "height": height, "ticks": tick_marks, "points": points, "unplaced": unplaced, "axis_y": top}


def _ticks(lo: date, hi: date, with_year: bool = True) -> list[tuple[date, str]]:
    """Axis ticks: years over long spans, months over months, days (every few) over weeks."""
    days = hi.toordinal() - lo.toordinal()
    if days > 365 * 3:
        years = list(range(lo.year + 1, hi.year + 1))
        step = max(1, (len(years) + 11) // 12)
        return [(date(y, 1, 1), str(y)) for y in years[::step]]
    if days <= 75:
        step = next(s for s in (1, 2, 5, 7, 14) if days / s <= 12)
        return [(d, f"{d.day:02d}/{d.month:02d}") for d in (date.fromordinal(lo.toordinal() + i) for i in range(1, days, step))]
    out = []
    y, m = lo.year, lo.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = date(y, m, 1)
        if d > hi:
            break
        out.append((d, f"{m:02d}/{y}" if with_year else f"01/{m:02d}"))
    if len(out) > 12:
        out = out[:: (len(out) + 11) // 12]
    return out


def graph_layout(edges: Counter, kinds: dict[str, str], limit: int = 14, width: int = 900) -> dict[str, Any]:
    """Three columns — origins, relaying outlets, articles — and weighted links between them.

    `edges` counts (("o", origin), ("m", outlet), ("a", article label)) paths, one per
    sentence; the outlet may be None (the article itself is the relay). Each column keeps
    its `limit` heaviest nodes; the rest are folded into one "+N" node. Returns width,
    height, nodes [{col, key, label, x, y, w, h, weight, kind}], links [{path, weight}],
    and the folded counts.
    """
    weight: dict[tuple[str, str], int] = Counter()
    pairs: Counter = Counter()
    for (origin, outlet, article), n in edges.items():
        chain = [("o", origin)] + ([("m", outlet)] if outlet else []) + [("a", article)]
        for node in chain:
            weight[node] += n
        for a, b in zip(chain, chain[1:]):
            pairs[(a, b)] += n
    columns: dict[str, list[str]] = {"o": [], "m": [], "a": []}
    for (col, key), _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0][1])):
        columns[col].append(key)
    folded: dict[str, int] = {}
    kept: dict[str, set[str]] = {}
    for col, keys in columns.items():
        if len(keys) > limit:
            folded[col] = len(keys) - (limit - 1)
            columns[col] = keys[: limit - 1] + [f"\x00more-{col}"]
        kept[col] = set(columns[col])

    def node_of(col: str, key: str) -> tuple[str, str]:
        return (col, key if key in kept[col] else f"\x00more-{col}")

    links: Counter = Counter()
    for (a, b), n in pairs.items():
        links[(node_of(*a), node_of(*b))] += n
    for col in ("o", "m", "a"):
        for key in columns[col]:
            if key.startswith("\x00more"):
                weight[(col, key)] = sum(n for (c, k), n in list(weight.items()) if c == col and k not in kept[col])
    # order the middle and right columns by the mean position of their neighbours (fewer crossings)
    pos = {("o", k): i for i, k in enumerate(columns["o"])}
    for col in ("m", "a"):
        def barycenter(key: str, col: str = col) -> float:
            ns = [(pos[a], n) for (a, b), n in links.items() if b == (col, key) and a in pos]
            return sum(p * n for p, n in ns) / sum(n for _, n in ns) if ns else 1e9
        columns[col].sort(key=lambda k: (k.startswith("\x00more"), barycenter(k)))
        pos.update({(col, k): i for i, k in enumerate(columns[col])})
    has_mid = bool(columns["m"])
    node_w, row_h, node_h, top = 250, 30, 24, 30
    xs = {"o": 0, "m": (width - node_w) // 2, "a": width - node_w} if has_mid else {"o": 0, "a": width - node_w}
    rows = max((len(v) for v in columns.values()), default=0)
    height = top + rows * row_h + 8
    nodes = []
    where: dict[tuple[str, str], tuple[float, float]] = {}
    for col, keys in columns.items():
        if col not in xs:
            continue
        offset = top + (rows - len(keys)) * row_h / 2
        for i, key in enumerate(keys):
            y = round(offset + i * row_h, 1)
            more = key.startswith("\x00more")
            label = f"+{folded[col]}" if more else key
            nodes.append({
                "col": col, "key": "" if more else key, "label": _clip(label, 34), "full": label,
                "x": xs[col], "y": y, "w": node_w, "h": node_h,
                "weight": weight[(col, key)], "kind": kinds.get(key, "") if col == "o" else col, "more": more,
            })
            where[(col, key)] = (xs[col], y)
    out_links = []
    max_n = max(links.values(), default=1)
    for (a, b), n in sorted(links.items(), key=lambda kv: -kv[1]):
        if a not in where or b not in where:
            continue
        x1, y1 = where[a][0] + node_w, where[a][1] + node_h / 2
        x2, y2 = where[b][0], where[b][1] + node_h / 2
        mx = (x1 + x2) / 2
        out_links.append({
            "d": f"M{x1:.0f},{y1:.1f} C{mx:.0f},{y1:.1f} {mx:.0f},{y2:.1f} {x2:.0f},{y2:.1f}",
            "w": round(1.5 + 6.5 * n / max_n, 1), "n": n, "kind": a[0],
        })
    headers = [{"x": xs[c], "col": c} for c in ("o", "m", "a") if c in xs]
    return {"width": width, "height": height if nodes else 0, "nodes": nodes, "links": out_links, "headers": headers, "folded": folded}


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------- the view


class _View:
    """Indexes over the report dict and the per-section view data the template reads."""

    def __init__(self, data: dict[str, Any], t: Texts) -> None:
        self.data = data
        self.t = t
        self.lang = t.lang
        self.articles = {a["id"]: a for a in data.get("articles", [])}
        self.anchor = {aid: f"a{i}" for i, aid in enumerate(self.articles)}
        self.statements = {s["id"]: s for s in data.get("statements", [])}
        self.by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in data.get("statements", []):
            self.by_article[s.get("article", "")].append(s)
        # entities: every spelling → one key, for the filter
        self.entities = list(data.get("entities", []))
        self.entity_key: dict[str, str] = {}
        self.entity_of_name: dict[str, str] = {}
        for i, e in enumerate(self.entities):
            key = f"e{i}"
            self.entity_key[e["id"]] = key
            for name in [e.get("name", "")] + [v.get("name", "") for v in e.get("variants", [])]:
                if name:
                    self.entity_of_name.setdefault(_fold(name), key)
        # outlets: publishing and cited, one key each
        names: Counter = Counter()
        for a in self.articles.values():
            if a.get("outlet"):
                names[a["outlet"]] += 1
        for s in data.get("statements", []):
            att = s.get("attribution") or {}
            for o in list(att.get("outlets") or []) + list(att.get("via") or []):
                names[o] += 1
        for c in data.get("claims", []):
            for o in c.get("outlets", []):
                names[o] += 1
        self.outlet_names = sorted(names, key=_fold)
        self.outlet_key = {n: f"o{i}" for i, n in enumerate(self.outlet_names)}
        # divergences touching each statement → contested claims
        self.divergence_of_statement: dict[str, list[str]] = defaultdict(list)
        for d in data.get("divergences", []):
            for v in d.get("values", []):
                for sid in v.get("statements", []):
                    self.divergence_of_statement[sid].append(d["id"])
        self.in_claim = {sid for c in data.get("claims", []) for sid in c.get("statements", [])}
        self.div_anchor = {d["id"]: f"d{i}" for i, d in enumerate(data.get("divergences", []))}

    # -- small pieces

    def article_ref(self, aid: str) -> dict[str, Any]:
        a = self.articles.get(aid) or {"id": aid}
        return {
            "id": aid, "anchor": self.anchor.get(aid, ""), "title": a.get("title") or aid,
            "outlet": a.get("outlet"), "published": date_label(a.get("published"), self.lang), "url": safe_url(a.get("url")),
        }

    def statement_view(self, sid: str, extra: Iterable[str] = ()) -> dict[str, Any]:
        s = self.statements.get(sid)
        if s is None:
            return {"id": sid, "missing": True, "segs": [(sid, "")], "article": self.article_ref("")}
        att = s.get("attribution") or None
        marks: list[tuple[str | None, str]] = [(v, "val") for v in extra]
        marks += [(c, "hedge") for c in s.get("hedge_cues") or []]
        if att:
            marks += [(att.get("cue"), "cue"), (att.get("speaker"), "spk")]
        return {
            "id": sid, "missing": False, "article": self.article_ref(s.get("article", "")),
            "segs": segments(s.get("text", ""), marks), "hedged": bool(s.get("hedged")),
            "hedge_cues": list(dict.fromkeys(s.get("hedge_cues") or [])),
            "speaker": att.get("speaker") if att else None, "cue": att.get("cue") if att else None,
            "direct": bool(att.get("direct")) if att else False, "attributed": att is not None,
            "kind": (att.get("speaker_kind") or "") if att else "", "role": att.get("role") if att else None,
            "cited": list(att.get("outlets") or []) if att else [], "via": list(att.get("via") or []) if att else [],
        }

    def keys_of(self, statement_ids: Iterable[str], outlets: Iterable[str] = ()) -> tuple[str, str]:
        """Entity keys and outlet keys of some statements, for the filter (data-ent, data-out)."""
        ents: set[str] = set()
        outs: set[str] = {self.outlet_key[o] for o in outlets if o in self.outlet_key}
        for sid in statement_ids:
            s = self.statements.get(sid)
            if not s:
                continue
            for m in s.get("entities") or []:
                for name in (m.get("norm"), m.get("text")):
                    if name and _fold(name) in self.entity_of_name:
                        ents.add(self.entity_of_name[_fold(name)])
            att = s.get("attribution") or {}
            for o in list(att.get("outlets") or []) + list(att.get("via") or []):
                if o in self.outlet_key:
                    outs.add(self.outlet_key[o])
            a = self.articles.get(s.get("article", ""), {})
            if a.get("outlet") in self.outlet_key:
                outs.add(self.outlet_key[a["outlet"]])
        return " ".join(sorted(ents)), " ".join(sorted(outs))

    # -- sections

    def claim_view(self, c: dict[str, Any]) -> dict[str, Any]:
        origins = []
        for o in c.get("origins", []):
            if isinstance(o, str):
                o = {"name": o}
            kind = o.get("kind") or "unknown"
            origins.append({"name": o.get("name", ""), "kind": kind, "kind_label": self.t[f"kind_{kind}"] if f"kind_{kind}" in self.t.all() else kind, "n": len(o.get("statements", []))})
        contested = sorted({d for sid in c.get("statements", []) for d in self.divergence_of_statement.get(sid, [])})
        ents, outs = self.keys_of(c.get("statements", []), c.get("outlets", []))
        n_origins = len(origins)
        return {
            "id": c["id"], "text": c.get("text", ""), "n_origins": n_origins, "n_articles": len(c.get("articles", [])),
            "n_outlets": len(c.get("outlets", [])), "outlets": c.get("outlets", []), "origins": origins,
            "hedged": bool(c.get("hedged")), "single": bool(c.get("single_origin", n_origins == 1)),
            "contested": [{"id": d, "anchor": self.div_anchor.get(d, "")} for d in contested],
            "statements": [self.statement_view(sid) for sid in c.get("statements", [])],
            "ents": ents, "outs": outs, "flags": 2 * bool(contested) + bool(c.get("hedged")),
        }

    def divergence_view(self, d: dict[str, Any], i: int) -> dict[str, Any]:
        values = []
        sids: list[str] = []
        for v in d.get("values", []):
            sids += v.get("statements", [])
            values.append({
                "value": v.get("value", ""),
                "articles": [self.article_ref(a) for a in v.get("articles", [])],
                "statements": [self.statement_view(s, extra=[v.get("value", "")]) for s in v.get("statements", [])],
            })
        ents, outs = self.keys_of(sids)
        kind = d.get("kind", "")
        return {"id": d["id"], "anchor": self.div_anchor[d["id"]], "kind": kind, "kind_label": self.t[f"kind_{kind}"] if kind in ("name", "number", "date") else kind,
                "about": d.get("about", ""), "sides": values, "ents": ents, "outs": outs}

    def timeline_view(self, events: list[dict[str, Any]], article_ids: Iterable[str]) -> dict[str, Any]:
        def order(e: dict[str, Any]) -> tuple:
            p = _parse(e.get("date")) or (None, 99, 99, False)
            return (p[0] is None, p[0] or 0, p[1], p[2], e.get("text", ""))
        rows = []
        for num, e in enumerate(sorted(events, key=order), 1):
            sids = e.get("statements", [])
            ents, outs = self.keys_of(sids)
            rows.append({
                "num": num, "date": e.get("date", ""), "label": date_label(e.get("date"), self.lang), "text": e.get("text", ""),
                "title": f"{date_label(e.get('date'), self.lang)} — {_clip(e.get('text', ''), 120)}",
                "articles": [self.article_ref(a) for a in e.get("articles", [])],
                "statements": [self.statement_view(s) for s in sids], "ents": ents, "outs": outs,
            })
        years = {int(a["published"][:4]) for aid in article_ids if (a := self.articles.get(aid)) and a.get("published")}
        layout = timeline_layout(rows, years=years)
        unplaced = set(layout["unplaced"])
        for r in rows:
            r["unplaced"] = r["num"] in unplaced
        hollow = {p["num"] for p in layout["points"] if p["hollow"]}
        for r in rows:
            r["guessed"] = r["num"] in hollow
        return {"rows": rows, "svg": layout}

    def graph_view(self, claims: list[dict[str, Any]]) -> dict[str, Any]:
        edges: Counter = Counter()
        kinds: dict[str, str] = {}
        for c in claims:
            for o in c.get("origins", []):
                if isinstance(o, str):
                    o = {"name": o}
                name = o.get("name", "") or "?"
                kinds.setdefault(name, o.get("kind") or "unknown")
                sids = o.get("statements") or []
                if not sids:  # origin without its sentences: link it to the claim's articles
                    for aid in c.get("articles", []):
                        a = self.articles.get(aid, {})
                        edges[(name, a.get("outlet") or self.t["unknown_outlet"], _clip(a.get("title") or aid, 60))] += 1
                    continue
                for sid in sids:
                    s = self.statements.get(sid, {})
                    a = self.articles.get(s.get("article", ""), {})
                    att = s.get("attribution") or {}
                    relays = list(att.get("via") or []) + list(att.get("outlets") or [])
                    relay = next((r for r in relays if r != name), None) or a.get("outlet") or self.t["unknown_outlet"]
                    edges[(name, relay, _clip(a.get("title") or s.get("article", "?"), 60))] += 1
        return graph_layout(edges, kinds)

    def article_view(self, a: dict[str, Any], story: dict[str, Any] | None) -> dict[str, Any]:
        sig = a.get("signals") or {}
        signals = []
        for key in ("hedged_share", "unattributed_share", "attributed_share", "duplicate_share", "boilerplate_share", "foreign_share"):
            if key in sig:
                v = float(sig[key])
                signals.append({"key": key, "label": self.t[f"sig_{key}"], "pct": round(100 * v), "warn": key in ("duplicate_share", "boilerplate_share", "foreign_share", "unattributed_share", "hedged_share") and v >= 0.3})
        for key, v in sig.items():
            if key != "statements" and key not in {s["key"] for s in signals} and isinstance(v, (int, float)):
                signals.append({"key": key, "label": key, "pct": round(100 * float(v)), "warn": False})
        spans = [{"kind": r.get("kind", ""), "kind_label": self.t[f"rm_{r.get('kind', '')}"] if f"rm_{r.get('kind', '')}" in self.t.all() else r.get("kind", ""),
                  "reason": self.t.reason(r.get("reason", "")), "text": r.get("text", ""), "start": r.get("start"), "end": r.get("end")} for r in a.get("removed_spans") or []]
        sids = [s["id"] for s in self.by_article.get(a["id"], [])]
        ents, outs = self.keys_of(sids, [a["outlet"]] if a.get("outlet") else [])
        # sentences already shown under a claim are not repeated here (keeps big reports small)
        listed = [sid for sid in sids if sid not in self.in_claim]
        removed = a.get("removed") or {}
        return {
            **self.article_ref(a["id"]), "path": a.get("path", ""), "language": a.get("language") or "",
            "n_statements": int(sig.get("statements", len(sids)) or 0), "signals": signals, "spans": spans,
            "removed": [(self.t["dup_lines"], removed.get("duplicate_lines", 0)), (self.t["boiler_lines"], removed.get("boilerplate_lines", 0)), (self.t["foreign_lines"], removed.get("foreign_lines", 0))],
            "n_removed": len(spans) or sum(v for v in removed.values() if isinstance(v, int)),
            "warnings": list(a.get("warnings") or []),
            "statements": [self.statement_view(sid) for sid in listed],
            "statements_label": self.t["other_statements"] if self.in_claim else self.t["show_statements"],
            "story": {"label": story.get("label", ""), "anchor": story["anchor"]} if story else None,
            "ents": ents, "outs": outs,
        }

    def story_view(self, story: dict[str, Any], anchor: str, claims: list, divs: list, events: list) -> dict[str, Any]:
        aids = list(story.get("articles", []))
        arts = [self.articles[a] for a in aids if a in self.articles]
        outlets = sorted({a["outlet"] for a in arts if a.get("outlet")}, key=_fold)
        cited: Counter = Counter()
        for aid in aids:
            for s in self.by_article.get(aid, []):
                for o in (s.get("attribution") or {}).get("outlets") or []:
                    cited[o] += 1
        published = sorted(a["published"] for a in arts if a.get("published"))
        claim_views = sorted((self.claim_view(c) for c in claims), key=lambda c: (-c["n_origins"], -c["n_articles"], -c["n_outlets"], _fold(c["text"])))
        for rank, c in enumerate(claim_views):
            c["rank"] = rank
        ent_counts = []
        story_set = set(aids)
        for i, e in enumerate(self.entities):
            n = len(story_set.intersection(e.get("articles", [])))
            if n:
                ent_counts.append((n, i, e))
        ent_counts.sort(key=lambda x: (-x[0], x[1]))
        return {
            "id": story.get("id", ""), "anchor": anchor, "label": story.get("label", ""), "n_articles": len(aids),
            "articles": [self.article_ref(a) for a in aids], "outlets": outlets, "n_unknown_outlet": sum(1 for a in arts if not a.get("outlet")),
            "cited": [o for o, _ in cited.most_common(8)],
            "date_range": (date_label(published[0], self.lang), date_label(published[-1], self.lang)) if published else None,
            "languages": sorted({a["language"] for a in arts if a.get("language")}),
            "copies": [[self.article_ref(a) for a in group] for group in story.get("copies", []) if len(group) > 1],
            "claims": claim_views, "divergences": [self.divergence_view(d, i) for i, d in enumerate(divs)],
            "timeline": self.timeline_view(events, aids), "graph": self.graph_view(claims),
            "entities": [{"name": e.get("name", ""), "n": n, "variants": len(e.get("variants", [])), "key": self.entity_key[e["id"]]} for n, _, e in ent_counts[:10]],
        }

    def build(self) -> dict[str, Any]:
        data = self.data
        stories = list(data.get("stories", []))
        story_ids = {s.get("id") for s in stories}
        claims_by: dict[Any, list] = defaultdict(list)
        for c in data.get("claims", []):
            claims_by[c.get("story") if c.get("story") in story_ids else None].append(c)
        divs_by: dict[Any, list] = defaultdict(list)
        for d in data.get("divergences", []):
            divs_by[d.get("story") if d.get("story") in story_ids else None].append(d)
        events_by: dict[Any, list] = defaultdict(list)
        for e in data.get("timeline", []):
            events_by[e.get("story") if e.get("story") in story_ids else None].append(e)
        story_views = []
        story_of_article: dict[str, dict[str, Any]] = {}
        for i, s in enumerate(stories):
            view = self.story_view(s, f"s{i}", claims_by[s.get("id")], divs_by[s.get("id")], events_by[s.get("id")])
            story_views.append(view)
            for aid in s.get("articles", []):
                story_of_article.setdefault(aid, view)
        in_story = set(story_of_article)
        if claims_by[None] or divs_by[None] or events_by[None]:
            loose = {"id": "", "label": self.t["other"], "articles": [a for a in self.articles if a not in in_story]}
            story_views.append(self.story_view(loose, "s-other", claims_by[None], divs_by[None], events_by[None]))
        entities = []
        for i, e in enumerate(self.entities):
            variants = [{"name": v.get("name", ""), "n": len(v.get("articles", []))} for v in e.get("variants", [])]
            entities.append({"key": f"e{i}", "name": e.get("name", ""), "type": self.t[f"type_{e.get('type')}"] if e.get("type") in ("PER", "ORG", "LOC", "MISC") else e.get("type", ""),
                             "variants": variants, "n": len(e.get("articles", [])), "spelled": len({_fold(v["name"]) for v in variants}) > 1})
        entities.sort(key=lambda e: (-e["n"], _fold(e["name"])))
        articles = [self.article_view(a, story_of_article.get(aid)) for aid, a in self.articles.items()]
        tool = data.get("tool") or {}
        counts = {
            "articles": len(self.articles), "stories": len(stories), "claims": len(data.get("claims", [])),
            "divergences": len(data.get("divergences", [])), "skipped": len(data.get("skipped", [])),
        }
        return {
            "stories": story_views, "entities": entities, "articles": articles, "counts": counts,
            "skipped": [{"path": s.get("path", ""), "reason": s.get("reason", "")} for s in data.get("skipped", [])],
            "outlets": [{"key": self.outlet_key[n], "name": n} for n in self.outlet_names],
            "entity_options": sorted(({"key": e["key"], "name": e["name"]} for e in entities), key=lambda e: _fold(e["name"])),
            "tool": {"name": tool.get("name", "recoupe"), "version": tool.get("version", "")}, "schema": data.get("schema_version", ""),
            "has_links": bool(stories),
        }

    def index(self) -> dict[str, Any]:
        """What the script needs: every spelling of every entity (so a variant finds them all) and strings."""
        return {
            "entities": {f"e{i}": sorted({_fold(n) for n in [e.get("name", "")] + [v.get("name", "") for v in e.get("variants", [])] if n})
                         for i, e in enumerate(self.entities)},
            "outlets": {self.outlet_key[n]: _fold(n) for n in self.outlet_names},
            "t": {"shown": self.t["shown"], "no_match": self.t["no_match"]},
        }


# ---------------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("recoupe.render", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pct"] = lambda v: f"{round(100 * float(v or 0))} %"
    return env


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return (resources.files("recoupe.render") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(data: dict[str, Any], lang: str | None = None) -> str:
    """Render a report dict (the contract of report.json) as one self-contained HTML page.

    `lang` is "fr" or "en"; by default French when at least half the articles are French.
    """
    t = Texts(report_language(data, lang))
    view = _View(data, t)
    script = _asset("report.js")
    if "</script" in script.lower():  # our own file; a guard against editing mistakes
        raise ValueError("report.js must not contain '</script'")
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {csp_hash(script)}; base-uri 'none'; form-action 'none'"
    )
    page = _env().get_template("report.html.j2").render(
        v=view.build(),
        t=t,
        lang=t.lang,
        csp=csp,
        css=Markup(_asset("report.css")),  # our own stylesheet, not input
        script=Markup(script),  # our own script, allowed by its hash
        index=Markup(script_json(view.index())),  # input, escaped for a <script> context
    )
    return page
