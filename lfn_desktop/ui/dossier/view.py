"""One participant's dossier: overview, logbook, trajectory and the slots for network map and scales,
with the visit form in place of the tabs while it is open. Reads run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
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
from lfn_desktop.operations import Changed, Dossier, Workspace
from lfn_desktop.ui.common import controllers, labels
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.tasks import LatestOnly, run_in_background
from lfn_desktop.ui.dossier.close_dialog import CloseDialog
from lfn_desktop.ui.dossier.logbook_tab import LogbookTab
from lfn_desktop.ui.dossier.overview_tab import OverviewTab
from lfn_desktop.ui.dossier.signal_dialog import SignalDialog
from lfn_desktop.ui.dossier.trajectory_tab import TrajectoryTab
from lfn_desktop.ui.dossier.visit_form import VisitForm, draft_key
from lfn_desktop.ui.network.tab import NetworkTab
from lfn_desktop.ui.scales.tab import ScalesTab


class _Slot(QWidget):
    """A tab's place until its content is built."""

    def __init__(self):
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def hold(self, content: QWidget) -> QWidget:
        self._layout.addWidget(content)
        return content


LOGBOOK_PAGE = 200  # contacts read at once: a 30,000-visit dossier opens as fast as a short one


def read_dossier(ws: Workspace, participant_id: str):
    """Worker side: the dossier (its newest contacts) and the names its ids point to."""
    dossier = ws.queries.dossier(participant_id, contact_limit=LOGBOOK_PAGE)
    organisations = {p.id: labels.coordination() for p in ws.reference.partnerships()}
    organisations |= {o.id: o.name for o in ws.reference.organisations()}
    social = [(o.id, o.name) for o in ws.reference.social_organisations()]
    return dossier, organisations, social


