"""What the coach's actions do: submit the domain operation to the writer thread and, once it succeeded,
remember how to undo it. Nothing more.

Each function takes the callbacks of the view that asked: ``on_done(changed)`` after the write, ``on_error``
with the domain's DomainError unchanged (the view shows it next to the field), both on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from lfn_common.errors import ValidationError
from lfn_desktop.operations import Changed, Workspace
from lfn_desktop.ui.common.desk import Desk
from lfn_desktop.ui.common.undo import Edit

Done = Callable[[Changed], None]
Failed = Callable[[Exception], None]


def the_partnership(ws: Workspace) -> str:
    found = ws.reference.partnerships()
    if not found:
        raise ValidationError("This vault has no partnership yet.", field="partnership_id", code="not_found")
    return found[0].id


def _write_with_undo(desk: Desk, write: Callable[[Workspace], Changed], undo: Callable[[Changed], Edit],
                     on_done: Done, on_error: Failed, initiator: object | None) -> None:
    def done(changed: Changed) -> None:
        desk.history.push(undo(changed))
        on_done(changed)

    desk.write(write, done, on_error, owner=initiator if isinstance(initiator, QObject) else None,
               initiator=initiator)


def save_participant_field(desk: Desk, participant_id: str, field: str, old: Any, new: Any, caption: str,
                           on_done: Done, on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.update(participant_id, **{field: new}),
        lambda _changed: Edit(QCoreApplication.translate("Controllers", "%1 gewijzigd").replace("%1", caption),
                              participant_id, lambda w: w.participants.update(participant_id, **{field: old})),
        on_done, on_error, initiator)


def record_visit(desk: Desk, participant_id: str, values: Mapping[str, Any], on_done: Done, on_error: Failed,
                 initiator: object | None = None) -> None:
    values = dict(values)
    _write_with_undo(
        desk, lambda ws: ws.contacts.record(participant_id, **values),
        lambda changed: Edit(QCoreApplication.translate("Controllers", "Contact geregistreerd"), participant_id,
                             lambda w, contact_id=changed.id: w.contacts.delete(contact_id)),
        on_done, on_error, initiator)


def add_goal(desk: Desk, participant_id: str, life_domain: int, description: str, on_done: Done,
             on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.add_goal(participant_id, life_domain, description),
        lambda changed: Edit(QCoreApplication.translate("Controllers", "Doel toegevoegd"), participant_id,
                             lambda w, goal_id=changed.id: w.participants.remove_goal(goal_id)),
        on_done, on_error, initiator)


def set_goal_status(desk: Desk, participant_id: str, goal_id: str, old: str, new: str, on_done: Done,
                    on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.update_goal(goal_id, status=new),
        lambda _changed: Edit(QCoreApplication.translate("Controllers", "Status van een doel gewijzigd"),
                              participant_id, lambda w: w.participants.update_goal(goal_id, status=old)),
        on_done, on_error, initiator)


def change_phase(desk: Desk, trajectory_id: str, phase: str, on_done: Done, on_error: Failed,
                 initiator: object | None = None) -> None:
    # No undo: a phase change is a dated fact in the history (undoing it needs its own operation).
    desk.write(lambda ws: ws.trajectories.change_phase(trajectory_id, phase), on_done, on_error,
               initiator=initiator)


def close_trajectory(ws: Workspace, trajectory_id: str, values: Mapping[str, Any]) -> Changed:
    """Runs on the writer thread (the close dialog submits it)."""
    return ws.trajectories.close(trajectory_id, **values)


def intake(ws: Workspace, values: Mapping[str, Any]) -> Changed:
    """Runs on the writer thread (the intake form submits it)."""
    return ws.participants.intake(the_partnership(ws), **values)
