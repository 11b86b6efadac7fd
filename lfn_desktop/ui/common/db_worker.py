"""The one thread on which the UI writes to the vault (Anki's single-worker task manager, Picard's
one-thread save pool): writes keep their order, the GUI thread never waits for the store's write lock
(which sync holds for a whole page), and success or failure comes back to the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from lfn_desktop.operations import Changed
from lfn_desktop.store.errors import VaultLocked
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.tasks import run_in_background


class DbWorker(QObject):
    def __init__(self, hub: ChangeHub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread: every write of the session runs on it

    def submit(self, write: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, *, owner: QObject | None = None,
               initiator: object | None = None) -> None:
        """Run ``write`` after every write submitted before it. A :class:`Changed` it returns is published on
        the hub (with ``initiator``) before ``on_done`` runs; ``on_error`` gets the exception."""

        def done(result) -> None:
            if isinstance(result, Changed):
                self.hub.publish(result, initiator)
            if on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, VaultLocked):
                # Nobody asked to handle it: the app's excepthook logs it. (A write queued behind the closing of
                # the vault has nothing left to write into; the app waits for the worker before closing.)
                raise error

        run_in_background(write, done, failed, owner=owner, pool=self._pool)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every submitted write is done (before the vault closes under them)."""
        return self._pool.waitForDone(timeout_ms)

