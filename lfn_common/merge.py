"""Merge rules, in one place, used alike by the laptop and the server.

Per field, last writer wins by hybrid-clock version (a version string ends in the device id, so ties break
deterministically on it). Every replica applies the same rule to the same changes, so all converge
whatever the order in which changes arrive. A row's ``version`` is always the highest version of its
fields, so two replicas with the same fields have the same row version (the integrity digest relies on it).

Conflicts are *detected* where the change is first accepted (the server): a change to a field whose
version the change's author had not seen (newer than its ``base_version``) and that came from another
device is a concurrent edit of the same field. The merge keeps the later value; the other one is recorded,
never lost. A delete against an unseen edit (and an edit against an unseen delete) is a conflict too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from lfn_common.hlc import Timestamp

DELETED = "deleted"


@dataclass(frozen=True)
class RowState:
    """A row as sync sees it: user fields (wire values, ``deleted`` included) and their versions."""

    data: dict[str, Any]
    created_version: str
    field_versions: dict[str, str] = field(default_factory=dict)
    origin_device: str = ""

    def version_of(self, name: str) -> str:
        return self.field_versions.get(name, self.created_version)

    @property
    def version(self) -> str:
        return max([self.created_version, *self.field_versions.values()])

    @property
    def deleted(self) -> bool:
        return bool(self.data.get(DELETED))


@dataclass(frozen=True)
class ChangeIn:
    """The parts of a change the merge needs."""

    op: str
    data: dict[str, Any]
    version: str
    device_id: str
    base_version: str | None = None


@dataclass(frozen=True)
class Conflict:
    field: str
    kind: str  # same_field | delete_vs_edit | edit_vs_delete
    kept_value: Any
    kept_version: str
    other_value: Any
    other_version: str
    # A delete against an edit: what the edit changed (field -> value), to show the one who deleted it.
    edits: dict[str, Any] = field(default_factory=dict)


class RowMissing(Exception):
    """An update arrived for a row this replica does not hold yet: hold it until the insert comes."""


def device_of(version: str) -> str:
    return Timestamp.decode(version).device


def apply(state: RowState | None, change: ChangeIn) -> tuple[RowState, list[str]]:
    """Merge one change into a row; returns the new state and the fields the change won."""
    if state is None:
        if change.op != "insert":
            raise RowMissing()
        return RowState(dict(change.data), change.version, {}, change.device_id), list(change.data)
    won = [name for name, _ in change.data.items() if change.version > state.version_of(name)]
    if not won:
        return state, []
    data = dict(state.data)
    versions = dict(state.field_versions)
    for name in won:
        data[name] = change.data[name]
        if change.version != state.created_version:
            versions[name] = change.version
    new = replace(state, data=data, field_versions=versions)
    if new.version == change.version:
        new = replace(new, origin_device=change.device_id)
    return new, won


def merge_snapshot(local: RowState | None, remote: RowState) -> RowState:
    """Merge a full remote row state into a local one, field by field (used for snapshots and resync)."""
    if local is None:
        return remote
    data, versions = dict(local.data), dict(local.field_versions)
    created = min(local.created_version, remote.created_version)
    for name in set(local.data) | set(remote.data):
        mine, theirs = local.version_of(name), remote.version_of(name)
        if name in remote.data and (theirs > mine or name not in local.data):
            data[name] = remote.data[name]
            winner = theirs
        else:
            winner = mine
        if winner != created:
            versions[name] = winner
        else:
            versions.pop(name, None)
    merged = RowState(data, created, versions, local.origin_device)
    return replace(merged, origin_device=remote.origin_device if remote.version >= local.version else
                   local.origin_device)


def detect_conflicts(state: RowState | None, change: ChangeIn) -> list[Conflict]:
    """Concurrent changes this change collides with (call before :func:`apply`)."""
    if state is None or change.op == "insert":
        return []
    base = change.base_version or ""

    def unseen(name: str) -> bool:
        version = state.version_of(name)
        return version > base and device_of(version) != change.device_id

    # A delete colliding with an unseen edit (either way round): the row stays deleted, and "restore" is the
    # other choice the user gets.
    if change.op == "delete":
        edited = [n for n in state.data if n != DELETED and unseen(n)]
        if edited and not state.deleted:
            other = max(state.version_of(n) for n in edited)
            return [Conflict(DELETED, "delete_vs_edit", True, change.version, False, other,
                             {n: state.data[n] for n in edited})]
        return []
    if state.deleted and unseen(DELETED):
        return [Conflict(DELETED, "edit_vs_delete", True, state.version_of(DELETED), False, change.version,
                         {n: v for n, v in change.data.items() if n != DELETED})]
    conflicts = []
    for name, value in change.data.items():
        if name != DELETED and unseen(name) and state.data.get(name) != value:
            conflicts.append(_conflict(name, change.version, value, state.version_of(name), state.data.get(name)))
    return conflicts


def _conflict(name: str, our_version: str, ours: Any, their_version: str, theirs: Any) -> Conflict:
    """Order the two sides as the merge will: the later version is kept, the other recorded."""
    if our_version > their_version:
        return Conflict(name, "same_field", ours, our_version, theirs, their_version)
    return Conflict(name, "same_field", theirs, their_version, ours, our_version)
