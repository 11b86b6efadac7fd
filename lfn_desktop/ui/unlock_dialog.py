"""Ask for the passphrase (or a new one on first run) and unlock the vault off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from lfn_desktop.store.errors import VaultError, WrongPassphrase
from lfn_desktop.store.store import Store

from .tasks import run_in_background

MIN_PASSPHRASE = 8


class UnlockDialog(QDialog):
    """Unlock an existing vault, or create one when ``create`` is set. ``store`` holds the result."""

    def __init__(self, folder: Path, *, create: bool = False, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.create = create
        self.store: Store | None = None
        self._failures = 0
        self.setWindowTitle(self.tr("Nieuwe kluis maken") if create else self.tr("Kluis ontgrendelen"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtzin"))
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Herhaal de wachtzin"))
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Wachtzin"), self.passphrase)
        if create:
            form.addRow(self.tr("&Herhaal"), self.repeat)
        else:
            self.repeat.hide()
        layout = QVBoxLayout(self)
        intro = self.tr("Kies een wachtzin van minstens 8 tekens. Zonder wachtzin kan niemand de gegevens lezen, "
                        "ook jij niet.") if create else self.tr("Geef je wachtzin om je gegevens te openen.")
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        secret = self.passphrase.text()
        if self.create:
            if len(secret) < MIN_PASSPHRASE:
                return self._say(self.tr("Kies een wachtzin van minstens 8 tekens."))
            if secret != self.repeat.text():
                return self._say(self.tr("De twee wachtzinnen verschillen."))
        self._busy(True)
        folder, create = self.folder, self.create
        run_in_background(lambda: Store.create(folder, secret) if create else Store.open(folder, secret),
                          self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        self.store = store
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassphrase):
            self._failures += 1
            # A growing pause after each wrong try slows guessing at the keyboard.
            delay_s = min(2 ** (self._failures - 1), 30) if self._failures > 1 else 0
            self._say(self.tr("De wachtzin klopt niet.") + (
                " " + self.tr("Probeer opnieuw over %n seconde(n).", "", delay_s) if delay_s else ""))
            self.passphrase.selectAll()
            QTimer.singleShot(delay_s * 1000, lambda: self._busy(False))
        else:
            message = str(error) if isinstance(error, VaultError) else self.tr("Onverwachte fout: %1").replace(
                "%1", type(error).__name__)
            self._say(message)
            self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if not busy:
            self.passphrase.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
