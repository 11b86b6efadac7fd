"""Case discussions (casusbesprekingen): the agenda suggested from the caseload, the record of one discussion in the
words of the quality framework, its actions with owner and date, and the open actions of the whole team.

Reads run off the GUI thread; writes go through the desk's writer, and the change hub redraws the page after them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.operations.discussions import TEXT_FIELDS, Suggestion
from lfn_desktop.ui.common.date_fields import DateField
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.tables import fill_table, read_only_table
from lfn_desktop.ui.common.tasks import LatestOnly, run_in_background

SHOWN_TABLES = ("case_discussion", "discussion_action", "contact", "measurement", "sync_conflict", "app_user",
                "participant")


class DiscussionsView(QWidget):
    def __init__(self, desk: Desk, coach_id: str | None = None, parent=None):
        super().__init__(parent)
        self.desk, self.ws, self.coach_id = desk, desk.ws, coach_id
        self.suggested: list[Suggestion] = []
        self.discussions: list = []  # DiscussionRow: the discussion, its dossier and its actions
        self.current_id: str | None = None
        self.actions: list = []  # of the current discussion
        self.open_actions: list = []
        self._reads = LatestOnly()
        desk.hub.changed.connect(lambda changed, _initiator: changed.touched(*SHOWN_TABLES) and self.reload())

        title = QLabel(self.tr("Casusbesprekingen"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.suggestions = QListWidget(accessibleName=self.tr("Voorstellen voor de agenda"), wordWrap=True)
        self.plan_button = QPushButton(self.tr("Op de &agenda zetten"), accessibleName=self.tr("Op de agenda zetten"))
        self.plan_button.clicked.connect(self.plan_selected)
        self.list = QListWidget(accessibleName=self.tr("Besprekingen"))
        self.list.currentRowChanged.connect(self._choose)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("&Voorstellen (uit de caseload)"), buddy=self.suggestions))
        left.addWidget(self.suggestions, 2)
        left.addWidget(self.plan_button)
        left.addWidget(QLabel(self.tr("B&esprekingen"), buddy=self.list))
        left.addWidget(self.list, 2)

        self.heading = QLabel(wordWrap=True, accessibleName=self.tr("Bespreking"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.texts: dict[str, QPlainTextEdit] = {}
        captions = {"question_behind": self.tr("Vraag achter de v&raag"),
                    "value_steps": self.tr("Waarde&stappen (vanuit de deelnemer)"),
                    "waste": self.tr("Wat was verspilli&ng"),
                    "system_conditions": self.tr("Systeem&condities (regels, wachtlijsten, ontbrekend aanbod)")}
        form = QFormLayout()
        form.addRow(self.heading)
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(accessibleName=captions[name].replace("&", ""), tabChangesFocus=True)
            edit.setFixedHeight(58)
            self.texts[name] = edit
            form.addRow(QLabel(captions[name], buddy=edit))
            form.addRow(edit)
        self.present_box = QGroupBox(self.tr("Aanwezig"))
        self.present_layout = QHBoxLayout(self.present_box)
        self.present: dict[str, QCheckBox] = {}
        self.participant_present = QCheckBox(self.tr("De deelnemer was er &zelf bij"),
                                             accessibleName=self.tr("De deelnemer was er zelf bij"))
        form.addRow(self.present_box)
        form.addRow(self.participant_present)
        self.save_button = QPushButton(self.tr("&Opslaan als besproken"),
                                       accessibleName=self.tr("Opslaan als besproken"))
        self.signal_button = QPushButton(self.tr("Systeemconditie als si&gnaal"),
                                         accessibleName=self.tr("Systeemconditie als signaal bewaren"))
        self.save_button.clicked.connect(self.save)
        self.signal_button.clicked.connect(self.make_signal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.signal_button)
        form.addRow(buttons)

        self.action_table = read_only_table([self.tr("Actie"), self.tr("Wie"), self.tr("Tegen"), self.tr("Stand")],
                                            self.tr("Afgesproken acties"))
        self.action_text = QLineEdit(accessibleName=self.tr("Nieuwe actie"), placeholderText=self.tr("wat, concreet"))
        self.action_owner = QComboBox(accessibleName=self.tr("Wie neemt de actie op"))
        self.action_due = DateField(date.today(), self.tr("Tegen wanneer"))
        self.add_action_button = QPushButton(self.tr("Actie &toevoegen"), accessibleName=self.tr("Actie toevoegen"))
        self.add_action_button.clicked.connect(self.add_action)
        self.done_button = QPushButton(self.tr("A&fgerond"), accessibleName=self.tr("Gekozen actie afgerond"))
        self.done_button.clicked.connect(self.action_done)
        new_action = QHBoxLayout()
        for widget in (self.action_text, self.action_owner, self.action_due, self.add_action_button,
                       self.done_button):
            new_action.addWidget(widget)
        form.addRow(QLabel(self.tr("Afgesproken acties")))
        form.addRow(self.action_table)
        form.addRow(new_action)
        self.editor = QWidget()
        self.editor.setLayout(form)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.editor)

        self.team_actions = read_only_table([self.tr("Dossier"), self.tr("Actie"), self.tr("Wie"), self.tr("Tegen")],
                                            self.tr("Open acties van het team"))
        self.team_actions.setMaximumHeight(130)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addWidget(QLabel(self.tr("Open acties van het team")))
        layout.addWidget(self.team_actions)
        layout.addWidget(self.message)
        self._set_users()
        self.editor.setEnabled(False)
        self.reload()

    def _set_users(self) -> None:
        self.users = [u for u in self.ws.reference.users() if u.role != "support_group"]
        for box in self.present.values():
            box.deleteLater()
        self.present = {}
        for user in self.users:
            box = QCheckBox(user.name, accessibleName=self.tr("Aanwezig: %1").replace("%1", user.name))
            self.present[user.id] = box
            self.present_layout.addWidget(box)
        self.action_owner.clear()
        for user in self.users:
            self.action_owner.addItem(user.name, user.id)

    # --- reading ----------------------------------------------------------------------------------------------

    def reason_text(self, s: Suggestion) -> str:
        return {"no_contact": self.tr("%1 dagen geen contact").replace("%1", str(s.days)),
                "ready_to_release": self.tr("loslaatschaal op %1: klaar om los te laten?").replace("%1", str(s.level)),
                "star_regression": self.tr("achteruitgang op de ster"),
                "open_conflict": self.tr("open conflict na synchronisatie")}[s.reason]

    def reload(self) -> None:
        ops, coach = self.ws.discussions, self.coach_id
        run_in_background(lambda: (ops.suggestions(coach), ops.all(), ops.open_actions()),
                          self._reads.wrap(self._arrived), self._failed, owner=self)

    def _arrived(self, result) -> None:
        self.suggested, self.discussions, self.open_actions = result
        self.suggestions.clear()
        for s in self.suggested:
            self.suggestions.addItem(QListWidgetItem(f"{s.dossier_number} — {s.name}: {self.reason_text(s)}"))
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.discussions:
            d = row.discussion
            state = self.tr("besproken") if d.held else self.tr("gepland")
            self.list.addItem(f"{fmt_date(d.planned_on)} · {row.dossier_number} — {row.name} ({state})")
        self.list.blockSignals(False)
        ids = [row.discussion.id for row in self.discussions]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
            self._show_actions()
        elif ids:
            self.list.setCurrentRow(0)
        fill_table(self.team_actions, [[a.dossier_number, a.description, a.owner_name or "—", fmt_date(a.due_on)]
                                       for a in self.open_actions])

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.discussions):
            self.current_id = None
            self.editor.setEnabled(False)
            return
        chosen = self.discussions[row]
        d = chosen.discussion
        self.current_id = d.id
        self.editor.setEnabled(True)
        self.heading.setText(self.tr("Dossier %1 — %2, gepland op %3").replace("%1", chosen.dossier_number)
                             .replace("%2", chosen.name).replace("%3", fmt_date(d.planned_on)))
        for field, edit in self.texts.items():
            edit.setPlainText(getattr(d, field) or "")
        for user_id, box in self.present.items():
            box.setChecked(user_id in (d.present_ids or []))
        self.participant_present.setChecked(d.participant_present)
        self._show_actions()

    def _show_actions(self) -> None:
        row = next((r for r in self.discussions if r.discussion.id == self.current_id), None)
        if row is None:
            return
        self.actions = row.actions
        names = {u.id: u.name for u in self.users}
        fill_table(self.action_table, [[a.description, names.get(a.owner_id or "", "—"), fmt_date(a.due_on),
                                        self.tr("afgerond") if a.done else self.tr("open")] for a in self.actions])

    def _failed(self, error: Exception) -> None:
        self.message.setText(failure_sentence(error))

    # --- writing ----------------------------------------------------------------------------------------------

    def _write(self, work, sentence: str) -> None:
        self.desk.write(work, lambda _changed: self.message.setText(sentence), self._failed, owner=self,
                        initiator=self)

    def plan_selected(self) -> None:
        row = self.suggestions.currentRow()
        if not 0 <= row < len(self.suggested):
            self.message.setText(self.tr("Kies eerst een voorstel."))
            return
        s = self.suggested[row]
        self.current_id = None
        self._write(lambda ws: ws.discussions.plan(s.participant_id, reason=s.reason),
                    self.tr("Dossier %1 staat op de agenda.").replace("%1", s.dossier_number))

    def save(self) -> None:
        discussion_id = self.current_id
        texts = {name: edit.toPlainText() for name, edit in self.texts.items()}
        present = [user_id for user_id, box in self.present.items() if box.isChecked()]
        came = self.participant_present.isChecked()
        self._write(lambda ws: ws.discussions.record(discussion_id, present_ids=present, participant_present=came,
                                                     **texts), self.tr("De bespreking is bewaard."))

    def make_signal(self) -> None:
        discussion_id, text = self.current_id, self.texts["system_conditions"].toPlainText().strip()
        if not text:
            self.message.setText(self.tr("Schrijf eerst de systeemconditie op."))
            return

        present = [user_id for user_id, box in self.present.items() if box.isChecked()]
        came = self.participant_present.isChecked()

        def work(ws):
            ws.discussions.record(discussion_id, system_conditions=text, present_ids=present,
                                  participant_present=came)
            return ws.discussions.condition_to_signal(discussion_id)

        self._write(work, self.tr("De systeemconditie is als signaal bewaard voor de ondersteuningsgroep."))

    def add_action(self) -> None:
        discussion_id, text = self.current_id, self.action_text.text().strip()
        owner, due = self.action_owner.currentData(), self.action_due.date().toPython()
        if not text:
            self.message.setText(self.tr("Schrijf eerst wat de actie is."))
            return
        self.action_text.clear()
        self._write(lambda ws: ws.discussions.add_action(discussion_id, text, owner, due),
                    self.tr("Actie toegevoegd."))

    def action_done(self) -> None:
        row = self.action_table.currentRow()
        if not 0 <= row < len(self.actions):
            self.message.setText(self.tr("Kies eerst een actie."))
            return
        action_id = self.actions[row].id
        self._write(lambda ws: ws.discussions.set_action_done(action_id), self.tr("Actie afgerond."))

