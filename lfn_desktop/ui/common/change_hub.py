"""One signal for every change to the vault: after each write of the UI and each page sync applied.

Views listen and refresh only what a change concerns (its tables, its participants), and skip a change they
made themselves when they already show it (as Anki's ``operation_did_execute`` does).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lfn_desktop.operations import Changed


class ChangeHub(QObject):
    changed = Signal(object, object)  # Changed, the object that asked for the write (None: sync, undo)

    def publish(self, changed: Changed, initiator: object | None = None) -> None:
        if not changed.empty:
            self.changed.emit(changed, initiator)
