"""The sync protocol shared by the desktop client and the central server (no Qt, no HTTP).

Messages are JSON, gzip-compressed on the wire, validated with pydantic on both sides. A change carries
its device id, per-device sequence number, the version (hybrid logical clock) it was based on and its own
version; the server orders what it accepts by its own receive sequence (``server_seq``), never by a
laptop's wall clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lfn_common.scope import SCOPE_RULES  # noqa: F401 - part of the protocol: the server enforces it
from lfn_common.tables import SYNCED_TABLES, user_fields

PROTOCOL_VERSION = 2  # 2: table digests are order-free sums; pulls carry the scope token
API_PREFIX = "/api/v1"
MAX_BATCH = 500  # changes per push or pull page
# Sequence numbers and cursors fit the databases' 64-bit integers with room to count on; a larger one is a lie.
MAX_SEQ = 2**62
MAX_BODY_BYTES = 16 * 1024 * 1024  # decompressed request body
MAX_FIELD_TEXT = 100_000  # characters in one text value
MAX_HELD_IDS = 20_000  # participant ids a client may list as held

# Which fields each synced table carries (``deleted`` included): the server refuses anything else.
SYNCED_FIELDS: dict[str, frozenset[str]] = {t: frozenset(user_fields(m)) for t, m in SYNCED_TABLES.items()}


# Reference tables only a team lead may change from a laptop (the server's admin CLI manages them too).
LEAD_ONLY_TABLES = frozenset({"partnership", "organisation", "app_user", "published_report", "persona"})
# What the support group (ondersteuningsgroep) receives: the partnership and what its team lead published.
SUPPORT_GROUP_TABLES = frozenset({"partnership", "published_report"})

Op = Literal["insert", "update", "delete", "undelete"]
Status = Literal["accepted", "duplicate", "held", "rejected"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Change(_Message):
    change_id: str = Field(min_length=1, max_length=36)
    table: str
    row_id: str = Field(min_length=1, max_length=36)
    op: Op
    data: dict[str, Any]
    base_version: str | None = Field(default=None, max_length=64)
    version: str = Field(min_length=1, max_length=64)
    device_id: str = Field(min_length=1, max_length=36)
    device_seq: int = Field(ge=1, le=MAX_SEQ)
    actor_id: str | None = Field(default=None, max_length=36)
    recorded_at: datetime

    @field_validator("table")
    @classmethod
    def _known_table(cls, table: str) -> str:
        if table not in SYNCED_FIELDS:
            raise ValueError(f"unknown table {table!r}")
        return table

    @field_validator("data")
    @classmethod
    def _bounded_values(cls, data: dict[str, Any]) -> dict[str, Any]:
        for name, value in data.items():
            if isinstance(value, str) and len(value) > MAX_FIELD_TEXT:
                raise ValueError(f"field {name!r} is longer than {MAX_FIELD_TEXT} characters")
        return data

    def unknown_fields(self) -> set[str]:
        return set(self.data) - SYNCED_FIELDS[self.table]


class ServerChange(Change):
    server_seq: int


class RowSnapshot(_Message):
    """The full merged state of one row, for a newly visible dossier or a full resync."""

    table: str
    row_id: str
    data: dict[str, Any]
    created_version: str
    field_versions: dict[str, str]
    version: str
    origin_device: str


class PushRequest(_Message):
    device_id: str
    changes: list[Change] = Field(max_length=MAX_BATCH)


class ChangeResult(_Message):
    change_id: str
    device_seq: int
    status: Status
    reason: str | None = None


class PushResponse(_Message):
    results: list[ChangeResult]
    acked_seq: int  # every change of this device up to here is settled (accepted, duplicate or rejected)
    server_time: datetime


class PullRequest(_Message):
    device_id: str
    cursor: int = Field(ge=0, le=MAX_SEQ)
    limit: int = Field(default=MAX_BATCH, ge=1, le=MAX_BATCH)
    # Dossiers the laptop holds (sent with the first page): the server answers which to purge and
    # sends the full state of dossiers the laptop should hold but does not.
    held_participants: list[str] | None = Field(default=None, max_length=MAX_HELD_IDS)
    # Instead, with the first page: the scope the laptop was last answered for. The server asks for the held ids
    # (``held_needed``) only when the scope has changed since: a region's daily sync does not send 5,000 ids.
    scope_token: str | None = Field(default=None, max_length=64)


class PullResponse(_Message):
    changes: list[ServerChange]
    snapshots: list[RowSnapshot] = []
    purge: list[str] = []  # participant ids this device may no longer hold
    cursor: int
    more: bool
    resync_required: bool = False
    server_time: datetime
    scope_token: str = ""  # the scope this answer was made for
    held_needed: bool = False  # the scope changed: ask again with held_participants (nothing else is answered)


class TableDigest(_Message):
    count: int
    sha256: str


class DigestRequest(_Message):
    device_id: str
    tables: dict[str, TableDigest]


class DigestResponse(_Message):
    ok: bool
    mismatched: list[str]


class SnapshotRequest(_Message):
    device_id: str
    table: str
    after_row_id: str = ""
    limit: int = Field(default=MAX_BATCH, ge=1, le=MAX_BATCH)


class SnapshotResponse(_Message):
    rows: list[RowSnapshot]
    more: bool
    cursor: int  # the change feed position the snapshot is consistent with


class EnrolRequest(_Message):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str = Field(min_length=1, max_length=36)
    device_name: str = Field(default="", max_length=200)
    # The device's first change number the server will see (a vault set up offline keeps its set-up changes).
    first_seq: int = Field(default=1, ge=1, le=MAX_SEQ)
    # After a reset by the team lead the user signs in with the password she was given and sets her own here.
    new_password: str | None = Field(default=None, min_length=1, max_length=1000)


class EnrolResponse(_Message):
    token: str
    user_id: str
    partnership_id: str
    role: Literal["coach", "team_lead", "support_group"]


class ServerInfo(_Message):
    protocol_version: int
    schema_revision: str  # the vault schema the server's synced tables follow
    server_version: str
    server_time: datetime


class ErrorBody(_Message):
    error: str  # a stable code: bad_request, unauthorised, revoked, locked, too_old, forbidden, too_large
    message: str
