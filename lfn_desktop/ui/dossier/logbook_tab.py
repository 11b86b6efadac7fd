"""The logbook: the participant's contacts, newest first, with the full text of the selected one.

A long logbook comes in pages (the newest first): "Oudere contacten tonen" asks for the next one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.formats import fmt_date, fmt_datetime
from lfn_desktop.ui.common.resources import kind_icon
from lfn_desktop.ui.common.row_model import RowsModel

MEASURED_ROWS = 40  # rows a column is measured on when it is fitted to its contents (Qt measures 1,000)


class LogbookModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (
            QCoreApplication.translate("Logbook", "Wanneer"),
            QCoreApplication.translate("Logbook", "Soort"),
            QCoreApplication.translate("Logbook", "Duur"),
            QCoreApplication.translate("Logbook", "Plaats"),
            QCoreApplication.translate("Logbook", "Levensdomeinen"),
            QCoreApplication.translate("Logbook", "Afspraken"),
            QCoreApplication.translate("Logbook", "Volgende stap"),
        )
        self._kinds, self._places = labels.contact_kinds(), labels.contact_places()
        self._domains = labels.life_domains_short()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return kind_icon(c.kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return fmt_datetime(c.occurred_at)
        if column == 1:
            return labels.label(self._kinds, c.kind)
        if column == 2:
            return QCoreApplication.translate("Logbook", "%1 min").replace("%1", str(c.duration_min))
        if column == 3:
            return labels.label(self._places, c.place)
        if column == 4:
            return ", ".join(self._domains.get(d, str(d)) for d in c.life_domains)
        if column == 5:
            return (c.agreements or "").splitlines()[0] if c.agreements else ""
        if column == 6:
            return " ".join(filter(None, (c.next_step, fmt_date(c.next_step_on, "") if c.next_step_on else "")))
        return None


class LogbookTab(QWidget):
    record_requested = Signal()
    more_requested = Signal(int)  # the number of contacts shown: where the next page starts

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Logboek"))
        self.new_button = QPushButton(
            self.tr("Nieuw &contact registreren (Ctrl+R)"),
            accessibleName=self.tr("Nieuw contact registreren"),
            autoDefault=True,
        )
        self.new_button.clicked.connect(self.record_requested)
        self.summary = QLabel(accessibleName=self.tr("Samenvatting van het logboek"))
        self.model = LogbookModel(self)
        self.table = QTableView(accessibleName=self.tr("Contacten en bezoeken"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)  # not all 200 rows of a page
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.more_button = QPushButton(self.tr("O&udere contacten tonen"),
                                       accessibleName=self.tr("Oudere contacten tonen"), autoDefault=True)
        self.more_button.clicked.connect(lambda _checked=False: self.more_requested.emit(self.model.rowCount()))
        self.more_button.hide()
        self.detail = QTextBrowser(accessibleName=self.tr("Details van het gekozen contact"))
        self.detail.setMaximumHeight(160)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.detail)
        self._total = 0

    def set_contacts(self, contacts: list, total: int | None = None, minutes: int | None = None) -> None:
        """The newest ``contacts`` of her ``total`` (all of them when None), ``minutes`` together."""
        self.model.set_rows(contacts)
        self._total = len(contacts) if total is None else total
        minutes = sum(c.duration_min for c in contacts) if minutes is None else minutes
        self.summary.setText(
            self.tr("%1 contacten, samen %2 uur")
            .replace("%1", str(self._total))
            .replace("%2", str(round(minutes / 60)))
        )
        self._show_more_button()
        if contacts:
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def append_contacts(self, contacts: list) -> None:
        """The next, older page, below what is shown; the selection stays where it was."""
        self.model.append_rows(contacts)
        self._show_more_button()

    def _show_more_button(self) -> None:
        shown = self.model.rowCount()
        self.more_button.setVisible(shown < self._total)
        self.more_button.setToolTip(self.tr("%1 van %2 getoond").replace("%1", str(shown))
                                    .replace("%2", str(self._total)))

    def _show_detail(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        c = self.model.row_at(current.row())
        parts = [
            (self.tr("Aanwezig"), c.present),
            (self.tr("Notities"), c.notes),
            (self.tr("Afspraken"), c.agreements),
            (self.tr("Volgende stap"), c.next_step),
        ]
        self.detail.setPlainText("\n".join(f"{k}: {v}" for k, v in parts if v))
