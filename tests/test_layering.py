"""The core knows no screen: domain, store, operations, exchange and sync import no Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import lfn_desktop


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(lfn_desktop.__path__, "lfn_desktop."):
        if info.name.startswith(("lfn_desktop.ui", "lfn_desktop.store.migrations")):
            continue
        if info.name in ("lfn_desktop.__main__",):
            continue
        names.append(info.name)
    return names


def test_core_modules_import_without_qt():
    modules = core_modules()
    assert "lfn_desktop.operations" in modules and "lfn_desktop.store.writer" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'lfn_desktop.ui')))\n"
        "print(','.join(qt))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "", f"Qt imported by the core: {out}"
