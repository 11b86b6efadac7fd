"""Start the Qt application: language, font, the main window on the chosen vault (or the demo vault)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from lfn_desktop import __version__, paths
from lfn_desktop.ui.common.i18n import install_translation
from lfn_desktop.ui.common.look import apply_look


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application() -> QApplication:
    """The one QApplication, with a readable default font and the chosen language installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LfN Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(paths.APP_AUTHOR)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))  # readable by default, on any screen
    app.setFont(font)
    apply_look(app)  # contrast of 4.5:1 for every text, a focus ring you can see
    if not getattr(app, "_lfn_translated", False):
        install_translation(app)
        app._lfn_translated = True
    return app


def run_gui(args) -> int:
    screenshot = args.screenshot
    if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        # A server or CI machine: draw offscreen and save what the window shows instead of hanging unseen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if not screenshot:
            screenshot = str(paths.data_dir(args.data_dir) / "screenshots" / "caseload.png")
        print(f"No display found: drawing offscreen and saving the window to {screenshot}", file=sys.stderr)

    app = make_application()
    from lfn_desktop.ui.shell.main_window import MainWindow

    base = paths.data_dir(args.data_dir)
    if args.demo:
        from lfn_desktop.demo import DEMO_PASSPHRASE, ensure_demo_vault

        folder = paths.profile_dir(base, paths.DEMO_PROFILE)
        banner = app.translate("Application", "Demokluis met verzonnen gegevens. Wachtzin: %1").replace(
            "%1", DEMO_PASSPHRASE)
        window = MainWindow(folder, banner=banner, opener=lambda: ensure_demo_vault(folder))
    else:
        window = MainWindow(paths.profile_dir(base, args.profile))
    window.show()
    if screenshot:
        return _save_when_ready(app, window, Path(screenshot), wait_for_caseload=args.demo)
    return app.exec()


def _save_when_ready(app, window, target: Path, *, wait_for_caseload: bool, timeout_ms: int = 30_000) -> int:
    """Save the window once the caseload is painted (or the lock screen shown), then quit."""
    waited = {"ms": 0}

    def ready() -> bool:
        workspace = window.workspace
        return not wait_for_caseload or (workspace is not None and workspace.caseload.model.rowCount() > 0)

    def poll():
        waited["ms"] += 100
        if ready() or waited["ms"] > timeout_ms:
            target.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(target))
            print(f"Saved {target}")
            window.close()
            app.quit()
        else:
            QTimer.singleShot(100, poll)

    QTimer.singleShot(300, poll)
    app.exec()
    return 0
