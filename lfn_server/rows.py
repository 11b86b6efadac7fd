"""The server's synced rows and its change feed, read and written in bulk within one transaction.

A :class:`RowBook` caches the rows a request touches (loaded with one query per table and chunk), keeps
the merged states it changes, and writes them together with the feed entries at :meth:`RowBook.flush`,
feed entries in the order they were accepted (that order becomes their ``server_seq``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from lfn_common import merge
from lfn_common.consent import names_audience
from lfn_common.hlc import HybridClock
from lfn_common.protocol import SCOPE_RULES, SYNCED_FIELDS, Change
from lfn_common.scope import chunks

from .db import change_feed, dossier_consent, row_state

SERVER_DEVICE = "server"  # the device name in versions of rows the server itself makes (conflicts, admin)


@dataclass
class StoredRow:
    state: merge.RowState
    partnership_id: str
    participant_id: str | None
    creator_device: str


def blank_row(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Every field of a synced table (None where not given), as an insert carries them."""
    unknown = set(values) - SYNCED_FIELDS[table]
    if unknown:
        raise KeyError(f"{table} has no field(s) {sorted(unknown)}")
    return {name: None for name in SYNCED_FIELDS[table]} | {"deleted": False} | values


class RowBook:
    def __init__(self, conn: Connection):
        self.conn = conn
        self._rows: dict[tuple[str, str], StoredRow | None] = {}
        self._in_db: set[tuple[str, str]] = set()
        self._dirty: dict[tuple[str, str], StoredRow] = {}
        self._feed: list[dict[str, Any]] = []
        self._consent_changed: dict[str, StoredRow] = {}  # participants whose consent this request changed
        self.clock = HybridClock(SERVER_DEVICE)

    # --- reading -----------------------------------------------------------------------------------------

    def preload(self, keys: Iterable[tuple[str, str]]) -> None:
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, row_id in keys:
            if (table, row_id) not in self._rows:
                by_table[table].append(row_id)
        for table, ids in by_table.items():
            for chunk in chunks(sorted(set(ids))):
                found = self.conn.execute(select(row_state).where(
                    row_state.c.table_name == table, row_state.c.row_id.in_(chunk))).mappings().all()
                for row in found:
                    self._rows[(table, row["row_id"])] = _stored(row)
                    self._in_db.add((table, row["row_id"]))
                for row_id in chunk:
                    self._rows.setdefault((table, row_id), None)

    def get(self, table: str, row_id: str) -> StoredRow | None:
        if (table, row_id) not in self._rows:
            self.preload([(table, row_id)])
        return self._rows[(table, row_id)]

    def participant_of(self, table: str, row_id: str, data: dict[str, Any]) -> str | None:
        """Whose dossier a row belongs to, by the protocol's scope rules (raises LookupError if unknowable)."""
        rule = SCOPE_RULES[table]
        if rule is None:
            return None
        if rule[0] == "self":
            return row_id
        if rule[0] == "field":
            return data.get(rule[1])
        parent_id = data.get(rule[1])
        parent = self.get(rule[2], parent_id) if parent_id else None
        if parent is None:
            raise LookupError(f"the {rule[2]} this {table} belongs to is not on the server")
        return parent.participant_id

    def field_value_at(self, table: str, row_id: str, name: str, version: str | None) -> tuple[bool, Any]:
        """(found, value): the value of a row's field as a device saw it at ``version``, from the row's history
        (the feed, this request's entries included); not found when the history no longer holds it."""
        if not version:
            return False, None
        history = [row.payload for row in self.conn.execute(select(change_feed.c.payload).where(
            change_feed.c.table_name == table, change_feed.c.row_id == row_id))]
        history += [entry["payload"] for entry in self._feed
                    if entry["table_name"] == table and entry["row_id"] == row_id]
        seen = [(p["version"], p["data"][name]) for p in history
                if name in (p.get("data") or {}) and p["version"] <= version]
        return (True, max(seen)[1]) if seen else (False, None)

    # --- writing -----------------------------------------------------------------------------------------

    def put(self, table: str, row_id: str, row: StoredRow) -> None:
        before = self._rows.get((table, row_id))
        if table == "participant" and (before is None or _consent(before) != _consent(row)):
            self._consent_changed[row_id] = row
        self._rows[(table, row_id)] = row
        self._dirty[(table, row_id)] = row

    def append_feed(self, change: Change, partnership_id: str, participant_id: str | None) -> None:
        self._feed.append({"partnership_id": partnership_id, "participant_id": participant_id,
                           "table_name": change.table, "row_id": change.row_id, "change_id": change.change_id,
                           "device_id": change.device_id, "payload": change.model_dump(mode="json")})

    def server_insert(self, table: str, values: dict[str, Any], partnership_id: str, *,
                      participant_id: str | None = None, row_id: str | None = None) -> str:
        """A row the server itself makes (a conflict record, a user from the admin CLI), sent to laptops."""
        row_id = row_id or str(uuid.uuid4())
        version = self.clock.now()
        data = blank_row(table, values)
        change = Change(change_id=str(uuid.uuid4()), table=table, row_id=row_id, op="insert", data=data,
                        version=version, device_id=SERVER_DEVICE, device_seq=1, recorded_at=datetime.now(UTC))
        self.put(table, row_id, StoredRow(merge.RowState(data, version, {}, SERVER_DEVICE), partnership_id,
                                          participant_id, SERVER_DEVICE))
        self.append_feed(change, partnership_id, participant_id)
        return row_id

    def server_update(self, table: str, row_id: str, values: dict[str, Any], after: str, *, op: str = "update") -> None:
        """Fields the server itself sets on a row (a merged text, an assignment ended by the team lead), in a version
        after ``after``, sent to every laptop the row reaches like any change."""
        current = self.get(table, row_id)
        self.clock.observe(after)
        version = self.clock.now()
        change = Change(change_id=str(uuid.uuid4()), table=table, row_id=row_id, op=op, data=values,
                        base_version=current.state.version, version=version, device_id=SERVER_DEVICE, device_seq=1,
                        recorded_at=datetime.now(UTC))
        state, _won = merge.apply(current.state, merge.ChangeIn(op, values, version, SERVER_DEVICE,
                                                                current.state.version))
        self.put(table, row_id, StoredRow(state, current.partnership_id, current.participant_id,
                                          current.creator_device))
        self.append_feed(change, current.partnership_id, current.participant_id)

    def flush(self) -> None:
        new, changed = [], []
        for (table, row_id), row in self._dirty.items():
            values = {"partnership_id": row.partnership_id, "participant_id": row.participant_id,
                      "data": row.state.data, "created_version": row.state.created_version,
                      "field_versions": row.state.field_versions, "version": row.state.version,
                      "origin_device": row.state.origin_device,
                      "assigned_user_id": row.state.data.get("user_id") if table == "assignment" else None}
            if (table, row_id) in self._in_db:
                changed.append(values | {"b_table": table, "b_row": row_id})
            else:
                new.append(values | {"table_name": table, "row_id": row_id, "creator_device": row.creator_device})
        if new:
            self.conn.execute(insert(row_state), new)
        if changed:
            columns = [c for c in changed[0] if not c.startswith("b_")]
            self.conn.execute(update(row_state).where(row_state.c.table_name == bindparam("b_table"),
                                                      row_state.c.row_id == bindparam("b_row"))
                              .values({c: bindparam(c) for c in columns}), changed)
        if self._feed:
            self.conn.execute(insert(change_feed), self._feed)
        self._keep_consent()
        self._in_db |= set(self._dirty)
        self._dirty.clear()
        self._feed.clear()

    def _keep_consent(self) -> None:
        """``dossier_consent`` follows the participants' rows whose consent changed: who may see each dossier."""
        changed, self._consent_changed = self._consent_changed, {}
        if not changed:
            return
        for chunk in chunks(sorted(changed)):
            self.conn.execute(delete(dossier_consent).where(dossier_consent.c.participant_id.in_(chunk)))
        named = [{"participant_id": row_id, "partnership_id": row.partnership_id, "organisation_ids": ids,
                  "coordination": row.partnership_id in ids} for row_id, row in changed.items()
                 if names_audience(ids := _consent(row))]
        if named:
            self.conn.execute(insert(dossier_consent), named)


def _consent(row: StoredRow) -> list[str]:
    return list(row.state.data.get("consent_organisation_ids") or [])


def _stored(row) -> StoredRow:
    return StoredRow(merge.RowState(dict(row["data"]), row["created_version"], dict(row["field_versions"] or {}),
                                    row["origin_device"]), row["partnership_id"], row["participant_id"],
                     row["creator_device"])
