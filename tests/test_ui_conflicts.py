"""A text conflict settled the way a coach does it: Synchronisatie → Conflicten…, read what the other change did
(marked), write the text as it must stay from both, press the button; the vault then holds her text and the
conflict is closed. A conflict over a short field is still settled by picking one side."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton

from lfn_desktop.demo import record_conflict  # a conflict as the server records it; the sync tests make real ones
from lfn_desktop.store.models import Contact, SyncConflict

from .test_ui_helpers import open_new_dossier, settle

KEPT = "Samen naar het OCMW. Ze wil werken in de zorg."
OTHER = "Samen naar het OCMW. Ze wil werken in de keuken."
BOTH = "Samen naar het OCMW. Ze wil werken in de zorg of in een keuken."


def open_dialog(qtbot, window):
    window.actions_by_name["conflicts"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ConflictsDialog" and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_the_coach_writes_the_text_from_both_sides_and_it_is_kept(qtbot, tmp_path, ws, team):
    window, _view, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    contact_id = ws.contacts.record(pid, duration_min=30, kind="home_visit", place="home",
                                    occurred_at=datetime.now().replace(microsecond=0) - timedelta(hours=2),
                                    notes=KEPT).id
    conflict_id = record_conflict(ws, pid, "contact", contact_id, "notes", KEPT, OTHER)
    dialog = open_dialog(qtbot, window)
    [box] = dialog.body.findChildren(QGroupBox)
    assert "hard conflict" in box.title()
    marked = next(label for label in dialog.body.findChildren(QLabel)
                  if label.accessibleName() == "Verschil tussen beide")
    assert "<s" in marked.text() and "zorg" in marked.text() and "<u" in marked.text() and "keuken" in marked.text()
    editor, save = dialog.editors[conflict_id]
    assert editor.toPlainText() == KEPT
    editor.selectAll()
    qtbot.keyClicks(editor, BOTH)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflict_id not in dialog.editors, timeout=5000)
    settle(window)
    with ws.store.read() as session:
        assert session.get(Contact, contact_id).notes == BOTH
        settled = session.get(SyncConflict, conflict_id)
        assert (settled.resolved, settled.resolution) == (True, "edited")
    assert ws.conflicts.open() == []


def test_a_short_field_is_settled_by_picking_a_side(qtbot, tmp_path, ws, team):
    window, _view, pid = open_new_dossier(qtbot, tmp_path, ws, team)
    contact_id = ws.contacts.record(pid, duration_min=30, kind="home_visit", place="home",
                                    occurred_at=datetime.now().replace(microsecond=0) - timedelta(hours=2),
                                    present="buurvrouw").id
    conflict_id = record_conflict(ws, pid, "contact", contact_id, "present", "buurvrouw", "zus")
    dialog = open_dialog(qtbot, window)
    assert conflict_id not in dialog.editors  # no text to merge: two values, pick one
    other = next(b for b in dialog.body.findChildren(QPushButton)
                 if b.accessibleName() == "Andere wijziging: deze houden")
    QTest.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.conflicts.open() == [], timeout=5000)
    with ws.store.read() as session:
        assert session.get(Contact, contact_id).present == "zus"
