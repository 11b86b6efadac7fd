"""Intake of a new participant: who, referral, consent (and which partners may see the dossier), persona,
inflow criteria and the goals she chooses herself. Kept as a draft in the vault while typing."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from lfn_common.errors import DomainError, ValidationError
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.date_fields import DateField
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label
from lfn_desktop.ui.common.formats import pydate, qdate
from lfn_desktop.ui.common.resources import domain_icon
from lfn_desktop.ui.dossier.form_draft import DraftedFormActions, FormDraft

DRAFT_KEY = "intake"


def _date_edit(name: str) -> DateField:
    return DateField(date.today(), name)


class IntakeForm(DraftedFormActions, QScrollArea):
    submitted = Signal(dict)  # arguments for ParticipantOps.intake (without the partnership)
    closed = Signal()

    def __init__(self, desk: Desk, organisations: list[tuple[str, str]], coaches: list[tuple[str, str]],
                 own_id: str | None, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Intake van een nieuwe deelnemer"))
        self.general_error = error_label()
        self.errors = e = FieldErrors(self.general_error)
        self.given_name = QLineEdit(accessibleName=self.tr("Voornaam"))
        self.family_name = QLineEdit(accessibleName=self.tr("Familienaam"))
        self.birth_year = QLineEdit(accessibleName=self.tr("Geboortejaar"), placeholderText=self.tr("bv. 1988"))
        self.municipality = QLineEdit(accessibleName=self.tr("Gemeente"))
        self.phone = QLineEdit(accessibleName=self.tr("Telefoon"))
        self.email = QLineEdit(accessibleName=self.tr("E-mail"))
        self.languages = QLineEdit(accessibleName=self.tr("Talen"), placeholderText=self.tr("bv. nl, fr, ar"))
        who = QFormLayout()
        for caption, name, widget in ((self.tr("&Voornaam"), "given_name", self.given_name),
                                      (self.tr("&Familienaam"), "family_name", self.family_name),
                                      (self.tr("Geboorte&jaar"), "birth_year", self.birth_year),
                                      (self.tr("&Gemeente"), "municipality", self.municipality),
                                      (self.tr("&Telefoon"), "phone", self.phone),
                                      (self.tr("&E-mail"), "email", self.email),
                                      (self.tr("T&alen"), "languages", self.languages)):
            who.addRow(caption, e.wrap(name, widget))

        self.channel = QComboBox(accessibleName=self.tr("Toeleiding via"))
        # Empty until the coach chooses: referrals per channel are reported to the funder.
        self.channel.addItem(self.tr("— kies hoe ze bij ons kwam —"), None)
        for value, text in labels.referral_channels().items():
            self.channel.addItem(text, value)
        self.referrer = QLineEdit(accessibleName=self.tr("Doorverwijzer"), placeholderText=self.tr("persoon of dienst"))
        self.referred_on = _date_edit(self.tr("Datum van aanmelding"))
        referral = QFormLayout()
        referral.addRow(self.tr("Toelei&ding via"), e.wrap("referral_channel", self.channel))
        referral.addRow(self.tr("Doorverwij&zer"), e.wrap("referrer", self.referrer))
        referral.addRow(self.tr("Aange&meld op"), e.wrap("referred_on", self.referred_on, "started_on"))

        self.consent_given = QCheckBox(self.tr("De deelnemer gaf toestemming (AVG)"),
                                       accessibleName=self.tr("Toestemming gegeven"))
        self.consent_on = _date_edit(self.tr("Datum van de toestemming"))
        self.consent_scope = QLineEdit(self.tr("Verwerking voor begeleiding in het partnerschap"),
                                       accessibleName=self.tr("Waarvoor toestemming"))
        self.partners: dict[str, QCheckBox] = {}
        partner_box = QWidget(accessibleName=self.tr("Partners die het dossier mogen zien"))
        partner_layout = QVBoxLayout(partner_box)
        partner_layout.setContentsMargins(0, 0, 0, 0)
        for org_id, name in organisations:
            box = QCheckBox(name, accessibleName=self.tr("Mag het dossier zien: %1").replace("%1", name))
            self.partners[org_id] = box
            partner_layout.addWidget(box)
        consent = QFormLayout()
        consent.addRow(self.consent_given)
        consent.addRow(self.tr("Op"), e.wrap("consent_on", self.consent_on))
        consent.addRow(self.tr("Waa&rvoor"), e.wrap("consent_scope", self.consent_scope))
        consent.addRow(self.tr("Mogen het dossier zien"), e.wrap("consent_organisation_ids", partner_box))

        # The partnership's own personas (kept by the team lead); a few common ones until she has made them.
        self.persona = QComboBox(editable=True, accessibleName=self.tr("Persona"))
        own = [p.name for p in desk.ws.reference.personas()]
        self.persona.addItems(["", *(own or [self.tr("Jongere zonder diploma"), self.tr("Alleenstaande ouder"),
                                             self.tr("Nieuwkomer"), self.tr("Langdurig werkzoekende")])])
        self.criteria: dict[str, QCheckBox] = {}
        criteria_box = QWidget(accessibleName=self.tr("Instroomcriteria"))
        criteria_layout = QVBoxLayout(criteria_box)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        for key, text in labels.inflow_criteria().items():
            self.criteria[key] = QCheckBox(text, accessibleName=text)
            criteria_layout.addWidget(self.criteria[key])
        profile = QFormLayout()
        profile.addRow(self.tr("&Persona"), e.wrap("persona", self.persona))
        profile.addRow(self.tr("Instroomcriteria"), e.wrap("inflow_criteria", criteria_box))

        self.goal_domain = QComboBox(accessibleName=self.tr("Levensdomein van het doel"))
        self.goal_domain.setIconSize(QSize(24, 24))
        for domain, text in labels.life_domains().items():
            self.goal_domain.addItem(domain_icon(domain), text, domain)
        self.goal_text = QLineEdit(accessibleName=self.tr("Doel in de woorden van de deelnemer"))
        self.goal_add = QPushButton(self.tr("Doel t&oevoegen"), accessibleName=self.tr("Doel toevoegen"),
                                    autoDefault=True)
        self.goal_list = QListWidget(accessibleName=self.tr("Gekozen doelen"))
        self.goal_list.setIconSize(QSize(24, 24))
        self.goal_list.setMaximumHeight(120)
        self.goal_remove = QPushButton(self.tr("Gekozen doel &schrappen"),
                                       accessibleName=self.tr("Gekozen doel schrappen"),
                                       autoDefault=True)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_domain)
        goal_row.addWidget(e.wrap("goals", self.goal_text, "description", "life_domain"), 1)
        goal_row.addWidget(self.goal_add)
        self.coaches: dict[str, QCheckBox] = {}
        coach_row = QHBoxLayout()
        for user_id, name in coaches:
            self.coaches[user_id] = QCheckBox(name, accessibleName=self.tr("Coach: %1").replace("%1", name),
                                              checked=user_id == own_id)
            coach_row.addWidget(self.coaches[user_id])
        coach_row.addStretch(1)

        self.save_button = QPushButton(self.tr("Deelnemer i&nschrijven"),
                                       accessibleName=self.tr("Deelnemer inschrijven"),
                                       autoDefault=True, default=True)
        self.close_button = QPushButton(self.tr("Sl&uiten (concept blijft)"), accessibleName=self.tr("Intake sluiten"),
                                        autoDefault=True)
        self.discard_button = QPushButton(self.tr("&Concept wissen"), accessibleName=self.tr("Concept wissen"),
                                          autoDefault=True)
        self.restored = QLabel(accessibleName=self.tr("Conceptmelding"))
        self.restored.hide()

        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Intake van een nieuwe deelnemer"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.restored)
        columns = QGridLayout()
        for n, (caption, inner) in enumerate(((self.tr("Wie"), who), (self.tr("Toestemming"), consent),
                                              (self.tr("Toeleiding"), referral), (self.tr("Profiel"), profile))):
            group = QGroupBox(caption)
            group.setLayout(inner)
            columns.addWidget(group, n // 2, n % 2)
        layout.addLayout(columns)
        goals = QGroupBox(self.tr("Doelen die de deelnemer zelf kiest"))
        goals_layout = QVBoxLayout(goals)
        goals_layout.addLayout(goal_row)
        goals_layout.addWidget(self.goal_list)
        goals_layout.addWidget(self.goal_remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(goals)
        coach_group = QGroupBox(self.tr("Coaches"))
        coach_group.setLayout(coach_row)
        layout.addWidget(coach_group)
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        self.setWidget(page)

        self.draft = FormDraft(desk, DRAFT_KEY, self.draft_payload, self)
        for line in (self.given_name, self.family_name, self.birth_year, self.municipality, self.phone, self.email,
                     self.languages, self.referrer, self.consent_scope, self.goal_text):
            line.textChanged.connect(self.draft.touched)
        for box in (self.consent_given, *self.partners.values(), *self.criteria.values(), *self.coaches.values()):
            box.toggled.connect(self.draft.touched)
        for combo in (self.channel, self.persona):
            combo.currentTextChanged.connect(self.draft.touched)
        self.referred_on.dateChanged.connect(self.draft.touched)
        self.consent_on.dateChanged.connect(self.draft.touched)
        self.goal_add.clicked.connect(self.add_goal)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.goal_remove.clicked.connect(self._remove_goal)
        self.connect_actions(escape_closes=False)
        self.restore_draft()

    # --- goals ---------------------------------------------------------------------------------------------

    def add_goal(self) -> None:
        text = self.goal_text.text().strip()
        if not text:
            return
        self._add_goal_item(self.goal_domain.currentData(), text)
        self.goal_text.clear()
        self.draft.touched()

    def _add_goal_item(self, domain: int, text: str) -> None:
        item = QListWidgetItem(domain_icon(domain), f"{labels.life_domains()[domain]}: {text}")
        item.setData(Qt.ItemDataRole.UserRole, {"life_domain": domain, "description": text})
        self.goal_list.addItem(item)

    def _remove_goal(self) -> None:
        row = self.goal_list.currentRow()
        if row >= 0:
            self.goal_list.takeItem(row)
            self.draft.touched()

    def goals(self) -> list[dict]:
        return [self.goal_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goal_list.count())]

    # --- values ------------------------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        consent = self.consent_given.isChecked()
        return {
            "given_name": self.given_name.text(), "family_name": self.family_name.text(),
            "birth_year": self.birth_year.text().strip() or None, "municipality": self.municipality.text(),
            "phone": self.phone.text(), "email": self.email.text(),
            "languages": [p for p in self.languages.text().replace(";", ",").split(",") if p.strip()],
            "referral_channel": self.channel.currentData(), "referrer": self.referrer.text(),
            "referred_on": pydate(self.referred_on.date()),
            "consent_on": pydate(self.consent_on.date()) if consent else None,
            "consent_scope": self.consent_scope.text() if consent else None,
            "consent_organisation_ids": [o for o, box in self.partners.items() if box.isChecked()] if consent else [],
            "persona": self.persona.currentText(),
            "inflow_criteria": [k for k, box in self.criteria.items() if box.isChecked()],
            "goals": self.goals(),
            "coach_ids": [c for c, box in self.coaches.items() if box.isChecked()],
        }

    def draft_payload(self) -> dict[str, Any]:
        values = self.values()
        values["referred_on"] = values["referred_on"].isoformat()
        values["consent_on"] = values["consent_on"].isoformat() if values["consent_on"] else None
        values["consent_given"] = self.consent_given.isChecked()
        values["consent_scope"] = self.consent_scope.text()
        values["consent_organisation_ids"] = [o for o, box in self.partners.items() if box.isChecked()]
        values["goal_text"] = self.goal_text.text()
        return values

    def restore_draft(self) -> bool:
        payload = self.draft.load()
        if not payload:
            return False
        for name in ("given_name", "family_name", "municipality", "phone", "email", "referrer", "goal_text",
                     "consent_scope"):
            getattr(self, name).setText(payload.get(name) or "")
        self.birth_year.setText(str(payload.get("birth_year") or ""))
        self.languages.setText(", ".join(payload.get("languages") or []))
        self.channel.setCurrentIndex(max(self.channel.findData(payload.get("referral_channel")), 0))
        self.referred_on.setDate(qdate(date.fromisoformat(payload["referred_on"])))
        self.consent_given.setChecked(bool(payload.get("consent_given")))
        if payload.get("consent_on"):
            self.consent_on.setDate(qdate(date.fromisoformat(payload["consent_on"])))
        for key, boxes in (("consent_organisation_ids", self.partners), ("inflow_criteria", self.criteria),
                           ("coach_ids", self.coaches)):
            chosen = set(payload.get(key) or [])
            for value, box in boxes.items():
                box.setChecked(value in chosen)
        self.persona.setCurrentText(payload.get("persona") or "")
        for goal in payload.get("goals") or []:
            self._add_goal_item(int(goal["life_domain"]), goal["description"])
        self.restored.setText(self.tr("Concept hersteld: je werk van daarnet staat er nog."))
        self.restored.show()
        return True

    # --- actions ---------------------------------------------------------------------------------------------------

    def refusal(self, values: dict[str, Any]) -> DomainError | None:
        if not values.get("referral_channel"):  # reported to the funder: never a default she did not choose
            return ValidationError("Choose the referral channel.", field="referral_channel", code="required")
        return None
