"""One sync run: check the server, correct a wrong clock, push the outbox, pull, verify, resync if needed.

Every step is safe to cut at any byte: pushes are idempotent (the server settles a change once by its id)
and each pulled page is applied together with its cursor, so the next run simply resumes.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from lfn_common.protocol import (
    MAX_BATCH,
    PROTOCOL_VERSION,
    DigestRequest,
    DigestResponse,
    EnrolRequest,
    EnrolResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    SnapshotRequest,
    SnapshotResponse,
)
from lfn_desktop.store import schema, vault
from lfn_desktop.store.changed import Changed
from lfn_desktop.store.models import SyncConflict
from lfn_desktop.store.store import STATE_USER, Store

from .errors import ClientTooOld, DeviceRevoked, ServerTooOld, SyncCancelled, SyncRefused
from .local import LocalReplica
from .pages import APPLY_EVERY, PageFetcher
from .state import (  # noqa: F401 - is_enrolled and last_sync are part of the engine's API too
    STATE_CERT,
    STATE_LAST_SYNC,
    STATE_LAST_VERIFY,
    STATE_PARTNERSHIP,
    STATE_ROLE,
    STATE_SCOPE,
    STATE_SERVER_URL,
    STATE_TOKEN,
    is_enrolled,
    last_sync,
)
from .transport import Transport

# The end-of-sync digest check reads every row on both sides: done whenever anything moved, and otherwise
# at least this often, so that an empty sync (the usual one at the office) stays quick on a big vault.
VERIFY_EVERY = timedelta(hours=12)
CLOCK_TOLERANCE_MS = 5 * 60 * 1000  # beyond this the coach is told her clock is off, and it is corrected

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncProgress:  # immutable: each tick hands over a new snapshot
    step: str  # "push", "pull", "verify", "resync"
    pushed: int = 0
    to_push: int = 0
    pulled: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    rejected: list[str] = field(default_factory=list)  # reasons, one per refused change
    conflicts: int = 0  # unresolved conflicts in this vault after the sync
    purged: int = 0
    resynced_tables: list[str] = field(default_factory=list)
    clock_skew_s: float = 0.0  # how far this laptop's clock was off (server minus laptop)
    bytes_sent: int = 0
    bytes_received: int = 0
    requests: int = 0  # HTTP round trips
    finished_at: datetime | None = None

    @property
    def clock_was_off(self) -> bool:
        return abs(self.clock_skew_s) * 1000 > CLOCK_TOLERANCE_MS


def enrol(store: Store, server_url: str, username: str, password: str, *, pinned_cert_pem: str | None = None,
          device_name: str | None = None, transport=None, new_password: str | None = None) -> EnrolResponse:
    """Sign in once with name and password; the device token is kept only inside the vault. A password the team lead
    gave is replaced by ``new_password`` (the server asks for one with :class:`PasswordChangeRequired`)."""
    replica = LocalReplica(store)
    if not store.state().get(STATE_PARTNERSHIP) and replica.holds_partnership():
        # A vault set up without a server (the first-run wizard makes its own partnership and user).
        if replica.holds_dossiers():
            raise SyncRefused("This vault already holds dossiers of a partnership made on this laptop, which the "
                              "server does not know. Nothing was changed. Link a new vault to the server instead.")
        replica.keep_unsent_local()  # its own set-up rows stay behind; the server's reference data replaces them
    t = Transport(server_url, pinned_cert_pem=pinned_cert_pem, transport=transport)
    try:
        _check_protocol(t)
        reply = t.post("/enrol", EnrolRequest(username=username, password=password, device_id=store.device_id,
                                              device_name=device_name or socket.gethostname(),
                                              first_seq=replica.acked_seq() + 1, new_password=new_password),
                       EnrolResponse, auth=False)
    finally:
        t.close()
    for key, value in ((STATE_SERVER_URL, server_url), (STATE_TOKEN, reply.token), (STATE_CERT, pinned_cert_pem),
                       (STATE_PARTNERSHIP, reply.partnership_id), (STATE_ROLE, reply.role),
                       (STATE_USER, reply.user_id), (STATE_SCOPE, None)):
        store.set_state(key, value)
    return reply


def _check_protocol(t: Transport) -> datetime:
    info = t.info()
    if info.protocol_version < PROTOCOL_VERSION:
        raise ServerTooOld(f"protocol {info.protocol_version}")
    if info.protocol_version > PROTOCOL_VERSION:
        raise ClientTooOld()
    # Both sides must hold the same synced fields: the server follows one vault schema revision.
    if info.schema_revision != schema.head_revision():
        if info.schema_revision in schema.known_revisions():
            raise ServerTooOld(f"schema {info.schema_revision}")
        raise ClientTooOld(f"(server schema {info.schema_revision})")
    return info.server_time


class SyncEngine:
    def __init__(self, store: Store, *, progress: Callable[[SyncProgress], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False, transport=None,
                 applied: Callable[[Changed], None] | None = None):
        self.store = store
        self.replica = LocalReplica(store)
        self._progress = progress or (lambda p: None)
        self._applied = applied  # after each page applied (called on this thread); None: nobody listens
        self._cancelled = cancelled
        self._transport = transport

    def run(self) -> SyncReport:
        t = Transport.of_vault(self.store, transport=self._transport)
        report = SyncReport()
        try:
            self._correct_clock(t, report)
            self._push(t, report)
            resync_all = self._pull(t, report)
            self._verify(t, report, resync_all)
        except DeviceRevoked:
            # A laptop reported lost: destroy what it holds (the wrapped key first).
            log.warning("this device was revoked: wiping the vault")
            t.close()
            paths = self.store.paths
            self.store.close()
            vault.wipe(paths)
            raise
        finally:
            t.close()
            report.bytes_sent, report.bytes_received, report.requests = t.bytes_sent, t.bytes_received, t.requests
        report.finished_at = datetime.now(UTC)
        report.conflicts = self._open_conflicts()
        log.info("sync finished: %s pushed, %s pulled, %s refused, %s open conflicts, %s purged, %s requests, "
                 "%s bytes sent, %s received", report.pushed, report.pulled, len(report.rejected),
                 report.conflicts, report.purged, report.requests, report.bytes_sent, report.bytes_received)
        self.store.set_state(STATE_LAST_SYNC, report.finished_at.isoformat())
        return report

    def _open_conflicts(self) -> int:
        with self.store.read() as session:
            return session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.deleted.is_(False), SyncConflict.resolved.is_(False)))

    def _tick(self, progress: SyncProgress, t: Transport) -> None:
        # A new snapshot each time: the GUI thread receives it later and must never see it change.
        self._progress(replace(progress, bytes_sent=t.bytes_sent, bytes_received=t.bytes_received))
        if self._cancelled():
            raise SyncCancelled()

    def _correct_clock(self, t: Transport, report: SyncReport) -> None:
        server_time = _check_protocol(t)
        skew_ms = int((server_time - datetime.now(UTC)).total_seconds() * 1000)
        report.clock_skew_s = skew_ms / 1000
        if abs(skew_ms) > CLOCK_TOLERANCE_MS:
            # Unsent changes were stamped with the wrong time: move them to the server's time so that a laptop
            # whose clock is days ahead does not win every merge (the server refuses such stamps anyway).
            self.replica.restamp_pending(skew_ms - self.store.clock_offset_ms)
            self.store.set_clock_offset(skew_ms)
        elif self.store.clock_offset_ms:
            self.store.set_clock_offset(0)

    def _push(self, t: Transport, report: SyncReport) -> None:
        progress = SyncProgress("push", to_push=self.replica.pending_count())
        while True:
            batch = self.replica.pending(MAX_BATCH)
            if not batch:
                return
            before = self.replica.acked_seq()
            reply = t.post("/sync/push", PushRequest(device_id=self.store.device_id, changes=batch), PushResponse)
            rejected = self.replica.settle(reply.results, batch, reply.acked_seq)
            report.rejected += [f"{r.reason}" for r in rejected]
            settled = reply.acked_seq - before
            report.pushed += max(settled, 0)
            progress = replace(progress, pushed=report.pushed)
            self._tick(progress, t)
            if reply.acked_seq <= before:
                return  # the server holds what it got until a gap fills; try again next sync

    def _pull(self, t: Transport, report: SyncReport) -> bool:
        """Apply the pages of the feed a few at a time, each group in one transaction with its cursor, while the
        next pages are fetched (:class:`PageFetcher`).

        Grouping pages saves rewriting the same index pages at every commit (a first sync of a team lead is
        mostly this); a cut loses at most the unapplied group, which the next sync fetches again.
        """
        progress = SyncProgress("pull")
        resync = False
        group: list[PullResponse] = []
        state = self.store.state()
        with self.store.bulk_sync(), PageFetcher(t, self.store.device_id, self.replica.cursor(),
                                                  self.replica.held_participants(), state.get(STATE_SCOPE)) as pages:
            for reply in pages:
                group.append(reply)
                report.pulled += len(reply.changes) + len(reply.snapshots)
                report.purged += len(reply.purge)
                resync = resync or reply.resync_required
                if not reply.more or sum(len(r.changes) + len(r.snapshots) for r in group) >= APPLY_EVERY:
                    applied = self.replica.apply_page([c for r in group for c in r.changes], reply.cursor,
                                                      [s for r in group for s in r.snapshots],
                                                      [p for r in group for p in r.purge],
                                                      summarise=self._applied is not None)
                    group = []
                    if applied.changed is not None and not applied.changed.empty:
                        self._applied(applied.changed)
                progress = replace(progress, pulled=report.pulled)
                self._tick(progress, t)
        # Only now, with every page applied: a cut pull sends the held dossiers again next time.
        if pages.scope_token and pages.scope_token != state.get(STATE_SCOPE):
            self.store.set_state(STATE_SCOPE, pages.scope_token)
        return resync

    def _verify(self, t: Transport, report: SyncReport, resync_all: bool) -> None:
        if self.replica.pending_count() and not resync_all:
            # The coach wrote while this sync ran: her change is not on the server yet, so the digests cannot
            # agree (and a resync would not make them). The next sync pushes it and verifies then.
            return
        rejected = self.replica.rejected_rows()
        last = self.store.state().get(STATE_LAST_VERIFY)
        recently = last and datetime.now(UTC) - datetime.fromisoformat(last) < VERIFY_EVERY
        if recently and not (report.pushed or report.pulled or report.purged or rejected or resync_all):
            return
        tables = set(self._mismatched(t)) | {table for table, _ in rejected}
        if resync_all:
            from lfn_common.protocol import SYNCED_FIELDS

            tables = set(SYNCED_FIELDS)
        if not tables:
            self.store.set_state(STATE_LAST_VERIFY, datetime.now(UTC).isoformat())
            return
        progress = SyncProgress("resync")
        for table in sorted(tables):
            progress = self._resync_table(t, table, {row for tbl, row in rejected if tbl == table}, progress)
        report.resynced_tables = sorted(tables)
        self.replica.clear_rejected_rows()
        still = self._mismatched(t)
        if still:
            raise ServerTooOld(f"after a full resync these tables still differ: {', '.join(still)}")
        self.store.set_state(STATE_LAST_VERIFY, datetime.now(UTC).isoformat())

    def _mismatched(self, t: Transport) -> list[str]:
        reply = t.post("/sync/verify", DigestRequest(device_id=self.store.device_id, tables=self.replica.digests()),
                       DigestResponse)
        return [] if reply.ok else reply.mismatched

    def _resync_table(self, t: Transport, table: str, forced_rows: set[str],
                      progress: SyncProgress) -> SyncProgress:
        """Fetch the server's full state of one table in this device's scope and make the vault equal to it."""
        after, server_ids = "", set()
        while True:
            reply = t.post("/sync/snapshot", SnapshotRequest(device_id=self.store.device_id, table=table,
                                                             after_row_id=after), SnapshotResponse)
            changed = self.replica.apply_snapshots(reply.rows, force={(table, r) for r in forced_rows},
                                                   summarise=self._applied is not None)
            if changed is not None and not changed.empty:
                self._applied(changed)
            server_ids |= {r.row_id for r in reply.rows}
            progress = replace(progress, pulled=progress.pulled + len(reply.rows))
            self._tick(progress, t)
            if not reply.more or not reply.rows:
                break
            after = reply.rows[-1].row_id
        self.replica.remove_rows_not_on_server(table, server_ids)
        return progress
