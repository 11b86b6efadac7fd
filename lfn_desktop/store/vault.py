"""Vault files on disk: create, unlock (with migrations), change passphrase, check, wipe.

A vault is a folder holding ``vault.db`` (SQLCipher 4 with its default settings, keyed with a raw
256-bit key) and ``vault.key`` (that key wrapped by the passphrase, see :mod:`.keyfile`). Any
SQLCipher 4 tool opens the database with the raw key (``lfn-desktop show-key``), so the data is
never locked in.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from lfn_common.sqlcipher import connect_raw  # noqa: F401 - the vault's connections start here

from . import keyfile
from .errors import VaultCorrupt, VaultExists, VaultLocked, VaultNotFound
from .keyfile import DEFAULT_KDF, KdfParams
from .profile_lock import LOCK_NAME

DB_NAME = "vault.db"
KEY_NAME = "vault.key"


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


def make_engine(db_path: Path, key_source: Callable[[], bytes]) -> Engine:
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
    """Destroy a vault: overwrite the wrapped key first (that alone makes the data unreadable)."""
    if paths.key.exists():
        size = paths.key.stat().st_size
        with open(paths.key, "r+b") as fh:
            fh.write(secrets.token_bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        paths.key.unlink()
    for path in [paths.db, *paths.sidecars(), paths.folder / LOCK_NAME]:
        path.unlink(missing_ok=True)


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


def move_aside(folder: Path, reason: str) -> Path:
    """Rename a folder out of the way instead of deleting it (nothing is ever thrown away)."""
    n = 0
    while True:
        candidate = folder.with_name(f"{folder.name}.{reason}" + (f"-{n}" if n else ""))
        if not candidate.exists():
            shutil.move(str(folder), str(candidate))
            return candidate
        n += 1


def _restrict(path: Path) -> None:
    with contextlib.suppress(OSError):  # a file system without permissions: encryption still protects
        path.chmod(0o700 if path.is_dir() else 0o600)
