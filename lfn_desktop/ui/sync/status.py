"""What the Sync menu's commands do (actions.py lists them), and the status-bar corner: the last successful
sync always visible, progress while it runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from lfn_desktop.operations import Workspace
from lfn_desktop.sync.errors import DeviceRevoked
from lfn_desktop.sync.state import is_enrolled, last_sync
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.formats import fmt_datetime
from lfn_desktop.ui.sync.dialogs import ConflictsDialog, EnrolDialog
from lfn_desktop.ui.sync.runner import SyncRunner, report_sentence, sync_error_sentence


class SyncControls(QObject):
    message = Signal(str)
    synced = Signal()  # data may have changed: views refresh
    wiped = Signal()  # the server revoked this laptop and its vault is gone

    def __init__(self, window: QMainWindow, *, transport=None):
        super().__init__(window)
        self.window, self._transport = window, transport
        self.ws: Workspace | None = None
        self.desk: Desk | None = None
        self.runner: SyncRunner | None = None
        self._again = False  # asked to sync while a sync ran: what changed meanwhile may have missed it
        self.last = QLabel(accessibleName=self.tr("Laatste synchronisatie"))
        self.bar = QProgressBar(maximumWidth=160, accessibleName=self.tr("Voortgang synchronisatie"))
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Annuleren"), accessibleName=self.tr("Synchronisatie annuleren"))
        self.cancel_button.clicked.connect(self.cancel)
        status = window.statusBar()
        for widget in (self.bar, self.cancel_button, self.last):
            status.addPermanentWidget(widget)
        self.bar.hide()
        self.cancel_button.hide()
        self.attach(None)

    def attach(self, desk: Desk | None) -> None:
        self.desk, self.ws = desk, desk.ws if desk else None
        self._again = False
        self.runner = SyncRunner(desk.ws, self, transport=self._transport) if desk else None
        if self.runner:
            self.runner.applied.connect(lambda changed, hub=desk.hub: hub.publish(changed))
            self.runner.progressed.connect(self._progress)
            self.runner.finished.connect(self._finished)
            self.runner.failed.connect(self._failed)
        self._show_last()

    def detach(self) -> None:
        """Before the vault locks: stop a running sync between two batches."""
        if self.runner and self.runner.running:
            self.runner.cancel()
        self.attach(None)

    def _show_last(self) -> None:
        if self.ws is None:
            self.last.setText("")
        elif not is_enrolled(self.ws.store):
            self.last.setText(self.tr("Niet gekoppeld aan een server"))
        else:
            when = last_sync(self.ws.store)
            self.last.setText(self.tr("Laatst gesynchroniseerd: %1").replace(
                "%1", fmt_datetime(when.astimezone().replace(tzinfo=None)) if when else self.tr("nog nooit")))

    def start(self) -> None:
        if self.ws is None or self.runner is None:
            return
        if not is_enrolled(self.ws.store):
            self.open_enrol()
            return
        if self.runner.start():
            self.bar.show()
            self.cancel_button.show()
            self.message.emit(self.tr("Bezig met synchroniseren…"))
        else:
            self._again = True  # one more sync when this one ends, however often it was asked for

    def cancel(self) -> None:
        self._again = False
        if self.runner:
            self.runner.cancel()

    def _progress(self, progress) -> None:
        self.message.emit(self.tr("Synchroniseren: %1 verstuurd, %2 ontvangen (%3 kB)").replace(
            "%1", str(progress.pushed)).replace("%2", str(progress.pulled)).replace(
            "%3", str((progress.bytes_sent + progress.bytes_received) // 1024)))

    def _finished(self, report) -> None:
        self._idle()
        self.message.emit(report_sentence(report))
        self.synced.emit()
        if self._again:
            self._again = False
            self.start()

    def _failed(self, error: Exception) -> None:
        self._again = False  # the message says what went wrong; the next sync is hers to start
        self.bar.hide()
        self.cancel_button.hide()
        self.message.emit(sync_error_sentence(error))
        if isinstance(error, DeviceRevoked):
            self.wiped.emit()  # the vault is gone: nothing more to read from it
            return
        self._show_last()

    def _idle(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self._show_last()

    def open_enrol(self) -> EnrolDialog | None:
        if self.ws is None:
            return None
        dialog = EnrolDialog(self.ws, self.window, transport=self._transport)
        dialog.enrolled.connect(lambda _reply: (self._show_last(), self.start()))
        dialog.open()
        return dialog

    def open_team_admin(self):
        if self.ws is None or not is_enrolled(self.ws.store):
            self.message.emit(self.tr("Teambeheer werkt online: koppel deze laptop eerst aan de server."))
            return None
        from lfn_desktop.ui.team.admin_dialog import TeamAdminDialog  # loaded when first needed

        dialog = TeamAdminDialog(self.ws, self.window, transport=self._transport)
        dialog.team_changed.connect(self.start)
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictsDialog | None:
        if self.ws is None:
            return None
        dialog = ConflictsDialog(self.desk, self.window)
        dialog.open()
        return dialog
