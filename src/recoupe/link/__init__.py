"""Link: across articles — stories, claims, origins, entities, divergences, timeline."""

from __future__ import annotations

from recoupe.model import Article, Linked
from recoupe.settings import Settings

__all__ = ["link"]


def link(articles: list[Article], settings: Settings | None = None) -> Linked:
    """What linking finds across `articles` (placeholder: filled in by issue 4)."""
    return Linked()
