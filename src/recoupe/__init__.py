"""recoupe: cross-check news — who claims what, on whose authority, how many independent origins.

    >>> import recoupe
    >>> report = recoupe.analyze(["articles/"])
    >>> report.write("out/")
"""

from __future__ import annotations

__version__ = "0.1.0"

from recoupe.api import analyze
from recoupe.errors import InputError, NoArticles, RecoupeError
from recoupe.model import Article, Claim, Divergence, Document, Statement, Story
from recoupe.report import Report, validate
from recoupe.settings import Settings

__all__ = [
    "Article",
    "Claim",
    "Divergence",
    "Document",
    "InputError",
    "NoArticles",
    "RecoupeError",
    "Report",
    "Settings",
    "Statement",
    "Story",
    "__version__",
    "analyze",
    "validate",
]
