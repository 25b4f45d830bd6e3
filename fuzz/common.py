"""Shared by the fuzz targets: the property every reader must keep.

A reader given any bytes returns documents or raises a `recoupe.errors.RecoupeError`;
any other exception is a crash, which atheris reports with the input that caused it.
"""

from __future__ import annotations

from recoupe.errors import RecoupeError
from recoupe.model import Document
from recoupe.settings import Settings

# Small limits so the fuzzer spends its time in parsing code, not on one huge input;
# the time budget is off because atheris has its own (-timeout) and a SIGALRM of ours
# would fight with it.
SETTINGS = Settings(max_html_chars=200_000, html_time_limit=0)


def check(items) -> None:
    """Drain `items` (documents or error values); let unexpected exceptions through."""
    try:
        for item in items:
            assert isinstance(item, (Document, RecoupeError)), type(item)
            if isinstance(item, Document):
                assert isinstance(item.text, str) and item.text.strip()
    except RecoupeError:
        pass
