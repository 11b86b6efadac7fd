"""Keep what is typed in a form as a draft inside the encrypted vault, a moment after each change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from lfn_common.errors import DomainError
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


class DraftedFormActions:
    """The buttons of a form kept as a draft (the visit form, the intake), mixed into its widget class, which has
    ``errors`` (FieldErrors), ``draft`` (FormDraft), ``values()``, the signals ``submitted`` and ``closed`` and the
    buttons ``save_button``, ``close_button`` and ``discard_button``."""

    def connect_actions(self, *, escape_closes: bool) -> None:
        """Save, close and discard from their buttons; Ctrl+Enter saves, and Esc closes where asked."""
        self.save_button.clicked.connect(lambda: self.submit())
        self.close_button.clicked.connect(lambda: self.close_form())
        self.discard_button.clicked.connect(lambda: self.discard())
        keys = [("Ctrl+Return", self.submit), ("Ctrl+Enter", self.submit)] + ([("Esc", self.close_form)]
                                                                             if escape_closes else [])
        for sequence, action in keys:
            QShortcut(QKeySequence(sequence), self, activated=action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refusal(self, values: dict[str, Any]) -> DomainError | None:
        """A check the form itself makes before submitting (none by default)."""
        return None

    def submit(self) -> None:
        self.errors.clear()
        values = self.values()
        problem = self.refusal(values)
        if problem is not None:
            self.errors.show(problem)
            return
        self.submitted.emit(values)

    def show_error(self, error: DomainError) -> None:
        self.errors.show(error)

    def saved(self) -> None:
        """In the vault: the draft has done its work."""
        self.draft.discard()

    def close_form(self) -> None:
        self.draft.flush()
        self.closed.emit()

    def discard(self) -> None:
        self.draft.discard()
        self.closed.emit()
