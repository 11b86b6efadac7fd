"""The laptop's side of sync: what to send, and applying what the server sends, on the open vault.

Applying pulled changes writes synced rows without adding them to the outbox (they came from the server).
Pages are applied in bulk (one query per table to read the rows a page touches, then ``executemany``), so
that a first sync of a whole partnership runs near raw insert speed.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC
from functools import cache

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from lfn_common import merge
from lfn_common.digest import table_digest
from lfn_common.erasure import is_erasure
from lfn_common.hlc import ClockDriftError, Timestamp
from lfn_common.protocol import Change, ChangeResult, RowSnapshot, ServerChange, TableDigest
from lfn_common.scope import chunks, rows_of_participants
from lfn_common.wire import from_wire, to_wire, value_parsers
from lfn_desktop.store.changed import Changed
from lfn_desktop.store.erasure import scrub_local_history
from lfn_desktop.store.models import (
    SYNCED_TABLES,
    ChangeLog,
    Draft,
    LocalState,
    SyncHeld,
    SyncRejected,
    user_fields,
)
from lfn_desktop.store.store import STATE_CLOCK, Store, _set_state
from lfn_desktop.store.writer import utcnow

STATE_CURSOR = "sync_cursor"
STATE_ACKED = "sync_acked_seq"


@dataclass
class ApplyReport:
    applied: int = 0
    held: int = 0
    changed: Changed | None = None  # what the page changed here, for the views to refresh



class LocalReplica:
    def __init__(self, store: Store):
        self.store = store

    # --- outgoing ----------------------------------------------------------------------------------------

    def acked_seq(self) -> int:
        return int(self.store.state().get(STATE_ACKED) or 0)

    def cursor(self) -> int:
        return int(self.store.state().get(STATE_CURSOR) or 0)

    @staticmethod
    def _acked(conn: Connection) -> int:
        return int(conn.execute(select(LocalState.value).where(LocalState.key == STATE_ACKED)).scalar() or 0)

    def pending(self, limit: int) -> list[Change]:
        """Local changes after the acknowledged point, in device order."""
        with self.store.read() as session:
            rows = session.scalars(select(ChangeLog).where(ChangeLog.seq > self.acked_seq())
                                   .order_by(ChangeLog.seq).limit(limit)).all()
        return [Change(change_id=r.change_id, table=r.table_name, row_id=r.row_id, op=r.op, data=r.data,
                       base_version=r.base_version, version=r.version, device_id=r.device_id, device_seq=r.seq,
                       actor_id=r.actor_id, recorded_at=r.recorded_at.replace(tzinfo=UTC)) for r in rows]

    def pending_count(self) -> int:
        with self.store.read() as session:
            return len(session.scalars(select(ChangeLog.seq).where(ChangeLog.seq > self.acked_seq())).all())

    def settle(self, results: list[ChangeResult], sent: list[Change], acked_seq: int) -> list[ChangeResult]:
        """Record the server's answer: refused changes are set aside, the acknowledged point moves on."""
        by_id = {c.change_id: c for c in sent}
        rejected = [r for r in results if r.status == "rejected"]
        with self.store.local_transaction() as conn:
            for result in rejected:
                change = by_id[result.change_id]
                conn.execute(delete(SyncRejected).where(SyncRejected.seq == change.device_seq))
                conn.execute(insert(SyncRejected).values(
                    seq=change.device_seq, change_id=change.change_id, table_name=change.table,
                    row_id=change.row_id, reason=result.reason or "refused", rejected_at=utcnow()))
            _set_state(conn, STATE_ACKED, str(max(acked_seq, self.acked_seq())))
        return rejected

    def rejected_rows(self) -> set[tuple[str, str]]:
        with self.store.read() as session:
            return set(session.execute(select(SyncRejected.table_name, SyncRejected.row_id)).all())

    def clear_rejected_rows(self) -> None:
        with self.store.local_transaction() as conn:
            conn.execute(delete(SyncRejected))

    def restamp_pending(self, offset_ms: int) -> int:
        """Move unsent changes' versions by ``offset_ms`` (a laptop clock that was off), keeping their order.

        Only versions this device made and has not sent yet change, in the outbox and in the rows they stamped.
        """
        with self.store.sync_transaction() as conn:
            acked = self._acked(conn)
            pending = conn.execute(select(ChangeLog.seq, ChangeLog.version, ChangeLog.base_version,
                                          ChangeLog.table_name, ChangeLog.row_id)
                                   .where(ChangeLog.seq > acked).order_by(ChangeLog.seq)).all()
            if not pending:
                return 0
            mapping = {}
            for _, version, *_ in pending:
                stamp = Timestamp.decode(version)
                mapping[version] = Timestamp(max(stamp.wall_ms + offset_ms, 0), stamp.counter, stamp.device).encode()
            for seq, version, base, _, _ in pending:
                conn.execute(update(ChangeLog).where(ChangeLog.seq == seq).values(
                    version=mapping[version], base_version=mapping.get(base, base)))
            rows = defaultdict(set)
            for _, _, _, table, row_id in pending:
                rows[table].add(row_id)
            for table, ids in rows.items():
                t = SYNCED_TABLES[table].__table__
                for chunk in chunks(sorted(ids)):
                    for row in conn.execute(select(t.c.id, t.c.created_version, t.c.field_versions)
                                            .where(t.c.id.in_(chunk))).all():
                        created = mapping.get(row.created_version, row.created_version)
                        fields = {k: mapping.get(v, v) for k, v in (row.field_versions or {}).items()}
                        conn.execute(update(t).where(t.c.id == row.id).values(
                            created_version=created, field_versions=fields,
                            version=max([created, *fields.values()])))
            last = max(mapping.values())
            self.store.clock.observe(last, max_drift_ms=10**15)
            _set_state(conn, STATE_CLOCK, self.store.clock.last)
            return len(pending)

    # --- incoming ------------------------------------------------------------------------------------------

    def apply_page(self, changes: list[ServerChange], cursor: int, snapshots: Iterable[RowSnapshot] = (),
                   purge: Iterable[str] = (), *, summarise: bool = False) -> ApplyReport:
        """Apply one pulled page and move the cursor, all in one transaction (a cut leaves no half page)."""
        report = ApplyReport()
        snapshots, purge = list(snapshots), list(purge)
        with self.store.sync_transaction() as conn:
            if purge:
                self._purge(conn, list(purge))
            self._merge_snapshots(conn, list(snapshots), force=set())
            if changes:  # moving past the latest version moves past all the others too
                self._observe(max(change.version for change in changes))
            held = self._merge_changes(conn, changes)
            report.applied = len(changes) - len(held)
            self._hold(conn, held)
            report.held = self._retry_held(conn)
            erased = [c.row_id for c in changes if is_erasure(c.table, c.data)]
            if erased:  # a participant erased elsewhere: her earlier values leave this vault's history too
                scrub_local_history(conn, erased)
            _set_state(conn, STATE_CURSOR, str(cursor))
            _set_state(conn, STATE_CLOCK, self.store.clock.last)
            if summarise:  # what the page changed, for the views of a window (a few queries more)
                report.changed = page_changes(conn, changes, snapshots, purge)
        return report

    def apply_snapshots(self, rows: list[RowSnapshot], *, force: set[tuple[str, str]] = frozenset(),
                        cursor: int | None = None, summarise: bool = False) -> Changed | None:
        with self.store.sync_transaction() as conn:
            self._merge_snapshots(conn, rows, force)
            if cursor is not None:
                _set_state(conn, STATE_CURSOR, str(cursor))
            return page_changes(conn, [], rows, []) if summarise else None

    def remove_rows_not_on_server(self, table: str, server_ids: set[str]) -> int:
        """After a full resync of ``table``: drop local rows the server does not have for this device."""
        t = SYNCED_TABLES[table].__table__
        with self.store.sync_transaction() as conn:
            local = set(conn.execute(select(t.c.id)).scalars())
            # Rows the coach changed while this sync ran are not on the server yet: never drop those.
            unsent = set(conn.execute(select(ChangeLog.row_id).where(
                ChangeLog.table_name == table, ChangeLog.seq > self._acked(conn))).scalars())
            extra = sorted(local - server_ids - unsent)
            for chunk in chunks(extra):
                conn.execute(delete(t).where(t.c.id.in_(chunk)))
            return len(extra)

    def _observe(self, version: str) -> None:
        # The server bounds the versions it accepts; our own clock offset is corrected at sync start.
        with contextlib.suppress(ClockDriftError):
            self.store.clock.observe(version)

    def _merge_changes(self, conn: Connection, changes: list[ServerChange]) -> list[ServerChange]:
        held = []
        by_table: dict[str, list[ServerChange]] = defaultdict(list)
        for change in changes:
            by_table[change.table].append(change)
        for table, table_changes in by_table.items():
            existing = _load_states(conn, table, {c.row_id for c in table_changes})
            states = dict(existing)
            touched = set()
            for c in table_changes:
                try:
                    new, won = merge.apply(states.get(c.row_id), merge.ChangeIn(
                        c.op, c.data, c.version, c.device_id, c.base_version))
                except merge.RowMissing:
                    held.append(c)
                    continue
                if won:
                    states[c.row_id] = new
                    touched.add(c.row_id)
            _write_states(conn, table, {i: states[i] for i in touched}, existing)
        return held

    def _merge_snapshots(self, conn: Connection, rows: list[RowSnapshot], force: set[tuple[str, str]]) -> None:
        by_table: dict[str, list[RowSnapshot]] = defaultdict(list)
        for row in rows:
            by_table[row.table].append(row)
        for table, table_rows in by_table.items():
            existing = _load_states(conn, table, {r.row_id for r in table_rows})
            merged = {}
            for r in table_rows:
                self._observe(r.version)
                remote = merge.RowState(r.data, r.created_version, dict(r.field_versions), r.origin_device)
                local = None if (table, r.row_id) in force else existing.get(r.row_id)
                merged[r.row_id] = merge.merge_snapshot(local, remote)
            _write_states(conn, table, merged, existing)

    def _hold(self, conn: Connection, held: list[ServerChange]) -> None:
        if held:
            conn.execute(insert(SyncHeld).prefix_with("OR REPLACE"), [
                {"server_seq": c.server_seq, "table_name": c.table, "row_id": c.row_id,
                 "change": c.model_dump(mode="json")} for c in held])

    def _retry_held(self, conn: Connection) -> int:
        waiting = [ServerChange.model_validate(row.change) for row in
                   conn.execute(select(SyncHeld).order_by(SyncHeld.server_seq)).scalars()]
        if not waiting:
            return 0
        still = self._merge_changes(conn, waiting)
        done = {c.server_seq for c in waiting} - {c.server_seq for c in still}
        for chunk in chunks(sorted(done)):
            conn.execute(delete(SyncHeld).where(SyncHeld.server_seq.in_(chunk)))
        return len(still)

    # --- linking a vault that was set up without a server ------------------------------------------------

    def holds_partnership(self) -> bool:
        t = SYNCED_TABLES["partnership"].__table__
        with self.store.read() as session:
            return session.execute(select(t.c.id).limit(1)).first() is not None

    def holds_dossiers(self) -> bool:
        t = SYNCED_TABLES["participant"].__table__
        with self.store.read() as session:
            return session.execute(select(t.c.id).limit(1)).first() is not None

    def keep_unsent_local(self) -> None:
        """Never send what is in the outbox now (the rows go at the first integrity check)."""
        with self.store.local_transaction() as conn:
            last = conn.execute(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1)).scalar() or 0
            _set_state(conn, STATE_ACKED, str(last))

    # --- scope -----------------------------------------------------------------------------------------------

    def held_participants(self) -> list[str]:
        t = SYNCED_TABLES["participant"].__table__
        with self.store.read() as session:
            return list(session.execute(select(t.c.id)).scalars())

    def _purge(self, conn: Connection, participant_ids: list[str]) -> None:
        """Remove every row of these dossiers (an unassigned coach keeps nothing of them)."""
        ids_by_table = rows_of_participants(conn, participant_ids)
        for table, ids in ids_by_table.items():
            t = SYNCED_TABLES[table].__table__
            for chunk in chunks(sorted(ids)):
                conn.execute(delete(t).where(t.c.id.in_(chunk)))
                # The outbox keeps its sequence numbers, but no longer the dossier's content.
                conn.execute(update(ChangeLog).where(ChangeLog.row_id.in_(chunk)).values(data={}))
                conn.execute(delete(SyncHeld).where(SyncHeld.row_id.in_(chunk)))
        for participant_id in participant_ids:
            conn.execute(delete(Draft).where(Draft.key.contains(participant_id)))

    def purge(self, participant_ids: list[str]) -> None:
        with self.store.sync_transaction() as conn:
            self._purge(conn, participant_ids)

    # --- integrity ---------------------------------------------------------------------------------------------

    def digests(self) -> dict[str, TableDigest]:
        out = {}
        with self.store.read() as session:
            # The driver's own cursor on a plain scan, streamed: a region's 500,000 rows never sit in memory at once,
            # and no row object is made for each.
            cursor = session.connection().connection.dbapi_connection.cursor()
            for table in SYNCED_TABLES:
                out[table] = table_digest(cursor.execute(f'SELECT id, version FROM "{table}"'))
            cursor.close()
        return out


