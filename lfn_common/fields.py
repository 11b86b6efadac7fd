"""The form of every synced field, one rule set for the laptop's writer and the server's acceptor.

Each value a change carries (wire form: dates as ISO text) is checked for its type, its length and, where
the vocabulary names the choices, its value. The rules come from the tables themselves (a ``String(100)``
column holds at most 100 characters, a ``Boolean`` only true or false) plus the choices below, so a new
column is covered the day it is added. Operations may ask for more (a required name, a plausible birth
year); nothing a laptop writes or a server relays can be less than this.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text

from lfn_common.errors import ValidationError
from lfn_common.tables import SYNCED_TABLES, Synced
from lfn_common.vocabulary import (
    ContactFrequency,
    ContactKind,
    ContactPlace,
    FilledBy,
    GoalStatus,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    Outcome,
    Phase,
    ReferralChannel,
    Ring,
    Role,
    ScaleStyle,
    Sector,
    SocialOrgKind,
    SupportKind,
    TieDirection,
    TieQuality,
)

MAX_TEXT = 20_000  # characters in a free-text field (notes, agreements, a closing note)
MAX_LIST_ITEMS = 200  # entries of a list field (languages, criteria, organisations, signal dossiers)
MAX_LIST_TEXT = 200  # characters of one list entry
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024  # a structured field as JSON (a frozen network map, a reading's answers)
MAX_INTEGER = 2**31 - 1
MAX_NUMBER = 1e9  # a map position, an FTE

# A reading's answers: item id -> level, or one of these words (she skipped it, or does not know).
SKIP, UNKNOWN = "skip", "unknown"
MAX_LEVEL = 1000

_ID = re.compile(r"[0-9A-Za-z-]{1,36}")  # row ids are UUIDs; the import's and the server's ones alike
_LANGUAGE = re.compile(r"[a-z]{2}")

# Fields whose values the vocabulary lists (one value, or each entry of a list).
CHOICES: dict[tuple[str, str], type[Enum]] = {
    ("organisation", "kind"): OrganisationKind,
    ("app_user", "role"): Role,
    ("social_organisation", "kind"): SocialOrgKind,
    ("participant", "referral_channel"): ReferralChannel,
    ("participant", "scale_style"): ScaleStyle,
    ("trajectory", "phase"): Phase,
    ("trajectory", "outcome"): Outcome,
    ("phase_change", "from_phase"): Phase,
    ("phase_change", "to_phase"): Phase,
    ("goal", "life_domain"): LifeDomain,
    ("goal", "status"): GoalStatus,
    ("contact", "kind"): ContactKind,
    ("contact", "place"): ContactPlace,
    ("contact", "life_domains"): LifeDomain,
    ("network_node", "kind"): NodeKind,
    ("network_node", "sector"): Sector,
    ("network_node", "ring"): Ring,
    ("network_tie", "quality"): TieQuality,
    ("network_tie", "direction"): TieDirection,
    ("network_tie", "frequency"): ContactFrequency,
    ("network_tie", "support_kinds"): SupportKind,
    ("measurement", "filled_by"): FilledBy,
    ("signal", "life_domain"): LifeDomain,
}
# Plain-text choices that live in no enumeration of their own.
WORDS: dict[tuple[str, str], frozenset[str]] = {
    ("sync_conflict", "kind"): frozenset({"same_field", "delete_vs_edit", "edit_vs_delete"}),
    ("sync_conflict", "resolution"): frozenset({"kept", "other", "edited", "restored", "deleted"}),
}
ID_LISTS = frozenset({("participant", "consent_organisation_ids"), ("signal", "participant_ids"),
                      ("case_discussion", "present_ids")})
LANGUAGE_LISTS = frozenset({("participant", "languages")})


@cache
def _columns(table: str) -> dict[str, Any]:
    skip = Synced.SYSTEM_FIELDS | SYNCED_TABLES[table].DERIVED.keys()
    return {c.name: c for c in SYNCED_TABLES[table].__table__.columns if c.name not in skip}


@cache
def required_fields(table: str) -> frozenset[str]:
    """Fields a new row must carry: not nullable and without a default the writer fills in."""
    return frozenset(name for name, c in _columns(table).items()
                     if not c.nullable and c.default is None and name != "deleted")


def check_fields(table: str, data: dict[str, Any], *, creating: bool = False) -> None:
    """Refuse (``ValidationError`` naming the field, never echoing its value) any value of the wrong form."""
    columns = _columns(table)
    for name, value in data.items():
        column = columns.get(name)
        if column is None:
            raise ValidationError(f"{table} has no field {name}.", field=name, code="unknown_field")
        if value is None:
            if not column.nullable and not (creating and column.default is not None):
                raise ValidationError("This field cannot be empty.", field=name, code="required")
            continue
        _check_value(table, name, column, value)
    if creating:
        missing = sorted(required_fields(table) - {n for n, v in data.items() if v is not None})
        if missing:
            raise ValidationError("This field is required.", field=missing[0], code="required")


def _check_value(table: str, name: str, column, value: Any) -> None:
    kind = column.type
    choices = CHOICES.get((table, name))
    if isinstance(kind, JSON):
        _check_document(table, name, value, choices)
    elif isinstance(kind, Boolean):
        _require(isinstance(value, bool), name, "Give yes or no.", "boolean")
    elif isinstance(kind, DateTime):
        _require(isinstance(value, str | datetime) and _parses(datetime, value), name, "Give a date and time.",
                 "datetime")
    elif isinstance(kind, Date):
        _require(isinstance(value, date) and not isinstance(value, datetime)
                 or isinstance(value, str) and _parses(date, value), name, "Give a date.", "date")
    elif isinstance(kind, Integer):
        _require(isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_INTEGER, name,
                 "Give a whole number.", "integer")
    elif isinstance(kind, Float):
        _require(isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
                 and abs(value) <= MAX_NUMBER, name, "Give a number.", "number")
    elif isinstance(kind, String | Text):
        _require(isinstance(value, str), name, "Give text.", "text")
        limit = kind.length if isinstance(kind, String) and kind.length else MAX_TEXT
        if len(value) > limit:
            raise ValidationError(f"At most {limit} characters.", field=name, code="too_long", max_length=limit)
        if column.foreign_keys or name in ("id", "row_id"):
            _require(_ID.fullmatch(value) is not None, name, "This is not an id.", "id")
        words = WORDS.get((table, name))
        if words is not None:
            _require(value in words, name, f"Choose one of: {', '.join(sorted(words))}.", "choice")
    if choices is not None and not isinstance(kind, JSON):
        _check_choice(choices, value, name)


def _check_document(table: str, name: str, value: Any, choices: type[Enum] | None) -> None:
    if table == "published_report":
        _check_published(name, value)
        return
    if isinstance(value, list):
        if len(value) > MAX_LIST_ITEMS:
            raise ValidationError(f"At most {MAX_LIST_ITEMS} entries.", field=name, code="too_many")
        for entry in value:
            if choices is not None:
                _check_choice(choices, entry, name)
                continue
            _require(isinstance(entry, str) and len(entry) <= MAX_LIST_TEXT, name, "Give a list of short texts.",
                     "list")
            if (table, name) in ID_LISTS:
                _require(_ID.fullmatch(entry) is not None, name, "This list holds ids only.", "id")
            if (table, name) in LANGUAGE_LISTS:
                _require(_LANGUAGE.fullmatch(entry) is not None, name,
                         "Languages are two-letter codes such as nl, fr, ar.", "language")
        return
    _require(isinstance(value, dict), name, "Give a structured value.", "document")
    if (table, name) == ("measurement", "answers"):
        for item, answer in value.items():
            _require(len(item) <= 64 and (answer in (SKIP, UNKNOWN) or isinstance(answer, int)
                                          and not isinstance(answer, bool) and abs(answer) <= MAX_LEVEL),
                     name, "An answer is a level, skip or unknown.", "answer")
    try:
        size = len(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError):
        raise ValidationError("Give a structured value.", field=name, code="document") from None
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError("This value is too large.", field=name, code="too_long")


MAX_PUBLISHED_ROWS = 1000
_PUBLISHED_COUNT = re.compile(r"<5|0|[1-9][0-9]*")


def _check_published(name: str, value: Any) -> None:
    """A published report holds tables of short texts, and signals whose counts are masked under five: what the
    support group may read, and nothing a dossier could be told from."""
    def cells(row: Any) -> bool:
        return isinstance(row, list) and len(row) <= 20 and all(isinstance(c, str) and len(c) <= 300 for c in row)

    _require(isinstance(value, list) and len(value) <= MAX_PUBLISHED_ROWS, name, "Give a list.", "list")
    if name == "tables":
        for table in value:
            _require(isinstance(table, dict) and set(table) <= {"key", "title", "header", "rows"}
                     and isinstance(table.get("key"), str) and isinstance(table.get("title"), str)
                     and cells(table.get("header")) and isinstance(table.get("rows"), list)
                     and len(table["rows"]) <= MAX_PUBLISHED_ROWS and all(cells(r) for r in table["rows"]),
                     name, "A published table holds a title, a header and rows of short texts.", "document")
    elif name == "signals":
        for entry in value:
            ok = isinstance(entry, list) and len(entry) == 4
            problem, domain, municipality, count = entry if ok else (None, None, None, None)
            _require(ok and (problem is None or isinstance(problem, str) and len(problem) <= MAX_LIST_TEXT * 10)
                     and (domain is None or isinstance(domain, int) and not isinstance(domain, bool))
                     and (municipality is None or isinstance(municipality, str) and len(municipality) <= 100),
                     name, "A published signal is a problem, a life domain, a municipality and a count.", "document")
            m = _PUBLISHED_COUNT.fullmatch(count) if isinstance(count, str) else None
            _require(m is not None and (count in ("<5", "0") or int(count) >= 5), name,
                     "A published count under five is shown as <5.", "masked")


def _check_choice(choices: type[Enum], value: Any, name: str) -> None:
    allowed = {m.value for m in choices}
    ok = value in allowed and isinstance(value, str) == isinstance(next(iter(allowed)), str)
    _require(ok and not isinstance(value, bool), name,
             f"Choose one of: {', '.join(str(v) for v in sorted(allowed))}.", "choice")


def _parses(kind: type, value: Any) -> bool:
    if not isinstance(value, str):
        return True
    try:
        kind.fromisoformat(value)
    except ValueError:
        return False
    return len(value) <= 40


def _require(ok: bool, name: str, message: str, code: str) -> None:
    if not ok:
        raise ValidationError(message, field=name, code=code)
