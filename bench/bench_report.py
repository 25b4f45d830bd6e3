"""Benchmark: the HTML report of ../shared/eval/rpm2-dev (200 articles) — size and opening time.

    .venv/bin/python bench/bench_report.py [--out DIR] [--runs N] [--json report.json]

Runs the whole pipeline over the 200 RPM2 dev articles (T*.txt; the corpus README is left
out), writes report.html/.json/.md, prints the size of report.html (target: < 5 MB) and the
time to open it from file:// in headless Chromium, up to the load event (target: < 2 s),
as the median of N fresh pages. A measurement, not a test: it prints, it does not fail.
`--json` renders an existing report.json instead of running the pipeline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RPM2 = ROOT.parent / "shared" / "eval" / "rpm2-dev"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def build(out: Path, from_json: Path | None) -> Path:
    from recoupe.render.html import render_html

    if from_json:
        data = json.loads(from_json.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        page = render_html(data)
        print(f"render_html: {time.perf_counter() - t0:.2f} s")
        out.mkdir(parents=True, exist_ok=True)
        path = out / "report.html"
        path.write_text(page, encoding="utf-8")
        return path
    import recoupe

    files = sorted(RPM2.glob("T*.txt"))
    if not files:
        sys.exit(f"no T*.txt under {RPM2.relative_to(ROOT.parent)}: the shared data must sit beside the checkout")
    t0 = time.perf_counter()
    report = recoupe.analyze(files)
    t1 = time.perf_counter()
    data = report.to_dict()
    from recoupe.render.html import render_html

    render_html(data)  # warm the template cache
    t2 = time.perf_counter()
    paths = report.write(out)
    t3 = time.perf_counter()
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    print(f"corpus: {len(files)} files -> {counts}")
    print(f"analyze: {t1 - t0:.1f} s; write (json+md+html): {t3 - t2:.2f} s")
    return paths["html"]


def open_time(path: Path, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri(), wait_until="load")
            wall = time.perf_counter() - t0
            nav = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : -1; })()")
            nodes = page.evaluate("document.getElementsByTagName('*').length")
            times.append(wall)
            print(f"  open: {wall:.3f} s wall to load event (navigation timing loadEventEnd {nav / 1000:.3f} s), {nodes} elements" + (f", errors: {errors}" if errors else ""))
            context.close()
        browser.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="where to write the report (default: a temporary directory)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", type=Path, default=None, help="render this report.json instead of running the pipeline")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="recoupe-bench-"))
    html = build(out, args.json)
    size = html.stat().st_size
    print(f"report.html: {size / 1e6:.2f} MB ({size} bytes) — target < 5 MB: {'ok' if size < 5e6 else 'OVER'}")
    if not CHROMIUM.exists():
        print("no /usr/bin/chromium: opening time not measured")
        return
    times = open_time(html, args.runs)
    med = statistics.median(times)
    print(f"open in headless Chromium: median {med:.3f} s over {len(times)} runs (min {min(times):.3f}, max {max(times):.3f}) — target < 2 s: {'ok' if med < 2 else 'OVER'}")
    print(f"report: {html}")


if __name__ == "__main__":
    main()
