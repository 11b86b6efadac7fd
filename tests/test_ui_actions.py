"""Every window command comes from one table: it stands in its menu with its shortcut, F1 lists it, and the
real key reaches it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from lfn_desktop.ui.shell.actions import ACTIONS, MENUS
from lfn_desktop.ui.shell.help_dialog import HelpDialog

from .test_ui_helpers import open_window, wait_caseload


def menu_actions(window) -> dict[str, list[str]]:
    """menu title (without &) -> the texts of its commands, as the coach sees them."""
    return {bar_action.text().replace("&", ""): [a.text().replace("&", "") for a in bar_action.menu().actions()
                                                if not a.isSeparator()]
            for bar_action in window.menuBar().actions()}


def test_every_command_stands_in_its_menu_with_its_shortcut_and_in_the_help(qtbot, tmp_path, ws, team):
    window = open_window(qtbot, tmp_path, ws)
    wait_caseload(qtbot, window)
    menus = menu_actions(window)
    assert list(menus) == ["Bestand", "Bewerken", "Beeld", "Instellingen", "Synchronisatie", "Help"]
    titles = dict((key, title.replace("&", "")) for key, title in MENUS)
    for spec in ACTIONS:
        action = window.actions_by_name[spec.name]
        if spec.name != "team":  # a coach's window: the team lead's command is hidden
            assert action.text().replace("&", "") in menus[titles[spec.menu]], spec.name
        assert action.shortcut() == QKeySequence(spec.keys or "")

    QTest.keyClick(window, Qt.Key.Key_F1)  # the real key
    qtbot.waitUntil(lambda: any(isinstance(d, HelpDialog) and d.isVisible() for d in window.findChildren(QDialog)))
    [help_dialog] = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    listed = {help_dialog.table.item(r, 0).text() for r in range(help_dialog.table.rowCount())}
    for spec in ACTIONS:
        if spec.keys:
            assert QKeySequence(spec.keys).toString(QKeySequence.SequenceFormat.NativeText) in listed
    QTest.keyClick(help_dialog, Qt.Key.Key_Escape)


def test_shortcuts_follow_the_lock(qtbot, tmp_path, ws, team):
    window = open_window(qtbot, tmp_path, ws)
    wait_caseload(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: the intake opens
    qtbot.waitUntil(lambda: window.workspace.currentWidget() is window.workspace.intake)
    window.workspace.intake.discard()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L: locked
    qtbot.waitUntil(lambda: window.ws is None and window.unlock_panel is not None)
    assert not window.actions_by_name["intake"].isEnabled() and not window.actions_by_name["sync"].isEnabled()
    assert window.actions_by_name["help"].isEnabled()  # help and about stay within reach
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # nothing behind the lock opens
    assert window.workspace is None
