"""A failing disk in the coach's words: full, read-only or a path too long, told apart from damage.

SQLite and the operating system report these as error numbers or as one of a few fixed sentences
("database or disk is full", "attempt to write a readonly database", "unable to open database file").
Each becomes a VaultError that says what happened, that what was saved before is safe, and what to do.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import DiskFull, PathTooLong, ReadOnlyPlace, VaultError

# SQLite's Unix file layer refuses longer names (its MAX_PATHNAME), whatever the operating system allows.
SQLITE_MAX_PATH = 512


def disk_full(place: Path) -> DiskFull:
    return DiskFull(f"The disk that holds {_short(place)} is full. What was saved before is safe and nothing "
                    "half-done was kept; free some space (or choose another place) and try again.")


def read_only(place: Path) -> ReadOnlyPlace:
    return ReadOnlyPlace(f"{_short(place)} cannot be written to (a read-only disk, or no permission). What is there "
                         "is safe and was not changed; choose a place you may write to, or ask support.")


def path_too_long(place: Path) -> PathTooLong:
    return PathTooLong(f"The folder path is too long ({len(str(place))} characters) for the vault. Nothing was "
                       "created or changed; choose a shorter folder (with --data-dir or LFN_DATA_DIR).")


def check_path_length(place: Path) -> None:
    """Refuse before anything is written: SQLite would fail halfway, after the key file was made."""
    if len(os.fsencode(str(place))) > SQLITE_MAX_PATH - 16:  # room for the -wal and -journal names beside it
        raise path_too_long(place)


def disk_problem(error: BaseException, place: Path) -> VaultError | None:
    """The disk problem behind ``error`` (an OSError, a driver or SQLAlchemy error), or None if it is another."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    number = getattr(cause, "errno", None) if isinstance(cause, OSError) else None
    text = str(cause).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space left" in text:
        return disk_full(place)
    if number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly database" in text \
            or "read-only file system" in text:
        return read_only(place)
    if number == errno.ENAMETOOLONG or "file name too long" in text:
        return path_too_long(place)
    if "unable to open database file" in text or "disk i/o error" in text:
        # SQLite does not say why; the folder tells.
        return _diagnose(place)
    return None


@contextmanager
def disk_errors_explained(place: Path) -> Iterator[None]:
    """Turn a disk problem raised inside into its VaultError; anything else passes unchanged."""
    try:
        yield
    except VaultError:
        raise
    except Exception as error:
        problem = disk_problem(error, place)
        if problem is None:
            raise
        raise problem from None


def _diagnose(place: Path) -> VaultError | None:
    folder = place if place.is_dir() else place.parent
    if len(os.fsencode(str(place))) > SQLITE_MAX_PATH - 16:
        return path_too_long(place)
    if folder.exists() and not _writable(folder):
        return read_only(folder)
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_bavail * stats.f_frsize < 64 * 1024:
        return disk_full(place)
    return None


def _writable(folder: Path) -> bool:
    """Whether a file can be made here: os.access says yes to root on a read-only mount, so try it."""
    probe = folder / f".lfn-write-probe-{os.getpid()}"
    try:
        probe.touch(exist_ok=False)
    except FileExistsError:
        return True
    except OSError as exc:
        return exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM)
    probe.unlink(missing_ok=True)
    return True


def _short(place: Path) -> str:
    text = str(place)
    return text if len(text) <= 80 else "…" + text[-77:]
