"""File → Backups: where the automatic backups go and how many are kept, the list of them, making one now and
restoring one. It works while the vault is locked too: a vault that no longer opens is restored from here.

The window does the restoring (it must lock the vault first); this dialog lists, asks and reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lfn_desktop.store import auto_backup
from lfn_desktop.store.auto_backup import BackupEntry
from lfn_desktop.ui.common.formats import fmt_datetime
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.common.vault_messages import vault_problem


class BackupsDialog(QDialog):
    restore_chosen = Signal(object, str)  # (BackupEntry, the passphrase it opens with)

    def __init__(self, profile: Path, make_backup: Callable[[], Path] | None, parent=None):
        """``make_backup`` writes a backup of the open vault now (None while it is locked)."""
        super().__init__(parent)
        self.profile, self.make_backup = profile, make_backup
        self.setWindowTitle(self.tr("Reservekopieën"))
        self.entries: list[BackupEntry] = []
        policy = auto_backup.read_policy(profile)

        self.place = QLabel(accessibleName=self.tr("Map van de reservekopieën"), wordWrap=True)
        self.choose = QPushButton(self.tr("Andere &map kiezen…"))
        self.choose.clicked.connect(self._choose_folder)
        self.default = QPushButton(self.tr("&Standaardmap"))
        self.default.clicked.connect(self._default_folder)
        self.daily = QSpinBox(minimum=1, maximum=60, value=policy.daily, accessibleName=self.tr("Dagen"))
        self.weekly = QSpinBox(minimum=0, maximum=52, value=policy.weekly, accessibleName=self.tr("Weken"))
        self.daily.valueChanged.connect(self._keep_changed)
        self.weekly.valueChanged.connect(self._keep_changed)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.place, 1)
        folder_row.addWidget(self.choose)
        folder_row.addWidget(self.default)
        form = QFormLayout()
        form.addRow(self.tr("Map:"), _wrap(folder_row))
        daily_label = QLabel(self.tr("Bewaar van de laatste &dagen:"))
        daily_label.setBuddy(self.daily)
        weekly_label = QLabel(self.tr("en van de laatste &weken:"))
        weekly_label.setBuddy(self.weekly)
        form.addRow(daily_label, self.daily)
        form.addRow(weekly_label, self.weekly)
        explain = QLabel(self.tr("Na het ontgrendelen maakt LfN Desktop één keer per dag een versleutelde "
                                 "reservekopie, en altijd vóór een update van de kluis. Elke kopie wordt nagekeken "
                                 "terwijl ze geschreven wordt. Een kopie opent met de wachtzin van toen."),
                         wordWrap=True)

        self.table = QTableWidget(0, 3, accessibleName=self.tr("Lijst van reservekopieën"))
        self.table.setHorizontalHeaderLabels([self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Grootte")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.now = QPushButton(self.tr("&Nu een reservekopie maken"))
        self.now.setEnabled(make_backup is not None)
        self.now.setToolTip("" if make_backup else self.tr("Ontgrendel de kluis om een reservekopie te maken."))
        self.now.clicked.connect(self._make_now)
        self.restore = QPushButton(self.tr("&Terugzetten…"))
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._ask_restore)
        self.message = QLabel(accessibleName=self.tr("Melding"), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&luiten"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.now)
        actions.addWidget(self.restore)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 520)  # fits a 1366x768 screen at 125 %
        self.reload()

    # --- the list ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        policy = auto_backup.read_policy(self.profile)
        self.place.setText(str(policy.place(self.profile)))
        self.default.setEnabled(policy.folder is not None)
        self.entries = auto_backup.list_backups(self.profile)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            when = fmt_datetime(entry.created_at.astimezone())
            size = self.tr("%1 kB").replace("%1", str(max(1, entry.size // 1000)))
            for column, text in enumerate((when, self._kind(entry), size if entry.readable else "—")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        if not self.entries:
            self.message.setText(self.tr("Er is nog geen reservekopie in deze map."))
        self._selection_changed()

    def _kind(self, entry: BackupEntry) -> str:
        if not entry.readable:
            return self.tr("onleesbaar")
        return {auto_backup.DAILY: self.tr("dagelijks"), auto_backup.BEFORE_MIGRATION: self.tr("vóór een update"),
                auto_backup.MANUAL: self.tr("zelf gemaakt")}.get(entry.kind, entry.kind)

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.restore.setEnabled(entry is not None and entry.readable)

    # --- the policy --------------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de reservekopieën"),
                                                  str(auto_backup.read_policy(self.profile).place(self.profile)))
        if chosen:
            self.set_folder(chosen)

    def _default_folder(self) -> None:
        self.set_folder(None)

    def set_folder(self, folder: str | None) -> None:
        policy = auto_backup.read_policy(self.profile)
        self._save(replace(policy, folder=folder))
        self.message.setText(self.tr("Nieuwe reservekopieën gaan voortaan naar %1.").replace(
            "%1", str(auto_backup.read_policy(self.profile).place(self.profile))))

    def _keep_changed(self, _value: int) -> None:
        self._save(replace(auto_backup.read_policy(self.profile), daily=self.daily.value(),
                           weekly=self.weekly.value()))

    def _save(self, policy) -> None:
        try:
            auto_backup.write_policy(self.profile, policy)
        except OSError as error:
            self.message.setText(vault_problem(error) or self.tr("De keuze kon niet bewaard worden."))
            return
        self.reload()

    # --- making and restoring ------------------------------------------------------------------------------

    def _make_now(self) -> None:
        self.now.setEnabled(False)
        self.message.setText(self.tr("Bezig met een reservekopie…"))
        run_in_background(self.make_backup, self._made, self._failed, owner=self)

    def _made(self, written: Path) -> None:
        self.now.setEnabled(True)
        self.reload()
        self.message.setText(self.tr("Reservekopie gemaakt en nagekeken: %1").replace("%1", written.name))

    def _failed(self, error: Exception) -> None:
        self.now.setEnabled(self.make_backup is not None)
        self.message.setText(vault_problem(error) or self.tr("De reservekopie lukte niet (%1). De kluis is "
                                                             "onveranderd.").replace("%1", type(error).__name__))

    def _ask_restore(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        ask = RestoreConfirmation(entry, self)
        ask.accepted.connect(lambda: self.restore_chosen.emit(entry, ask.passphrase.text()))
        ask.open()


class RestoreConfirmation(QDialog):
    """Which copy, what happens to the vault that is there, and the passphrase the copy opens with."""

    def __init__(self, entry: BackupEntry, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        when = fmt_datetime(entry.created_at.astimezone())
        text = QLabel(self.tr("De kluis wordt vervangen door de reservekopie van %1. Wat je daarna nog "
                              "registreerde, staat er niet in (tenzij het al gesynchroniseerd is: dat komt bij de "
                              "volgende synchronisatie terug). De huidige kluis wordt niet gewist maar apart "
                              "bewaard. De kluis wordt eerst vergrendeld.").replace("%1", when), wordWrap=True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                    accessibleName=self.tr("Wachtzin van de reservekopie"))
        label = QLabel(self.tr("&Wachtzin van toen:"))
        label.setBuddy(self.passphrase)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.passphrase.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 220)


def _wrap(layout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
