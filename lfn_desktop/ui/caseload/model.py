"""The caseload as a Qt table model (rows come from ``Queries.caseload``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from lfn_desktop.operations import CaseloadRow
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.row_model import RowsModel


class CaseloadModel(RowsModel[CaseloadRow]):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._phases = labels.phases()
        self.headers = (
            QCoreApplication.translate("Caseload", "Dossier"),
            QCoreApplication.translate("Caseload", "Naam"),
            QCoreApplication.translate("Caseload", "Gemeente"),
            QCoreApplication.translate("Caseload", "Fase"),
            QCoreApplication.translate("Caseload", "Coach"),
            QCoreApplication.translate("Caseload", "Laatste contact"),
            QCoreApplication.translate("Caseload", "Dagen stil"),
            QCoreApplication.translate("Caseload", "Volgend contact"),
            QCoreApplication.translate("Caseload", "Loslaten"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, index.column())
        if role == Qt.ItemDataRole.FontRole and r.quiet:
            return self._bold  # a quiet dossier stands out by weight and a marker, not by colour alone
        if role == Qt.ItemDataRole.ToolTipRole and r.quiet:
            return QCoreApplication.translate("Caseload", "Stilgevallen: al lang geen contact. Neem contact op.")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: CaseloadRow, column: int) -> str:
        if column == 0:
            return r.dossier_number
        if column == 1:
            return ("⚠ " if r.quiet else "") + r.name
        if column == 2:
            return r.municipality or ""
        if column == 3:
            return labels.label(self._phases, r.phase, "")
        if column == 4:
            return ", ".join(r.coach_names)
        if column == 5:
            return fmt_date(r.last_contact_at)
        if column == 6:
            return "" if r.days_since_contact is None else str(r.days_since_contact)
        if column == 7:
            return fmt_date(r.next_contact_on)
        if column == 8:
            return "" if r.release_level is None else f"{r.release_level}/10"
        return ""
