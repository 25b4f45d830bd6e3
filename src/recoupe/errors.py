"""One exception hierarchy: every error recoupe raises on purpose is a `RecoupeError`.

Input errors name the file and say what to do, so the CLI can print them on one line
and go on with the other files.
"""

from __future__ import annotations


class RecoupeError(Exception):
    """Base class of every error recoupe raises on purpose."""


class InputError(RecoupeError):
    """A file or record could not be turned into a document."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        message = f"{path}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class UnsupportedFormat(InputError):
    """The file's extension is not one recoupe reads."""


class BinaryInput(InputError):
    """The file holds binary data, not text."""


class EmptyInput(InputError):
    """The file or record has no text."""


class TooLarge(InputError):
    """The input is over a configured size limit (the message names the setting)."""


class DecodeError(InputError):
    """The bytes could not be decoded as text in any plausible encoding."""


class MalformedInput(InputError):
    """JSON, CSV, HTML or WARC that cannot be parsed."""


class NoArticles(RecoupeError):
    """No input could be analysed at all."""


class ModelMissing(RecoupeError):
    """The spaCy language model is not installed."""


class SchemaError(RecoupeError):
    """A report does not follow the published JSON Schema."""


class TimeLimitExceeded(InputError):
    """Reading the input took longer than a configured time budget (the message names the setting)."""


class InternalError(InputError):
    """recoupe itself failed on this input: a bug. The run goes on without the input."""
