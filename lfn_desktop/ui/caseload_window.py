"""The main window until the full workspace lands: the caseload with instant search."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from lfn_desktop.operations import Workspace

from .caseload_model import CaseloadModel


class CaseloadWindow(QMainWindow):
    def __init__(self, ws: Workspace, *, banner: str | None = None):
        super().__init__()
        self.ws = ws
        self.setWindowTitle(self.tr("LfN Desktop — Caseload"))
        self.resize(1100, 650)
        self.search = QLineEdit(placeholderText=self.tr("Zoek op naam of dossiernummer… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken in de caseload"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()

        central = QWidget()
        layout = QVBoxLayout(central)
        if banner:
            layout.addWidget(QLabel(banner, wordWrap=True))
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        rows = self.ws.queries.caseload(search=self.search.text().strip() or None)
        self.model.set_rows(rows)
        quiet = sum(r.quiet for r in rows)
        self.count.setText(self.tr("%1 deelnemers, waarvan %2 al lang zonder contact")
                           .replace("%1", str(len(rows))).replace("%2", str(quiet)))
