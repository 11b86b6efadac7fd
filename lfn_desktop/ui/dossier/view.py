"""One participant's dossier: overview, logbook, trajectory and the slots for network map and scales,
with the visit form in place of the tabs while it is open. Reads run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lfn_common.errors import DomainError
from lfn_desktop.operations import Dossier, Workspace
from lfn_desktop.ui.common import controllers, labels
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.common.undo import EditHistory
from lfn_desktop.ui.dossier.close_dialog import CloseDialog
from lfn_desktop.ui.dossier.logbook_tab import LogbookTab
from lfn_desktop.ui.dossier.overview_tab import OverviewTab
from lfn_desktop.ui.dossier.signal_dialog import SignalDialog
from lfn_desktop.ui.dossier.trajectory_tab import TrajectoryTab
from lfn_desktop.ui.dossier.visit_form import VisitForm, draft_key
from lfn_desktop.ui.network.tab import NetworkTab
from lfn_desktop.ui.scales.tab import ScalesTab


def read_dossier(ws: Workspace, participant_id: str):
    """Worker side: the dossier and the names its ids point to."""
    dossier = ws.queries.dossier(participant_id)
    organisations = {o.id: o.name for o in ws.reference.organisations()}
    social = [(o.id, o.name) for o in ws.reference.social_organisations()]
    return dossier, organisations, social


class DossierView(QWidget):
    back_requested = Signal()
    data_changed = Signal()  # something was written: lists elsewhere refresh
    message = Signal(str)  # a short confirmation for the status bar
    loaded = Signal()

    def __init__(self, ws: Workspace, history: EditHistory, participant_id: str, parent=None):
        super().__init__(parent)
        self.ws, self.history, self.participant_id = ws, history, participant_id
        self.dossier: Dossier | None = None
        self.social: list[tuple[str, str]] = []
        self.visit_form: VisitForm | None = None
        self.close_dialog: CloseDialog | None = None
        self.name = QLabel(accessibleName=self.tr("Naam van de deelnemer"))
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.facts = QLabel(accessibleName=self.tr("Dossiergegevens"))
        self.back_button = QPushButton(self.tr("← Caseload"), accessibleName=self.tr("Terug naar de caseload"),
                                       autoDefault=True)
        self.back_button.setToolTip(self.tr("Alt+Links"))
        self.record_button = QPushButton(self.tr("Contact &registreren"),
                                         accessibleName=self.tr("Contact registreren"), autoDefault=True)
        self.record_button.setToolTip(self.tr("Ctrl+R"))
        self.own_button = QPushButton(self.tr("&Eigen dossier voor de deelnemer…"),
                                      accessibleName=self.tr("Eigen dossier voor de deelnemer"))
        self.own_button.clicked.connect(self.open_own_dossier)
        self.signal_button = QPushButton(self.tr("Si&gnaal…"), accessibleName=self.tr("Signaal melden"))
        self.signal_button.clicked.connect(self.open_signal_dialog)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, maximumWidth=140,
                                 accessibleName=self.tr("Dossier wordt geladen"))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.facts)
        header.addLayout(titles, 1)
        header.addWidget(self.busy)
        header.addWidget(self.signal_button)
        header.addWidget(self.own_button)
        header.addWidget(self.record_button)

        self.overview = OverviewTab()
        self.logbook = LogbookTab()
        self.trajectory = TrajectoryTab()
        self.network = NetworkTab(ws, participant_id)
        self.scales = ScalesTab(ws, participant_id)
        self.tabs = QTabWidget(accessibleName=self.tr("Onderdelen van het dossier"))
        self.tabs.addTab(self.overview, self.tr("&Overzicht"))
        self.tabs.addTab(self.logbook, self.tr("Logboe&k"))
        self.tabs.addTab(self.trajectory, self.tr("&Traject"))
        self.tabs.addTab(self.network, self.tr("&Netwerkkaart"))
        self.tabs.addTab(self.scales, self.tr("&Schalen"))
        self.form_area = QScrollArea(widgetResizable=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.form_area)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.record_button.clicked.connect(self.open_visit_form)
        self.logbook.record_requested.connect(self.open_visit_form)
        self.overview.field_edited.connect(self._save_field)
        self.overview.goal_added.connect(self._add_goal)
        self.trajectory.phase_requested.connect(self._change_phase)
        self.trajectory.close_requested.connect(self.open_close_dialog)
        self.reload()

    # --- reading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.busy.show()
        ws, pid = self.ws, self.participant_id
        run_in_background(lambda: read_dossier(ws, pid), self._arrived, self._failed, owner=self)

    def _arrived(self, result) -> None:
        dossier, organisations, social = result
        self.dossier, self.social = dossier, social
        p, trajectory = dossier.participant, dossier.current_trajectory
        self.name.setText(" ".join(filter(None, (p.given_name, p.family_name))))
        phase = labels.label(labels.phases(), trajectory.phase if trajectory else None)
        self.facts.setText(self.tr("Dossier %1 · %2 · fase: %3").replace("%1", p.dossier_number)
                           .replace("%2", p.municipality or "—").replace("%3", phase))
        self.overview.set_dossier(dossier, organisations)
        self.logbook.set_contacts(dossier.contacts)
        self.trajectory.set_dossier(dossier, dict(social))
        self.network.set_participant(p, dossier.map_id)
        self.scales.set_participant(p)
        self.busy.hide()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.facts.setText(self.tr("Het dossier kon niet gelezen worden (%1).").replace("%1", type(error).__name__))

    def participant_name(self) -> str:
        return self.name.text() or self.tr("de deelnemer")

    def _written(self, message: str) -> None:
        self.message.emit(message)
        self.reload()
        self.data_changed.emit()

    # --- edits -------------------------------------------------------------------------------------------

    def _save_field(self, field: str, old, new, caption: str) -> None:
        try:
            controllers.save_participant_field(self.ws, self.history, self.participant_id, field, old, new, caption)
        except DomainError as error:
            self.overview.show_error(error)
            return
        self.overview.field_saved(field)
        self._written(self.tr("%1 opgeslagen.").replace("%1", caption))

    def _add_goal(self, domain: int, description: str) -> None:
        try:
            controllers.add_goal(self.ws, self.history, self.participant_id, domain, description)
        except DomainError as error:
            self.overview.show_error(error)
            return
        self.overview.goal_saved()
        self._written(self.tr("Doel toegevoegd."))

    def _change_phase(self, phase: str) -> None:
        trajectory = self.dossier.current_trajectory if self.dossier else None
        try:
            controllers.change_phase(self.ws, trajectory.id if trajectory else "", phase)
        except DomainError as error:
            self.trajectory.show_error(error)
            return
        self._written(self.tr("Fase gewijzigd."))

    def open_signal_dialog(self) -> SignalDialog:
        person = self.dossier.participant if self.dossier else None

        def submit(values: dict) -> None:
            self.ws.signals.record(person.partnership_id, values["problem"], life_domain=values["life_domain"],
                                   municipality=values["municipality"],
                                   participant_ids=[self.participant_id] if values["linked"] else [])

        dialog = SignalDialog(person.municipality if person else None, submit, self)
        dialog.accepted.connect(lambda: self.message.emit(self.tr("Signaal bewaard.")))
        dialog.open()
        return dialog

    def open_own_dossier(self) -> QMessageBox:
        """Her own copy: printing is offered first, because a saved PDF is not encrypted."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Eigen dossier voor de deelnemer"),
                          self.tr("Een bewaard PDF-bestand is niet versleuteld: wie het bestand heeft, kan het lezen. "
                                  "Afdrukken laat geen bestand achter op deze laptop."), parent=self)
        print_button = box.addButton(self.tr("&Afdrukken…"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("Als PDF &bewaren…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(print_button)

        def chosen(button) -> None:
            if button is print_button:
                self._print_own_dossier()
            elif button is save_button:
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Eigen dossier bewaren"), "mijn-dossier.pdf",
                                                      "PDF (*.pdf)")
                if path:
                    self.save_own_dossier(Path(path))

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def save_own_dossier(self, path: Path) -> Path:
        from lfn_desktop.ui.dossier.own_dossier import write_own_dossier_pdf

        return write_own_dossier_pdf(self.ws, self.participant_id, path)

    def _print_own_dossier(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from lfn_desktop.ui.dossier.own_dossier import print_own_dossier

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_own_dossier(self.ws, self.participant_id, printer)

    def open_close_dialog(self) -> CloseDialog | None:
        trajectory = self.dossier.current_trajectory if self.dossier else None
        if trajectory is None or trajectory.phase == "closed":
            return None
        submit = lambda values: controllers.close_trajectory(self.ws, trajectory.id, values)  # noqa: E731
        self.close_dialog = CloseDialog(self.participant_name(), self.social, submit, self)
        self.close_dialog.accepted.connect(lambda: self._written(self.tr("Traject afgesloten.")))
        self.close_dialog.open()
        return self.close_dialog

    # --- the visit form -------------------------------------------------------------------------------------

    def open_visit_form(self) -> VisitForm:
        if self.visit_form is None:
            self.visit_form = VisitForm(self.ws, self.participant_id, self.participant_name())
            self.visit_form.submitted.connect(self._record_visit)
            self.visit_form.closed.connect(self.close_visit_form)
            self.form_area.setWidget(self.visit_form)
        self.stack.setCurrentWidget(self.form_area)
        self.visit_form.occurred_at.setFocus()
        return self.visit_form

    def close_visit_form(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        if self.visit_form is not None:
            self.form_area.takeWidget()
            self.visit_form.deleteLater()
            self.visit_form = None
        self.record_button.setFocus()

    def _record_visit(self, values: dict) -> None:
        try:
            controllers.record_visit(self.ws, self.history, self.participant_id, values)
        except DomainError as error:
            self.visit_form.show_error(error)
            return
        self.visit_form.saved()
        self.close_visit_form()
        self.tabs.setCurrentWidget(self.logbook)
        self._written(self.tr("Contact opgeslagen. Ongedaan maken met Ctrl+Z."))

    def has_visit_draft(self) -> bool:
        return self.ws.drafts.load(draft_key(self.participant_id)) is not None

    def flush_drafts(self) -> None:
        if self.visit_form is not None:
            self.visit_form.draft.flush()
