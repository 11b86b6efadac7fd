"""Accepting a device's pushed changes: in device order, once each, within what the device may change.

A change is settled exactly once: ``device.applied_seq`` records how far a device's changes are settled,
so a batch sent twice answers "duplicate" the second time. A change that arrives before an earlier one of
the same device is held (stored) and applied when the gap fills. A change is refused (with a reason the
coach can read, never echoing field values) when it names an unknown field, a row of another partnership,
a dossier the device may not change, a malformed value, or a clock far in the future. Concurrent edits of
the same field are merged by :mod:`lfn_common.merge` and recorded as ``sync_conflict`` rows.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, or_, select, update

from lfn_common import merge
from lfn_common.consent import user_may_see
from lfn_common.erasure import is_erasure, scrub
from lfn_common.errors import ValidationError
from lfn_common.fields import check_fields
from lfn_common.hlc import MAX_DRIFT_MS, Timestamp
from lfn_common.protocol import LEAD_ONLY_TABLES, MAX_BATCH, SCOPE_RULES, Change, ChangeResult
from lfn_common.scope import OWNER_FIELDS, OWNER_OPTIONAL
from lfn_common.text_merge import MERGEABLE, merge_text
from lfn_common.wire import from_wire

from .access import scope_of
from .auth import Caller
from .db import audit_log, change_feed, device, held_change, lock_partnership, row_state
from .errors import ApiError
from .rows import RowBook, StoredRow

MAX_HELD_AHEAD = 20 * MAX_BATCH  # how far a device's push may run ahead of what the server has settled
HELD_FOR = timedelta(days=30)


class Refused(Exception):
    """One change is refused; the others of the batch go on."""


def accept_push(conn: Connection, caller: Caller, changes: list[Change]) -> tuple[list[ChangeResult], int]:
    """Settle what can be settled; returns a result per sent change and the device's new acknowledged point."""
    for change in changes:
        if change.device_id != caller.device_id:
            raise ApiError(403, "forbidden", "A device may only push its own changes.")
    lock_partnership(conn, caller.partnership_id)
    applied = conn.execute(select(device.c.applied_seq).where(device.c.device_id == caller.device_id)).scalar_one()
    sent = {c.device_seq: c for c in changes}
    results: dict[int, ChangeResult] = {}
    waiting = {row.device_seq: Change.model_validate(row.payload) for row in conn.execute(
        select(held_change).where(held_change.c.device_id == caller.device_id))}
    for seq, change in sent.items():
        if seq <= applied:
            results[seq] = ChangeResult(change_id=change.change_id, device_seq=seq, status="duplicate")
        elif seq > applied + MAX_HELD_AHEAD:  # no real laptop runs this far ahead: it would be held for ever
            results[seq] = ChangeResult(
                change_id=change.change_id, device_seq=seq, status="rejected",
                reason=f"This change comes {seq - applied} changes after the last one the server has from this "
                       "laptop; the ones in between never arrived. It was not kept; ask support.")
        else:
            waiting[seq] = change
    acceptor = Acceptor(conn, caller)
    acceptor.book.preload(acceptor.keys_for(waiting.values()))
    while applied + 1 in waiting:
        change = waiting.pop(applied + 1)
        try:
            acceptor.accept(change)
            status, reason = "accepted", None
        except Refused as exc:
            status, reason = "rejected", str(exc)
        results[change.device_seq] = ChangeResult(change_id=change.change_id, device_seq=change.device_seq,
                                                  status=status, reason=reason)
        applied += 1
    acceptor.book.flush()
    for participant_id in acceptor.erased:
        scrub_feed(conn, caller.partnership_id, participant_id)
    conn.execute(delete(held_change).where(held_change.c.device_id == caller.device_id, or_(
        held_change.c.device_seq <= applied,
        # Held this long, the gap is not going to fill; the laptop sends everything after its acknowledged point
        # again anyway, so nothing is lost by letting go.
        held_change.c.received_at < datetime.now(UTC) - HELD_FOR)))
    already_held = set(conn.execute(select(held_change.c.device_seq).where(
        held_change.c.device_id == caller.device_id)).scalars())
    to_hold = [c for seq, c in sent.items() if seq in waiting and seq not in already_held]
    if to_hold:
        conn.execute(insert(held_change), [{"device_id": caller.device_id, "device_seq": c.device_seq,
                                            "payload": c.model_dump(mode="json"), "received_at": datetime.now(UTC)}
                                           for c in to_hold])
    for seq, change in sent.items():
        results.setdefault(seq, ChangeResult(change_id=change.change_id, device_seq=seq, status="held"))
    conn.execute(update(device).where(device.c.device_id == caller.device_id).values(
        applied_seq=applied, last_seen_at=datetime.now(UTC)))
    acceptor.write_audit()
    return [results[c.device_seq] for c in changes], applied


