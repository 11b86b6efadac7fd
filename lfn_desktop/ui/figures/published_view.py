"""What the support group (ondersteuningsgroep) reads: the reports its team lead published, counts only, small ones
masked, and the signals. It is all a support-group member's vault ever receives (never a dossier)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.tables import fill_table, read_only_table


class PublishedView(QWidget):
    def __init__(self, ws: Workspace, hub: ChangeHub | None = None, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.reports: list = []
        if hub is not None:
            hub.changed.connect(lambda changed, _initiator: changed.touched("published_report") and self.reload())
        title = QLabel(self.tr("Gepubliceerde cijfers van het partnerschap"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.choice = QComboBox(accessibleName=self.tr("Rapport"))
        self.choice.currentIndexChanged.connect(self._show)
        self.table = read_only_table([self.tr("Wat"), self.tr("Waarde")], self.tr("Cijfers"))
        self.signals = read_only_table([self.tr("Probleem"), self.tr("Levensdomein"), self.tr("Gemeente"),
                                        self.tr("Aantal")], self.tr("Signalen"))
        self.empty = QLabel(self.tr("Er is nog niets gepubliceerd. De teamleider publiceert de cijfers van een "
                                    "kwartaal; ze komen hier na de volgende synchronisatie (F5)."), wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (title, self.choice, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Signalen")))
        layout.addWidget(self.signals, 1)
        self.reload()

    def reload(self) -> None:
        self.reports = self.ws.publishing.published()
        self.choice.blockSignals(True)
        self.choice.clear()
        for report in self.reports:
            self.choice.addItem(self.tr("%1 (gepubliceerd op %2)").replace("%1", report.period).replace(
                "%2", fmt_date(report.published_on)))
        self.choice.blockSignals(False)
        self.empty.setVisible(not self.reports)
        self._show(0)

    def _show(self, index: int) -> None:
        report = self.reports[index] if 0 <= index < len(self.reports) else None
        rows = []
        for table in (report.tables if report else []):
            rows.append([table["title"], ""])
            rows += [[" · ".join(r[:-1]) if len(r) > 1 else r[0], r[-1] if len(r) > 1 else ""] for r in table["rows"]]
        fill_table(self.table, rows)
        fill_table(self.signals, [[problem or self.tr("(tekst niet meegegeven)"),
                                   labels.label(labels.life_domains(), domain), municipality or "—", count]
                                  for problem, domain, municipality, count in (report.signals if report else [])])