def page_changes(conn: Connection, changes: list[ServerChange], snapshots: list[RowSnapshot],
                 purged: list[str]) -> Changed:
    """What applying a page changed: its rows per table and their dossiers, purged dossiers included."""
    rows: dict[str, set[str]] = defaultdict(set)
    for item in (*changes, *snapshots):
        rows[item.table].add(item.row_id)
    summary = Changed.of_rows(conn, None, rows)
    if purged:
        summary = replace(summary, participants=summary.participants | frozenset(purged),
                          rows={**summary.rows, "participant": summary.rows.get("participant", frozenset())
                                | frozenset(purged)})
    return summary


def _load_states(conn: Connection, table: str, ids: set[str]) -> dict[str, merge.RowState]:
    model = SYNCED_TABLES[table]
    t = model.__table__
    fields = user_fields(model)
    states = {}
    # Which of them the vault holds, first, with a bare query: in a first pull nearly every row is new, and loading
    # none through SQLAlchemy's statement still cost more than SQLite's work.
    held = set()
    for chunk in chunks(sorted(ids)):
        held.update(row_id for (row_id,) in conn.exec_driver_sql(
            f'SELECT id FROM "{table}" WHERE id IN ({",".join("?" * len(chunk))})', tuple(chunk)))
    for chunk in chunks(sorted(held)):
        for row in conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            states[row["id"]] = merge.RowState(to_wire(table, {f: row[f] for f in fields}), row["created_version"],
                                               dict(row["field_versions"] or {}), row["origin_device"])
    return states


