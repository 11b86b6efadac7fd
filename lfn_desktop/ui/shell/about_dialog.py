"""Help → About: what this build is (version, commit, schema and protocol), for support and for the coach."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from lfn_desktop.build_info import build_info


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over LfN Desktop"))
        info = build_info()
        rows = [(self.tr("Versie"), info["version"]), (self.tr("Bouw"), info["commit"] or "—"),
                (self.tr("Gebouwd op"), info["built"] or "—"), (self.tr("Schema van de kluis"), info["schema"]),
                (self.tr("Synchronisatieprotocol"), info["protocol"]), (self.tr("SQLCipher"), info["sqlcipher"]),
                ("Python", info["python"]), (self.tr("Systeem"), info["system"])]
        table = "".join(f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>" for k, v in rows)
        purpose = escape(self.tr("Voor trajectbegeleiders van lokale partnerschappen."))
        self.details = QLabel(f"<h3>LfN Desktop</h3><p>{purpose}</p><table>{table}</table>",
                              accessibleName=self.tr("Versie-informatie"))
        self.details.setTextFormat(Qt.TextFormat.RichText)  # built from escaped values
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
