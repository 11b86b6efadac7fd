"""Real disk faults for the fault suite: a small tmpfs that fills up, a folder mounted read-only.

Both are real mounts (CI runs as root, see scripts/test.sh): SQLite, the zip writer and the operating system
meet the same errors as on a coach's full USB stick or a write-protected share. A machine where mounting is
not allowed fails these tests with the reason instead of skipping them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(args: list[str]) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"cannot mount ({' '.join(args)}) to simulate a disk fault: {result.stderr.strip()}")


@contextmanager
def tmpfs(mount_point: Path, size_kib: int) -> Iterator[Path]:
    mount_point.mkdir(parents=True, exist_ok=True)
    _mount(["-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(mount_point)])
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` seen read-only (a bind mount over itself), as a write-protected disk or share."""
    _mount(["--bind", str(folder), str(folder)])
    try:
        _mount(["-o", "remount,bind,ro", str(folder)])
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path, leave_kib: int) -> None:
    """Fill the file system of ``folder`` up to ``leave_kib`` KiB of free space."""
    import os

    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler", "wb") as fh:
        fh.write(bytes(max(0, free - leave_kib * 1024)))


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A real, nearly full file system: a 192 KiB tmpfs."""
    with tmpfs(tmp_path / "usb-stick", 192) as mount_point:
        yield mount_point