def _write_states(conn: Connection, table: str, states: dict[str, merge.RowState],
                  existing: dict[str, merge.RowState]) -> None:
    if not states:
        return
    model = SYNCED_TABLES[table]
    t = model.__table__
    fields = user_fields(model)
    now = utcnow()
    new_ids, changed_rows = [], []
    for row_id, state in states.items():
        if row_id not in existing:
            new_ids.append(row_id)
            continue
        values = from_wire(table, {f: state.data.get(f) for f in fields})
        values.update({name: derive(values) for name, derive in model.DERIVED.items()})
        values.update(created_version=state.created_version, version=state.version,
                      field_versions=state.field_versions, origin_device=state.origin_device, updated_at=now)
        changed_rows.append(values | {"b_id": row_id})
    if new_ids:
        plan = _insert_plan(table, conn.dialect)
        conn.exec_driver_sql(plan.sql, plan.batch(states, new_ids, now))
    if changed_rows:
        columns = [c for c in changed_rows[0] if c != "b_id"]
        conn.execute(update(t).where(t.c.id == bindparam("b_id")).values({c: bindparam(c) for c in columns}),
                     changed_rows)


class _InsertPlan:
    """A plain INSERT of a new row, its parameters made straight from the merged wire values with each column's
    own converters: a first sync inserts hundreds of thousands of rows, and building each through SQLAlchemy's
    statements (or through a dict per row and a second pass) costs more than SQLite's own work.

    The user fields come first in the statement, then the derived columns, then the bookkeeping ones: so a row's
    parameters are one pass over its fields and a few values, with the insert time converted once per batch."""

    _BOOKKEEPING = ("id", "created_at", "updated_at", "created_version", "version", "field_versions",
                    "origin_device")

    def __init__(self, table: str, dialect):
        model = SYNCED_TABLES[table]
        t = model.__table__
        processors = {c.name: c.type.bind_processor(dialect) for c in t.columns}
        kinds = value_parsers(table)
        self._table, self._derived = table, model.DERIVED
        self._fields = user_fields(model)
        columns = [*self._fields, *self._derived, *self._BOOKKEEPING]
        assert sorted(columns) == sorted(c.name for c in t.columns), f"{table}: a column the plan does not fill"
        names = ", ".join(f'"{c}"' for c in columns)
        self.sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        # Per user field: its name and the one function that turns its wire value into the driver's value.
        self._plan = [(name, _compose(kinds.get(name), processors[name])) for name in self._fields]
        self._derived_plan = [(derive, processors[name]) for name, derive in self._derived.items()]
        self._time = processors["created_at"] or (lambda v: v)
        self._versions = processors["field_versions"] or (lambda v: v)

    def batch(self, states: dict[str, merge.RowState], ids: list[str], now) -> list[tuple]:
        """The parameters of the new rows ``ids``, all inserted at ``now``."""
        at = self._time(now)
        return [self._params(row_id, states[row_id], at) for row_id in ids]

    def _params(self, row_id: str, state: merge.RowState, at) -> tuple:
        get = state.data.get
        values = [convert(get(name)) if convert else get(name) for name, convert in self._plan]
        if self._derived_plan:
            row = from_wire(self._table, {f: get(f) for f in self._fields})
            values += [process(derive(row)) if process else derive(row) for derive, process in self._derived_plan]
        # A row a single insert made has no field newer than its creation: "{}" without the JSON encoder.
        versions = self._versions(state.field_versions) if state.field_versions else "{}"
        values += (row_id, at, at, state.created_version, state.version, versions, state.origin_device)
        return tuple(values)


def _compose(parse, process):
    if parse and process:
        return lambda v: process(parse(v) if isinstance(v, str) else v)
    if parse:
        return lambda v: parse(v) if isinstance(v, str) else v
    return process


@cache
def _insert_plan(table: str, dialect) -> _InsertPlan:
    return _InsertPlan(table, dialect)
