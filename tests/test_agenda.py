"""The agenda export: planned next steps as an .ics file a calendar imports, with dossier numbers, days and places
and nothing else of the dossier; through the File menu after its warning, and from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lfn_desktop.exchange.agenda import DUTCH_PLACES, export_agenda

from .conftest import PASSPHRASE
from .test_ui_helpers import open_window, wait_caseload


def plan(ws, team):
    """Two dossiers with a next step planned ahead, one step in the past, and a closed trajectory's step."""
    soon, later = date.today() + timedelta(days=3), date.today() + timedelta(days=10)
    people = {}
    for name in ("Agendaline", "Plannemie", "Vroegere", "Gestopte"):
        people[name] = ws.participants.intake(team["partnership"], given_name=name, family_name="Kalenders",
                                              coach_ids=[team["coach_a"]]).id
    ws.contacts.record(people["Agendaline"], duration_min=45, kind="home_visit", place="home",
                       notes="Vertelde over de schulden", agreements="Brief van de huisbaas meebrengen",
                       next_step="Samen naar het OCMW", next_step_on=soon)
    ws.contacts.record(people["Plannemie"], duration_min=20, kind="phone", place="remote", next_step_on=later)
    ws.contacts.record(people["Vroegere"], duration_min=20, kind="phone", place="remote",
                       occurred_at=datetime.now() - timedelta(days=5), next_step_on=date.today() - timedelta(days=2))
    ws.contacts.record(people["Gestopte"], duration_min=20, kind="phone", place="office", next_step_on=later)
    trajectory = ws.queries.dossier(people["Gestopte"]).current_trajectory.id
    ws.trajectories.close(trajectory, "moved", note="Verhuisd")
    numbers = {r.participant_id: r.dossier_number for r in ws.queries.caseload(include_closed=True)}
    return people, numbers, soon, later


def events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted((e.decoded("dtstart"), str(e["summary"]), str(e["location"]), str(e["uid"]))
                   for e in calendar.walk("VEVENT"))


def test_the_agenda_holds_the_planned_steps_and_nothing_personal(ws, team, tmp_path):
    people, numbers, soon, later = plan(ws, team)

    written, count = export_agenda(ws, tmp_path / "agenda.ics", DUTCH_PLACES)

    assert count == 2
    got = events(written)
    assert [(day, summary, place) for day, summary, place, _ in got] == [
        (soon, f"Contact dossier {numbers[people['Agendaline']]}", "Thuis"),
        (later, f"Contact dossier {numbers[people['Plannemie']]}", "Op afstand")]
    raw = written.read_bytes()
    for secret in (b"Agendaline", b"Kalenders", b"schulden", b"huisbaas", b"OCMW", b"Plannemie"):
        assert secret not in raw
    # Exported again, each event keeps its id: a calendar updates it instead of doubling it.
    again, _ = export_agenda(ws, tmp_path / "agenda.ics", DUTCH_PLACES, overwrite=True)
    assert [uid for *_, uid in events(again)] == [uid for *_, uid in got]


def test_the_file_menu_exports_the_agenda_after_its_warning(qtbot, vault_dir, ws, team, tmp_path, monkeypatch):
    people, numbers, soon, _ = plan(ws, team)
    target = tmp_path / "mijn-agenda.ics"
    # The operating system's save dialog: a stand-in that "chooses" the file (it cannot be clicked offscreen).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)"))
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)

    window.actions_by_name["agenda"].trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "niet versleuteld" in box.text() and "geen namen" in box.text()
    go = next(b for b in box.buttons() if b.text().startswith("&Doorgaan"))
    QTest.mouseClick(go, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "geplande contacten bewaard" in window.status.text(), timeout=10_000)
    assert window.status.text().startswith("2 geplande contacten bewaard in mijn-agenda.ics")
    assert events(target)[0][:2] == (soon, f"Contact dossier {numbers[people['Agendaline']]}")


def test_the_warning_can_be_declined_and_nothing_is_written(qtbot, vault_dir, ws, team, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)

    window.actions_by_name["agenda"].trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    QTest.mouseClick(next(b for b in box.buttons() if "Annuleren" in b.text()), Qt.MouseButton.LeftButton)

    assert asked == [] and not box.isVisible()


def test_the_command_line_writes_the_same_agenda(ws, team, tmp_path):
    plan(ws, team)
    folder = ws.store.paths.folder
    ws.close()
    data = tmp_path / "data"
    (data / "profiles").mkdir(parents=True)
    folder.rename(data / "profiles" / "default")
    env = {**os.environ, "LFN_DATA_DIR": str(data), "LFN_PASSPHRASE": PASSPHRASE}

    result = subprocess.run([sys.executable, "-m", "lfn_desktop", "agenda", "--out", str(tmp_path / "a.ics")],
                            env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "Wrote 2 planned contacts" in result.stdout and "NOT encrypted" in result.stderr
    assert len(events(tmp_path / "a.ics")) == 2
