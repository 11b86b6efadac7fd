"""Close a trajectory with an outcome. The dialog only collects; ``submit`` writes or raises a DomainError."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.date_fields import DateField
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.formats import pydate
from lfn_desktop.ui.common.submit_dialog import SubmitDialog


class CloseDialog(SubmitDialog):
    def __init__(self, desk: Desk, participant_name: str, social_organisations: list[tuple[str, str]],
                 write: Callable[[Workspace, dict[str, Any]], object], parent=None):
        super().__init__(desk, write, parent)
        self.setWindowTitle(self.tr("Traject afsluiten"))
        self.setAccessibleName(self.tr("Traject afsluiten"))
        intro = QLabel(self.tr("Het traject van %1 afsluiten. Het dossier blijft daarna leesbaar en telt mee in de "
                               "cijfers.").replace("%1", participant_name), wordWrap=True)
        self.outcome = QComboBox(accessibleName=self.tr("Uitstroom"))
        # Empty until the coach chooses: the outcome feeds the funder's figures, a default would inflate them.
        self.outcome.addItem(self.tr("— kies de uitstroom —"), None)
        for value, text in labels.outcomes().items():
            self.outcome.addItem(text, value)
        self.closed_on = DateField(date.today(), self.tr("Datum van afsluiten"))
        self.handover = QComboBox(accessibleName=self.tr("Dienst die overneemt"))
        self.handover.addItem(self.tr("(geen)"), None)
        for org_id, name in social_organisations:
            self.handover.addItem(name, org_id)
        self.note = QPlainTextEdit(accessibleName=self.tr("Slotnota"), tabChangesFocus=True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("&Uitstroom"), self.errors.wrap("outcome", self.outcome))
        form.addRow(self.tr("&Datum"), self.errors.wrap("closed_on", self.closed_on))
        form.addRow(self.tr("&Warme overdracht naar"), self.errors.wrap("handover_to_id", self.handover))
        form.addRow(self.tr("&Slotnota"), self.errors.wrap("note", self.note))
        self.make_buttons(self.tr("Traject afsluiten"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(), "closed_on": pydate(self.closed_on.date()),
                "handover_to_id": self.handover.currentData(), "note": self.note.toPlainText()}
