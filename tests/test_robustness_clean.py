"""Property tests (issue 6): the cleaner and the per-article analysis on hostile text.

The cleaner returns a CleanDocument whose every kept line and removed span maps back into
the document text; the analysis returns an Article (or a typed RecoupeError). The analysis
tests draw few examples under the "ci" profile (spaCy is slow-ish; the pipeline is loaded
once per session) and the full count under `--hypothesis-profile=long`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies_hostile import WORDS, hostile_text, whitespace_only

from recoupe.clean import clean
from recoupe.errors import RecoupeError
from recoupe.ingest.limits import scrub
from recoupe.model import Article, CleanDocument, Document
from recoupe.settings import Settings

# ci: a handful of analysis examples; long: the profile's count (≥ 10,000)
ANALYSIS_EXAMPLES = settings.default.max_examples if settings.default.max_examples >= 10_000 else 12

french = st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join)
texts = st.one_of(hostile_text, whitespace_only, st.lists(st.one_of(french, hostile_text), max_size=12).map("\n".join))
titles = st.one_of(st.none(), hostile_text, french)
limits = st.builds(Settings, max_article_chars=st.sampled_from([200_000, 500, 50]), max_line_chars=st.sampled_from([20_000, 80, 10]), max_token_chars=st.sampled_from([300, 20, 1]))


def _check_clean(c: CleanDocument, doc: Document) -> None:
    text = scrub(doc.text)
    assert isinstance(c, CleanDocument) and c.document is doc
    for line in c.lines:
        assert line.text and line.text == line.text.strip()
        line.text.encode("utf-8")
        for local, orig, n in line.pieces:
            assert 0 <= orig and orig + n <= len(text)
            assert line.text[local : local + n] == text[orig : orig + n]
    for r in c.removed:
        assert r.kind in {"duplicate", "boilerplate", "foreign", "truncated"}
        assert 0 <= r.start <= r.end <= len(doc.text)
        assert "\n" not in r.reason


@given(texts, titles, limits)
def test_clean_keeps_offsets_on_any_text(text, title, config):
    doc = Document(id="t", path="t.txt", text=text, title=title)
    _check_clean(clean(doc, config), doc)


@pytest.fixture(scope="session")
def pipeline_ready():
    """Load the spaCy pipeline once for the session (skip cleanly when the model is absent)."""
    from recoupe.analyze.pipeline import load_pipeline
    from recoupe.errors import ModelMissing

    try:
        load_pipeline()
    except ModelMissing as exc:
        pytest.skip(str(exc))


def _check_article(article: Article, doc: Document) -> None:
    assert isinstance(article, Article)
    for s in article.statements:
        assert 0 <= s.start <= s.end <= len(doc.text)
        s.text.encode("utf-8")
        for m in s.entities:
            assert 0 <= m.start <= m.end <= len(s.text)


@settings(max_examples=ANALYSIS_EXAMPLES)
@given(texts, titles)
def test_analysis_gives_an_article_or_a_typed_error(pipeline_ready, text, title):
    from recoupe.analyze import analyze_clean

    doc = Document(id="t", path="t.txt", text=text, title=title, published="2026-03-10")
    try:
        article = analyze_clean(clean(doc))
    except RecoupeError:
        return
    _check_article(article, doc)
