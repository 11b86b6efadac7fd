"""The caseload: the coach's participants (a team lead's: everyone's), filters and instant search.

The rows are read once off the GUI thread; search and filters then work on them in memory, so each
keystroke answers at once even on a big vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lfn_common.text import fold
from lfn_common.vocabulary import QUIET_AFTER_DAYS
from lfn_desktop.operations import CaseloadRow, Changed, Workspace
from lfn_desktop.operations.queries import urgency
from lfn_desktop.ui.caseload.model import CaseloadModel
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.tasks import LatestOnly, run_in_background

RUNNING, EVERYTHING = "", "*"


def read_caseload(ws: Workspace, coach_id: str | None):
    """Worker side: every row the view may show (closed ones too), the municipalities, the coaches."""
    rows = ws.queries.caseload(coach_id=coach_id, include_closed=True)
    coaches = [(u.id, u.name) for u in ws.reference.users() if u.role == "coach"]
    return rows, ws.queries.municipalities(), coaches


def matches(row: CaseloadRow, key: str, needle: str, phase: str, coach: str | None, municipality: str | None) -> bool:
    if phase == RUNNING and row.phase == "closed":
        return False
    if phase not in (RUNNING, EVERYTHING) and row.phase != phase:
        return False
    if coach and coach not in row.coach_ids:
        return False
    if municipality and row.municipality != municipality:
        return False
    return needle in key


def shown_any(model: CaseloadModel) -> bool:
    return model.rowCount() > 0


class CaseloadView(QWidget):
    open_participant = Signal(str)
    intake_wanted = Signal()  # the first-run button: register a participant
    loaded = Signal()
    painted = Signal()  # the table has been drawn with the loaded rows

    # What a caseload row shows comes from these tables; a change elsewhere leaves the list as it is.
    SHOWN_TABLES = ("participant", "trajectory", "phase_change", "contact", "assignment", "measurement")
    ROWS_AT_ONCE = 200  # a change to more dossiers than this (a first sync) re-reads the whole list

    def __init__(self, ws: Workspace, *, own_coach_id: str | None = None, hub: ChangeHub | None = None,
                 parent=None):
        super().__init__(parent)
        self.ws = ws
        self._reads = LatestOnly()
        self.own_coach_id = own_coach_id  # a coach sees her own caseload; None: a team lead sees all
        self._rows: list[CaseloadRow] = []
        self._keys: list[str] = []
        self._await_paint = False
        self.search = QLineEdit(placeholderText=self.tr("Zoek op naam of dossiernummer… (Ctrl+F)"),
                                accessibleName=self.tr("Zoeken in de caseload"), clearButtonEnabled=True)
        self.phase = QComboBox(accessibleName=self.tr("Filter op fase"))
        self.phase.addItem(self.tr("Lopende trajecten"), RUNNING)
        for value, text in labels.phases().items():
            self.phase.addItem(text, value)
        self.phase.addItem(self.tr("Alle trajecten"), EVERYTHING)
        self.coach = QComboBox(accessibleName=self.tr("Filter op coach"))
        self.municipality = QComboBox(accessibleName=self.tr("Filter op gemeente"))
        self.model = CaseloadModel(self)
        self.table = QTableView(accessibleName=self.tr("Caseload"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # measure a sample, not every row of a big caseload
        self._sized = False
        self._last_filter = None  # (filters, needle, indices of the rows they matched)
        self.table.activated.connect(lambda index: self.open_participant.emit(self.model.row_at(index.row())
                                                                              .participant_id))
        # The first run: an empty vault says how participants get in (a new coach sees an empty list otherwise).
        self.first_run = QLabel(self.tr(
            "<b>Nog geen deelnemers.</b> Schrijf iemand in met <i>Bestand → Nieuwe deelnemer</i> (Ctrl+N). "
            "Lopende trajecten uit een ander project neem je over met <tt>lfn-desktop import blad.xlsx</tt>. "
            "Werk je in een team met een server, koppel dan deze laptop (<i>Synchronisatie → Laptop koppelen aan de "
            "server</i>) en synchroniseer (F5): de dossiers van je caseload komen dan vanzelf."),
            wordWrap=True, accessibleName=self.tr("Uitleg bij een lege caseload"))
        self.first_run.setTextFormat(Qt.TextFormat.RichText)
        self.first_run.hide()
        self.new_participant = QPushButton(self.tr("Nieuwe deelnemer inschrijven (Ctrl+N)"))
        self.new_participant.clicked.connect(self.intake_wanted)
        self.new_participant.hide()
        self.count = QLabel(accessibleName=self.tr("Aantal deelnemers"))
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, maximumWidth=160,
                                 accessibleName=self.tr("Caseload wordt geladen"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for text, combo in ((self.tr("&Fase"), self.phase), (self.tr("&Coach"), self.coach),
                            (self.tr("&Gemeente"), self.municipality)):
            caption = QLabel(text)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.first_run)
        layout.addWidget(self.new_participant, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.search, self.phase)
        self.setTabOrder(self.phase, self.coach)
        self.setTabOrder(self.coach, self.municipality)
        self.setTabOrder(self.municipality, self.table)

        self.search.textChanged.connect(self.apply_filters)
        self.search.returnPressed.connect(self._open_from_search)
        self.search.installEventFilter(self)  # arrows move through the results while she types
        for combo in (self.phase, self.coach, self.municipality):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.viewport().installEventFilter(self)
        if hub is not None:
            hub.changed.connect(self._on_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.busy.show()
        ws, coach = self.ws, self.own_coach_id
        run_in_background(lambda: read_caseload(ws, coach), self._reads.wrap(self._arrived), self._failed,
                          owner=self)

    def _on_changed(self, changed: Changed, _initiator: object | None) -> None:
        if changed.touched("app_user", "organisation") or len(changed.participants) > self.ROWS_AT_ONCE:
            self.reload()
        elif changed.participants and changed.touched(*self.SHOWN_TABLES):
            self.refresh_participants(changed.participants)

    def refresh_participants(self, participant_ids) -> None:
        """Re-read only these dossiers' rows (one query for all of them) and put them in their place."""
        ws, coach, ids = self.ws, self.own_coach_id, frozenset(participant_ids)
        run_in_background(lambda: ws.queries.caseload(coach_id=coach, include_closed=True, participant_ids=ids),
                          lambda rows: self._merge(ids, rows), self._failed, owner=self)

    def _merge(self, ids: frozenset[str], fresh: list[CaseloadRow]) -> None:
        rows = sorted([r for r in self._rows if r.participant_id not in ids] + fresh, key=urgency)
        self._rows, self._last_filter = rows, None
        self._show_first_run(not rows)
        self._keys = [fold(f"{r.name} {r.dossier_number}") for r in rows]
        known = {self.municipality.itemData(i) for i in range(self.municipality.count())}
        for municipality in sorted({r.municipality for r in fresh if r.municipality} - known):
            self.municipality.addItem(municipality, municipality)
        self.apply_filters()

    def _arrived(self, result) -> None:
        rows, municipalities, coaches = result
        self._rows, self._last_filter = rows, None
        self._show_first_run(not rows)
        self._keys = [fold(f"{r.name} {r.dossier_number}") for r in rows]
        self._fill_combo(self.municipality, self.tr("Alle gemeenten"), [(m, m) for m in municipalities])
        if self.own_coach_id:
            own = [(c, n) for c, n in coaches if c == self.own_coach_id]
            self._fill_combo(self.coach, None, own)
            self.coach.setEnabled(False)
        else:
            self._fill_combo(self.coach, self.tr("Alle coaches"), coaches)
        self.busy.hide()
        self._await_paint = True
        self.apply_filters()
        if not self._sized and shown_any(self.model):
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            self._sized = True
        self.loaded.emit()

    def _show_first_run(self, empty: bool) -> None:
        self.first_run.setVisible(empty)
        self.new_participant.setVisible(empty)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.count.setText(self.tr("De caseload kon niet gelezen worden (%1).").replace("%1", type(error).__name__))

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str | None, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # --- filtering ------------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        needle = fold(self.search.text()).strip()
        phase, municipality = self.phase.currentData(), self.municipality.currentData()
        coach = None if self.own_coach_id else self.coach.currentData()
        # Typing on narrows what is shown already: each keystroke after the first looks only at the last matches
        # (a region's caseload holds 5,000 rows).
        filters, rows = (phase, coach, municipality), range(len(self._rows))
        if self._last_filter is not None and self._last_filter[0] == filters and needle.startswith(
                self._last_filter[1]):
            rows = self._last_filter[2]
        kept = [i for i in rows if matches(self._rows[i], self._keys[i], needle, phase, coach, municipality)]
        self._last_filter = (filters, needle, kept)
        shown = [self._rows[i] for i in kept]
        self.model.set_rows(shown)
        if shown and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        quiet = sum(r.quiet for r in shown)
        # Qt's plural forms: "1 deelnemer", "2 deelnemers" (the Dutch ones come from lfn_nl.ts).
        text = self.tr("%n deelnemers, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)", "",
                       len(shown))
        self.count.setText(text.replace("%1", str(quiet)).replace("%2", str(QUIET_AFTER_DAYS)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_participant(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).participant_id if index.isValid() else None

    def _open_from_search(self) -> None:
        """Enter in the search: the one match opens; among several, the chosen row (the first at first)."""
        index = self.table.currentIndex()
        if self.model.rowCount() == 1 or (index.isValid() and self.model.rowCount()):
            row = index.row() if index.isValid() else 0
            self.open_participant.emit(self.model.row_at(row).participant_id)

    def _step_results(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            current = self.table.currentIndex().row()
            self.table.selectRow(min(max(current + step, 0), count - 1))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step_results(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        if event.type() == QEvent.Type.Paint and self._await_paint:
            self._await_paint = False
            self.painted.emit()
        return False
