"""Benchmark: the cost of recoupe's components on top of the spaCy model's own pass.

Runs, over the same texts and in one process, (1) the model's pass with recoupe's sentence
rule (`load_pipeline(extras=False)`), (2) the full pipeline (attribution + hedging) and
(3) the whole analysis stage (`analyze_many`: the full pipeline, then statements with their
entities, acronyms, dates and amounts), then prints the times and their ratios to (1)
(target: at most 1.25). Not a test: timings vary.

    .venv/bin/python bench/bench_analysis.py [../shared/eval/rpm2-dev] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "rpm2-dev"))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each pipeline; the best is kept")
    args = ap.parse_args()

    from recoupe.analyze import _doc_text, analyze_many
    from recoupe.analyze.pipeline import load_pipeline
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Document

    docs = [d for d in read_paths([args.folder]) if isinstance(d, Document)]
    cleaned = [clean(d) for d in docs]
    texts = [_doc_text(c)[0] for c in cleaned]
    chars = sum(map(len, texts))
    base = load_pipeline(extras=False)
    full = load_pipeline()
    for nlp in (base, full):  # warm up (first-use imports, caches)
        list(nlp.pipe(texts[:5]))

    def run(nlp) -> float:
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        return time.perf_counter() - t0

    def run_stage() -> float:
        t0 = time.perf_counter()
        for _article in analyze_many(cleaned):
            pass
        return time.perf_counter() - t0

    list(analyze_many(cleaned[:5]))
    # interleaved runs, best of each: the machine's load drifts between runs
    base_times, full_times, stage_times = [], [], []
    for _ in range(args.repeat):
        base_times.append(run(base))
        full_times.append(run(full))
        stage_times.append(run_stage())
    t_base, t_full, t_stage = min(base_times), min(full_times), min(stage_times)
    print(f"texts: {len(texts)} ({chars:,} characters) from {args.folder}")
    print(f"model pass (extras=False): {t_base:.2f} s")
    print(f"full pipeline:             {t_full:.2f} s  ({', '.join(n for n in full.pipe_names if n.startswith('recoupe'))})")
    print(f"analysis stage:            {t_stage:.2f} s  (full pipeline + statements, entities, dates, amounts)")
    print(f"ratio full/model:          {t_full / t_base:.3f}  (target <= 1.25)")
    print(f"ratio stage/model:         {t_stage / t_base:.3f}  (target <= 1.25)")


if __name__ == "__main__":
    main()
