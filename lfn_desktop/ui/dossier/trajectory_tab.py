"""The trajectory: phase history, the next phase, and closing with an outcome (the dossier stays readable)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lfn_common.errors import DomainError
from lfn_common.vocabulary import PHASE_TRANSITIONS, Phase
from lfn_desktop.operations import Dossier
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label
from lfn_desktop.ui.common.formats import fmt_date


class TrajectoryTab(QWidget):
    phase_requested = Signal(str)
    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Traject"))
        self.started = QLabel(accessibleName=self.tr("Start van het traject"))
        self.phase = QLabel(accessibleName=self.tr("Huidige fase"))
        self.combined = QLabel(accessibleName=self.tr("Combinatietraject met VDAB"))
        self.outcome = QLabel(wordWrap=True, accessibleName=self.tr("Uitstroom"))
        facts = QFormLayout()
        facts.addRow(self.tr("Gestart op"), self.started)
        facts.addRow(self.tr("Fase"), self.phase)
        facts.addRow(self.tr("Combinatietraject VDAB"), self.combined)
        facts.addRow(self.tr("Uitstroom"), self.outcome)
        facts_box = QGroupBox(self.tr("Huidig traject"))
        facts_box.setLayout(facts)

        self.next_phase = QComboBox(accessibleName=self.tr("Nieuwe fase"))
        self.phase_button = QPushButton(self.tr("&Fase wijzigen"), accessibleName=self.tr("Fase wijzigen"),
                                        autoDefault=True)
        self.close_button = QPushButton(self.tr("Traject &afsluiten…"), accessibleName=self.tr("Traject afsluiten"),
                                        autoDefault=True)
        self.phase_button.clicked.connect(lambda: self.phase_requested.emit(self.next_phase.currentData() or ""))
        self.close_button.clicked.connect(self.close_requested)
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        actions = QHBoxLayout()
        actions.addWidget(self.errors.wrap("phase", self.next_phase), 1)
        actions.addWidget(self.phase_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        self.closed_note = QLabel(wordWrap=True, accessibleName=self.tr("Traject afgesloten"))
        self.history = QListWidget(accessibleName=self.tr("Verloop van de fasen"))
        history_box = QGroupBox(self.tr("Verloop"))
        QVBoxLayout(history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(facts_box)
        layout.addLayout(actions)
        layout.addWidget(self.general_error)
        layout.addWidget(self.closed_note)
        layout.addWidget(history_box, 1)

    def set_dossier(self, dossier: Dossier, social_names: dict[str, str]) -> None:
        phases = labels.phases()
        trajectory = dossier.current_trajectory
        self.errors.clear()
        if trajectory is None:
            self.phase.setText("—")
            return
        self.started.setText(fmt_date(trajectory.started_on))
        self.phase.setText(labels.label(phases, trajectory.phase))
        self.combined.setText(self.tr("ja") if trajectory.combined_with_vdab else self.tr("nee"))
        closed = trajectory.phase == Phase.CLOSED.value
        if closed:
            text = self.tr("%1, afgesloten op %2").replace("%1", labels.label(labels.outcomes(), trajectory.outcome)) \
                .replace("%2", fmt_date(trajectory.closed_on))
            if trajectory.handover_to_id:
                text += self.tr(" (warme overdracht naar %1)").replace(
                    "%1", social_names.get(trajectory.handover_to_id, "?"))
            if trajectory.closing_note:
                text += "\n" + trajectory.closing_note
            self.outcome.setText(text)
            self.closed_note.setText(self.tr("Dit traject is afgesloten. Het dossier blijft leesbaar en telt mee in "
                                             "de cijfers."))
        else:
            self.outcome.setText("—")
            self.closed_note.clear()
        self.next_phase.clear()
        for phase in Phase:
            if phase is not Phase.CLOSED and phase in PHASE_TRANSITIONS[Phase(trajectory.phase)]:
                self.next_phase.addItem(phases[phase.value], phase.value)
        for widget in (self.next_phase, self.phase_button, self.close_button):
            widget.setEnabled(not closed)
        self.phase_button.setEnabled(not closed and self.next_phase.count() > 0)
        self.history.clear()
        for change in dossier.phase_changes:
            origin = labels.label(phases, change.from_phase, self.tr("start"))
            line = f"{fmt_date(change.changed_on)}: {origin} → {labels.label(phases, change.to_phase)}"
            self.history.addItem(line + (f" — {change.note}" if change.note else ""))

    def show_error(self, error: DomainError) -> None:
        self.errors.show(error)
