"""Dossier overview: who, referral, consent, goals per life domain, coaches. The personal details are
edited in place and saved when the field is left (no Save button to forget)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lfn_common.errors import DomainError
from lfn_desktop.operations import Dossier
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.resources import domain_icon


class OverviewTab(QScrollArea):
    field_edited = Signal(str, object, object, str)  # field, old value, new value, caption
    goal_added = Signal(int, str)  # life domain, description

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Overzicht"))
        self._original: dict[str, str] = {}
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        captions = {"given_name": self.tr("Voornaam"), "family_name": self.tr("Familienaam"),
                    "birth_year": self.tr("Geboortejaar"), "phone": self.tr("Telefoon"),
                    "email": self.tr("E-mail"), "address": self.tr("Adres"), "municipality": self.tr("Gemeente")}
        self.captions = captions
        self.fields: dict[str, QLineEdit] = {}
        who = QFormLayout()
        for name, caption in captions.items():
            edit = QLineEdit(accessibleName=caption)
            edit.editingFinished.connect(lambda n=name: self._finished(n))
            self.fields[name] = edit
            who.addRow(caption, self.errors.wrap(name, edit))
        who_box = QGroupBox(self.tr("Wie"))
        who_box.setLayout(who)

        self.referral = QLabel(wordWrap=True, accessibleName=self.tr("Toeleiding"))
        self.consent = QLabel(wordWrap=True, accessibleName=self.tr("Toestemming"))
        self.profile = QLabel(wordWrap=True, accessibleName=self.tr("Persona en instroomcriteria"))
        self.coaches = QLabel(wordWrap=True, accessibleName=self.tr("Toegewezen coaches"))
        facts = QFormLayout()
        facts.addRow(self.tr("Toeleiding"), self.referral)
        facts.addRow(self.tr("Toestemming"), self.consent)
        facts.addRow(self.tr("Profiel"), self.profile)
        facts.addRow(self.tr("Coaches"), self.coaches)
        facts_box = QGroupBox(self.tr("Traject en afspraken"))
        facts_box.setLayout(facts)

        self.goals = QListWidget(accessibleName=self.tr("Doelen per levensdomein"))
        self.goals.setIconSize(QSize(28, 28))
        self.goal_domain = QComboBox(accessibleName=self.tr("Levensdomein van het nieuwe doel"))
        for domain, text in labels.life_domains().items():
            self.goal_domain.addItem(domain_icon(domain), text, domain)
        self.goal_text = QLineEdit(accessibleName=self.tr("Nieuw doel, in de woorden van de deelnemer"),
                                   placeholderText=self.tr("Wat wil de deelnemer bereiken?"))
        self.goal_button = QPushButton(self.tr("&Doel toevoegen"), accessibleName=self.tr("Doel toevoegen"),
                                       autoDefault=True)
        self.goal_button.clicked.connect(self._add_goal)
        self.goal_text.returnPressed.connect(self._add_goal)
        add_row = QHBoxLayout()
        add_row.addWidget(self.goal_domain)
        add_row.addWidget(self.errors.wrap("description", self.goal_text, "life_domain"), 1)
        add_row.addWidget(self.goal_button)
        goals_box = QGroupBox(self.tr("Doelen die de deelnemer koos"))
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goals)
        goals_layout.addLayout(add_row)

        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(who_box, 0, 0)
        grid.addWidget(facts_box, 0, 1)
        grid.addWidget(goals_box, 1, 0, 1, 2)
        grid.addWidget(self.general_error, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setWidget(page)

    def set_dossier(self, dossier: Dossier, organisation_names: dict[str, str]) -> None:
        p = dossier.participant
        for name, edit in self.fields.items():
            value = getattr(p, name)
            text = "" if value is None else str(value)
            self._original[name] = text
            if not edit.hasFocus() or edit.text() == text:
                edit.setText(text)
        channel = labels.label(labels.referral_channels(), p.referral_channel)
        self.referral.setText(self.tr("%1, door %2, op %3").replace("%1", channel)
                              .replace("%2", p.referrer or "—").replace("%3", fmt_date(p.referred_on)))
        partners = ", ".join(organisation_names.get(o, "?") for o in p.consent_organisation_ids) or "—"
        if p.consent_on:
            self.consent.setText(self.tr("Gegeven op %1: %2. Mogen het dossier zien: %3.")
                                 .replace("%1", fmt_date(p.consent_on)).replace("%2", p.consent_scope or "—")
                                 .replace("%3", partners))
        else:
            self.consent.setText(self.tr("⚠ Nog geen toestemming geregistreerd."))
        criteria = labels.inflow_criteria()
        self.profile.setText(self.tr("Persona: %1. Instroomcriteria: %2.").replace("%1", p.persona or "—").replace(
            "%2", ", ".join(criteria.get(c, c) for c in p.inflow_criteria) or "—"))
        self.coaches.setText(", ".join(c.name for c in dossier.coaches) or "—")
        self.goals.clear()
        domains, statuses = labels.life_domains(), labels.goal_statuses()
        for goal in dossier.goals:
            text = f"{domains.get(goal.life_domain, goal.life_domain)}: {goal.description} " \
                   f"({labels.label(statuses, goal.status)}, {fmt_date(goal.chosen_on)})"
            self.goals.addItem(QListWidgetItem(domain_icon(goal.life_domain), text))

    def _finished(self, name: str) -> None:
        edit = self.fields[name]
        new, old = edit.text().strip(), self._original.get(name, "")
        if new == old:
            return
        self.errors.clear()
        self.field_edited.emit(name, old or None, new or None, self.captions[name])

    def field_saved(self, name: str) -> None:
        self._original[name] = self.fields[name].text().strip()

    def _add_goal(self) -> None:
        self.errors.clear()
        self.goal_added.emit(self.goal_domain.currentData(), self.goal_text.text())

    def goal_saved(self) -> None:
        self.goal_text.clear()

    def show_error(self, error: DomainError) -> None:
        self.errors.show(error)
