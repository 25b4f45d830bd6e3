"""Per-language data files (reporting verbs, hedge cues, outlets, boilerplate cues).

A new language is a new folder of data files plus tests, not new code paths.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["available", "load"]


def available(name: str) -> list[str]:
    """Languages that ship the data file `name`."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / name).is_file())


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """The parsed data file `lexicons/<lang>/<name>` (JSON), cached for the process."""
    path = resources.files(__name__) / lang / name
    return json.loads(path.read_text(encoding="utf-8"))
