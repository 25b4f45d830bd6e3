"""Hypothesis strategies for hostile input (issue 6), shared by tests/test_robustness_*.py."""

from __future__ import annotations

import json

from hypothesis import strategies as st

WORDS = ["Le", "préfet", "a", "confirmé", "l'évacuation", "de", "1 200", "habitants", "«", "»", "selon", "l'AFP", ",", ".", "M.", "Dupont", "—", "3,5", "millions", "d'euros", "jeudi", "10 mars 2026", "œuvre", "?", "!", "…"]
ODD = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u00a0", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffd",
    "\ud800", "\udfff", "\udbff", "\u202e", "\u202c", "\u200f", "\u061c",  # lone surrogates, bidi controls
    "שלום", "مرحبا", "Привет", "中文", "😀", "👩\u200d👩\u200d👧", "🇫🇷", "e\u0301", "ﬁ", "Ⅻ", "\U0001d11e",
    "\r", "\n", "\r\n", "\t", " ", "  \n  ",
]
RUN_CHARS = ["a", "(", ".", "-", "«", "😀", " ", "\n", "é", "/", "<", "0"]

long_runs = st.tuples(st.sampled_from(RUN_CHARS), st.integers(1, 3000)).map(lambda t: t[0] * t[1])
chunks = st.one_of(
    st.sampled_from(WORDS).map(lambda w: w + " "),
    st.sampled_from(ODD),
    st.text(max_size=30),
    st.characters(codec=None).map(str),
    long_runs,
)
# text as it may reach the cleaner: any code point, lone surrogates included, long runs
hostile_text = st.lists(chunks, max_size=60).map("".join)
whitespace_only = st.text(alphabet=" \t\n\r\f\v\u00a0\u2028\u3000\ufeff", max_size=50)

ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32", "mac_roman", "koi8_r", "utf-8-sig", "gb18030"]


@st.composite
def encoded(draw, text=hostile_text) -> bytes:
    """Text encoded in some codec, with errors replaced or surrogates passed through."""
    value = draw(text)
    codec = draw(st.sampled_from(ENCODINGS))
    errors = draw(st.sampled_from(["replace", "ignore", "surrogatepass"] if codec.startswith("utf") else ["replace", "ignore"]))
    try:
        return value.encode(codec, errors)
    except (UnicodeError, LookupError):
        return value.encode("utf-8", "surrogatepass")


any_bytes = st.one_of(st.binary(max_size=2000), encoded())

TAGS = ["div", "p", "span", "article", "main", "b", "i", "a", "table", "tr", "td", "ul", "li", "script", "style", "noscript", "svg", "math", "template", "iframe", "h1", "br", "img", "meta", "title", "head", "body", "html", "form", "select", "option", "textarea", "pre", "!--", "![CDATA[", "?xml"]


@st.composite
def html_docs(draw) -> str:
    """HTML-ish text: real tags, broken tags, deep nesting, hostile text between them."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>', '<meta charset="windows-1252">', '<meta charset="bogus-42">', "<html><head><title>Titre</title></head><body>", ""])))
    depth = draw(st.sampled_from([0, 1, 5, 50, 255, 300, 2000]))
    tag = draw(st.sampled_from(TAGS))
    parts.append(f"<{tag}>" * depth)
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            t = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", ' class="comment"', ' id="content"', " x=\"'", " style=\"\x00\"", ' href="javascript:x"', " lang=he dir=rtl"]))
            parts.append(f"<{t}{attrs}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&#x10FFFF;", "&bogus;", "&#99999999999;", "&nbsp;", "<", ">", "<<>>", "</", "<!--", "-->", "]]>"])))
        else:
            parts.append(draw(hostile_text))
    return "".join(parts)


html_bytes = st.one_of(
    html_docs().map(lambda s: s.encode("utf-8", "surrogatepass")),
    encoded(html_docs()),
    any_bytes,
)

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), hostile_text,
    st.sampled_from(["2026-03-10", "0000-00-00", "9999-12-31T99:99", "10 mars 2026", "hier", "1e400", "-1"]),
)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["id", "text", "title", "url", "date", "outlet", "body", ""]), inner, max_size=6)), max_leaves=20)
FIELDS = ["id", "text", "title", "url", "date", "outlet"]
records = st.dictionaries(st.sampled_from(FIELDS + ["body", "extra"]), json_values, max_size=7)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=True)


@st.composite
def json_files(draw) -> bytes:
    """JSON documents: a list of records, an object wrapping one, wrong types, truncations."""
    shape = draw(st.integers(0, 3))
    if shape == 0:
        value = draw(st.lists(records, max_size=6))
    elif shape == 1:
        value = {draw(st.sampled_from(["articles", "records", "items", "data", "x"])): draw(st.one_of(st.lists(records, max_size=5), json_values))}
    else:
        value = draw(json_values)
    text = _dumps(value)
    cut = draw(st.one_of(st.none(), st.integers(0, len(text))))
    data = text[:cut] if cut is not None else text
    if draw(st.booleans()):
        data = data.replace("1", "1" * draw(st.sampled_from([1, 5000])), 1)  # integers past Python's 4,300-digit limit
    return data.encode("utf-8", "surrogatepass")


@st.composite
def jsonl_files(draw) -> bytes:
    lines = draw(st.lists(st.one_of(records.map(_dumps), json_values.map(_dumps), hostile_text.map(lambda t: t.replace("\n", " "))), max_size=8))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def csv_files(draw) -> bytes:
    """CSV with broken quoting: random runs of quotes, separators and line ends."""
    header = draw(st.sampled_from(["text,title,date\n", "body;id\n", "text\ttitle\n", '"text","title"\n', "", "text\n"]))
    alphabet = st.sampled_from(['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "texte ", "é", "'", "\\", " ", "\x00", "Le préfet a dit. "])
    body = draw(st.lists(st.one_of(alphabet, hostile_text), max_size=40).map("".join))
    codec = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    return (header + body).encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
