"""A coach's laptop has a 1366×768 screen, often at 125 % scaling (then 1093×614 for the app, less the task bar
and the title bar). The main window on every dossier tab, and every dialog, must fit it: at 100 % as they open,
and at 125 % at their smallest (their minimum size hints)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from lfn_desktop.store.auto_backup import BackupEntry
from lfn_desktop.ui.shell.backups_dialog import RestoreConfirmation

from .test_ui_helpers import open_new_dossier, settle
from .ui_input import clashes

SCREEN_100 = (1366, 768 - 40 - 30)  # less the task bar and the title bar
SCREEN_125 = (round(1366 / 1.25), round(768 / 1.25) - 40 - 30)


def smallest(widget) -> tuple[int, int]:
    hint, fixed = widget.minimumSizeHint(), widget.minimumSize()
    return max(hint.width(), fixed.width()), max(hint.height(), fixed.height())


def fits(size: tuple[int, int], screen: tuple[int, int]) -> bool:
    return size[0] <= screen[0] and size[1] <= screen[1]


@pytest.fixture
def dossier_window(qtbot, vault_dir, ws, team):
    window, dossier, pid = open_new_dossier(qtbot, vault_dir, ws, team)
    return window, dossier


def test_the_main_window_fits_on_every_dossier_tab(qtbot, dossier_window):
    window, dossier = dossier_window
    assert fits((window.DEFAULT_SIZE.width(), window.DEFAULT_SIZE.height()), SCREEN_100)  # as it opens
    for index in range(dossier.tabs.count()):
        dossier.tabs.setCurrentIndex(index)
        settle(window)
        assert fits(smallest(window), SCREEN_125), (dossier.tabs.tabText(index), smallest(window))
    dossier.open_visit_form()
    settle(window)
    assert fits(smallest(window), SCREEN_125), ("visit form", smallest(window))
    assert clashes(window) == {}  # each Alt letter does one thing
    window.workspace.open_intake()
    settle(window)
    assert fits(smallest(window), SCREEN_125), ("intake", smallest(window))
    assert clashes(window) == {}


def test_every_dialog_fits_as_it_opens_and_at_its_smallest(qtbot, dossier_window):
    window, dossier = dossier_window
    opened = []
    for name in ("help", "about", "backups", "pin", "enrol", "conflicts", "agenda"):
        window.actions_by_name[name].trigger()
    opened += [dossier.open_close_dialog(), dossier.open_signal_dialog()]
    entry = BackupEntry(Path("x.lfnbak"), datetime.now(UTC), "daily", 1000, "id")
    opened.append(RestoreConfirmation(entry, window))
    opened[-1].show()
    settle(window)
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()] + [o for o in opened if o is not None]
    names = {type(d).__name__ for d in dialogs}
    assert {"HelpDialog", "AboutDialog", "BackupsDialog", "PinDialog", "EnrolDialog", "ConflictsDialog",
            "CloseDialog", "SignalDialog", "RestoreConfirmation"} <= names | {QMessageBox.__name__}
    for dialog in dialogs:
        assert fits((dialog.width(), dialog.height()), SCREEN_100), (type(dialog).__name__, dialog.size())
        assert fits(smallest(dialog), SCREEN_125), (type(dialog).__name__, smallest(dialog))
        assert clashes(dialog) == {}, type(dialog).__name__  # each Alt letter does one thing


def test_a_refusal_in_the_close_dialog_is_shown_whole(qtbot, dossier_window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, dossier = dossier_window
    dialog = dossier.open_close_dialog()
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)  # no outcome
    settle(window)

    shown = [label for label in dialog.findChildren(type(dialog.general_error))
             if label.objectName() == "fieldError" and label.isVisible()]
    assert shown, "no refusal shown"
    for label in shown:
        assert label.height() >= label.heightForWidth(label.width()), label.text()  # every line of it visible
        assert dialog.rect().contains(label.geometry().translated(label.parentWidget().mapTo(dialog, label.pos())
                                                                  - label.pos()))
