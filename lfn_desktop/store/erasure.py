"""Erasing a participant from what a vault keeps beside its rows: the outbox history, held changes, drafts.

The rows themselves are overwritten as ordinary changes (see ``ParticipantOps.erase``); this removes the
earlier values that the local history still holds, on the laptop that erased and on every laptop that
receives the erasure.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select, update

from lfn_common.erasure import scrub
from lfn_common.scope import chunks, rows_of_participants

from .models import ChangeLog, Draft, SyncHeld


def scrub_local_history(conn: Connection, participant_ids: list[str]) -> None:
    rows = rows_of_participants(conn, participant_ids)
    for table, ids in rows.items():
        for chunk in chunks(sorted(ids)):
            for seq, data in conn.execute(select(ChangeLog.seq, ChangeLog.data).where(
                    ChangeLog.table_name == table, ChangeLog.row_id.in_(chunk))).all():
                clean = scrub(table, data or {})
                if clean != data:
                    conn.execute(update(ChangeLog).where(ChangeLog.seq == seq).values(data=clean))
            for seq, change in conn.execute(select(SyncHeld.server_seq, SyncHeld.change).where(
                    SyncHeld.table_name == table, SyncHeld.row_id.in_(chunk))).all():
                conn.execute(update(SyncHeld).where(SyncHeld.server_seq == seq).values(
                    change=change | {"data": scrub(table, change.get("data") or {})}))
    for participant_id in participant_ids:
        conn.execute(delete(Draft).where(Draft.key.contains(participant_id)))
