"""Texts of instruments: a map language → text, with Dutch as the fallback (no pydantic, cheap to import)."""

from __future__ import annotations

REQUIRED_LANGUAGES = ("nl", "en")
Text = dict[str, str]


def say(text: Text, language: str) -> str:
    """The text in the participant's language, else Dutch."""
    return text.get(language) or text["nl"]
