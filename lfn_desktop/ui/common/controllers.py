"""What the coach's actions do: call the domain operation, remember how to undo it, nothing more.

Each function raises the domain's DomainError unchanged; the view shows it next to the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from lfn_common.errors import ValidationError
from lfn_desktop.operations import Changed, Workspace
from lfn_desktop.ui.common.undo import Edit, EditHistory


def the_partnership(ws: Workspace) -> str:
    found = ws.reference.partnerships()
    if not found:
        raise ValidationError("This vault has no partnership yet.", field="partnership_id", code="not_found")
    return found[0].id


def save_participant_field(
    ws: Workspace, history: EditHistory, participant_id: str, field: str, old: Any, new: Any, caption: str
) -> Changed:
    changed = ws.participants.update(participant_id, **{field: new})
    history.push(
        Edit(
            QCoreApplication.translate("Controllers", "%1 gewijzigd").replace("%1", caption),
            participant_id,
            lambda w: w.participants.update(participant_id, **{field: old}),
        )
    )
    return changed


def record_visit(ws: Workspace, history: EditHistory, participant_id: str, values: Mapping[str, Any]) -> Changed:
    changed = ws.contacts.record(participant_id, **values)
    contact_id = changed.id
    history.push(
        Edit(
            QCoreApplication.translate("Controllers", "Contact geregistreerd"),
            participant_id,
            lambda w: w.contacts.delete(contact_id),
        )
    )
    return changed


def add_goal(ws: Workspace, history: EditHistory, participant_id: str, life_domain: int, description: str) -> Changed:
    changed = ws.participants.add_goal(participant_id, life_domain, description)
    goal_id = changed.id
    history.push(
        Edit(
            QCoreApplication.translate("Controllers", "Doel toegevoegd"),
            participant_id,
            lambda w: w.participants.remove_goal(goal_id),
        )
    )
    return changed


def set_goal_status(
    ws: Workspace, history: EditHistory, participant_id: str, goal_id: str, old: str, new: str
) -> Changed:
    changed = ws.participants.update_goal(goal_id, status=new)
    history.push(
        Edit(
            QCoreApplication.translate("Controllers", "Status van een doel gewijzigd"),
            participant_id,
            lambda w: w.participants.update_goal(goal_id, status=old),
        )
    )
    return changed


def change_phase(ws: Workspace, trajectory_id: str, phase: str) -> Changed:
    # No undo: a phase change is a dated fact in the history (undoing it needs its own operation).
    return ws.trajectories.change_phase(trajectory_id, phase)


def close_trajectory(ws: Workspace, trajectory_id: str, values: Mapping[str, Any]) -> Changed:
    return ws.trajectories.close(trajectory_id, **values)


def intake(ws: Workspace, values: Mapping[str, Any]) -> Changed:
    return ws.participants.intake(the_partnership(ws), **values)
