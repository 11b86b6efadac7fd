"""Record a signal: a structural problem met in a case (no childcare, a waiting list…), for policy.

The problem is described without personal data; the dossier link is optional and never leaves the team.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.submit_dialog import SubmitDialog


class SignalDialog(SubmitDialog):
    def __init__(self, desk: Desk, municipality: str | None, write: Callable[[Workspace, dict[str, Any]], object],
                 parent=None):
        super().__init__(desk, write, parent)
        self.setWindowTitle(self.tr("Signaal melden"))
        intro = QLabel(self.tr("Een probleem dat niet bij deze deelnemer alleen ligt (geen kinderopvang, een "
                               "wachtlijst…). Beschrijf het zonder namen: het gaat naar de ondersteuningsgroep."),
                       wordWrap=True)
        self.problem = QPlainTextEdit(accessibleName=self.tr("Het probleem"), tabChangesFocus=True)
        self.problem.setFixedHeight(self.problem.fontMetrics().lineSpacing() * 4)
        self.domain = QComboBox(accessibleName=self.tr("Levensdomein"))
        self.domain.addItem(self.tr("(geen)"), None)
        for number, name in labels.life_domains().items():
            self.domain.addItem(name, number)
        self.municipality = QLineEdit(municipality or "", accessibleName=self.tr("Gemeente"))
        self.link = QCheckBox(self.tr("Koppelen aan dit dossier (blijft binnen het team)"),
                              accessibleName=self.tr("Koppelen aan dit dossier"))
        form = QFormLayout()
        form.addRow(self.tr("&Probleem"), self.errors.wrap("problem", self.problem))
        form.addRow(self.tr("&Levensdomein"), self.errors.wrap("life_domain", self.domain))
        form.addRow(self.tr("&Gemeente"), self.errors.wrap("municipality", self.municipality))
        form.addRow("", self.link)
        self.make_buttons(self.tr("Signaal bewaren"))
        layout = QVBoxLayout(self)
        for part in (intro, form, self.general_error, self.buttons):
            (layout.addLayout if isinstance(part, QFormLayout) else layout.addWidget)(part)

    def values(self) -> dict[str, Any]:
        return {"problem": self.problem.toPlainText(), "life_domain": self.domain.currentData(),
                "municipality": self.municipality.text(), "linked": self.link.isChecked()}
