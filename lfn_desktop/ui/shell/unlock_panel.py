"""The lock screen: unlock with the passphrase, or (first run) create the vault and say who you are.

The key derivation (Argon2id) runs off the GUI thread with a busy bar. Wrong passphrases are answered
with a plain sentence and, from the second try on, a growing pause before the next try.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.store.errors import VaultError, VaultInUse, WrongPassphrase
from lfn_desktop.store.keyfile import DEFAULT_KDF, MIN_PASSPHRASE, KdfParams
from lfn_desktop.store.quick_unlock import QuickUnlock, QuickUnlockGone, WrongPin
from lfn_desktop.store.store import Store
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.formats import BELGIAN
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.common.vault_messages import vault_problem
from lfn_desktop.ui.shell.pin_dialog import pin_field


class Attempts:
    """Wrong tries in this session (kept across lock screens, so locking again does not reset the pause)."""

    MAX_PAUSE_S = 60

    def __init__(self):
        self.failures = 0

    def pause_s(self) -> int:
        """Seconds to wait before the next try: none after the first mistake, then 2, 4, 8, … up to 60."""
        return 0 if self.failures < 2 else min(2 ** (self.failures - 1), self.MAX_PAUSE_S)


def create_vault(folder: Path, secret: str, kdf: KdfParams, *, name: str, role: str, partnership: str,
                 organisation: str, fte: float) -> Store:
    """First run: the vault, the partnership, the coach's organisation and the coach herself."""
    from lfn_desktop.operations import Workspace

    store = Store.create(folder, secret, kdf)
    ws = Workspace(store)
    partnership_id = ws.reference.create_partnership(partnership).id
    organisation_id = (ws.reference.add_organisation(partnership_id, organisation, "other").id
                       if organisation else None)
    user = ws.reference.add_user(partnership_id, name, role, organisation_id=organisation_id, fte=fte).id
    ws.reference.set_current_user(user)
    return store


