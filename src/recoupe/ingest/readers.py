"""Readers: one function per format, each turning a file's bytes into Documents.

Layered like trafilatura: the HTML reader serves the WARC reader, the record readers
share one field mapping, and every failure is a typed `InputError` naming the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from recoupe.errors import EmptyInput, InputError, MalformedInput, TooLarge
from recoupe.ingest.decode import decode, declared_charset
from recoupe.ingest.limits import html_depth_over, inflated_size, scrub, time_limit
from recoupe.model import Document
from recoupe.settings import Settings

RECORD_FIELDS = ("id", "text", "title", "url", "date", "outlet")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ])")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_LONG_TITLE = 200


def text_title(text: str) -> str | None:
    """The first non-empty line; a long multi-sentence first line gives its first sentence."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) > _LONG_TITLE:
                first = _SENTENCE_END.split(line, maxsplit=1)[0]
                if len(first) < len(line):
                    return first
            return line
    return None


def iso_date(value: object) -> str | None:
    """A publication date as YYYY-MM-DD, from ISO text or French/English free text."""
    if value is None or value == "":
        return None
    text = str(value)
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    import dateparser  # slow to import: only when a non-ISO date needs it

    try:
        parsed = dateparser.parse(text[:100], languages=["fr", "en"], settings={"PREFER_DAY_OF_MONTH": "first"})
        return parsed.date().isoformat() if parsed else None
    except Exception:  # dateparser raises assorted errors on odd text: a date is optional
        return None


def read_text(path: str, data: bytes, doc_id: str) -> Document:
    text, encoding = decode(data, path)
    return Document(id=doc_id, path=path, text=text.lstrip("\ufeff"), title=text_title(text), format="txt", encoding=encoding)


