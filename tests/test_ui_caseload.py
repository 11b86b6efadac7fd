"""The minimal window: unlock dialog and caseload with instant search, driven through real widgets."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.ui.caseload_window import CaseloadWindow
from lfn_desktop.ui.unlock_dialog import UnlockDialog

from .conftest import PASSPHRASE


def test_search_narrows_the_caseload_as_you_type(qtbot, ws, team):
    for given, family in (("Émilie", "Testaert"), ("Noor", "Proefmans"), ("Emiel", "Voorbeeld")):
        ws.participants.intake(team["partnership"], given_name=given, family_name=family,
                               coach_ids=[team["coach_a"]])
    window = CaseloadWindow(ws)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.search, "emi")
    names = sorted(window.model.row_at(r).name for r in range(window.model.rowCount()))
    assert names == ["Emiel Voorbeeld", "Émilie Testaert"]
    qtbot.keyClicks(window.search, "l")
    assert [window.model.row_at(r).name for r in range(window.model.rowCount())] == ["Émilie Testaert"]


def test_quiet_dossier_stands_out_without_colour(qtbot, ws, team):
    quiet = ws.participants.intake(team["partnership"], given_name="Stille", coach_ids=[team["coach_a"]]).id
    seen = ws.participants.intake(team["partnership"], given_name="Gezien", coach_ids=[team["coach_a"]]).id
    ws.contacts.record(seen, duration_min=30, kind="home_visit", place="home",
                       occurred_at=datetime.now() - timedelta(days=2))
    window = CaseloadWindow(ws)
    qtbot.addWidget(window)
    first = window.model.index(0, 1)
    assert window.model.row_at(0).participant_id == quiet
    assert window.model.data(first).startswith("⚠")
    assert window.model.data(first, Qt.ItemDataRole.FontRole).bold()


def test_unlock_dialog_wrong_then_right_passphrase(qtbot, tmp_path):
    folder = tmp_path / "v"
    Store.create(folder, PASSPHRASE, LIGHT_KDF).close()
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong one")
    dialog._submit()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=5000)
    assert dialog.store is None
    qtbot.waitUntil(dialog.buttons.isEnabled, timeout=5000)
    dialog.passphrase.setText(PASSPHRASE)
    dialog._submit()
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=5000)
    assert dialog.passphrase.text() == ""  # the secret does not linger in the widget
    dialog.store.close()


def test_first_run_dialog_refuses_short_or_differing_passphrases(qtbot, tmp_path):
    folder = tmp_path / "new"
    dialog = UnlockDialog(folder, create=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog._submit()
    assert "minstens 8" in dialog.message.text()
    dialog.passphrase.setText("long enough phrase")
    dialog.repeat.setText("long enough phrasE")
    dialog._submit()
    assert "verschillen" in dialog.message.text()
    assert not folder.exists()
