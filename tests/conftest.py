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
def nlp():
    """The analysis pipeline (model and recoupe's components), loaded once."""
    from recoupe.analyze.pipeline import load_pipeline

    return load_pipeline()


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


# Hypothesis profiles (issue 6). "ci" is the default: bounded, so the suite stays fast.
# "long" runs at least 10,000 examples per property target:
#     .venv/bin/python -m pytest tests/test_robustness_*.py --hypothesis-profile=long
# HYPOTHESIS_PROFILE=long in the environment does the same.
import os  # noqa: E402

from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much, HealthCheck.large_base_example]
hypothesis_settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True)
hypothesis_settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