class UnlockPanel(QWidget):
    unlocked = Signal(object)  # the opened Store

    def __init__(self, folder: Path, *, create: bool = False, attempts: Attempts | None = None,
                 kdf: KdfParams = DEFAULT_KDF, pause_unit_ms: int = 1000, banner: str | None = None,
                 quick: QuickUnlock | None = None, parent=None):
        super().__init__(parent)
        self.folder, self.create, self.kdf = folder, create, kdf
        self.quick = quick if quick is not None and quick.usable and not create else None
        self.attempts = attempts or Attempts()
        self.pause_unit_ms = pause_unit_ms  # tests shorten the pause; the schedule stays the same
        self.title = QLabel(self.tr("Welkom. Maak je kluis aan") if create else self.tr("De kluis is vergrendeld"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        intro = (self.tr("Alles wat je noteert, blijft versleuteld op deze laptop. Kies een wachtzin van minstens "
                         "8 tekens. Zonder wachtzin kan niemand de gegevens lezen, ook jij niet.") if create
                 else self.tr("Geef je wachtzin om je gegevens te openen."))
        self.name = QLineEdit(accessibleName=self.tr("Jouw naam"))
        self.role = QComboBox(accessibleName=self.tr("Jouw rol"))
        for value, text in labels.roles().items():
            self.role.addItem(text, value)
        self.partnership = QLineEdit(accessibleName=self.tr("Naam van het partnerschap"))
        self.organisation = QLineEdit(accessibleName=self.tr("Jouw organisatie"))
        self.fte = QDoubleSpinBox(accessibleName=self.tr("Jouw tewerkstelling in VTE"), minimum=0.1, maximum=1.0,
                                  singleStep=0.1, value=1.0, decimals=1)
        self.fte.setLocale(BELGIAN)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=self.tr("Wachtzin"))
        self.pin = pin_field(self, self.tr("Pincode"))
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=self.tr("Herhaal de wachtzin"))
        self.button = QPushButton(self.tr("Kluis &maken") if create else self.tr("&Ontgrendelen"),
                                  accessibleName=self.tr("Kluis maken") if create else self.tr("Ontgrendelen"))
        self.button.setAutoDefault(True)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        self.message.setStyleSheet("font-weight: bold;")
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, accessibleName=self.tr("Bezig"))
        self.busy.hide()

        form = self.form = QFormLayout()
        if create:
            form.addRow(self.tr("Jouw &naam"), self.name)
            form.addRow(self.tr("Jouw &rol"), self.role)
            form.addRow(self.tr("&Partnerschap"), self.partnership)
            form.addRow(self.tr("Jouw &organisatie"), self.organisation)
            form.addRow(self.tr("&VTE"), self.fte)
        if self.quick is not None:
            form.addRow(self.tr("&Pincode"), self.pin)
            intro = self.tr("Geef je pincode, of je wachtzin.")
        else:
            self.pin.hide()
        form.addRow(self.tr("&Wachtzin"), self.passphrase)
        if create:
            form.addRow(self.tr("&Herhaal de wachtzin"), self.repeat)
        for widget in (self.name, self.role, self.partnership, self.organisation, self.fte, self.repeat):
            widget.setVisible(create)
        box = QWidget()
        box.setFixedWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        if banner:
            inner.addWidget(QLabel(banner, wordWrap=True))
        inner.addWidget(QLabel(intro, wordWrap=True))
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.busy)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit if not create else self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.submit)
        self.pin.returnPressed.connect(self.submit_pin)
        first = self.name if create else self.pin if self.quick is not None else self.passphrase
        QTimer.singleShot(0, self, first.setFocus)

    def submit_pin(self) -> None:
        if not self.button.isEnabled() or self.quick is None or not self.pin.text():
            return
        self._set_busy(True)
        self.message.setText(self.tr("Bezig met openen…"))
        quick, pin, folder = self.quick, self.pin.text(), self.folder
        run_in_background(lambda: Store.open_with_key(folder, quick.unwrap(pin)), self._opened,
                          self._pin_failed, owner=self)

    def _pin_failed(self, error: Exception) -> None:
        self.pin.clear()
        if isinstance(error, WrongPin):
            self.message.setText(self.tr("De pincode klopt niet. Nog %n pogingen.", "", error.tries_left))
            self._set_busy(False)
            self.pin.setFocus()
            return
        if isinstance(error, QuickUnlockGone):
            self.quick = None
            self.pin.hide()
            self.form.labelForField(self.pin).hide()
            self._set_busy(False)
            self.message.setText(self.tr("Vijf keer een verkeerde pincode: de pincode werkt niet meer. Ontgrendel "
                                         "met je wachtzin."))
            self.passphrase.setFocus()
            return
        self._failed(error)

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        secret = self.passphrase.text()
        if self.create:
            problem = self._check_new(secret)
            if problem:
                self.message.setText(problem)
                return
        self._set_busy(True)
        self.message.setText(self.tr("Bezig met openen…") if not self.create else self.tr("Bezig met aanmaken…"))
        folder, kdf = self.folder, self.kdf
        if self.create:
            details = {"name": self.name.text().strip(), "role": self.role.currentData(),
                       "partnership": self.partnership.text().strip(), "organisation": self.organisation.text().strip(),
                       "fte": self.fte.value()}
            job = lambda: create_vault(folder, secret, kdf, **details)  # noqa: E731
        else:
            job = lambda: Store.open(folder, secret)  # noqa: E731
        run_in_background(job, self._opened, self._failed, owner=self)

    def _check_new(self, secret: str) -> str | None:
        if not self.name.text().strip():
            return self.tr("Vul je naam in.")
        if not self.partnership.text().strip():
            return self.tr("Vul de naam van het partnerschap in.")
        if len(secret) < MIN_PASSPHRASE:
            return self.tr("Kies een wachtzin van minstens %1 tekens.").replace("%1", str(MIN_PASSPHRASE))
        if secret != self.repeat.text():
            return self.tr("De twee wachtzinnen verschillen.")
        return None

    def _opened(self, store: Store) -> None:
        self.attempts.failures = 0
        self.passphrase.clear()
        self.repeat.clear()
        self.message.clear()
        self._set_busy(False)
        self.unlocked.emit(store)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassphrase):
            self.attempts.failures += 1
            pause = self.attempts.pause_s()
            text = self.tr("De wachtzin klopt niet.")
            if pause:
                text += " " + self.tr("Je kunt opnieuw proberen over %1 seconden.").replace("%1", str(pause))
            self.message.setText(text)
            self.passphrase.selectAll()
            self.busy.hide()  # waiting out the pause is not work in progress
            QTimer.singleShot(pause * self.pause_unit_ms, self, lambda: self._set_busy(False))
            return
        if isinstance(error, VaultInUse):
            self.message.setText(self.tr("Deze kluis is al open in een ander venster of commando van LfN Desktop. "
                                         "Sluit ze daar eerst; er is niets gewijzigd."))
        elif vault_problem(error):
            self.message.setText(vault_problem(error))
        elif isinstance(error, VaultError):
            self.message.setText(self.tr("De kluis kon niet geopend worden. Er is niets gewijzigd."))
        else:
            self.message.setText(self.tr("Onverwachte fout (%1). Er is niets gewijzigd.").replace(
                "%1", type(error).__name__))
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.pin.setEnabled(not busy)
        self.busy.setVisible(busy)
        if not busy:
            self.passphrase.setFocus()
