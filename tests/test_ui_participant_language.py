"""The participant's scale in her own language and script, and only what she finished counts.

Through real input: the coach picks the language in the scales tab, opens the mode from its button; every word
the participant reads comes from her language; Arabic lays the mode out right to left; a font covers every
shipped script; leaving before the end asks the coach to keep the reading (marked incomplete) or discard it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QMessageBox

from lfn_common.vocabulary import STAR_INSTRUMENT
from lfn_desktop.instruments.catalog import load_shipped
from lfn_desktop.instruments.mode_texts import mode_texts
from lfn_desktop.ui.scales.participant_mode import participant_font

from .conftest import PASSPHRASE
from .test_ui_helpers import open_new_dossier, settle
from .test_ui_scales import click_tab


@pytest.fixture
def scales(qtbot, tmp_path, ws, team):
    window, view, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    window.activateWindow()
    click_tab(qtbot, view.tabs, view.scales)
    tab = view.scales
    tab.speech_factory = lambda: QTextToSpeech("mock")
    return window, tab, pid


def choose(qtbot, combo, data) -> None:
    """Pick an entry the way the keyboard does: focus the box and step with the arrow keys to it."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def open_from_button(qtbot, tab):
    QTest.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.mode is not None and tab.mode.isVisible())
    qtbot.addWidget(tab.mode)
    return tab.mode


def hand_back(qtbot, mode) -> None:
    QTest.mouseClick(mode.coach_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(mode.passphrase, PASSPHRASE)
    qtbot.keyClick(mode.passphrase, Qt.Key.Key_Return)


def test_only_the_languages_the_scale_holds_can_be_chosen_and_unchecked_ones_say_so(scales):
    _window, tab, _pid = scales
    choose_codes = [tab.language.itemData(i) for i in range(tab.language.count())]
    assert choose_codes == ["nl", "en", "fr", "ar", "tr", "pl", "ro", "uk"]
    assert tab.language.itemText(0) == "Nederlands"
    assert tab.language.itemText(3) == "العربية — niet nagekeken"
    assert "moedertaal" in tab.language.itemData(3, Qt.ItemDataRole.ToolTipRole)


def test_in_english_every_word_she_reads_is_english(qtbot, scales, ws):
    _window, tab, pid = scales
    choose(qtbot, tab.language, "en")
    mode = open_from_button(qtbot, tab)
    assert mode.start_button.text() == "Start" and mode.coach_button.text() == "Coach"
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    assert mode.counter.text() == "Question 1 of 10"
    assert [b.text() for b in (mode.back_button, mode.skip_button, mode.unknown_button, mode.next_button)] == [
        "Back", "Skip", "I don't know", "Next"]
    assert "Learning" in mode.question.text()
    QTest.mouseClick(mode.skip_button, Qt.MouseButton.LeftButton)
    for _ in range(9):
        QTest.mouseClick(mode.level_buttons[3], Qt.MouseButton.LeftButton)
        QTest.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.pages.currentWidget() is mode.end_page
    assert mode.thanks.text().startswith("Thank you!")
    assert [s.label for s in mode.star.series] == ["now"]
    assert mode.open_mark_legend.isVisible() and mode.open_mark_legend.text() == "? means: skipped or I don't know"
    hand_back(qtbot, mode)
    qtbot.waitUntil(lambda: tab.mode is None)
    [stored] = ws.scales.of_participant(pid, STAR_INSTRUMENT)
    assert stored.answers["1"] == "skip" and not stored.incomplete


def test_read_aloud_speaks_with_a_voice_of_her_language(qtbot, scales):
    _window, tab, _pid = scales
    choose(qtbot, tab.language, "en")
    mode = open_from_button(qtbot, tab)
    assert mode.speech is not None and mode.speech.locale().language() == QLocale("en").language()
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    assert mode.item_read.isVisible() and not mode.item_read.icon().isNull()
    with qtbot.waitSignal(mode.speech.stateChanged, timeout=5000):
        QTest.mouseClick(mode.item_read, Qt.MouseButton.LeftButton)
    assert mode.speech.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing,
                                   QTextToSpeech.State.Ready)


