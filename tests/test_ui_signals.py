"""Signals: a coach records one from a dossier; the team lead sees them grouped and counted and exports them
for the support group without any personal data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lfn_desktop.ui.figures.view import FiguresView

from .test_ui_helpers import open_new_dossier, settle


def test_signals_are_recorded_grouped_and_exported_without_personal_data(qtbot, tmp_path, ws, team):
    window, view, pid = open_new_dossier(qtbot, tmp_path / "vault", ws, team)
    ws.participants.update(pid, municipality="Testrand")
    view.reload()
    qtbot.waitUntil(lambda: view.dossier.participant.municipality == "Testrand")
    dialog = view.open_signal_dialog()
    assert dialog.municipality.text() == "Testrand"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing described yet
    settle(window)
    assert dialog.isVisible()  # refused: the problem is required
    qtbot.keyClicks(dialog.problem, "Geen kinderopvang  voor avondwerk")
    dialog.domain.setCurrentIndex(dialog.domain.findData(6))
    dialog.link.setChecked(True)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(window)
    assert not dialog.isVisible()
    ws.signals.record(team["partnership"], "Geen kinderopvang voor avondwerk", life_domain=6,
                      municipality="Testrand")
    ws.signals.record(team["partnership"], "Wachtlijst bij de schuldbemiddeling", life_domain=8)
    [linked] = [s for s in ws.signals.all() if s.participant_ids]
    assert linked.participant_ids == [pid]

    figures = FiguresView(ws)
    qtbot.addWidget(figures)
    figures.show()
    today = date.today()
    figures.year.setValue(today.year)
    figures.quarter.setCurrentIndex((today.month - 1) // 3)
    figures.reload()
    qtbot.waitUntil(lambda: figures.signals.rowCount() == 2, timeout=10_000)
    first = [figures.signals.item(0, c).text() for c in range(4)]
    assert first == ["Geen kinderopvang voor avondwerk", "Werk en maatschappelijke deelname", "Testrand", "2"]
    # Not yet read through: the free text stays in the app; counts under five are published as "<5".
    path = figures.export_signals(tmp_path / "signalen.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Probleem;Levensdomein;Gemeente;Aantal"
    assert "(tekst niet meegegeven);Werk en maatschappelijke deelname;Testrand;<5" in text
    assert "kinderopvang" not in text and "Wachtlijst" not in text and ";2" not in text
    assert "niet nagekeken" in figures.status.text()

    QTest.mouseClick(figures.texts_reviewed, Qt.MouseButton.LeftButton)  # the team lead read them through
    text = figures.export_signals(tmp_path / "signalen.csv").read_text(encoding="utf-8-sig")

    assert "Wachtlijst bij de schuldbemiddeling;Wonen en financiën;—;<5" in text
    assert "Geen kinderopvang voor avondwerk;Werk en maatschappelijke deelname;Testrand;<5" in text
    assert "Noor" not in text and pid not in text and "Coach" not in text
