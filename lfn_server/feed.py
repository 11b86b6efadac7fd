"""What a device receives: the change feed in its scope, full rows of newly visible dossiers, digests.

A page is everything after the device's cursor up to the partnership's latest ``server_seq`` read at the
start (so a change committed meanwhile is never skipped), minus the device's own changes and the dossiers
it may not see. Cursors only move forward over positions the device has been answered for.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Connection, Text, cast, false, func, or_, select

from lfn_common.digest import table_digest
from lfn_common.protocol import (
    SCOPE_RULES,
    SYNCED_FIELDS,
    DigestRequest,
    DigestResponse,
    PullRequest,
    PullResponse,
    RowSnapshot,
    SnapshotRequest,
    SnapshotResponse,
)

from .accept import write_audit
from .access import Scope, scope_of
from .auth import Caller
from .db import change_feed, row_state
from .errors import ApiError
from .rows import chunks


def latest_seq(conn: Connection, partnership_id: str) -> int:
    return conn.execute(select(func.coalesce(func.max(change_feed.c.server_seq), 0)).where(
        change_feed.c.partnership_id == partnership_id)).scalar_one()


def _in_scope(query, scope: Scope, participant_column, table_column):
    if scope.tables is not None:
        query = query.where(table_column.in_(sorted(scope.tables)))
    if scope.everything:
        if not scope.hidden:
            return query
        return query.where(or_(participant_column.is_(None), participant_column.notin_(sorted(scope.hidden))))
    return query.where(or_(participant_column.is_(None), participant_column.in_(sorted(scope.participants))))


def pull(conn: Connection, caller: Caller, request: PullRequest) -> bytes:
    """The next page of the feed, as the JSON of a :class:`PullResponse`.

    The changes are stored in wire form already (checked when they were accepted): their JSON text is spliced
    into the answer as it is, with its ``server_seq``, instead of being parsed into models and written out again,
    which was most of the server's work in a first pull."""
    scope = scope_of(conn, caller)
    latest = latest_seq(conn, caller.partnership_id)
    cursor, resync = request.cursor, False
    if cursor > latest:  # the server's database was restored from an older backup: start over
        cursor, resync = 0, True
    snapshots, purge, token = [], [], scope.token()
    if request.held_participants is None and request.scope_token not in (None, token):
        return _answer([], PullResponse(changes=[], cursor=request.cursor, more=True, resync_required=resync,
                                        server_time=datetime.now(UTC), scope_token=token, held_needed=True))
    if request.held_participants is not None:
        purge, snapshots = _reconcile_dossiers(conn, scope, set(request.held_participants), cursor)
    rows, next_cursor, more = _page(conn, caller, scope, cursor, latest, request.limit)
    sent = Counter(row.participant_id for row in rows) + Counter(s.participant for s in snapshots)
    write_audit(conn, caller, "pull", sent, unit="change(s) or row(s)")
    return _answer(rows, PullResponse(changes=[], snapshots=[s.row for s in snapshots], purge=purge,
                                      cursor=next_cursor, more=more, resync_required=resync,
                                      server_time=datetime.now(UTC), scope_token=token))


def _page(conn: Connection, caller: Caller, scope: Scope, cursor: int, latest: int, limit: int):
    """The feed's rows in scope after ``cursor`` (up to ``latest``), the cursor to answer, and whether more follow."""
    columns = (change_feed.c.server_seq, change_feed.c.participant_id,
               cast(change_feed.c.payload, Text).label("payload"))
    if scope.everything or scope.tables is not None:  # most of the feed: walked in order
        query = select(*columns).where(
            change_feed.c.partnership_id == caller.partnership_id, change_feed.c.server_seq > cursor,
            change_feed.c.server_seq <= latest, change_feed.c.device_id != caller.device_id)
        rows = conn.execute(_in_scope(query, scope, change_feed.c.participant_id, change_feed.c.table_name)
                            .order_by(change_feed.c.server_seq).limit(limit)).all()
        more = len(rows) == limit
        return rows, rows[-1].server_seq if more else latest, more
    # A coach's few dossiers in a region's feed: their positions by index, dossier by dossier, then the rows by key.
    # Her own laptop's changes are left out after the limit, so the cursor moves past them too.
    seqs: list[int] = []
    for chunk in [None, *chunks(sorted(scope.participants))]:
        which = change_feed.c.participant_id.is_(None) if chunk is None else change_feed.c.participant_id.in_(chunk)
        seqs += conn.execute(select(change_feed.c.server_seq).where(
            change_feed.c.partnership_id == caller.partnership_id, which, change_feed.c.server_seq > cursor,
            change_feed.c.server_seq <= latest)
            # Sorted by "server_seq + 0", which no index gives: otherwise SQLite's planner walks the partnership's
            # whole feed in order (ix_change_feed_partnership_seq), not seeking her dossiers (ix_change_feed_dossier).
            .order_by(change_feed.c.server_seq + 0).limit(limit)).scalars()
    seqs = sorted(seqs)[:limit]
    more = len(seqs) == limit
    rows = []
    for chunk in chunks(seqs):
        rows += conn.execute(select(*columns).where(change_feed.c.server_seq.in_(chunk),
                                                    change_feed.c.device_id != caller.device_id)).all()
    rows.sort(key=lambda row: row.server_seq)
    return rows, seqs[-1] if more else latest, more


