"""A dialog that only collects: ``write(ws, values)`` runs on the writer thread; a DomainError it raises is
shown beside the field it names, and the dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lfn_common.errors import DomainError
from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.field_errors import FieldErrors, error_label


class SubmitDialog(QDialog):
    def __init__(self, desk: Desk, write: Callable[[Workspace, dict[str, Any]], object], parent=None):
        super().__init__(parent)
        self._desk, self._write = desk, write
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
        values, write = self.values(), self._write
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # one press, one write

        def failed(error: Exception) -> None:
            ok.setEnabled(True)
            if isinstance(error, DomainError):
                self.errors.show(error)
            else:
                self.general_error.setText(failure_sentence(error))
                self.general_error.show()

        self._desk.write(lambda ws: write(ws, values), lambda _result: self.accept(), failed, owner=self,
                         initiator=self)
