"""Nothing that feeds the funder's figures has a default the coach did not choose: the outcome of a closed
trajectory and the referral channel of a new participant start empty, and saving without them is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .test_ui_helpers import open_new_dossier, open_window, settle, wait_caseload


def test_closing_starts_without_an_outcome_and_refuses_to_guess(qtbot, tmp_path, ws, team):
    window, dossier, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    dialog = dossier.open_close_dialog()
    assert dialog.outcome.currentData() is None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # two presses must not close it as "paid work"
    settle(window)
    assert dialog.isVisible() and dialog.errors.label_for("outcome").isVisible()
    assert ws.queries.dossier(pid).current_trajectory.phase != "closed"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("training"))
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window)
    assert not dialog.isVisible() and ws.queries.dossier(pid).current_trajectory.outcome == "training"


def test_intake_starts_without_a_referral_channel_and_asks_for_it(qtbot, tmp_path, ws, team):
    window = open_window(qtbot, tmp_path, ws)
    wait_caseload(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.workspace.intake
    assert intake.channel.currentData() is None
    qtbot.keyClicks(intake.given_name, "Fictief")
    QTest.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    label = intake.errors.label_for("referral_channel")
    assert label.isVisible() and label.text() == "⚠ Vul dit veld in."
    assert ws.queries.caseload() == []  # nobody was registered with a channel she did not choose
    intake.channel.setCurrentIndex(intake.channel.findData("self"))
    QTest.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    [row] = ws.queries.caseload()
    assert ws.queries.dossier(row.participant_id).participant.referral_channel == "self"
