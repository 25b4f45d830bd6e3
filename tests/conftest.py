"""Shared fixtures: the real pipeline on ../shared (skipped with a reason when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
RPM2 = SHARED / "eval" / "rpm2-dev"
DEMO = REPO / "demo" / "corpus"


def need(path: Path) -> Path:
    """`path`, or skip the test with the reason: the shared data is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path.relative_to(REPO.parent)} is absent: the shared data (../shared) must sit beside the checkout")
    return path


def seed(stem_prefix: str) -> Path:
    """The seed article whose file name starts with `stem_prefix` (e.g. '003')."""
    return next(need(SEEDS).glob(f"{stem_prefix}_*.txt"))


@pytest.fixture(scope="session")
def seeds_report():
    """The real pipeline run once over ../shared/seeds."""
    import recoupe

    return recoupe.analyze([need(SEEDS)])


@pytest.fixture(scope="session")
def seeds_data(seeds_report):
    return seeds_report.to_dict()


@pytest.fixture(scope="session")
def rpm2_articles():
    """The 200 RPM2 dev articles through ingest, clean and analyze, once per session."""
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths

    files = sorted(need(RPM2).glob("T*.txt"))
    return list(analyze_many(clean(d) for d in read_paths(files)))
