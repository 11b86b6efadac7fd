"""The participant's own dossier: her goals, what was agreed, her star and her map, in large type and her
language — never the coach's notes. Read back from the PDF with poppler; the app warns before saving."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from .test_ui_helpers import open_new_dossier


def page_text(pdf, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_her_own_dossier_shows_goals_agreements_star_and_map_but_not_the_notes(qtbot, tmp_path, ws, team):
    window, view, pid = open_new_dossier(qtbot, tmp_path / "vault", ws, team)
    ws.participants.update(pid, languages=["en", "nl"])
    ws.participants.add_goal(pid, 8, "Een eigen woning vinden")
    ws.contacts.record(pid, duration_min=45, kind="home_visit", place="home",
                       occurred_at=datetime.now().replace(microsecond=0) - timedelta(days=3),
                       notes="PRIVE NOTITIE VAN DE COACH", agreements="Samen naar het OCMW voor de huurwaarborg",
                       next_step="Afspraak OCMW", next_step_on=date.today() + timedelta(days=7))
    for day, level in ((date.today() - timedelta(days=60), 2), (date.today() - timedelta(days=2), 4)):
        ws.scales.record(pid, instrument_id="star_diagram", instrument_version=1, taken_on=day,
                         filled_by="participant", answers={str(d): level for d in range(1, 11)})
    map_id = ws.network.map_of(pid).id
    ws.network.add_node(map_id, label="Zus Amal", kind="family", sector="family", ring=1)

    box = view.open_own_dossier()
    assert isinstance(box, QMessageBox) and "niet versleuteld" in box.text()
    box.reject()
    pdf = view.save_own_dossier(tmp_path / "mijn-dossier.pdf")
    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(  # NFKC: the "fi" ligature as two letters
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout).split())
    assert "My file: Noor" in text  # her language: English
    assert "Een eigen woning vinden" in text and "Home and money" in text  # the star's words in her language
    assert "Samen naar het OCMW voor de huurwaarborg" in text and "Next step: Afspraak OCMW" in text
    assert "PRIVE NOTITIE" not in text
    assert "My star" in text and "My network" in text
    assert "working on it" in text  # her goal's state, in her words
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages_of_images = [int(line.split()[0]) for line in images.strip().splitlines()[2:]]
    # The goal's life-domain pictogram on page 1; the star and the map each on a page of their own, with their
    # heading on that same page (never a heading alone at the foot of the page before).
    assert pages_of_images[0] == 1 and len(pages_of_images) >= 3
    star_page, map_page = pages_of_images[-2], pages_of_images[-1]
    assert 1 < star_page < map_page
    assert "My star" in page_text(pdf, star_page) and "My network" in page_text(pdf, map_page)
    assert "My star" not in page_text(pdf, star_page - 1)

    # Page 1 as it prints (pdftoppm), for a person to look at; its type is large: a line of text is at least 5 mm.
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(png)], check=True)
    page_one = next(tmp_path.glob("page*.png"))
    assert page_one.stat().st_size > 5_000
    if os.environ.get("LFN_SCREENSHOT_DIR"):
        shutil.copy(page_one, Path(os.environ["LFN_SCREENSHOT_DIR"]) / "own-dossier-page1.png")
    words = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    heights = [float(m[1]) - float(m[0]) for m in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"',
                                                               words)]
    assert heights and min(heights) * 25.4 / 72 >= 5.0


@pytest.mark.parametrize(("language", "title", "goals"), [("nl", "Mijn dossier", "Mijn doelen"),
                                                           ("ar", "ملفي", "أهدافي")])
def test_her_own_dossier_speaks_her_language_and_script(qtbot, tmp_path, ws, team, language, title, goals):
    _window, view, pid = open_new_dossier(qtbot, tmp_path / "vault", ws, team)
    ws.participants.update(pid, languages=[language])
    ws.participants.add_goal(pid, 7, "Terug regelmatig naar de huisarts")
    ws.scales.record(pid, instrument_id="star_diagram", instrument_version=1, taken_on=date.today(),
                     filled_by="participant", answers={str(d): 3 for d in range(1, 11)})
    pdf = view.save_own_dossier(tmp_path / "dossier.pdf")
    # NFKC: pdftotext gives Arabic in its presentation forms; the marks are the direction controls of bidi text.
    first = unicodedata.normalize("NFKC", page_text(pdf, 1)).translate({0x202A: None, 0x202B: None, 0x202C: None})
    assert title in first and goals in first
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(png)], check=True)
    page_one = next(tmp_path.glob("page*.png"))
    assert page_one.stat().st_size > 5_000
    if os.environ.get("LFN_SCREENSHOT_DIR"):
        shutil.copy(page_one, Path(os.environ["LFN_SCREENSHOT_DIR"]) / f"own-dossier-page1-{language}.png")
