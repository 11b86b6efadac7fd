"""The main window: the lock screen or the workspace, the menus and shortcuts, and the auto-lock.

Locking saves the open forms' drafts into the vault, closes the vault (the key is forgotten), and
destroys every widget that showed personal data; unlocking rebuilds them and reopens where the coach was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from lfn_desktop import responsive
from lfn_desktop.operations import Workspace
from lfn_desktop.store import auto_backup, journal
from lfn_desktop.store.auto_backup import BackupEntry
from lfn_desktop.store.backup import restore_vault
from lfn_desktop.store.errors import WrongPassphrase
from lfn_desktop.store.keyfile import DEFAULT_KDF, KdfParams
from lfn_desktop.store.quick_unlock import QuickUnlock
from lfn_desktop.store.store import Store
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.db_worker import DbWorker
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.tasks import run_in_background, wait_for_background_work
from lfn_desktop.ui.common.undo import UndoHistory
from lfn_desktop.ui.common.vault_messages import vault_problem
from lfn_desktop.ui.shell.about_dialog import AboutDialog
from lfn_desktop.ui.shell.actions import ACTIONS, MENUS, When
from lfn_desktop.ui.shell.autolock import DEFAULT_IDLE_MINUTES, IdleWatcher
from lfn_desktop.ui.shell.backups_dialog import BackupsDialog
from lfn_desktop.ui.shell.help_dialog import HelpDialog
from lfn_desktop.ui.shell.pin_dialog import PinDialog
from lfn_desktop.ui.shell.unlock_panel import Attempts, UnlockPanel
from lfn_desktop.ui.shell.workspace_view import WorkspaceView
from lfn_desktop.ui.sync.status import SyncControls

log = logging.getLogger(__name__)
AUTOLOCK_CHOICES = (1, 2, 5, 10, 15, 30)  # minutes


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, folder: Path, *, ws: Workspace | None = None, idle_ms: int | None = None,
                 kdf: KdfParams = DEFAULT_KDF, pause_unit_ms: int = 1000, banner: str | None = None,
                 opener: Callable[[], Store] | None = None, sync_transport=None):
        super().__init__()
        self.folder, self.kdf, self.pause_unit_ms, self.banner = folder, kdf, pause_unit_ms, banner
        self.ws: Workspace | None = None
        self.desk: Desk | None = None  # the open vault's services: operations, writer thread, change hub
        self.workspace: WorkspaceView | None = None
        self.unlock_panel: UnlockPanel | None = None
        self.undo_stack = QUndoStack(self)  # the one undo of the window; outlives a lock
        self.history = UndoHistory(self.undo_stack, self._write_on_open_vault, self._undo_failed)
        self.attempts = Attempts()
        self.quick_unlock: QuickUnlock | None = None  # the PIN's wrapping of the key, in memory for this session
        self._state: dict = {"page": "caseload"}
        self.settings = QSettings()
        minutes = int(self.settings.value("autolock_minutes", DEFAULT_IDLE_MINUTES))
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.setWindowTitle(self.tr("LfN Desktop"))
        self.resize(self.default_size())
        self.status = QLabel(accessibleName=self.tr("Statusmelding"))
        self.statusBar().addWidget(self.status, 1)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self.sync = SyncControls(self, transport=sync_transport)
        self.sync.message.connect(self.say)
        self.sync.synced.connect(self._after_sync)
        self.sync.wiped.connect(self._after_wipe)
        if ws is not None:
            self._enter(ws)
        elif opener is not None:
            self._show_unlock()
            self.unlock_panel.message.setText(self.tr("Bezig met openen…"))
            self.unlock_panel._set_busy(True)
            run_in_background(opener, self._opened, self.unlock_panel._failed, owner=self.unlock_panel)
        else:
            self._show_unlock()

    DEFAULT_SIZE = QSize(1180, 690)  # fits a 1366×768 laptop with its task bar and title bar

    def default_size(self) -> QSize:
        """The opening size: the default, or less on a smaller screen."""
        screen = self.screen()
        if screen is None:
            return self.DEFAULT_SIZE
        room = screen.availableGeometry().size() - QSize(20, 40)  # the window's own frame and title bar
        return self.DEFAULT_SIZE.boundedTo(room).expandedTo(QSize(640, 480))

    # --- actions and menus -----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Menus and shortcuts from the one table (actions.py); the settings menu holds the auto-lock choice."""
        menus = {key: self.menuBar().addMenu(QCoreApplication.translate("Actions", title)) for key, title in MENUS}
        for spec in ACTIONS:
            action = QAction(spec.label(), self)
            if spec.keys:
                action.setShortcut(QKeySequence(spec.keys))
            action.triggered.connect(lambda _checked=False, run=spec.run: run(self))
            menus[spec.menu].addAction(action)
            self.addAction(action)  # the shortcut works wherever the focus is in the window
            self.actions_by_name[spec.name] = action
        autolock = menus["settings"].addMenu(self.tr("Automatisch vergrendelen na"))
        group = QActionGroup(self)
        for minutes in AUTOLOCK_CHOICES:
            text = self.tr("%n minuten", "", minutes)
            choice = QAction(text, self, checkable=True)
            choice.setChecked(minutes * 60_000 == self.idle.idle_ms)
            choice.triggered.connect(lambda _=False, m=minutes: self.set_autolock_minutes(m))
            group.addAction(choice)
            autolock.addAction(choice)

    def set_autolock_minutes(self, minutes: int) -> None:
        self.settings.setValue("autolock_minutes", minutes)
        self.idle.set_idle_ms(minutes * 60_000)

    def _enable_workspace_actions(self, enabled: bool) -> None:
        is_lead = enabled and self.workspace is not None and self.workspace.is_lead
        for spec in ACTIONS:
            action = self.actions_by_name[spec.name]
            if spec.when is When.UNLOCKED:
                action.setEnabled(enabled)
            elif spec.when is When.LEAD:
                action.setVisible(is_lead)
                action.setEnabled(is_lead)
        self._update_undo()

    def _undo_moved(self, _index: int) -> None:
        self._update_undo()

    def _update_undo(self) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the window is closing: the stack goes first
            return
        stack, unlocked = self.undo_stack, self.ws is not None
        for name, possible, text, plain in (
                ("undo", stack.canUndo(), stack.undoText(), self.tr("&Ongedaan maken")),
                ("redo", stack.canRedo(), stack.redoText(), self.tr("Opnieuw &doen"))):
            action = self.actions_by_name[name]
            action.setEnabled(unlocked and possible)
            action.setText(f"{plain}: {text}" if possible and text else plain)

    def _write_on_open_vault(self, write, on_done, on_error) -> None:
        """How an undo-stack command reaches the vault: through the writer thread of the vault open now."""
        if self.desk is not None:
            self.desk.write(write, on_done, on_error, owner=self)

    def _undo_failed(self, error: Exception) -> None:
        self.say(self.tr("Ongedaan maken lukte niet: %1").replace("%1", failure_sentence(error)))

    def say(self, text: str) -> None:
        self.status.setText(text)

    def search(self) -> None:
        self.workspace.show_caseload()
        self.workspace.caseload.focus_search()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog:
        make = (lambda store=self.ws.store: auto_backup.backup_now(store)) if self.ws is not None else None
        dialog = BackupsDialog(self.folder, make, self)
        dialog.restore_chosen.connect(self.restore_backup)
        dialog.open()
        return dialog

    def show_personas(self):
        from lfn_desktop.ui.team.personas_dialog import PersonasDialog  # loaded when first needed

        dialog = PersonasDialog(self.desk, self)
        dialog.open()
        return dialog

    def set_pin(self) -> PinDialog:
        dialog = PinDialog(self)
        dialog.accepted.connect(lambda: self._make_quick_unlock(dialog.pin.text()))
        dialog.open()
        return dialog

    def _make_quick_unlock(self, pin: str) -> None:
        key, kdf = self.ws.store.raw_key, self.kdf

        def made(quick: QuickUnlock) -> None:
            self.quick_unlock = quick
            self.say(self.tr("Pincode ingesteld: na vergrendelen open je de kluis er weer mee, tot je de app afsluit."))

        run_in_background(lambda: QuickUnlock(key, pin, kdf=kdf), made,
                          lambda error: self.say(failure_sentence(error)), owner=self)

    def forget_pin(self) -> None:
        if self.quick_unlock is not None:
            self.quick_unlock.destroy()
        self.quick_unlock = None

    def restore_backup(self, entry: BackupEntry, passphrase: str) -> None:
        """Lock (a restore replaces the vault's files), restore off the GUI thread, then ask to unlock."""
        self.forget_pin()  # the restored vault may have another key
        self.lock()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.unlock_panel.message.setText(self.tr("Bezig met terugzetten…"))
        self.unlock_panel._set_busy(True)
        log.info("restoring a backup from the list")
        run_in_background(lambda: restore_vault(entry.path, self.folder, passphrase), self._restored,
                          self._restore_failed, owner=self)

    def _restored(self, aside: Path | None) -> None:
        self._show_unlock()
        text = self.tr("De reservekopie is teruggezet. Ontgrendel met de wachtzin van toen.")
        if aside is not None:
            text += " " + self.tr("De kluis van daarvoor staat apart in %1.").replace("%1", aside.name)
        self.unlock_panel.message.setText(text)
        self.say(text)

    def _restore_failed(self, error: Exception) -> None:
        self._show_unlock()
        if isinstance(error, WrongPassphrase):
            text = self.tr("De wachtzin past niet bij die reservekopie. Er is niets gewijzigd.")
        else:
            text = vault_problem(error) or self.tr("Terugzetten lukte niet (%1). Er is niets gewijzigd.").replace(
                "%1", type(error).__name__)
        self.unlock_panel.message.setText(text)
        self.say(text)

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self)
        dialog.open()
        return dialog

    def undo(self) -> None:
        if self.desk is not None and self.undo_stack.canUndo():
            text = self.undo_stack.undoText()
            self.undo_stack.undo()
            self.say(self.tr("Ongedaan gemaakt: %1").replace("%1", text))

    def redo(self) -> None:
        if self.desk is not None and self.undo_stack.canRedo():
            text = self.undo_stack.redoText()
            self.undo_stack.redo()
            self.say(self.tr("Opnieuw gedaan: %1").replace("%1", text))

    # --- lock and unlock -----------------------------------------------------------------------------------------

    def _show_unlock(self) -> None:
        journal.recover(self.folder)  # a restore a crash interrupted: finished before deciding what to show
        create = not (self.folder / "vault.key").exists()
        panel = UnlockPanel(self.folder, create=create, attempts=self.attempts, kdf=self.kdf,
                            pause_unit_ms=self.pause_unit_ms, banner=self.banner, quick=self.quick_unlock)
        panel.unlocked.connect(self._opened)
        self._set_central(panel)
        self.unlock_panel = panel
        self.setWindowTitle(self.tr("LfN Desktop — vergrendeld"))
        self._enable_workspace_actions(False)

    def _set_central(self, widget) -> None:
        old = self.takeCentralWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.setCentralWidget(widget)

    def _opened(self, store: Store) -> None:
        self._enter(Workspace(store))

    def _enter(self, ws: Workspace) -> None:
        log.info("vault unlocked")
        self.ws = ws
        hub = ChangeHub(self)
        self.desk = Desk(ws, DbWorker(hub, self), hub, self.history)
        self.unlock_panel = None
        self._show_workspace()
        self._enable_workspace_actions(True)
        self.sync.attach(self.desk)
        responsive.enter_session()
        self.idle.start()
        self._daily_backup(ws.store)
        self.unlocked.emit()

    # The day's backup copies and checks the whole vault (a region's is hundreds of megabytes): it waits until the
    # coach has her caseload and her first dossier, instead of competing with them for the disk and the processor.
    DAILY_BACKUP_DELAY_MS = 15_000

    def _daily_backup(self, store: Store) -> None:
        """The day's automatic backup, off the GUI thread, a little after unlocking; a failure is told, never in
        the way."""
        def start() -> None:
            if self.ws is not None and self.ws.store is store and store.is_open:  # not locked meanwhile
                run_in_background(lambda: auto_backup.backup_if_due(store), done, failed, owner=self)

        def done(written: Path | None) -> None:
            if written is not None and not self.status.text():  # never over what the coach's own action said
                self.say(self.tr("Dagelijkse reservekopie gemaakt en nagekeken."))

        def failed(error: Exception) -> None:
            self.say(self.tr("De dagelijkse reservekopie lukte niet: %1").replace(
                "%1", vault_problem(error) or type(error).__name__))

        QTimer.singleShot(self.DAILY_BACKUP_DELAY_MS, self, start)

    def _show_workspace(self) -> None:
        self.workspace = WorkspaceView(self.desk)
        self.workspace.message.connect(self.say)
        self._set_central(self.workspace)
        user = self.workspace.user
        self.setWindowTitle(self.tr("LfN Desktop — %1").replace("%1", user.name) if user else self.tr("LfN Desktop"))
        self.workspace.restore(self._state)
        if self.workspace.currentWidget() is self.workspace.caseload:
            self.workspace.caseload.table.setFocus()

    def lock(self) -> None:
        """Save what is typed, forget the key, and show nothing of the dossier until unlocked again."""
        if self.ws is None:
            return
        self.idle.stop()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field being edited saves itself when it loses the focus
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.workspace.flush_drafts()
        self._state = self.workspace.state()
        self.sync.detach()
        self._close_vault()
        self.workspace = None
        self.status.clear()
        self._show_unlock()
        log.info("vault locked")
        self.locked.emit()

    def _close_vault(self) -> None:
        """Let every queued write (drafts included) and read finish, then forget the key."""
        self.desk.db.wait()
        wait_for_background_work()
        self.ws.close()
        self.ws, self.desk = None, None
        responsive.leave_session()

    def _after_sync(self) -> None:
        if self.workspace is None:
            return
        # Each page applied has already reached the views through the change hub.
        user, shown = self.ws.reference.current_user(), self.workspace.user
        if (user and (user.id, user.role)) != (shown and (shown.id, shown.role)):
            # Linking the laptop made the coach the server's user (or her role changed): views built for the
            # vault's first user would show the wrong caseload.
            self.workspace.flush_drafts()
            self._state = self.workspace.state()
            self._show_workspace()
            self._enable_workspace_actions(True)  # a team lead's own commands appear (or go) with her role

    def _after_wipe(self) -> None:
        """The vault is gone (a revoked laptop): nothing of it may stay on screen."""
        self.forget_pin()
        self.ws, self.desk, self.workspace = None, None, None
        responsive.leave_session()
        self.sync.attach(None)
        self._state = {"page": "caseload"}
        self._show_unlock()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.ws is not None:
            self.sync.detach()
            self.workspace.flush_drafts()
            self._close_vault()
        self.idle.detach()
        super().closeEvent(event)
