"""The caseload as the coach reads it: the current trajectory, who is going quiet, search taken literally."""

from __future__ import annotations

from datetime import date, timedelta

TODAY = date.today()


def test_a_trajectory_reopened_on_the_day_it_closed_is_the_current_one(ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Heropend", coach_ids=[team["coach_a"]],
                                 started_on=TODAY - timedelta(days=40)).id
    ws.trajectories.close(ws.queries.dossier(pid).current_trajectory.id, "moved")
    ws.participants.reopen(pid, started_on=TODAY)
    ws.trajectories.close(ws.queries.dossier(pid).current_trajectory.id, "training")
    ws.participants.reopen(pid, started_on=TODAY)  # closed and reopened twice on one day
    [row] = ws.queries.caseload()
    assert row.phase == "acquaintance"
    assert row.trajectory_id == ws.queries.dossier(pid).current_trajectory.id


def test_quiet_counts_from_the_start_when_nobody_met_her_yet(ws, team):
    p, coach = team["partnership"], [team["coach_a"]]
    ws.participants.intake(p, given_name="Lang Geleden", coach_ids=coach, started_on=TODAY - timedelta(days=30))
    ws.participants.intake(p, given_name="Vandaag", coach_ids=coach)
    quiet = {r.name: r.quiet for r in ws.queries.caseload()}
    assert quiet == {"Lang Geleden": True, "Vandaag": False}
    assert ws.queries.caseload()[0].name == "Lang Geleden"  # the urgent one first


def test_search_takes_percent_and_underscore_literally(ws, team):
    p, coach = team["partnership"], [team["coach_a"]]
    ws.participants.intake(p, given_name="Ann_Sofie", coach_ids=coach)
    ws.participants.intake(p, given_name="Annesofie", coach_ids=coach)
    assert [r.name for r in ws.queries.caseload(search="ann_")] == ["Ann_Sofie"]
    assert [r.name for r in ws.queries.caseload(search="%")] == []
    assert len(ws.queries.caseload(search="  ")) == 2


def test_names_sort_as_a_reader_expects_accents_included(ws, team):
    p, coach = team["partnership"], [team["coach_a"]]
    for name in ("Zeno", "Émile", "eva", "Daan"):
        ws.participants.intake(p, given_name=name, coach_ids=coach)
    assert [r.name for r in ws.queries.caseload()] == ["Daan", "Émile", "eva", "Zeno"]
