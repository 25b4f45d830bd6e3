"""Regression tests: each input here once crashed, hung or silently lost work (issue 6).

spaCy's tokenizer is quadratic on long runs of prefix punctuation or emoji: the cleaner
sets such runs aside (max_token_chars), tested below.
"""

from __future__ import annotations

import io
import json

import pytest

from recoupe.clean import clean
from recoupe.errors import EmptyInput, MalformedInput
from recoupe.ingest import read_paths
from recoupe.ingest.readers import read_records, read_text, read_warc
from recoupe.model import Document, Skipped
from recoupe.settings import Settings

FR = "Le préfet a confirmé l'évacuation de 1 200 habitants, a-t-il déclaré à l'AFP jeudi soir."


def test_json_integer_over_4300_digits_is_malformed_not_valueerror():
    # was: ValueError "Exceeds the limit (4300 digits) for integer string conversion"
    with pytest.raises(MalformedInput, match="invalid JSON"):
        list(read_records("big.json", b'[{"text": 1' + b"1" * 5000 + b"}]", "json", {}))
    (item,) = read_records("big.jsonl", b'{"text": 1' + b"1" * 5000 + b"}\n", "jsonl", {})
    assert isinstance(item, MalformedInput) and "big.jsonl#1" in str(item)


def test_warc_response_without_target_uri_is_malformed_not_attributeerror():
    # was: AttributeError 'NoneType' object has no attribute 'startswith' inside warcio
    data = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>"
    with pytest.raises(MalformedInput, match="broken WARC"):
        list(read_warc("x.warc", data))


def test_warcio_warnings_do_not_reach_stderr(capsys):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    page = f"<html><body><article><p>{FR}</p><p>{FR} Deuxième paragraphe.</p></article></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(page), http_headers=headers))
    data = buf.getvalue().replace(b"Content-Length: ", b"Content-Length: 1", 1)  # a wrong length: warcio prints a WARNING
    try:
        list(read_warc("x.warc", data + data))
    except MalformedInput:
        pass
    assert "WARNING" not in capsys.readouterr().err


def test_lone_surrogate_from_json_escape_reaches_clean_as_replacement_char():
    # was: UnicodeEncodeError in the language detector (lingua) on "\ud800"
    (doc,) = read_records("s.json", json.dumps([{"text": FR + " \ud800 " + FR}]).encode(), "json", {})
    assert "\ufffd" in doc.text and "\ud800" not in doc.text
    text = "Bonjour \ud800 le monde entier est là aujourd'hui mes amis.\nشسي شسيشس שדגשדג"
    c = clean(Document(id="t", path="t.txt", text=text))  # a caller's own Document may hold one
    assert all("\ud800" not in line.text for line in c.lines) and len(c.lines) >= 1


def test_utf16_with_bom_and_a_lone_surrogate_keeps_its_text():
    # was: BinaryInput (the strict UTF-16 decode failed, then the NUL bytes looked binary)
    data = ("Titre\n" + FR).encode("utf-16") + b"\x00\xd8"  # a truncated surrogate pair at the end
    doc = read_text("t.txt", data, "t")
    assert doc.text.startswith("Titre") and "préfet" in doc.text


@pytest.mark.parametrize("data", [b"\xc2\xa0", b"\xef\xbb\xbf \xe2\x80\x8b\n", "\u3000\u2003".encode()])
def test_whitespace_only_text_is_empty_input(data):
    # was: a Document whose text was only white space
    with pytest.raises(EmptyInput):
        read_text("w.txt", data, "w")


@pytest.mark.parametrize("name, data", [("h.csv", b"\x01"), ("h.csv", b"text,title\n"), ("e.json", b"[]"), ("e.jsonl", b"\n\n \n")])
def test_record_file_without_records_is_reported(tmp_path, name, data):
    # was: nothing at all, neither a document nor a skipped line
    f = tmp_path / name
    f.write_bytes(data)
    (item,) = read_paths([f])
    assert isinstance(item, Skipped) and name in item.reason


def test_unicode_space_only_line_is_not_kept():
    c = clean(Document(id="t", path="t.txt", text=f"{FR}\n\u3000\n\u2003{FR[:40]}"))
    assert [line.text for line in c.lines] == [FR, FR[:40]]


def test_a_single_huge_line_is_cut_at_spaces_with_offsets_kept():
    text = " ".join(f"{FR[:-1]}, n° {i}." for i in range(2000))  # 180,000 characters, one line
    doc = Document(id="t", path="t.txt", text=text)
    c = clean(doc, Settings(max_line_chars=5_000))
    pieces = [line.text for line in c.lines] + [r.text for r in c.removed if r.kind == "duplicate"]
    assert len(pieces) > 30 and all(len(p) <= 5_000 for p in pieces)  # near-identical pieces go as duplicates
    for line in c.lines:
        (_, orig, n), = line.pieces
        assert text[orig : orig + n] == line.text


def test_space_free_runs_are_set_aside_with_the_setting_named():
    c = clean(Document(id="t", path="t.txt", text=f"{FR}\n{'(' * 5000}\n{'QUJD' * 400}\n{FR[:50]}"))
    reasons = [r.reason for r in c.removed if r.kind == "boilerplate"]
    assert len(reasons) == 2 and all("max_token_chars=300" in r for r in reasons)


def test_many_near_identical_lines_clean_quickly():
    # was: a Python loop of rapidfuzz calls over every kept line, quadratic in lines
    text = "\n".join(f"Ligne numéro {i:06d} du texte répété ici encore" for i in range(4000))
    c = clean(Document(id="t", path="t.txt", text=text))
    assert len(c.lines) + sum(r.kind == "duplicate" for r in c.removed) == 4000


# ---- analysis ----------


def test_sentence_component_sets_every_boundary_of_a_long_article():
    # was quadratic: Token.is_sent_start's setter scans the doc for each token (50,000
    # words took ~50 s); the flags are now set in one from_array call
    from recoupe.analyze.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc("Un mot. " * 25_000)
    nlp.get_pipe("recoupe_sentences")(doc)
    assert doc.has_annotation("SENT_START")
    assert sum(t.is_sent_start for t in doc) == 25_000


def test_exhaustive_date_search_has_its_own_budget_and_keeps_the_text():
    # found by atheris (fuzz/fuzz_html.py): a 4 KB mutated seed page decoded as cp932 sent
    # htmldate's fallback through dateparser over all 410 locales: 7 s for one page
    from pathlib import Path

    from recoupe.ingest.readers import read_html

    data = (Path(__file__).parent / "regressions" / "slow-date-search.html").read_bytes()
    doc = read_html("slow.html", data, "slow", settings=Settings(html_date_time_limit=0.3))
    assert "Incendie au port" in doc.text and doc.published is None
    assert any("html_date_time_limit=0.3 s" in w and "slow.html" in w for w in doc.warnings)


def test_entity_offsets_stay_inside_their_statement():
    from recoupe.analyze import analyze_clean

    doc = Document(id="t", path="t.txt", text="Le Le Le\nLe Le Le Le", published="2026-03-10")
    article = analyze_clean(clean(doc))
    for s in article.statements:
        for m in s.entities:
            assert 0 <= m.start <= m.end <= len(s.text), (s.text, m)
