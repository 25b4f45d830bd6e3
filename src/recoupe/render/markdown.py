"""The report as Markdown, for pasting into a newsroom chat or a ticket.

Input text is untrusted: Markdown and HTML syntax in it is escaped so that a viewer that
renders Markdown shows it as text.
"""

from __future__ import annotations

import re
from typing import Any

from recoupe.render.i18n import report_language

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")

_TEXT = {
    "fr": {
        "title": "Rapport recoupe", "stories": "Événements", "articles": "articles", "claims": "Affirmations",
        "origins": "origine(s) indépendante(s)", "single": "une seule origine", "unconfirmed": "non confirmé",
        "divergences": "Divergences", "timeline": "Chronologie", "skipped": "Fichiers ignorés",
        "removed": "Nettoyage", "dup": "lignes répétées", "boiler": "lignes de gabarit", "foreign": "lignes en langue étrangère",
        "none": "aucun", "name": "nom", "number": "nombre", "date": "date", "by": "selon", "in": "dans",
    },
    "en": {
        "title": "recoupe report", "stories": "Stories", "articles": "articles", "claims": "Claims",
        "origins": "independent origin(s)", "single": "single origin", "unconfirmed": "unconfirmed",
        "divergences": "Divergences", "timeline": "Timeline", "skipped": "Skipped inputs",
        "removed": "Cleaning", "dup": "repeated lines", "boiler": "boilerplate lines", "foreign": "foreign-language lines",
        "none": "none", "name": "name", "number": "number", "date": "date", "by": "by", "in": "in",
    },
}


def esc(text: object) -> str:
    """Escape Markdown and HTML syntax; fold newlines so a value stays on its line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(data: dict[str, Any], lang: str | None = None) -> str:
    t = _TEXT[report_language(data, lang)]
    titles = {a["id"]: a.get("title") or a["id"] for a in data["articles"]}
    out = [f"# {t['title']}", ""]
    out.append(f"{len(data['articles'])} {t['articles']}, {len(data['stories'])} {t['stories'].lower()}.")
    for story in data["stories"]:
        out += ["", f"## {esc(story['label'])}", "", f"{len(story['articles'])} {t['articles']}: " + ", ".join(esc(titles.get(a, a)) for a in story["articles"])]
        claims = sorted((c for c in data["claims"] if c["story"] == story["id"]), key=lambda c: (-len(c["origins"]), -len(c["articles"])))
        if claims:
            out += ["", f"### {t['claims']}", ""]
            for c in claims:
                origins = ", ".join(esc(o["name"] if isinstance(o, dict) else o) for o in c["origins"]) or t["none"]
                flags = []
                if c.get("single_origin"):
                    flags.append(t["single"])
                if c["hedged"]:
                    flags.append(t["unconfirmed"])
                flag = f" **[{', '.join(flags)}]**" if flags else ""
                out.append(f"- {esc(c['text'])}{flag} — {len(c['origins'])} {t['origins']} ({origins}); {len(c['articles'])} {t['articles']}")
        divs = [d for d in data["divergences"] if d.get("story") in (None, story["id"])]
        if divs:
            out += ["", f"### {t['divergences']}", ""]
            for d in divs:
                values = " / ".join(f"`{esc(v['value'])}` ({', '.join(esc(a) for a in v['articles'])})" for v in d["values"])
                out.append(f"- {t.get(d['kind'], d['kind'])} — {esc(d['about'])}: {values}")
        events = [e for e in data["timeline"] if e.get("story") in (None, story["id"])]
        if events:
            out += ["", f"### {t['timeline']}", ""]
            out += [f"- **{esc(e['date'])}** {esc(e['text'])} ({', '.join(esc(a) for a in e['articles'])})" for e in events]
    out += ["", f"## {t['removed']}", ""]
    for a in data["articles"]:
        r = a["removed"]
        out.append(f"- {esc(titles[a['id']])} (`{esc(a['id'])}`): {r['duplicate_lines']} {t['dup']}, {r['boilerplate_lines']} {t['boiler']}, {r['foreign_lines']} {t['foreign']}")
    if data["skipped"]:
        out += ["", f"## {t['skipped']}", ""]
        out += [f"- {esc(s['reason'])}" for s in data["skipped"]]
    return "\n".join(out) + "\n"
