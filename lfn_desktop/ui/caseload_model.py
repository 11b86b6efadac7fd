"""The caseload as a Qt table model (rows come from ``Queries.caseload``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from lfn_desktop.operations import CaseloadRow

_ROOT = QModelIndex()
PHASE_LABELS = {"acquaintance": "Kennismaking", "active": "Actief", "closing": "Afronding", "closed": "Afgesloten"}


class CaseloadModel(QAbstractTableModel):
    HEADERS = ("Dossier", "Naam", "Gemeente", "Fase", "Coach", "Laatste contact", "Dagen stil",
               "Volgend contact", "Loslaten")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, index.column())
        if role == Qt.ItemDataRole.FontRole and r.quiet:
            font = QFont()
            font.setBold(True)  # a quiet dossier stands out by weight and a marker, not by colour alone
            return font
        if role == Qt.ItemDataRole.ToolTipRole and r.quiet:
            return "Aanklappend: al lang geen contact. Neem contact op."
        return None

    def _text(self, r: CaseloadRow, column: int) -> str:
        fmt = "dd/MM/yyyy"
        if column == 0:
            return r.dossier_number
        if column == 1:
            return ("⚠ " if r.quiet else "") + r.name
        if column == 2:
            return r.municipality or ""
        if column == 3:
            return PHASE_LABELS.get(r.phase or "", "")
        if column == 4:
            return ", ".join(r.coach_names)
        if column == 5:
            return self._locale.toString(r.last_contact_at.date(), fmt) if r.last_contact_at else "—"
        if column == 6:
            return "" if r.days_since_contact is None else str(r.days_since_contact)
        if column == 7:
            return self._locale.toString(r.next_contact_on, fmt) if r.next_contact_on else "—"
        if column == 8:
            return "" if r.release_level is None else f"{r.release_level}/10"
        return ""
