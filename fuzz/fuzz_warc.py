#!/usr/bin/env python
"""Coverage-guided fuzzing of the WARC reader (gzip → warcio → HTTP → HTML reader).

    .venv/bin/python fuzz/fuzz_warc.py fuzz/corpus/warc -max_total_time=600

Any libFuzzer flag works (-runs=N, -timeout=S, -jobs=N). A crash leaves crash-<sha1>
in the current folder: add it as a regression test in tests/test_regressions.py.
"""

from __future__ import annotations

import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# instrument recoupe's readers and the parsing libraries they call, so coverage guides the
# search; `include` keeps the rest of recoupe's dependencies (spaCy, numpy…) uninstrumented
with atheris.instrument_imports(include=["recoupe", "trafilatura", "htmldate", "justext", "courlan", "warcio", "charset_normalizer", "lxml"]):
    import trafilatura  # noqa: F401
    import warcio.archiveiterator  # noqa: F401
    from recoupe.ingest.readers import read_warc

from common import SETTINGS, check  # noqa: E402


def _items(data: bytes):
    yield from read_warc("fuzz.warc.gz", data, SETTINGS)


def test_one_input(data: bytes) -> None:
    check(_items(data))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