def test_in_arabic_the_mode_reads_right_to_left_and_its_arrows_follow(qtbot, scales):
    _window, tab, _pid = scales
    choose(qtbot, tab.language, "ar")
    mode = open_from_button(qtbot, tab)
    assert mode.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert mode.start_button.text() == "ابدأ"
    assert not mode.intro_read.isVisible()  # no Arabic voice on this system: no English voice reading Arabic
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    assert mode.counter.text() == "السؤال 1 من 10" and "التعلّم" in mode.question.text()
    # Right to left: "back" stands at the right, "next" at the left, and the lowest level at the right.
    assert mode.back_button.x() > mode.next_button.x()
    assert mode.level_buttons[0].mapTo(mode, mode.level_buttons[0].rect().center()).x() > \
        mode.level_buttons[4].mapTo(mode, mode.level_buttons[4].rect().center()).x()
    QTest.mouseClick(mode.level_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClick(mode, Qt.Key.Key_Left)  # forward, in her reading direction
    assert mode.counter.text() == "السؤال 2 من 10"
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.counter.text() == "السؤال 1 من 10"


def test_leaving_midway_asks_the_coach_to_keep_the_reading_as_incomplete(qtbot, scales, ws):
    window, tab, pid = scales
    mode = open_from_button(qtbot, tab)
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    for level in (2, 3):
        QTest.mouseClick(mode.level_buttons[level - 1], Qt.MouseButton.LeftButton)
        QTest.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    hand_back(qtbot, mode)
    qtbot.waitUntil(lambda: mode.leave_question is not None and mode.leave_question.isVisible(), timeout=10_000)
    question = mode.leave_question
    assert "2 van de 10 vragen" in question.text()
    keep = next(b for b in question.buttons() if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    QTest.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.mode is None and window.isVisible(), timeout=10_000)
    settle(window)
    [stored] = ws.scales.of_participant(pid, STAR_INSTRUMENT)
    assert stored.incomplete and stored.answers == {"1": 2, "2": 3}
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert "onvolledig" in tab.table.item(0, 1).text()
    assert "onvolledig" in tab.moment_b.currentText()


def test_leaving_midway_and_discarding_stores_nothing(qtbot, scales, ws):
    window, tab, pid = scales
    mode = open_from_button(qtbot, tab)
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(mode.level_buttons[0], Qt.MouseButton.LeftButton)
    hand_back(qtbot, mode)
    qtbot.waitUntil(lambda: mode.leave_question is not None and mode.leave_question.isVisible(), timeout=10_000)
    question = mode.leave_question
    discard = next(b for b in question.buttons()
                   if question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    QTest.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.mode is None and window.isVisible(), timeout=10_000)
    settle(window)
    assert ws.scales.of_participant(pid, STAR_INSTRUMENT) == []


def test_an_incomplete_reading_is_left_out_of_the_comparison_and_the_figures(ws, team):
    from datetime import timedelta

    from lfn_desktop.operations.figures import Period

    person = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]]).id
    first = {str(d): 2 for d in range(1, 11)}
    later = {str(d): 4 for d in range(1, 11)}
    ws.scales.record(person, instrument_id=STAR_INSTRUMENT, instrument_version=1,
                     taken_on=date.today() - timedelta(days=30), filled_by="participant", answers=first)
    ws.scales.record(person, instrument_id=STAR_INSTRUMENT, instrument_version=1, taken_on=date.today(),
                     filled_by="participant", answers={"1": 1}, incomplete=True)
    figures = ws.figures.compute(Period(date.today() - timedelta(days=60), date.today()))
    assert sum(sum(c.values()) for c in figures.star_trends.values()) == 0  # one finished reading: no trend yet
    ws.scales.record(person, instrument_id=STAR_INSTRUMENT, instrument_version=1, taken_on=date.today(),
                     filled_by="participant", answers=later)
    figures = ws.figures.compute(Period(date.today() - timedelta(days=60), date.today()))
    # The trend runs from the first finished reading to the latest finished one, past the incomplete one.
    assert {domain: counts["progress"] for domain, counts in figures.star_trends.items()} == {
        d: 1 for d in range(1, 11)}


def test_the_participant_font_holds_every_character_of_every_shipped_text(qapp):
    metrics = QFontMetrics(participant_font(qapp.font()))
    missing = set()
    texts = [text for instrument in load_shipped() for _where, text in instrument.texts()]
    texts += list(mode_texts().texts.values())
    for text in texts:
        for language, words in text.items():
            missing |= {(language, ch) for ch in words if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}
    assert missing == set()


def test_her_reading_and_the_coachs_of_one_day_side_by_side_with_a_note(qtbot, scales, ws):
    window, tab, pid = scales
    hers = {str(d): 3 for d in range(1, 11)} | {"8": 2}
    coach = {str(d): 3 for d in range(1, 11)} | {"8": 4, "4": "unknown"}
    for filled_by, answers in (("participant", hers), ("coach", coach)):
        ws.scales.record(pid, instrument_id=STAR_INSTRUMENT, instrument_version=1, taken_on=date.today(),
                         filled_by=filled_by, answers=answers)
    tab.reload()
    qtbot.waitUntil(lambda: tab.pair_button.isEnabled())
    QTest.mouseClick(tab.pair_button, Qt.MouseButton.LeftButton)
    assert "Deelnemer zelf" in tab.moment_b.currentText() and "begeleider" in tab.moment_a.currentText()
    assert [s.current for s in tab.star.series] == [False, True]
    shown = tab.differences.text()
    assert tab.differences.isVisible() and "Wonen en geld (deelnemer 2, begeleider 4)" in shown
    assert "Gevoel (deelnemer 3, begeleider weet niet)" in shown and "Leren" not in shown
    rows = {tab.trends.item(r, 0).text(): tab.trends.item(r, 3).text() for r in range(tab.trends.rowCount())}
    assert rows["Wonen en geld"] == "≠ verschilt" and rows["Leren"] == "= gelijk"  # one day: no progress or decline
    assert tab.note.isEnabled() and tab.note.hasFocus()
    qtbot.keyClicks(tab.note, "Zij ziet haar woonsituatie somberder")
    qtbot.keyClick(tab.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(m.comment for m in ws.scales.of_participant(pid, STAR_INSTRUMENT)), timeout=5000)
    by_who = {m.filled_by: m.comment for m in ws.scales.of_participant(pid, STAR_INSTRUMENT)}
    assert by_who == {"participant": "Zij ziet haar woonsituatie somberder", "coach": None}
