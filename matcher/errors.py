"""Errors the domain raises; the CLI and the HTTP service map them to exit codes and statuses."""

from __future__ import annotations


class MatcherError(Exception):
    """Base of every expected, user-facing error of the ``matcher`` package."""


class DatasetError(MatcherError):
    """Bad input in a dataset: names the file, the line, the field and a one-line reason.

    The message never echoes a value that may be personal data (a CPR-shaped identifier, health
    text); callers build ``reason`` accordingly.
    """

    def __init__(self, file: str, line: int | None, field: str | None, reason: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """``file:line: field 'x': reason`` — the single line the CLI prints."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        what = f" field '{self.field}':" if self.field else ""
        return f"{where}:{what} {self.reason}"
