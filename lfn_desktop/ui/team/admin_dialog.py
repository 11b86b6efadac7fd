"""Team administration for the team lead, online: people, laptops, organisations and who holds which dossier.

Each action is one request to the server (off the GUI thread); the server checks it and writes it to the audit log.
What it changes in the synced data (a new coach, assignments) reaches this laptop at the sync that follows
(``team_changed``). A password the team lead gives is temporary: the coach chooses her own at her next sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.operations import Workspace
from lfn_desktop.sync.team_admin import TeamAdmin
from lfn_desktop.ui.common.formats import fmt_date, fmt_datetime
from lfn_desktop.ui.common.labels import roles
from lfn_desktop.ui.common.tables import fill_table, read_only_table
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.sync.runner import sync_error_sentence


class MemberDialog(QDialog):
    """A new member of the team: her name, user name, a first password, role, organisation and FTE."""

    def __init__(self, organisations: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Iemand toevoegen aan het team"))
        self.name = QLineEdit(accessibleName=self.tr("Naam"))
        self.username = QLineEdit(accessibleName=self.tr("Gebruikersnaam"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=self.tr("Eerste wachtwoord"))
        self.role = QComboBox(accessibleName=self.tr("Rol"))
        for value, label in roles().items():
            self.role.addItem(label, value)
        self.organisation = QComboBox(accessibleName=self.tr("Organisatie"))
        for organisation in organisations:
            if organisation.left_on is None:
                self.organisation.addItem(organisation.name, organisation.organisation_id)
        self.organisation.addItem(self.tr("(geen)"), None)
        self.fte = QDoubleSpinBox(minimum=0.1, maximum=1.0, singleStep=0.1, value=1.0, decimals=1,
                                  accessibleName=self.tr("VTE"))
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Gebruikersnaam"), self.username)
        form.addRow(self.tr("&Eerste wachtwoord"), self.password)
        form.addRow(self.tr("&Rol"), self.role)
        form.addRow(self.tr("&Organisatie"), self.organisation)
        form.addRow(self.tr("&VTE"), self.fte)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Toevoegen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Geef haar het eerste wachtwoord persoonlijk. Bij haar eerste aanmelding kiest "
                                        "ze zelf een nieuw."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class PasswordDialog(QDialog):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtwoord resetten"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=self.tr("Tijdelijk wachtwoord"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Resetten"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Tijdelijk wachtwoord"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Een tijdelijk wachtwoord voor %1. Haar laptops moeten opnieuw aanmelden; ze "
                                        "kiest dan zelf een nieuw wachtwoord. Er gaat niets verloren.")
                                .replace("%1", name), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class LeaveDialog(QDialog):
    """An organisation leaves the partnership: the day, and the coach who takes over its coaches' dossiers."""

    def __init__(self, organisation_name: str, successors: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisatie verlaat het partnerschap"))
        self.left_on = QDateEdit(QDate.currentDate(), calendarPopup=True, accessibleName=self.tr("Laatste dag"))
        self.successor = QComboBox(accessibleName=self.tr("Dossiers naar"))
        for member in successors:
            self.successor.addItem(member.name, member.user_id)
        form = QFormLayout()
        form.addRow(self.tr("&Laatste dag"), self.left_on)
        form.addRow(self.tr("&Dossiers naar"), self.successor)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Beëindigen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 verlaat het partnerschap. De accounts van haar mensen worden afgesloten en "
                                        "hun laptops ingetrokken; hun dossiers gaan in één keer naar de gekozen coach, "
                                        "behalve waar de toestemming van de deelnemer die coach niet noemt.")
                                .replace("%1", organisation_name), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class TeamAdminDialog(QDialog):
    team_changed = Signal()  # synced rows changed on the server: sync to receive them

    def __init__(self, ws: Workspace, parent=None, *, transport=None):
        super().__init__(parent)
        self.ws = ws
        self.admin = TeamAdmin(ws.store, transport=transport)
        self.overview = None
        self.caseload: list = []  # this vault's dossiers (number, name), read with the overview
        self.question: QMessageBox | None = None  # the confirmation open, if any
        self.form: QDialog | None = None  # the sub-form open, if any
        self.setWindowTitle(self.tr("Teambeheer"))
        self.tabs = QTabWidget(accessibleName=self.tr("Teambeheer"))

        self.members = read_only_table([self.tr("Naam"), self.tr("Gebruikersnaam"), self.tr("Rol"),
                                        self.tr("Organisatie"), self.tr("VTE"), self.tr("Status")],
                                       self.tr("Mensen van het team"))
        self.add_button = QPushButton(self.tr("&Toevoegen…"), accessibleName=self.tr("Iemand toevoegen"))
        self.reset_button = QPushButton(self.tr("&Wachtwoord resetten…"), accessibleName=self.tr("Wachtwoord resetten"))
        self.deactivate_button = QPushButton(self.tr("&Deactiveren"), accessibleName=self.tr("Account afsluiten"))
        self.add_button.clicked.connect(self.ask_member)
        self.reset_button.clicked.connect(self.ask_reset)
        self.deactivate_button.clicked.connect(self.ask_deactivate)
        self.tabs.addTab(self._page(self.members, self.add_button, self.reset_button, self.deactivate_button),
                         self.tr("&Mensen"))

        self.laptops = read_only_table([self.tr("Laptop"), self.tr("Van"), self.tr("Laatste contact met de server"),
                               self.tr("Status")], self.tr("Laptops van het partnerschap"))
        self.revoke_button = QPushButton(self.tr("Laptop &intrekken…"), accessibleName=self.tr("Laptop intrekken"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.tabs.addTab(self._page(self.laptops, self.revoke_button), self.tr("&Laptops"))

        self.organisations = read_only_table([self.tr("Organisatie"), self.tr("Status")], self.tr("Organisaties"))
        self.organisation_name = QLineEdit(accessibleName=self.tr("Naam van de nieuwe organisatie"),
                                           placeholderText=self.tr("naam van een organisatie die toetreedt"))
        self.add_organisation_button = QPushButton(self.tr("Organisatie &erbij"),
                                                   accessibleName=self.tr("Organisatie toevoegen"))
        self.end_organisation_button = QPushButton(self.tr("&Vertrekt…"),
                                                   accessibleName=self.tr("Organisatie vertrekt"))
        self.add_organisation_button.clicked.connect(self.add_organisation)
        self.end_organisation_button.clicked.connect(self.ask_end_organisation)
        self.tabs.addTab(self._page(self.organisations, self.organisation_name, self.add_organisation_button,
                                    self.end_organisation_button), self.tr("&Organisaties"))

        self.coach = QComboBox(accessibleName=self.tr("Coach"))
        self.dossier = QComboBox(accessibleName=self.tr("Dossier"))
        self.assign_button = QPushButton(self.tr("Toewij&zen"), accessibleName=self.tr("Dossier toewijzen"))
        self.unassign_button = QPushButton(self.tr("Toewijzing &beëindigen"),
                                           accessibleName=self.tr("Toewijzing beëindigen"))
        self.assign_button.clicked.connect(lambda: self.change_assignment(assign=True))
        self.unassign_button.clicked.connect(lambda: self.change_assignment(assign=False))
        dossiers = QWidget()
        form = QFormLayout(dossiers)
        form.addRow(self.tr("&Coach"), self.coach)
        form.addRow(self.tr("Dossie&r"), self.dossier)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.unassign_button)
        form.addRow(row)
        form.addRow(QLabel(self.tr("Alleen binnen de toestemming van de deelnemer: de organisatie van de coach moet "
                                   "erbij staan."), wordWrap=True))
        self.tabs.addTab(dossiers, self.tr("Do&ssiers"))

        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, accessibleName=self.tr("Bezig"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Online: elke wijziging gaat meteen naar de server en komt in het "
                                        "auditlogboek."), wordWrap=True))
        layout.addWidget(self.tabs)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 520)
        self.reload()

    @staticmethod
    def _page(table: QTableWidget, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        layout.addLayout(row)
        return page

    # --- reading ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        admin, queries = self.admin, self.ws.queries
        self._run(lambda: (admin.overview(), queries.caseload()), self._show, changes_data=False, reload=False)

    def _show(self, result) -> None:
        overview, self.caseload = result
        self.overview = overview
        organisation_names = {o.organisation_id: o.name for o in overview.organisations}
        member_names = {m.user_id: m.name for m in overview.members}
        role_names = roles()
        fill_table(self.members, [[m.name, m.username, role_names.get(m.role, m.role),
                              organisation_names.get(m.organisation_id or "", ""), f"{m.fte:.1f}".replace(".", ","),
                              self.tr("afgesloten") if not m.active else self.tr("kiest nieuw wachtwoord")
                              if m.must_change_password else self.tr("actief")] for m in overview.members])
        fill_table(self.laptops, [[d.name, member_names.get(d.user_id, ""),
                              fmt_datetime(d.last_seen_at.astimezone().replace(tzinfo=None)) if d.last_seen_at
                              else self.tr("nog nooit"),
                              self.tr("ingetrokken") if d.revoked_at else self.tr("in gebruik")]
                             for d in overview.laptops])
        fill_table(self.organisations, [[o.name, self.tr("vertrokken op %1").replace("%1", fmt_date(o.left_on))
                                         if o.left_on else self.tr("lid")] for o in overview.organisations])
        self.coach.clear()
        for member in self._active_coaches():
            self.coach.addItem(member.name, member.user_id)
        self.dossier.clear()
        for row in self.caseload:
            self.dossier.addItem(f"{row.dossier_number} — {row.name}", row.participant_id)

    def _active_coaches(self) -> list:
        return [m for m in self.overview.members if m.active and m.role != "support_group"] if self.overview else []

    def _selected(self, table: QTableWidget, items: list):
        row = table.currentRow()
        if not 0 <= row < len(items):
            self.message.setText(self.tr("Kies eerst een rij in de lijst."))
            return None
        return items[row]

    # --- actions ----------------------------------------------------------------------------------------------

    def _run(self, call, on_done=None, *, changes_data: bool = True, done_text: str | None = None,
             reload: bool = True) -> None:
        """``call`` off the GUI thread; then the sentence, a sync where synced rows changed, and the lists again."""
        self.busy.show()
        self.tabs.setEnabled(False)

        def done(result) -> None:
            self.busy.hide()
            self.tabs.setEnabled(True)
            if on_done is not None:
                on_done(result)
            if done_text is not None:
                self.message.setText(done_text)
            if changes_data:
                self.team_changed.emit()
            if reload:
                self.reload()

        def failed(error: Exception) -> None:
            self.busy.hide()
            self.tabs.setEnabled(True)
            self.message.setText(sync_error_sentence(error))

        run_in_background(call, done, failed, owner=self)

    def _confirm(self, text: str, then) -> None:
        self.question = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.question.setDefaultButton(QMessageBox.StandardButton.No)
        self.question.accepted.connect(then)
        self.question.open()

    def ask_member(self) -> None:
        self.form = MemberDialog(self.overview.organisations if self.overview else [], self)
        self.form.accepted.connect(self._add_member)
        self.form.open()

    def _add_member(self) -> None:
        f = self.form
        name, username, password = f.name.text().strip(), f.username.text().strip(), f.password.text()
        role, organisation, fte = f.role.currentData(), f.organisation.currentData(), f.fte.value()
        self._run(lambda: self.admin.add_member(name, username, password, role, organisation, fte),
                  done_text=self.tr("%1 is toegevoegd. Ze meldt zich aan met het eerste wachtwoord en kiest dan een "
                                    "eigen.").replace("%1", name))

    def ask_reset(self) -> None:
        member = self._selected(self.members, self.overview.members if self.overview else [])
        if member is None:
            return
        self.form = PasswordDialog(member.name, self)

        def reset() -> None:
            password = self.form.password.text()
            self._run(lambda: self.admin.reset_password(member.user_id, password),
                      done_text=self.tr("Het wachtwoord van %1 is gereset.").replace("%1", member.name))

        self.form.accepted.connect(reset)
        self.form.open()

    def ask_deactivate(self) -> None:
        member = self._selected(self.members, self.overview.members if self.overview else [])
        if member is None:
            return
        self._confirm(self.tr("Het account van %1 afsluiten? Haar laptops worden ingetrokken en wissen hun kluis bij "
                              "het volgende contact; haar dossiers blijven op de server.").replace("%1", member.name),
                      lambda: self._run(lambda: self.admin.deactivate_member(member.user_id),
                                        done_text=self.tr("%1 is afgesloten.").replace("%1", member.name)))

    def ask_revoke(self) -> None:
        laptop = self._selected(self.laptops, self.overview.laptops if self.overview else [])
        if laptop is None:
            return
        self._confirm(self.tr("Laptop '%1' intrekken (verloren of gestolen)? Bij haar volgende contact met de server "
                              "wist ze haar kluis.").replace("%1", laptop.name),
                      lambda: self._run(lambda: self.admin.revoke_laptop(laptop.device_id), changes_data=False,
                                        done_text=self.tr("Laptop '%1' is ingetrokken.").replace("%1", laptop.name)))

    def add_organisation(self) -> None:
        name = self.organisation_name.text().strip()
        if not name:
            self.message.setText(self.tr("Geef de naam van de organisatie die toetreedt."))
            return
        self.organisation_name.clear()
        self._run(lambda: self.admin.add_organisation(name, "civil_society"),
                  done_text=self.tr("%1 is lid van het partnerschap.").replace("%1", name))

    def ask_end_organisation(self) -> None:
        organisations = self.overview.organisations if self.overview else []
        organisation = self._selected(self.organisations, organisations)
        if organisation is None:
            return
        successors = [m for m in self._active_coaches() if m.organisation_id != organisation.organisation_id]
        self.form = LeaveDialog(organisation.name, successors, self)

        def leave() -> None:
            left_on, successor = self.form.left_on.date().toPython(), self.form.successor.currentData()
            self._run(lambda: self.admin.end_organisation(organisation.organisation_id, left_on, successor),
                      lambda result: self.message.setText(self._handover_sentence(organisation.name, result)))

        self.form.accepted.connect(leave)
        self.form.open()

    def _handover_sentence(self, name: str, result) -> str:
        text = self.tr("%1 is vertrokken.").replace("%1", name) + " " + self.tr("%n dossiers overgedragen.", "",
                                                                              result.moved)
        if result.kept_back:
            numbers = {row.participant_id: row.dossier_number for row in self.caseload}
            text += " " + self.tr("Bleven bij hun coach (de toestemming noemt de nieuwe coach niet): %1.").replace(
                "%1", ", ".join(numbers.get(p, "?") for p in result.kept_back))
        return text

    def change_assignment(self, *, assign: bool) -> None:
        user_id, participant_id = self.coach.currentData(), self.dossier.currentData()
        if not user_id or not participant_id:
            self.message.setText(self.tr("Kies een coach en een dossier."))
            return
        coach, dossier = self.coach.currentText(), self.dossier.currentText()
        if assign:
            self._run(lambda: self.admin.assign(participant_id, user_id),
                      done_text=self.tr("%1 is toegewezen aan %2.").replace("%1", dossier).replace("%2", coach))
        else:
            self._run(lambda: self.admin.unassign(participant_id, user_id),
                      done_text=self.tr("%1 is niet langer toegewezen aan %2.").replace("%1", dossier)
                      .replace("%2", coach))
