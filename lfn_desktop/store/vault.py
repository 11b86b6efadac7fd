"""Vault files on disk: create, unlock (with migrations), change passphrase, check, wipe.

A vault is a folder holding ``vault.db`` (SQLCipher 4 with its default settings, keyed with a raw
256-bit key) and ``vault.key`` (that key wrapped by the passphrase, see :mod:`.keyfile`). Any
SQLCipher 4 tool opens the database with the raw key (``lfn-desktop show-key``), so the data is
never locked in.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from lfn_common.sqlcipher import connect_raw  # noqa: F401 - the vault's connections start here

from . import keyfile
from .disk_errors import disk_problem
from .errors import VaultCorrupt, VaultExists, VaultLocked, VaultNotFound
from .keyfile import DEFAULT_KDF, KdfParams
from .profile_lock import LOCK_NAME

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
JOURNAL_NAME = "restore.journal"  # a restore's swap in progress (see journal.py)
STAGING_PREFIX = ".restoring-"  # a restore's checked copy, inside the profile
BACKUP_FOLDER = "backups"  # the automatic backups' default place, inside the profile
ASIDE_REASON = "before-restore"  # a restored-over vault is kept beside the profile as <profile>.before-restore


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key(self) -> Path:
        return self.folder / KEY_NAME

    def exists(self) -> bool:
        return self.key.exists() or self.db.exists()

    def sidecars(self) -> list[Path]:
        return [self.db.with_name(DB_NAME + suffix) for suffix in ("-wal", "-shm")]


def make_engine(db_path: Path, key_source: Callable[[], bytes | bytearray]) -> Engine:
    """An engine whose connections are keyed, in WAL mode and fully synchronous.

    WAL plus ``synchronous=FULL``: a crash or power cut mid-write loses no committed transaction.
    Foreign keys are not enforced by SQLite: synced rows may arrive before the rows they point to.
    A small pool lets the GUI thread read while one worker writes (SQLite serialises the writers).
    """

    def creator():
        key = key_source()  # asked each time: once the vault is locked there is no key to open a connection
        if not key:
            raise VaultLocked("The vault is locked.")
        conn = connect_raw(db_path, key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 30000")
        return conn

    # The pysqlcipher dialect insists on keying with a passphrase of its own; the plain SQLite dialect
    # with sqlcipher3 as its driver module (for the exception classes) and our creator does not.
    engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool, pool_size=3,
        max_overflow=4,
    )

    # The driver runs in autocommit mode; start transactions ourselves so that a write transaction
    # takes the write lock at once (BEGIN IMMEDIATE) instead of failing to upgrade later.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("lfn_write") else "BEGIN")

    return engine


def verify_readable(db_path: Path, key: bytes) -> None:
    """Raise VaultCorrupt unless the key decrypts the database file's first page."""
    if not db_path.exists():
        raise VaultNotFound(f"The vault database {db_path} is missing; restore it from a backup.")
    if db_path.stat().st_size == 0:
        # Beside a key file an empty database is damage (a truncated file), never a new vault: opening it would
        # write a fresh empty database over the evidence.
        raise VaultCorrupt(f"The vault file {db_path.name} is empty: it is damaged. Nothing was changed; restore "
                           "the last backup (lfn-desktop restore) or ask support.")
    conn = connect_raw(db_path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        problem = disk_problem(exc, db_path)  # a full or read-only disk is not damage
        if problem is not None:
            raise problem from None
        raise VaultCorrupt(
            f"The vault file {db_path.name} cannot be read ({exc}): it is damaged or does not belong to "
            "this key file. Nothing was changed; restore it from a backup."
        ) from None
    finally:
        conn.close()


def create_files(paths: VaultPaths, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    """Create the key file and an empty keyed database; return the raw key."""
    if paths.exists():
        raise VaultExists(f"There is already a vault in {paths.folder}; it was left untouched.")
    if not passphrase:
        raise ValueError("A passphrase is required.")
    paths.folder.mkdir(parents=True, exist_ok=True)
    _restrict(paths.folder)
    key = keyfile.create_key_file(paths.key, passphrase, str(uuid.uuid4()), kdf)
    conn = connect_raw(paths.db, key)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS _probe (x)")
        conn.execute("DROP TABLE _probe")
    finally:
        conn.close()
    _restrict(paths.db)
    return key


def wipe(paths: VaultPaths) -> None:
    """Destroy a vault and every copy of it in its profile: each wrapping of the key is overwritten first (that
    alone makes the data unreadable), then every file goes: the database, copies kept before a migration or a
    restore, a restore's staging copy and the automatic backups in the profile. A backup the coach wrote
    elsewhere (a USB stick) is out of reach; it stays protected by the passphrase it was made with."""
    folder = paths.folder
    asides = sorted(folder.parent.glob(f"{glob.escape(folder.name)}.{ASIDE_REASON}*"))
    for key_file in [paths.key, *folder.glob(f".{KEY_NAME}.*.tmp"), *folder.glob(f"{STAGING_PREFIX}*/{KEY_NAME}"),
                     *(a / KEY_NAME for a in asides)]:
        destroy_key_file(key_file)
    for backup in [*folder.glob(f"{BACKUP_FOLDER}/*"), *folder.glob(f"{BACKUP_FOLDER}/.*")]:
        _destroy_zip_member(backup, KEY_NAME)
    for aside in asides:
        shutil.rmtree(aside, ignore_errors=True)
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.name == LOCK_NAME:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
    (folder / LOCK_NAME).unlink(missing_ok=True)


def discard_new(paths: VaultPaths) -> None:
    """Remove what a failed creation made (its key file and database), nothing else."""
    destroy_key_file(paths.key)
    for path in [paths.db, *paths.sidecars()]:
        path.unlink(missing_ok=True)


def destroy_key_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(secrets.token_bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()


def _destroy_zip_member(path: Path, name: str) -> None:
    """Overwrite one stored (uncompressed) member of a zip in place: a backup's wrapped key."""
    if not path.is_file():
        return
    with contextlib.suppress(OSError, zipfile.BadZipFile, KeyError, struct.error):
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(name)
        with open(path, "r+b") as fh:
            fh.seek(info.header_offset)
            header = fh.read(30)  # the local file header: its name and extra field lengths sit at 26 and 28
            name_length, extra_length = struct.unpack("<HH", header[26:30])
            fh.seek(info.header_offset + 30 + name_length + extra_length)
            fh.write(secrets.token_bytes(info.compress_size))
            fh.flush()
            os.fsync(fh.fileno())


def remove_empty_profile(paths: VaultPaths) -> None:
    """Remove a profile folder that holds nothing but its lock (what a failed creation or restore made)."""
    with contextlib.suppress(OSError):
        if {p.name for p in paths.folder.iterdir()} <= {LOCK_NAME}:
            (paths.folder / LOCK_NAME).unlink(missing_ok=True)
            paths.folder.rmdir()


def copy_database(db_path: Path, key: bytes, target: Path) -> None:
    """A consistent, still encrypted copy of a live database (SQLite's online backup)."""
    if target.exists():
        target.unlink()
    source = connect_raw(db_path, key)
    dest = connect_raw(target, key)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def aside_name(folder: Path, reason: str) -> Path:
    """A free name beside ``folder`` to keep a vault under instead of deleting it (nothing is thrown away)."""
    n = 0
    while True:
        candidate = folder.with_name(f"{folder.name}.{reason}" + (f"-{n}" if n else ""))
        if not candidate.exists():
            return candidate
        n += 1


def _restrict(path: Path) -> None:
    with contextlib.suppress(OSError):  # a file system without permissions: encryption still protects
        path.chmod(0o700 if path.is_dir() else 0o600)
