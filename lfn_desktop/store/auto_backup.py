"""Automatic encrypted backups: after an unlock at most once a day, and before every migration.

They are ordinary backup files (:mod:`.backup`), each verified as it is written, kept in the profile's
``backups`` folder or in a folder the coach chooses (a USB stick). Of the daily ones the newest of each of the
last N days and of each of the last N weeks are kept; the rest are removed. The choice lives in the profile's
``backups.json`` beside the vault (a folder and two numbers, nothing personal), so that the list of backups can
be read, and one restored, even when the vault itself no longer opens.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .backup import BackupError, read_manifest, store_revision, write_backup
from .keyfile import vault_id_of, write_atomically
from .vault import BACKUP_FOLDER, VaultPaths

POLICY_NAME = "backups.json"
SUFFIX = ".lfnbak"
DAILY, BEFORE_MIGRATION, MANUAL = "daily", "before-migration", "manual"
KEEP_BEFORE_MIGRATION = 3

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupPolicy:
    folder: str | None = None  # None: the profile's own backups folder
    daily: int = 7
    weekly: int = 4

    def place(self, profile: Path) -> Path:
        return Path(self.folder).expanduser() if self.folder else Path(profile) / BACKUP_FOLDER


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created_at: datetime  # UTC
    kind: str
    size: int
    vault_id: str
    readable: bool = True


def read_policy(profile: Path) -> BackupPolicy:
    try:
        doc = json.loads((Path(profile) / POLICY_NAME).read_text(encoding="utf-8"))
        policy = BackupPolicy(folder=doc.get("folder") or None, daily=max(1, int(doc.get("daily", 7))),
                              weekly=max(0, int(doc.get("weekly", 4))))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupPolicy()  # none chosen yet (or a damaged file): the profile's own folder
    return policy


def write_policy(profile: Path, policy: BackupPolicy) -> None:
    write_atomically(Path(profile) / POLICY_NAME, json.dumps(asdict(policy), indent=1).encode())


def list_backups(profile: Path, vault_id: str | None = None) -> list[BackupEntry]:
    """The backups in the chosen place, newest first (of this vault only, when its id is given)."""
    place = read_policy(profile).place(profile)
    entries = []
    for path in place.glob(f"*{SUFFIX}") if place.is_dir() else []:
        try:
            manifest = read_manifest(path)
            created = datetime.fromisoformat(manifest["created_at"]).astimezone(UTC)
            entry = BackupEntry(path, created, manifest.get("kind", MANUAL), path.stat().st_size,
                                str(manifest.get("vault_id")))
        except (BackupError, OSError, KeyError, ValueError):
            stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC) if path.exists() else datetime.now(UTC)
            entry = BackupEntry(path, stamp, MANUAL, 0, "", readable=False)
        if vault_id is None or entry.vault_id == vault_id or not entry.readable:
            entries.append(entry)
    return sorted(entries, key=lambda e: e.created_at, reverse=True)


def backup_if_due(store, now: datetime | None = None) -> Path | None:
    """The day's automatic backup, unless there is one of today already; then old ones are pruned."""
    now = now or datetime.now(UTC)
    profile = store.paths.folder
    vault_id = vault_id_of(store.paths.key)
    daily = [e for e in list_backups(profile, vault_id) if e.kind == DAILY and e.readable]
    if daily and daily[0].created_at.date() == now.date():
        return None
    written = _write(store.paths, store.raw_key, store_revision(store), DAILY, now)
    prune(profile, vault_id, now)
    return written


def backup_now(store) -> Path:
    """A backup into the backup folder when the coach asks for one (kept until she removes it)."""
    return _write(store.paths, store.raw_key, store_revision(store), MANUAL, datetime.now(UTC))


def backup_before_migration(paths: VaultPaths, key: bytes, revision: str | None) -> Path:
    return _write(paths, key, revision, BEFORE_MIGRATION, datetime.now(UTC))


def prune(profile: Path, vault_id: str, now: datetime | None = None) -> list[Path]:
    """Remove this vault's automatic backups the policy no longer keeps (a folder shared by several profiles, a
    USB stick, holds others' too); returns what was removed."""
    now = now or datetime.now(UTC)
    policy = read_policy(profile)
    entries = [e for e in list_backups(profile, vault_id) if e.readable]
    keep: set[Path] = set()
    daily = [e for e in entries if e.kind == DAILY]
    days_seen, weeks_seen = set(), set()
    for entry in daily:  # newest first: the first of each day and of each week is the one kept
        day = entry.created_at.date()
        if day not in days_seen and len(days_seen) < policy.daily:
            keep.add(entry.path)
        days_seen.add(day)
        week = day.isocalendar()[:2]
        if week not in weeks_seen and len(weeks_seen) < policy.weekly and now - entry.created_at < timedelta(
                weeks=policy.weekly + 1):
            keep.add(entry.path)
        weeks_seen.add(week)
    keep.update(e.path for e in [e for e in entries if e.kind == BEFORE_MIGRATION][:KEEP_BEFORE_MIGRATION])
    removed = [e.path for e in entries if e.kind in (DAILY, BEFORE_MIGRATION) and e.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    if removed:
        log.info("removed %d old automatic backups", len(removed))
    return removed


def _write(paths: VaultPaths, key: bytes, revision: str | None, kind: str, now: datetime) -> Path:
    place = read_policy(paths.folder).place(paths.folder)
    try:
        place.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"The backup folder {place} cannot be used ({exc.strerror}). Nothing was written; choose "
                          "another folder for the backups.") from None
    prefix = f"lfn-{paths.folder.name}-"
    for leftover in place.glob(f".{prefix}*"):  # of a backup killed midway (this profile is locked: none runs now)
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    name = f"{prefix}{now.strftime('%Y%m%d-%H%M%S')}-{kind}{SUFFIX}"
    target, n = place / name, 1
    while target.exists():
        target, n = place / name.replace(SUFFIX, f"-{n}{SUFFIX}"), n + 1
    written = write_backup(paths, key, revision, target, kind=kind, created_at=now)
    log.info("wrote an automatic backup")
    return written
