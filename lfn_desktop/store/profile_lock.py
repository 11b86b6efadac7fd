"""One process at a time on a profile: an exclusive lock on ``<profile>/profile.lock`` (as Anki holds its
collection), taken by the app and by every command that writes. The operating system releases it when the
process ends, however it ends, so a crash never leaves a vault locked."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from .errors import VaultInUse

LOCK_NAME = "profile.lock"


class ProfileLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_NAME
        self._lock = FileLock(self.path, timeout=0)

    def acquire(self) -> ProfileLock:
        """Take the lock at once, or raise VaultInUse (nothing has been touched then)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultInUse() from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> ProfileLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
