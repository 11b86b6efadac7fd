"""A dossier reaches a user only as far as the participant's consent allows: her organisation named (or, for the
team lead, the partnership's coordination). Narrowing the consent purges the dossier from the laptops it leaves at
their next sync; widening it brings the dossier, history included; assigning a coach outside it is refused, by
the app and by the server. Real vaults, the real server over HTTP on loopback, on both databases.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from lfn_common.errors import ValidationError
from lfn_desktop.store.models import Assignment
from lfn_server import admin

from .sync_support import PASSWORD, Laptop
from .test_sync_e2e import names, notes
from .test_sync_hostile import RawDevice, statuses


@dataclass(frozen=True)
class Team:
    id: str
    buurtwerk: str  # Anouk's organisation
    welzijn: str  # Wout's
    coordination_org: str  # Lies, the team lead, is employed by the coordinating organisation
    anouk: str
    wout: str
    lies: str


@pytest.fixture
def team(server) -> Team:
    with server.engine.begin() as conn:
        pid = admin.create_partnership(conn, "LP Toestemming", "Testregio")
        a = admin.add_organisation(conn, pid, "Buurtwerk Testrand vzw", "civil_society")
        b = admin.add_organisation(conn, pid, "Welzijnshuis Proefdorp", "civil_society")
        c = admin.add_organisation(conn, pid, "Projectbureau Testregio", "local_government")
        anouk = admin.add_user(conn, pid, "Coach Anouk", "c-anouk", PASSWORD, "coach", organisation_id=a)
        wout = admin.add_user(conn, pid, "Coach Wout", "c-wout", PASSWORD, "coach", organisation_id=b)
        lies = admin.add_user(conn, pid, "Teamleider Lies", "c-lies", PASSWORD, "team_lead", organisation_id=c)
    return Team(pid, a, b, c, anouk, wout, lies)


@pytest.fixture
def laptops(tmp_path, server, team):
    made = []

    def make(username: str) -> Laptop:
        laptop = Laptop(tmp_path / f"vault-{username}", server.url, username)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def test_narrowing_the_consent_purges_the_dossier_where_it_no_longer_may_be(laptops, team):
    anouk, wout, lies = laptops("c-anouk"), laptops("c-wout"), laptops("c-lies")
    noor = anouk.ws.participants.intake(team.id, given_name="Noor", coach_ids=[team.anouk, team.wout],
                                        consent_on=date.today(),
                                        consent_organisation_ids=[team.buurtwerk, team.welzijn, team.id]).id
    anouk.ws.contacts.record(noor, duration_min=45, kind="home_visit", place="home",
                             occurred_at=datetime.now().replace(microsecond=0) - timedelta(hours=1),
                             notes="Samen de brief van de huisbaas gelezen.")
    anouk.sync()
    wout.sync()
    lies.sync()
    assert names(wout) == names(lies) == {"Noor"}

    # She no longer wants the other organisation nor the coordination to see her dossier.
    anouk.ws.participants.update(noor, consent_organisation_ids=[team.buurtwerk])
    anouk.sync()
    assert wout.sync().purged == 1 and names(wout) == set() and notes(wout) == set()
    assert lies.sync().purged == 1 and names(lies) == set()
    assert names(anouk) == {"Noor"}  # her own coach keeps it
    with wout.store.read() as s:  # still assigned, not a single row of her dossier left
        assert s.scalars(select(Assignment).where(Assignment.participant_id == noor)).first() is None

    # The coordination named again: the team lead gets the dossier back, with its history.
    anouk.ws.participants.update(noor, consent_organisation_ids=[team.buurtwerk, team.id])
    anouk.sync()
    lies.sync()
    assert names(lies) == {"Noor"} and notes(lies) == {"Samen de brief van de huisbaas gelezen."}
    wout.sync()
    assert names(wout) == set()


def test_a_dossier_whose_consent_names_no_one_yet_stays_with_its_intake_team(laptops, team):
    anouk, wout, lies = laptops("c-anouk"), laptops("c-wout"), laptops("c-lies")
    anouk.ws.participants.intake(team.id, given_name="Mira", coach_ids=[team.anouk, team.wout])
    anouk.sync()
    wout.sync()
    lies.sync()
    assert names(wout) == names(lies) == {"Mira"}


def test_assigning_a_coach_outside_the_consent_is_refused_by_the_app_and_the_server(laptops, team, server):
    anouk = laptops("c-anouk")
    noor = anouk.ws.participants.intake(team.id, given_name="Noor", coach_ids=[team.anouk], consent_on=date.today(),
                                        consent_organisation_ids=[team.buurtwerk]).id
    with pytest.raises(ValidationError) as refused:
        anouk.ws.participants.assign_coach(noor, team.wout)
    assert (refused.value.field, refused.value.code) == ("user_id", "outside_consent")
    with pytest.raises(ValidationError) as refused:
        anouk.ws.participants.intake(team.id, given_name="Mira", coach_ids=[team.anouk, team.wout],
                                     consent_on=date.today(), consent_organisation_ids=[team.buurtwerk])
    assert (refused.value.field, refused.value.code) == ("coach_ids", "outside_consent")
    anouk.sync()

    # A laptop that skips the app's check is refused by the server, which keeps Wout out of the dossier.
    raw = RawDevice(server, "c-anouk")
    [(status, reason)] = statuses(raw.push(raw.change("assignment", str(uuid.uuid4()), {
        "participant_id": noor, "user_id": team.wout, "since": date.today().isoformat(), "deleted": False})))
    assert status == "rejected" and "consent" in reason
    wout = laptops("c-wout")
    assert names(wout) == set()
    raw_wout = RawDevice(server, "c-wout")
    rows = raw_wout.http.post("/sync/snapshot", json={"device_id": raw_wout.device_id, "table": "participant",
                                                      "after_row_id": ""}).json()["rows"]
    assert noor not in {r["row_id"] for r in rows}


def test_a_consent_that_shuts_out_the_coach_recording_it_is_refused_with_a_reason(laptops, team):
    anouk = laptops("c-anouk")
    with pytest.raises(ValidationError) as refused:
        anouk.ws.participants.intake(team.id, given_name="Noor", coach_ids=[team.anouk], consent_on=date.today(),
                                     consent_organisation_ids=[team.welzijn])
    assert (refused.value.field, refused.value.code) == ("consent_organisation_ids", "consent_excludes_you")
    assert names(anouk) == set()


def test_the_team_lead_never_receives_a_dossier_without_the_coordination_in_its_consent(laptops, team, server):
    anouk = laptops("c-anouk")
    anouk.ws.participants.intake(team.id, given_name="Noor", coach_ids=[team.anouk], consent_on=date.today(),
                                 consent_organisation_ids=[team.buurtwerk])
    anouk.sync()
    lead = RawDevice(server, "c-lies")
    dossier_tables = {"participant", "assignment", "trajectory", "phase_change", "network_map"}
    assert not [c for c in lead.pull()["changes"] if c["table"] in dossier_tables]
    for table in sorted(dossier_tables):
        reply = lead.http.post("/sync/snapshot", json={"device_id": lead.device_id, "table": table,
                                                       "after_row_id": ""})
        assert reply.status_code == 200 and reply.json()["rows"] == []
