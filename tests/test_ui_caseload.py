"""The caseload view: instant search, quiet dossiers standing out, filters, and the team lead's view."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lfn_desktop.ui.caseload.view import CaseloadView
from lfn_desktop.ui.dossier.intake_form import IntakeForm

from .test_ui_helpers import open_window, wait_caseload


def _view(qtbot, ws, own=None) -> CaseloadView:
    view = CaseloadView(ws, own_coach_id=own)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.busy.isHidden(), timeout=5000)
    return view


def names(view) -> list[str]:
    return sorted(view.model.row_at(r).name for r in range(view.model.rowCount()))


def test_search_narrows_the_caseload_as_you_type(qtbot, ws, team):
    for given, family in (("Émilie", "Testaert"), ("Noor", "Proefmans"), ("Emiel", "Voorbeeld")):
        ws.participants.intake(team["partnership"], given_name=given, family_name=family,
                               coach_ids=[team["coach_a"]])
    view = _view(qtbot, ws)
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search, "emi")
    assert names(view) == ["Emiel Voorbeeld", "Émilie Testaert"]
    qtbot.keyClicks(view.search, "l")
    assert names(view) == ["Émilie Testaert"]
    QTest.keyClick(view.search, Qt.Key.Key_Backspace)  # a letter taken back widens the list again
    assert names(view) == ["Emiel Voorbeeld", "Émilie Testaert"]
    number = ws.queries.caseload(search="Noor")[0].dossier_number
    view.search.clear()
    qtbot.keyClicks(view.search, number.lower())
    assert names(view) == ["Noor Proefmans"]


def test_quiet_dossier_stands_out_without_colour(qtbot, ws, team):
    month_ago = date.today() - timedelta(days=30)
    quiet = ws.participants.intake(team["partnership"], given_name="Stille", coach_ids=[team["coach_a"]],
                                   started_on=month_ago).id
    seen = ws.participants.intake(team["partnership"], given_name="Gezien", coach_ids=[team["coach_a"]]).id
    # registered today, not met yet: new, not quiet
    ws.participants.intake(team["partnership"], given_name="Nieuw", coach_ids=[team["coach_a"]])
    ws.contacts.record(seen, duration_min=30, kind="home_visit", place="home",
                       occurred_at=datetime.now() - timedelta(days=2))
    view = _view(qtbot, ws)
    first = view.model.index(0, 1)
    assert view.model.row_at(0).participant_id == quiet
    assert view.model.data(first).startswith("⚠")
    assert view.model.data(first, Qt.ItemDataRole.FontRole).bold()
    assert "stilgevallen" in view.model.data(first, Qt.ItemDataRole.ToolTipRole).lower()
    assert view.count.text().startswith("3 deelnemers, waarvan 1 stilgevallen")
    qtbot.keyClicks(view.search, "Stille")
    assert view.count.text().startswith("1 deelnemer, waarvan 1 stilgevallen")  # Qt's plural form, not "1 deelnemers"


def test_filters_by_phase_coach_and_municipality(qtbot, ws, team):
    p = team["partnership"]
    ws.participants.intake(p, given_name="Anna", municipality="Testrode", coach_ids=[team["coach_a"]])
    ws.participants.intake(p, given_name="Bert", municipality="Demodonk", coach_ids=[team["coach_b"]])
    closed = ws.participants.intake(p, given_name="Cleo", municipality="Testrode", coach_ids=[team["coach_a"]]).id
    ws.trajectories.close(ws.queries.dossier(closed).current_trajectory.id, "training")
    view = _view(qtbot, ws)
    assert names(view) == ["Anna", "Bert"]  # running trajectories by default
    view.phase.setCurrentIndex(view.phase.findData("closed"))
    assert names(view) == ["Cleo"]
    view.phase.setCurrentIndex(view.phase.findData("*"))
    view.municipality.setCurrentIndex(view.municipality.findText("Testrode"))
    assert names(view) == ["Anna", "Cleo"]
    view.coach.setCurrentIndex(view.coach.findText("Coach Bram"))
    assert names(view) == []
    view.municipality.setCurrentIndex(0)
    assert names(view) == ["Bert"]


def test_a_coach_sees_her_own_caseload_only(qtbot, ws, team):
    p = team["partnership"]
    ws.participants.intake(p, given_name="Anna", coach_ids=[team["coach_a"]])
    ws.participants.intake(p, given_name="Bert", coach_ids=[team["coach_b"]])
    view = _view(qtbot, ws, own=team["coach_a"])
    assert names(view) == ["Anna"]
    assert not view.coach.isEnabled()


def test_every_alt_letter_does_one_thing_on_the_caseload_and_on_every_dossier_tab(qtbot, tmp_path, ws, team):
    from .test_ui_helpers import open_new_dossier
    from .ui_input import clashes

    window, view, _pid = open_new_dossier(qtbot, tmp_path, ws, team)
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        assert clashes(window) == {}, view.tabs.tabText(i)
    window.workspace.show_caseload()
    assert clashes(window) == {}


def test_enter_in_the_search_opens_the_single_match_and_arrows_choose_among_several(qtbot, tmp_path, ws, team):
    from .test_ui_helpers import open_window, wait_caseload

    for name in ("Amira Fictief", "Amber Verzon", "Bo Proef"):
        ws.participants.intake(team["partnership"], given_name=name, coach_ids=[team["coach_a"]])
    window = open_window(qtbot, tmp_path, ws)
    wait_caseload(qtbot, window)
    caseload = window.workspace.caseload
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: into the search
    qtbot.keyClicks(caseload.search, "am")  # Amira and Amber
    assert caseload.model.rowCount() == 2
    QTest.keyClick(caseload.search, Qt.Key.Key_Down)  # the second result, still typing in the search
    assert caseload.table.currentIndex().row() == 1 and caseload.search.hasFocus()
    second = caseload.model.row_at(1).participant_id
    QTest.keyClick(caseload.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.dossier is not None)
    assert window.workspace.dossier.participant_id == second

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(caseload.search, "bo proef")
    assert caseload.model.rowCount() == 1
    QTest.keyClick(caseload.search, Qt.Key.Key_Return)  # one match: Enter opens her
    qtbot.waitUntil(lambda: window.workspace.dossier.participant_id == caseload.model.row_at(0).participant_id)


def test_an_empty_first_caseload_says_how_participants_get_in_and_its_button_opens_the_intake(qtbot, vault_dir, ws,
                                                                                            team):

    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=0)
    view = window.workspace.caseload

    assert view.first_run.isVisible()
    assert "Nieuwe deelnemer" in view.first_run.text() and "lfn-desktop import" in view.first_run.text()
    QTest.mouseClick(view.new_participant, Qt.MouseButton.LeftButton)

    assert isinstance(window.workspace.currentWidget(), IntakeForm)
    ws.participants.intake(team["partnership"], given_name="Eerste", coach_ids=[team["coach_a"]])
    window.workspace.show_caseload()
    view.reload()
    wait_caseload(qtbot, window, rows=1)
    assert not view.first_run.isVisible() and not view.new_participant.isVisible()
