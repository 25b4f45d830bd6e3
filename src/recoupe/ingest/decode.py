"""Bytes → text: declared charset, then BOM, then UTF-8, then charset-normalizer.

Never guesses silently: the encoding used is recorded on the document, and bytes that
look binary are refused with an error that names the file.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from recoupe.errors import BinaryInput, DecodeError, EmptyInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
_WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
# C0 controls other than tab, newline, carriage return, form feed: a text file has few.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML head declares, if it names one Python knows."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _CONTROL)
    return controls > max(8, len(sample) // 100)


def _fix_latin1(name: str) -> str:
    # Bytes 0x80–0x9F are C1 controls in Latin-1 but œ, €, ’, « in cp1252: French text
    # labelled Latin-1 is almost always cp1252 (the WHATWG decoding standard does the same).
    return "cp1252" if name.replace("_", "-") in {"latin-1", "iso8859-1", "iso-8859-1", "ascii"} else name


_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\ufffe"


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and return (text, encoding used). Raises a typed InputError.

    Text that is only white space once decoded (no-break spaces, a lone BOM, UTF-16
    blanks) is empty input too.
    """
    text, encoding = _decode(data, path, declared)
    if not text.strip().strip(_INVISIBLE).strip():
        raise EmptyInput(path, "the file holds only white space", "check that the download or export completed")
    return text, encoding


def _decode(data: bytes, path: str, declared: str | None) -> tuple[str, str]:
    if not data.strip():
        raise EmptyInput(path, "the file is empty", "check that the download or export completed")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                # a BOM is strong evidence: a truncated UTF-16 file (a lone surrogate, an
                # odd byte at the end) keeps its text, the broken units become U+FFFD
                if name == "utf-32":
                    continue  # FF FE 00 00 may be UTF-16 text opening with U+0000
                if name == "utf-16":
                    return data.decode(name, errors="replace"), name
                break
    if _looks_binary(data):
        raise BinaryInput(path, "the file holds binary data, not text", "give recoupe text, HTML, JSON, CSV or WARC files")
    if declared:
        name = _fix_latin1(declared)
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common: fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data[:1_000_000]))
    if not matches:
        raise DecodeError(path, "the text encoding could not be recognised", "convert the file to UTF-8")
    # Short texts leave several single-byte code pages nearly tied; among those about as
    # plausible as the best, the Western European one is the likely truth for our corpora.
    least = min(m.chaos for m in matches)
    close = [m.encoding for m in matches if m.chaos <= least + 0.1]
    chosen = next((e for e in close if e in _WESTERN), close[0])
    name = _fix_latin1(codecs.lookup(chosen).name)
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return data.decode(name, errors="replace"), name
