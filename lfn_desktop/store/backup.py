"""An encrypted backup in one file, and restoring it.

The file is a zip (stored, not deflated: its content is encrypted anyway) holding ``manifest.json``, the
wrapped key file and a consistent, still encrypted copy of the database. It opens with the passphrase that
was valid when it was made. Nothing is ever written in plain text, and nothing is overwritten: a restore
over an existing vault moves that vault aside first.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from lfn_desktop import __version__

from . import journal, keyfile, schema, vault
from .disk_errors import disk_problem
from .errors import BackupError
from .profile_lock import LOCK_NAME, ProfileLock
from .store import Store
from .vault import DB_NAME, KEY_NAME, VaultPaths

FORMAT = "lfn-vault-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"


def backup_vault(store: Store, destination: Path, *, kind: str = "manual") -> Path:
    """Write the backup file; on any failure (a full disk...) no partial file is left and the vault is untouched."""
    return write_backup(store.paths, store.raw_key, store_revision(store), destination, kind=kind)


def store_revision(store: Store) -> str | None:
    """The schema revision of an open vault, as a backup's manifest records it."""
    with store.engine.connect() as conn:
        return schema.current_revision(conn)


def write_backup(paths: VaultPaths, key: bytes, revision: str | None, destination: Path, *,
                 kind: str = "manual", created_at: datetime | None = None) -> Path:
    """The backup of the vault at ``paths`` (open or not: SQLite's online backup copies a consistent state)."""
    destination = Path(destination)
    if destination.exists():
        raise BackupError(f"{destination} already exists; choose another name. Nothing was written.")
    if not destination.parent.is_dir():
        raise BackupError(f"The folder {destination.parent} does not exist. Nothing was written.")
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    work = None
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent))
        copy = work / DB_NAME
        vault.copy_database(paths.db, key, copy)
        problems = database_problems(copy, key)  # the copy holds the vault's pages as they are
        if problems:
            raise BackupError(f"The vault is damaged ({problems[0]}), so no backup was written: a damaged copy "
                              "would not restore. Run `lfn-desktop check`, and restore the last good backup.")
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "schema_revision": revision, "vault_id": keyfile.vault_id_of(paths.key), "kind": kind,
            "created_at": (created_at or datetime.now(UTC)).isoformat(timespec="microseconds"),
        }
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner only from the first byte
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
            archive.write(paths.key, KEY_NAME)
            archive.write(copy, DB_NAME)
            archive.close()
            raw.flush()
            os.fsync(raw.fileno())
        partial.replace(destination)
        return destination
    except (OSError, sqlcipher3.Error) as exc:  # sqlcipher3 reports a full disk as OperationalError
        problem = disk_problem(exc, destination.parent)
        reason = problem or getattr(exc, "strerror", None) or exc
        raise BackupError(f"The backup could not be written ({reason}). No backup file was left; your vault is "
                          "unchanged.") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def read_manifest(backup_file: Path) -> dict:
    try:
        with zipfile.ZipFile(backup_file) as archive:
            names = set(archive.namelist())
            if not {MANIFEST, KEY_NAME, DB_NAME} <= names:
                raise BackupError(f"{Path(backup_file).name} is not a complete LfN backup (parts are missing).")
            manifest = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BackupError(f"{Path(backup_file).name} cannot be read as a backup ({exc}). Nothing was changed.") \
            from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"{Path(backup_file).name} is not a backup this version of LfN Desktop knows.")
    return manifest


def restore_vault(backup_file: Path, folder: Path, passphrase: str) -> Path | None:
    """Restore into ``folder``; returns where an existing vault there was moved to (or None).

    Everything is checked before the target is touched: the archive, the passphrase, the database (every page
    must decrypt and authenticate), and that the backup is not from a newer app. Then a journal is written and
    the files are swapped; a crash during the swap is finished at the next start (:mod:`.journal`).
    """
    backup_file, folder = Path(backup_file), Path(folder)
    read_manifest(backup_file)
    folder.parent.mkdir(parents=True, exist_ok=True)
    created = not folder.exists()  # the lock makes the folder: a failed restore must not leave it behind
    with ProfileLock(folder):  # refused while the app or another command has the vault open
        try:
            journal.finish_interrupted(folder)
            return _restore_into(backup_file, folder, passphrase)
        except BaseException:
            if created:
                vault.remove_empty_profile(VaultPaths(folder))
            raise


def _restore_into(backup_file: Path, folder: Path, passphrase: str) -> Path | None:
    staging = Path(tempfile.mkdtemp(prefix=vault.STAGING_PREFIX, dir=folder))
    try:
        try:
            with zipfile.ZipFile(backup_file) as archive:
                for name in (KEY_NAME, DB_NAME):
                    fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner only
                    with archive.open(name) as src, os.fdopen(fd, "wb") as dst:
                        shutil.copyfileobj(src, dst)
                        dst.flush()
                        os.fsync(dst.fileno())
        except (zipfile.BadZipFile, EOFError) as exc:
            raise BackupError(f"The backup is damaged ({exc}). Nothing was changed.") from None
        except OSError as exc:
            problem = disk_problem(exc, folder)
            raise (problem or BackupError(f"The backup could not be unpacked ({exc.strerror}). Nothing was "
                                          "changed.")) from None
        key = keyfile.unwrap_key(staging / KEY_NAME, passphrase)
        _check_database(staging / DB_NAME, key)
        # Migrates an older backup (the backup file is its own safety copy), refuses a newer one.
        Store.open_with_key(VaultPaths(staging), key, safety_copy=False).close()
        (staging / LOCK_NAME).unlink(missing_ok=True)
        for leftover in VaultPaths(staging).sidecars():
            leftover.unlink(missing_ok=True)
        aside = vault.aside_name(folder, vault.ASIDE_REASON) if VaultPaths(folder).exists() else None
        journal.swap_in(folder, staging, aside)
        return aside
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def database_problems(db_path: Path, key: bytes) -> list[str]:
    """SQLCipher's check of every page's authentication and SQLite's full structure check; [] when sound."""
    conn = vault.connect_raw(db_path, key)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems


def _check_database(db_path: Path, key: bytes) -> None:
    problems = database_problems(db_path, key)
    if problems:
        raise BackupError(f"The database in the backup is damaged ({problems[0]}). Nothing was changed.")
