"""Where the UI finds the files it ships beside the code: pictograms and translations."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from lfn_desktop.paths import resources_dir

RESOURCES = resources_dir()
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
