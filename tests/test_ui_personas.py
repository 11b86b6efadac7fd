"""The team lead keeps the partnership's personas by real keys and clicks (Beeld → Persona's…); a coach's intake
then offers them, and the figures weigh capacity against them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .test_ui_helpers import open_window, settle


def test_the_team_lead_adds_a_persona_and_the_intake_offers_it(qtbot, tmp_path, ws, team):
    ws.reference.set_current_user(team["lead"])
    window = open_window(qtbot, tmp_path / "vault", ws)
    action = window.actions_by_name["personas"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PersonasDialog" and w.isVisible())
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Nieuwkomer met kinderen")
    qtbot.keyClicks(dialog.description, "Nieuw in het land, zoekt kinderopvang en taalles.")
    dialog.contacts.selectAll()
    qtbot.keyClicks(dialog.contacts, "4")
    dialog.months.selectAll()
    qtbot.keyClicks(dialog.months, "18")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Nieuwkomer met kinderen", "4,0", "18"]
    assert dialog.message.text() == "Persona Nieuwkomer met kinderen bewaard."
    [persona] = ws.reference.personas()
    assert (persona.contacts_per_month, persona.months, persona.description) == (
        4.0, 18, "Nieuw in het land, zoekt kinderopvang en taalles.")

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # the same name again is refused, nothing saved
    qtbot.keyClicks(dialog.name, "Nieuwkomer met kinderen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: dialog.message.text() != "Persona Nieuwkomer met kinderen bewaard.", timeout=5000)
    assert len(ws.reference.personas()) == 1
    dialog.reject()

    window.actions_by_name["intake"].trigger()
    intake = window.workspace.intake
    assert [intake.persona.itemText(i) for i in range(intake.persona.count())] == ["", "Nieuwkomer met kinderen"]
