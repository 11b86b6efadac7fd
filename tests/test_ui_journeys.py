"""One journey per task of a coach's day, done the way she does it: keys pressed and widgets clicked on the real
window (QTest), never a slot called. Each ends by checking what she sees and what the vault then holds.

An exception raised inside any Qt slot during a journey fails it: pytest-qt replaces sys.excepthook for every
test and reports what reached it (the last test here shows the mechanism at work). The network map's journeys
(add, move, snapshot, compare) are in test_ui_network.py, the agenda and backups in test_agenda.py and
test_ui_backups.py, the PIN in test_ui_quick_unlock.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from lfn_desktop.ui.dossier.close_dialog import CloseDialog
from lfn_desktop.ui.dossier.intake_form import IntakeForm
from lfn_desktop.ui.figures.view import FiguresView
from lfn_desktop.ui.shell.unlock_panel import UnlockPanel

from .conftest import PASSPHRASE
from .test_ui_helpers import open_window, settle, visible_texts, wait_caseload, wait_dossier

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the window receives it: into whatever has the focus."""
    window.activateWindow()
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, steps: int) -> None:
    """Open nothing: move the combo's choice with the arrow keys, as with the keyboard."""
    combo.setFocus()
    for _ in range(steps):
        QTest.keyClick(combo, Qt.Key.Key_Down)


def close_by_keyboard(window, dossier, outcome_steps: int) -> None:
    """Ctrl+Tab to the Traject tab, click "Traject afsluiten", choose the outcome with the arrows, click OK."""
    while dossier.tabs.currentWidget() is not dossier.trajectory:
        QTest.keyClick(dossier.tabs, Qt.Key.Key_Tab, CTRL)
    click(dossier.trajectory.close_button)
    dialog = next(d for d in window.findChildren(CloseDialog) if d.isVisible())
    choose(dialog.outcome, outcome_steps)
    click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    settle(window)


def test_unlock_by_typing_the_passphrase_and_enter(qtbot, vault_dir, ws, team):
    ws.participants.intake(team["partnership"], given_name="Ontgrendela", coach_ids=[team["coach_a"]])
    ws.close()
    window = open_window(qtbot, vault_dir)
    panel = window.centralWidget()
    assert isinstance(panel, UnlockPanel)
    qtbot.waitUntil(panel.passphrase.hasFocus, timeout=2000)  # she can type at once

    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        press(window, Qt.Key.Key_Return)

    wait_caseload(qtbot, window, rows=1)
    assert "Ontgrendela" in " ".join(visible_texts(window.workspace.caseload))


def test_find_a_dossier_with_ctrl_f_and_open_it_with_enter(qtbot, vault_dir, ws, team):
    for name in ("Zoekje", "Anderman", "Derdeke"):
        ws.participants.intake(team["partnership"], given_name=name, coach_ids=[team["coach_a"]])
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=3)

    press(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "zoek")
    press(window, Qt.Key.Key_Return)

    dossier = window.workspace.dossier
    wait_dossier(qtbot, dossier)
    assert dossier.participant_name().startswith("Zoekje")


def test_record_a_visit_with_ctrl_r_and_save_it_with_ctrl_enter(qtbot, vault_dir, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Bezoekje", coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)

    press(window, Qt.Key.Key_R, CTRL)
    form = dossier.visit_form
    assert form is not None and form.isVisible()
    form.duration.setFocus()
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "50")
    form.domains[8].setFocus()
    QTest.keyClick(form.domains[8], Qt.Key.Key_Space)  # the life domain "wonen"
    form.agreements.setFocus()
    qtbot.keyClicks(form.agreements, "Samen de huurwaarborg aanvragen")
    press(window, Qt.Key.Key_Return, CTRL)
    settle(window)

    [contact] = ws.queries.dossier(pid).contacts
    assert (contact.duration_min, contact.life_domains, contact.agreements) == (
        50, [8], "Samen de huurwaarborg aanvragen")
    assert dossier.visit_form is None  # the form closed once saved
    qtbot.waitUntil(lambda: dossier.logbook.model.rowCount() == 1, timeout=5000)


