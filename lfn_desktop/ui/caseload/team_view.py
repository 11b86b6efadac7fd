"""The team lead's view: running dossiers per coach and per FTE, against the norm of 16-18."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from lfn_common.vocabulary import CASELOAD_NORM_PER_FTE
from lfn_desktop.operations import CoachLoad, Workspace
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.formats import fmt_number
from lfn_desktop.ui.common.tasks import run_in_background


class TeamView(QWidget):
    def __init__(self, ws: Workspace, hub: ChangeHub | None = None, parent=None):
        super().__init__(parent)
        self.ws = ws
        if hub is not None:  # the load per coach follows assignments, trajectories and the team itself
            hub.changed.connect(lambda changed, _initiator: changed.touched(
                "assignment", "trajectory", "phase_change", "app_user", "participant") and self.reload())
        low, high = CASELOAD_NORM_PER_FTE
        self.title = QLabel(self.tr("Belasting per coach"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.explain = QLabel(self.tr("Norm: %1 tot %2 lopende trajecten per voltijdse coach (VTE).")
                              .replace("%1", str(low)).replace("%2", str(high)), wordWrap=True)
        self.table = QTableWidget(0, 6, accessibleName=self.tr("Belasting per coach"))
        self.table.setHorizontalHeaderLabels([self.tr("Coach"), self.tr("Organisatie"), self.tr("VTE"),
                                              self.tr("Lopende trajecten"), self.tr("Per VTE"), self.tr("Norm")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.total = QLabel(accessibleName=self.tr("Totaal van het team"))
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, accessibleName=self.tr("Bezig"))
        layout = QVBoxLayout(self)
        for widget in (self.title, self.explain, self.table, self.total, self.busy):
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        self.busy.show()
        run_in_background(self.ws.team.load_per_coach, self._show, self._failed, owner=self)

    def norm_text(self, load: CoachLoad) -> str:
        if load.above_norm:
            return self.tr("▲ boven de norm")
        if load.below_norm:
            return self.tr("▼ onder de norm")
        return self.tr("✓ binnen de norm")

    def _show(self, loads: list[CoachLoad]) -> None:
        self.busy.hide()
        self.table.setRowCount(len(loads))
        for row, load in enumerate(loads):
            cells = (load.name, load.organisation or "", fmt_number(load.fte, 1), str(load.running),
                     fmt_number(load.per_fte, 1), self.norm_text(load))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fte = sum(load.fte for load in loads)
        running = sum(load.running for load in loads)
        self.total.setText(self.tr("Team: %1 VTE, %2 toewijzingen aan lopende trajecten, %3 per VTE.")
                           .replace("%1", fmt_number(fte, 1)).replace("%2", str(running))
                           .replace("%3", fmt_number(running / fte if fte else 0, 1)))

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.total.setText(self.tr("De cijfers konden niet gelezen worden (%1).").replace("%1", type(error).__name__))
