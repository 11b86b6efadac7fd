"""A row that belongs to a dossier stays in it: a coach's change can never move it out (to nobody, where every
colleague's snapshot would show it) or into another dossier, and a new dossier row must name its dossier; her
erasure reaches every row that belongs to it, changes still held for a gap included. Raw HTTP against the real
server, on both databases."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from lfn_common.erasure import ERASED
from lfn_server.db import held_change, row_state

from .sync_support import make_partnership
from .test_sync_hostile import RawDevice, participant_data, statuses


@pytest.fixture
def partnership(server):
    return make_partnership(server.engine)


def test_a_coach_cannot_move_a_contact_out_of_its_dossier_or_into_another(server, partnership):
    anouk = RawDevice(server, "anouk")
    noor, other = str(uuid.uuid4()), str(uuid.uuid4())
    contact = str(uuid.uuid4())
    assignment = {"user_id": anouk.user_id, "since": "2026-11-01", "deleted": False}
    accepted = statuses(anouk.push(
        anouk.change("participant", noor, participant_data(anouk.partnership_id, "Noor")),
        anouk.change("assignment", str(uuid.uuid4()), assignment | {"participant_id": noor}),
        anouk.change("participant", other, participant_data(anouk.partnership_id, "Fictief") | {
            "dossier_number": "T-2"}),
        anouk.change("assignment", str(uuid.uuid4()), assignment | {"participant_id": other}),
        anouk.change("contact", contact, {"participant_id": noor, "duration_min": 30, "kind": "home_visit",
                                          "place": "home", "occurred_at": "2026-11-30T10:00:00",
                                          "notes": "een geheime notitie", "deleted": False}),
    ))
    assert accepted == [("accepted", None)] * 5

    moved_out = statuses(anouk.push(anouk.change("contact", contact, {"participant_id": None}, op="update")))
    moved_over = statuses(anouk.push(anouk.change("contact", contact, {"participant_id": other}, op="update")))
    orphan = statuses(anouk.push(anouk.change("contact", str(uuid.uuid4()), {
        "participant_id": None, "duration_min": 5, "kind": "phone", "place": "remote",
        "occurred_at": "2026-11-30T11:00:00", "deleted": False})))
    # Moved out: the contact's participant field may never be empty; moved over: never another dossier.
    assert moved_out == [("rejected", "contact.participant_id: This field cannot be empty.")]
    assert moved_over[0][0] == "rejected" and "dossier" in moved_over[0][1]
    assert orphan == [("rejected", "contact.participant_id: This field cannot be empty.")]

    # Bram is not assigned to Noor: nothing of her contact reaches him, by pull or by snapshot.
    bram = RawDevice(server, "bram")
    pulled = bram.pull()
    assert contact not in {c["row_id"] for c in pulled["changes"]} | {s["row_id"] for s in pulled["snapshots"]}
    snapshot = bram.http.post("/sync/snapshot", json={"device_id": bram.device_id, "table": "contact",
                                                      "after_row_id": ""})
    assert snapshot.status_code == 200 and contact not in {r["row_id"] for r in snapshot.json()["rows"]}

    # On the server the contact is still Noor's, as she created it.
    with server.engine.connect() as conn:
        owner = conn.execute(select(row_state.c.participant_id, row_state.c.data).where(
            row_state.c.table_name == "contact", row_state.c.row_id == contact)).one()
    assert owner.participant_id == noor and owner.data["participant_id"] == noor


def test_erasure_also_scrubs_changes_the_server_holds_for_a_gap(server, partnership):
    anouk = RawDevice(server, "anouk")
    noor, contact = str(uuid.uuid4()), str(uuid.uuid4())
    visit = {"participant_id": noor, "duration_min": 30, "kind": "home_visit", "place": "home",
             "occurred_at": "2026-11-30T10:00:00", "deleted": False}
    assert statuses(anouk.push(
        anouk.change("participant", noor, participant_data(anouk.partnership_id, "Noor")),
        anouk.change("assignment", str(uuid.uuid4()), {"participant_id": noor, "user_id": anouk.user_id,
                                                       "since": "2026-11-01", "deleted": False}),
        anouk.change("contact", contact, visit),
    )) == [("accepted", None)] * 3
    # Her laptop's fourth change got lost on the way; the fifth waits on the server for it.
    [(status, _)] = statuses(anouk.push(anouk.change("contact", contact, {"notes": "Geheime notitie over Noor"},
                                                     op="update", seq=5)))
    assert status == "held"

    lies = RawDevice(server, "lies")
    assert statuses(lies.push(lies.change("participant", noor, {"given_name": ERASED}, op="update"))) == [
        ("accepted", None)]
    with server.engine.connect() as conn:
        held = [str(p) for p in conn.execute(select(held_change.c.payload)).scalars()]
    assert held and not [p for p in held if "Geheime notitie" in p]
