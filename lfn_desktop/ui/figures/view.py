"""The partnership's figures for a quarter and a scope, and the quarterly report (PDF) and workbook (XLSX).

Computing and writing run off the GUI thread with a progress indicator; the files hold counts only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.exchange.figures_tables import Table, tables
from lfn_desktop.operations import Workspace
from lfn_desktop.operations.figures import Figures, Period, Scope
from lfn_desktop.operations.signals import for_support_group
from lfn_desktop.ui.common import labels
from lfn_desktop.ui.common.desk import failure_sentence
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.figures.quarterly_report import write_report_pdf


def vocabulary(kind: str, value) -> str:
    """Words for the values the figures count (the report's labels, translated)."""
    if value in ("unknown", None, ""):
        return QCoreApplication.translate("Figures", "(niet ingevuld)")
    table = {"outcome": labels.outcomes(), "channel": labels.referral_channels(), "kind": labels.contact_kinds(),
             "place": labels.contact_places(), "domain": labels.life_domains(),
             "indicator": {"stable_housing": QCoreApplication.translate("Figures", "Stabiel wonen"),
                           "volunteer_work": QCoreApplication.translate("Figures", "Vrijwilligerswerk"),
                           "stable_care": QCoreApplication.translate("Figures", "Stabiel in zorg")}}.get(kind)
    return labels.label(table, value) if table is not None else str(value)


def translate(text: str) -> str:
    return QCoreApplication.translate("Figures", text)


def quarter_before(day: date) -> tuple[int, int]:
    """The last complete quarter before ``day`` (what a team lead reports on)."""
    quarter = (day.month - 1) // 3  # 0 = we are in Q1, so the last one is Q4 of last year
    return (day.year - 1, 4) if quarter == 0 else (day.year, quarter)


class FiguresView(QWidget):
    written = Signal(str)  # a report file was written

    def __init__(self, ws: Workspace, parent=None, *, desk=None):
        super().__init__(parent)
        self.ws, self.desk = ws, desk  # the desk (writer) only for a team lead, who may publish
        self.figures: Figures | None = None
        self.tables: list[Table] = []
        self.grouped_signals: list = []
        self._asked = 0
        year, quarter = quarter_before(date.today())
        self.year = QSpinBox(minimum=2015, maximum=2100, value=year, accessibleName=self.tr("Jaar"))
        self.quarter = QComboBox(accessibleName=self.tr("Kwartaal"))
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Kwartaal %1").replace("%1", str(q)), q)
        self.quarter.setCurrentIndex(quarter - 1)
        self.scope = QComboBox(accessibleName=self.tr("Voor wie"))
        self.scope.addItem(self.tr("Het hele partnerschap"), Scope())
        for org in ws.reference.organisations():
            self.scope.addItem(self.tr("Organisatie: %1").replace("%1", org.name), Scope(organisation_id=org.id))
        for user in ws.reference.users():
            if user.role == "coach":
                self.scope.addItem(self.tr("Coach: %1").replace("%1", user.name), Scope(coach_id=user.id))
        show = QPushButton(self.tr("&Tonen"), accessibleName=self.tr("Cijfers tonen"))
        show.clicked.connect(self.reload)
        self.pdf_button = QPushButton(self.tr("Kwartaalrapport (&PDF)…"),
                                      accessibleName=self.tr("Kwartaalrapport als PDF bewaren"))
        self.xlsx_button = QPushButton(self.tr("&Werkboek (XLSX)…"),
                                       accessibleName=self.tr("Werkboek als XLSX bewaren"))
        self.pdf_button.clicked.connect(lambda: self._ask_and_write("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_write("xlsx"))
        choose = QHBoxLayout()
        for widget in (self.quarter, self.year, self.scope, show, self.pdf_button, self.xlsx_button):
            choose.addWidget(widget)
        self.title = QLabel(self.tr("Cijfers"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.table = QTableWidget(0, 3, accessibleName=self.tr("Cijfers"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.signals = QTableWidget(0, 4, accessibleName=self.tr("Signalen van het kwartaal"))
        self.signals.setHorizontalHeaderLabels(self.signal_header())
        self.signals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.signals.verticalHeader().hide()
        self.signals.horizontalHeader().setStretchLastSection(True)
        self.signals_button = QPushButton(self.tr("Signalen e&xporteren (CSV)…"),
                                          accessibleName=self.tr("Signalen exporteren"))
        self.signals_button.clicked.connect(self._ask_signals)
        # Free text leaves the app only when someone read it through: a coach may have named a person in it.
        self.texts_reviewed = QCheckBox(self.tr("Teksten nage&keken: er staan geen namen of herkenbare details in "
                                                "(anders gaan alleen de aantallen per levensdomein en gemeente mee)"),
                                        accessibleName=self.tr("Teksten van de signalen nagekeken"))
        self.publish_button = QPushButton(self.tr("Publiceren voor de &ondersteuningsgroep"),
                                          accessibleName=self.tr("Publiceren voor de ondersteuningsgroep"))
        self.publish_button.clicked.connect(self.publish)
        self.publish_button.setVisible(desk is not None)
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False, accessibleName=self.tr("Bezig"))
        self.busy.hide()
        self.status = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(choose)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Signalen voor de ondersteuningsgroep (zonder persoonsgegevens)")))
        layout.addWidget(self.signals, 1)
        layout.addWidget(self.texts_reviewed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.signals_button)
        buttons.addWidget(self.publish_button)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.reload()

    def period(self) -> Period:
        return Period.quarter(self.year.value(), self.quarter.currentData())

    def _heading(self) -> tuple[str, list[str]]:
        partnership = next(iter(self.ws.reference.partnerships()), None)
        period = self.period()
        title = self.tr("Kwartaalrapport %1 — kwartaal %2 %3").replace(
            "%1", partnership.name if partnership else "").replace("%2", str(self.quarter.currentData())).replace(
            "%3", str(self.year.value()))
        lines = [self.tr("Periode: %1 tot en met %2").replace("%1", fmt_date(period.start)).replace(
                     "%2", fmt_date(period.end)),
                 self.tr("Voor: %1").replace("%1", self.scope.currentText().split(": ")[0]
                                             if self.scope.currentData().coach_id else self.scope.currentText()),
                 self.tr("Enkel aantallen; aantallen onder 5 staan als <5. Gemaakt op %1.").replace(
                     "%1", fmt_date(date.today()))]
        return title, lines

    # --- figures --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.busy.show()
        ws, period, scope = self.ws, self.period(), self.scope.currentData()
        self._asked += 1
        asked = self._asked
        run_in_background(lambda: (ws.figures.compute(period, scope), ws.signals.grouped(period.start, period.end)),
                          lambda result: self._arrived(result) if asked == self._asked else None,
                          self._failed, owner=self)  # only the latest question's answer is shown

    def signal_header(self) -> list[str]:
        return [self.tr("Probleem"), self.tr("Levensdomein"), self.tr("Gemeente"), self.tr("Aantal")]

    def signal_rows(self) -> list[list[str]]:
        return [[problem, vocabulary("domain", domain) if domain else "—", municipality or "—", str(n)]
                for problem, domain, municipality, n in self.grouped_signals]

    def _arrived(self, result) -> None:
        figures, self.grouped_signals = result
        self.busy.hide()
        rows = self.signal_rows()
        self.signals.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.signals.setItem(r, c, QTableWidgetItem(text))
        self.figures = figures
        self.tables = tables(figures, vocabulary, translate)
        rows = []
        for table in self.tables:
            rows.append([table.title, "", ""])
            rows += [[" · ".join(r[:-1]) if len(r) > 2 else r[0], r[-1] if len(r) > 1 else "", ""]
                     for r in table.rows]
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Waarde"), ""])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if not row[1] and c == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.status.setText("")

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.status.setText(self.tr("Dat lukte niet (%1). Er is niets gewijzigd.").replace("%1", str(error)
                                                                                            or type(error).__name__))

    def _ask_signals(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Signalen bewaren"), "signalen.csv", "CSV (*.csv)")
        if path:
            self.export_signals(Path(path))

    def export_signals(self, path: Path) -> Path:
        from lfn_desktop.exchange.figures_workbook import write_signals_csv  # openpyxl: loaded when needed

        reviewed = self.texts_reviewed.isChecked()
        rows = [[problem or self.tr("(tekst niet meegegeven)"), vocabulary("domain", domain) if domain else "—",
                 municipality or "—", count]
                for problem, domain, municipality, count in for_support_group(self.grouped_signals,
                                                                              texts_reviewed=reviewed)]
        written = write_signals_csv(path, self.signal_header(), rows)
        self.status.setText((self.tr("Bewaard: %1") if reviewed else self.tr(
            "Bewaard: %1 (aantallen per levensdomein en gemeente; de teksten zijn niet nagekeken en bleven hier)"))
            .replace("%1", str(written)))
        return written

    def publish(self) -> None:
        """The figures shown (counts, small ones masked) and the signals, as the support group may read them, into a
        published report that syncs to the support group's laptops."""
        if self.scope.currentData() != Scope() or self.figures is None:
            self.status.setText(self.tr("Publiceer de cijfers van het hele partnerschap: kies dat bij 'Voor wie'."))
            return
        partnership = self.ws.reference.partnerships()[0].id
        label = self.tr("%1 kwartaal %2").replace("%1", str(self.year.value())).replace(
            "%2", str(self.quarter.currentData()))
        published = [{"key": t.key, "title": t.title, "header": list(t.header), "rows": [list(r) for r in t.rows]}
                     for t in self.tables]
        reviewed = self.texts_reviewed.isChecked()
        signals = [list(s) for s in for_support_group(self.grouped_signals, texts_reviewed=reviewed)]

        def done(_changed) -> None:
            self.status.setText((self.tr("Gepubliceerd voor de ondersteuningsgroep: %1 (met de nagekeken teksten "
                                         "van de signalen).") if reviewed else self.tr(
                "Gepubliceerd voor de ondersteuningsgroep: %1 (de signalen als aantallen per levensdomein en "
                "gemeente).")).replace("%1", label) + " " + self.tr("Het gaat mee bij de volgende synchronisatie."))

        self.desk.write(lambda ws: ws.publishing.publish(partnership, label, published, signals), done,
                        lambda error: self.status.setText(failure_sentence(error)), owner=self)

    # --- the report ------------------------------------------------------------------------------------------

    def _ask_and_write(self, kind: str) -> None:
        suffix = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}[kind]
        default = f"kwartaalrapport-{self.year.value()}-Q{self.quarter.currentData()}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Kwartaalrapport bewaren"), default, suffix)
        if path:
            self.write(Path(path), kind)

    def write(self, path: Path, kind: str) -> None:
        """Compute the figures for the chosen quarter and scope and write the file, off the GUI thread."""
        self.busy.show()
        self.pdf_button.setEnabled(False)
        self.xlsx_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met het rapport…"))
        ws, period, scope = self.ws, self.period(), self.scope.currentData()
        title, lines = self._heading()

        def work() -> str:
            report = tables(ws.figures.compute(period, scope), vocabulary, translate)
            if kind == "pdf":
                return str(write_report_pdf(path, title, lines, report))
            from lfn_desktop.exchange.figures_workbook import write_workbook  # openpyxl: loaded when needed

            return str(write_workbook(path, [title, *lines], report))

        run_in_background(work, self._written, self._write_failed, owner=self)

    def _written(self, path: str) -> None:
        self._idle()
        self.status.setText(self.tr("Bewaard: %1").replace("%1", path))
        self.written.emit(path)

    def _write_failed(self, error: Exception) -> None:
        self._idle()
        self._failed(error)

    def _idle(self) -> None:
        self.busy.hide()
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
