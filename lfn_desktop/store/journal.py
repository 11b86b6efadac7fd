"""The restore's swap of files as a journaled step: finished at the next start when a crash interrupts it.
(A passphrase change needs no journal: its one rename is atomic; a crash before it leaves a temporary file,
destroyed here.)

A restore first unpacks and checks the backup in a staging folder inside the profile (nothing of the vault is
touched then). Only when all of it is sound is ``restore.journal`` written; then the vault's files are moved
aside and the staged ones moved in, one rename at a time. A crash between two renames leaves the journal, and
the next command or start of the app rolls the swap forward: the staged copy was complete and checked before
the first rename, so going forward is always safe, and every step can be repeated.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

from .errors import VaultInUse
from .keyfile import write_atomically
from .profile_lock import ProfileLock
from .vault import DB_NAME, JOURNAL_NAME, KEY_NAME, STAGING_PREFIX, VaultPaths, destroy_key_file

log = logging.getLogger(__name__)


def swap_in(folder: Path, staging: Path, aside: Path | None) -> None:
    """Replace the vault in ``folder`` by the checked one in ``staging``; the old files go to ``aside``."""
    doc = {"staging": staging.name, "aside": aside.name if aside else None}
    write_atomically(folder / JOURNAL_NAME, json.dumps(doc).encode())
    _roll_forward(folder, staging, aside)
    _finish(folder, staging)


def finish_interrupted(folder: Path) -> bool:
    """Complete a swap a crash interrupted (call with the profile locked); True if there was one. A new key
    file a killed passphrase change had not yet renamed into place is destroyed: the change did not happen."""
    for unfinished in folder.glob(f".{KEY_NAME}.*.tmp"):
        destroy_key_file(unfinished)
    journal = folder / JOURNAL_NAME
    if not journal.exists():
        for leftover in folder.glob(STAGING_PREFIX + "*"):  # a restore that stopped before its swap began
            shutil.rmtree(leftover, ignore_errors=True)
        return False
    doc = json.loads(journal.read_text())
    staging = folder / doc["staging"]
    aside = folder.parent / doc["aside"] if doc.get("aside") else None
    if staging.exists():
        _roll_forward(folder, staging, aside)
    _finish(folder, staging)
    log.warning("finished a restore that was interrupted")
    return True


def recover(folder: Path) -> None:
    """Before anything looks at a profile: finish an interrupted restore, unless another process has it open
    (which then did so itself)."""
    folder = Path(folder)
    if not any(folder.glob(f".{KEY_NAME}.*.tmp")) and not (folder / JOURNAL_NAME).exists() \
            and not any(folder.glob(STAGING_PREFIX + "*")):
        return
    lock = ProfileLock(folder)
    try:
        lock.acquire()
    except VaultInUse:
        return
    try:
        finish_interrupted(folder)
    finally:
        lock.release()


def _roll_forward(folder: Path, staging: Path, aside: Path | None) -> None:
    if aside is not None:
        aside.mkdir(mode=0o700, exist_ok=True)
    target = VaultPaths(folder)
    for name, olds in ((KEY_NAME, [target.key]), (DB_NAME, [*target.sidecars(), target.db])):
        staged = staging / name
        if not staged.exists():  # moved in before the crash
            continue
        for old in olds:  # a stale -wal beside the restored database would be read as its own
            if old.exists():
                if aside is not None:
                    os.replace(old, aside / old.name)
                else:
                    old.unlink()
        os.replace(staged, folder / name)
        _sync_folder(folder)


def _finish(folder: Path, staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    (folder / JOURNAL_NAME).unlink(missing_ok=True)
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
