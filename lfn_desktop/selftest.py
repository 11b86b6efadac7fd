"""``lfn-desktop --self-test``: prove that this installation (a source checkout or a packaged bundle) has
everything it needs, without touching any real vault.

It creates a throwaway encrypted vault in a temporary folder, writes and reads it, loads every shipped
instrument and translation, builds the main window offscreen, and exits 0 — or names what is missing.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from lfn_desktop import __version__, paths

PASSPHRASE = "self-test passphrase (throwaway vault)"


def _vault(work: Path) -> str:
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    folder = work / "vault"
    ws = Workspace(Store.create(folder, PASSPHRASE))
    partnership = ws.reference.create_partnership("Zelftest").id
    coach = ws.reference.add_user(partnership, "Zelftest Coach", "coach").id
    ws.reference.set_current_user(coach)
    person = ws.participants.intake(partnership, given_name="Zelftest", coach_ids=[coach]).id
    ws.contacts.record(person, duration_min=5, kind="phone", place="remote", notes="zelftest")
    ws.store.close()
    store = Store.open(folder, PASSPHRASE)
    try:
        [row] = Workspace(store).queries.caseload()
        assert row.name == "Zelftest" and row.last_contact_at is not None, "the vault did not read back"
        assert store.integrity_report() == [], "the vault's integrity check failed"
    finally:
        store.close()
    try:
        sqlite3.connect(folder / "vault.db").execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError:
        pass
    else:
        raise AssertionError("the vault file is readable without its key")
    return "encrypted vault created, written, read back"


def _instruments(_work: Path) -> str:
    from lfn_desktop.instruments.catalog import load_shipped

    found = load_shipped()
    assert found, "no instruments found in " + str(paths.resources_dir() / "instruments")
    return f"{len(found)} instruments loaded"


def _translations(_work: Path) -> str:
    from PySide6.QtCore import QTranslator

    from lfn_desktop.ui.common.i18n import LANGUAGES, compiled_translation

    loaded = []
    for language in LANGUAGES:
        if language == "nl":  # the source language needs no translation file
            continue
        qm = compiled_translation(language)
        assert qm is not None and QTranslator().load(str(qm)), f"the {language} translation does not load"
        loaded.append(language)
    return "translations loaded: " + ", ".join(loaded)


def _main_window(work: Path) -> str:
    from lfn_desktop.ui.shell.application import make_application
    from lfn_desktop.ui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(work / "vault")
    window.show()
    app.processEvents()
    assert window.isVisible(), "the main window did not show"
    window.close()
    app.processEvents()
    return "main window built offscreen"


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("vault", _vault), ("instruments", _instruments), ("translations", _translations), ("window", _main_window)]


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"LfN Desktop {__version__} self-test (resources: {paths.resources_dir()})")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="lfn-self-test-") as work:
        for name, check in CHECKS:
            try:
                print(f"  ok    {name}: {check(Path(work))}")
            except Exception as exc:  # report every failing part, not only the first
                failed += 1
                print(f"  FAIL  {name}: {exc or type(exc).__name__}")
                traceback.print_exc(limit=3)
    print("self-test passed" if not failed else f"self-test FAILED ({failed} of {len(CHECKS)} checks)")
    return 0 if not failed else 1
