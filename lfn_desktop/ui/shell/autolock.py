"""Lock after a spell without keyboard, mouse or touch input: an event filter on the whole application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress}
DEFAULT_IDLE_MINUTES = 5


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, idle_ms: int, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=max(int(idle_ms), 50))
        self._timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def set_idle_ms(self, idle_ms: int) -> None:
        self._timer.setInterval(max(int(idle_ms), 50))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # any input postpones the lock
        return False

    def detach(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()
