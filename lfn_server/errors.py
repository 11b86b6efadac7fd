"""Errors the API answers with: an HTTP status, a stable code and a sentence (never personal data)."""

from __future__ import annotations


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
