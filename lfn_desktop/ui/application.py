"""Start the Qt application: pick the vault, unlock it, show the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog

from lfn_desktop import __version__, paths


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args) -> int:
    screenshot = args.screenshot
    if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        # A server or CI machine: draw offscreen and save what the window shows instead of hanging unseen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if not screenshot:
            screenshot = str(paths.data_dir(args.data_dir) / "screenshots" / "caseload.png")
        print(f"No display found: drawing offscreen and saving the window to {screenshot}", file=sys.stderr)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LfN Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(paths.APP_AUTHOR)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))  # readable by default, on any screen
    app.setFont(font)

    from .caseload_window import CaseloadWindow
    from .unlock_dialog import UnlockDialog

    base = paths.data_dir(args.data_dir)
    banner = None
    if args.demo:
        from lfn_desktop.demo import DEMO_PASSPHRASE, ensure_demo_vault

        store = ensure_demo_vault(paths.profile_dir(base, paths.DEMO_PROFILE))
        banner = app.tr("Demokluis met verzonnen gegevens. Wachtzin: %1").replace("%1", DEMO_PASSPHRASE)
    else:
        folder = paths.profile_dir(base, args.profile)
        dialog = UnlockDialog(folder, create=not (folder / "vault.key").exists())
        if screenshot:  # nothing to type into offscreen: show the dialog and stop
            dialog.show()
            return _save_and_quit(app, dialog, screenshot)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
            return 1
        store = dialog.store

    from lfn_desktop.operations import Workspace

    ws = Workspace(store)
    window = CaseloadWindow(ws, banner=banner)
    window.show()
    if screenshot:
        return _save_and_quit(app, window, screenshot, ws)
    code = app.exec()
    ws.close()
    return code


def _save_and_quit(app, widget, target: str, ws=None) -> int:
    def grab():
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(target)
        print(f"Saved {target}")
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    if ws is not None:
        ws.close()
    return 0
