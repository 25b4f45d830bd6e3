"""The `recoupe` command: a thin shell over the Python API (`recoupe.analyze`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from recoupe.errors import RecoupeError
from recoupe.settings import Settings

app = typer.Typer(help="Cross-check news articles: claims, sources, independent origins, divergences, timeline.", no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Measure extraction and linking quality against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

_STAGES = {"read": "Reading", "clean": "Cleaning", "analyze": "Analysing", "link": "Linking"}


def _fields(values: list[str]) -> dict[str, str]:
    mapping = {}
    for value in values:
        key, sep, name = value.partition("=")
        if not sep or not key or not name:
            raise typer.BadParameter(f"'{value}': use FIELD=NAME, e.g. text=body")
        mapping[key.strip()] = name.strip()
    return mapping


def fail(message: str, code: int = 2) -> None:
    """One line on stderr, then exit: never a traceback."""
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (.txt .md .html .json .jsonl .csv .warc .warc.gz).")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for report.html, report.json and report.md.")] = Path("recoupe-report"),
    lang: Annotated[Optional[str], typer.Option("--lang", help="Interface language of the report: fr or en (default: the corpus's).")] = None,
    field: Annotated[Optional[list[str]], typer.Option("--field", help="Record field mapping for json/jsonl/csv, e.g. --field text=body.")] = None,
    max_file_bytes: Annotated[int, typer.Option(help="Skip files larger than this.")] = Settings().max_file_bytes,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Analyse articles and write the cross-checking report."""
    from recoupe.api import analyze as run

    if lang not in (None, "fr", "en"):
        fail(f"--lang must be fr or en, not '{lang}'")
    settings = Settings(fields=_fields(field or []), max_file_bytes=max_file_bytes)
    skipped = []

    def on_skip(item) -> None:
        skipped.append(item)
        err.print(f"[yellow]skipped:[/] {escape(item.reason)}")

    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, disable=quiet, transient=False) as bar:
            tasks: dict[str, int] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(_STAGES.get(stage, stage), total=total or None)
                bar.update(tasks[stage], completed=done, total=total or None)

            report = run(paths, settings, progress=progress, on_skip=on_skip)
        written = report.write(out_dir, lang=lang)
    except RecoupeError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as exc:  # the promise is one line, never a traceback
        if os.environ.get("RECOUPE_DEBUG"):
            raise
        fail(f"internal error ({type(exc).__name__}: {exc}); rerun with RECOUPE_DEBUG=1 and report it", 1)
    stories = len(report.linked.stories)
    out.print(f"{len(report.articles)} article(s), {stories} stor{'y' if stories == 1 else 'ies'}, {len(report.linked.claims)} claim(s); {len(skipped)} input(s) skipped.")
    out.print(f"Report: {escape(str(written['html']))}")
    out.print(f"Data:   {escape(str(written['json']))}  ·  {escape(str(written['markdown']))}")


def _report(run, as_json: bool, render_args: tuple = ()) -> None:
    """Run an evaluation; print its metrics as JSON or its text rendering; errors as one line."""
    import json

    try:
        result = run()
    except RecoupeError as exc:
        fail(str(exc))
    if as_json:
        out.print_json(json.dumps(result.metrics()))
    else:
        print(result.render(*render_args))


def _gold_report(evaluate, gold: Path, articles: Path, max_errors: int, as_json: bool) -> None:
    """Score a gold file over its articles folder: the two paths checked first, each in one line."""
    if not gold.is_file():
        fail(f"gold file not found: {gold}")
    if not articles.is_dir():
        fail(f"articles folder not found: {articles}")
    _report(lambda: evaluate(gold, articles), as_json, (None if max_errors < 0 else max_errors,))


@eval_app.command("attribution")
def eval_attribution(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: {article, start, end | text, hedged, speaker, outlets}.")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the gold's articles (<article>.txt).")],
    max_errors: Annotated[int, typer.Option(help="Errors listed (-1: all).")] = -1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Hedging P/R/F1, speaker accuracy and outlet P/R against a gold set, with the errors."""
    from recoupe.eval.attribution import evaluate

    _gold_report(evaluate, gold, articles, max_errors, as_json)


@eval_app.command("measures")
def eval_measures(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL, one article per line: {article, dates: [...], amounts: [...]}.")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the gold's articles (<article>.txt).")],
    max_errors: Annotated[int, typer.Option(help="Errors listed (-1: all).")] = -1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Dates and amounts: detection P/R/F1, value and unit accuracy against whole annotated articles."""
    from recoupe.eval.measures import evaluate

    _gold_report(evaluate, gold, articles, max_errors, as_json)


@eval_app.command("entities")
def eval_entities(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL, one article per line: {article, mentions: [{start, end, label, entity}]}.")],
    articles: Annotated[Path, typer.Option("--articles", help="Folder of the gold's articles (<article>.txt).")],
    max_errors: Annotated[int, typer.Option(help="Errors listed (-1: all).")] = -1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Names of people, organisations and places: detection P/R/F1, label accuracy, and B-cubed F1 of their identity across the articles."""
    from recoupe.eval.entities import evaluate

    _gold_report(evaluate, gold, articles, max_errors, as_json)


@eval_app.command("stories")
def eval_stories(
    folder: Annotated[Path, typer.Argument(help="Folder of articles whose ids carry the gold label.")],
    gold_pattern: Annotated[str, typer.Option("--gold-pattern", help=r"Regex on article ids; group 1 is the gold label, e.g. '(T\d+_C\d)'.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Cluster the articles into stories; pairwise P/R/F1, B-cubed F1 and ARI against the gold labels."""
    import re

    from recoupe.eval.stories import evaluate

    if not folder.is_dir():
        fail(f"folder not found: {folder}")
    try:
        re.compile(gold_pattern)
    except re.error as exc:
        fail(f"--gold-pattern is not a valid regex: {exc}")
    _report(lambda: evaluate(folder, gold_pattern), as_json)


@eval_app.command("sts")
def eval_sts(
    csv_path: Annotated[Path, typer.Argument(help="CSV: sentence1, sentence2, score 0-5, no header.")] = Path("../shared/eval/stsb-fr/stsb-fr-dev.csv"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Spearman correlation of the claim-alignment similarity with human STS scores, and its calibration."""
    from recoupe.eval.sts import evaluate

    if not csv_path.is_file():
        fail(f"STS file not found: {csv_path}")
    _report(lambda: evaluate(csv_path), as_json)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
