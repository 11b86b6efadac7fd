"""Where the network map and the scales plug in; their own issues replace these tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    """A clearly named empty tab. ``slot`` is the objectName the real view will take over."""

    def __init__(self, slot: str, title: str, explanation: str, parent=None):
        super().__init__(parent)
        self.setObjectName(slot)
        self.setAccessibleName(title)
        self.status = QLabel(wordWrap=True, accessibleName=title)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(explanation, wordWrap=True))
        layout.addWidget(self.status)
        layout.addStretch(1)
