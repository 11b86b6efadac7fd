"""Automatic backups: once a day after unlock, before a migration, pruned to the last days and weeks, listed
even when the vault does not open, and restored from that list; wiping the vault destroys every copy of it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from lfn_desktop.store import auto_backup, vault
from lfn_desktop.store.backup import backup_vault, restore_vault
from lfn_desktop.store.errors import VaultNotFound
from lfn_desktop.store.models import Participant
from lfn_desktop.store.store import Store

from .conftest import PASSPHRASE


def names(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(p.given_name for p in session.scalars(select(Participant)))


def test_one_backup_a_day_and_only_the_days_and_weeks_asked_for_are_kept(ws, team):
    ws.participants.intake(team["partnership"], given_name="Dagmar")
    profile = ws.store.paths.folder
    auto_backup.write_policy(profile, auto_backup.BackupPolicy(daily=3, weekly=2))
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday

    assert auto_backup.backup_if_due(ws.store, start) is not None
    assert auto_backup.backup_if_due(ws.store, start + timedelta(hours=5)) is None  # the same day: none more
    for day in range(1, 21):  # three weeks of daily unlocks
        assert auto_backup.backup_if_due(ws.store, start + timedelta(days=day)) is not None

    kept = sorted(e.created_at.date().isoformat() for e in auto_backup.list_backups(profile))
    # The last three days, and the newest of the last two ISO weeks (the 22nd is a Sunday, newest of its week).
    assert kept == ["2026-11-15", "2026-11-20", "2026-11-21", "2026-11-22"]
    assert all(e.readable and e.kind == auto_backup.DAILY for e in auto_backup.list_backups(profile))


def test_backups_go_to_the_folder_the_coach_chose(ws, team, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    auto_backup.write_policy(ws.store.paths.folder, auto_backup.BackupPolicy(folder=str(stick)))

    written = auto_backup.backup_if_due(ws.store)

    assert written.parent == stick and oct(written.stat().st_mode & 0o777) == "0o600"
    assert [e.path for e in auto_backup.list_backups(ws.store.paths.folder)] == [written]


def test_the_list_is_read_and_the_newest_restored_when_the_vault_no_longer_opens(ws, team, tmp_path):
    ws.participants.intake(team["partnership"], given_name="Bewaard")
    auto_backup.backup_if_due(ws.store)
    folder = ws.store.paths.folder
    ws.store.close()
    vault.VaultPaths(folder).db.write_bytes(os.urandom(8192))  # the vault is damaged beyond repair

    env = os.environ | {"LFN_DATA_DIR": str(tmp_path / "data"), "LFN_PASSPHRASE": PASSPHRASE}
    profile = tmp_path / "data" / "profiles" / "default"
    profile.parent.mkdir(parents=True)
    folder.rename(profile)

    listing = subprocess.run([sys.executable, "-m", "lfn_desktop", "backups"], env=env, capture_output=True,
                             text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    assert "daily" in listing.stdout and "NOT READABLE" not in listing.stdout
    restored = subprocess.run([sys.executable, "-m", "lfn_desktop", "restore", "--latest"], env=env,
                              capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
    assert "is kept in" in restored.stdout  # the damaged one, set aside
    store = Store.open(profile, PASSPHRASE)
    try:
        assert names(store) == ["Bewaard"]
    finally:
        store.close()


def test_wiping_destroys_every_copy_in_the_profile_and_leaves_the_folder_empty(ws, team, tmp_path):
    ws.participants.intake(team["partnership"], given_name="Weg")
    store = ws.store
    folder = store.paths.folder
    auto_backup.backup_if_due(store)
    manual = backup_vault(store, tmp_path / "elders.lfnbak")
    store.close()
    restore_vault(manual, folder, PASSPHRASE)  # leaves <profile>.before-restore beside it
    (folder / "vault.db.before-0004").write_bytes(b"a pre-migration copy of an earlier build")
    (folder / f"{vault.STAGING_PREFIX}x").mkdir()  # what a killed restore leaves
    aside = folder.with_name(folder.name + ".before-restore")
    assert (aside / "vault.key").exists()
    [daily] = list((folder / "backups").iterdir())

    vault.wipe(vault.VaultPaths(folder))

    assert not folder.exists() or sorted(p.name for p in folder.iterdir()) == []
    assert not aside.exists() and not daily.exists()
    with pytest.raises(VaultNotFound):
        Store.open(folder, PASSPHRASE)
    restore_vault(manual, tmp_path / "elsewhere", PASSPHRASE)  # a backup out of the profile is out of reach
