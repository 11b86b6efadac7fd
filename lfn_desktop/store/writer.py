"""The only way to change synced rows: every write is captured in the ``change_log`` outbox.

Design (the outbox, per field): each insert, update and tombstone gets a fresh hybrid-clock version;
the row keeps the version of every field changed since its creation (``field_versions``), and the
same transaction appends one ``change_log`` row holding exactly the changed fields. Sync therefore
sends precisely what changed since the last acknowledged sequence number, field by field, and merges
field by field on the other side.

A guard on the connection refuses any INSERT/UPDATE/DELETE on a synced table that does not come
through a :class:`Writer` (or a sync apply that declares itself), so no write can escape capture.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, event, insert, select, update
from sqlalchemy.engine import Engine

from lfn_common.errors import NotFound
from lfn_common.fields import check_fields
from lfn_common.hlc import HybridClock
from lfn_common.wire import to_wire

from .errors import UncapturedWrite
from .models import SYNCED_TABLES, ChangeLog, Synced, user_fields

CAPTURE_FLAG = "lfn_capturing"
_DML = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)
_CHANGE_LOG = ChangeLog.__table__


def install_capture_guard(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _refuse_uncaptured(conn, cursor, statement, parameters, context, executemany):
        match = _DML.match(statement)
        if match and match.group(1) in SYNCED_TABLES and not conn.info.get(CAPTURE_FLAG):
            raise UncapturedWrite(
                f"write to synced table {match.group(1)!r} outside the change-capturing writer"
            )


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


class Writer:
    """Writes within one open transaction; create through :meth:`Store.write`."""

    def __init__(self, conn: Connection, clock: HybridClock, actor_id: str | None):
        self.conn = conn
        self.clock = clock
        self.actor_id = actor_id
        self.changed: dict[str, set[str]] = {}  # table -> ids: the summary an operation returns

    def _note(self, table: str, row_id: str) -> None:
        self.changed.setdefault(table, set()).add(row_id)

    def _log_rows(self, entries: list[tuple[str, str, str, dict, str | None, str]]) -> None:
        now = utcnow()
        self.conn.execute(
            insert(_CHANGE_LOG),
            [
                {"change_id": new_id(), "table_name": table, "row_id": row_id, "op": op, "data": data,
                 "base_version": base, "version": version, "device_id": self.clock.device,
                 "actor_id": self.actor_id, "recorded_at": now}
                for table, row_id, op, data, base, version in entries
            ],
        )

    def insert(self, model: type[Synced], values: dict[str, Any]) -> str:
        return self.insert_many(model, [values])[0]

    def insert_many(self, model: type[Synced], rows: Iterable[dict[str, Any]]) -> list[str]:
        """Insert rows and their outbox entries with two ``executemany`` calls (the bulk path)."""
        table = model.__tablename__
        fields = user_fields(model)
        now = utcnow()
        records, entries = [], []
        for values in rows:
            unknown = set(values) - set(fields) - {"id"}
            if unknown:
                raise KeyError(f"{table} has no field(s) {sorted(unknown)}")
            version = self.clock.now()
            row_id = values.get("id") or new_id()
            record = {f: None for f in fields} | values
            _fill_defaults(model, record)
            record.update({name: derive(record) for name, derive in model.DERIVED.items()})
            record.update(id=row_id, created_at=now, updated_at=now, created_version=version,
                          version=version, field_versions={}, origin_device=self.clock.device)
            records.append(record)
            data = to_wire(table, {f: record[f] for f in fields})
            check_fields(table, data, creating=True)  # the server's own rules: nothing it would refuse leaves
            entries.append((table, row_id, "insert", data, None, version))
            self._note(table, row_id)
        if records:
            self.conn.execute(insert(model.__table__), records)
            self._log_rows(entries)
        return [r["id"] for r in records]

    def update(self, model: type[Synced], row_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of a live row; returns the fields whose value really changed."""
        table = model.__tablename__
        fields = set(user_fields(model)) - {"deleted"}
        unknown = set(changes) - fields
        if unknown:
            raise KeyError(f"{table} has no field(s) {sorted(unknown)}")
        current = self._current(model, row_id)
        if current["deleted"]:
            raise NotFound("This record was deleted.", code="deleted")
        changed = {k: v for k, v in changes.items() if current[k] != v}
        if changed:
            self._write_fields(model, current, changed, "update")
        return changed

    def delete(self, model: type[Synced], row_id: str) -> None:
        """Tombstone a row: it stays (so the delete can sync) but no longer shows anywhere."""
        current = self._current(model, row_id)
        if not current["deleted"]:
            self._write_fields(model, current, {"deleted": True}, "delete")

    def undelete(self, model: type[Synced], row_id: str) -> None:
        """Bring a tombstoned row back (resolving a delete that collided with an edit elsewhere)."""
        current = self._current(model, row_id)
        if current["deleted"]:
            self._write_fields(model, current, {"deleted": False}, "undelete")

    def overwrite(self, model: type[Synced], row_id: str, changes: dict[str, Any]) -> None:
        """Write these fields with a new version even if deleted or unchanged here: erasure must also win over
        edits this laptop has not seen yet."""
        current = self._current(model, row_id)
        changed = dict(changes)
        if changed:
            self._write_fields(model, current, changed, "update")

    def _current(self, model: type[Synced], row_id: str) -> dict[str, Any]:
        row = self.conn.execute(select(model.__table__).where(model.__table__.c.id == row_id)).mappings().first()
        if row is None:
            raise NotFound(f"No {model.__tablename__} with id {row_id}.")
        return dict(row)

    def _write_fields(self, model: type[Synced], current: dict, changed: dict[str, Any], op: str) -> None:
        table = model.__tablename__
        data = to_wire(table, changed)
        check_fields(table, data)  # the server's own rules: nothing it would refuse leaves
        version = self.clock.now()
        versions = dict(current["field_versions"] or {}) | {f: version for f in changed}
        derived = {name: derive(current | changed) for name, derive in model.DERIVED.items()}
        self.conn.execute(
            update(model.__table__)
            .where(model.__table__.c.id == current["id"])
            .values(**changed, **derived, version=version, field_versions=versions, updated_at=utcnow(),
                    origin_device=self.clock.device)
        )
        self._log_rows([(table, current["id"], op, data, current["version"], version)])
        self._note(table, current["id"])


@cache
def _defaults(model: type[Synced]) -> dict[str, Any]:
    """Scalar column defaults and factories (lists, dicts, flags), for fields a caller left as None."""
    out = {}
    for column in model.__table__.columns:
        if column.default is not None and not column.nullable and column.name not in Synced.SYSTEM_FIELDS:
            out[column.name] = column.default.arg
    return out


def _fill_defaults(model: type[Synced], record: dict[str, Any]) -> None:
    for name, default in _defaults(model).items():
        if record.get(name) is None:
            record[name] = default(None) if callable(default) else default
