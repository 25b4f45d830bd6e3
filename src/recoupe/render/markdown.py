"""The report as Markdown, for pasting into a newsroom chat or a ticket.

Input text is untrusted: Markdown and HTML syntax in it is escaped so that a viewer that
renders Markdown shows it as text.
"""

from __future__ import annotations

import re
from typing import Any

from recoupe.render.i18n import Texts, report_language

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")

def esc(text: object) -> str:
    """Escape Markdown and HTML syntax; fold newlines so a value stays on its line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(data: dict[str, Any], lang: str | None = None) -> str:
    t = Texts(report_language(data, lang))  # the HTML report's strings: one table per language
    titles = {a["id"]: a.get("title") or a["id"] for a in data["articles"]}
    out = [f"# {t['title']}", ""]
    out.append(f"{t.n('article', len(data['articles']))}, {t.n('story', len(data['stories']))}.")
    for story in data["stories"]:
        out += ["", f"## {esc(story['label'])}", "", f"{t.n('article', len(story['articles']))}: " + ", ".join(esc(titles.get(a, a)) for a in story["articles"])]
        claims = sorted((c for c in data["claims"] if c["story"] == story["id"]), key=lambda c: (-len(c["origins"]), -len(c["articles"])))
        if claims:
            out += ["", f"### {t['claims']}", ""]
            for c in claims:
                origins = ", ".join(esc(o["name"] if isinstance(o, dict) else o) for o in c["origins"]) or "—"
                flags = []
                if c.get("single_origin"):
                    flags.append(t["badge_single"])
                if c["hedged"]:
                    flags.append(t["badge_hedged"])
                flag = f" **[{', '.join(flags)}]**" if flags else ""
                out.append(f"- {esc(c['text'])}{flag} — {t.n('origin', len(c['origins']))} ({origins}); {t.n('article', len(c['articles']))}")
        divs = [d for d in data["divergences"] if d.get("story") in (None, story["id"])]
        if divs:
            out += ["", f"### {t['divergences']}", ""]
            for d in divs:
                values = " / ".join(f"`{esc(v['value'])}` ({', '.join(esc(a) for a in v['articles'])})" for v in d["values"])
                out.append(f"- {t['kind_' + d['kind']]} — {esc(d['about'])}: {values}")
        events = [e for e in data["timeline"] if e.get("story") in (None, story["id"])]
        if events:
            out += ["", f"### {t['timeline']}", ""]
            out += [f"- **{esc(e['date'])}** {esc(e['text'])} ({', '.join(esc(a) for a in e['articles'])})" for e in events]
    out += ["", f"## {t['cleaning']}", ""]
    for a in data["articles"]:
        r = a["removed"]
        out.append(f"- {esc(titles[a['id']])} (`{esc(a['id'])}`): {r['duplicate_lines']} {t['dup_lines']}, {r['boilerplate_lines']} {t['boiler_lines']}, {r['foreign_lines']} {t['foreign_lines']}")
    if data["skipped"]:
        out += ["", f"## {t['skipped']}", ""]
        out += [f"- {esc(s['reason'])}" for s in data["skipped"]]
    return "\n".join(out) + "\n"
