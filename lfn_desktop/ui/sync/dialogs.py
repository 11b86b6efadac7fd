"""Linking the laptop to the server (enrolment), and the conflicts view: both values side by side, pick one."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lfn_common.text_merge import MERGEABLE, differences
from lfn_desktop.operations import Workspace
from lfn_desktop.sync.errors import PasswordChangeRequired
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.formats import fmt_datetime
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.sync.runner import sync_error_sentence


class EnrolDialog(QDialog):
    """Server address, name and password → a device token kept inside the vault; then the first sync."""

    enrolled = Signal(object)  # EnrolResponse

    def __init__(self, ws: Workspace, parent=None, *, transport=None):
        super().__init__(parent)
        self.ws, self._transport = ws, transport
        self.setWindowTitle(self.tr("Laptop koppelen aan de server"))
        self.server = QLineEdit(placeholderText="https://lfn.partnerschap.be", accessibleName=self.tr("Serveradres"))
        self.user = QLineEdit(accessibleName=self.tr("Gebruikersnaam"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, accessibleName=self.tr("Wachtwoord"))
        self.cert_path = QLineEdit(accessibleName=self.tr("Certificaat van de server (optioneel)"),
                                   placeholderText=self.tr("alleen bij een eigen certificaat van het partnerschap"))
        browse = QPushButton(self.tr("K&iezen…"), accessibleName=self.tr("Certificaat kiezen"))
        browse.clicked.connect(self._browse)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.cert_path)
        cert_row.addWidget(browse)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Koppelen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Shown when the server says the password was given by the team lead: she chooses her own here.
        self.new_password = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                      accessibleName=self.tr("Nieuw eigen wachtwoord"))
        self.new_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                   accessibleName=self.tr("Nieuw wachtwoord nog eens"))
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("Nieuw wachtwoor&d"), self.new_password)
        new_form.addRow(self.tr("Nog &eens"), self.new_again)
        self.new_box.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.server)
        form.addRow(self.tr("&Naam"), self.user)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        form.addRow(self.tr("&Certificaat"), cert_row)
        form.addRow(self.new_box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Eén keer per laptop. Je wachtwoord wordt niet bewaard; de laptop krijgt een "
                                        "eigen sleutel die alleen in de versleutelde kluis staat."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificaat van de server"), "",
                                              self.tr("Certificaten (*.pem *.crt)"))
        if path:
            self.cert_path.setText(path)

    def submit(self) -> None:
        server, user, password = self.server.text().strip(), self.user.text().strip(), self.password.text()
        if not server.startswith(("https://", "http://")):
            self.message.setText(self.tr("Geef het volledige serveradres, beginnend met https://."))
            return
        if not user or not password:
            self.message.setText(self.tr("Geef je naam en wachtwoord voor de server."))
            return
        try:
            cert = Path(self.cert_path.text()).read_text() if self.cert_path.text().strip() else None
        except OSError:
            self.message.setText(self.tr("Het certificaatbestand kan niet gelezen worden."))
            return
        new_password = None
        if self.new_box.isVisible():
            new_password = self.new_password.text()
            if not new_password or new_password != self.new_again.text():
                self.message.setText(self.tr("Typ je nieuwe wachtwoord twee keer hetzelfde."))
                return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig met koppelen…"))
        store, transport = self.ws.store, self._transport

        def link():
            from lfn_desktop.sync.engine import enrol  # loaded when first needed: it keeps start-up quick

            return enrol(store, server, user, password, pinned_cert_pem=cert, transport=transport,
                         new_password=new_password)

        run_in_background(link, self._done, self._failed, owner=self)

    def _done(self, reply) -> None:
        for field in (self.password, self.new_password, self.new_again):
            field.clear()
        self.enrolled.emit(reply)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, PasswordChangeRequired):
            self.new_box.show()
            self.new_password.setFocus()
            self.message.setText(self.tr("Je meldt je aan met een wachtwoord van je teamleider. Kies nu een eigen "
                                         "wachtwoord (minstens 10 tekens) en koppel opnieuw."))
            return
        self.message.setText(sync_error_sentence(error))


def diff_html(before: str, after: str) -> str:
    """The other change marked on the kept text: removed words struck through, added ones underlined (not by colour
    alone); every piece escaped, for the texts come from other laptops."""
    pieces = []
    for op, text in differences(before, after):
        shown = escape(text).replace("\n", "<br>")
        if op < 0:
            pieces.append(f'<s style="background:#f8d7da">{shown}</s>')
        elif op > 0:
            pieces.append(f'<u style="background:#d4edda">{shown}</u>')
        else:
            pieces.append(shown)
    return "".join(pieces)


class ConflictsDialog(QDialog):
    """Every open conflict with both values side by side; choosing one resolves it (and that choice syncs)."""

    resolved = Signal()

    def __init__(self, desk: Desk, parent=None, participant_id: str | None = None):
        super().__init__(parent)
        self.desk, self.ws, self.participant_id = desk, desk.ws, participant_id
        self.setWindowTitle(self.tr("Conflicten na synchronisatie"))
        self.resize(760, 520)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.body)
        self.message = QLabel(wordWrap=True, accessibleName=self.tr("Melding"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Twee mensen wijzigden hetzelfde zonder elkaars wijziging te zien. De "
                                        "laatste waarde is nu in gebruik; kies welke moet blijven."), wordWrap=True))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.editors: dict[str, tuple[QPlainTextEdit, QPushButton]] = {}  # conflict id -> its text and button
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        conflicts = self.ws.conflicts.open(self.participant_id)
        if not conflicts:
            self.rows.addWidget(QLabel(self.tr("Er zijn geen open conflicten.")))
        for conflict in conflicts:
            self.rows.addWidget(self._conflict_box(conflict))
        self.rows.addStretch(1)

    def _conflict_box(self, conflict) -> QGroupBox:
        # A hard conflict: both changed the same field (changes to different fields merge by themselves).
        kind = (self.tr("zelfde veld gewijzigd (hard conflict)") if conflict.kind == "same_field"
                else self.tr("verwijderd tegenover gewijzigd"))
        title = self.tr("%1 — veld «%2» (%3): %4").replace("%1", conflict.table_name).replace(
            "%2", conflict.field).replace("%3", fmt_datetime(conflict.created_at)).replace("%4", kind)
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for column, (label, value, choice) in enumerate((
                (self.tr("Nu in gebruik"), conflict.kept_value.get("value"), "kept"),
                (self.tr("Andere wijziging"), conflict.other_value.get("value"), "other"))):
            header = QLabel(f"<b>{escape(label)}</b>", textFormat=Qt.TextFormat.RichText)
            grid.addWidget(header, 0, column)
            shown = QLabel(self._show(conflict.field, value), wordWrap=True,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            grid.addWidget(shown, 1, column)
            button = QPushButton(self.tr("Deze houden"), accessibleName=f"{label}: {self.tr('deze houden')}")
            button.clicked.connect(lambda _=False, c=conflict.id, ch=choice: self.choose(c, ch))
            grid.addWidget(button, 2, column)
        if conflict.kind == "same_field" and (conflict.table_name, conflict.field) in MERGEABLE:
            self._merge_rows(grid, conflict)
        edits = conflict.other_value.get("edits") or {}
        if edits:  # a delete against an edit nobody saw: what the other person changed, before it is gone
            lines = "\n".join(f"{name}: {self._show(name, value)}" for name, value in sorted(edits.items()))
            shown = QLabel(self.tr("Wat de ander intussen wijzigde:") + "\n" + lines, wordWrap=True,
                           textFormat=Qt.TextFormat.PlainText, accessibleName=self.tr("Wat de ander wijzigde"))
            grid.addWidget(shown, 3, 0, 1, 2)
        return box

    def _merge_rows(self, grid: QGridLayout, conflict) -> None:
        """Free text: what the other change did, marked, and a text to write from both, kept as hers."""
        kept, other = conflict.kept_value.get("value") or "", conflict.other_value.get("value") or ""
        marked = QLabel(self.tr("Verschil: ") + diff_html(kept, other), wordWrap=True,
                        textFormat=Qt.TextFormat.RichText, accessibleName=self.tr("Verschil tussen beide"))
        grid.addWidget(marked, 3, 0, 1, 2)
        editor = QPlainTextEdit(kept, accessibleName=self.tr("Samengevoegde tekst"))
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(90)
        grid.addWidget(QLabel(self.tr("Schrijf de tekst zoals hij moet blijven (uit beide):")), 4, 0, 1, 2)
        grid.addWidget(editor, 5, 0, 1, 2)
        save = QPushButton(self.tr("Samengevoegde tekst bewaren"),
                           accessibleName=self.tr("Samengevoegde tekst bewaren"))
        save.clicked.connect(lambda _=False, c=conflict.id, e=editor: self.merge(c, e.toPlainText()))
        grid.addWidget(save, 6, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.editors[conflict.id] = (editor, save)

    def merge(self, conflict_id: str, text: str) -> None:
        self._settle(lambda ws: ws.conflicts.resolve_with_text(conflict_id, text))

    def _show(self, field: str, value) -> str:
        if field == "deleted":
            return self.tr("verwijderd") if value else self.tr("behouden (terugzetten)")
        return "—" if value in (None, "", []) else str(value)

    def choose(self, conflict_id: str, choice: str) -> None:
        self._settle(lambda ws: ws.conflicts.resolve(conflict_id, choice))

    def _settle(self, work) -> None:
        """Resolve on the writer thread; the list is read again when the choice is in the vault."""
        def done(_changed) -> None:
            self.resolved.emit()
            self.refresh()

        self.desk.write(work, done, lambda error: self.message.setText(failure_sentence(error)), owner=self,
                        initiator=self)
