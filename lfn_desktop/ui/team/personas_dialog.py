"""The partnership's personas, kept by the team lead: a name, a description and the intensity the persona expects
(contacts a month, months of trajectory). The intake offers them; the figures weigh capacity against them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.formats import fmt_number
from lfn_desktop.ui.common.tables import fill_table, read_only_table


class PersonasDialog(QDialog):
    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk, self.ws = desk, desk.ws
        self.personas: list = []
        self.editing: str | None = None  # the persona shown in the fields, None for a new one
        self.setWindowTitle(self.tr("Persona's van het partnerschap"))
        self.table = read_only_table([self.tr("Persona"), self.tr("Contacten per maand"), self.tr("Maanden")],
                                     self.tr("Persona's"))
        self.table.currentCellChanged.connect(lambda row, *_: self._edit(row))
        self.name = QLineEdit(accessibleName=self.tr("Naam van de persona"))
        self.description = QPlainTextEdit(accessibleName=self.tr("Beschrijving"), tabChangesFocus=True)
        self.description.setFixedHeight(70)
        self.contacts = QDoubleSpinBox(minimum=0.5, maximum=31, singleStep=0.5, value=2, decimals=1,
                                       accessibleName=self.tr("Verwachte contacten per maand"))
        self.months = QSpinBox(minimum=0, maximum=120, value=0, specialValueText=self.tr("niet gezegd"),
                               accessibleName=self.tr("Verwachte duur in maanden"))
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Beschrijving"), self.description)
        form.addRow(self.tr("&Contacten per maand"), self.contacts)
        form.addRow(self.tr("&Maanden"), self.months)
        self.new_button = QPushButton(self.tr("N&ieuwe persona"), accessibleName=self.tr("Nieuwe persona"))
        self.save_button = QPushButton(self.tr("Be&waren"), accessibleName=self.tr("Persona bewaren"))
        self.new_button.clicked.connect(lambda: self._edit(-1))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("De intake biedt deze persona's aan; de cijfers zetten de capaciteit per "
                                        "persona af tegen wat ze verwacht."), wordWrap=True))
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.personas = self.ws.reference.personas()
        fill_table(self.table, [[p.name, fmt_number(p.contacts_per_month, 1), str(p.months) if p.months else "—"]
                                for p in self.personas])

    def _edit(self, row: int) -> None:
        persona = self.personas[row] if 0 <= row < len(self.personas) else None
        self.editing = persona.id if persona else None
        self.name.setText(persona.name if persona else "")
        self.description.setPlainText(persona.description or "" if persona else "")
        self.contacts.setValue(persona.contacts_per_month if persona else 2)
        self.months.setValue(persona.months or 0 if persona else 0)
        if persona is None:
            self.table.clearSelection()
            self.name.setFocus()

    def save(self) -> None:
        partnership = self.ws.reference.partnerships()[0].id
        name, description = self.name.text(), self.description.toPlainText()
        contacts, months, persona_id = self.contacts.value(), self.months.value(), self.editing

        def done(_changed) -> None:
            self.message.setText(self.tr("Persona %1 bewaard.").replace("%1", name.strip()))
            self.reload()

        self.desk.write(lambda ws: ws.reference.save_persona(partnership, name, description=description,
                                                             contacts_per_month=contacts, months=months,
                                                             persona_id=persona_id),
                        done, lambda error: self.message.setText(failure_sentence(error)), owner=self)
