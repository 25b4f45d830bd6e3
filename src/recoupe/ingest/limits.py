"""Limits that keep one hostile input from hanging or crashing a run.

- `time_limit`: a per-document time budget (SIGALRM, main thread on Unix); over it, a
  `TimeLimitExceeded` that names the file and the setting.
- `scrub`: lone surrogates (from JSON escapes such as "\\ud800" or from strings built by
  callers) replaced by U+FFFD, one character for one, so offsets do not move.
- `html_depth_over`: whether a parsed HTML tree nests deeper than a limit.
- `inflated_size`: how many bytes a gzip stream inflates to, counted up to a cap.
"""

from __future__ import annotations

import re
import signal
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from recoupe.errors import TimeLimitExceeded

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """`text` with every surrogate code point replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so library code's `except Exception` cannot swallow it."""


@contextmanager
def time_limit(seconds: float, path: str, setting: str, what: str = "reading") -> Iterator[None]:
    """Raise `TimeLimitExceeded` if the block runs longer than `seconds`.

    A no-op when `seconds` <= 0, off the main thread, where SIGALRM does not exist, or
    when a real-time timer is already armed (an outer budget, a test timeout): it never
    takes the alarm from someone else.
    """
    if (
        not seconds
        or seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0
    ):
        yield
        return
    state = {"armed": True, "fired": False}

    def on_alarm(signum, frame):  # noqa: ARG001
        if state["armed"]:
            state["fired"] = True
            raise _Expired

    def expired() -> TimeLimitExceeded:
        return TimeLimitExceeded(path, f"{what} took longer than {setting}={seconds:g} s", f"raise {setting} if the file is genuine, or leave it out")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # the alarm repeats every 0.1 s once due: one raised inside a `__del__` is only printed
    # by Python ("Exception ignored in …"), and the next one stops the work
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.1)
    try:
        yield
        if state["fired"]:  # a bare `except:` in library code swallowed the alarm
            raise expired()
    except _Expired:
        raise expired() from None
    finally:
        state["armed"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@lru_cache(maxsize=8)
def _depth_path(depth: int):
    from lxml import etree

    return etree.XPath("/".join(["*"] * depth))


def html_depth_over(tree, depth: int) -> bool:
    """Whether some element sits more than `depth` levels below the root of `tree`."""
    if depth <= 0:
        return False
    return bool(_depth_path(depth)(tree))


def inflated_size(data: bytes, cap: int) -> tuple[int, bool]:
    """(bytes the gzip members of `data` inflate to, whether the gzip stream is whole).

    Counting stops past `cap`. Corrupt or truncated gzip is counted as far as it goes.
    """
    total = 0
    while data[:2] == b"\x1f\x8b" and total <= cap:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = data
        try:
            while pending and total <= cap:
                total += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
            while not inflater.eof and total <= cap:
                chunk = inflater.decompress(b"", 1 << 20)
                if not chunk:
                    break
                total += len(chunk)
        except zlib.error:
            return total, False
        if not inflater.eof:
            return total, total > cap
        data = inflater.unused_data
    return total, True
