"""Where the UI finds the files it ships beside the code: pictograms and translations."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

# The repository's resources/ folder; a packaged build points LFN_RESOURCES at its own copy.
RESOURCES = Path(os.environ.get("LFN_RESOURCES") or Path(__file__).resolve().parents[2] / "resources")
PICTOGRAMS = RESOURCES / "pictograms"
TRANSLATIONS = RESOURCES / "translations"


@cache
def pictogram(name: str) -> QIcon:
    """The pictogram ``name`` (e.g. ``domain-3``, ``kind-phone``); an empty icon when it is missing."""
    path = PICTOGRAMS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def domain_icon(domain: int) -> QIcon:
    return pictogram(f"domain-{int(domain)}")


def kind_icon(kind: str) -> QIcon:
    return pictogram(f"kind-{kind}")
