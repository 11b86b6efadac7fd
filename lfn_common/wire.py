"""Field values as JSON-ready "wire" values and back, by column type.

The outbox, sync payloads and exports all carry fields in this form: dates and times as ISO text,
everything else as JSON already holds it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime

from lfn_common.tables import SYNCED_TABLES


@cache
def _column_kinds(table_name: str) -> dict[str, str]:
    kinds = {}
    for column in SYNCED_TABLES[table_name].__table__.columns:
        if isinstance(column.type, DateTime):
            kinds[column.name] = "datetime"
        elif isinstance(column.type, Date):
            kinds[column.name] = "date"
        else:
            kinds[column.name] = "plain"
    return kinds


@cache
def value_parsers(table_name: str) -> dict[str, Any]:
    """Per date or time column, the function that turns its wire text back into a value (what
    :func:`from_wire` does, for one value at a time)."""
    parse = {"date": date.fromisoformat, "datetime": datetime.fromisoformat}
    return {name: parse[kind] for name, kind in _column_kinds(table_name).items() if kind in parse}


def to_wire(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    kinds = _column_kinds(table_name)
    out = {}
    for name, value in values.items():
        if value is not None and kinds.get(name) in ("date", "datetime"):
            value = value.isoformat()
        out[name] = value
    return out


def from_wire(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    kinds = _column_kinds(table_name)
    out = {}
    for name, value in values.items():
        if name not in kinds:
            raise KeyError(f"{table_name} has no field {name!r}")
        kind = kinds[name]
        if value is not None and kind == "date":
            value = date.fromisoformat(value)
        elif value is not None and kind == "datetime":
            value = datetime.fromisoformat(value)
        out[name] = value
    return out
