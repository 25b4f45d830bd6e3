#!/usr/bin/env python
"""Write the seed corpora fuzz/corpus/html and fuzz/corpus/warc (idempotent).

    .venv/bin/python fuzz/make_corpus.py

Seeds are written here, from short made-up French text: no corpus text is copied. They
cover what the readers must handle: charsets declared or not, BOMs, scripts and
comments, tables, deep nesting, broken markup, RTL and emoji; WARC files plain and
gzipped, several records, non-HTML records, HTTP gzip encoding, truncations.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [
    "Le préfet de la Somme a confirmé jeudi l'évacuation de 1 200 habitants.",
    "« Nous avons agi vite », a-t-il déclaré à l'AFP, selon qui le feu est maîtrisé.",
    "D'après le maire, les dégâts s'élèveraient à 3,5 millions d'euros.",
    "Les pompiers œuvrent toujours sur place ; l'enquête a été confiée à la gendarmerie.",
]


def page(body: str, head: str = "<title>Incendie au port</title>") -> str:
    return f"<!DOCTYPE html><html lang=\"fr\"><head>{head}</head><body>{body}</body></html>"


def article(paragraphs=P) -> str:
    return "<article><h1>Incendie au port</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"


def html_seeds() -> dict[str, bytes]:
    meta = '<meta charset="utf-8"><title>Incendie | Le Courrier</title><meta property="og:site_name" content="Le Courrier"><meta property="article:published_time" content="2026-03-10T08:00:00Z">'
    s = {
        "plain": page(article()).encode(),
        "meta": page(article(), meta).encode(),
        "cp1252": page(article(), '<meta charset="windows-1252"><title>Cœur</title>').encode("cp1252"),
        "latin1-declared": page(article(), '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("cp1252"),
        "xml-decl": ('<?xml version="1.0" encoding="utf-8"?>' + page(article())).encode(),
        "bom-utf8": b"\xef\xbb\xbf" + page(article()).encode(),
        "utf16": page(article()).encode("utf-16"),
        "scripts": page("<script>var x = '<p>faux</p>';</script>" * 20 + article() + "<style>p{color:red}</style>").encode(),
        "comments": page(article() + '<section id="comments"><h2>3 commentaires</h2><div class="comment"><p>Jean : quelle honte.</p></div></section>').encode(),
        "nav-footer": page("<nav><a href='/'>Accueil</a><a href='/monde'>Monde</a></nav>" + article() + "<footer>© Le Courrier — Mentions légales</footer>").encode(),
        "table": page(article() + "<table><tr><th>Ville</th><th>Évacués</th></tr><tr><td>Amiens</td><td>1 200</td></tr></table>").encode(),
        "nested": page("<div>" * 150 + article() + "</div>" * 150).encode(),
        "nested-deep": page("<div><span>" * 300 + article()).encode(),
        "unclosed": page("<article><p>" + "<p>".join(P) + "<div><b><i>" + P[0]).encode(),
        "rtl-emoji": page(article(P + ["שלום עולם, זהו משפט בעברית.", "مرحبا بالعالم 😀🔥 \u202etexte inversé\u202c"])).encode(),
        "entities": page("<article><p>Le &laquo;&nbsp;préfet&nbsp;&raquo; &amp; le maire &#8212; &#x1F600; &bogus; &#0; &#xD800;</p>" + "".join(f"<p>{p}</p>" for p in P) + "</article>").encode(),
        "control-chars": page(article([p + "\x0b\x0c\x1b" for p in P])).encode(),
        "cdata-svg": page("<svg><![CDATA[ x ]]><text>svg</text></svg><math><mi>x</mi></math>" + article()).encode(),
        "frameset": b"<html><frameset><frame src='a.html'></frameset></html>",
        "empty-body": page("").encode(),
        "only-text": " ".join(P).encode(),
        "long-line": page("<article><p>" + " ".join(P) * 200 + "</p></article>").encode(),
        "amp-noscript": page("<noscript><img src='x'></noscript><template><p>caché</p></template>" + article()).encode(),
        "json-ld": page(article(), '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Incendie","datePublished":"2026-03-10","author":{"name":"A. B."}}</script>').encode(),
    }
    return s


def warc(records, gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("seed.warc", {"software": "recoupe seeds"}))
    for url, ctype, body, extra in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def warc_seeds() -> dict[str, bytes]:
    html = html_seeds()
    one = [("https://example.org/a", "text/html; charset=utf-8", html["meta"], [])]
    several = one + [
        ("https://example.org/b", "text/html; charset=windows-1252", html["cp1252"], []),
        ("https://example.org/s.js", "application/javascript", b"var x = 1;", []),
        ("https://example.org/c", "text/html", html["comments"], []),
    ]
    encoded = [("https://example.org/z", "text/html; charset=utf-8", gzip.compress(html["plain"]), [("Content-Encoding", "gzip")])]
    s = {
        "one.warc.gz": warc(one),
        "one.warc": warc(one, gz=False),
        "several.warc.gz": warc(several),
        "several.warc": warc(several, gz=False),
        "http-gzip.warc.gz": warc(encoded),
        "no-html.warc.gz": warc([("https://example.org/i.png", "image/png", b"\x89PNG\r\n\x1a\n", [])]),
        "nested.warc": warc([("https://example.org/n", "text/html", html["nested-deep"], [])], gz=False),
    }
    full = s["several.warc.gz"]
    s["truncated-middle.warc.gz"] = full[: len(full) // 2]
    s["truncated-end.warc.gz"] = full[:-10]
    plain = s["several.warc"]
    s["truncated.warc"] = plain[: len(plain) * 2 // 3]
    s["bad-length.warc"] = plain.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    return s


def main() -> None:
    for kind, seeds in (("html", html_seeds()), ("warc", warc_seeds())):
        folder = HERE / "corpus" / kind
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (folder / name).write_bytes(data)
        print(f"{folder.relative_to(HERE.parent)}: {len(seeds)} seeds")


if __name__ == "__main__":
    main()
