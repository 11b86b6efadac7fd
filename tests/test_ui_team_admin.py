"""The team lead's journeys through Teambeheer, by real clicks and keys against the real server on loopback: she adds
a coach and gives her a dossier, the coach links her laptop with the given password and chooses her own, and a lost
laptop is revoked from the list."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from lfn_desktop.sync.errors import DeviceRevoked
from lfn_desktop.ui.team.admin_dialog import TeamAdminDialog

from .sync_support import PASSWORD, Laptop, make_partnership
from .test_ui_coach_flow import create_vault_through_wizard
from .test_ui_helpers import wait_caseload
from .test_ui_sync import link
from .test_ui_sync import sqlcipher_server as sqlcipher_server  # noqa: F401 - the fixture

GIVEN = "given by the team lead 1"
OWN = "her very own password"


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def linked_lead_window(qtbot, tmp_path, server):
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    wait_caseload(qtbot, window, rows=0)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        link(qtbot, window, server.url, "lies", PASSWORD)
    return window


def open_team_admin(qtbot, window):
    window.activateWindow()
    window.actions_by_name["team_admin"].trigger()
    [dialog] = [d for d in window.findChildren(TeamAdminDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.members.rowCount() > 0, timeout=20_000)
    return dialog


def test_the_team_lead_adds_a_coach_and_assigns_her_a_dossier(qtbot, tmp_path, sqlcipher_server):
    server = sqlcipher_server
    p = make_partnership(server.engine)
    anouk = Laptop(tmp_path / "anouk", server.url, "anouk")
    anouk.ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Noor", municipality="Testrand")
    anouk.sync()
    window = linked_lead_window(qtbot, tmp_path, server)
    wait_caseload(qtbot, window, rows=1)
    dialog = open_team_admin(qtbot, window)
    assert [row[1] for row in cells(dialog.members)] == ["anouk", "bram", "lies"]

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    qtbot.keyClicks(form.name, "Coach Sara")
    qtbot.keyClicks(form.username, "sara")
    qtbot.keyClicks(form.password, GIVEN)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sara" in [row[1] for row in cells(dialog.members)], timeout=20_000)
    sara = {row[1]: row for row in cells(dialog.members)}["sara"]
    assert sara[0] == "Coach Sara" and sara[2] == "Trajectbegeleider" and sara[5] == "kiest nieuw wachtwoord"
    assert "Coach Sara is toegevoegd" in dialog.message.text()

    dialog.tabs.setCurrentIndex(3)
    dialog.coach.setCurrentIndex(dialog.coach.findText("Coach Sara"))
    assert dialog.dossier.currentText().endswith("— Noor")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Noor is toegewezen aan Coach Sara" in dialog.message.text(), timeout=20_000)
    # The sync that adding Sara started may still run: the assignment comes with the one after it.
    model = window.workspace.caseload.model
    qtbot.waitUntil(lambda: any("Coach Sara" in str(model.index(0, c).data()) for c in range(model.columnCount())),
                    timeout=30_000)
    [row] = window.ws.queries.caseload()
    assert "Coach Sara" in row.coach_names  # the lead's vault holds the new assignment after the sync

    # Sara links her own laptop: the given password is refused until she chooses her own, then she has Noor.
    sara_window = create_vault_through_wizard(qtbot, tmp_path / "sara")
    wait_caseload(qtbot, sara_window, rows=0)
    enrol = link(qtbot, sara_window, server.url, "sara", GIVEN)
    qtbot.waitUntil(enrol.new_box.isVisible, timeout=20_000)
    assert "Kies nu een eigen wachtwoord" in enrol.message.text()
    qtbot.keyClicks(enrol.new_password, OWN)
    qtbot.keyClicks(enrol.new_again, OWN)
    with qtbot.waitSignal(sara_window.sync.synced, timeout=30_000):
        enrol.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_caseload(qtbot, sara_window, rows=1)
    assert [r.name for r in sara_window.ws.queries.caseload()] == ["Noor"]
    dialog.reject()
    anouk.close()


def test_the_team_lead_revokes_a_lost_laptop_from_the_list(qtbot, tmp_path, sqlcipher_server):
    server = sqlcipher_server
    make_partnership(server.engine)
    bram = Laptop(tmp_path / "bram", server.url, "bram")
    window = linked_lead_window(qtbot, tmp_path, server)
    dialog = open_team_admin(qtbot, window)
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    rows = cells(dialog.laptops)
    row = [r[0] for r in rows].index("laptop of bram")
    assert rows[row][1] == "Coach Bram" and rows[row][3] == "in gebruik"
    qtbot.mouseClick(dialog.laptops.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.laptops.visualItemRect(dialog.laptops.item(row, 0)).center())
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "laptop of bram" in dialog.question.text()
    qtbot.mouseClick(dialog.question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ingetrokken" in dialog.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: cells(dialog.laptops)[row][3] == "ingetrokken", timeout=20_000)
    if os.environ.get("LFN_SCREENSHOT_DIR"):  # docs/screenshots/team-administration.png, taken on Xvfb
        dialog.resize(1000, 560)
        qtbot.wait(300)
        dialog.grab().save(str(Path(os.environ["LFN_SCREENSHOT_DIR"]) / "team-administration.png"))
    paths = bram.store.paths
    with pytest.raises(DeviceRevoked):
        bram.sync()
    assert not paths.db.exists()
    dialog.reject()


def test_the_team_lead_publishes_the_quarter_and_the_support_group_reads_it(qtbot, tmp_path, sqlcipher_server):
    """Ctrl+G, then the publish button: the figures (small counts as <5) and the signals go to the support group,
    whose linked laptop opens on them and holds nothing else."""
    from lfn_desktop.operations.figures import Period
    from lfn_desktop.ui.figures.view import quarter_before
    from lfn_server import admin

    from .test_sync_support_group import rows_per_table
    from .test_ui_journeys import press

    server = sqlcipher_server
    p = make_partnership(server.engine)
    with server.engine.begin() as conn:
        admin.add_user(conn, p.id, "Schepen Testrand", "steun", PASSWORD, "support_group")
    window = linked_lead_window(qtbot, tmp_path, server)
    ws = window.ws
    ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Noor", municipality="Testrand")
    last_quarter = Period.quarter(*quarter_before(date.today()))  # what the figures view shows first
    ws.signals.record(p.id, "Wachtlijst budgetbegeleiding", life_domain=8, municipality="Testrand",
                      noted_on=last_quarter.start)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    figures = window.workspace.figures
    qtbot.waitUntil(lambda: figures.figures is not None and figures.busy.isHidden(), timeout=10_000)
    assert figures.publish_button.isVisible()
    qtbot.mouseClick(figures.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Gepubliceerd voor de ondersteuningsgroep" in figures.status.text(), timeout=10_000)
    [report] = ws.publishing.published()
    assert report.signals == [[None, 8, "Testrand", "<5"]]  # texts not ticked as read: counts only
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        press(window, Qt.Key.Key_F5)

    steun = create_vault_through_wizard(qtbot, tmp_path / "steun")
    wait_caseload(qtbot, steun, rows=0)
    with qtbot.waitSignal(steun.sync.synced, timeout=30_000):
        link(qtbot, steun, server.url, "steun", PASSWORD)
    qtbot.waitUntil(lambda: steun.workspace.published is not None
                    and steun.workspace.currentWidget() is steun.workspace.published, timeout=10_000)
    page = steun.workspace.published
    qtbot.waitUntil(lambda: page.choice.count() == 1, timeout=10_000)
    assert page.signals.item(0, 0).text() == "(tekst niet meegegeven)" and page.signals.item(0, 3).text() == "<5"
    texts = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "Kerncijfers" in texts
    held = rows_per_table(type("L", (), {"store": steun.ws.store})())
    assert set(held) <= {"partnership", "published_report", "organisation", "app_user"}  # its own set-up rows
    assert "participant" not in held and "signal" not in held
