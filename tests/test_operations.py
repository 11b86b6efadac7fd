"""Every group of domain operations on a real vault: what a screen reads back after a write, and what
the domain refuses — with the field a form would mark, and nothing written at all."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from lfn_common.errors import DomainError, InvalidTransition, NotFound, ValidationError
from lfn_desktop.store.models import ChangeLog

TODAY = date.today()
NOW = datetime.now().replace(second=0, microsecond=0)


def days_ago(days: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), time(hour, 0))


def change_count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


@contextmanager
def refused(store, field: str | None, *, code: str | None = None, error: type[DomainError] = ValidationError):
    """The block raises ``error`` about ``field`` and leaves no trace: no outbox row, the clock untouched."""
    before, clock_before = change_count(store), store.clock.last
    with pytest.raises(error) as info:
        yield info
    assert info.value.field == field, str(info.value)
    if code is not None:
        assert info.value.code == code, str(info.value)
    assert change_count(store) == before
    assert store.clock.last == clock_before


@pytest.fixture
def person(ws, team):
    """A participant registered with one coach, two goals and consent for one organisation."""
    changed = ws.participants.intake(
        team["partnership"], coach_ids=[team["coach_a"]], given_name="Émilie", family_name="Voorbeeld",
        birth_year=1988, municipality="Testrand", languages=["NL", "fr"], referral_channel="ocmw",
        referred_on=TODAY - timedelta(days=60), consent_on=TODAY - timedelta(days=60),
        consent_organisation_ids=[team["org_a"]],
        goals=[{"life_domain": 8, "description": "Een eigen woning vinden"},
               {"life_domain": 6, "description": "Vrijwilligerswerk proberen"}])
    dossier = ws.queries.dossier(changed.id)
    return {"id": changed.id, "trajectory": dossier.current_trajectory.id, "map": dossier.map_id}


def register(ws, team, given_name, *, coach="coach_a", municipality="Testrand", started_days_ago=30, **fields):
    return ws.participants.intake(team["partnership"], coach_ids=[team[coach]], given_name=given_name,
                                  municipality=municipality,
                                  started_on=TODAY - timedelta(days=started_days_ago), **fields).id


def visit(ws, participant_id, when, **fields):
    return ws.contacts.record(participant_id, duration_min=45, kind="home_visit", place="home",
                              occurred_at=when, **fields).id


# --- reference data ---------------------------------------------------------------------------------


def test_organisations_users_and_social_map_read_back(ws, team):
    orgs = {o.name: o for o in ws.reference.organisations()}
    assert set(orgs) == {"Buurtwerk Testrand vzw", "OCMW Testrand"}
    assert orgs["OCMW Testrand"].kind == "local_government"
    users = {u.name: u for u in ws.reference.users()}
    assert users["Coach Anouk"].fte == 0.8 and users["Coach Anouk"].organisation_id == team["org_a"]
    assert users["Teamleider Lies"].role == "team_lead"
    assert ws.reference.current_user().id == team["coach_a"]

    ws.reference.add_social_organisation(team["partnership"], "CAW Testrand", "caw", municipality="Testrand")
    assert [(s.name, s.kind) for s in ws.reference.social_organisations()] == [("CAW Testrand", "caw")]


def test_organisation_enterprise_number_is_stored_normalised(ws, team):
    org = ws.reference.add_organisation(team["partnership"], "Vzw Proef", "other", enterprise_number="412345614").id
    ws.reference.update_organisation(org, name="Vzw Proefstuk", joined_on=TODAY - timedelta(days=400))
    found = next(o for o in ws.reference.organisations() if o.id == org)
    assert (found.name, found.enterprise_number) == ("Vzw Proefstuk", "0412.345.614")


def test_reference_refusals_name_the_field_and_write_nothing(ws, team):
    p = team["partnership"]
    with refused(ws.store, "enterprise_number", code="enterprise_checksum"):
        ws.reference.add_organisation(p, "Vzw Proef", "other", enterprise_number="0412.345.615")
    with refused(ws.store, "kind", code="choice"):
        ws.reference.add_organisation(p, "Vzw Proef", "charity")
    with refused(ws.store, "name", code="required"):
        ws.reference.add_organisation(p, "  ", "other")
    with refused(ws.store, "left_on", code="date_order"):
        ws.reference.update_organisation(team["org_a"], joined_on=TODAY, left_on=TODAY - timedelta(days=1))
    with refused(ws.store, "partnership_id", error=NotFound):
        ws.reference.add_organisation("no-such-partnership", "Vzw Proef", "other")
    with refused(ws.store, "fte", code="fte"):
        ws.reference.add_user(p, "Coach Cas", "coach", fte=1.5)
    with refused(ws.store, "role", code="choice"):
        ws.reference.update_user(team["coach_b"], role="boss")
    with refused(ws.store, "organisation_id", error=NotFound):
        ws.reference.add_user(p, "Coach Cas", "coach", organisation_id="no-such-organisation")
    with refused(ws.store, "id", code="unknown_field"):
        ws.reference.update_user(team["coach_b"], id="other")
    with pytest.raises(NotFound):
        ws.reference.set_current_user("no-such-user")
    assert ws.reference.current_user().id == team["coach_a"]


# --- participants: intake and updates --------------------------------------------------------------------


def test_intake_registers_participant_trajectory_coaches_goals_and_map(ws, team, person):
    dossier = ws.queries.dossier(person["id"])
    p = dossier.participant
    assert (p.given_name, p.family_name, p.birth_year, p.municipality) == ("Émilie", "Voorbeeld", 1988, "Testrand")
    assert p.languages == ["nl", "fr"]
    assert p.consent_organisation_ids == [team["org_a"]]
    assert p.referral_channel == "ocmw"
    assert p.dossier_number[:3] == f"{TODAY - timedelta(days=60):%y}-" and len(p.dossier_number) == 9
    trajectory = dossier.current_trajectory
    assert (trajectory.phase, trajectory.started_on) == ("acquaintance", TODAY - timedelta(days=60))
    assert [(c.from_phase, c.to_phase) for c in dossier.phase_changes] == [(None, "acquaintance")]
    assert [(g.life_domain, g.status) for g in dossier.goals] == [(6, "open"), (8, "open")]
    assert [c.name for c in dossier.coaches] == ["Coach Anouk"]
    assert dossier.map_id == ws.network.map_of(person["id"]).id


def test_intake_reports_every_row_it_touched(ws, team):
    changed = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]],
                                     goals=[{"life_domain": "3", "description": "Vrienden maken"}])
    for table in ("participant", "trajectory", "phase_change", "assignment", "goal", "network_map"):
        assert changed.touched(table), table
    assert changed.rows["participant"] == {changed.id}
    assert ws.queries.dossier(changed.id).goals[0].life_domain == 3


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"given_name": " "}, "given_name", "required"),
    ({"birth_year": 1850}, "birth_year", "birth_year"),
    ({"birth_year": "negentien"}, "birth_year", "birth_year"),
    ({"email": "geen-adres"}, "email", "email"),
    ({"languages": ["dutch"]}, "languages", "language"),
    ({"referral_channel": "radio"}, "referral_channel", "choice"),
    ({"scale_style": "emoji"}, "scale_style", "choice"),
    ({"consent_on": TODAY + timedelta(days=1)}, "consent_on", "future_date"),
    ({"dossier_number_prefix": "x"}, "dossier_number_prefix", "unknown_field"),
    ({"started_on": TODAY + timedelta(days=1)}, "started_on", "future_date"),
    ({"goals": [{"life_domain": 11, "description": "Iets"}]}, "life_domain", "choice"),
    ({"goals": [{"life_domain": None, "description": "Iets"}]}, "life_domain", "choice"),
    ({"goals": [{"life_domain": 2, "description": ""}]}, "description", "required"),
])
def test_intake_refusals_name_the_field_and_write_nothing(ws, team, fields, field, code):
    values = {"given_name": "Noor"} | fields
    with refused(ws.store, field, code=code):
        ws.participants.intake(team["partnership"], coach_ids=[team["coach_a"]], **values)
    assert ws.queries.caseload(include_closed=True) == []


def test_intake_refuses_unknown_coach_organisation_or_partnership(ws, team):
    with refused(ws.store, "coach_ids", error=NotFound):
        ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"], "nobody"])
    with refused(ws.store, "consent_organisation_ids", error=NotFound):
        ws.participants.intake(team["partnership"], given_name="Noor", consent_organisation_ids=["no-org"])
    with refused(ws.store, "partnership_id", error=NotFound):
        ws.participants.intake("no-partnership", given_name="Noor")
    assert ws.queries.caseload(include_closed=True) == []


def test_update_changes_only_the_given_fields(ws, team, person):
    ws.participants.update(person["id"], given_name="Emily", phone="0470 00 00 00", read_aloud=True,
                           consent_organisation_ids=[team["org_a"], team["org_b"]])
    p = ws.queries.dossier(person["id"]).participant
    assert (p.given_name, p.family_name, p.phone, p.read_aloud) == ("Emily", "Voorbeeld", "0470 00 00 00", True)
    assert p.consent_organisation_ids == [team["org_a"], team["org_b"]]
    assert [r.name for r in ws.queries.caseload(search="emily")] == ["Emily Voorbeeld"]


def test_update_with_the_same_values_writes_nothing(ws, person):
    before = change_count(ws.store)
    ws.participants.update(person["id"], given_name="Émilie", municipality="Testrand")
    assert change_count(ws.store) == before


def test_update_refusals_name_the_field_and_write_nothing(ws, person):
    with refused(ws.store, "email", code="email"):
        ws.participants.update(person["id"], email="nope")
    with refused(ws.store, "dossier_number", code="unknown_field"):
        ws.participants.update(person["id"], dossier_number="26-AAAAAA")
    with refused(ws.store, "consent_organisation_ids", error=NotFound):
        ws.participants.update(person["id"], consent_organisation_ids=["no-org"])
    with refused(ws.store, "participant_id", error=NotFound):
        ws.participants.update("no-participant", given_name="Noor")
    assert ws.queries.dossier(person["id"]).participant.email is None


def test_assign_and_unassign_coaches(ws, team, person):
    # Bram's organisation is not in her consent (only Anouk's is): he cannot be assigned until it is.
    with refused(ws.store, "user_id", code="outside_consent"):
        ws.participants.assign_coach(person["id"], team["coach_b"])
    ws.participants.update(person["id"], consent_organisation_ids=[team["org_a"], team["org_b"]])
    ws.participants.assign_coach(person["id"], team["coach_b"])
    assert [c.name for c in ws.queries.dossier(person["id"]).coaches] == ["Coach Anouk", "Coach Bram"]
    before = change_count(ws.store)
    ws.participants.assign_coach(person["id"], team["coach_b"])  # already assigned: nothing new
    assert change_count(ws.store) == before

    ws.participants.unassign_coach(person["id"], team["coach_a"])
    assert [c.name for c in ws.queries.dossier(person["id"]).coaches] == ["Coach Bram"]
    with refused(ws.store, "user_id", code="not_assigned"):
        ws.participants.unassign_coach(person["id"], team["coach_a"])
    with refused(ws.store, "user_id", error=NotFound):
        ws.participants.assign_coach(person["id"], "nobody")
    with refused(ws.store, "participant_id", error=NotFound):
        ws.participants.assign_coach("no-participant", team["coach_a"])


def test_goals_are_added_updated_and_removed(ws, person):
    goal = ws.participants.add_goal(person["id"], 7, "Naar de huisarts gaan", chosen_on=TODAY).id
    ws.participants.update_goal(goal, status="achieved", description="Naar de huisarts gegaan")
    goals = {g.id: g for g in ws.queries.dossier(person["id"]).goals}
    assert (goals[goal].status, goals[goal].description) == ("achieved", "Naar de huisarts gegaan")

    with refused(ws.store, "status", code="choice"):
        ws.participants.update_goal(goal, status="half")
    with refused(ws.store, "life_domain", code="choice"):
        ws.participants.add_goal(person["id"], 0, "Iets")
    with refused(ws.store, "description", code="too_long"):
        ws.participants.add_goal(person["id"], 1, "x" * 2001)

    ws.participants.remove_goal(goal)
    assert goal not in {g.id for g in ws.queries.dossier(person["id"]).goals}
    with refused(ws.store, "goal_id", error=NotFound):
        ws.participants.update_goal(goal, status="open")


def test_reopen_starts_a_new_trajectory_only_after_closing(ws, person):
    with refused(ws.store, "phase", code="trajectory_running"):
        ws.participants.reopen(person["id"])
    ws.trajectories.close(person["trajectory"], "moved", closed_on=TODAY - timedelta(days=5))
    with refused(ws.store, "started_on", code="future_date"):
        ws.participants.reopen(person["id"], started_on=TODAY + timedelta(days=1))

    new = ws.participants.reopen(person["id"], started_on=TODAY).id
    dossier = ws.queries.dossier(person["id"])
    assert [t.phase for t in dossier.trajectories] == ["closed", "acquaintance"]
    assert dossier.current_trajectory.id == new
    assert [r.trajectory_id for r in ws.queries.caseload()] == [new]


# --- trajectories ---------------------------------------------------------------------------------------


def test_phases_move_forward_and_back_from_closing(ws, person):
    t = person["trajectory"]
    ws.trajectories.change_phase(t, "active", on=TODAY - timedelta(days=30), note="Klik is er")
    ws.trajectories.change_phase(t, "closing", on=TODAY - timedelta(days=10))
    ws.trajectories.change_phase(t, "active", on=TODAY)  # a step back from closing is allowed
    dossier = ws.queries.dossier(person["id"])
    assert dossier.current_trajectory.phase == "active"
    assert [(c.from_phase, c.to_phase) for c in dossier.phase_changes] == [
        (None, "acquaintance"), ("acquaintance", "active"), ("active", "closing"), ("closing", "active")]
    assert dossier.phase_changes[1].note == "Klik is er"


def test_phase_change_refusals(ws, person):
    t = person["trajectory"]
    ws.trajectories.change_phase(t, "active", on=TODAY - timedelta(days=30))
    with refused(ws.store, "phase", code="phase_order", error=InvalidTransition):
        ws.trajectories.change_phase(t, "acquaintance")
    with refused(ws.store, "phase", code="phase_order", error=InvalidTransition):
        ws.trajectories.change_phase(t, "active")  # already active
    with refused(ws.store, "phase", code="close_needs_outcome", error=InvalidTransition):
        ws.trajectories.change_phase(t, "closed")
    with refused(ws.store, "phase", code="choice"):
        ws.trajectories.change_phase(t, "paused")
    with refused(ws.store, "on", code="before_start"):
        ws.trajectories.change_phase(t, "closing", on=TODAY - timedelta(days=61))
    with refused(ws.store, "on", code="future_date"):
        ws.trajectories.change_phase(t, "closing", on=TODAY + timedelta(days=1))
    with refused(ws.store, "trajectory_id", error=NotFound):
        ws.trajectories.change_phase("no-trajectory", "closing")
    assert ws.queries.dossier(person["id"]).current_trajectory.phase == "active"


def test_close_with_an_outcome(ws, person):
    ws.trajectories.change_phase(person["trajectory"], "active", on=TODAY - timedelta(days=30))
    ws.trajectories.close(person["trajectory"], "training", closed_on=TODAY - timedelta(days=1), note="Start opleiding")
    dossier = ws.queries.dossier(person["id"])
    t = dossier.current_trajectory
    assert (t.phase, t.outcome, t.closed_on, t.closing_note) == (
        "closed", "training", TODAY - timedelta(days=1), "Start opleiding")
    assert (dossier.phase_changes[-1].from_phase, dossier.phase_changes[-1].to_phase) == ("active", "closed")

    with refused(ws.store, "phase", code="phase_order", error=InvalidTransition):
        ws.trajectories.change_phase(person["trajectory"], "active")
    with refused(ws.store, "phase", code="phase_order", error=InvalidTransition):
        ws.trajectories.close(person["trajectory"], "moved")


def test_close_refusals(ws, team, person):
    t = person["trajectory"]
    with refused(ws.store, "handover_to_id", code="handover_needs_service"):
        ws.trajectories.close(t, "warm_handover")
    with refused(ws.store, "handover_to_id", error=NotFound):
        ws.trajectories.close(t, "warm_handover", handover_to_id="no-service")
    with refused(ws.store, "outcome", code="choice"):
        ws.trajectories.close(t, "lottery")
    with refused(ws.store, "closed_on", code="before_start"):
        ws.trajectories.close(t, "moved", closed_on=TODAY - timedelta(days=61))
    with refused(ws.store, "closed_on", code="future_date"):
        ws.trajectories.close(t, "moved", closed_on=TODAY + timedelta(days=1))
    assert ws.queries.dossier(person["id"]).current_trajectory.phase == "acquaintance"


def test_warm_handover_names_the_service(ws, team, person):
    cgg = ws.reference.add_social_organisation(team["partnership"], "CGG Testrand", "cgg").id
    ws.trajectories.close(person["trajectory"], "warm_handover", handover_to_id=cgg)
    t = ws.queries.dossier(person["id"]).current_trajectory
    assert (t.outcome, t.handover_to_id) == ("warm_handover", cgg)


def test_combined_with_vdab_can_be_switched(ws, person):
    ws.trajectories.set_combined_with_vdab(person["trajectory"], True)
    assert ws.queries.dossier(person["id"]).current_trajectory.combined_with_vdab is True


# --- contacts ---------------------------------------------------------------------------------------------


def test_recorded_contact_appears_in_the_logbook(ws, team, person):
    when = days_ago(2).replace(minute=37, second=12)
    contact = ws.contacts.record(person["id"], duration_min=90, kind="accompaniment", place="service",
                                 occurred_at=when, life_domains=["8", 3, 8], present="Zus",
                                 agreements="Samen naar het OCMW", next_step="Documenten meebrengen",
                                 next_step_on=TODAY + timedelta(days=7)).id
    [c] = ws.queries.dossier(person["id"]).contacts
    assert c.id == contact
    assert c.occurred_at == when.replace(second=0)
    assert (c.duration_min, c.kind, c.place, c.life_domains) == (90, "accompaniment", "service", [3, 8])
    assert (c.trajectory_id, c.author_id) == (person["trajectory"], team["coach_a"])
    assert c.next_step_on == TODAY + timedelta(days=7)


def test_contact_without_a_time_is_recorded_now(ws, person):
    ws.contacts.record(person["id"], duration_min=10, kind="phone", place="remote")
    [c] = ws.queries.dossier(person["id"]).contacts
    assert abs(c.occurred_at - datetime.now()) < timedelta(minutes=2)


def test_logbook_lists_newest_first(ws, person):
    old, new, middle = visit(ws, person["id"], days_ago(9)), visit(ws, person["id"], days_ago(1)), \
        visit(ws, person["id"], days_ago(4))
    assert [c.id for c in ws.queries.dossier(person["id"]).contacts] == [new, middle, old]


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"occurred_at": NOW + timedelta(hours=3)}, "occurred_at", "future_date"),
    ({"occurred_at": TODAY - timedelta(days=1)}, "occurred_at", "required"),  # a date without a time
    ({"duration_min": -5}, "duration_min", "duration"),
    ({"duration_min": 12 * 60 + 1}, "duration_min", "duration"),
    ({"duration_min": "lang"}, "duration_min", "duration"),
    ({"kind": "telepathy"}, "kind", "choice"),
    ({"place": "moon"}, "place", "choice"),
    ({"life_domains": [3, 11]}, "life_domains", "choice"),
    ({"life_domains": ["wonen"]}, "life_domains", "choice"),
    ({"next_step_on": TODAY - timedelta(days=10)}, "next_step_on", "date_order"),
    ({"next_step_on": "volgende week"}, "next_step_on", "date"),
    ({"author_id": "someone"}, "author_id", "unknown_field"),
])
def test_contact_refusals_name_the_field_and_write_nothing(ws, person, fields, field, code):
    values = {"duration_min": 30, "kind": "home_visit", "place": "home", "occurred_at": days_ago(2)} | fields
    with refused(ws.store, field, code=code):
        ws.contacts.record(person["id"], **values)
    assert ws.queries.dossier(person["id"]).contacts == []


def test_contact_for_an_unknown_participant_or_a_foreign_trajectory_is_refused(ws, team, person):
    other = register(ws, team, "Noor")
    other_trajectory = ws.queries.dossier(other).current_trajectory.id
    with refused(ws.store, "participant_id", error=NotFound):
        ws.contacts.record("no-participant", duration_min=5, kind="phone", place="remote")
    with refused(ws.store, "trajectory_id", code="other_participant"):
        ws.contacts.record(person["id"], duration_min=5, kind="phone", place="remote",
                           trajectory_id=other_trajectory)


def test_contact_update_checks_the_next_step_against_the_stored_visit_date(ws, person):
    contact = visit(ws, person["id"], days_ago(3))
    ws.contacts.update(contact, duration_min=60, notes="Goed gesprek", next_step_on=TODAY - timedelta(days=3))
    [c] = ws.queries.dossier(person["id"]).contacts
    assert (c.duration_min, c.notes, c.occurred_at) == (60, "Goed gesprek", days_ago(3))

    with refused(ws.store, "next_step_on", code="date_order"):
        ws.contacts.update(contact, next_step_on=TODAY - timedelta(days=4))
    with refused(ws.store, "next_step_on", code="date_order"):
        ws.contacts.update(contact, occurred_at=days_ago(1))  # would move the visit after its next step
    with refused(ws.store, "occurred_at", code="future_date"):
        ws.contacts.update(contact, occurred_at=NOW + timedelta(days=1))
    with refused(ws.store, "participant_id", code="unknown_field"):
        ws.contacts.update(contact, participant_id="other")
    assert ws.queries.dossier(person["id"]).contacts[0].duration_min == 60


def test_deleted_contact_leaves_the_logbook(ws, person):
    keep, gone = visit(ws, person["id"], days_ago(5)), visit(ws, person["id"], days_ago(2))
    ws.contacts.delete(gone)
    assert [c.id for c in ws.queries.dossier(person["id"]).contacts] == [keep]
    with refused(ws.store, "contact_id", error=NotFound):
        ws.contacts.delete(gone)
    with refused(ws.store, "contact_id", error=NotFound):
        ws.contacts.update(gone, duration_min=5)


def test_record_many_writes_all_or_nothing(ws, team, person):
    other = register(ws, team, "Noor")
    rows = [
        {"participant_id": person["id"], "occurred_at": days_ago(3), "duration_min": 30, "kind": "office",
         "place": "office"},
        {"participant_id": other, "occurred_at": days_ago(2), "duration_min": 20, "kind": "phone", "place": "remote"},
        {"participant_id": person["id"], "occurred_at": days_ago(1), "duration_min": 40, "kind": "group",
         "place": "other"},
    ]
    with refused(ws.store, "duration_min", code="duration"):
        ws.contacts.record_many([*rows, rows[0] | {"duration_min": 900}])
    with refused(ws.store, "participant_id", error=NotFound):
        ws.contacts.record_many([*rows, rows[0] | {"participant_id": "no-participant"}])
    assert ws.queries.dossier(person["id"]).contacts == []

    changed = ws.contacts.record_many(rows)
    assert len(changed.rows["contact"]) == 3
    assert [c.kind for c in ws.queries.dossier(person["id"]).contacts] == ["group", "office"]
    assert [c.kind for c in ws.queries.dossier(other).contacts] == ["phone"]


# --- network map ----------------------------------------------------------------------------------------


def test_nodes_and_ties_on_the_map(ws, team, person):
    m = person["map"]
    caw = ws.reference.add_social_organisation(team["partnership"], "CAW Testrand", "caw").id
    sister = ws.network.add_node(m, label="Zus", kind="family", sector="family", ring=1, x=10, y=-5).id
    worker = ws.network.add_node(m, label="Begeleider CAW", kind="professional", sector="professional", ring="3",
                                 social_organisation_id=caw).id
    to_sister = ws.network.add_tie(m, sister, quality="supportive", direction="both",
                                   support_kinds=["practical", "emotional", "practical"]).id
    between = ws.network.add_tie(m, worker, from_node_id=sister, quality="neutral").id

    nodes = {n.id: n for n in ws.network.nodes(m)}
    assert (nodes[sister].label, nodes[sister].ring, nodes[sister].x, nodes[sister].y) == ("Zus", 1, 10.0, -5.0)
    assert (nodes[worker].ring, nodes[worker].social_organisation_id) == (3, caw)
    ties = {t.id: t for t in ws.network.ties(m)}
    assert ties[to_sister].from_node_id is None  # from the participant in the centre
    assert ties[to_sister].support_kinds == ["emotional", "practical"]
    assert (ties[between].from_node_id, ties[between].to_node_id) == (sister, worker)

    ws.network.update_node(sister, ring=2, x=3.5)
    ws.network.update_tie(to_sister, quality="stressful", frequency="weekly")
    moved = next(n for n in ws.network.nodes(m) if n.id == sister)
    assert (moved.ring, moved.x, moved.y, moved.label) == (2, 3.5, -5.0, "Zus")
    assert next(t for t in ws.network.ties(m) if t.id == to_sister).quality == "stressful"


def test_removing_a_node_removes_its_ties(ws, person):
    m = person["map"]
    sister = ws.network.add_node(m, label="Zus", kind="family", sector="family", ring=1).id
    friend = ws.network.add_node(m, label="Vriendin", kind="friend", sector="friends", ring=2).id
    neighbour = ws.network.add_node(m, label="Buur", kind="neighbour", sector="friends", ring=3).id
    ws.network.add_tie(m, sister, quality="supportive")
    ws.network.add_tie(m, friend, from_node_id=sister, quality="neutral")
    kept = ws.network.add_tie(m, neighbour, quality="stressful").id

    changed = ws.network.remove_node(sister)
    assert len(changed.rows["network_tie"]) == 2
    assert {n.label for n in ws.network.nodes(m)} == {"Vriendin", "Buur"}
    assert [t.id for t in ws.network.ties(m)] == [kept]
    with refused(ws.store, "to_node_id", error=NotFound):
        ws.network.add_tie(m, sister, quality="neutral")


def test_network_refusals(ws, team, person):
    m = person["map"]
    other_map = ws.network.map_of(register(ws, team, "Noor")).id
    here = ws.network.add_node(m, label="Zus", kind="family", sector="family", ring=1).id
    there = ws.network.add_node(other_map, label="Broer", kind="family", sector="family", ring=1).id

    with refused(ws.store, "to_node_id", code="other_map"):
        ws.network.add_tie(m, there, quality="neutral")
    with refused(ws.store, "from_node_id", code="other_map"):
        ws.network.add_tie(m, here, from_node_id=there, quality="neutral")
    with refused(ws.store, "to_node_id", code="self_tie"):
        ws.network.add_tie(m, here, from_node_id=here, quality="neutral")
    with refused(ws.store, "quality", code="choice"):
        ws.network.add_tie(m, here, quality="lovely")
    with refused(ws.store, "support_kinds", code="choice"):
        ws.network.add_tie(m, here, quality="neutral", support_kinds=["money"])
    with refused(ws.store, "ring", code="choice"):
        ws.network.add_node(m, label="Buur", kind="neighbour", sector="friends", ring=4)
    with refused(ws.store, "ring", code="choice"):
        ws.network.update_node(here, ring="ver")
    with refused(ws.store, "x", code="number"):
        ws.network.update_node(here, x="links")
    with refused(ws.store, "y", code="number"):
        ws.network.update_node(here, y=float("nan"))
    with refused(ws.store, "label", code="required"):
        ws.network.update_node(here, label="")
    with refused(ws.store, "social_organisation_id", error=NotFound):
        ws.network.add_node(m, label="Dokter", kind="professional", sector="professional", ring=3,
                            social_organisation_id="no-service")
    with refused(ws.store, "map_id", error=NotFound):
        ws.network.add_node("no-map", label="Buur", kind="neighbour", sector="friends", ring=2)
    assert [n.label for n in ws.network.nodes(m)] == ["Zus"]
    assert ws.network.ties(m) == []


def test_snapshot_freezes_the_map(ws, person):
    m = person["map"]
    sister = ws.network.add_node(m, label="Zus", kind="family", sector="family", ring=1).id
    ws.network.add_tie(m, sister, quality="supportive")
    ws.network.save_snapshot(m, taken_on=TODAY - timedelta(days=30), label="Start")
    ws.network.update_node(sister, ring=3)
    ws.network.add_node(m, label="Buur", kind="neighbour", sector="friends", ring=2)
    ws.network.save_snapshot(m, label="Nu")

    first, second = ws.network.snapshots(m)
    assert (first.label, first.taken_on, second.label, second.taken_on) == (
        "Start", TODAY - timedelta(days=30), "Nu", TODAY)
    assert [(n["label"], n["ring"]) for n in first.content["nodes"]] == [("Zus", 1)]
    assert [(t["from_node_id"], t["to_node_id"]) for t in first.content["ties"]] == [(None, sister)]
    assert sorted((n["label"], n["ring"]) for n in second.content["nodes"]) == [("Buur", 2), ("Zus", 3)]


# --- scales ---------------------------------------------------------------------------------------------


def test_measurement_keeps_levels_skips_and_unknowns(ws, person):
    ws.scales.record(person["id"], instrument_id="star_diagram", instrument_version=1,
                     taken_on=TODAY - timedelta(days=1), filled_by="participant",
                     answers={1: 3, "2": "skip", "3": "unknown", "8": 2}, comment="Zelf ingevuld")
    [m] = ws.scales.of_participant(person["id"], "star_diagram")
    assert m.answers == {"1": 3, "2": "skip", "3": "unknown", "8": 2}
    assert (m.filled_by, m.instrument_version, m.comment) == ("participant", 1, "Zelf ingevuld")
    assert ws.queries.dossier(person["id"]).measurement_count == 1

    ws.scales.update_comment(m.id, "Samen besproken")
    assert ws.scales.of_participant(person["id"])[0].comment == "Samen besproken"
    ws.scales.delete(m.id)
    assert ws.scales.of_participant(person["id"]) == []
    assert ws.queries.dossier(person["id"]).measurement_count == 0


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"answers": {"1": "7a"}}, "answers", "answer"),
    ({"answers": {"1": True}}, "answers", "answer"),
    ({"answers": {"1": 2.5}}, "answers", "answer"),
    ({"answers": {}}, "answers", "required"),
    ({"instrument_id": " "}, "instrument_id", "required"),
    ({"instrument_version": "v1"}, "instrument_version", "required"),
    ({"taken_on": None}, "taken_on", "required"),
    ({"taken_on": TODAY + timedelta(days=1)}, "taken_on", "future_date"),
    ({"filled_by": "neighbour"}, "filled_by", "choice"),
    ({"filled_by": None}, "filled_by", "choice"),
])
def test_measurement_refusals(ws, person, fields, field, code):
    values = {"instrument_id": "star_diagram", "instrument_version": 1, "taken_on": TODAY,
              "filled_by": "together", "answers": {"1": 4}} | fields
    with refused(ws.store, field, code=code):
        ws.scales.record(person["id"], **values)
    assert ws.scales.of_participant(person["id"]) == []


def test_measurement_for_an_unknown_participant_is_refused(ws, person):
    with refused(ws.store, "participant_id", error=NotFound):
        ws.scales.record("no-participant", instrument_id="star_diagram", instrument_version=1, taken_on=TODAY,
                         filled_by="coach", answers={"1": 1})


# --- signals --------------------------------------------------------------------------------------------


def test_signals_are_recorded_with_their_author(ws, team, person):
    ws.signals.record(team["partnership"], "Wachtlijst kinderopvang", life_domain="6", municipality="Testrand",
                      noted_on=TODAY - timedelta(days=3), participant_ids=[person["id"], person["id"]])
    ws.signals.record(team["partnership"], "Te weinig sociale woningen", life_domain=8)
    newest, older = ws.signals.all()
    assert (newest.problem, newest.noted_on, newest.life_domain) == ("Te weinig sociale woningen", TODAY, 8)
    assert (older.life_domain, older.participant_ids, older.author_id) == (6, [person["id"]], team["coach_a"])


def test_signal_refusals(ws, team):
    p = team["partnership"]
    with refused(ws.store, "problem", code="required"):
        ws.signals.record(p, "  ")
    with refused(ws.store, "noted_on", code="future_date"):
        ws.signals.record(p, "Wachtlijst", noted_on=TODAY + timedelta(days=1))
    with refused(ws.store, "life_domain", code="choice"):
        ws.signals.record(p, "Wachtlijst", life_domain=12)
    with refused(ws.store, "participant_ids", error=NotFound):
        ws.signals.record(p, "Wachtlijst", participant_ids=["no-participant"])
    assert ws.signals.all() == []


# --- the caseload ---------------------------------------------------------------------------------------


@pytest.fixture
def caseload(ws, team):
    """Four running dossiers and one closed, each with a first contact."""
    ids = {
        "emilie": register(ws, team, "Émilie", family_name="Voorbeeld"),
        "deniz": register(ws, team, "Deniz", family_name="Çelik", municipality="Proefdorp"),
        "bram": register(ws, team, "Bo", family_name="Testers", coach="coach_b", municipality="Proefdorp"),
        "quiet": register(ws, team, "Zoë", family_name="Stil", started_days_ago=90),
        "closed": register(ws, team, "Xander", family_name="Afgesloten"),
    }
    visit(ws, ids["emilie"], days_ago(2), next_step_on=TODAY + timedelta(days=5))
    visit(ws, ids["deniz"], days_ago(20))
    visit(ws, ids["bram"], days_ago(1))
    visit(ws, ids["quiet"], days_ago(40))
    visit(ws, ids["quiet"], days_ago(25))
    visit(ws, ids["closed"], days_ago(50))
    closed = ws.queries.dossier(ids["closed"]).current_trajectory.id
    ws.trajectories.close(closed, "paid_work_rec")
    return ids


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_caseload_puts_quiet_dossiers_first(ws, caseload):
    rows = ws.queries.caseload(on=TODAY)
    assert names(rows)[0] == "Zoë Stil"
    by_name = {r.name: r for r in rows}
    assert (by_name["Zoë Stil"].quiet, by_name["Zoë Stil"].days_since_contact) == (True, 25)
    assert by_name["Zoë Stil"].last_contact_at == days_ago(25)
    assert (by_name["Deniz Çelik"].quiet, by_name["Deniz Çelik"].days_since_contact) == (False, 20)
    assert names(rows)[1:] == ["Bo Testers", "Deniz Çelik", "Émilie Voorbeeld"]
    assert by_name["Émilie Voorbeeld"].next_contact_on == TODAY + timedelta(days=5)


def test_caseload_goes_quiet_on_the_twenty_first_day(ws, caseload):
    assert {r.name for r in ws.queries.caseload(on=TODAY + timedelta(days=1)) if r.quiet} == {
        "Deniz Çelik", "Zoë Stil"}
    # The quietest first.
    assert names(ws.queries.caseload(on=TODAY + timedelta(days=1)))[:2] == ["Zoë Stil", "Deniz Çelik"]


def test_caseload_hides_closed_trajectories_unless_asked(ws, caseload):
    assert "Xander Afgesloten" not in names(ws.queries.caseload())
    row = {r.name: r for r in ws.queries.caseload(include_closed=True)}["Xander Afgesloten"]
    assert (row.phase, row.quiet) == ("closed", False)  # a closed dossier never "goes quiet"


def test_caseload_filters_by_coach_phase_and_municipality(ws, team, caseload):
    assert names(ws.queries.caseload(coach_id=team["coach_b"])) == ["Bo Testers"]
    assert sorted(names(ws.queries.caseload(coach_id=team["coach_a"]))) == [
        "Deniz Çelik", "Zoë Stil", "Émilie Voorbeeld"]
    assert sorted(names(ws.queries.caseload(municipality="Proefdorp"))) == ["Bo Testers", "Deniz Çelik"]

    emilie = ws.queries.dossier(caseload["emilie"]).current_trajectory.id
    ws.trajectories.change_phase(emilie, "active")
    assert names(ws.queries.caseload(phase="active")) == ["Émilie Voorbeeld"]
    assert names(ws.queries.caseload(phase="closed", include_closed=True)) == ["Xander Afgesloten"]

    ws.participants.unassign_coach(caseload["bram"], team["coach_b"])
    assert ws.queries.caseload(coach_id=team["coach_b"]) == []


@pytest.mark.parametrize(("search", "found"), [
    ("emilie", ["Émilie Voorbeeld"]),
    ("ÉMILIE", ["Émilie Voorbeeld"]),
    ("celik", ["Deniz Çelik"]),
    ("deniz cel", ["Deniz Çelik"]),
    ("zoe", ["Zoë Stil"]),
    ("nobody", []),
])
def test_caseload_search_ignores_accents_and_case(ws, caseload, search, found):
    assert names(ws.queries.caseload(search=search)) == found


def test_caseload_search_finds_a_dossier_number(ws, caseload):
    number = ws.queries.dossier(caseload["deniz"]).participant.dossier_number
    assert names(ws.queries.caseload(search=number.lower())) == ["Deniz Çelik"]


def test_caseload_release_level_is_the_latest_release_measurement(ws, caseload):
    emilie = caseload["emilie"]

    def measure(instrument, answers, days):
        ws.scales.record(emilie, instrument_id=instrument, instrument_version=1,
                         taken_on=TODAY - timedelta(days=days), filled_by="together", answers=answers)

    def level():
        return {r.participant_id: r.release_level for r in ws.queries.caseload()}[emilie]

    assert level() is None
    measure("release_scale", {"release": 7}, days=3)
    measure("release_scale", {"release": 4}, days=10)  # recorded later, but taken earlier
    measure("star_diagram", {"release": 9, "1": 2}, days=1)  # another instrument: not the release level
    assert level() == 7
    measure("release_scale", {"release": 8}, days=0)
    assert level() == 8
    assert {r.participant_id: r.release_level for r in ws.queries.caseload()}[caseload["deniz"]] is None
