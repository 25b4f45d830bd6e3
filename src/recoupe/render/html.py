"""The report as one self-contained HTML file (no network, opens from file://).

Works from the plain dict of report.json, never from internal objects. Input text is
untrusted: everything is escaped by Jinja2 autoescape.
"""

from __future__ import annotations

from typing import Any

from markupsafe import escape


def render_html(data: dict[str, Any], lang: str | None = None) -> str:
    """Render the report dict (see schema/report.schema.json) as a standalone HTML page."""
    lang = lang if lang in ("fr", "en") else "fr"
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        "<title>recoupe</title></head><body><h1>recoupe</h1><ul>",
    ]
    for a in data.get("articles", []):
        parts.append(f"<li>{escape(a.get('title') or a['id'])}</li>")
    parts.append("</ul></body></html>")
    return "\n".join(parts)
