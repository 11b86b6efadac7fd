"""One undo for the window: Ctrl+Z steps back over every undoable edit in the order the coach made them, a
phase change, a closing, a map edit, an intake, and Ctrl+Shift+Z redoes; the map's own buttons use the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .test_ui_helpers import open_new_dossier, open_window, settle, wait_caseload, wait_dossier


def ctrl(qtbot, window, key, shift: bool = False) -> None:
    """Ctrl(+Shift)+key in the window, once it is the active one again (after a dialog closed)."""
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if shift
                                                       else Qt.KeyboardModifier.NoModifier)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, key, modifiers)
    settle(window)


def test_ctrl_z_undoes_a_closing_a_phase_change_and_a_map_edit_in_turn(qtbot, tmp_path, ws, team):
    window, dossier, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    trajectory = dossier.trajectory
    dossier.tabs.setCurrentWidget(trajectory)
    start_phase = ws.queries.dossier(pid).current_trajectory.phase
    trajectory.next_phase.setCurrentIndex(0)
    target = trajectory.next_phase.currentData()
    QTest.mouseClick(trajectory.phase_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert ws.queries.dossier(pid).current_trajectory.phase == target

    dossier.tabs.setCurrentWidget(dossier.network.parentWidget())
    dossier.network.new_label.setText("Buurvrouw Fictief")
    QTest.mouseClick(dossier.network.add_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [n.label for n in ws.network.nodes(dossier.network.map_id)] == ["Buurvrouw Fictief"]

    wait_dossier(qtbot, dossier)
    dialog = dossier.open_close_dialog()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("training"))
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(window)
    assert ws.queries.dossier(pid).current_trajectory.outcome == "training"
    assert "Traject afgesloten" in window.actions_by_name["undo"].text()  # she sees what Ctrl+Z will undo

    ctrl(qtbot, window, Qt.Key.Key_Z)  # the closing
    now = ws.queries.dossier(pid).current_trajectory
    assert (now.phase, now.outcome, now.closed_on) == (target, None, None)
    ctrl(qtbot, window, Qt.Key.Key_Z)  # the map edit
    assert ws.network.nodes(dossier.network.map_id) == []
    ctrl(qtbot, window, Qt.Key.Key_Z)  # the phase change
    assert ws.queries.dossier(pid).current_trajectory.phase == start_phase
    assert not window.actions_by_name["undo"].isEnabled()

    ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)  # redo: the phase change again
    assert ws.queries.dossier(pid).current_trajectory.phase == target
    QTest.mouseClick(dossier.network.redo_button, Qt.MouseButton.LeftButton)  # the map's button, the same stack
    settle(window)
    assert [n.label for n in ws.network.nodes(dossier.network.map_id)] == ["Buurvrouw Fictief"]


def test_an_intake_made_by_mistake_is_undone_with_ctrl_z(qtbot, tmp_path, ws, team):
    window = open_window(qtbot, tmp_path, ws)
    wait_caseload(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.workspace.intake
    qtbot.keyClicks(intake.given_name, "Per Vergissing")
    intake.channel.setCurrentIndex(intake.channel.findData("self"))
    QTest.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert [r.name for r in ws.queries.caseload()] == ["Per Vergissing"]
    window.workspace.show_caseload()
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert ws.queries.caseload(include_closed=True) == []  # withdrawn, and that syncs like any delete
    wait_caseload(qtbot, window)
    assert window.workspace.caseload.model.rowCount() == 0
