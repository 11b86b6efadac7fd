"""The participant fills in her star herself, by touch and by keyboard; only the coach's passphrase leaves
the mode; the stored measurement is exactly what she chose. Then the coach compares two moments."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtTextToSpeech import QTextToSpeech

from lfn_common.vocabulary import STAR_INSTRUMENT
from lfn_desktop.ui.common.resources import pictogram

from .conftest import PASSPHRASE
from .test_ui_helpers import open_new_dossier, settle


@cache
def touchscreen():
    return QTest.createTouchDevice()  # once the application exists


def tap(widget) -> None:
    """A finger on the middle of ``widget`` (a real touch event, which Qt turns into a click)."""
    centre = widget.rect().center()
    QTest.touchEvent(widget, touchscreen()).press(0, centre, widget).commit()
    QTest.touchEvent(widget, touchscreen()).release(0, centre, widget).commit()


@pytest.fixture
def dossier(qtbot, tmp_path, ws, team):
    window, view, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    view.tabs.setCurrentWidget(view.scales.parentWidget())
    return window, view, pid


def open_mode(qtbot, view, filled_by: str = "participant", speech_factory=lambda: QTextToSpeech("mock")):
    tab = view.scales
    tab.instrument.setCurrentIndex(tab.instrument.findData(STAR_INSTRUMENT))
    tab.filled_by.setCurrentIndex(tab.filled_by.findData(filled_by))
    tab.speech_factory = speech_factory
    mode = tab.open_participant_mode()
    qtbot.addWidget(mode)
    qtbot.waitExposed(mode)
    return mode


def test_the_participant_fills_in_her_star_by_touch_and_keys_and_only_the_coach_leaves(qtbot, dossier, ws):
    window, view, pid = dossier
    mode = open_mode(qtbot, view)
    assert mode.isFullScreen() and not window.isVisible()  # no other dossier within reach
    assert not mode.intro_read.isVisible()  # the mock engine speaks English and Nordic languages, no Dutch
    tap(mode.start_button)
    qtbot.waitUntil(lambda: mode.pages.currentWidget() is mode.item_page)
    assert all(b.width() >= 48 and b.height() >= 48 for b in mode.level_buttons)

    tap(mode.level_buttons[2])  # domain 1: level 3, by touch
    assert mode.level_buttons[2].isChecked()
    tap(mode.next_button)
    qtbot.keyClick(mode, Qt.Key.Key_4)  # domain 2: level 4, by keyboard
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    mode.skip_button.click()  # domain 3: skipped (moves on by itself)
    mode.unknown_button.click()  # domain 4: "I don't know"
    qtbot.keyClick(mode, Qt.Key.Key_Left)  # back to domain 4 ...
    assert mode.index == 3 and mode.level_text.text() == "Weet ik niet"
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    for level in (2, 5, 1, 3, 4, 2):  # domains 5-10
        qtbot.keyClick(mode, getattr(Qt.Key, f"Key_{level}"))
        qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.pages.currentWidget() is mode.end_page and mode.star.isVisible()

    settle(window)
    [stored] = ws.scales.of_participant(pid, STAR_INSTRUMENT)
    assert stored.answers == {"1": 3, "2": 4, "3": "skip", "4": "unknown", "5": 2, "6": 5, "7": 1, "8": 3,
                              "9": 4, "10": 2}
    assert (stored.instrument_version, stored.filled_by, stored.taken_on) == (1, "participant", date.today())

    # Escape, closing the window or a wrong passphrase do not leave the mode.
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    mode.close()
    assert mode.isVisible()
    qtbot.keyClicks(mode.passphrase, "raden maar")
    qtbot.keyClick(mode.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "niet de wachtzin" in mode.exit_message.text())
    assert mode.isVisible()
    qtbot.keyClicks(mode.passphrase, PASSPHRASE)
    with qtbot.waitSignal(mode.left, timeout=5000):
        qtbot.keyClick(mode.passphrase, Qt.Key.Key_Return)
    assert not mode.isVisible() and window.isVisible()
    qtbot.waitUntil(lambda: view.scales.status.text() == "1 meting opgeslagen.")


def test_without_a_voice_the_read_aloud_button_is_hidden_and_faces_or_words_replace_pictures(qtbot, dossier):
    window, view, pid = dossier
    view.scales.style.setCurrentIndex(view.scales.style.findData("words"))
    mode = open_mode(qtbot, view, speech_factory=lambda: None)  # a system without any voice
    assert not mode.intro_read.isVisible()
    mode.start_button.click()
    assert not mode.item_read.isVisible()
    assert mode.level_buttons[0].text().startswith("1\n") and mode.level_buttons[0].icon().isNull()

    mode.style = "faces"
    mode.show_item(0)
    assert mode.level_buttons[0].icon().cacheKey() == pictogram("face-1").cacheKey()


def test_the_coach_compares_two_moments_per_domain(qtbot, dossier, ws):
    window, view, pid = dossier
    earlier, later = date.today() - timedelta(days=90), date.today() - timedelta(days=2)
    ws.scales.record(pid, instrument_id=STAR_INSTRUMENT, instrument_version=1, taken_on=earlier,
                     filled_by="together", answers={str(d): 2 for d in range(1, 11)})
    ws.scales.record(pid, instrument_id=STAR_INSTRUMENT, instrument_version=1, taken_on=later,
                     filled_by="participant", answers={"1": 4, "2": 2, "3": 1, "4": "skip"} |
                     {str(d): 3 for d in range(5, 11)})
    ws.scales.record(pid, instrument_id="release_scale", instrument_version=1, taken_on=later,
                     filled_by="together", answers={"release": 6})
    view.scales.reload()
    qtbot.waitUntil(lambda: view.scales.status.text() == "3 metingen opgeslagen.")
    trends = view.scales.trends
    rows = {trends.item(r, 0).text(): (trends.item(r, 1).text(), trends.item(r, 2).text(), trends.item(r, 3).text())
            for r in range(trends.rowCount())}
    assert trends.item(0, 4).text() == "2 → 4"  # the timeline of all measurements of the domain
    assert rows["Leren"] == ("2", "4", "▲ vooruit")
    assert rows["Zelf kiezen"] == ("2", "2", "= gelijk")
    assert rows["Mensen rondom"] == ("2", "1", "▼ achteruit")
    assert rows["Gevoel"] == ("2", "overgeslagen", "? niet gemeten")
    assert len(view.scales.star.series) == 2 and [s.current for s in view.scales.star.series] == [False, True]
    assert [v for _, v in view.scales.release.points] == [6]


def click_tab(qtbot, tabs, page) -> None:
    """A mouse click on the tab's title, as the coach opens it (``page``: the tab's content, or inside it)."""
    while tabs.indexOf(page) < 0:
        page = page.parentWidget()
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


@pytest.mark.parametrize("how", ["click", "alt+p"])
def test_the_coach_opens_the_participant_mode_from_its_button_and_her_answers_are_stored(qtbot, tmp_path, ws, team,
                                                                                       how):
    window, view, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    window.activateWindow()
    click_tab(qtbot, view.tabs, view.scales)
    tab = view.scales
    tab.speech_factory = lambda: QTextToSpeech("mock")
    tab.instrument.setCurrentIndex(tab.instrument.findData(STAR_INSTRUMENT))
    if how == "click":
        QTest.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    else:
        QTest.keyClick(tab.start_button.window(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.mode is not None and tab.mode.isVisible())
    mode = tab.mode
    qtbot.addWidget(mode)
    assert mode.isFullScreen() and not window.isVisible()
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    for level in (3, 4, 2, 5, 1, 3, 4, 2, 5, 1):
        QTest.mouseClick(mode.level_buttons[level - 1], Qt.MouseButton.LeftButton)
        QTest.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.pages.currentWidget() is mode.end_page
    QTest.mouseClick(mode.coach_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(mode.passphrase, PASSPHRASE)
    with qtbot.waitSignal(mode.left, timeout=5000):
        qtbot.keyClick(mode.passphrase, Qt.Key.Key_Return)
    assert window.isVisible() and not mode.isVisible()
    settle(window)
    [stored] = ws.scales.of_participant(pid, STAR_INSTRUMENT)
    assert stored.answers == {str(d): v for d, v in enumerate((3, 4, 2, 5, 1, 3, 4, 2, 5, 1), start=1)}


def test_no_message_for_the_coach_stays_on_the_participants_screen(qtbot, dossier, ws):
    _window, view, _pid = dossier
    mode = open_mode(qtbot, view)
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(mode.coach_button, Qt.MouseButton.LeftButton)  # someone touched the coach's corner
    qtbot.keyClicks(mode.passphrase, "raden maar")
    qtbot.keyClick(mode.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "niet de wachtzin" in mode.exit_message.text(), timeout=10_000)

    QTest.mouseClick(mode.level_buttons[2], Qt.MouseButton.LeftButton)  # she goes on with her star
    QTest.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)

    assert mode.exit_message.text() == "" and not mode.passphrase.isVisible()

    mode._fold_timer.setInterval(50)  # left alone: the corner folds away by itself too
    QTest.mouseClick(mode.coach_button, Qt.MouseButton.LeftButton)
    assert mode.passphrase.isVisible() and mode.exit_message.text()
    qtbot.waitUntil(lambda: not mode.passphrase.isVisible() and not mode.exit_message.text(), timeout=5000)
    assert mode.pages.currentWidget() is mode.item_page  # and she is where she was


def test_skipped_and_dont_know_show_on_her_star_as_open_marks_never_as_values(qtbot, dossier, ws):
    _window, view, _pid = dossier
    mode = open_mode(qtbot, view)
    QTest.mouseClick(mode.start_button, Qt.MouseButton.LeftButton)
    for n in range(len(mode.instrument.items)):
        if n == 2:
            QTest.mouseClick(mode.skip_button, Qt.MouseButton.LeftButton)
        elif n == 4:
            QTest.mouseClick(mode.unknown_button, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(mode.level_buttons[3], Qt.MouseButton.LeftButton)
        if mode.pages.currentWidget() is mode.item_page and mode.index == n:
            QTest.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.pages.currentWidget() is mode.end_page

    mode.star.grab()  # drawn as she sees it

    assert mode.star.open_marks == [2, 4]
    [now] = [s for s in mode.star.series if s.current]
    assert now.values[2] is None and now.values[4] is None and now.values[0] == 4
