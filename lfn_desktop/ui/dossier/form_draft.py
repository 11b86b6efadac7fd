"""Keep what is typed in a form as a draft inside the encrypted vault, a moment after each change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from lfn_desktop.operations import Workspace

SAVE_AFTER_MS = 400


class FormDraft(QObject):
    """``collect`` gives the form's JSON-ready values; ``flush`` writes them now (before a lock or close)."""

    def __init__(self, ws: Workspace, key: str, collect: Callable[[], dict[str, Any]], parent=None):
        super().__init__(parent)
        self.ws, self.key, self._collect = ws, key, collect
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

    def load(self) -> dict[str, Any] | None:
        return self.ws.drafts.load(self.key)

    def touched(self) -> None:
        """Call on every change of the form."""
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self.ws.drafts.save(self.key, self._collect())
            self._dirty = False

    def discard(self) -> None:
        self._timer.stop()
        self._dirty = False
        self.ws.drafts.discard(self.key)
