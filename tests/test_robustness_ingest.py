"""Property tests (issue 6): every reader turns any bytes into Documents or typed errors.

Never another exception, never a hang. CI runs the bounded "ci" profile; run the long one
with `pytest tests/test_robustness_ingest.py --hypothesis-profile=long` (10,000 examples each).
"""

from __future__ import annotations

import gzip
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies_hostile import any_bytes, csv_files, encoded, html_bytes, html_docs, json_files, jsonl_files, whitespace_only

from recoupe.errors import InputError, RecoupeError, TimeLimitExceeded, TooLarge
from recoupe.ingest import read_paths
from recoupe.ingest.decode import decode
from recoupe.ingest.readers import read_html, read_records, read_text, read_warc
from recoupe.model import Document, Skipped
from recoupe.settings import Settings

SMALL = Settings(max_html_chars=300_000)


def _valid_document(doc: Document) -> None:
    assert isinstance(doc, Document)
    assert isinstance(doc.text, str) and doc.text.strip()
    doc.text.encode("utf-8")  # no lone surrogate reaches the pipeline
    for value in (doc.title, doc.url, doc.published, doc.outlet):
        assert value is None or isinstance(value, str)
        if value:
            value.encode("utf-8")
    if doc.published:
        assert len(doc.published) == 10 and doc.published[4] == "-"


def _valid_error(err: RecoupeError) -> None:
    assert isinstance(err, InputError)
    assert err.path and err.problem
    assert "\n" not in str(err)  # the CLI prints one line per skipped input


def drain(make) -> list:
    """Documents and error values from a reader; a raised RecoupeError is checked and kept."""
    out = []
    try:
        result = make()
        for item in [result] if isinstance(result, Document) else result:
            out.append(item)
    except RecoupeError as err:
        out.append(err)
    for item in out:
        if isinstance(item, Document):
            _valid_document(item)
        else:
            _valid_error(item)
    return out


@given(any_bytes)
def test_decode_gives_text_or_a_typed_error(data):
    try:
        text, encoding = decode(data, "x.txt")
    except RecoupeError as err:
        _valid_error(err)
    else:
        assert isinstance(text, str) and isinstance(encoding, str)


@given(st.one_of(any_bytes, whitespace_only.map(str.encode)))
def test_text_reader(data):
    drain(lambda: read_text("x.txt", data, "x"))


@given(html_bytes)
def test_html_reader(data):
    drain(lambda: read_html("x.html", data, "x", settings=SMALL))


@given(st.one_of(json_files(), any_bytes))
def test_json_reader(data):
    drain(lambda: read_records("x.json", data, "json", {}))


@given(st.one_of(jsonl_files(), any_bytes), st.sampled_from([{}, {"text": "body"}, {"text": "title", "id": "date"}]))
def test_jsonl_reader(data, fields):
    drain(lambda: read_records("x.jsonl", data, "jsonl", fields))


@given(st.one_of(csv_files(), any_bytes))
def test_csv_reader(data):
    drain(lambda: read_records("x.csv", data, "csv", {}))


def _warc(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for n, (ctype, body) in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        # fixed date and id: the bytes (and so the strategy's draws) must not change between runs
        fixed = {"WARC-Date": "2026-03-10T08:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"}
        writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=fixed))
    return buf.getvalue()


PAGE = ("<html><body><article><p>Le préfet a confirmé l'évacuation de 1 200 habitants, selon l'AFP.</p>"
        "<p>Les pompiers œuvrent toujours sur place, a indiqué la préfecture jeudi soir.</p></article></body></html>").encode()
WARCS = [_warc([("text/html; charset=utf-8", PAGE), ("application/javascript", b"x=1"), ("text/html", PAGE)], gz) for gz in (True, False)]


@st.composite
def warc_files(draw) -> bytes:
    """Valid WARCs (with generated HTML pages), then truncated, spliced or bit-flipped."""
    if draw(st.booleans()):
        base = draw(st.sampled_from(WARCS))
    else:
        pages = draw(st.lists(st.tuples(st.sampled_from(["text/html", "text/html; charset=cp1252", "text/plain", "text/html; charset=bogus"]), html_bytes), min_size=1, max_size=3))
        base = _warc(pages, draw(st.booleans()))
    data = bytearray(base)
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.integers(0, 2))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == 0:
            del data[at:]
        elif op == 1 and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        else:
            data[at:at] = draw(st.binary(max_size=40))
    return bytes(data)


