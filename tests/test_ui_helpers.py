"""Helpers shared by the UI tests (no tests here): build the main window on a real vault, read what a person sees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.ui.shell.main_window import MainWindow


def settle(window) -> None:
    """Wait as a person waits for a save to show: the writer thread finishes, and its result (and the reads it
    starts) reach the screen."""
    from lfn_desktop.ui.common.tasks import wait_for_background_work

    for _ in range(4):
        if window.desk is not None:
            window.desk.db.wait()
        wait_for_background_work()
        QCoreApplication.processEvents()


def open_window(qtbot, folder, ws=None, idle_ms: int = 3_600_000) -> MainWindow:
    window = MainWindow(folder, ws=ws, idle_ms=idle_ms, kdf=LIGHT_KDF, pause_unit_ms=20)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def wait_caseload(qtbot, window, rows: int | None = None) -> None:
    view = window.workspace.caseload
    qtbot.waitUntil(lambda: view.busy.isHidden() and (rows is None or view.model.rowCount() == rows), timeout=5000)


def wait_dossier(qtbot, dossier) -> None:
    qtbot.waitUntil(lambda: dossier.dossier is not None and dossier.busy.isHidden(), timeout=5000)


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in ``root`` and its visible children (titles, fields, lists)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.data(model.index(row, column)) or ""))
    return texts


def open_new_dossier(qtbot, folder, ws, team, given_name: str = "Noor"):
    """A participant of coach A, her dossier open in the main window: (window, dossier view, participant id)."""
    pid = ws.participants.intake(team["partnership"], given_name=given_name, coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, folder, ws)
    view = window.workspace.open_participant(pid)
    wait_dossier(qtbot, view)
    return window, view, pid
