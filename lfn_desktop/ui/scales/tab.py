"""The dossier's Scales tab: progress over time, and the door to the participant mode.

The star diagram with any two moments overlaid and each domain marked as progress, standstill or regression
between them; the release scale as a line over the trajectory; every measurement with who filled it in
(the participant's and the coach's view of one day side by side, with a note where they differ).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.instruments.mode_texts import LANGUAGE_NAMES, mode_texts
from lfn_desktop.instruments.progress import Trend, compare
from lfn_desktop.instruments.texts import say
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.scales.charts import LineChart, Series, StarChart
from lfn_desktop.ui.scales.participant_mode import ParticipantMode, make_speech

if TYPE_CHECKING:
    from lfn_desktop.instruments.catalog import Catalog, Instrument

STAR, RELEASE = "star_diagram", "release_scale"


@cache
def catalog() -> Catalog:
    """Loaded once per run: the shipped instruments and the partnership's own (warmed in the background
    after unlock, so that opening a dossier does not wait for it)."""
    from lfn_desktop.instruments.catalog import load_catalog

    return load_catalog()


def filled_by_labels() -> dict[str, str]:
    return {"participant": QCoreApplication.translate("Scales", "Deelnemer zelf"),
            "together": QCoreApplication.translate("Scales", "Samen ingevuld"),
            "coach": QCoreApplication.translate("Scales", "Kijk van de begeleider")}


def style_labels() -> dict[str, str]:
    return {"pictograms": QCoreApplication.translate("Scales", "Pictogrammen"),
            "faces": QCoreApplication.translate("Scales", "Gezichtjes"),
            "words": QCoreApplication.translate("Scales", "Woorden met cijfers")}


def trend_labels() -> dict[Trend, str]:
    # A symbol and a word: never colour alone.
    return {Trend.PROGRESS: QCoreApplication.translate("Scales", "▲ vooruit"),
            Trend.STANDSTILL: QCoreApplication.translate("Scales", "= gelijk"),
            Trend.REGRESSION: QCoreApplication.translate("Scales", "▼ achteruit"),
            Trend.MISSING: QCoreApplication.translate("Scales", "? niet gemeten")}




class ScalesTab(QWidget):
    changed = Signal()  # a measurement was saved or annotated

    def __init__(self, desk: Desk, participant_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("scalesSlot")
        self.desk, self.ws, self.participant_id = desk, desk.ws, participant_id
        self.catalog = catalog()
        self.measurements: list = []
        self.participant = None
        self.mode: ParticipantMode | None = None
        self.speech_factory = make_speech  # the system's voice, made when the mode opens (a test sets another)

        self.instrument = QComboBox(accessibleName=self.tr("Schaal"))
        for instrument in self.catalog.current():
            self.instrument.addItem(say(instrument.title, "nl"), instrument.id)
        self.filled_by = QComboBox(accessibleName=self.tr("Wie vult in"))
        for value, text in filled_by_labels().items():
            self.filled_by.addItem(text, value)
        self.style = QComboBox(accessibleName=self.tr("Weergave voor de deelnemer"))
        for value, text in style_labels().items():
            self.style.addItem(text, value)
        # Only languages the chosen scale (and the mode's own words) really hold; a translation nobody who speaks
        # it has checked yet says so to the coach.
        self.language = QComboBox(accessibleName=self.tr("Taal voor de deelnemer"))
        self.language_note = QLabel(wordWrap=True, accessibleName=self.tr("Over de taal"))
        self.language_note.hide()
        self.instrument.currentIndexChanged.connect(lambda _index: self._fill_languages())
        self.start_button = QPushButton(self.tr("Invullen o&p de tablet…"),
                                        accessibleName=self.tr("Invullen op de tablet"))
        self.start_button.clicked.connect(lambda: self.open_participant_mode())
        self.style.activated.connect(self._save_preferences)
        self.language.activated.connect(self._save_preferences)
        self.status = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        problems = self.catalog.problems
        self.problems = QLabel(self.tr("Niet geladen (fout in het bestand): %1").replace("%1", "; ".join(problems))
                               if problems else "", wordWrap=True, accessibleName=self.tr("Fouten in schaalbestanden"))
        self.problems.setVisible(bool(problems))

        start = QFormLayout()
        start.addRow(self.tr("S&chaal"), self.instrument)
        start.addRow(self.tr("Wie v&ult in"), self.filled_by)
        start.addRow(self.tr("Weerga&ve"), self.style)
        start.addRow(self.tr("T&aal"), self.language)
        start.addRow("", self.language_note)
        start.addRow("", self.start_button)
        start_box = QGroupBox(self.tr("Samen met de deelnemer"))
        start_box.setLayout(start)

        self.moment_a = QComboBox(accessibleName=self.tr("Eerste moment"))
        self.moment_b = QComboBox(accessibleName=self.tr("Tweede moment"))
        self.moment_a.currentIndexChanged.connect(self._show_star)
        self.moment_b.currentIndexChanged.connect(self._show_star)
        self.star = StarChart()
        self.star.setMinimumSize(240, 200)  # it scales; small enough for a 1366×768 screen at 125 %
        self.trends = QTableWidget(0, 5, accessibleName=self.tr("Verloop per levensdomein"))
        self.trends.setHorizontalHeaderLabels([self.tr("Levensdomein"), self.tr("Eerste"), self.tr("Tweede"),
                                               self.tr("Verloop"), self.tr("Tijdlijn (alle metingen)")])
        self.trends.verticalHeader().hide()
        self.trends.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        moments = QHBoxLayout()
        moments.addWidget(QLabel(self.tr("Vergelijk")))
        moments.addWidget(self.moment_a, 1)
        moments.addWidget(QLabel(self.tr("met")))
        moments.addWidget(self.moment_b, 1)
        # Her reading and the coach's of the same day, overlaid, with where they differ (Outcomes Star keeps both).
        self.pair_button = QPushButton(self.tr("&Deelnemer naast begeleider"),
                                       accessibleName=self.tr("Deelnemer naast begeleider"))
        self.pair_button.clicked.connect(lambda: self.show_side_by_side())
        self.pair_button.setEnabled(False)
        self.differences = QLabel(wordWrap=True, accessibleName=self.tr("Waar de kijk verschilt"))
        self.differences.hide()
        moments.addWidget(self.pair_button)
        star_box = QGroupBox(self.tr("Sterdiagram"))
        star_layout = QVBoxLayout(star_box)
        star_layout.addLayout(moments)
        star_layout.addWidget(self.star, 2)
        star_layout.addWidget(self.differences)
        star_layout.addWidget(self.trends, 1)

        self.release = LineChart()
        self.release.setMinimumSize(240, 140)
        self.table = QTableWidget(0, 5, accessibleName=self.tr("Alle metingen"))
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Schaal"), self.tr("Ingevuld door"),
                                              self.tr("Antwoorden"), self.tr("Notitie")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selected)
        self.note = QLineEdit(accessibleName=self.tr("Notitie bij de gekozen meting"),
                              placeholderText=self.tr("bv. waarom de kijk van deelnemer en begeleider verschilt"))
        self.note.editingFinished.connect(self._save_note)
        self.note.setEnabled(False)
        right = QVBoxLayout()
        right.addWidget(start_box)
        right.addWidget(self.release, 1)
        right.addWidget(self.table, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Notitie")))
        note_row.addWidget(self.note, 1)
        note_row.itemAt(0).widget().setBuddy(self.note)
        right.addLayout(note_row)

        # The right column scrolls on a small screen rather than make the whole tab taller than the window.
        right_panel = QWidget()
        right_panel.setLayout(right)
        right_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        right_scroll.setWidget(right_panel)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid = QGridLayout()
        grid.addWidget(star_box, 0, 0)
        grid.addWidget(right_scroll, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)

    # --- data ----------------------------------------------------------------------------------------------

    def set_participant(self, participant) -> None:
        self.participant = participant
        self.style.setCurrentIndex(max(self.style.findData(participant.scale_style or "pictograms"), 0))
        self._fill_languages()
        self.reload()

    def _fill_languages(self) -> None:
        """The chosen scale's languages; her own first language among them is chosen (else Dutch)."""
        instrument = self.catalog.latest(self.instrument.currentData())
        if instrument is None:
            return
        words = mode_texts()
        chosen = self.language.currentData()
        wanted = list(self.participant.languages or []) if self.participant is not None else []
        self.language.blockSignals(True)
        self.language.clear()
        for code in instrument.languages:
            if code not in words.languages:
                continue
            unchecked = code in instrument.unchecked_languages() or words.languages[code] != "checked"
            name = LANGUAGE_NAMES.get(code, code)
            self.language.addItem(self.tr("%1 — niet nagekeken").replace("%1", name) if unchecked else name, code)
            if unchecked:
                self.language.setItemData(self.language.count() - 1, self.tr(
                    "Deze vertaling is nog niet nagekeken door iemand die de taal als moedertaal spreekt."),
                    Qt.ItemDataRole.ToolTipRole)
        available = [self.language.itemData(i) for i in range(self.language.count())]
        first = next((lang for lang in wanted if lang in available), None)
        pick = first or (chosen if chosen in available else "nl")
        self.language.setCurrentIndex(max(self.language.findData(pick), 0))
        self.language.blockSignals(False)
        missing = wanted[0] if wanted and wanted[0] not in available else None
        self.language_note.setText(self.tr("Deze schaal bestaat niet in de taal %1; kies een andere taal of vul samen "
                                           "in.").replace("%1", LANGUAGE_NAMES.get(missing, missing or "")))
        self.language_note.setVisible(missing is not None)

    def reload(self) -> None:
        ws, pid = self.ws, self.participant_id
        run_in_background(lambda: ws.scales.of_participant(pid), self._arrived, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("De metingen konden niet gelezen worden (%1).").replace("%1", type(error).__name__))

    def _arrived(self, measurements: list) -> None:
        self.measurements = measurements
        count = len(measurements)
        self.status.setText(self.tr("%n metingen opgeslagen.", "", count))
        stars = self._of(STAR)
        # By default the two latest finished readings; an incomplete one is there to choose, marked as such.
        finished = [n for n, m in enumerate(stars) if not m.incomplete] or [len(stars) - 1]
        latest, before = finished[-1], finished[-2] if len(finished) > 1 else finished[-1]
        for combo, default in ((self.moment_a, before), (self.moment_b, latest)):
            combo.blockSignals(True)
            combo.clear()
            for m in stars:
                combo.addItem(self._moment_name(m), m.id)
            combo.setCurrentIndex(max(default, 0) if stars else -1)
            combo.blockSignals(False)
        self._show_star()
        self.pair_button.setEnabled(self._same_day_pair() is not None)
        self.differences.hide()
        release = self.catalog.latest(RELEASE)
        points = [(m.taken_on, m.answers.get("release")) for m in self._finished(RELEASE)]
        self.release.set_data(say(release.title, "nl") if release else self.tr("Loslaatschaal"),
                              10, [(d, v) for d, v in points if isinstance(v, int)])
        self._fill_table()

    def _same_day_pair(self):
        """The latest day with a finished star by the participant herself and one by the coach: (hers, coach's)."""
        by_day: dict = {}
        for m in self._finished(STAR):
            by_day.setdefault(m.taken_on, {})[m.filled_by] = m
        days = [day for day, readings in by_day.items() if "participant" in readings and "coach" in readings]
        if not days:
            return None
        readings = by_day[max(days)]
        return readings["participant"], readings["coach"]

    def show_side_by_side(self) -> None:
        pair = self._same_day_pair()
        if pair is None:
            return
        hers, coach = pair
        self.moment_a.setCurrentIndex(self.moment_a.findData(coach.id))
        self.moment_b.setCurrentIndex(self.moment_b.findData(hers.id))
        instrument = self._instrument_of(hers) or self.catalog.latest(STAR)
        differ = [f"{say(item.label, 'nl')} ({self.tr('deelnemer')} {self._answer_text(hers, item.id)}, "
                  f"{self.tr('begeleider')} {self._answer_text(coach, item.id)})"
                  for item in instrument.items if hers.answers.get(item.id) != coach.answers.get(item.id)]
        self.differences.setText(self.tr("Waar jullie kijk verschilt: %1.").replace("%1", "; ".join(differ))
                                 if differ else self.tr("Jullie kijk is op elk domein dezelfde."))
        self.differences.show()
        # Her reading chosen below, so that the note beside it says why the two views differ.
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == hers.id:
                self.table.selectRow(row)
        self.note.setFocus()

    def _moment_name(self, m) -> str:
        name = f"{fmt_date(m.taken_on)} · {filled_by_labels().get(m.filled_by, m.filled_by)}"
        return name + " · " + self.tr("onvolledig") if m.incomplete else name

    def _of(self, instrument_id: str) -> list:
        return [m for m in self.measurements if m.instrument_id == instrument_id]

    def _finished(self, instrument_id: str) -> list:
        """The readings she finished (an incomplete one is never compared, charted or the one before)."""
        return [m for m in self._of(instrument_id) if not m.incomplete]

    def _instrument_of(self, measurement) -> Instrument | None:
        return self.catalog.get(measurement.instrument_id, measurement.instrument_version)

    def _show_star(self) -> None:
        by_id = {m.id: m for m in self.measurements}
        first, second = by_id.get(self.moment_a.currentData()), by_id.get(self.moment_b.currentData())
        instrument = (self._instrument_of(second) if second else None) or self.catalog.latest(STAR)
        self.trends.setRowCount(0)
        if instrument is None:
            return
        items = instrument.items
        labels = [say(item.label, "nl") for item in items]
        series = []
        if first is not None and first is not second:
            series.append(Series(self.moment_a.currentText(), self._values(instrument, first), False))
        if second is not None:
            series.append(Series(self.moment_b.currentText(), self._values(instrument, second), True))
        self.star.set_data(labels, max(level.value for level in instrument.levels), series)
        trends = compare([item.id for item in items], first.answers if first else None,
                         second.answers if second else None)
        words = trend_labels()
        # Two views of one day (hers and the coach's) differ; they do not go forward or back.
        side_by_side = (first is not None and second is not None and first.taken_on == second.taken_on
                        and first.filled_by != second.filled_by)
        if side_by_side:
            trends = {item: Trend.STANDSTILL if first.answers.get(item) == second.answers.get(item) else "differs"
                      for item in trends}
            words = dict(words) | {"differs": self.tr("≠ verschilt")}
        self.trends.setRowCount(len(items))
        all_stars = self._finished(instrument.id)
        for row, item in enumerate(items):
            timeline = " → ".join(str(v) if isinstance(v := m.answers.get(item.id), int) else "·" for m in all_stars)
            cells = [labels[row], self._answer_text(first, item.id), self._answer_text(second, item.id),
                     words[trends[item.id]], timeline]
            for column, text in enumerate(cells):
                self.trends.setItem(row, column, QTableWidgetItem(text))
        self.trends.resizeColumnsToContents()

    @staticmethod
    def _values(instrument: Instrument, measurement) -> list[int | None]:
        return [v if isinstance(v := measurement.answers.get(item.id), int) else None for item in instrument.items]

    def _answer_text(self, measurement, item_id: str) -> str:
        if measurement is None:
            return "—"
        answer = measurement.answers.get(item_id)
        if answer == "skip":
            return self.tr("overgeslagen")
        if answer == "unknown":
            return self.tr("weet niet")
        return "—" if answer is None else str(answer)

    def _fill_table(self) -> None:
        rows = sorted(self.measurements, key=lambda m: (m.taken_on, m.instrument_id, m.filled_by), reverse=True)
        self.table.setRowCount(len(rows))
        for row, m in enumerate(rows):
            instrument = self._instrument_of(m)
            title = say(instrument.title, "nl") if instrument else f"{m.instrument_id} v{m.instrument_version}"
            answers = ", ".join(f"{self._item_label(instrument, k)} {self._answer_text(m, k)}" for k in m.answers)
            if m.incomplete:
                title += " · " + self.tr("onvolledig")
            cells = [fmt_date(m.taken_on), title, filled_by_labels().get(m.filled_by, m.filled_by), answers,
                     m.comment or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    @staticmethod
    def _item_label(instrument: Instrument | None, item_id: str) -> str:
        item = instrument.item(item_id) if instrument else None
        return say(item.label, "nl") if item else item_id

    # --- notes and preferences ------------------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        chosen = next((m for m in self.measurements if m.id == self._selected_id()), None)
        self.note.setEnabled(chosen is not None)
        self.note.setText((chosen.comment or "") if chosen else "")

    def _save_note(self) -> None:
        measurement_id = self._selected_id()
        current = next((m for m in self.measurements if m.id == measurement_id), None)
        if current is None or (current.comment or "") == self.note.text().strip():
            return
        text = self.note.text()

        def done(_changed) -> None:
            self.changed.emit()
            self.reload()

        self.desk.write(lambda ws: ws.scales.update_comment(measurement_id, text), done,
                        lambda error: self.status.setText(failure_sentence(error)), owner=self, initiator=self)

    def _save_preferences(self) -> None:
        if self.participant is None:
            return
        languages = [self.language.currentData()] + [lang for lang in (self.participant.languages or [])
                                                     if lang != self.language.currentData()]
        pid, style = self.participant_id, self.style.currentData()
        self.desk.write(lambda ws: ws.participants.update(pid, scale_style=style, languages=languages), None,
                        lambda error: self.status.setText(failure_sentence(error)), owner=self, initiator=self)

    # --- the participant mode ----------------------------------------------------------------------------------

    def open_participant_mode(self) -> ParticipantMode | None:
        instrument = self.catalog.latest(self.instrument.currentData())
        if instrument is None:
            return None
        earlier = self._finished(instrument.id)
        self.mode = ParticipantMode(self.desk, self.participant_id, instrument,
                                    filled_by=self.filled_by.currentData(), style=self.style.currentData(),
                                    language=self.language.currentData(),
                                    previous=earlier[-1].answers if earlier else None,
                                    speech=self.speech_factory())
        self.mode.saved.connect(lambda _id: (self.changed.emit(), self.reload()))
        self.mode.left.connect(self._mode_left)
        self.window().hide()  # nothing of the app (other dossiers) stays within reach behind the scale
        self.mode.showFullScreen()
        return self.mode

    def _mode_left(self) -> None:
        self.window().show()
        self.window().activateWindow()
        self.mode = None
        self.reload()
