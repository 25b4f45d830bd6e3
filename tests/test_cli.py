"""The `recoupe` command end to end: reports written, bad inputs skipped with one line, exit codes."""

from __future__ import annotations

import json

from conftest import DEMO, SEEDS, need
from typer.testing import CliRunner

from recoupe.cli import app
from recoupe.report import validate

runner = CliRunner()
GOOD = "Incendie au port\nLe préfet a confirmé l'évacuation de 1 200 habitants, a-t-il déclaré à l'AFP.\n"


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_analyze_seeds_writes_three_reports_that_follow_the_schema(tmp_path):
    result = run("analyze", str(need(SEEDS)), "--out", str(tmp_path), "--quiet")
    assert result.exit_code == 0, result.output
    for name in ("report.html", "report.json", "report.md"):
        assert (tmp_path / name).stat().st_size > 500
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    validate(data)
    assert len(data["articles"]) == 5
    assert "report.html" in result.stdout


def test_demo_corpus_runs(tmp_path):
    result = run("analyze", str(DEMO), "--out", str(tmp_path), "-q")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    validate(data)
    assert len(data["articles"]) >= 6 and not data["skipped"]


def test_bad_files_are_skipped_with_one_line_each_and_the_rest_goes_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (corpus / "broken.csv").write_text('text,title\n"unterminated,quote\n', encoding="utf-8")
    (corpus / "huge.txt").write_text("Titre\n" + "x" * 3_000_000, encoding="utf-8")
    result = run("analyze", str(corpus), "--out", str(tmp_path / "out"), "-q", "--max-file-bytes", "2000000")
    assert result.exit_code == 0, result.output
    skipped_lines = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped_lines) == 4
    assert "Traceback" not in result.output
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["ok"]
    assert {s["path"].rsplit("/", 1)[-1] for s in data["skipped"]} == {"empty.txt", "binary.txt", "broken.csv#1", "huge.txt"}


def test_nothing_readable_exits_2_with_a_clear_message(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("analyze", str(tmp_path), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 2
    assert "no article could be read" in result.stderr and "Traceback" not in result.output


def test_missing_path_and_bad_options_are_one_line_errors(tmp_path):
    result = run("analyze", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "-q")
    assert result.exit_code == 2 and "nope.txt" in result.stderr
    result = run("analyze", str(tmp_path), "--lang", "de", "-q")
    assert result.exit_code == 2 and "--lang" in result.stderr


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "recoupe", "eval", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "attribution" in out.stdout
