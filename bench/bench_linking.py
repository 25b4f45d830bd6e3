"""Linking benchmark: link 1k, 10k, 100k articles and print time and peak memory per size.

    .venv/bin/python bench/bench_linking.py                    # 1k and 10k
    .venv/bin/python bench/bench_linking.py --sizes 1000 10000 100000

The articles are sampled from the real corpora (../shared/seeds, ../shared/eval/rpm2-dev,
demo/corpus), analysed once (cached in the system temp folder), then perturbed into
synthetic events: each event takes a base article and gives its named entities
event-specific names; each article of the event drops and reorders some statements and
nudges some numbers. The statements are pre-analysed, so the figures measure linking
alone. Every size runs in a fresh process so its peak memory (max RSS) is its own.
Printed per size: seconds, peak MB, ms per article, the per-article time ratio to the
previous size, and the pairwise F1 of the stories against the synthetic events.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = [SHARED / "seeds", SHARED / "eval" / "rpm2-dev", ROOT / "demo" / "corpus"]
CACHE = Path(tempfile.gettempdir()) / "recoupe-bench-linking-articles.pkl"
OUTLETS = ["Le Quotidien", "La Dépêche du Soir", "Radio Info", "Le Courrier", "L'Écho", "Presse Régionale", "Le Journal", "Fil Info"]
SYLLABLES = ["ka", "ro", "mi", "tel", "vas", "dor", "lun", "bri", "sa", "gon", "za", "pel", "ur", "fin", "to", "nak"]


def base_articles() -> list:
    if CACHE.is_file():
        return pickle.loads(CACHE.read_bytes())
    sys.path.insert(0, str(ROOT / "src"))
    from recoupe.analyze import analyze_many
    from recoupe.clean import clean
    from recoupe.ingest import read_paths
    from recoupe.model import Skipped

    paths = [str(p) for p in SOURCES if p.exists()]
    if not paths:
        sys.exit("no corpus found: ../shared must sit beside the checkout")
    docs = [clean(d) for d in read_paths(paths) if not isinstance(d, Skipped)]
    arts = [a for a in analyze_many(docs) if len(a.statements) >= 3]
    CACHE.write_bytes(pickle.dumps(arts))
    return arts


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthesise(bases: list, n: int, seed: int = 0) -> tuple[list, list[int]]:
    """n perturbed articles in events of 2–18 articles; returns the articles and their event ids."""
    rng = random.Random(seed)
    out, gold, event = [], [], 0
    while len(out) < n:
        base = rng.choice(bases)
        names: dict[str, str] = {}
        for st in base.statements:
            for m in st.entities:
                if m.text not in names and len(m.text) > 2:
                    names[m.text] = _name(rng) + " " + _name(rng) if m.label == "PER" else _name(rng)
        day = 1 + rng.randrange(28)
        for k in range(min(rng.randint(2, 18), n - len(out))):
            art = copy.deepcopy(base)
            art.id = f"ev{event}_{k}"
            art.outlet = rng.choice(OUTLETS)
            art.published = f"2024-{1 + event % 12:02d}-{min(28, day + rng.randrange(3)):02d}"
            keep = [st for st in art.statements if rng.random() > 0.2] or art.statements[:3]
            if len(keep) > 3 and rng.random() < 0.5:
                i = rng.randrange(len(keep) - 1)
                keep[i], keep[i + 1] = keep[i + 1], keep[i]
            for idx, st in enumerate(keep):
                for old, new in names.items():
                    if old in st.text:
                        st.text = st.text.replace(old, new)
                for m in st.entities:
                    m.text = m.norm = names.get(m.text, m.text)
                if st.attribution and st.attribution.speaker in names:
                    st.attribution.speaker = names[st.attribution.speaker]
                for a in st.amounts:
                    if rng.random() < 0.1:
                        a.value = round(a.value * rng.choice([0.8, 1.25]), 2)
                st.article = art.id
                st.index = idx
                st.id = f"{art.id}:{idx}"
            art.statements = keep
            if art.title:
                for old, new in names.items():
                    art.title = art.title.replace(old, new)
            out.append(art)
            gold.append(event)
        event += 1
    return out, gold


def run_one(n: int) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from recoupe.eval.stories import score
    from recoupe.link import link

    arts, gold = synthesise(base_articles(), n)
    statements = sum(len(a.statements) for a in arts)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    linked = link(arts)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    story_of = {a: k for k, s in enumerate(linked.stories) for a in s.articles}
    f1 = score(gold, [story_of[a.id] for a in arts]).pairwise_f1
    return {
        "articles": n, "statements": statements, "seconds": round(seconds, 2), "peak_mb": round(peak / 1024),
        "input_mb": round(before / 1024), "stories": len(linked.stories), "claims": len(linked.claims),
        "divergences": len(linked.divergences), "story_pairwise_f1": round(f1, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    base_articles()  # analyse once, before timing anything
    print(f"{'articles':>9} {'statements':>11} {'seconds':>8} {'peak MB':>8} {'ms/article':>11} {'ratio':>6} {'stories':>8} {'claims':>7} {'story F1':>9}")
    previous = None
    for n in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        if proc.returncode:
            print(proc.stderr[-2000:], file=sys.stderr)
            sys.exit(f"size {n} failed")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        per = 1000 * r["seconds"] / n
        ratio = f"{per / previous:.2f}" if previous else "-"
        previous = per
        print(f"{n:>9} {r['statements']:>11} {r['seconds']:>8.1f} {r['peak_mb']:>8} {per:>11.2f} {ratio:>6} {r['stories']:>8} {r['claims']:>7} {r['story_pairwise_f1']:>9.3f}", flush=True)
    print("peak MB is the process's max RSS, input articles included; ratio = ms/article over the previous size's")


if __name__ == "__main__":
    main()
