"""The visit form by keyboard only, its focus order, errors beside their field, and undo."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .test_ui_helpers import open_window, settle, wait_dossier


def _open_form(qtbot, tmp_path, ws, team):
    pid = ws.participants.intake(team["partnership"], given_name="Noor", family_name="Proefmans",
                                 phone="0470 11 22 33", coach_ids=[team["coach_a"]]).id
    window = open_window(qtbot, tmp_path, ws)
    dossier = window.workspace.open_participant(pid)
    wait_dossier(qtbot, dossier)
    return window, dossier, pid


def test_visit_form_is_filled_and_saved_with_keys_only(qtbot, tmp_path, ws, team):
    window, dossier, pid = _open_form(qtbot, tmp_path, ws, team)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R opens the form
    form = dossier.visit_form
    assert form is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.occurred_at, timeout=2000)
    expected = [w for w in form.focus_order() if w.isEnabled()]  # the next-step date waits for its checkbox
    visited = [QApplication.focusWidget()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected  # Tab walks the form top to bottom, then the buttons

    qtbot.keyClick(form.discard_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back up ...
    form.occurred_at.setFocus()  # ... and fill it in from the top, keys only
    qtbot.keyClick(form.occurred_at, Qt.Key.Key_Tab)
    qtbot.keyClick(form.duration, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.duration, "50")
    qtbot.keyClick(form.duration, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.kind, "Tel")  # type-ahead in the list picks "Telefoon"
    qtbot.keyClick(form.kind, Qt.Key.Key_Tab)
    qtbot.keyClick(form.place, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.present, "deelnemer en haar zus")
    qtbot.keyClick(form.present, Qt.Key.Key_Tab)
    for domain in range(1, 11):
        if domain in (3, 9):
            qtbot.keyClick(form.domains[domain], Qt.Key.Key_Space)
        qtbot.keyClick(form.domains[domain], Qt.Key.Key_Tab)
    qtbot.keyClicks(form.notes, "Rustig gesprek")
    qtbot.keyClick(form.notes, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.agreements, "Zelf de huisarts bellen")
    qtbot.keyClick(form.agreements, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.next_step, "Samen naar het OCMW")
    qtbot.keyClick(form.next_step, Qt.Key.Key_Tab)
    qtbot.keyClick(form.has_next_date, Qt.Key.Key_Space)
    qtbot.keyClick(form.has_next_date, Qt.Key.Key_Tab)
    qtbot.keyClick(form.next_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.save_button
    qtbot.keyClick(form.save_button, Qt.Key.Key_Return)
    settle(window)

    [contact] = ws.queries.dossier(pid).contacts
    assert (contact.kind, contact.place, contact.duration_min) == ("phone", "remote", 50)
    assert contact.life_domains == [3, 9]
    assert contact.present == "deelnemer en haar zus" and contact.notes == "Rustig gesprek"
    assert contact.agreements == "Zelf de huisarts bellen" and contact.next_step == "Samen naar het OCMW"
    assert contact.next_step_on == (datetime.now() + timedelta(days=7)).date()
    assert abs(contact.occurred_at - datetime.now().replace(second=0, microsecond=0)) < timedelta(minutes=2)
    assert dossier.visit_form is None and ws.drafts.keys() == []


def test_domain_error_appears_next_to_its_field(qtbot, tmp_path, ws, team):
    window, dossier, pid = _open_form(qtbot, tmp_path, ws, team)
    form = dossier.open_visit_form()
    form.occurred_at.setDateTime(form.occurred_at.dateTime().addDays(2))
    form.save_button.click()
    settle(window)
    label = form.errors.label_for("occurred_at")
    assert label.isVisible() and "toekomst" in label.text()
    assert not form.errors.label_for("duration_min").isVisible()
    assert form.occurred_at.hasFocus()
    assert ws.queries.dossier(pid).contacts == []  # nothing written

    dossier.close_visit_form()
    email = dossier.overview.fields["email"]
    email.setFocus()
    qtbot.keyClicks(email, "geen-adres")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    settle(window)
    label = dossier.overview.errors.label_for("email")
    assert label.isVisible() and "e-mailadres" in label.text()
    assert ws.queries.dossier(pid).participant.email is None


def test_undo_restores_the_vault_value(qtbot, tmp_path, ws, team):
    window, dossier, pid = _open_form(qtbot, tmp_path, ws, team)
    phone = dossier.overview.fields["phone"]
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "0499 99 99 99")
    qtbot.keyClick(phone, Qt.Key.Key_Return)  # saved at once, no Save button
    settle(window)
    assert ws.queries.dossier(pid).participant.phone == "0499 99 99 99"
    assert window.actions_by_name["undo"].isEnabled()
    dossier.tabs.setFocus()
    qtbot.keyClick(dossier.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert ws.queries.dossier(pid).participant.phone == "0470 11 22 33"
    wait_dossier(qtbot, dossier)
    qtbot.waitUntil(lambda: phone.text() == "0470 11 22 33", timeout=3000)

    form = dossier.open_visit_form()
    form.save_button.click()
    settle(window)
    assert len(ws.queries.dossier(pid).contacts) == 1
    window.undo()  # undoing a recorded visit removes it again
    settle(window)
    assert ws.queries.dossier(pid).contacts == []
    assert not window.actions_by_name["undo"].isEnabled()


def test_a_name_edited_in_the_overview_shows_in_the_dossier_header(qtbot, tmp_path, ws, team):
    window, dossier, pid = _open_form(qtbot, tmp_path, ws, team)
    field = dossier.overview.fields["given_name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Nora")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(window)
    qtbot.waitUntil(lambda: dossier.name.text().startswith("Nora"), timeout=5000)
    assert ws.queries.dossier(pid).participant.given_name == "Nora"
