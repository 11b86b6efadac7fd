"""Dutch in the source, English through Qt's translation system; dates stay Belgian in both."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from lfn_desktop.ui.common import i18n, labels
from lfn_desktop.ui.common.formats import fmt_date, fmt_number
from lfn_desktop.ui.common.resources import TRANSLATIONS

UI = Path(__file__).resolve().parents[1] / "lfn_desktop" / "ui"


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def test_english_translation_is_complete_and_in_step_with_the_code(tmp_path):
    ts = TRANSLATIONS / "lfn_en.ts"
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, sorted(UI.rglob("*.py"))), "-ts", str(fresh)], check=True,
                   capture_output=True)
    assert _sources(fresh) <= _sources(ts), "run pyside6-lupdate and translate the new strings"


def test_english_is_compiled_on_first_use_and_changes_the_labels(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if (TRANSLATIONS / "lfn_en.qm").exists():  # a build left one: compile from a copy of the source instead
        copy = tmp_path / "translations"
        copy.mkdir()
        shutil.copy(TRANSLATIONS / "lfn_en.ts", copy / "lfn_en.ts")
        monkeypatch.setattr(i18n, "TRANSLATIONS", copy)
    qm = i18n.compiled_translation("en")
    assert qm is not None and qm.is_relative_to(tmp_path / "cache")
    translator = QTranslator()
    assert translator.load(str(qm))
    app = qapp
    assert labels.phases()["acquaintance"] == "Kennismaking"
    app.installTranslator(translator)
    try:
        assert labels.phases()["acquaintance"] == "Acquaintance"
        assert labels.life_domains()[8] == "Housing and finances"
        assert fmt_date(date(2026, 3, 9)) == "09/03/2026" and fmt_number(17.5) == "17,5"  # Belgian in English too
        count = "%n deelnemers, waarvan %1 stilgevallen (al %2 dagen of langer zonder contact)"
        assert QCoreApplication.translate("CaseloadView", count, "", 1).startswith("1 participant, of whom")
        assert QCoreApplication.translate("CaseloadView", count, "", 4).startswith("4 participants, of whom")
    finally:
        app.removeTranslator(translator)
    assert labels.phases()["acquaintance"] == "Kennismaking"


def test_language_choice_follows_lfn_lang(monkeypatch):
    monkeypatch.setenv("LFN_LANG", "en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setenv("LFN_LANG", "nl_BE")
    assert i18n.chosen_language() == "nl"


def test_qts_own_buttons_speak_the_windows_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Sluiten"  # the suite runs in Dutch
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
