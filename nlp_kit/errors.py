"""Errors a user can cause, each with a number, the file and what to do.

The CLI prints ``str(error)`` as one line and exits with ``error.exit_code``.
Exit codes (documented in the README):

====  ==========================================================
 0    success
 1    unexpected internal error (a bug: please report it)
 2    usage error (bad option or argument; typer's own code, and
      ``InvalidOption``: a malformed --dct, a missing --text-field column)
 3    input not found
 4    input unreadable (permissions), binary or corrupt (a .pdf that is
      not a PDF, a broken JSONL line, malformed front matter)
 5    input empty or whitespace only
 6    input larger than the size limit
 7    input not in English (or the language asked for)
 8    bad configuration, model or data file
 9    every document of a batch failed, or --strict and one failed
====  ==========================================================
"""

from __future__ import annotations

from pathlib import Path


class NlpKitError(Exception):
    """Base class: a problem the user can fix. ``code`` numbers the message."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, stage: str = "read") -> None:
        self.path = str(path) if path is not None else None
        self.stage = stage
        self.message = message
        where = f"{self.path}: " if self.path else ""
        super().__init__(f"{where}{message} [{self.code}]")


class InputNotFound(NlpKitError):
    code = "E001"
    exit_code = 3


class UnreadableInput(NlpKitError):
    code = "E002"
    exit_code = 4


class EmptyDocument(NlpKitError):
    code = "E003"
    exit_code = 5


class DocumentTooLarge(NlpKitError):
    code = "E004"
    exit_code = 6


class UnsupportedLanguage(NlpKitError):
    code = "E005"
    exit_code = 7


class ConfigError(NlpKitError):
    code = "E006"
    exit_code = 8


class ModelError(NlpKitError):
    code = "E007"
    exit_code = 8


class BatchFailed(NlpKitError):
    code = "E008"
    exit_code = 9


class InvalidOption(NlpKitError):
    """An option value the reader cannot use (a malformed --dct, a missing --text-field)."""

    code = "E009"
    exit_code = 2
