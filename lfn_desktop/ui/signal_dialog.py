"""Record a signal: a structural problem met in a case (no childcare, a waiting list…), for policy.

The problem is described without personal data; the dossier link is optional and never leaves the team.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from lfn_desktop.domain.errors import DomainError

from . import labels
from .field_errors import FieldErrors, error_label


class SignalDialog(QDialog):
    def __init__(self, municipality: str | None, submit: Callable[[dict[str, Any]], object], parent=None):
        super().__init__(parent)
        self._submit = submit
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
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("&Probleem"), self.errors.wrap("problem", self.problem))
        form.addRow(self.tr("&Levensdomein"), self.errors.wrap("life_domain", self.domain))
        form.addRow(self.tr("&Gemeente"), self.errors.wrap("municipality", self.municipality))
        form.addRow("", self.link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Signaal bewaren"))
        ok.setAccessibleName(self.tr("Signaal bewaren"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (intro, form, self.general_error, self.buttons):
            (layout.addLayout if isinstance(part, QFormLayout) else layout.addWidget)(part)

    def values(self) -> dict[str, Any]:
        return {"problem": self.problem.toPlainText(), "life_domain": self.domain.currentData(),
                "municipality": self.municipality.text(), "linked": self.link.isChecked()}

    def accept_if_valid(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.values())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()
