"""Runs a sync off the GUI thread: progress and the outcome come back as signals; Cancel is honoured between
batches (what was already exchanged stays, the next sync resumes)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from lfn_desktop.operations import Workspace
from lfn_desktop.sync import errors
from lfn_desktop.ui.common.tasks import run_in_background


def sync_error_sentence(error: Exception) -> str:
    """What to tell the coach, in plain words, for every way a sync can fail."""
    sentences = {
        errors.SyncOffline: QCoreApplication.translate(
            "Sync", "Geen verbinding met de server. Je werk blijft bewaard; synchroniseer later."),
        errors.CertificateProblem: QCoreApplication.translate(
            "Sync", "Het certificaat van de server is niet het vertrouwde. Er is niets verstuurd. "
                    "Vraag het na bij je teamleider."),
        errors.DeviceRevoked: QCoreApplication.translate(
            "Sync", "Deze laptop is geblokkeerd door het partnerschap. De kluis op deze laptop is gewist."),
        errors.NotEnrolled: QCoreApplication.translate(
            "Sync", "Deze laptop is nog niet gekoppeld aan de server van het partnerschap."),
        errors.ClientTooOld: QCoreApplication.translate(
            "Sync", "Werk LfN Desktop bij: de server gebruikt een nieuwere versie. Er is niets gewijzigd."),
        errors.ServerTooOld: QCoreApplication.translate(
            "Sync", "De server draait een oudere versie dan deze app. Vraag een update van de server. "
                    "Er is niets gewijzigd."),
        errors.InsecureAddress: QCoreApplication.translate(
            "Sync", "Het adres van de server moet met https:// beginnen (gewoon http alleen naar deze laptop zelf). "
                    "Er is niets verstuurd."),
        errors.SyncCancelled: QCoreApplication.translate(
            "Sync", "Synchronisatie geannuleerd. Wat al uitgewisseld was, blijft bewaard."),
    }
    for kind, text in sentences.items():
        if isinstance(error, kind):
            return text
    if isinstance(error, errors.SignInFailed):
        return QCoreApplication.translate("Sync", "Aanmelden bij de server lukte niet: %1").replace("%1", str(error))
    if isinstance(error, errors.SyncRefused):
        return QCoreApplication.translate("Sync", "De server weigerde: %1").replace("%1", str(error))
    return QCoreApplication.translate("Sync", "Synchroniseren lukte niet (%1). Je werk blijft bewaard.").replace(
        "%1", type(error).__name__)


class _Counted(QObject):
    """Sentences with a count, in Qt's plural forms (pyside6-lupdate reads those from a class's tr() calls)."""

    def refused(self, n: int) -> str:
        return self.tr("%n wijzigingen geweigerd en apart gezet.", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflicten om na te kijken.", "", n)


def report_sentence(report) -> str:  # a SyncReport
    text = QCoreApplication.translate("Sync", "Gesynchroniseerd: %1 verstuurd, %2 ontvangen.")
    text = text.replace("%1", str(report.pushed)).replace("%2", str(report.pulled))
    if report.rejected:
        text += " " + _Counted().refused(len(report.rejected))
    if report.conflicts:
        text += " " + _Counted().conflicts(report.conflicts)
    if report.clock_was_off:
        clock = QCoreApplication.translate("Sync", "Let op: de klok van deze laptop loopt %1 uur verkeerd; "
                                                   "zet ze juist.")
        text += " " + clock.replace("%1", f"{report.clock_skew_s / 3600:+.1f}".replace(".", ","))
    return text


class SyncRunner(QObject):
    progressed = Signal(object)  # an immutable SyncProgress snapshot, delivered on the GUI thread
    applied = Signal(object)  # what a page applied changed (a Changed), delivered on the GUI thread
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # Exception

    def __init__(self, ws: Workspace, parent=None, *, transport=None):
        super().__init__(parent)
        self.ws = ws
        self._transport = transport
        self._cancel = threading.Event()
        self.running = False

    def start(self) -> bool:
        if self.running:
            return False
        self.running = True
        self._cancel.clear()
        from lfn_desktop.sync.engine import SyncEngine  # loaded when first needed: it keeps start-up quick

        # Emitted from the sync thread: Qt queues both signals to this object's (the GUI) thread.
        engine = SyncEngine(self.ws.store, progress=self.progressed.emit, cancelled=self._cancel.is_set,
                            transport=self._transport, applied=self.applied.emit)
        run_in_background(engine.run, self._done, self._error, owner=self)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self, report) -> None:
        self.running = False
        self.finished.emit(report)

    def _error(self, error: Exception) -> None:
        self.running = False
        self.failed.emit(error)


__all__ = ["SyncRunner", "report_sentence", "sync_error_sentence"]
