"""The quarterly report as the funder and the partners receive it: a PDF read back with poppler (text and a
rendered page 1) and an XLSX read back with openpyxl. Counts only; small counts as "<5"; no names."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtGui import QImage

from lfn_desktop.ui.figures.view import FiguresView

from .test_figures import data  # noqa: F401 - the hand-built quarter, shared

NAMES = ["Proefpersoon", "Coach Anouk", "Coach Bram", "Teamleider Lies"]


def figures_view(qtbot, ws) -> FiguresView:
    view = FiguresView(ws)
    qtbot.addWidget(view)
    view.year.setValue(2026)
    view.quarter.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.busy.isHidden(), timeout=10_000)
    return view


def write(qtbot, view: FiguresView, path: Path, kind: str) -> Path:
    with qtbot.waitSignal(view.written, timeout=30_000):
        view.write(path, kind)
    return path


def test_the_quarterly_pdf_reads_as_counts_without_names(qtbot, tmp_path, ws, data):  # noqa: F811
    view = figures_view(qtbot, ws)
    pdf = write(qtbot, view, tmp_path / "kwartaal.pdf", "pdf")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # words, whatever the line breaks
    assert "Kwartaalrapport LP Testrand — kwartaal 3 2026" in text
    assert "Periode: 01/07/2026 tot en met 30/09/2026" in text
    assert "Lopende trajecten" in text and "Uitstroom van de afgesloten trajecten" in text
    assert "<5" in text  # one paid-work outcome is published as "<5"
    assert "Coach 1" in text and "Coach 2" in text
    for name in NAMES:
        assert name not in text
    out = Path(os.environ.get("LFN_SCREENSHOT_DIR") or tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    [page] = list(tmp_path.glob("page*.png"))
    image = QImage(str(page))
    assert image.width() > 400 and image.height() > 600
    if out != tmp_path:
        shutil.copy(page, out / "quarterly-report-page1.png")


def test_the_workbook_holds_the_same_figures(qtbot, tmp_path, ws, data):  # noqa: F811
    view = figures_view(qtbot, ws)
    path = write(qtbot, view, tmp_path / "kwartaal.xlsx", "xlsx")
    book = load_workbook(path)
    summary = {row[0].value: row[1].value for row in book["summary"].iter_rows(min_row=4)}
    assert summary["Lopende trajecten"] == "<5"  # two
    assert summary["Afgesloten trajecten"] == "<5"
    assert summary["Verhuisd"] == 0  # none in the quarter (P4 moved in June)
    outcomes = {row[0].value: row[1].value for row in book["outcomes"].iter_rows(min_row=4)}
    assert outcomes["Opleiding"] == "<5" and outcomes["Verhuisd"] == 0
    cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
    for name in NAMES:
        assert name not in cells


def test_the_figures_view_lists_the_quarter(qtbot, ws, data):  # noqa: F811
    view = figures_view(qtbot, ws)
    shown = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert "Kerncijfers" in shown and "Uitstroom van de afgesloten trajecten" in shown


def test_no_heading_of_the_pdf_is_left_at_the_foot_of_a_page_without_its_table(qapp, tmp_path):
    from lfn_desktop.exchange.figures_tables import Table
    from lfn_desktop.ui.figures.quarterly_report import write_report_pdf

    # Sections of different lengths, so that headings fall at every height of a page.
    tables = [Table(f"t{n}", f"Sectie nummer {n}", [f"Kolomkop{n}", "Aantal"],
                    [[f"rij {r}", str(r)] for r in range(3 + (n * 7) % 11)]) for n in range(24)]
    pdf = write_report_pdf(tmp_path / "lang.pdf", "Kwartaalrapport proef", ["Periode: een kwartaal"], tables)

    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                   text=True, check=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    assert pages >= 3
    seen = set()
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        for n in range(24):
            if f"Sectie nummer {n}\n" in text + "\n":
                assert f"Kolomkop{n}" in text, f"the heading of section {n} is alone on page {page}"
                seen.add(n)
    assert seen == set(range(24))
