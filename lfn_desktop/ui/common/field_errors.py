"""Show a domain error as a sentence right under the field it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lfn_common.errors import DomainError
from lfn_desktop.ui.common.domain_messages import sentence
from lfn_desktop.ui.common.look import ERROR_TEXT


def error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setObjectName("fieldError")
    # Not by colour alone: a marker and bold text, with a dark red that also reads in grey.
    label.setStyleSheet(f"QLabel#fieldError {{ color: {ERROR_TEXT.name()}; font-weight: bold; }}")
    label.hide()
    return label


class FieldErrors:
    """The error labels of one form, by domain field name; unknown fields go to the general label."""

    def __init__(self, general: QLabel):
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """A container holding ``widget`` with its (hidden) error label beneath; register it as ``name``."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label()
        label.setAccessibleName(QLabel.tr("Foutmelding"))
        layout.addWidget(label)
        for key in (name, *aliases):
            self._fields[key] = (widget, label)
        # The form's label (Alt+letter) has the box as its buddy, and a label only hands the focus to a buddy that
        # takes focus: the box does, and passes it on to the field (Tab skips a widget with a proxy).
        box.setFocusPolicy(widget.focusPolicy())
        box.setFocusProxy(widget)
        return box

    def show(self, error: DomainError) -> QLabel:
        """Put the sentence beside its field (or in the general label) and move the focus there."""
        self.clear()
        widget, label = self._fields.get(error.field or "", (None, self.general))
        label.setText("⚠ " + sentence(error))
        label.show()
        if widget is not None:
            widget.setAccessibleDescription(label.text())
            widget.setFocus()
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setAccessibleDescription("")
        self.general.clear()
        self.general.hide()

    def label_for(self, name: str) -> QLabel:
        return self._fields[name][1]