class Acceptor:
    def __init__(self, conn: Connection, caller: Caller):
        self.conn = conn
        self.caller = caller
        self.book = RowBook(conn)
        scope = scope_of(conn, caller)
        self.everything = scope.everything
        self.hidden = scope.hidden
        self.participants = set(scope.participants)  # kept up to date as assignments arrive
        self.touched: Counter[str | None] = Counter()
        self.erased: set[str] = set()  # participants erased by this batch

    def keys_for(self, changes) -> set[tuple[str, str]]:
        """Rows a batch will read (the rows themselves, their dossiers and parents), to load in bulk."""
        keys = {(c.table, c.row_id) for c in changes}
        for c in changes:
            rule = SCOPE_RULES[c.table]
            if rule and rule[0] == "via" and isinstance(c.data.get(rule[1]), str):
                keys.add((rule[2], c.data[rule[1]]))
            if isinstance(c.data.get("participant_id"), str):
                keys.add(("participant", c.data["participant_id"]))
        return keys

    def accept(self, c: Change) -> None:
        pid = self.caller.partnership_id
        if self.caller.is_support_group:
            raise Refused("The support group reads the published figures; it changes nothing.")
        self._check_form(c)
        if c.table in LEAD_ONLY_TABLES and not self.caller.is_lead:
            raise Refused(f"Only a team lead may change {c.table} rows.")
        if c.data.get("partnership_id") not in (None, pid) or (c.table == "partnership" and c.row_id != pid):
            raise Refused("The change names another partnership.")
        current = self.book.get(c.table, c.row_id)
        if current is not None and current.partnership_id != pid:
            raise Refused("No such row in this partnership.")
        state = current.state if current else None
        change_in = merge.ChangeIn(c.op, c.data, c.version, c.device_id, c.base_version)
        conflicts = merge.detect_conflicts(state, change_in)
        try:
            new, won = merge.apply(state, change_in)
        except merge.RowMissing:
            raise Refused(f"This {c.table} row is not on the server (its creation never arrived).") from None
        self._check_owner(c, current)
        try:
            participant = self.book.participant_of(c.table, c.row_id, new.data)
        except LookupError as exc:
            raise Refused(str(exc).capitalize() + ".") from None
        if participant is None and c.table in OWNER_FIELDS and c.table not in OWNER_OPTIONAL:
            raise Refused(f"A {c.table} row must belong to a dossier.")
        creating_dossier = c.table == "participant" and current is None
        for dossier in {current.participant_id if current else None, participant} - {None}:
            self._check_may_write(dossier, creating=creating_dossier and dossier == c.row_id)
        if c.table == "assignment" and not new.deleted and (current is None or current.state.deleted):
            self._check_consent_covers(new.data)
        if won:
            creator = current.creator_device if current else c.device_id
            self.book.put(c.table, c.row_id, StoredRow(new, pid, participant, creator))
            self.book.append_feed(c, pid, participant)
            self.touched[participant] += 1
        merged: dict[str, str | None] = {}
        for conflict in conflicts:
            text = self._merged_text(c, conflict)
            if text is not False:
                merged[conflict.field] = text
            else:
                self._record_conflict(c, conflict, participant)
        if merged:  # both coaches' text kept: the merge goes to every laptop as the server's own change
            self.book.server_update(c.table, c.row_id, merged, after=c.version)
        self._follow_scope(c, new, creating_dossier)
        if is_erasure(c.table, c.data) and "given_name" in won:
            self.erased.add(c.row_id)

    def _check_form(self, c: Change) -> None:
        unknown = c.unknown_fields()
        if unknown:
            raise Refused(f"Unknown field(s) for {c.table}: {', '.join(sorted(unknown))}.")
        try:
            stamp = Timestamp.decode(c.version)
            if c.base_version:
                Timestamp.decode(c.base_version)
        except ValueError:
            raise Refused("The change carries a malformed version.") from None
        if stamp.device != c.device_id:
            raise Refused("The change's version was not made by this device.")
        if stamp.wall_ms > time.time() * 1000 + MAX_DRIFT_MS:
            raise Refused("The change is stamped far in the future: check this laptop's clock.")
        try:
            check_fields(c.table, c.data, creating=c.op == "insert")  # the laptop's own rules, field by field
            from_wire(c.table, c.data)
        except ValidationError as exc:  # the field and the rule, never the value sent
            raise Refused(f"{c.table}.{exc.field}: {exc.message}") from None
        except (KeyError, ValueError, TypeError):
            raise Refused(f"A {c.table} field has a malformed value.") from None

    @staticmethod
    def _check_owner(c: Change, current: StoredRow | None) -> None:
        """The field that ties a row to its dossier is set once, when the row is made."""
        owner = OWNER_FIELDS.get(c.table)
        if owner and current is not None and owner in c.data and c.data[owner] != current.state.data.get(owner):
            raise Refused("A row cannot be moved out of its dossier or into another one.")

    def _check_may_write(self, participant_id: str, *, creating: bool) -> None:
        if creating:
            return
        dossier = self.book.get("participant", participant_id)
        if dossier is None or dossier.partnership_id != self.caller.partnership_id:
            raise Refused("No such participant in this partnership.")
        if participant_id in self.hidden:
            raise Refused("The participant's consent does not include you: her dossier is not shared with you.")
        if not self.everything and participant_id not in self.participants:
            raise Refused("This dossier is not assigned to you.")

    def _check_consent_covers(self, assignment: dict) -> None:
        """A coach is assigned only within the participant's consent (its current state, this batch's included)."""
        dossier = self.book.get("participant", assignment.get("participant_id") or "")
        user = self.book.get("app_user", assignment.get("user_id") or "")
        if dossier is None or user is None or user.partnership_id != self.caller.partnership_id:
            raise Refused("The assignment names a participant or a user that is not in this partnership.")
        if not user_may_see(dossier.state.data.get("consent_organisation_ids"), self.caller.partnership_id,
                            user.state.data):
            raise Refused("This coach's organisation is not among those the participant agreed may see her dossier: "
                          "record her consent for it first.")

    def _follow_scope(self, c: Change, state: merge.RowState, creating_dossier: bool) -> None:
        if self.everything:
            return
        if creating_dossier:
            self.participants.add(c.row_id)
        elif c.table == "assignment" and state.data.get("user_id") == self.caller.user_id:
            participant = state.data.get("participant_id")
            if state.deleted:
                self.participants.discard(participant)
            else:
                self.participants.add(participant)

    def _merged_text(self, c: Change, conflict: merge.Conflict):
        """The two texts merged on their common ancestor, or False where that is not possible (not a free-text
        field, no ancestor in the row's history, or edits that overlap)."""
        if conflict.kind != "same_field" or (c.table, conflict.field) not in MERGEABLE:
            return False
        found, ancestor = self.book.field_value_at(c.table, c.row_id, conflict.field, c.base_version)
        if not found:
            return False
        text = merge_text(ancestor, conflict.kept_value, conflict.other_value)
        return False if text is None else text

    def _record_conflict(self, c: Change, conflict: merge.Conflict, participant: str | None) -> None:
        self.book.server_insert("sync_conflict", {
            "participant_id": participant, "partnership_id": self.caller.partnership_id,
            "table_name": c.table, "row_id": c.row_id, "field": conflict.field, "kind": conflict.kind,
            "kept_value": {"value": conflict.kept_value}, "kept_version": conflict.kept_version,
            "kept_device": merge.device_of(conflict.kept_version),
            "other_value": {"value": conflict.other_value} | ({"edits": conflict.edits} if conflict.edits else {}),
            "other_version": conflict.other_version,
            "other_device": merge.device_of(conflict.other_version),
            "other_actor_id": c.actor_id if conflict.other_version == c.version else None,
            "resolved": False, "resolution": None,
        }, self.caller.partnership_id, participant_id=participant)

    def write_audit(self) -> None:
        write_audit(self.conn, self.caller, "push", self.touched, unit="change(s)")


