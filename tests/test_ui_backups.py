"""File → Backups as a coach uses it: the day's backup made after unlocking, one more made with the button, the
list read, one restored by clicking it and typing the passphrase; and a restore while the vault is locked (a
vault that no longer opens)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lfn_desktop.store import auto_backup
from lfn_desktop.ui.shell.backups_dialog import BackupsDialog, RestoreConfirmation
from lfn_desktop.ui.shell.main_window import MainWindow
from lfn_desktop.ui.shell.unlock_panel import UnlockPanel

from .conftest import PASSPHRASE
from .test_ui_helpers import open_window, settle, visible_texts, wait_caseload


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_backups(qtbot, window) -> BackupsDialog:
    window.actions_by_name["backups"].trigger()  # the menu's action
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(BackupsDialog)), timeout=5000)
    return next(d for d in window.findChildren(BackupsDialog) if d.isVisible())


def click_row(table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def restore_row(qtbot, window, dialog: BackupsDialog, row: int) -> None:
    click_row(dialog.table, row)
    assert dialog.restore.isEnabled()
    click(dialog.restore)
    qtbot.waitUntil(lambda: any(c.isVisible() for c in dialog.findChildren(RestoreConfirmation)), timeout=5000)
    ask = next(c for c in dialog.findChildren(RestoreConfirmation) if c.isVisible())
    assert not ask.ok.isEnabled()  # no passphrase yet
    qtbot.keyClicks(ask.passphrase, PASSPHRASE)
    click(ask.ok)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), UnlockPanel)
                    and "teruggezet" in window.centralWidget().message.text(), timeout=20_000)


def unlock(qtbot, window) -> None:
    panel = window.centralWidget()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    wait_caseload(qtbot, window)


def test_make_a_backup_and_restore_it_from_the_list(qtbot, vault_dir, ws, team, monkeypatch):
    monkeypatch.setattr(MainWindow, "DAILY_BACKUP_DELAY_MS", 300)  # made a little after unlocking
    ws.participants.intake(team["partnership"], given_name="Voordien", coach_ids=[team["coach_a"]])
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window, rows=1)
    settle(window)  # the day's backup, made after unlocking
    qtbot.waitUntil(lambda: "Dagelijkse reservekopie gemaakt" in window.status.text(), timeout=10_000)
    dialog = open_backups(qtbot, window)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "dagelijks"

    click(dialog.now)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert "gemaakt en nagekeken" in dialog.message.text()
    assert dialog.table.item(0, 1).text() == "zelf gemaakt"  # newest first
    window.ws.participants.intake(team["partnership"], given_name="Nadien", coach_ids=[team["coach_a"]])

    restore_row(qtbot, window, dialog, 0)

    assert "De kluis van daarvoor staat apart in vault.before-restore" in window.centralWidget().message.text()
    unlock(qtbot, window)
    seen = " ".join(visible_texts(window.workspace.caseload))
    assert "Voordien" in seen and "Nadien" not in seen  # the vault as the backup held it
    assert (vault_dir.parent / "vault.before-restore" / "vault.key").exists()


def test_a_vault_that_does_not_open_is_restored_from_the_lock_screen(qtbot, vault_dir, ws, team):
    ws.participants.intake(team["partnership"], given_name="Gered", coach_ids=[team["coach_a"]])
    auto_backup.backup_if_due(ws.store)
    ws.close()
    (vault_dir / "vault.db").write_bytes(os.urandom(16384))  # damaged beyond repair
    window = open_window(qtbot, vault_dir)
    panel = window.centralWidget()
    qtbot.keyClicks(panel.passphrase, PASSPHRASE)
    QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "beschadigd" in panel.message.text(), timeout=10_000)
    assert "Reservekopieën" in panel.message.text()  # where to go next

    dialog = open_backups(qtbot, window)
    assert not dialog.now.isEnabled()  # nothing to back up while locked
    restore_row(qtbot, window, dialog, 0)
    unlock(qtbot, window)

    assert "Gered" in " ".join(visible_texts(window.workspace.caseload))


def test_the_backup_folder_and_how_many_are_kept_are_chosen_in_the_dialog(qtbot, vault_dir, ws, team, tmp_path,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(stick))  # the OS dialog
    window = open_window(qtbot, vault_dir, ws)
    wait_caseload(qtbot, window)
    settle(window)
    dialog = open_backups(qtbot, window)

    click(dialog.choose)
    dialog.daily.setFocus()
    dialog.daily.selectAll()
    QTest.keyClicks(dialog.daily, "3")
    QTest.keyClick(dialog.daily, Qt.Key.Key_Tab)

    assert dialog.place.text() == str(stick)
    policy = auto_backup.read_policy(vault_dir)
    assert policy.folder == str(stick) and policy.daily == 3
    click(dialog.now)
    qtbot.waitUntil(lambda: any(stick.iterdir()), timeout=10_000)
    click(dialog.default)
    assert auto_backup.read_policy(vault_dir).folder is None
    QApplication.processEvents()