def _answer(rows, rest: PullResponse) -> bytes:
    """The answer's JSON: ``rest`` (without changes) with the stored changes' JSON spliced in, in feed order."""
    head = rest.model_dump_json()
    empty = '{"changes":[]'
    assert head.startswith(empty), "changes must stay the first field of PullResponse"
    changes = ",".join(f'{row.payload.rstrip()[:-1]},"server_seq":{int(row.server_seq)}}}' for row in rows)
    return f'{{"changes":[{changes}]{head[len(empty):]}'.encode()


class _Snapshot:
    def __init__(self, row: RowSnapshot, participant: str | None):
        self.row, self.participant = row, participant


def _reconcile_dossiers(conn: Connection, scope: Scope, held: set[str], cursor: int
                        ) -> tuple[list[str], list[_Snapshot]]:
    """Dossiers to purge (held but no longer visible) and rows of visible dossiers the device lacks."""
    known = set()
    for chunk in chunks(sorted(held)):  # by primary key; the partnership is checked on what is found
        known |= {row_id for row_id, partnership in conn.execute(select(
            row_state.c.row_id, row_state.c.partnership_id).where(
            row_state.c.table_name == "participant", row_state.c.row_id.in_(chunk)))
            if partnership == scope.partnership_id}
    # Only dossiers the server knows in this partnership: one the laptop made and has not sent is not touched.
    purge = sorted(p for p in known if not scope.sees(p))
    if cursor == 0:
        return purge, []  # a first pull reads the whole feed anyway
    if scope.everything:
        visible = set(conn.execute(select(row_state.c.row_id).where(
            row_state.c.table_name == "participant", row_state.c.partnership_id == scope.partnership_id)).scalars())
        visible -= scope.hidden
    else:
        visible = set(scope.participants)
    missing = sorted(visible - held)
    snapshots = []
    for chunk in chunks(missing):
        for row in conn.execute(select(row_state).where(row_state.c.partnership_id == scope.partnership_id,
                                                        row_state.c.participant_id.in_(chunk))).mappings():
            snapshots.append(_Snapshot(_snapshot_of(row), row["participant_id"]))
    return purge, snapshots


def _snapshot_of(row) -> RowSnapshot:
    return RowSnapshot(table=row["table_name"], row_id=row["row_id"], data=row["data"],
                       created_version=row["created_version"], field_versions=row["field_versions"] or {},
                       version=row["version"], origin_device=row["origin_device"])


def _table_query(columns, scope: Scope, table: str):
    query = select(*columns).where(row_state.c.partnership_id == scope.partnership_id,
                                   row_state.c.table_name == table)
    if scope.tables is not None and table not in scope.tables:
        return query.where(false())
    if SCOPE_RULES[table] is None:
        return query
    return _in_scope(query, scope, row_state.c.participant_id, row_state.c.table_name)


def snapshot(conn: Connection, caller: Caller, request: SnapshotRequest) -> SnapshotResponse:
    if request.table not in SYNCED_FIELDS:
        raise ApiError(400, "bad_request", "Unknown table.")
    scope = scope_of(conn, caller)
    latest = latest_seq(conn, caller.partnership_id)
    rows = conn.execute(_table_query([row_state], scope, request.table)
                        .where(row_state.c.row_id > request.after_row_id)
                        .order_by(row_state.c.row_id).limit(request.limit)).mappings().all()
    write_audit(conn, caller, "snapshot", Counter(r["participant_id"] for r in rows), unit="row(s)")
    return SnapshotResponse(rows=[_snapshot_of(r) for r in rows], more=len(rows) == request.limit, cursor=latest)


def verify(conn: Connection, caller: Caller, request: DigestRequest) -> DigestResponse:
    scope = scope_of(conn, caller)
    mismatched = []
    for table in sorted(SYNCED_FIELDS):  # hashed as the rows stream in, in any order
        ours = table_digest(conn.execute(_table_query([row_state.c.row_id, row_state.c.version], scope, table)))
        theirs = request.tables.get(table)
        if theirs is None or theirs != ours:
            mismatched.append(table)
    return DigestResponse(ok=not mismatched, mismatched=mismatched)
