"""The Python API: what `recoupe analyze` does, callable from a notebook.

    >>> import recoupe
    >>> report = recoupe.analyze(["articles/"])
    >>> report.write("out/")            # report.html, report.json, report.md
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from recoupe.analyze import analyze_many
from recoupe.clean import clean
from recoupe.errors import NoArticles
from recoupe.ingest import read_paths
from recoupe.link import link
from recoupe.model import Document, Skipped
from recoupe.report import Report
from recoupe.settings import Settings

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def analyze(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    settings: Settings | None = None,
    progress: Progress | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> Report:
    """Read, clean, analyze and link every article under `paths` into a `Report`.

    Unreadable inputs are reported through `on_skip` and in `Report.skipped`; the run goes
    on. Raises `NoArticles` when nothing could be analysed.
    """
    settings = settings or Settings()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for item in read_paths(paths, settings):
        if isinstance(item, Skipped):
            skipped.append(item)
            if on_skip:
                on_skip(item)
        else:
            documents.append(item)
        if progress:
            progress("read", len(documents) + len(skipped), 0)
    if progress:
        progress("read", len(documents) + len(skipped), len(documents) + len(skipped))
    if not documents:
        raise NoArticles("no article could be read" + (f" ({len(skipped)} input(s) skipped)" if skipped else "; no input files were found"))
    cleaned = []
    for i, doc in enumerate(documents, 1):
        cleaned.append(clean(doc, settings))
        if progress:
            progress("clean", i, len(documents))
    articles = []
    for i, article in enumerate(analyze_many(cleaned, settings), 1):
        articles.append(article)
        if progress:
            progress("analyze", i, len(cleaned))
    if progress:
        progress("link", 0, 1)
    linked = link(articles, settings)
    if progress:
        progress("link", 1, 1)
    return Report(articles=articles, linked=linked, skipped=skipped)
