"""The participant's own dossier: her goals, what was agreed, her star and her map, in large type and her
language — never the coach's notes. Read back from the PDF with poppler; the app warns before saving."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QMessageBox

from .test_ui_helpers import open_new_dossier


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
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) >= 4  # header lines + the star and the map
