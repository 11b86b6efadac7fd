"""Keep what is typed in a form as a draft inside the encrypted vault, a moment after each change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from lfn_desktop.ui.common.desk import Desk

SAVE_AFTER_MS = 400


class FormDraft(QObject):
    """``collect`` gives the form's JSON-ready values; ``flush`` writes them now (before a lock or close)."""

    def __init__(self, desk: Desk, key: str, collect: Callable[[], dict[str, Any]], parent=None):
        super().__init__(parent)
        self.desk, self.ws, self.key, self._collect = desk, desk.ws, key, collect
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
        """Queue the save on the writer thread (a lock waits for it before the vault closes)."""
        self._timer.stop()
        if self._dirty:
            key, payload = self.key, self._collect()
            self.desk.write(lambda ws: ws.drafts.save(key, payload))
            self._dirty = False

    def stop(self) -> None:
        """The form is going away: no save may fire after it (what needed keeping was flushed already)."""
        self._timer.stop()
        self._dirty = False

    def discard(self) -> None:
        self._timer.stop()
        self._dirty = False
        key = self.key
        self.desk.write(lambda ws: ws.drafts.discard(key))
