"""A long logbook comes in pages: the newest contacts at once, older ones when the coach asks for them."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lfn_desktop.ui.dossier.view import LOGBOOK_PAGE

from .test_ui_coach_flow import fill_visit
from .test_ui_helpers import open_window, settle, wait_dossier


def test_coach_reads_older_contacts_page_by_page(qtbot, tmp_path, ws, team):
    start = datetime(2025, 1, 1, 9, 0)
    visits = LOGBOOK_PAGE + 30
    pid = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]]).id
    ws.contacts.record_many([{"participant_id": pid, "occurred_at": start + timedelta(days=n), "duration_min": 30,
                              "kind": "home_visit", "place": "home", "agreements": f"Afspraak {n}"}
                             for n in range(visits)])
    window = open_window(qtbot, tmp_path / "vault", ws)
    view = window.workspace.open_participant(pid)
    wait_dossier(qtbot, view)
    logbook = view.logbook
    view.tabs.setCurrentWidget(logbook)
    qtbot.waitUntil(lambda: logbook.model.rowCount() == LOGBOOK_PAGE, timeout=10_000)
    # The summary counts the whole logbook, not the page shown.
    assert logbook.summary.text() == f"{visits} contacten, samen {round(visits * 30 / 60)} uur"
    assert logbook.model.row_at(0).agreements == f"Afspraak {visits - 1}"  # the newest on top
    assert logbook.more_button.isVisible()
    # A full page still gets columns as wide as what they show: the date and the kind are not cut off.
    table, model = logbook.table, logbook.model
    metrics = table.fontMetrics()
    for column in (0, 1):
        text = model.index(0, column).data()
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text), (column, text)

    QTest.mouseClick(logbook.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: logbook.model.rowCount() == visits, timeout=10_000)
    shown = [logbook.model.row_at(r).agreements for r in range(visits)]
    assert shown == [f"Afspraak {n}" for n in reversed(range(visits))]  # every contact once, newest first
    assert not logbook.more_button.isVisible()  # nothing older left
    assert logbook.summary.text().startswith(f"{visits} contacten")

    # A new contact (recorded today, after all the others) brings her back to the newest page, with it on top.
    window.actions_by_name["record"].trigger()
    fill_visit(qtbot, view.visit_form, "Nieuwste")
    view.visit_form.save_button.click()
    settle(window)
    view.tabs.setCurrentWidget(logbook)
    qtbot.waitUntil(lambda: logbook.model.rowCount() == LOGBOOK_PAGE
                    and logbook.model.row_at(0).agreements == "Nieuwste", timeout=10_000)
    assert logbook.summary.text() == f"{visits + 1} contacten, samen {round((visits * 30 + 45) / 60)} uur"
    assert logbook.more_button.isVisible()
    window.close()