def read_html(
    path: str,
    data: bytes,
    doc_id: str,
    declared: str | None = None,
    url: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """One article from a saved web page, within the size, depth and time limits of `settings`."""
    import trafilatura  # imported lazily: it costs a second at start-up
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    settings = settings or Settings()
    text, encoding = decode(data, path, declared or declared_charset(data))
    text = scrub(text)
    if len(text) > settings.max_html_chars:
        raise TooLarge(path, f"the HTML is {len(text):,} characters, over max_html_chars={settings.max_html_chars:,}", "save the article page alone, or raise max_html_chars")
    with time_limit(settings.html_time_limit, path, "html_time_limit", "extracting the article from the HTML"):
        try:
            tree = load_html(text)
            if tree is not None and html_depth_over(tree, settings.max_html_depth):
                raise MalformedInput(path, f"the HTML is nested deeper than max_html_depth={settings.max_html_depth}", "this is not a normal web page; raise max_html_depth if it is genuine")
            # the fast date search here; the exhaustive one (dateparser over every locale,
            # seconds on some pages) below, on its own time budget
            extracted = None if tree is None else trafilatura.bare_extraction(
                tree, url=url, include_comments=False, with_metadata=True, include_tables=True,
                date_extraction_params=set_date_params(False),
            )
        except InputError:
            raise
        except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
            raise MalformedInput(path, f"the HTML could not be parsed ({type(exc).__name__})", "check the file is a saved web page") from None
    body = extracted.text if extracted is not None else None
    if not body or not body.strip():
        raise EmptyInput(path, "no article text found in the HTML", "save the article page itself, not an index or a script-only page")
    doc = Document(
        id=doc_id,
        path=path,
        text=body,
        title=(extracted.title or "").strip() or text_title(body),
        url=url or extracted.url or None,
        published=iso_date(extracted.date),
        outlet=extracted.sitename or None,
        format="html",
        encoding=encoding,
    )
    if doc.published is None:
        doc.published = _slow_date(doc, text, settings)
    return doc


def _slow_date(doc: Document, html: str, settings: Settings) -> str | None:
    """The exhaustive date search trafilatura would run, within html_date_time_limit.

    Over the budget the date stays unknown and the document says so: the text is kept.
    """
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    try:
        with time_limit(settings.html_date_time_limit, doc.path, "html_date_time_limit", "searching the publication date"):
            try:
                return iso_date(find_date(html, url=doc.url, **set_date_params(True)))
            except Exception:  # a date is optional: never lose the article over it
                return None
    except InputError as err:
        doc.warnings.append(f"{doc.path}: {err.problem}; the publication date is left unknown")
        return None


def _record_document(rec: object, path: str, n: int, stem: str, fields: dict[str, str]) -> Document:
    where = f"{path}#{n}"
    if not isinstance(rec, dict):
        raise MalformedInput(where, f"record is a {type(rec).__name__}, not an object", "each record must be an object with a text field")

    def get(name: str) -> str | None:
        value = rec.get(fields.get(name, name))
        if value is None or isinstance(value, (dict, list)):
            return None
        return scrub(str(value)).strip() or None

    text = get("text")
    if not text:
        raise EmptyInput(where, f"record has no '{fields.get('text', 'text')}' field with text", "map the text field with --field text=NAME")
    return Document(
        id=get("id") or f"{stem}#{n}",
        path=path,
        text=text,
        title=get("title") or text_title(text),
        url=get("url"),
        published=iso_date(get("date")),
        outlet=get("outlet"),
        format="record",
    )


def _records_json(text: str, path: str) -> list[object]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # ValueError: JSONDecodeError, or an integer over 4,300 digits
        raise MalformedInput(path, f"invalid JSON ({exc.__class__.__name__}: {' '.join(str(exc).split())[:80]})", "check the export is complete") from None
    if isinstance(data, dict):
        for key in ("articles", "records", "items", "data"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    if isinstance(data, list):
        return data
    raise MalformedInput(path, "JSON holds neither an object nor a list of objects", "give one object per article")


def read_records(path: str, data: bytes, kind: str, fields: dict[str, str]) -> Iterator[Document | InputError]:
    """Documents from a .json, .jsonl or .csv file; a bad record yields its error and the rest go on."""
    text, _ = decode(data, path)
    text = text.lstrip("\ufeff")
    stem = Path(path).stem
    records: list[object]
    if kind == "json":
        records = _records_json(text, path)
    elif kind == "jsonl":
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except (ValueError, RecursionError):
                records.append(MalformedInput(f"{path}#{n}", "invalid JSON on this line", "fix or remove the line"))
    else:
        try:
            sample = text[:4096]
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect, strict=True)
        records = []
        try:
            for row in reader:
                records.append(row)
        except csv.Error as exc:
            # the records before the break are good; the rest of the file is lost to the quoting
            records.append(MalformedInput(f"{path}#{len(records) + 1}", f"broken CSV at line {reader.line_num} ({exc}); the rest of the file was not read", "check the quoting of the export"))
    if not records:
        raise EmptyInput(path, "the file holds no records", "check that the export completed" if kind == "json" else "a CSV needs a header line and one line per article" if kind == "csv" else "give one JSON object per line")
    for n, rec in enumerate(records, 1):
        if isinstance(rec, InputError):
            yield rec
            continue
        try:
            yield _record_document(rec, path, n, stem, fields)
        except InputError as err:
            yield err


def read_warc(path: str, data: bytes, settings: Settings | None = None) -> Iterator[Document | InputError]:
    """HTML responses of a .warc or .warc.gz file, each through the HTML reader.

    Pages read before a break in the archive are kept; the break becomes the file's error.
    warcio's own warnings (it prints them) become warnings on the documents that follow.
    """
    from contextlib import redirect_stderr

    from warcio.archiveiterator import ArchiveIterator

    settings = settings or Settings()
    if data[:2] == b"\x1f\x8b":
        size, whole = inflated_size(data, settings.max_decompressed_bytes)
        if size > settings.max_decompressed_bytes:
            raise TooLarge(path, f"the archive inflates to more than max_decompressed_bytes={settings.max_decompressed_bytes:,} bytes", "split the crawl or raise the limit")
    else:
        whole = True
    stem = Path(path).name.split(".")[0]
    records = iter(ArchiveIterator(io.BytesIO(data)))
    n = 0
    notes: list[str] = []
    while True:
        # everything warcio does on the bytes is inside this try: any exception it raises
        # on hostile input (AttributeError, zlib.error, ValueError…) means a broken archive
        heard = io.StringIO()
        try:
            with redirect_stderr(heard):
                record = next(records)
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                payload = record.content_stream().read(settings.max_html_chars * 4 + 1)
        except StopIteration:
            break
        except Exception as exc:
            raise MalformedInput(path, f"broken WARC after {n} HTML page(s) ({type(exc).__name__}{'' if whole else ', truncated gzip'})", "the archive may be truncated; re-download it") from None
        finally:
            if heard.getvalue().strip():
                notes.append(f"{path}: warcio: " + " ".join(heard.getvalue().split())[:200])
        n += 1
        where = f"{path}#{n}"
        if len(payload) > settings.max_html_chars * 4:
            yield TooLarge(where, f"the page is over {settings.max_html_chars * 4:,} bytes (4 × max_html_chars={settings.max_html_chars:,})", "raise max_html_chars if the page is genuine")
            continue
        charset = re.search(r"charset=([\w.:-]+)", ctype, re.I)
        try:
            doc = read_html(where, payload, f"{stem}#{n}", charset.group(1) if charset else None, url, settings)
        except InputError as err:
            yield err
            continue
        doc.warnings.extend(notes)
        notes.clear()
        yield doc
    if not whole:
        raise MalformedInput(path, f"broken WARC: the gzip stream is truncated or corrupt (read {n} HTML page(s) before the break)", "the archive may be truncated; re-download it")
    if n == 0:
        raise EmptyInput(path, "the WARC holds no HTML responses", "check the crawl saved the pages")
