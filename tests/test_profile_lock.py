"""One process at a time on a vault: while the app (here a second process holding the vault open) has it, a
restore, a passphrase change or a second window is refused with a clear sentence and changes nothing; when that
process dies, even by kill -9, the vault opens again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lfn_desktop.store.backup import backup_vault
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.ui.shell.unlock_panel import UnlockPanel

from .conftest import PASSPHRASE

HOLD = """
import sys, time
from lfn_desktop.store.store import Store
store = Store.open(sys.argv[1], sys.argv[2])
print("open", flush=True)
time.sleep(120)
"""


def hold_open(folder: Path) -> subprocess.Popen:
    """Another process with the vault open (as the app would have it)."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), PASSPHRASE], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "open"
    return holder


def lfn(data_dir: Path, *argv: str, new_passphrase: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "LFN_DATA_DIR": str(data_dir), "LFN_PASSPHRASE": PASSPHRASE}
    if new_passphrase:
        env["LFN_NEW_PASSPHRASE"] = new_passphrase
    return subprocess.run([sys.executable, "-m", "lfn_desktop", *argv], env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_second_process_is_refused_and_changes_nothing_until_the_first_one_dies(qtbot, tmp_path):
    data = tmp_path / "data"
    folder = data / "profiles" / "default"
    store = Store.create(folder, PASSPHRASE, LIGHT_KDF)
    backup = backup_vault(store, tmp_path / "backup.lfnbackup")
    store.close()
    key_before, db_before = (folder / "vault.key").read_bytes(), (folder / "vault.db").stat().st_mtime_ns

    holder = hold_open(folder)
    try:
        restore = lfn(data, "restore", str(backup))
        assert restore.returncode != 0 and "open in another LfN Desktop window or command" in restore.stderr
        change = lfn(data, "passphrase", new_passphrase="a brand new passphrase")
        assert change.returncode != 0 and "open in another" in change.stderr
        assert "Traceback" not in restore.stderr + change.stderr

        panel = UnlockPanel(folder, pause_unit_ms=20)  # a second window on the same vault
        qtbot.addWidget(panel)
        panel.show()
        qtbot.keyClicks(panel.passphrase, PASSPHRASE)
        QTest.keyClick(panel.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "al open in een ander venster" in panel.message.text(), timeout=10_000)

        assert (folder / "vault.key").read_bytes() == key_before  # nothing was changed
        assert (folder / "vault.db").stat().st_mtime_ns == db_before
        assert not list(folder.parent.glob("*before-restore*"))
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()

    assert lfn(data, "passphrase", new_passphrase="a brand new passphrase").returncode == 0  # the lock died with it
    Store.open(folder, "a brand new passphrase").close()
