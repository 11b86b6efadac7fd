"""Record a contact or visit in two minutes: defaults for everything, pictogram toggles, a draft kept in
the vault while typing. Tab order follows the form; Ctrl+Enter saves, Esc closes (the draft stays)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.date_fields import DateField, DateTimeField
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label
from lfn_desktop.ui.common.formats import pydate, pydatetime, qdate, qdatetime
from lfn_desktop.ui.common.resources import domain_icon, kind_icon
from lfn_desktop.ui.dossier.form_draft import DraftedFormActions, FormDraft

PLACE_FOR_KIND = {"home_visit": "home", "outreach_walk": "neighbourhood", "office": "office", "phone": "remote",
                  "video": "remote", "message": "remote", "accompaniment": "service", "group": "office"}
TOGGLE_STYLE = ("QToolButton { border: 1px solid #8a99a8; border-radius: 6px; padding: 4px; }"
                "QToolButton:checked { border: 3px solid #1d3557; background: #dbe9f6; }")


def draft_key(participant_id: str) -> str:
    return f"visit:{participant_id}"


class VisitForm(DraftedFormActions, QWidget):
    submitted = Signal(dict)  # values for ContactOps.record
    closed = Signal()

    def __init__(self, desk: Desk, participant_id: str, participant_name: str, parent=None):
        super().__init__(parent)
        self.participant_id = participant_id
        self.title = QLabel(self.tr("Contact met %1 registreren").replace("%1", participant_name))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.restored = QLabel(accessibleName=self.tr("Conceptmelding"))
        self.restored.hide()
        self.occurred_at = DateTimeField(datetime.now(), self.tr("Datum en uur"))
        self.duration = QSpinBox(minimum=0, maximum=720, singleStep=5, value=30, accessibleName=self.tr("Duur"))
        self.duration.setSuffix(self.tr(" min"))
        self.kind = QComboBox(accessibleName=self.tr("Soort contact"))
        self.kind.setIconSize(QSize(24, 24))
        for value, text in labels.contact_kinds().items():
            self.kind.addItem(kind_icon(value), text, value)
        self.place = QComboBox(accessibleName=self.tr("Plaats"))
        for value, text in labels.contact_places().items():
            self.place.addItem(text, value)
        self.place.setCurrentIndex(self.place.findData("home"))
        self.present = QLineEdit(accessibleName=self.tr("Wie was aanwezig"),
                                 placeholderText=self.tr("bv. de deelnemer, haar zus, de maatschappelijk werker"))
        self.domains: dict[int, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        for n, (domain, text) in enumerate(labels.life_domains_short().items()):
            button = QToolButton(checkable=True, text=text, icon=domain_icon(domain), iconSize=QSize(32, 32),
                                 toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAccessibleName(self.tr("Levensdomein: %1").replace("%1", labels.life_domains()[domain]))
            button.setToolTip(labels.life_domains()[domain])
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setStyleSheet(TOGGLE_STYLE)
            button.setMinimumWidth(104)
            self.domains[domain] = button
            grid.addWidget(button, n // 5, n % 5)
        domain_box = QWidget(accessibleName=self.tr("Levensdomeinen"))
        domain_box.setLayout(grid)
        self.notes = self._text_box(self.tr("Notities (enkel voor de coach)"))
        self.agreements = self._text_box(self.tr("Afspraken"))
        self.next_step = QLineEdit(accessibleName=self.tr("Volgende stap"))
        self.has_next_date = QCheckBox(self.tr("met datum"), accessibleName=self.tr("Volgende stap heeft een datum"))
        self.next_date = DateField(date.today() + timedelta(days=7), self.tr("Datum van de volgende stap"))
        self.next_date.setEnabled(False)
        self.has_next_date.toggled.connect(self.next_date.setEnabled)
        self.save_button = QPushButton(self.tr("&Opslaan"), accessibleName=self.tr("Contact opslaan"),
                                       autoDefault=True, default=True)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.close_button = QPushButton(self.tr("Slui&ten (concept blijft)"),
                                        accessibleName=self.tr("Formulier sluiten, concept blijft bewaard"),
                                        autoDefault=True)
        self.discard_button = QPushButton(self.tr("&Concept wissen"), accessibleName=self.tr("Concept wissen"),
                                          autoDefault=True)
        self.general_error = error_label()
        self.general_error.setAccessibleName(self.tr("Foutmelding"))
        self.errors = FieldErrors(self.general_error)

        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next_date)
        next_row.addWidget(self.next_date, 1)
        next_box = QWidget()
        next_box.setLayout(next_row)
        next_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Datum en uur"), e.wrap("occurred_at", self.occurred_at))
        form.addRow(self.tr("D&uur"), e.wrap("duration_min", self.duration))
        form.addRow(self.tr("&Soort"), e.wrap("kind", self.kind))
        form.addRow(self.tr("&Plaats"), e.wrap("place", self.place))
        form.addRow(self.tr("&Aanwezig"), e.wrap("present", self.present))
        form.addRow(self.tr("Levensdomeinen"), e.wrap("life_domains", domain_box))
        form.addRow(self.tr("&Notities"), e.wrap("notes", self.notes))
        form.addRow(self.tr("A&fspraken"), e.wrap("agreements", self.agreements))
        form.addRow(self.tr("&Volgende stap"), e.wrap("next_step", self.next_step))
        form.addRow(self.tr("Datum volgende stap"), e.wrap("next_step_on", next_box))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.restored)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for before, after in zip(self.focus_order(), self.focus_order()[1:], strict=False):
            self.setTabOrder(before, after)

        self.draft = FormDraft(desk, draft_key(participant_id), self.draft_payload, self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.occurred_at.dateTimeChanged, self.duration.valueChanged, self.kind.currentIndexChanged,
                       self.place.currentIndexChanged, self.present.textChanged, self.notes.textChanged,
                       self.agreements.textChanged, self.next_step.textChanged, self.has_next_date.toggled,
                       self.next_date.dateChanged, *(b.toggled for b in self.domains.values())):
            signal.connect(self.draft.touched)
        self.connect_actions(escape_closes=True)
        self.restore_draft()

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(accessibleName=name, tabChangesFocus=True)
        box.setFixedHeight(int(box.fontMetrics().lineSpacing() * 3.6))
        return box

    def focus_order(self) -> list[QWidget]:
        return [self.occurred_at, self.duration, self.kind, self.place, self.present, *self.domains.values(),
                self.notes, self.agreements, self.next_step, self.has_next_date, self.next_date, self.save_button,
                self.close_button, self.discard_button]

    def _kind_changed(self) -> None:
        place = PLACE_FOR_KIND.get(self.kind.currentData())
        if place:
            self.place.setCurrentIndex(self.place.findData(place))

    # --- values ------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as arguments of ContactOps.record."""
        return {
            "occurred_at": pydatetime(self.occurred_at.dateTime()),
            "duration_min": self.duration.value(),
            "kind": self.kind.currentData(),
            "place": self.place.currentData(),
            "present": self.present.text(),
            "life_domains": [d for d, b in self.domains.items() if b.isChecked()],
            "notes": self.notes.toPlainText(),
            "agreements": self.agreements.toPlainText(),
            "next_step": self.next_step.text(),
            "next_step_on": pydate(self.next_date.date()) if self.has_next_date.isChecked() else None,
        }

    def draft_payload(self) -> dict[str, Any]:
        values = self.values()
        values["occurred_at"] = values["occurred_at"].isoformat()
        values["next_step_on"] = values["next_step_on"].isoformat() if values["next_step_on"] else None
        values["saved_at"] = datetime.now().isoformat(timespec="minutes")
        return values

    def restore_draft(self) -> bool:
        payload = self.draft.load()
        if not payload:
            return False
        self.occurred_at.setDateTime(qdatetime(datetime.fromisoformat(payload["occurred_at"])))
        self.duration.setValue(int(payload.get("duration_min", 30)))
        self.kind.setCurrentIndex(max(self.kind.findData(payload.get("kind")), 0))
        self.place.setCurrentIndex(max(self.place.findData(payload.get("place")), 0))
        self.present.setText(payload.get("present") or "")
        for domain, button in self.domains.items():
            button.setChecked(domain in payload.get("life_domains", []))
        self.notes.setPlainText(payload.get("notes") or "")
        self.agreements.setPlainText(payload.get("agreements") or "")
        self.next_step.setText(payload.get("next_step") or "")
        next_on = payload.get("next_step_on")
        self.has_next_date.setChecked(bool(next_on))
        if next_on:
            self.next_date.setDate(qdate(date.fromisoformat(next_on)))
        self.restored.setText(self.tr("Concept hersteld: je werk van daarnet staat er nog."))
        self.restored.show()
        return True
