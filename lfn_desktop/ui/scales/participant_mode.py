"""The participant mode: a scale filled in by the participant herself on a tablet, full screen.

One item at a time with a large pictogram, levels as pictures (or faces, or words with numbers, as she
prefers), read-aloud where the system has a voice in her language, back/next, skip and "I don't know". Touch, mouse and
keyboard alike (digits choose a level, arrows move). Nothing else of the app is reachable: only the
coach's passphrase leaves the mode. At the end her star (or her answers) is shown large, with the previous
moment faint behind it, and the measurement is saved at once, naming the instrument version it used.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.instruments.mode_texts import is_right_to_left, mode_texts
from lfn_desktop.instruments.texts import say
from lfn_desktop.operations.scales import SKIP, UNKNOWN
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.resources import pictogram
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.scales.charts import Series, StarChart

if TYPE_CHECKING:
    from lfn_desktop.instruments.catalog import Instrument, Item, Level

TOUCH = 96  # px: level buttons; nothing a participant taps is under 64 (the norm asks 48)
STYLE = """
QWidget#participantMode { background: white; }
QToolButton { border: 2px solid #7d8597; border-radius: 10px; background: white; padding: 6px; }
QToolButton:checked { border: 6px solid #1d3557; background: #e8eef7; }
QPushButton { min-height: 64px; min-width: 140px; padding: 6px 18px; border: 2px solid #1d3557;
              border-radius: 10px; background: white; }
QPushButton:focus, QToolButton:focus { outline: 3px dashed #1d3557; }
"""


def participant_font(base: QFont) -> QFont:
    """A face that holds every shipped script (Latin with its accents, Arabic, Cyrillic): DejaVu Sans where the
    system has it (Debian's fonts-dejavu-core, installed by the set-up), else the app's own."""
    font = QFont(base)
    if "DejaVu Sans" in QFontDatabase.families():
        font.setFamily("DejaVu Sans")
    return font


def make_speech():
    """A text-to-speech engine if the system has a working one, else None (the button is then hidden).

    Made when the participant mode opens, never at start-up: a broken speech daemon can hang its creation.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    engine_name = os.environ.get("QT_TEXTTOSPEECH_ENGINE")
    speech = QTextToSpeech(engine_name) if engine_name else QTextToSpeech()
    if speech.state() == QTextToSpeech.State.Error or not speech.availableVoices():
        return None
    return speech


def speak_in(speech, language: str):
    """The engine set to a voice of ``language``, or None when the system has none (a Dutch text read by an English
    voice is worse than no voice: the read-aloud button is then hidden)."""
    if speech is None:
        return None
    wanted = QLocale(language).language()
    locale = next((loc for loc in speech.availableLocales() if loc.language() == wanted), None)
    if locale is None:
        return None
    speech.setLocale(locale)
    return speech if speech.availableVoices() else None


class ParticipantMode(QWidget):
    saved = Signal(str)  # the measurement id
    left = Signal()  # the coach has taken the tablet back
    COACH_CORNER_MS = 20_000  # the coach's passphrase field folds away when left alone this long

    def __init__(self, desk: Desk, participant_id: str, instrument: Instrument, *, filled_by: str,
                 style: str = "pictograms", language: str = "nl", previous: dict | None = None, speech=None):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("participantMode")
        self.setStyleSheet(STYLE)
        self.desk, self.ws, self.participant_id, self.instrument = desk, desk.ws, participant_id, instrument
        self._saving = False
        self._after_save: list[Callable[[], None]] = []  # what waits for the save under way
        self.filled_by, self.style, self.language = filled_by, style, language
        self.previous = previous or {}
        self.speech = speak_in(speech, language)  # None without a voice for her language: read-aloud is hidden
        self.answers: dict[str, int | str] = {}
        self.index = 0
        self.measurement_id: str | None = None
        self.leave_question: QMessageBox | None = None  # keep or discard a reading she left midway
        self._may_close = False
        self.words = mode_texts()  # everything she reads, in her language; only the coach's corner speaks the app's
        self.setWindowTitle(say(instrument.title, language))
        self.setAccessibleName(self.tr("Invullen door de deelnemer"))
        self.right_to_left = is_right_to_left(language)
        if self.right_to_left:  # the layout mirrors; the star still grows outward from its centre
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setFont(participant_font(self.font()))
        big = QFont(self.font())
        big.setPointSizeF(max(self.font().pointSizeF(), 10) * 2)

        # --- the start ---
        self.intro = QLabel(say(instrument.intro, language), wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.intro.setFont(big)
        self.start_button = QPushButton(self.say("begin"), accessibleName=self.say("begin"))
        self.start_button.clicked.connect(lambda: self.show_item(0))
        self.intro_read = self._read_button(lambda: say(instrument.intro, language))
        intro_page = QWidget()
        intro_layout = QVBoxLayout(intro_page)
        intro_layout.addStretch(1)
        intro_layout.addWidget(self.intro)
        intro_layout.addWidget(self.intro_read, alignment=Qt.AlignmentFlag.AlignCenter)
        intro_layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignCenter)
        intro_layout.addStretch(1)

        # --- one item ---
        self.counter = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, accessibleName=self.tr("Pictogram"))
        # The instrument's own texts (shipped files), formatted: bold label over the spoken sentence.
        self.question = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter, textFormat=Qt.TextFormat.RichText)
        self.question.setFont(big)
        self.item_read = self._read_button(lambda: self._spoken_item())
        self.level_box = QWidget()
        self.level_grid = QGridLayout(self.level_box)
        self.level_group = QButtonGroup(self)
        self.level_group.idClicked.connect(self._chosen)
        self.level_buttons: list[QToolButton] = []
        self.level_text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.level_text.setFont(big)
        # Each with its pictogram, as large as a level's label; back and next point the way her script reads.
        backward, forward = ("nav-right", "nav-left") if self.right_to_left else ("nav-left", "nav-right")
        unknown = say(instrument.unknown_label, language) if instrument.unknown_label else self.say("unknown")
        self.back_button = self._nav_button(self.say("back"), backward)
        self.skip_button = self._nav_button(self.say("skip"), "nav-skip")
        self.unknown_button = self._nav_button(unknown, "nav-unknown")
        self.next_button = self._nav_button(self.say("next"), forward)
        self.next_button.setLayoutDirection(Qt.LayoutDirection.LeftToRight if self.right_to_left
                                            else Qt.LayoutDirection.RightToLeft)  # its arrow after the word
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(lambda: self._answer(SKIP))
        self.unknown_button.clicked.connect(lambda: self._answer(UNKNOWN))
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        for button in (self.back_button, self.skip_button, self.unknown_button, self.next_button):
            nav.addWidget(button)
        item_page = QWidget()
        item_layout = QVBoxLayout(item_page)
        item_layout.addWidget(self.counter)
        item_layout.addWidget(self.picture)
        item_layout.addWidget(self.question)
        item_layout.addWidget(self.item_read, alignment=Qt.AlignmentFlag.AlignCenter)
        item_layout.addWidget(self.level_box, alignment=Qt.AlignmentFlag.AlignCenter)
        item_layout.addWidget(self.level_text)
        item_layout.addStretch(1)
        item_layout.addLayout(nav)

        # --- the end ---
        self.thanks = QLabel(self.say("thanks"), wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.thanks.setFont(big)
        self.star = StarChart()
        self.summary = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter, textFormat=Qt.TextFormat.RichText)
        self.summary.setFont(big)
        end_page = QWidget()
        end_layout = QVBoxLayout(end_page)
        end_layout.addWidget(self.thanks)
        end_layout.addWidget(self.star, 1)
        self.open_mark_legend = QLabel(self.say("open_mark"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.open_mark_legend.hide()
        end_layout.addWidget(self.open_mark_legend)
        end_layout.addWidget(self.summary, 1)

        # --- the way out, for the coach only ---
        self.coach_button = QPushButton(self.say("coach"), accessibleName=self.say("coach"))
        self.coach_button.setMinimumSize(QSize(140, 48))
        self.coach_button.clicked.connect(self._ask_passphrase)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                    accessibleName=self.tr("Wachtzin van de begeleider"),
                                    placeholderText=self.tr("wachtzin van de begeleider"))
        self.passphrase.returnPressed.connect(self._check_passphrase)
        self.exit_message = QLabel(accessibleName=self.tr("Melding"))
        self.passphrase.hide()
        # Nothing meant for the coach stays on her screen: the field and its message fold away when the coach
        # leaves them alone, and as soon as the participant goes on.
        self._fold_timer = QTimer(self, singleShot=True, interval=self.COACH_CORNER_MS)
        self._fold_timer.timeout.connect(self.fold_coach_corner)
        self.passphrase.textEdited.connect(lambda _text: self._fold_timer.start())
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.exit_message)
        corner.addWidget(self.passphrase)
        corner.addWidget(self.coach_button)

        self.pages = QStackedWidget()
        for page in (intro_page, item_page, end_page):
            self.pages.addWidget(page)
        self.intro_page, self.item_page, self.end_page = intro_page, item_page, end_page
        layout = QVBoxLayout(self)
        layout.addLayout(corner)
        layout.addWidget(self.pages, 1)
        self.pages.setCurrentWidget(intro_page)
        self.start_button.setFocus()

    def say(self, key: str, **params: object) -> str:
        """A word of the mode in her language."""
        return self.words.say(self.language, key, **params)

    @staticmethod
    def _nav_button(text: str, picture: str) -> QPushButton:
        button = QPushButton(text, accessibleName=text)
        button.setIcon(pictogram(picture))
        button.setIconSize(QSize(40, 40))
        return button

    # --- reading aloud ----------------------------------------------------------------------------------

    def _read_button(self, text_of) -> QPushButton:
        button = self._nav_button(self.say("read_aloud"), "read-aloud")
        button.clicked.connect(lambda: self.read_aloud(text_of()))
        button.setVisible(self.speech is not None)
        return button

    def read_aloud(self, text: str) -> None:
        if self.speech is not None:
            self.speech.say(text)

    def _spoken_item(self) -> str:
        item = self.current_item
        levels = "; ".join(f"{n + 1}: {say(level.text, self.language)}"
                           for n, level in enumerate(self.instrument.levels_of(item)))
        return f"{say(item.spoken, self.language)} {levels}"

    # --- moving through the items ---------------------------------------------------------------------

    @property
    def current_item(self) -> Item:
        return self.instrument.items[self.index]

    def show_item(self, index: int) -> None:
        self.fold_coach_corner()
        self.index = index
        item = self.current_item
        count = len(self.instrument.items)
        self.counter.setText(self.say("question", n=index + 1, count=count))
        self.picture.setPixmap(pictogram(item.pictogram.removesuffix(".svg")).pixmap(QSize(160, 160)))
        self.picture.setAccessibleDescription(say(item.label, self.language))
        self.question.setText(f"<b>{say(item.label, self.language)}</b><br>{say(item.spoken, self.language)}")
        self._build_levels(self.instrument.levels_of(item))
        self.back_button.setEnabled(index > 0)
        self.pages.setCurrentWidget(self.item_page)
        self._show_answer()

    def _build_levels(self, levels: tuple[Level, ...]) -> None:
        for button in self.level_buttons:
            self.level_group.removeButton(button)
            button.deleteLater()
        self.level_buttons = []
        per_row = 5 if len(levels) > 6 else len(levels)
        for n, level in enumerate(levels):
            text = say(level.text, self.language)
            button = QToolButton(checkable=True, accessibleName=f"{n + 1}: {text}")
            button.setMinimumSize(QSize(TOUCH + 40, TOUCH + 40))
            if self.style == "words":
                button.setText(f"{level.value if len(levels) > 2 else ''}\n{text}".strip())
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            else:
                picture = level.face if self.style == "faces" and level.face else level.picture
                button.setIcon(pictogram(picture.removesuffix(".svg")))
                button.setIconSize(QSize(TOUCH, TOUCH))
                button.setText(text)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            self.level_group.addButton(button, n)
            self.level_grid.addWidget(button, n // per_row, n % per_row)
            self.level_buttons.append(button)

    def _show_answer(self) -> None:
        answer = self.answers.get(self.current_item.id)
        levels = self.instrument.levels_of(self.current_item)
        chosen = next((n for n, level in enumerate(levels) if level.value == answer), None)
        self.level_group.setExclusive(False)
        for n, button in enumerate(self.level_buttons):
            button.setChecked(n == chosen)
        self.level_group.setExclusive(True)
        if chosen is not None:
            self.level_text.setText(say(levels[chosen].text, self.language))
        elif answer == SKIP:
            self.level_text.setText(self.say("skipped"))
        elif answer == UNKNOWN:
            self.level_text.setText(self.unknown_button.text())
        else:
            self.level_text.setText("")

    def _chosen(self, position: int) -> None:
        level = self.instrument.levels_of(self.current_item)[position]
        self.answers[self.current_item.id] = level.value
        self._show_answer()
        self.next_button.setFocus()

    def choose(self, position: int) -> None:
        """Choose the level at ``position`` (0 = the lowest), as a tap on its picture does."""
        if 0 <= position < len(self.level_buttons):
            self.level_buttons[position].click()

    def _answer(self, answer: str) -> None:
        self.answers[self.current_item.id] = answer
        self._show_answer()
        self.next()

    def back(self) -> None:
        if self.pages.currentWidget() is self.item_page and self.index > 0:
            self.show_item(self.index - 1)

    def next(self) -> None:
        if self.pages.currentWidget() is not self.item_page:
            return
        if self.index + 1 < len(self.instrument.items):
            self.show_item(self.index + 1)
        else:
            self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.pages.currentWidget() is self.item_page and not self.passphrase.hasFocus():
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.choose(key - Qt.Key.Key_1)
                return
            if key == Qt.Key.Key_0:
                self.choose(9)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # towards where her script reads on is forward
                forward = Qt.Key.Key_Left if self.right_to_left else Qt.Key.Key_Right
                if key == forward:
                    self.next()
                else:
                    self.back()
                return
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape leaves nothing: only the coach's passphrase does
        super().keyPressEvent(event)

    # --- the end ------------------------------------------------------------------------------------------

    def finish(self) -> None:
        self.fold_coach_corner()
        self._save()
        self.pages.setCurrentWidget(self.end_page)
        if self.instrument.chart == "star":
            axes = [say(item.label, self.language) for item in self.instrument.items]
            series = [Series(self.say("now"), self._values(self.answers), True)]
            if self.previous:
                series.insert(0, Series(self.say("last_time"), self._values(self.previous), False))
            self.star.set_data(axes, max(level.value for level in self.instrument.levels), series)
            self.star.show()
            self.open_mark_legend.setVisible(None in series[-1].values)
            self.summary.hide()
        else:
            lines = []
            for item in self.instrument.items:
                answer = self.answers.get(item.id)
                level = next((lv for lv in self.instrument.levels_of(item) if lv.value == answer), None)
                shown = say(level.text, self.language) if level else "—"
                lines.append(f"{say(item.label, self.language)}: <b>{shown}</b>")
            self.summary.setText("<br>".join(lines))
            self.star.hide()
            self.summary.show()
        self.read_aloud(self.thanks.text())

    def _values(self, answers: dict) -> list[int | None]:
        return [answers.get(item.id) if isinstance(answers.get(item.id), int) else None
                for item in self.instrument.items]

    def _save(self, then: Callable[[], None] | None = None, *, incomplete: bool = False) -> None:
        """Store what she answered (once), on the writer thread; ``then`` runs when it is in the vault."""
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return  # the save under way runs ``then`` when it lands
        if self.measurement_id is not None or not self.answers:
            self._run_after_save()
            return
        self._saving = True
        pid, instrument, filled_by, answers = self.participant_id, self.instrument, self.filled_by, dict(self.answers)

        def done(changed) -> None:
            self._saving = False
            self.measurement_id = changed.id
            self.saved.emit(changed.id)
            self._run_after_save()

        def failed(error: Exception) -> None:
            self._saving = False
            self._after_save.clear()  # nothing is handed back unsaved: the coach sees why and tries again
            self.exit_message.setText(failure_sentence(error))

        self.desk.write(lambda ws: ws.scales.record(pid, instrument_id=instrument.id,
                                                    instrument_version=instrument.version, taken_on=date.today(),
                                                    filled_by=filled_by, answers=answers,
                                                    incomplete=incomplete),
                        done, failed, owner=self, initiator=self)

    def _run_after_save(self) -> None:
        waiting, self._after_save = self._after_save, []
        for then in waiting:
            then()

    # --- handing back --------------------------------------------------------------------------------------

    def _ask_passphrase(self) -> None:
        self.passphrase.show()
        self.passphrase.setFocus()
        self.exit_message.setText(self.tr("Alleen voor de begeleider:"))
        self._fold_timer.start()

    def fold_coach_corner(self) -> None:
        self._fold_timer.stop()
        self.passphrase.clear()
        self.passphrase.hide()
        self.exit_message.clear()

    def _check_passphrase(self) -> None:
        given = self.passphrase.text()
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        store = self.ws.store
        run_in_background(lambda: store.check_passphrase(given), self._checked, self._check_failed, owner=self)

    def _checked(self, ok: bool) -> None:
        self.passphrase.setEnabled(True)
        if not ok:
            self.exit_message.setText(self.tr("Dat is niet de wachtzin van de begeleider."))
            self.passphrase.setFocus()
            self._fold_timer.start()
            return
        if self.measurement_id is None and self.answers and self.unanswered():
            self._ask_keep_or_discard()
            return
        self._save(then=self._hand_back)

    def unanswered(self) -> list[str]:
        return [item.id for item in self.instrument.items if item.id not in self.answers]

    def _ask_keep_or_discard(self) -> None:
        """She stopped before the end: the coach decides whether the reading is kept (marked incomplete)."""
        answered = len(self.instrument.items) - len(self.unanswered())
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Onvolledige meting"), self.tr(
            "De deelnemer beantwoordde %1 van de %2 vragen. Wat ze invulde bewaren? Een onvolledige meting wordt zo "
            "getoond en telt niet mee in de vergelijking, de vooruitgang en de cijfers.")
            .replace("%1", str(answered)).replace("%2", str(len(self.instrument.items))), parent=self)
        keep = box.addButton(self.tr("&Bewaren als onvolledig"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Niet bewaren"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Verder &invullen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda button: self._left_midway(button, keep, discard))
        self.leave_question = box
        box.open()

    def _left_midway(self, button, keep, discard) -> None:
        self.leave_question = None
        if button is keep:
            self._save(then=self._hand_back, incomplete=True)
        elif button is discard:
            self._hand_back()  # nothing of this reading is written
        else:
            self.fold_coach_corner()  # back to her, where she was

    def _hand_back(self) -> None:
        self._may_close = True
        self.close()
        self.left.emit()

    def _check_failed(self, error: Exception) -> None:
        self.passphrase.setEnabled(True)  # e.g. a damaged key file: the coach must know, the scale stays
        self.exit_message.setText(self.tr("De wachtzin kon niet gecontroleerd worden (%1).").replace(
            "%1", type(error).__name__))
        self._fold_timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()
            self._ask_passphrase()
