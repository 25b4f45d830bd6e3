"""Counts and span sanity checks for eval/gold/attribution-rpm2-dev.jsonl.

Usage (from the repository root):
    python eval/gold/gold_stats.py [--corpus ../shared/eval/rpm2-dev]
"""
import argparse
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(HERE, "attribution-rpm2-dev.jsonl"))
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "eval", "rpm2-dev"))
    args = ap.parse_args()

    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    arts = collections.Counter(r["article"] for r in rows)
    topics = collections.Counter(r["article"][:6] for r in rows)
    n = len(rows)
    hedged = sum(r["hedged"] for r in rows)
    speaker = sum(r["speaker"] is not None for r in rows)
    outlets = sum(bool(r["outlets"]) for r in rows)
    direct = sum(r["direct"] is True for r in rows)
    plain = sum((not r["hedged"]) and r["speaker"] is None and not r["outlets"] for r in rows)
    print(f"sentences            {n}")
    print(f"articles             {len(arts)}")
    print(f"topic/cluster groups {len(topics)}  {dict(sorted(topics.items()))}")
    print(f"hedged               {hedged} ({hedged / n:.0%})")
    print(f"with speaker         {speaker} ({speaker / n:.0%})")
    print(f"  of which direct    {direct}")
    print(f"with outlets         {outlets} ({outlets / n:.0%})")
    print(f"plain (null/[]/False){plain} ({plain / n:.0%})")

    if os.path.isdir(args.corpus):
        bad = 0
        seen = set()
        for r in rows:
            path = os.path.join(args.corpus, r["article"] + ".txt")
            text = open(path, encoding="utf-8-sig", newline="").read()
            span = text[r["start"]:r["end"]]
            before = text[:r["start"]]
            ok = (span and span == span.strip() and "\n" not in span and "\r" not in span
                  and (before.strip(" ") == "" or before.rstrip(" ")[-1] in "\r\n"
                       or re.search(r"(?:[.!?…»\"”]|\(\.\.\.\))\s+$", before)))
            if not ok or (r["article"], r["start"]) in seen:
                bad += 1
                print("BAD SPAN", r["article"], r["start"], r["end"])
            seen.add((r["article"], r["start"]))
        print(f"span check: {n - bad}/{n} ok")
    else:
        print(f"corpus not found at {args.corpus}; span check skipped")


if __name__ == "__main__":
    main()
