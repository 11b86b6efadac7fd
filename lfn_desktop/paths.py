"""Where vaults live: one folder per coach profile under the per-user data directory."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import platformdirs

APP_NAME = "lfn-desktop"
APP_AUTHOR = "LfN"
DEFAULT_PROFILE = "default"
DEMO_PROFILE = "demo"
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """``--data-dir``, else ``$LFN_DATA_DIR``, else the platform's per-user data directory."""
    chosen = override or os.environ.get("LFN_DATA_DIR")
    return Path(chosen).expanduser().resolve() if chosen else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def profile_dir(base: Path, profile: str = DEFAULT_PROFILE) -> Path:
    if not _PROFILE_NAME.match(profile or ""):
        raise ValueError(f"A profile name uses letters, digits, '.', '_' or '-': {profile!r}")
    return base / "profiles" / profile


def profiles(base: Path) -> list[str]:
    root = base / "profiles"
    return sorted(p.name for p in root.iterdir() if (p / "vault.key").exists()) if root.exists() else []


def resources_dir() -> Path:
    """The shipped resources (pictograms, instruments, translations): ``$LFN_RESOURCES``, else the bundle's
    own copy when running from a PyInstaller build, else the repository's ``resources/`` folder."""
    chosen = os.environ.get("LFN_RESOURCES")
    if chosen:
        return Path(chosen)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
