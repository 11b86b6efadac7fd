"""A dialog that only collects: ``submit`` writes through the domain, or raises a DomainError that is shown
beside the field it names, and the dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lfn_common.errors import DomainError
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label


class SubmitDialog(QDialog):
    def __init__(self, submit: Callable[[dict[str, Any]], object], parent=None):
        super().__init__(parent)
        self._submit = submit
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)

    def make_buttons(self, ok_text: str) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_text = QCoreApplication.translate("SubmitDialog", "Annuleren")  # one context for every subclass
        cancel.setText(cancel_text)
        cancel.setAccessibleName(cancel_text)
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept_if_valid(self) -> None:
        self.errors.clear()
        try:
            self._submit(self.values())
        except DomainError as error:
            self.errors.show(error)
            return
        self.accept()
