"""Language choice and Qt translations: Dutch (nl-BE) in the source, English from resources/translations.

Each ``.ts`` is the source of truth (``lfn_en.ts``: English; ``lfn_nl.ts``: only the Dutch plural forms, made
with ``pyside6-lupdate -pluralonly``); its compiled ``.qm`` is build output. When no ``.qm`` lies next
to the ``.ts`` (a fresh checkout), it is compiled once with pyside6-lrelease into the user's cache folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lfn_desktop import paths
from lfn_desktop.ui.common.resources import TRANSLATIONS

LANGUAGES = ("nl", "en")


def chosen_language() -> str:
    """``LFN_LANG`` when set (nl or en), else English on an English system, else Dutch."""
    wanted = (os.environ.get("LFN_LANG") or "").strip().lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``language``: the built one, or one compiled now into the cache folder."""
    source = TRANSLATIONS / f"lfn_{language}.ts"
    built = source.with_suffix(".qm")
    if not source.exists():  # a packaged build ships only the compiled file
        return built if built.exists() else None
    if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / f"lfn_{language}-{digest}.qm"
    if cached.exists():
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(cached)], capture_output=True, check=False)
    return cached if done.returncode == 0 and cached.exists() else None


def install_translation(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translator for ``language`` (default: the chosen one); returns the language in use."""
    language = language or chosen_language()
    qm = compiled_translation(language)  # Dutch: only the plural forms ("1 deelnemer"), the source is Dutch
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        if language != "nl":
            print(f"No {language} translation found; the interface stays in Dutch.", file=sys.stderr)
        return "nl"
    app.installTranslator(translator)
    _install_qt_own(app, language)
    return language


def _install_qt_own(app: QCoreApplication, language: str) -> None:
    """Qt's own words (a dialog's Close, OK, Cancel; the file dialog) in the same language, from the translations
    PySide6 ships; without them those stay English in a Dutch window."""
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
