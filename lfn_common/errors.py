"""Errors raised by domain operations.

Each error carries a stable ``code`` (for translation in the UI), the ``field`` it concerns (so the UI
can show the sentence next to that field) and an English sentence for logs-free CLI output.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the domain refuses; nothing was written."""

    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None, **params):
        super().__init__(message)
        self.message = message
        self.field = field
        if code:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(DomainError):
    code = "validation"


class NotFound(DomainError):
    code = "not_found"


class InvalidTransition(DomainError):
    code = "invalid_transition"
