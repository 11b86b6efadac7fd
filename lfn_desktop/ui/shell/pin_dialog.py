"""Settings → PIN for quick unlock: the coach chooses a short PIN (twice) that opens the vault again after a
lock, until the app is closed or the working day is over (see store/quick_unlock.py)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from lfn_desktop.store.quick_unlock import MAX_DIGITS, MIN_DIGITS, PinRefused, check_pin


def pin_field(parent, name: str) -> QLineEdit:
    field = QLineEdit(parent, echoMode=QLineEdit.EchoMode.Password, accessibleName=name, maxLength=MAX_DIGITS)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}"), field))
    return field


class PinDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pincode voor snel ontgrendelen"))
        explain = QLabel(self.tr("Na het vergrendelen kun je de kluis weer openen met deze pincode in plaats van je "
                                 "wachtzin, tot je de app afsluit of tot het einde van de werkdag. De pincode komt "
                                 "nooit op de schijf. Na vijf foute pogingen vraagt de app weer je wachtzin."),
                         wordWrap=True)
        self.pin = pin_field(self, self.tr("Pincode"))
        self.repeat = pin_field(self, self.tr("Herhaal de pincode"))
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        form = QFormLayout()
        form.addRow(self.tr("&Pincode (%1 tot %2 cijfers)").replace("%1", str(MIN_DIGITS)).replace(
            "%2", str(MAX_DIGITS)), self.pin)
        form.addRow(self.tr("&Herhaal de pincode"), self.repeat)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Instellen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.repeat.returnPressed.connect(self._check)
        self.pin.returnPressed.connect(self.repeat.setFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def _check(self) -> None:
        pin = self.pin.text()
        try:
            check_pin(pin)
        except PinRefused:
            self.message.setText(self.tr("Kies %1 tot %2 cijfers, geen rij (1234) en niet vier keer hetzelfde cijfer.")
                                 .replace("%1", str(MIN_DIGITS)).replace("%2", str(MAX_DIGITS)))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        if pin != self.repeat.text():
            self.message.setText(self.tr("De twee pincodes verschillen."))
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        self.accept()
