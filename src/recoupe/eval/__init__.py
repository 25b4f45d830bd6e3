"""Quality measurement against gold data (attribution, dates and amounts, linking): functions returning result objects with a text rendering."""

from __future__ import annotations

from pathlib import Path

from recoupe.model import Article

__all__ = ["analyse_files"]


def analyse_files(names: list[str], folder: Path, settings=None) -> list[Article]:
    """The articles `folder/<name>.txt` through ingest, clean and analyze (missing files are skipped)."""
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Document

    paths = [folder / f"{n}.txt" for n in names if (folder / f"{n}.txt").exists()]
    docs = [d for d in read_paths(paths, settings) if isinstance(d, Document)]
    return list(analyze_many([clean(d, settings) for d in docs], settings))
