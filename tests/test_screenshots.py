"""PNGs of the main screens on a real X server (Xvfb), for a person to look at.

The images go to a folder of this test's own; set LFN_SCREENSHOT_DIR=docs/screenshots to refresh the
committed set instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from lfn_desktop.ui.shell.screenshots import SCREENS

XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"


def free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    assert Path(XVFB).exists(), "Xvfb is missing: apt-get install xvfb (scripts/setup.sh --dev does)"
    number = free_display()
    server = subprocess.Popen([XVFB, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def pixel_variety(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), max(image.height() // 60, 1)):
        for x in range(0, image.width(), max(image.width() // 60, 1)):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.slow
def test_screenshots_of_the_main_screens(xvfb, tmp_path):
    out = Path(os.environ.get("LFN_SCREENSHOT_DIR") or tmp_path / "screenshots")
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", LFN_LANG="nl",
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "lfn_desktop.ui.shell.screenshots", str(out)], env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    for name in SCREENS:
        path = out / f"{name}.png"
        assert path.exists(), f"{name}.png was not written"
        assert path.stat().st_size > 5_000, f"{name}.png is nearly empty"
        image = QImage(str(path))
        assert image.width() >= 300 and image.height() >= 200
        assert pixel_variety(image) >= 8, f"{name}.png looks blank"
