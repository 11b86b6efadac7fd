"""The help screen: every shortcut, from the one table the window uses."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lfn_desktop.ui.shell.actions import ACTIONS, form_shortcuts


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setAccessibleName(self.tr("Sneltoetsen"))
        rows = [(QKeySequence(spec.keys).toString(QKeySequence.SequenceFormat.NativeText),
                 spec.help_line()) for spec in ACTIONS if spec.keys] + form_shortcuts()
        self.table = QTableWidget(len(rows), 2, accessibleName=self.tr("Lijst van sneltoetsen"))
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat ze doet")])
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Alles kan met het toetsenbord. Ook in elk menu staat de sneltoets naast de "
                                        "opdracht."), wordWrap=True))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 480)