def test_intake_with_ctrl_n_typed_fields_and_a_click_on_the_button(qtbot, vault_dir, ws, team):
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=0)

    press(window, Qt.Key.Key_N, CTRL)
    intake = window.workspace.currentWidget()
    assert isinstance(intake, IntakeForm)
    press(window, Qt.Key.Key_V, ALT)  # the Voornaam label's letter
    qtbot.keyClicks(QApplication.focusWidget(), "Nieuwelien")
    press(window, Qt.Key.Key_F, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Instroom")
    click(intake.save_button)  # without a referral channel: refused, nothing written
    settle(window)
    assert ws.queries.caseload() == []
    choose(intake.channel, 6)  # "Op eigen initiatief"
    click(intake.save_button)
    settle(window)

    [row] = ws.queries.caseload()
    assert row.name == "Nieuwelien Instroom"
    assert ws.queries.dossier(row.participant_id).participant.referral_channel == "self"


def test_close_a_trajectory_from_its_tab_choosing_the_outcome_by_keyboard(qtbot, vault_dir, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Afsluitje", coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)

    close_by_keyboard(window, dossier, 4)  # "Vrijwilligerswerk"

    trajectory = ws.queries.dossier(pid).current_trajectory
    assert (trajectory.phase, trajectory.outcome, trajectory.closed_on) == ("closed", "volunteer_work", date.today())
    qtbot.waitUntil(lambda: "Vrijwilligerswerk" in dossier.trajectory.outcome.text(), timeout=5000)


def test_figures_with_ctrl_g_and_the_quarterly_report_saved_as_pdf(qtbot, vault_dir, ws, team, tmp_path,
                                                                   monkeypatch):
    ws.participants.intake(team["partnership"], given_name="Cijfer", coach_ids=[team["coach_a"]])
    target = tmp_path / "kwartaal.pdf"
    # The operating system's save dialog cannot be clicked offscreen: a stand-in that answers with a file.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)

    press(window, Qt.Key.Key_G, CTRL)
    view = next(v for v in window.findChildren(FiguresView) if v.isVisible())
    qtbot.waitUntil(lambda: view.busy.isHidden(), timeout=10_000)
    click(next(b for b in view.findChildren(QPushButton) if b.text() == "&Tonen"))
    qtbot.waitUntil(lambda: view.busy.isHidden(), timeout=10_000)
    click(view.pdf_button)

    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF") and b"Cijfer" not in target.read_bytes()


def test_lock_with_ctrl_l_hides_everything_of_the_dossier(qtbot, vault_dir, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Vergrendelde", family_name="Geheimer",
                                 coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)

    with qtbot.waitSignal(window.locked, timeout=5000):
        press(window, Qt.Key.Key_L, CTRL)

    assert isinstance(window.centralWidget(), UnlockPanel)
    seen = " ".join(visible_texts(window))
    assert "Vergrendelde" not in seen and "Geheimer" not in seen
    assert window.ws is None and ws.store.raw_key == b""


def test_an_exception_inside_a_slot_is_caught_during_a_journey(qtbot):
    button = QPushButton("Stuk")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    with qtbot.capture_exceptions() as caught:  # what pytest-qt does around every test, made visible here
        click(button)
    assert [kind for kind, *_ in caught] == [ZeroDivisionError]


def test_the_status_bar_never_shows_another_participants_news_inside_a_dossier(qtbot, vault_dir, ws, team):
    first = ws.participants.intake(team["partnership"], given_name="Eerstje", coach_ids=[team["coach_a"]]).id
    second = ws.participants.intake(team["partnership"], given_name="Tweedje", coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, vault_dir, ws)
    dossier = window.workspace.open_participant(first)
    wait_dossier(qtbot, dossier)
    close_by_keyboard(window, dossier, 8)  # "Verhuisd"
    qtbot.waitUntil(lambda: "Traject afgesloten" in window.status.text(), timeout=5000)

    press(window, Qt.Key.Key_Left, ALT)  # back to the caseload: only Tweedje is still running
    wait_caseload(qtbot, window, rows=1)
    caseload = window.workspace.caseload
    caseload.table.setFocus()
    QTest.keyClick(caseload.table, Qt.Key.Key_Return)

    assert window.workspace.dossier.participant_id == second
    assert "afgesloten" not in window.status.text()
