"""The coach's day through the real widgets: create the vault, intake, three visits, find her by search,
close the trajectory. After each step the vault is checked through the domain API, not the widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from lfn_desktop.ui.shell.unlock_panel import UnlockPanel

from .test_ui_helpers import open_window, settle, wait_caseload, wait_dossier

SECRET = "een lange wachtzin voor de test"


def create_vault_through_wizard(qtbot, folder):
    window = open_window(qtbot, folder)
    panel = window.centralWidget()
    assert isinstance(panel, UnlockPanel) and panel.create
    qtbot.keyClicks(panel.name, "Coach Anouk")
    qtbot.keyClicks(panel.partnership, "LP Testrand")
    qtbot.keyClicks(panel.organisation, "Buurtwerk Testrand vzw")
    qtbot.keyClicks(panel.passphrase, SECRET)
    qtbot.keyClicks(panel.repeat, SECRET)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(panel.repeat, Qt.Key.Key_Return)
    return window


def fill_visit(qtbot, form, agreements: str) -> None:
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "45")
    form.domains[8].click()
    qtbot.keyClicks(form.agreements, agreements)


def test_coach_flow_from_new_vault_to_closed_trajectory(qtbot, tmp_path):
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    ws = window.ws
    me = ws.reference.current_user()
    assert me.name == "Coach Anouk" and me.role == "coach"
    assert [p.name for p in ws.reference.partnerships()] == ["LP Testrand"]
    organisation = ws.reference.organisations()[0]
    wait_caseload(qtbot, window, rows=0)

    # Intake
    window.actions_by_name["intake"].trigger()
    intake = window.workspace.intake
    qtbot.keyClicks(intake.given_name, "Noor")
    qtbot.keyClicks(intake.family_name, "Proefmans")
    qtbot.keyClicks(intake.municipality, "Testrode")
    intake.consent_given.click()
    intake.partners[organisation.id].click()
    intake.criteria["far_from_labour_market"].click()
    intake.channel.setCurrentIndex(intake.channel.findData("peer"))
    intake.goal_domain.setCurrentIndex(intake.goal_domain.findData(8))
    qtbot.keyClicks(intake.goal_text, "Een eigen woning")
    qtbot.keyClick(intake.goal_text, Qt.Key.Key_Return)
    intake.save_button.click()
    settle(window)
    rows = ws.queries.caseload()
    assert [r.name for r in rows] == ["Noor Proefmans"]
    pid = rows[0].participant_id
    dossier_data = ws.queries.dossier(pid)
    assert dossier_data.participant.consent_organisation_ids == [organisation.id]
    assert dossier_data.participant.consent_on == date.today()
    assert dossier_data.participant.inflow_criteria == ["far_from_labour_market"]
    assert [(g.life_domain, g.description) for g in dossier_data.goals] == [(8, "Een eigen woning")]
    assert [c.id for c in dossier_data.coaches] == [me.id]
    assert ws.drafts.keys() == []  # the intake draft is gone once the participant is in

    # Three visits
    dossier = window.workspace.dossier
    wait_dossier(qtbot, dossier)
    for n in range(3):
        window.actions_by_name["record"].trigger()
        fill_visit(qtbot, dossier.visit_form, f"Afspraak {n + 1}")
        dossier.visit_form.save_button.click()
        settle(window)
        contacts = ws.queries.dossier(pid).contacts
        assert len(contacts) == n + 1
        assert contacts[0].duration_min == 45 and contacts[0].life_domains == [8]
        assert sorted(c.agreements for c in contacts) == [f"Afspraak {k + 1}" for k in range(n + 1)]
    wait_dossier(qtbot, dossier)
    qtbot.waitUntil(lambda: dossier.logbook.model.rowCount() == 3, timeout=5000)

    # Find her by search
    window.actions_by_name["search"].trigger()
    caseload = window.workspace.caseload
    wait_caseload(qtbot, window)
    qtbot.keyClicks(caseload.search, "proef")
    assert caseload.model.rowCount() == 1
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    assert window.workspace.dossier.participant_id == pid
    assert ws.queries.caseload(search="proef")[0].last_contact_at is not None

    # Close the trajectory
    dossier = window.workspace.dossier
    wait_dossier(qtbot, dossier)
    dialog = dossier.open_close_dialog()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("volunteer_work"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(window)
    trajectory = ws.queries.dossier(pid).current_trajectory
    assert trajectory.phase == "closed" and trajectory.outcome == "volunteer_work"
    assert trajectory.closed_on == date.today()
    assert ws.queries.caseload() == []  # no longer running ...
    assert [r.participant_id for r in ws.queries.caseload(include_closed=True)] == [pid]  # ... but counted
    wait_dossier(qtbot, dossier)
    qtbot.waitUntil(lambda: "Vrijwilligerswerk" in dossier.trajectory.outcome.text(), timeout=5000)
    assert dossier.logbook.model.rowCount() == 3  # the closed dossier stays readable
    assert not dossier.trajectory.close_button.isEnabled()
