"""A read-only table of rows with fixed column headers: what the caseload and the logbook tables share."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

Row = TypeVar("Row")
_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set ``headers`` and answer ``data``; the rows are replaced as a whole, or a page is appended."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def append_rows(self, rows: list[Row]) -> None:
        """More rows at the end (a next page): the views keep their selection and scroll position."""
        if not rows:
            return
        self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows = [*self._rows, *rows]
        self.endInsertRows()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
