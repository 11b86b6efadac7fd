"""The one-folder bundle a coach installs: it builds, it passes its own self-test, and it is lean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run(
        [str(Path(sys.executable).with_name("pyinstaller")), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(tmp_path / "work"), str(ROOT / "packaging" / "lfn_desktop.spec")],
        cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = dist / "lfn-desktop"
    env = {k: v for k, v in os.environ.items() if k not in ("LFN_RESOURCES", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))  # no user state leaks in or out
    run = subprocess.run([str(bundle / "lfn-desktop"), "--self-test"], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout
    assert str(bundle) in run.stdout  # it used its own resources, not the checkout's

    shipped = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    assert any(p.endswith("resources/translations/lfn_en.qm") for p in shipped)
    assert any("store/migrations/versions/0001_initial_schema.py" in p for p in shipped)
    for unwanted in ("lfn_server", "fastapi", "uvicorn", "psycopg", "pytest", "/tests/", "QtWebEngine", "Qt6Quick",
                     ".ts"):
        assert not [p for p in shipped if unwanted in p and not p.endswith(".tsx")], unwanted
