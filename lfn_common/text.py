"""Text helpers of the domain."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case without accents, so that "emilie" finds "Émilie" and "celik" finds "Çelik"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_key(*parts: str | None) -> str:
    return " ".join(fold(p) for p in parts if p)
