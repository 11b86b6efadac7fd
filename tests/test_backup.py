"""The encrypted one-file backup: it holds everything needed to open it, restores exactly, refuses what is
damaged or not the right passphrase, never writes plain text, and a full disk leaves no half file behind."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from lfn_desktop.operations import Workspace
from lfn_desktop.store.backup import BackupError, backup_vault, read_manifest, restore_vault
from lfn_desktop.store.errors import WrongPassphrase
from lfn_desktop.store.models import Contact, Participant
from lfn_desktop.store.store import Store

from .conftest import PASSPHRASE


@pytest.fixture
def coach_vault(store, team):
    ws = Workspace(store)
    person = ws.participants.intake(team["partnership"], coach_ids=[team["coach_a"]], given_name="Ilse",
                                    family_name="Backupstraat", municipality="Testrand").id
    ws.contacts.record(person, duration_min=40, kind="home_visit", place="home", notes="Samen de post gelezen")
    return ws


def content(store: Store) -> tuple[list, list]:
    with store.read() as session:
        people = sorted((p.id, p.given_name, p.family_name) for p in session.scalars(select(Participant)))
        contacts = sorted((c.id, c.notes) for c in session.scalars(select(Contact)))
    return people, contacts


def test_backup_restores_exactly_and_keeps_the_vault_that_was_there(coach_vault, tmp_path):
    store = coach_vault.store
    expected = content(store)
    backup = backup_vault(store, tmp_path / "lfn-backup.lfnbak")
    manifest = read_manifest(backup)
    assert manifest["schema_revision"] and manifest["vault_id"]
    with zipfile.ZipFile(backup) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "vault.db", "vault.key"]
    assert b"Backupstraat" not in backup.read_bytes() and b"de post gelezen" not in backup.read_bytes()

    # The laptop is replaced: restore into a fresh profile folder.
    target = tmp_path / "new-laptop" / "vault"
    assert restore_vault(backup, target, PASSPHRASE) is None
    restored = Store.open(target, PASSPHRASE)
    assert content(restored) == expected
    assert restored.integrity_report() == []
    restored.close()

    # Restoring over a vault that exists moves that one aside; nothing is thrown away.
    store.close()
    original_db = hashlib.sha256((store.paths.folder / "vault.db").read_bytes()).hexdigest()
    aside = restore_vault(backup, store.paths.folder, PASSPHRASE)
    assert aside is not None and hashlib.sha256((aside / "vault.db").read_bytes()).hexdigest() == original_db


def test_restore_with_the_wrong_passphrase_changes_nothing(coach_vault, tmp_path):
    backup = backup_vault(coach_vault.store, tmp_path / "b.lfnbak")
    target = tmp_path / "elsewhere"
    with pytest.raises(WrongPassphrase):
        restore_vault(backup, target, "not the passphrase")
    assert not target.exists() or not any(target.iterdir())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left behind


@pytest.mark.parametrize("damage", ["truncated", "not_a_zip", "scribbled_database"])
def test_a_damaged_backup_is_refused_with_a_clear_message(coach_vault, tmp_path, damage):
    backup = backup_vault(coach_vault.store, tmp_path / "b.lfnbak")
    raw = backup.read_bytes()
    if damage == "truncated":
        backup.write_bytes(raw[: len(raw) // 2])
    elif damage == "not_a_zip":
        backup.write_bytes(b"PK but not really" + bytes(200))
    else:
        with zipfile.ZipFile(backup) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        db = bytearray(parts["vault.db"])
        db[5000:5032] = bytes(32)
        parts["vault.db"] = bytes(db)
        backup.unlink()
        with zipfile.ZipFile(backup, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    target = tmp_path / "target"
    with pytest.raises(BackupError, match="damaged|cannot be read|not a complete"):
        restore_vault(backup, target, PASSPHRASE)
    assert not target.exists()


def test_a_backup_is_never_written_over_an_existing_file(coach_vault, tmp_path):
    existing = tmp_path / "b.lfnbak"
    existing.write_bytes(b"an older backup")
    with pytest.raises(BackupError, match="already exists"):
        backup_vault(coach_vault.store, existing)
    assert existing.read_bytes() == b"an older backup"


def test_a_full_disk_leaves_no_partial_backup_and_the_vault_unchanged(coach_vault, small_disk):
    store = coach_vault.store
    ws = coach_vault
    person = content(store)[0][0][0]
    # Enough encrypted content that the backup cannot fit on the stick.
    ws.contacts.record_many([{"participant_id": person, "duration_min": 30, "kind": "phone", "place": "remote",
                              "notes": f"Gesprek {n} " + "over de week en de kinderen. " * 20} for n in range(300)])
    expected = content(store)
    with pytest.raises(BackupError, match="could not be written") as info:
        backup_vault(store, small_disk / "b.lfnbak")
    assert "No backup file was left" in str(info.value)
    assert list(Path(small_disk).iterdir()) == []
    assert content(store) == expected and store.integrity_report() == []


def test_every_file_that_holds_the_key_or_the_data_is_readable_by_its_owner_only(coach_vault, tmp_path):
    from lfn_desktop.store import keyfile

    store = coach_vault.store
    paths = store.paths
    backup = backup_vault(store, tmp_path / "kept.lfnbackup")
    store.close()
    keyfile.rewrap_key(paths.key, PASSPHRASE, "another long passphrase")
    restore_vault(backup, tmp_path / "restored", PASSPHRASE)

    for path in (paths.key, paths.db, backup, tmp_path / "restored" / "vault.key", tmp_path / "restored" / "vault.db"):
        assert path.stat().st_mode & 0o077 == 0, path.name  # no group or other bit
    assert not list(paths.folder.glob("*.tmp"))  # no temporary copy of the key left behind


def test_a_backup_of_a_damaged_vault_is_refused_and_says_how_to_recover(coach_vault, tmp_path):
    ws = coach_vault
    person = ws.queries.caseload()[0].participant_id
    ws.contacts.record_many([{"participant_id": person, "duration_min": 10, "kind": "phone", "place": "remote",
                              "notes": f"gesprek {n}"} for n in range(300)])
    ws.store.checkpoint()  # everything in the main file
    db = ws.store.paths.db
    raw = bytearray(db.read_bytes())
    assert len(raw) > 6 * 4096
    raw[5 * 4096 + 200: 5 * 4096 + 216] = bytes(16)  # a damaged page, as a failing disk leaves it
    db.write_bytes(bytes(raw))

    target = tmp_path / "after-damage.lfnbackup"
    with pytest.raises(BackupError, match="damaged.*no backup was written.*lfn-desktop check"):
        backup_vault(ws.store, target)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
