"""CSV text that a spreadsheet will not run: a value typed by a coach (a note, a name) that starts like a
formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe (OWASP's CSV
injection advice); Excel and LibreOffice would otherwise evaluate it. (XLSX cells are typed as text instead,
which keeps the value exact.)"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """``value`` unchanged unless it is text that would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
