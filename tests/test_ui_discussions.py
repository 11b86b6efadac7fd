"""A coach prepares and holds a case discussion by real keys and clicks: Ctrl+B shows the dossiers worth discussing
(here: no contact for a month), she puts one on the agenda, writes down the question behind the question, the value
steps, the waste and the system condition, marks who was there, turns the system condition into a signal, agrees
an action with an owner and a date, and later ticks it off; the vault then holds each of these."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt

from .test_ui_helpers import open_window, settle
from .test_ui_journeys import press


def click_item(qtbot, view, row: int) -> None:
    index = view.model().index(row, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_a_case_discussion_prepared_held_and_followed_up(qtbot, tmp_path, ws, team):
    noor = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]],
                                  municipality="Testrand").id
    ws.contacts.record(noor, duration_min=45, kind="home_visit", place="home",
                       occurred_at=datetime.now().replace(microsecond=0) - timedelta(days=30))
    window = open_window(qtbot, tmp_path / "vault", ws)
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.discussions
    assert window.workspace.currentWidget() is page
    qtbot.waitUntil(lambda: page.suggestions.count() == 1, timeout=5000)
    assert page.suggestions.item(0).text().endswith("Noor: 30 dagen geen contact")

    click_item(qtbot, page.suggestions, 0)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=5000)
    assert page.list.item(0).text().endswith("Noor (gepland)") and page.editor.isEnabled()
    assert "staat op de agenda" in page.message.text()

    texts = {"question_behind": "Ze wil vooral rust in huis, niet meteen werk.",
             "value_steps": "Samen de brieven geopend; een vaste dag voor de post.",
             "waste": "Drie keer hetzelfde formulier ingevuld voor drie diensten.",
             "system_conditions": "Wachtlijst van zes maanden voor budgetbegeleiding."}
    for name, text in texts.items():
        qtbot.keyClicks(page.texts[name], text)
    box = page.present[team["coach_a"]]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(page.participant_present, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, page.participant_present.height() // 2))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: page.message.text() == "De bespreking is bewaard.", timeout=5000)
    [(discussion, actions)] = ws.discussions.of_participant(noor)
    assert discussion.held and discussion.participant_present and discussion.present_ids == [team["coach_a"]]
    assert {name: getattr(discussion, name) for name in texts} == texts and actions == []
    assert discussion.reason == "no_contact"

    qtbot.mouseClick(page.signal_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: "als signaal bewaard" in page.message.text(), timeout=5000)
    [signal] = ws.signals.all()
    assert (signal.problem, signal.municipality, signal.participant_ids) == (
        texts["system_conditions"], "Testrand", [noor])

    qtbot.keyClicks(page.action_text, "Aanvraag budgetbegeleiding opvolgen bij het OCMW")
    page.action_owner.setCurrentIndex(page.action_owner.findData(team["coach_b"]))
    qtbot.mouseClick(page.add_action_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: page.action_table.rowCount() == 1 and page.team_actions.rowCount() == 1, timeout=5000)
    assert page.action_table.item(0, 1).text() == "Coach Bram" and page.action_table.item(0, 3).text() == "open"
    assert page.team_actions.item(0, 1).text() == "Aanvraag budgetbegeleiding opvolgen bij het OCMW"
    [open_action] = ws.discussions.open_actions()
    assert (open_action.owner_id, open_action.participant_id) == (team["coach_b"], noor)

    page.action_table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(window)
    qtbot.waitUntil(lambda: page.team_actions.rowCount() == 0, timeout=5000)
    assert page.action_table.item(0, 3).text() == "afgerond"
    assert ws.discussions.open_actions() == []
    assert page.list.item(0).text().endswith("Noor (besproken)")