@given(st.one_of(warc_files(), any_bytes, any_bytes.map(lambda b: gzip.compress(b, mtime=0)), any_bytes.map(lambda b: gzip.compress(b, mtime=0)[: len(b) // 2])))
def test_warc_reader(data):
    drain(lambda: read_warc("x.warc.gz", data, SMALL))


SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".warc", ".warc.gz", ".png", "", ".TXT", ".Html"]


@given(st.lists(st.tuples(st.sampled_from(SUFFIXES), st.one_of(any_bytes, html_bytes, json_files(), csv_files(), st.sampled_from(WARCS))), min_size=1, max_size=4))
def test_read_paths_never_raises(files):
    """The whole ingest stage on a folder of hostile files: Documents and Skipped only."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, data) in enumerate(files):
            (Path(tmp) / f"f{i}{suffix}").write_bytes(data)
        items = list(read_paths([tmp], Settings(max_html_chars=300_000, max_file_bytes=100_000)))
    assert items
    for item in items:
        assert isinstance(item, (Document, Skipped))
        if isinstance(item, Skipped):
            assert "\n" not in item.reason and item.path in item.reason
            assert "recoupe failed on this input" not in item.reason, item.reason  # the safety net must stay unused
        else:
            _valid_document(item)


# ---- the limits are configurable and named in the error ------------------------------------


def test_html_time_limit_names_the_setting():
    big = ("<html><body>" + "<p>Le préfet a confirmé l'évacuation de 1 200 habitants, selon l'AFP.</p>" * 20000 + "</body></html>").encode()
    with pytest.raises(TimeLimitExceeded, match="html_time_limit=0.05 s"):
        read_html("slow.html", big, "slow", settings=Settings(html_time_limit=0.05))


def test_html_size_and_depth_limits_name_the_setting():
    page = b"<html><body>" + b"<div>" * 120 + b"<p>Le pr\xc3\xa9fet a confirm\xc3\xa9 l'\xc3\xa9vacuation, selon l'AFP jeudi soir.</p>" * 5
    with pytest.raises(TooLarge, match="max_html_chars=100"):
        read_html("big.html", page, "big", settings=Settings(max_html_chars=100))
    with pytest.raises(InputError, match="max_html_depth=50"):
        read_html("deep.html", page, "deep", settings=Settings(max_html_depth=50))


def test_gzip_bomb_is_refused_by_max_decompressed_bytes(tmp_path):
    bomb = gzip.compress(b"WARC/1.0\r\n" + b"\0" * 5_000_000)
    f = tmp_path / "bomb.warc.gz"
    f.write_bytes(bomb)
    (item,) = read_paths([f], Settings(max_decompressed_bytes=1_000_000))
    assert isinstance(item, Skipped) and "max_decompressed_bytes=1,000,000" in item.reason


def test_a_pipe_named_txt_is_skipped_not_read(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = read_paths([fifo])
    assert isinstance(item, Skipped) and "not a regular file" in item.reason


def test_warc_pages_before_a_break_are_kept(tmp_path):
    good = _warc([("text/html", PAGE), ("text/html", PAGE)], gz=True)
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(good + good[: len(good) // 2 + 7])  # cut inside the fourth record
    items = list(read_paths([f]))
    kinds = [type(i).__name__ for i in items]
    assert kinds[:2] == ["Document", "Document"] and kinds[-1] == "Skipped" and kinds.count("Skipped") == 1
    assert "WARC" in items[-1].reason and f"{kinds.count('Document')} HTML page(s)" in items[-1].reason


@given(encoded())
def test_any_bytes_as_any_file_kind_through_read_paths(data):
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".txt", ".html", ".json", ".jsonl", ".csv", ".warc"):
            (Path(tmp) / f"x{suffix}").write_bytes(data)
        for item in read_paths([tmp], SMALL):
            assert isinstance(item, (Document, Skipped))
            if isinstance(item, Skipped):
                assert "recoupe failed on this input" not in item.reason, item.reason
