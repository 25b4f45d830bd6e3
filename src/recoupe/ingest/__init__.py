"""Ingest: turn files and directories into `Document`s, and unreadable inputs into `Skipped`."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.errors import InputError, InternalError, TooLarge, UnsupportedFormat
from recoupe.ingest.readers import read_html, read_records, read_text, read_warc
from recoupe.model import Document, Skipped
from recoupe.settings import Settings

__all__ = ["SUFFIXES", "iter_files", "read_file", "read_paths"]

SUFFIXES = {
    ".txt": "text", ".md": "text",
    ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".csv": "csv",
    ".warc": "warc", ".warc.gz": "warc",
}


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return SUFFIXES.get(path.suffix.lower())


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str]]:
    """Files named, and files under directories named, recursively and in a stable order,
    each with the name reports show: as given when relative; from the named file or folder
    on when absolute, so a forwarded report does not carry the analyst's folders."""
    for p in paths:
        path = Path(p)
        base = path.parent if path.is_absolute() else None
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        found = Path(root) / f
                        yield found, str(found.relative_to(base) if base else found)
        else:
            yield path, path.name if base else str(path)


def read_file(path: Path, settings: Settings, name: str | None = None) -> Iterator[Document | InputError]:
    """Documents read from one file (`name` is how reports and errors call it, the path by
    default); errors come out as values so one bad record spares the rest."""
    name = name or str(path)
    kind = _kind(path)
    if kind is None:
        raise UnsupportedFormat(name, f"unsupported file type '{path.suffix or path.name}'", "recoupe reads .txt .md .html .htm .json .jsonl .csv .warc .warc.gz")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # a pipe or a device would block or never end
            raise InputError(name, "is not a regular file (a pipe, socket or device)", "give recoupe files or folders")
        size = info.st_size
        if size > settings.max_file_bytes:
            raise TooLarge(name, f"the file is {size:,} bytes, over max_file_bytes={settings.max_file_bytes:,}", "split it or raise the limit (--max-file-bytes)")
        with path.open("rb") as fh:
            data = fh.read(settings.max_file_bytes + 1)  # the file may grow while we read it
        if len(data) > settings.max_file_bytes:
            raise TooLarge(name, f"the file is over max_file_bytes={settings.max_file_bytes:,} bytes", "split it or raise the limit (--max-file-bytes)")
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or type(exc).__name__})", "check the path and its permissions") from None
    stem = path.name[: -len(".warc.gz")] if kind == "warc" and path.name.lower().endswith(".gz") else path.stem
    if kind == "text":
        yield read_text(name, data, stem)
    elif kind == "html":
        yield read_html(name, data, stem, settings=settings)
    elif kind == "warc":
        yield from read_warc(name, data, settings)
    else:
        yield from read_records(name, data, kind, settings.fields)


def read_paths(paths: Iterable[str | os.PathLike[str]], settings: Settings | None = None) -> Iterator[Document | Skipped]:
    """Every document under `paths`; inputs that cannot be read come out as `Skipped` with the reason.

    Article ids are unique: a second file with the same name gets a `~2` suffix.
    """
    settings = settings or Settings()
    seen: dict[str, int] = {}
    for path, name in iter_files(paths):
        try:
            for item in read_file(path, settings, name):
                if isinstance(item, InputError):
                    yield Skipped(item.path, str(item))
                    continue
                count = seen.get(item.id, 0) + 1
                seen[item.id] = count
                if count > 1:
                    item.id = f"{item.id}~{count}"
                yield item
        except InputError as err:
            yield Skipped(err.path, str(err))
        except Exception as exc:  # a bug in recoupe or a library: one file must not cost the run
            err = InternalError(
                name,
                f"recoupe failed on this input ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})",
                "this is a bug: please report it with the file; the other inputs were read",
            )
            yield Skipped(err.path, str(err))
