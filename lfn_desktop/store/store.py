"""An unlocked vault: the engine, this device's clock, and the read/write doors for operations."""

from __future__ import annotations

import hmac
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from lfn_common.hlc import HybridClock

from . import journal, keyfile, schema, vault
from .disk_errors import check_path_length, disk_errors_explained
from .errors import BackupError, VaultCorrupt, VaultExists, VaultNeedsRoom, WrongPassphrase
from .keyfile import DEFAULT_KDF, KdfParams
from .models import Base, LocalState
from .profile_lock import ProfileLock
from .vault import VaultPaths
from .writer import CAPTURE_FLAG, Writer, install_capture_guard

BULK_CACHE_KIB = 64 * 1024  # page cache while a pull applies its pages (see Store.bulk_sync)
STATE_DEVICE = "device_id"
STATE_CLOCK = "clock"
STATE_USER = "user_id"
STATE_CLOCK_OFFSET = "clock_offset_ms"  # correction of this laptop's clock, learnt from the server at sync


class Store:
    """Open vault. Writes are serialised by a lock (one writer at a time is SQLite's rule anyway)."""

    def __init__(self, paths: VaultPaths, key: bytes, profile_lock: ProfileLock):
        self.paths = paths
        self._profile_lock = profile_lock  # held from opening to close: no other process writes meanwhile
        self._key = bytearray(key)  # mutable, so that locking can overwrite it
        self.engine = vault.make_engine(paths.db, lambda: self._key)  # the buffer itself: no copy to linger
        install_capture_guard(self.engine)
        self._write_lock = threading.RLock()
        self._bulk_connection: Connection | None = None  # see bulk_sync
        self._open_writer = threading.local()  # the writer of this thread's open write transaction, if any
        self.device_id = ""
        self.user_id: str | None = None  # the coach this vault belongs to, once known
        self.clock: HybridClock | None = None

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Store:
        paths = VaultPaths(Path(folder))
        keyfile.check_new_passphrase(passphrase)
        check_path_length(paths.db)
        created = not paths.folder.exists()
        with disk_errors_explained(paths.folder):
            lock = ProfileLock(paths.folder).acquire()
        store = None
        try:
            with disk_errors_explained(paths.db):
                key = vault.create_files(paths, passphrase, kdf)
                store = cls(paths, key, lock)
                with store.engine.begin() as conn:
                    Base.metadata.create_all(conn)
                    schema.stamp_head(conn)
                    conn.execute(insert(LocalState), [
                        {"key": STATE_DEVICE, "value": str(uuid.uuid4())},
                    ])
                store._load_state()
        except VaultExists:
            lock.release()
            raise
        except BaseException:
            # A failed init leaves nothing behind: what is there was made just now (a vault already there stops
            # create_files before it writes anything).
            if store is not None:
                store.close()
            vault.discard_new(paths)
            lock.release()
            if created:
                vault.remove_empty_profile(paths)
            raise
        return store

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Store:
        paths = VaultPaths(Path(folder))
        with disk_errors_explained(paths.folder):
            lock = ProfileLock(paths.folder).acquire()
        try:
            key = keyfile.unwrap_key(paths.key, passphrase)
        except BaseException:
            lock.release()
            raise
        return cls.open_with_key(paths, key, lock)

    @classmethod
    def open_with_key(cls, paths: VaultPaths | Path, key: bytes, lock: ProfileLock | None = None, *,
                      safety_copy: bool = True) -> Store:
        """Open with the raw key; an older vault is migrated, after a verified backup (unless told it has one)."""
        paths = paths if isinstance(paths, VaultPaths) else VaultPaths(Path(paths))
        if lock is None:
            with disk_errors_explained(paths.folder):
                lock = ProfileLock(paths.folder).acquire()
        try:
            journal.finish_interrupted(paths.folder)  # a restore a crash interrupted is completed first
            with disk_errors_explained(paths.db):
                vault.verify_readable(paths.db, key)
        except BaseException:
            lock.release()
            raise
        store = cls(paths, key, lock)
        try:
            with disk_errors_explained(paths.db):
                store._migrate(safety_copy)
                store._load_state()
        except DatabaseError as exc:
            store.close()
            raise VaultCorrupt(f"The vault could not be read ({exc.orig}). Nothing was changed.") from None
        except Exception:
            store.close()
            raise
        return store

    def _migrate(self, safety_copy: bool) -> None:
        with self.engine.connect() as conn:
            if not schema.needs_upgrade(conn):
                return
            revision = schema.current_revision(conn)
        if safety_copy:
            # A verified backup of the vault as it is; without room for it the vault is not migrated (and opens
            # in no app until there is: the older app refuses nothing, this one needs the new schema).
            from .auto_backup import backup_before_migration

            try:
                backup_before_migration(self.paths, self.raw_key, revision)
            except BackupError as exc:
                raise VaultNeedsRoom(f"This version of LfN Desktop updates the vault, and first writes a backup of "
                                     f"it; that failed: {exc} The vault was not changed.") from None
        # One transaction (SQLite changes its schema transactionally): a crash or a full disk midway rolls back.
        with self.engine.begin() as conn:
            schema.upgrade(conn)

    def _load_state(self) -> None:
        state = self.state()
        self.device_id = state[STATE_DEVICE]
        self.user_id = state.get(STATE_USER)
        self.clock_offset_ms = int(state.get(STATE_CLOCK_OFFSET) or 0)
        self.clock = self._make_clock(state.get(STATE_CLOCK))

    def _make_clock(self, last: str | None) -> HybridClock:
        offset = self.clock_offset_ms
        return HybridClock(self.device_id, last, wall=lambda: int(time.time() * 1000) + offset)

    def set_clock_offset(self, offset_ms: int) -> None:
        """Correct this laptop's clock by what the server's clock says (kept until the next sync)."""
        with self._write_lock:
            self.set_state(STATE_CLOCK_OFFSET, str(int(offset_ms)))
            self.clock_offset_ms = int(offset_ms)
            self.clock = self._make_clock(self.clock.last)

    def close(self) -> None:
        """Lock: forget the key, then drop every connection; no new one can be opened afterwards."""
        self._key[:] = bytes(len(self._key))
        self._key.clear()
        self.engine.dispose()
        self._profile_lock.release()

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def check_passphrase(self, passphrase: str) -> bool:
        """True if ``passphrase`` opens this vault (to hand the screen back to the coach); slow by design."""
        try:
            return hmac.compare_digest(keyfile.unwrap_key(self.paths.key, passphrase), bytes(self._key))
        except WrongPassphrase:
            return False

    @property
    def raw_key(self) -> bytes:
        return bytes(self._key)

    # --- doors -----------------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session for one user action; results are detached when it ends."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, actor_id: str | None = None) -> Iterator[Writer]:
        """One transaction whose synced writes are captured; commits on success, else rolls back.

        Inside an open write transaction of the same thread, operations join it: several operations then
        commit or roll back together (an imported participant and her phase, for instance).
        """
        joined = getattr(self._open_writer, "writer", None)
        if joined is not None:
            yield joined
            return
        with disk_errors_explained(self.paths.db), self._write_lock, self.engine.connect() as conn:
            conn.info["lfn_write"] = True
            conn.info[CAPTURE_FLAG] = True
            clock_before = self.clock.last
            try:
                with conn.begin():
                    writer = Writer(conn, self.clock, actor_id if actor_id is not None else self.user_id)
                    self._open_writer.writer = writer
                    try:
                        yield writer
                    finally:
                        self._open_writer.writer = None
                    _set_state(conn, STATE_CLOCK, self.clock.last)
            except BaseException:
                self.clock = self._make_clock(clock_before)  # the versions were not used
                raise
            finally:
                conn.info.pop("lfn_write", None)
                conn.info.pop(CAPTURE_FLAG, None)

    # --- local state --------------------------------------------------------------------------------

    def state(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.execute(select(LocalState.key, LocalState.value)).all())

    @contextmanager
    def local_transaction(self) -> Iterator[Connection]:
        """A write transaction for local-only tables (state, drafts): nothing here is synced."""
        with disk_errors_explained(self.paths.db), self._write_lock, self.engine.connect() as conn:
            conn.info["lfn_write"] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("lfn_write", None)

    @contextmanager
    def bulk_sync(self) -> Iterator[None]:
        """While a pull applies its pages: one connection for all of them, with a large page cache, so that the
        index pages a region's rows go into stay decrypted in memory from one transaction to the next. Its cache
        shrinks back to SQLite's default afterwards (the memory is given back)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            conn.commit()
            self._bulk_connection = conn
            try:
                yield
            finally:
                self._bulk_connection = None
                conn.rollback()
                conn.exec_driver_sql("PRAGMA cache_size = -2000")
                conn.commit()

    @contextmanager
    def sync_transaction(self) -> Iterator[Connection]:
        """A write transaction for sync applying what the server sent: it changes synced rows WITHOUT
        adding them to the outbox (they came from the server, which already has them)."""
        bulk = self._bulk_connection
        with disk_errors_explained(self.paths.db), self._write_lock, \
                (nullcontext(bulk) if bulk is not None else self.engine.connect()) as conn:
            conn.info["lfn_write"] = True
            conn.info[CAPTURE_FLAG] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("lfn_write", None)
                conn.info.pop(CAPTURE_FLAG, None)

    def set_state(self, key: str, value: str | None) -> None:
        with self.local_transaction() as conn:
            _set_state(conn, key, value)
        if key == STATE_USER:
            self.user_id = value

    def integrity_report(self) -> list[str]:
        """SQLCipher's page check (HMAC of every page) and SQLite's structure check; [] when sound."""
        problems = []
        with self.engine.connect() as conn:
            try:
                problems += [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                problems += [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
            except DatabaseError as exc:  # damage bad enough that the check itself cannot finish
                problems.append(str(exc.orig))
            conn.rollback()
        return problems

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _set_state(conn, key: str, value: str | None) -> None:
    conn.execute(delete(LocalState).where(LocalState.key == key))
    if value is not None:
        conn.execute(insert(LocalState).values(key=key, value=value))
