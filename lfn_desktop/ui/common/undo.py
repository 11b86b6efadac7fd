"""The window's one undo stack (Qt's QUndoStack): every undoable edit, fields, visits, goals, intake, phase
changes and closing, and the network map's, in the order the coach made them. Kept by the main window, so an
edit can still be undone after a lock and unlock; each command reaches the vault open at that moment through
the writer thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack

from lfn_desktop.operations import Workspace

Write = Callable[[Workspace], Any]
# Run a write on the open vault's writer thread: (write, on_done, on_error); does nothing while locked.
Runner = Callable[[Write, Callable[[Any], None] | None, Callable[[Exception], None] | None], None]


class VaultEdit(QUndoCommand):
    def __init__(self, text: str, apply: Write, revert: Write, runner: Runner, *, done: bool,
                 after: Callable[[], None] | None = None, failed: Callable[[Exception], None] | None = None):
        super().__init__(text)
        self._apply, self._revert, self._run = apply, revert, runner
        self._skip_redo = done  # pushed after it was written: the first redo must not write it again
        self._after, self._failed = after, failed

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self._apply, self._finished, self._failed)

    def undo(self) -> None:
        self._run(self._revert, self._finished, self._failed)

    def _finished(self, _result) -> None:
        if self._after is not None:
            self._after()


class UndoHistory:
    """Records edits on the window's stack; the view that made an edit says how to undo (and redo) it."""

    def __init__(self, stack: QUndoStack, runner: Runner, failed: Callable[[Exception], None]):
        self.stack, self._run, self._failed = stack, runner, failed

    def written(self, text: str, apply: Write, revert: Write) -> None:
        """An edit that is already in the vault."""
        if not shiboken6.isValid(self.stack):  # the window closed while the write was under way
            return
        self.stack.push(VaultEdit(text, apply, revert, self._run, done=True, failed=self._failed))

    def perform(self, text: str, apply: Write, revert: Write, *, after: Callable[[], None] | None = None,
                failed: Callable[[Exception], None] | None = None) -> None:
        """An edit to make now (the map's: it is written when pushed)."""
        if not shiboken6.isValid(self.stack):
            return
        self.stack.push(VaultEdit(text, apply, revert, self._run, done=False, after=after,
                                  failed=failed or self._failed))
