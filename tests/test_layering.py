"""The core knows no screen: domain, store, operations, exchange and sync import no Qt."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

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


ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"], cwd=root,
                          env=env, capture_output=True, text=True)


def test_the_layer_contracts_hold():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_a_wrong_import_breaks_its_contract(tmp_path):
    """A copy of the tree with two imports that break the house: the check names both rules."""
    for package in ("lfn_common", "lfn_desktop", "lfn_server"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with (tmp_path / "lfn_common/hlc.py").open("a") as f:
        f.write("\nfrom PySide6 import QtCore  # noqa\n")
    with (tmp_path / "lfn_desktop/ui/dossier/view.py").open("a") as f:
        f.write("\nfrom lfn_desktop.store.models import Participant  # noqa\n")
    done = lint_imports(tmp_path)
    assert done.returncode != 0
    assert "The shared core knows no app, no server and no Qt BROKEN" in done.stdout
    assert "Screens reach data only through operations BROKEN" in done.stdout
    assert "lfn_desktop.ui.dossier.view -> lfn_desktop.store.models" in done.stdout
