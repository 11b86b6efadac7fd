"""The merge rules on hand-made cases and under random delivery orders."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lfn_common.hlc import Timestamp
from lfn_common.merge import ChangeIn, RowState, apply, detect_conflicts, merge_snapshot


def v(ms: int, device: str, counter: int = 0) -> str:
    return Timestamp(ms, counter, device).encode()


BASE = RowState({"phone": "0470 00 00 01", "address": "Dorpstraat 1", "notes": "start", "deleted": False},
                v(100, "A"))


def test_different_fields_both_survive():
    phone = ChangeIn("update", {"phone": "0470 11 11 11"}, v(200, "A"), "A", BASE.version)
    address = ChangeIn("update", {"address": "Kerkweg 9"}, v(210, "B"), "B", BASE.version)
    for order in ([phone, address], [address, phone]):
        state = BASE
        for change in order:
            assert detect_conflicts(state, change) == []
            state, _ = apply(state, change)
        assert state.data["phone"] == "0470 11 11 11" and state.data["address"] == "Kerkweg 9"
        assert state.version == v(210, "B")


def test_same_field_later_clock_wins_and_the_other_is_recorded():
    mine = ChangeIn("update", {"notes": "text from A"}, v(200, "A"), "A", BASE.version)
    theirs = ChangeIn("update", {"notes": "text from B"}, v(300, "B"), "B", BASE.version)
    after_mine, _ = apply(BASE, mine)
    conflicts = detect_conflicts(after_mine, theirs)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.field, c.kind, c.kept_value, c.other_value) == ("notes", "same_field", "text from B", "text from A")
    final, won = apply(after_mine, theirs)
    assert final.data["notes"] == "text from B" and won == ["notes"]
    # Arriving the other way round gives the same state and records the same pair.
    after_theirs, _ = apply(BASE, theirs)
    (c2,) = detect_conflicts(after_theirs, mine)
    assert (c2.kept_value, c2.other_value) == ("text from B", "text from A")
    assert apply(after_theirs, mine)[0] == final


def test_tie_on_wall_time_breaks_on_device_id():
    a = ChangeIn("update", {"phone": "A"}, v(500, "dev-a"), "dev-a", BASE.version)
    b = ChangeIn("update", {"phone": "B"}, v(500, "dev-b"), "dev-b", BASE.version)
    assert apply(apply(BASE, a)[0], b)[0].data["phone"] == apply(apply(BASE, b)[0], a)[0].data["phone"] == "B"


def test_a_change_that_saw_the_other_is_no_conflict():
    first = ChangeIn("update", {"notes": "one"}, v(200, "B"), "B", BASE.version)
    state, _ = apply(BASE, first)
    follow_up = ChangeIn("update", {"notes": "one, two"}, v(250, "A"), "A", state.version)
    assert detect_conflicts(state, follow_up) == []


def test_delete_against_unseen_edit_is_a_conflict_not_a_silent_loss():
    edit = ChangeIn("update", {"notes": "important"}, v(200, "B"), "B", BASE.version)
    delete = ChangeIn("delete", {"deleted": True}, v(300, "A"), "A", BASE.version)
    edited, _ = apply(BASE, edit)
    (c,) = detect_conflicts(edited, delete)
    assert (c.field, c.kind, c.kept_value, c.other_value) == ("deleted", "delete_vs_edit", True, False)
    deleted, _ = apply(BASE, delete)
    (c2,) = detect_conflicts(deleted, edit)
    assert c2.kind == "edit_vs_delete"
    final, _ = apply(deleted, edit)
    assert final.deleted and final.data["notes"] == "important"  # the edit is kept on the tombstone


def test_snapshot_merge_keeps_newer_local_fields():
    local, _ = apply(BASE, ChangeIn("update", {"phone": "local"}, v(400, "A"), "A", BASE.version))
    remote, _ = apply(BASE, ChangeIn("update", {"address": "remote"}, v(300, "B"), "B", BASE.version))
    merged = merge_snapshot(local, remote)
    assert merged.data["phone"] == "local" and merged.data["address"] == "remote"
    other_way = merge_snapshot(remote, local)
    assert (other_way.data, other_way.version, other_way.field_versions) == (
        merged.data, merged.version, merged.field_versions)


FIELDS = ["phone", "address", "notes", "deleted"]


@st.composite
def histories(draw):
    """Concurrent edits by three devices, each device's own changes in its clock order."""
    changes = []
    for device in ("A", "B", "C"):
        ms = 100
        for _ in range(draw(st.integers(0, 6))):
            ms += draw(st.integers(0, 50))
            field = draw(st.sampled_from(FIELDS))
            value = draw(st.booleans()) if field == "deleted" else draw(st.text(max_size=3))
            changes.append(ChangeIn("update", {field: value}, v(ms, device, len(changes)), device, BASE.version))
    return changes


@settings(max_examples=200, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_any_delivery_order_converges(changes, rnd: random.Random):
    results = set()
    for _ in range(4):
        order = changes[:]
        rnd.shuffle(order)
        state = BASE
        for change in order:
            state, _ = apply(state, change)
        results.add((tuple(sorted(state.data.items())), state.version))
    assert len(results) == 1


def test_duplicate_delivery_is_idempotent():
    changes = [ChangeIn("update", {"phone": str(n)}, v(100 + n, d), d, BASE.version)
               for n, d in zip(range(6), itertools.cycle("AB"), strict=False)]
    once = BASE
    for c in changes:
        once, _ = apply(once, c)
    twice = once
    for c in changes:
        twice, _ = apply(twice, c)
    assert once == twice
