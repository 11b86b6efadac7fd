"""The team lead administers her team from her laptop, online: a coach added (who sets her own password at her first
sign-in) and given a dossier, a password reset, a lost laptop revoked, an organisation that leaves with its coaches'
dossiers handed over in one step, all within her own partnership and the participants' consent, and each in the
audit log. Real vaults, the real server over HTTP on loopback, on both databases.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lfn_desktop.operations import Workspace
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.models import Assignment
from lfn_desktop.store.store import Store
from lfn_desktop.sync.engine import SyncEngine, enrol
from lfn_desktop.sync.errors import DeviceRevoked, PasswordChangeRequired, SyncRefused
from lfn_desktop.sync.team_admin import TeamAdmin
from lfn_server import admin
from lfn_server.db import audit_log

from .sync_support import VAULT_PASSPHRASE, Laptop, make_partnership

GIVEN = "given by the team lead 1"
OWN = "her very own password"


def live_assignments(laptop: Laptop, participant_id: str) -> set[str]:
    with laptop.store.read() as session:
        return set(session.scalars(select(Assignment.user_id).where(Assignment.participant_id == participant_id,
                                                                    Assignment.deleted.is_(False))))


def test_a_new_coach_signs_in_with_her_own_password_and_receives_the_dossier_she_is_given(server, tmp_path):
    p = make_partnership(server.engine)
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    noor = lies.ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Noor",
                                       consent_on=date.today(), consent_organisation_ids=[p.id, p.org]).id
    lies.sync()
    desk = TeamAdmin(lies.store)

    sara = desk.add_member("Coach Sara", "sara", GIVEN, "coach", p.org, fte=0.5).id
    member = {m.username: m for m in desk.overview().members}["sara"]
    assert (member.name, member.role, member.fte, member.active, member.must_change_password) == (
        "Coach Sara", "coach", 0.5, True, True)
    assert desk.assign(noor, sara).moved == 1

    # Her first sign-in with the given password is refused until she chooses her own; then she has the dossier.
    store = Store.create(tmp_path / "sara", VAULT_PASSPHRASE, LIGHT_KDF)
    with pytest.raises(PasswordChangeRequired):
        enrol(store, server.url, "sara", GIVEN)
    with pytest.raises(SyncRefused, match="another password"):
        enrol(store, server.url, "sara", GIVEN, new_password=GIVEN)
    enrol(store, server.url, "sara", GIVEN, new_password=OWN)
    SyncEngine(store).run()
    assert [row.name for row in Workspace(store).queries.caseload()] == ["Noor"]
    store.close()
    assert not {m.username: m for m in desk.overview().members}["sara"].must_change_password
    lies.sync()
    assert live_assignments(lies, noor) == {p.coach_a, sara}
    with server.engine.connect() as conn:
        actions = [row.action for row in conn.execute(select(audit_log.c.action).where(
            audit_log.c.user_id.in_([lies.user_id, sara])))]
    assert {"user_added", "dossier_assigned"} <= set(actions)
    lies.close()


def test_a_lost_laptop_revoked_by_the_team_lead_is_wiped_and_a_reset_signs_the_coach_in_again(server, tmp_path):
    p = make_partnership(server.engine)
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    anouk = Laptop(tmp_path / "anouk", server.url, "anouk")
    bram = Laptop(tmp_path / "bram", server.url, "bram")
    desk = TeamAdmin(lies.store)
    laptops = {laptop.name: laptop for laptop in desk.overview().laptops}
    assert set(laptops) == {"laptop of lies", "laptop of anouk", "laptop of bram"}

    desk.revoke_laptop(laptops["laptop of anouk"].device_id)
    assert {laptop.name: laptop.revoked_at is not None for laptop in desk.overview().laptops}["laptop of anouk"]
    paths = anouk.store.paths
    with pytest.raises(DeviceRevoked):
        anouk.sync()
    assert not paths.db.exists()

    desk.reset_password(p.coach_b, GIVEN)
    with pytest.raises(Exception, match="sign in again|not known|enrol"):
        bram.sync()
    with pytest.raises(PasswordChangeRequired):
        enrol(bram.store, server.url, "bram", GIVEN)
    enrol(bram.store, server.url, "bram", GIVEN, new_password=OWN)
    bram.sync()  # her vault stayed as it was and syncs again
    lies.close()
    bram.close()


def test_an_organisation_that_leaves_hands_its_coaches_dossiers_over_within_consent(server, tmp_path):
    p = make_partnership(server.engine)
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    desk = TeamAdmin(lies.store)
    welzijn = desk.add_organisation("Welzijnshuis Testrand", "civil_society").id
    wout = desk.add_member("Coach Wout", "wout", GIVEN, "coach", welzijn).id
    lies.sync()
    # Noor lets the coordination and both organisations see her dossier; Mira only Buurtwerk.
    noor = lies.ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Noor",
                                       consent_on=date.today(),
                                       consent_organisation_ids=[p.id, p.org, welzijn]).id
    mira = lies.ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Mira",
                                       consent_on=date.today(), consent_organisation_ids=[p.id, p.org]).id
    lies.sync()

    with pytest.raises(SyncRefused, match="consent"):
        desk.assign(mira, wout)
    result = desk.end_organisation(p.org, date(2026, 12, 31), hand_over_to=wout)
    assert (result.moved, result.kept_back) == (1, [mira])
    lies.sync()
    assert live_assignments(lies, noor) == {wout}
    assert live_assignments(lies, mira) == {p.coach_a}  # kept back: her consent does not name Welzijnshuis
    organisations = {o.organisation_id: o for o in desk.overview().organisations}
    assert organisations[p.org].left_on == date(2026, 12, 31)
    members = {m.username: m for m in desk.overview().members}
    assert not members["anouk"].active and not members["bram"].active and members["lies"].active
    lies.close()


def test_team_administration_is_for_a_team_lead_of_her_own_partnership_only(server, tmp_path):
    p = make_partnership(server.engine)
    other = make_partnership(server.engine, "LP Elders", prefix="x")
    anouk = Laptop(tmp_path / "anouk", server.url, "anouk")
    with pytest.raises(SyncRefused, match="Only a team lead"):
        TeamAdmin(anouk.store).overview()
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    desk = TeamAdmin(lies.store)
    with pytest.raises(SyncRefused, match="No such user in your partnership"):
        desk.reset_password(other.coach_a, GIVEN)
    with pytest.raises(SyncRefused, match="No such user in your partnership"):
        desk.deactivate_member(other.lead)
    with pytest.raises(SyncRefused, match="your own account"):
        desk.deactivate_member(lies.user_id)
    with pytest.raises(SyncRefused, match="taken"):
        desk.add_member("Coach Anouk bis", "anouk", GIVEN, "coach", p.org)
    with pytest.raises(SyncRefused, match="at least"):
        desk.add_member("Coach Kort", "kort", "short", "coach", p.org)
    with pytest.raises(SyncRefused, match="No such organisation"):
        desk.add_member("Coach Elders", "elders", GIVEN, "coach", other.org)
    assert {m.username for m in desk.overview().members} == {"anouk", "bram", "lies"}
    with server.engine.connect() as conn:
        assert admin.list_devices(conn, other.id) == []
    anouk.close()
    lies.close()
