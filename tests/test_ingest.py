"""Readers: every format, encodings, ids, and bad inputs turned into one-line reasons."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from recoupe.ingest import read_paths
from recoupe.model import Document, Skipped
from recoupe.settings import Settings

FR = "Le préfet a confirmé l'évacuation de 1 200 habitants. « Nous avons agi vite », a-t-il déclaré à l'AFP.\nLes pompiers œuvrent toujours sur place."


def read(path, **settings):
    return list(read_paths([path], Settings(**settings)))


def test_txt_title_is_first_nonempty_line_and_text_is_kept_whole(tmp_path):
    f = tmp_path / "depeche.txt"
    f.write_text("\n\nIncendie au port\n" + FR, encoding="utf-8")
    (doc,) = read(f)
    assert isinstance(doc, Document)
    assert doc.id == "depeche" and doc.title == "Incendie au port"
    assert doc.text.startswith("\n\nIncendie") and "œuvrent" in doc.text


def test_cp1252_french_keeps_accents_and_oe(tmp_path):
    f = tmp_path / "ancien.txt"
    f.write_bytes(("Titre à la une\n" + FR + " Le cœur du sujet : 3 € — déjà.").encode("cp1252"))
    (doc,) = read(f)
    assert doc.encoding == "cp1252"
    assert "œuvrent" in doc.text and "cœur" in doc.text and "€" in doc.text and "évacuation" in doc.text


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ("Titre\n" + FR).encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes(("Titre\n" + FR).encode("utf-16"))
    docs = read(tmp_path)
    assert [d.id for d in docs] == ["bom", "u16"]
    assert all(d.text.startswith("Titre") and "préfet" in d.text for d in docs)


def test_html_declared_charset_title_date_site_and_no_comments(tmp_path):
    html = f"""<html lang="fr"><head><meta charset="windows-1252"><title>Incendie | Le Courrier</title>
    <meta property="og:site_name" content="Le Courrier"><meta property="article:published_time" content="2026-03-10T08:00:00Z"></head>
    <body><nav><a href="/">Accueil</a></nav><article><h1>Incendie au port</h1><p>{FR}</p><p>Un second paragraphe assez long pour être gardé par l'extracteur de texte principal.</p></article>
    <section class="comments" id="comments"><h2>2 commentaires</h2><div class="comment"><p>Jean : quelle honte, commentaire de lecteur.</p></div></section></body></html>"""
    f = tmp_path / "page.html"
    f.write_bytes(html.encode("cp1252"))
    (doc,) = read(f)
    assert doc.title.startswith("Incendie au port")
    assert doc.published == "2026-03-10" and doc.outlet == "Le Courrier"
    assert "œuvrent" in doc.text and "quelle honte" not in doc.text


def test_records_json_jsonl_csv_with_ids_and_field_mapping(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "x1", "text": FR, "title": "T", "date": "2026-03-10", "outlet": "Courrier"}, {"text": FR}]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"body": FR}) + "\n\n" + json.dumps({"body": FR, "id": "y"}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text('body,title,date\n"' + FR.replace('"', '""') + '",Titre CSV,10 mars 2026\n', encoding="utf-8")
    docs = [d for d in read(tmp_path, fields={"text": "body"}) if isinstance(d, Document)]
    skipped = [d for d in read(tmp_path, fields={"text": "body"}) if isinstance(d, Skipped)]
    ids = [d.id for d in docs]
    assert ids == ["b#1", "y", "c#1"]  # a.json uses 'text', which the mapping renames away
    assert len(skipped) == 2 and all("no 'body' field" in s.reason for s in skipped)
    csv_doc = docs[-1]
    assert csv_doc.title == "Titre CSV" and csv_doc.published == "2026-03-10"
    plain = [d for d in read(tmp_path / "a.json")]
    assert [d.id for d in plain] == ["x1", "a#2"] and plain[0].outlet == "Courrier"


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_go_through_the_html_reader(tmp_path):
    page = f"<html><head><title>Dépêche</title></head><body><article><p>{FR}</p><p>Deuxième paragraphe de la dépêche pour l'extraction.</p></article></body></html>"
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(_warc([("https://example.org/a", "text/html; charset=utf-8", page.encode()), ("https://example.org/s.js", "application/javascript", b"x=1")]))
    (doc,) = read(f)
    assert doc.id == "crawl#1" and doc.url == "https://example.org/a" and "préfet" in doc.text


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("broken.json", b'{"text": "abc', "invalid JSON"),
        ("wrong.json", b"42", "neither an object"),
        ("trunc.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:20], "WARC"),
        ("image.png", b"\x89PNG\r\n", "unsupported file type"),
    ],
)
def test_bad_inputs_become_one_line_reasons(tmp_path, name, data, words):
    f = tmp_path / name
    f.write_bytes(data)
    (item,) = read(f)
    assert isinstance(item, Skipped)
    assert words in item.reason and name in item.reason and "\n" not in item.reason


def test_oversized_file_names_the_setting(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Titre\n" + "mot " * 5000, encoding="utf-8")
    (item,) = read(f, max_file_bytes=1000)
    assert isinstance(item, Skipped) and "max_file_bytes" in item.reason


def test_broken_jsonl_line_spares_the_others(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": FR}) + "\n{not json\n" + json.dumps({"text": FR}) + "\n", encoding="utf-8")
    items = read(f)
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert "feed.jsonl#2" in items[1].reason


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "depeche.txt").write_text("Titre\n" + FR, encoding="utf-8")
    assert [d.id for d in read(tmp_path)] == ["depeche", "depeche~2"]


def test_absolute_inputs_are_named_from_the_given_folder_or_file_on(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "depeche.txt").write_text("Titre\n" + FR, encoding="utf-8")
    (corpus / "bad.json").write_bytes(b'{"text": "abc')
    skipped, doc = read(corpus)
    assert doc.path == "corpus/sub/depeche.txt"
    assert skipped.path == "corpus/bad.json" and str(tmp_path) not in skipped.reason
    (doc,) = read(corpus / "sub" / "depeche.txt")
    assert doc.path == "depeche.txt"
