"""The report: everything one run found, as plain data, with its JSON contract.

`Report.to_dict()` is the published contract (schema/report.schema.json): fields may be
added; the required ones are not renamed or dropped without a schema version bump.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from recoupe.errors import SchemaError
from recoupe.model import Article, Linked, Skipped

SCHEMA_VERSION = "1.0"


@dataclass(slots=True)
class Report:
    """Articles, what linking found across them, and the inputs that were skipped."""

    articles: list[Article]
    linked: Linked = field(default_factory=Linked)
    skipped: list[Skipped] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        from recoupe import __version__

        linked = asdict(self.linked)
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "recoupe", "version": __version__},
            "articles": [_article(a) for a in self.articles],
            "stories": linked["stories"],
            "statements": [asdict(s) for a in self.articles for s in a.statements],
            "entities": linked["entities"],
            "claims": linked["claims"],
            "divergences": linked["divergences"],
            "timeline": linked["timeline"],
            "skipped": [asdict(s) for s in self.skipped],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self, lang: str | None = None) -> str:
        from recoupe.render.markdown import render_markdown

        return render_markdown(self.to_dict(), lang=lang)

    def to_html(self, lang: str | None = None) -> str:
        from recoupe.render.html import render_html

        return render_html(self.to_dict(), lang=lang)

    def write(self, out_dir: str | Path, lang: str | None = None) -> dict[str, Path]:
        """Write report.json, report.md and report.html into `out_dir`; return their paths."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        data = self.to_dict()
        from recoupe.render.html import render_html
        from recoupe.render.markdown import render_markdown

        paths = {"json": out / "report.json", "markdown": out / "report.md", "html": out / "report.html"}
        paths["json"].write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        paths["markdown"].write_text(render_markdown(data, lang=lang), encoding="utf-8")
        paths["html"].write_text(render_html(data, lang=lang), encoding="utf-8")
        return paths


def _article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "language": a.language,
        "published": a.published,
        "outlet": a.outlet,
        "url": a.url,
        "removed": a.removed_counts(),
        "removed_spans": [asdict(r) for r in a.removed],
        "signals": a.signals(),
        "warnings": list(a.warnings),
        "statements": len(a.statements),
    }


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The published JSON Schema of report.json."""
    text = (resources.files("recoupe") / "schema" / "report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(data: dict[str, Any]) -> None:
    """Raise SchemaError when `data` does not follow the report schema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(root)"
        raise SchemaError(f"report.json does not follow the schema at {where}: {first.message} ({len(errors)} error(s))")
