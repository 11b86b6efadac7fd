"""The last edits, each with what undoes it (an operation called with the previous values)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from lfn_desktop.operations import Workspace


@dataclass(frozen=True)
class Edit:
    description: str  # shown on the undo action, e.g. "Telefoon gewijzigd"
    participant_id: str | None
    revert: Callable[[Workspace], object]


class EditHistory(QObject):
    """Kept by the main window, so an edit can still be undone after a lock and unlock."""

    changed = Signal()
    LIMIT = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self._edits: list[Edit] = []

    def push(self, edit: Edit) -> None:
        self._edits = (self._edits + [edit])[-self.LIMIT:]
        self.changed.emit()

    def last(self) -> Edit | None:
        return self._edits[-1] if self._edits else None

    def drop(self, edit: Edit) -> None:
        """``edit`` was undone (on the writer thread): it leaves the stack."""
        if edit in self._edits:
            self._edits.remove(edit)
            self.changed.emit()

    def clear(self) -> None:
        self._edits.clear()
        self.changed.emit()
