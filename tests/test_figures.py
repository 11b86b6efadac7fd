"""The partnership's figures on a hand-built data set; every expected number is worked out by hand below.

Period: the third quarter of 2026 (1 July – 30 September, 92 days).

  P1 coach A   started 1 May, running        contacts 2 May, 10 Jul, 10 Aug
  P2 coach A   started 15 Jul (VDAB), closed 15 Sep: paid work (REC)   contacts 20 Jul, 20 Aug, 10 Sep
  P3 coach B   started 1 Aug (OCMW), running  no contacts
  P4 coach B   started 10 Jan, closed 30 Jun (before the quarter)
  P5 coach A+B started 1 Feb, closed 31 Aug: training                 contacts 5 Feb, 5 Jul
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from lfn_desktop.instruments.progress import Trend
from lfn_desktop.operations.figures import Period, Scope, masked

MONTH = 365.25 / 12


def visit(ws, pid, day: date) -> None:
    ws.contacts.record(pid, duration_min=30, kind="home_visit", place="home",
                       occurred_at=datetime.combine(day, datetime.min.time()).replace(hour=10))


def close(ws, pid, outcome: str, on: date) -> None:
    ws.trajectories.close(ws.queries.dossier(pid).current_trajectory.id, outcome, closed_on=on)


@pytest.fixture
def data(ws, team):
    def intake(name, coaches, started, **fields):
        return ws.participants.intake(team["partnership"], given_name=name, coach_ids=[team[c] for c in coaches],
                                      started_on=started, **fields).id

    p1 = intake("Proefpersoon Een", ["coach_a"], date(2026, 5, 1))
    p2 = intake("Proefpersoon Twee", ["coach_a"], date(2026, 7, 15), referral_channel="vdab",
                persona="Jonge alleenstaande")
    p3 = intake("Proefpersoon Drie", ["coach_b"], date(2026, 8, 1), referral_channel="ocmw")
    p4 = intake("Proefpersoon Vier", ["coach_b"], date(2026, 1, 10))
    p5 = intake("Proefpersoon Vijf", ["coach_a", "coach_b"], date(2026, 2, 1))
    for pid, days in ((p1, [date(2026, 5, 2), date(2026, 7, 10), date(2026, 8, 10)]),
                      (p2, [date(2026, 7, 20), date(2026, 8, 20), date(2026, 9, 10)]),
                      (p5, [date(2026, 2, 5), date(2026, 7, 5)])):
        for day in days:
            visit(ws, pid, day)
    close(ws, p2, "paid_work_rec", date(2026, 9, 15))
    close(ws, p4, "moved", date(2026, 6, 30))
    close(ws, p5, "training", date(2026, 8, 31))

    def measure(pid, instrument, day, answers):
        ws.scales.record(pid, instrument_id=instrument, instrument_version=1, taken_on=day, filled_by="participant",
                         answers=answers)

    measure(p1, "star_diagram", date(2026, 5, 5), {"1": 2, "2": 3, "3": 4})
    measure(p1, "star_diagram", date(2026, 8, 5), {"1": 4, "2": 3, "3": "skip"})
    measure(p2, "star_diagram", date(2026, 7, 20), {"1": 1})
    measure(p1, "release_scale", date(2026, 8, 5), {"release": 6})
    measure(p2, "release_scale", date(2026, 9, 1), {"release": 3})
    measure(p1, "release_scale", date(2026, 10, 5), {"release": 9})  # after the quarter: not counted
    measure(p1, "indicators", date(2026, 5, 5), {"stable_housing": 0})
    measure(p1, "indicators", date(2026, 9, 5), {"stable_housing": 1})
    map_id = ws.network.map_of(p1).id
    ws.network.add_node(map_id, label="Zus", kind="family", sector="family", ring=1)
    ws.network.add_node(map_id, label="Buur", kind="neighbour", sector="friends", ring=2)
    ws.network.save_snapshot(map_id, date(2026, 5, 1))
    ws.network.add_node(map_id, label="CAW", kind="professional", sector="professional", ring=2)
    ws.network.add_node(map_id, label="Vriendin", kind="friend", sector="friends", ring=2)
    ws.network.save_snapshot(map_id, date(2026, 9, 1))
    ws.signals.record(team["partnership"], "Geen kinderopvang", life_domain=6, noted_on=date(2026, 8, 1))
    return {"p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5}


Q3 = Period.quarter(2026, 3)


def test_the_quarter_is_july_to_september():
    assert (Q3.start, Q3.end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert Period.quarter(2026, 4).end == date(2026, 12, 31)


def test_partnership_figures_for_the_quarter(ws, team, data):
    f = ws.figures.compute(Q3)
    assert f.running == 2  # P1 and P3: P2 and P5 closed in the quarter, P4 before it
    assert not f.in_running_band  # the band is 10-50
    assert {c.name: c.running for c in f.caseload} == {"Coach Anouk": 1, "Coach Bram": 1}
    assert [round(c.per_fte, 2) for c in f.caseload] == [1.25, 1.0]  # Anouk works 0.8 FTE
    assert f.new_trajectories == 2
    assert f.referrals_by_channel == {"vdab": 1, "ocmw": 1}
    assert f.personas == {"Jonge alleenstaande": 1, "unknown": 1}
    assert f.outcomes == {"paid_work_rec": 1, "training": 1}
    assert (f.closed, f.durable_paid_work, f.durable_paid_work_share, f.other_activation) == (2, 1, 0.5, 1)
    # Contacts per month: P1 2 in 92 days, P3 0 in 61 days, P2 3 in 63 days, P5 1 in 62 days.
    rates = sorted([2 / (92 / MONTH), 0.0, 3 / (63 / MONTH), 1 / (62 / MONTH)])
    assert f.intensity.count == 4
    assert f.intensity.median == pytest.approx((rates[1] + rates[2]) / 2)
    assert (f.intensity.minimum, f.intensity.maximum) == (0.0, pytest.approx(rates[-1]))
    assert f.contacts_by_kind == {"home_visit": 6}
    # Lead time: P2 from 20 Jul to 15 Sep = 57 days; P5 from 5 Feb to 31 Aug = 207 days.
    assert (f.lead_time_days.count, f.lead_time_days.minimum, f.lead_time_days.maximum) == (2, 57, 207)
    assert f.star_trends[1] == {Trend.PROGRESS: 1}  # P1: 2 → 4; P2 has one measurement only
    assert f.star_trends[2] == {Trend.STANDSTILL: 1} and f.star_trends[3] == {}  # 3 was skipped
    assert f.release_levels == {6: 1, 3: 1}  # the October measurement lies after the quarter
    assert (f.indicators_yes, f.indicators_gained) == ({"stable_housing": 1}, {"stable_housing": 1})
    assert (f.network_informal_change.median, f.network_formal_change.median) == (1, 1)
    assert f.signals_by_domain == {6: 1}


def test_figures_for_one_coach_and_for_one_organisation(ws, team, data):
    bram = ws.figures.compute(Q3, Scope(coach_id=team["coach_b"]))
    assert (bram.running, dict(bram.outcomes)) == (1, {"training": 1})  # P3; P5 is shared with Anouk
    assert [c.name for c in bram.caseload] == ["Coach Bram"]
    org_a = ws.figures.compute(Q3, Scope(organisation_id=team["org_a"]))  # Anouk's organisation
    assert (org_a.running, dict(org_a.outcomes)) == (1, {"paid_work_rec": 1, "training": 1})


def test_small_counts_are_masked_when_published():
    assert [masked(n) for n in (0, 1, 4, 5, 17)] == ["0", "<5", "<5", "5", "17"]


def test_capacity_per_persona_against_what_the_persona_expects(ws, team, data):
    ws.reference.save_persona(team["partnership"], "Jonge alleenstaande", description="Jong, alleen, zoekt werk",
                              contacts_per_month=3)
    ws.reference.save_persona(team["partnership"], "Nieuwkomer", contacts_per_month=4, months=18)
    f = ws.figures.compute(Q3)
    # Running at the end of September: P1 and P3, neither with a persona; P1 had 2 contacts in the quarter, P3 none.
    assert [(c.persona, c.running, c.contacts_per_month, c.expected_per_month) for c in f.persona_capacity] == [
        ("Jonge alleenstaande", 0, None, 3.0), ("Nieuwkomer", 0, None, 4.0),
        ("unknown", 2, round(2 / 2 / (92 / MONTH), 1), None)]


def test_a_persona_name_is_kept_once_and_its_intensity_is_checked(ws, team):
    from lfn_common.errors import ValidationError

    persona = ws.reference.save_persona(team["partnership"], "Nieuwkomer", contacts_per_month=4).id
    with pytest.raises(ValidationError) as taken:
        ws.reference.save_persona(team["partnership"], "Nieuwkomer")
    assert taken.value.field == "name"
    with pytest.raises(ValidationError) as too_many:
        ws.reference.save_persona(team["partnership"], "Dakloos", contacts_per_month=40)
    assert too_many.value.field == "contacts_per_month"
    ws.reference.save_persona(team["partnership"], "Nieuwkomer", contacts_per_month=5, persona_id=persona)
    assert [(p.name, p.contacts_per_month) for p in ws.reference.personas()] == [("Nieuwkomer", 5.0)]
