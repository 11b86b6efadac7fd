"""At intake the coach records whom the participant lets see her dossier, by clicking the boxes as she says them:
the partnership's coordination and each partner organisation. A consent that would shut out the coach herself is
refused beside the boxes and nothing is saved; the overview then names who may see the dossier."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from .test_ui_coach_flow import create_vault_through_wizard
from .test_ui_helpers import settle, wait_caseload, wait_dossier


def click_box(qtbot, box) -> None:
    """A click on the box itself (a check box stretched across its form row reacts only to its box and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


def test_the_coach_records_who_may_see_the_dossier_by_clicking(qtbot, tmp_path):
    window = create_vault_through_wizard(qtbot, tmp_path / "vault")
    ws = window.ws
    partnership = ws.reference.partnerships()[0]
    organisation = ws.reference.organisations()[0]
    wait_caseload(qtbot, window, rows=0)

    window.actions_by_name["intake"].trigger()
    intake = window.workspace.intake
    assert list(intake.partners)[0] == partnership.id
    assert intake.partners[partnership.id].text() == "Coördinatie van het partnerschap (teamleider)"
    qtbot.keyClicks(intake.given_name, "Noor")
    qtbot.keyClick(intake.channel, Qt.Key.Key_Down)  # the first referral channel
    click_box(qtbot, intake.consent_given)
    click_box(qtbot, intake.partners[partnership.id])
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    label = intake.errors.label_for("consent_organisation_ids")
    assert label.isVisible() and "Je eigen organisatie staat er niet bij" in label.text()
    assert ws.queries.caseload() == []

    click_box(qtbot, intake.partners[organisation.id])
    qtbot.mouseClick(intake.save_button, Qt.MouseButton.LeftButton)
    settle(window)
    [row] = ws.queries.caseload()
    assert ws.queries.dossier(row.participant_id).participant.consent_organisation_ids == [
        partnership.id, organisation.id]
    dossier = window.workspace.dossier
    wait_dossier(qtbot, dossier)
    shown = dossier.overview.consent.text()
    assert "Coördinatie van het partnerschap (teamleider)" in shown and organisation.name in shown
