"""Run blocking work off the GUI thread and hand (result, error) back to it.

Workers never touch a widget: the result travels back through a queued signal, and the callbacks run
on the GUI thread. When the widget that asked is gone by then (the vault was locked meanwhile), the
result is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which decides what to tell the user
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


_pending: set[_Relay] = set()
log = logging.getLogger(__name__)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None], *, owner: QObject | None = None,
                      pool: QThreadPool | None = None) -> _Relay:
    """Start ``fn`` on ``pool`` (reads: the shared pool; writes: the DB worker's); exactly one of the
    callbacks runs later on the GUI thread, unless ``owner`` has been deleted by then."""
    relay = _Relay()
    _pending.add(relay)  # keep the relay alive until it has reported

    def deliver(result, error):
        _pending.discard(relay)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if error is not None:
            log.warning("background work failed with %s", type(error), exc_info=error)
            on_error(error)
        else:
            on_done(result)

    relay.finished.connect(deliver)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
    return relay


class LatestOnly:
    """Reads that can race (a reload asked for while an older one still runs): only the newest result is
    shown; an older one arriving later is dropped."""

    def __init__(self) -> None:
        self._issued = 0

    def wrap(self, on_done: Callable[[Any], None]) -> Callable[[Any], None]:
        self._issued += 1
        ticket = self._issued

        def deliver(result: Any) -> None:
            if ticket == self._issued:
                on_done(result)

        return deliver


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    """Block until running jobs are done (before the vault closes under them)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