class DossierView(QWidget):
    back_requested = Signal()
    message = Signal(str)  # a short confirmation for the status bar
    loaded = Signal()

    def __init__(self, desk: Desk, participant_id: str, parent=None):
        super().__init__(parent)
        self.desk, self.ws, self.participant_id = desk, desk.ws, participant_id
        self._reads = LatestOnly()
        self._older_pages = LatestOnly()  # a reload drops a page still being read for the logbook shown before
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
        # The map and the scales are built when first shown (or asked for): most visits only need the logbook,
        # and building them cost half the time of opening a dossier.
        self._network: NetworkTab | None = None
        self._scales: ScalesTab | None = None
        self._network_slot, self._scales_slot = _Slot(), _Slot()
        self.tabs = QTabWidget(accessibleName=self.tr("Onderdelen van het dossier"))
        self.tabs.addTab(self.overview, self.tr("&Overzicht"))
        self.tabs.addTab(self.logbook, self.tr("Logboe&k"))
        self.tabs.addTab(self.trajectory, self.tr("&Traject"))
        self.tabs.addTab(self._network_slot, self.tr("&Netwerkkaart"))
        self.tabs.addTab(self._scales_slot, self.tr("&Schalen"))
        self.tabs.currentChanged.connect(self._build_shown_tab)
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
        self.logbook.more_requested.connect(self._read_older_contacts)
        self.overview.field_edited.connect(self._save_field)
        self.overview.goal_added.connect(self._add_goal)
        self.trajectory.phase_requested.connect(self._change_phase)
        self.trajectory.close_requested.connect(self.open_close_dialog)
        desk.hub.changed.connect(self._on_changed)
        self.reload()

    # --- reading ---------------------------------------------------------------------------------------

    # Which tab shows which tables: after a change only the tabs it concerns are redrawn.
    TABS_BY_TABLE = {"overview": ("participant", "goal", "assignment"), "logbook": ("contact",),
                     "trajectory": ("trajectory", "phase_change"),
                     "network": ("network_map", "network_node", "network_tie", "network_snapshot"),
                     "scales": ("measurement",)}

    def reload(self, tabs: frozenset[str] | None = None) -> None:
        """Re-read the dossier (off the GUI thread) and redraw ``tabs`` (all of them when None)."""
        self.busy.show()
        self._older_pages.wrap(lambda _result: None)
        ws, pid = self.ws, self.participant_id
        run_in_background(lambda: read_dossier(ws, pid), self._reads.wrap(lambda result: self._arrived(result, tabs)),
                          self._failed, owner=self)

    # Tables of partnership-wide names a dossier shows (an organisation renamed, a coach added).
    SHOWN_REFERENCE = ("organisation", "social_organisation", "app_user")

    def _on_changed(self, changed: Changed, initiator: object | None) -> None:
        """Re-read only when the change concerns this dossier, and redraw only the tabs it touched; a field the
        coach just saved in the overview already shows its new value there."""
        if not (changed.concerns(self.participant_id) or changed.touched(*self.SHOWN_REFERENCE)):
            return
        if initiator is self.overview and set(changed.rows) == {"participant"}:
            self.reload(frozenset())  # her field shows its new value already; the header (name, place) may not
            return
        if changed.touched(*self.SHOWN_REFERENCE):
            self.reload()  # names shown on several tabs
            return
        tabs = frozenset(tab for tab, tables in self.TABS_BY_TABLE.items() if changed.touched(*tables))
        if initiator is not None and initiator in (self._network, self._scales):  # they redraw after their writes
            tabs -= {"network", "scales"}
        if tabs:
            self.reload(tabs)

    def _arrived(self, result, tabs: frozenset[str] | None = None) -> None:
        dossier, organisations, social = result
        self.dossier, self.social = dossier, social
        p, trajectory = dossier.participant, dossier.current_trajectory
        self.name.setText(" ".join(filter(None, (p.given_name, p.family_name))))
        phase = labels.label(labels.phases(), trajectory.phase if trajectory else None)
        self.facts.setText(self.tr("Dossier %1 · %2 · fase: %3").replace("%1", p.dossier_number)
                           .replace("%2", p.municipality or "—").replace("%3", phase))
        redraw = {"overview": lambda: self.overview.set_dossier(dossier, organisations),
                  "logbook": lambda: self.logbook.set_contacts(dossier.contacts, dossier.contact_total,
                                                               dossier.contact_minutes),
                  "trajectory": lambda: self.trajectory.set_dossier(dossier, dict(social)),
                  "network": lambda: self._network and self._network.set_participant(p, dossier.map_id),
                  "scales": lambda: self._scales and self._scales.set_participant(p)}
        for tab, draw in redraw.items():
            if tabs is None or tab in tabs:
                draw()
        self.busy.hide()
        self.loaded.emit()

    def _read_older_contacts(self, shown: int) -> None:
        self.busy.show()
        ws, pid = self.ws, self.participant_id

        def arrived(contacts: list) -> None:
            self.busy.hide()
            self.logbook.append_contacts(contacts)

        run_in_background(lambda: ws.queries.contacts_page(pid, shown, LOGBOOK_PAGE), self._older_pages.wrap(arrived),
                          self._failed, owner=self)

    @property
    def network(self) -> NetworkTab:
        if self._network is None:
            self._network = self._network_slot.hold(NetworkTab(self.desk, self.participant_id))
            if self.dossier is not None:
                self._network.set_participant(self.dossier.participant, self.dossier.map_id)
        return self._network

    @property
    def scales(self) -> ScalesTab:
        if self._scales is None:
            self._scales = self._scales_slot.hold(ScalesTab(self.desk, self.participant_id))
            if self.dossier is not None:
                self._scales.set_participant(self.dossier.participant)
        return self._scales

    def _build_shown_tab(self, index: int) -> None:
        shown = self.tabs.widget(index)
        if shown is self._network_slot:
            self.network  # noqa: B018 - built on first sight
        elif shown is self._scales_slot:
            self.scales  # noqa: B018

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.facts.setText(self.tr("Het dossier kon niet gelezen worden (%1).").replace("%1", type(error).__name__))

    def participant_name(self) -> str:
        return self.name.text() or self.tr("de deelnemer")

    # --- edits (on the writer thread; the hub then refreshes what they changed) --------------------------------

    def _shown_on(self, tab) -> Callable[[Exception], None]:
        """An error callback that puts the failure beside the field of ``tab``."""
        def failed(error: Exception) -> None:
            if isinstance(error, DomainError):
                tab.show_error(error)
            else:
                self.message.emit(failure_sentence(error))
        return failed

    def _save_field(self, field: str, old, new, caption: str) -> None:
        def done(_changed) -> None:
            self.overview.field_saved(field)
            self.message.emit(self.tr("%1 opgeslagen.").replace("%1", caption))

        controllers.save_participant_field(self.desk, self.participant_id, field, old, new, caption, done,
                                           self._shown_on(self.overview), initiator=self.overview)

    def _add_goal(self, domain: int, description: str) -> None:
        def done(_changed) -> None:
            self.overview.goal_saved()
            self.message.emit(self.tr("Doel toegevoegd."))

        controllers.add_goal(self.desk, self.participant_id, domain, description, done,
                             self._shown_on(self.overview), initiator=self)

    def _change_phase(self, phase: str) -> None:
        trajectory = self.dossier.current_trajectory if self.dossier else None
        controllers.change_phase(self.desk, trajectory.id if trajectory else "", phase,
                                 lambda _changed: self.message.emit(self.tr("Fase gewijzigd.")),
                                 self._shown_on(self.trajectory), initiator=self)

    def open_signal_dialog(self) -> SignalDialog:
        person = self.dossier.participant if self.dossier else None
        participant_id = self.participant_id

        def write(ws: Workspace, values: dict):
            return ws.signals.record(person.partnership_id, values["problem"], life_domain=values["life_domain"],
                                     municipality=values["municipality"],
                                     participant_ids=[participant_id] if values["linked"] else [])

        dialog = SignalDialog(self.desk, person.municipality if person else None, write, self)
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
        trajectory_id = trajectory.id
        self.close_dialog = CloseDialog(self.desk, self.participant_name(), self.social,
                                        lambda ws, values: controllers.close_trajectory(ws, trajectory_id, values),
                                        self)
        dialog = self.close_dialog
        self.close_dialog.accepted.connect(lambda: (
            controllers.closed_trajectory(self.desk, trajectory_id, dialog.values()),
            self.message.emit(self.tr("Traject afgesloten. Ongedaan maken met Ctrl+Z."))))
        self.close_dialog.open()
        return self.close_dialog

    # --- the visit form -------------------------------------------------------------------------------------

    def open_visit_form(self) -> VisitForm:
        if self.visit_form is None:
            self.visit_form = VisitForm(self.desk, self.participant_id, self.participant_name())
            self.visit_form.submitted.connect(self._record_visit)
            self.visit_form.closed.connect(self.close_visit_form)
            self.form_area.setWidget(self.visit_form)
        self.stack.setCurrentWidget(self.form_area)
        self.visit_form.occurred_at.setFocus()
        return self.visit_form

    def close_visit_form(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        if self.visit_form is not None:
            self.visit_form.draft.stop()
            self.form_area.takeWidget()
            self.visit_form.deleteLater()
            self.visit_form = None
        self.record_button.setFocus()

    def _record_visit(self, values: dict) -> None:
        form = self.visit_form
        form.save_button.setEnabled(False)  # one press, one contact

        def done(_changed) -> None:
            if self.visit_form is form:
                form.saved()
                self.close_visit_form()
            self.tabs.setCurrentWidget(self.logbook)
            self.message.emit(self.tr("Contact opgeslagen. Ongedaan maken met Ctrl+Z."))

        def failed(error: Exception) -> None:
            if self.visit_form is form:
                form.save_button.setEnabled(True)
                self._shown_on(form)(error)

        controllers.record_visit(self.desk, self.participant_id, values, done, failed, initiator=self)

    def has_visit_draft(self) -> bool:
        return self.ws.drafts.load(draft_key(self.participant_id)) is not None

    def flush_drafts(self) -> None:
        if self.visit_form is not None:
            self.visit_form.draft.flush()