def scrub_feed(conn: Connection, partnership_id: str, participant_id: str) -> None:
    """An erased participant: her earlier values leave the server's history (the change feed, the rows and changes
    held for a gap); what the figures count stays. Laptops that pull old feed entries now receive them scrubbed."""
    for seq, table, payload in conn.execute(select(change_feed.c.server_seq, change_feed.c.table_name,
                                                   change_feed.c.payload).where(
            change_feed.c.partnership_id == partnership_id, change_feed.c.participant_id == participant_id)).all():
        clean = scrub(table, payload.get("data") or {})
        if clean != payload.get("data"):
            conn.execute(update(change_feed).where(change_feed.c.server_seq == seq).values(
                payload=payload | {"data": clean}))
    rows = set()
    for table, row_id, data in conn.execute(select(row_state.c.table_name, row_state.c.row_id, row_state.c.data)
                                            .where(row_state.c.partnership_id == partnership_id,
                                                   row_state.c.participant_id == participant_id)).all():
        rows.add((table, row_id))
        clean = scrub(table, data)
        if clean != data:
            conn.execute(update(row_state).where(row_state.c.table_name == table, row_state.c.row_id == row_id)
                         .values(data=clean))
    # Changes held for a gap in a laptop's sequence are applied later, scrubbed like the rest.
    for device_id, seq, payload in conn.execute(select(held_change.c.device_id, held_change.c.device_seq,
                                                       held_change.c.payload).join(
            device, device.c.device_id == held_change.c.device_id).where(
            device.c.partnership_id == partnership_id)).all():
        if not _belongs_to(payload, participant_id, rows):
            continue
        data = payload.get("data") or {}
        clean = scrub(payload.get("table"), data)
        if clean != data:
            conn.execute(update(held_change).where(held_change.c.device_id == device_id,
                                                   held_change.c.device_seq == seq)
                         .values(payload=payload | {"data": clean}))


def _belongs_to(change: dict, participant_id: str, rows: set[tuple[str, str]]) -> bool:
    """Is this (held) change about the participant's dossier, whose rows on the server are ``rows``?"""
    table, row_id, data = change.get("table"), change.get("row_id"), change.get("data") or {}
    if (table, row_id) in rows:
        return True
    rule = SCOPE_RULES.get(table)
    if rule is None:
        return False
    if rule[0] == "self":
        return row_id == participant_id
    if rule[0] == "field":
        return data.get(rule[1]) == participant_id
    return (rule[2], data.get(rule[1])) in rows


def write_audit(conn: Connection, caller: Caller | None, action: str, counts: Counter, *, unit: str,
                user_id: str | None = None) -> None:
    """One line per dossier (and one for reference data) with how much moved: who, which dossier, when. Without a
    caller (a failed sign-in) the account concerned, if any, is ``user_id``."""
    if not counts:
        return
    at = datetime.now(UTC)
    who, device_id = (caller.user_id, caller.device_id) if caller is not None else (user_id, None)
    conn.execute(insert(audit_log), [{"at": at, "user_id": who, "device_id": device_id,
                                      "action": action, "participant_id": participant, "detail": f"{n} {unit}"}
                                     for participant, n in counts.items()])
