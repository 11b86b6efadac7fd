"""File → Export agenda: the planned contacts as an .ics file for Outlook or a phone, after the warning every
export gets (the file is not encrypted; it holds dossier numbers, days and places, no names or notes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.tasks import run_in_background


class AgendaExport(QObject):
    """The warning, the file name, the writing off the GUI thread and the sentence that reports it."""

    def __init__(self, parent: QWidget, desk: Desk, say: Callable[[str], None]):
        super().__init__(parent)
        self.window, self.desk, self.say = parent, desk, say
        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Agenda exporteren"), self.tr(
            "Het agendabestand is niet versleuteld. Het bevat per gepland contact het dossiernummer, de dag en de "
            "plaats van het laatste contact: geen namen, geen notities. Een agenda wordt vaak gesynchroniseerd met "
            "een telefoon of mailserver; bewaar het bestand alleen waar het veilig is en wis het na het importeren."),
            parent=parent)
        self.go = self.box.addButton(self.tr("&Doorgaan…"), QMessageBox.ButtonRole.AcceptRole)
        self.box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.box.setDefaultButton(self.go)
        self.box.buttonClicked.connect(self._chosen)

    def start(self) -> QMessageBox:
        self.box.open()
        return self.box

    def _chosen(self, button) -> None:
        if button is not self.go:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Agenda bewaren"), "lfn-agenda.ics",
                                              "iCalendar (*.ics)")
        if not path:
            return
        places, ws = labels.contact_places(), self.desk.ws
        from lfn_desktop.exchange.agenda import export_agenda  # icalendar: loaded when she exports

        # The file dialog asked about overwriting already.
        run_in_background(lambda: export_agenda(ws, Path(path), places, overwrite=True), self._written,
                          lambda error: self.say(failure_sentence(error)), owner=self)

    def _written(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.say(self.tr("%n geplande contacten bewaard in %1. Let op: dit bestand is niet versleuteld.", "", count)
                 .replace("%1", path.name))


def ask_and_export_agenda(parent: QWidget, desk: Desk, say: Callable[[str], None]) -> QMessageBox:
    return AgendaExport(parent, desk, say).start()
