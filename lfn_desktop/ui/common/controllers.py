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

Done = Callable[[Changed], None]
Failed = Callable[[Exception], None]


def the_partnership(ws: Workspace) -> str:
    found = ws.reference.partnerships()
    if not found:
        raise ValidationError("This vault has no partnership yet.", field="partnership_id", code="not_found")
    return found[0].id


def _write_with_undo(desk: Desk, write: Callable[[Workspace], Changed], text: str,
                     undo: Callable[[Changed], Callable[[Workspace], Any]],
                     on_done: Done, on_error: Failed, initiator: object | None,
                     redo: Callable[[Changed], Callable[[Workspace], Any]] | None = None) -> None:
    """Write now; once it is in the vault, put it on the window's undo stack with how to undo it and redo it (both
    given the write's Changed, for the ids it made); without ``redo``, redoing is the write again."""
    def done(changed: Changed) -> None:
        desk.history.written(text, redo(changed) if redo else write, undo(changed))
        on_done(changed)

    desk.write(write, done, on_error, owner=initiator if isinstance(initiator, QObject) else None,
               initiator=initiator)


def _t(text: str) -> str:
    return QCoreApplication.translate("Controllers", text)


def save_participant_field(desk: Desk, participant_id: str, field: str, old: Any, new: Any, caption: str,
                           on_done: Done, on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.update(participant_id, **{field: new}),
        _t("%1 gewijzigd").replace("%1", caption),
        lambda _c: lambda w: w.participants.update(participant_id, **{field: old}),
        on_done, on_error, initiator)


def record_visit(desk: Desk, participant_id: str, values: Mapping[str, Any], on_done: Done, on_error: Failed,
                 initiator: object | None = None) -> None:
    values = dict(values)
    _write_with_undo(
        desk, lambda ws: ws.contacts.record(participant_id, **values), _t("Contact geregistreerd"),
        lambda changed: lambda w: w.contacts.delete(changed.id),
        on_done, on_error, initiator, redo=lambda changed: lambda w: w.contacts.restore(changed.id))


def add_goal(desk: Desk, participant_id: str, life_domain: int, description: str, on_done: Done,
             on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.add_goal(participant_id, life_domain, description), _t("Doel toegevoegd"),
        lambda changed: lambda w: w.participants.remove_goal(changed.id),
        on_done, on_error, initiator, redo=lambda changed: lambda w: w.participants.restore_goal(changed.id))


def set_goal_status(desk: Desk, participant_id: str, goal_id: str, old: str, new: str, on_done: Done,
                    on_error: Failed, initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.participants.update_goal(goal_id, status=new), _t("Status van een doel gewijzigd"),
        lambda _c: lambda w: w.participants.update_goal(goal_id, status=old),
        on_done, on_error, initiator)


def change_phase(desk: Desk, trajectory_id: str, phase: str, on_done: Done, on_error: Failed,
                 initiator: object | None = None) -> None:
    _write_with_undo(
        desk, lambda ws: ws.trajectories.change_phase(trajectory_id, phase), _t("Fase gewijzigd"),
        lambda _c: lambda w: w.trajectories.undo_phase_change(trajectory_id),
        on_done, on_error, initiator)


def closed_trajectory(desk: Desk, trajectory_id: str, values: Mapping[str, Any]) -> None:
    """The close dialog wrote the closing (close_trajectory): it goes on the undo stack."""
    values = dict(values)
    desk.history.written(_t("Traject afgesloten"), lambda w: close_trajectory(w, trajectory_id, values),
                         lambda w: w.trajectories.undo_phase_change(trajectory_id))


def intake_done(desk: Desk, participant_id: str) -> None:
    """The intake form registered a participant (intake): undoing withdraws the new dossier."""
    desk.history.written(_t("Deelnemer ingeschreven"), lambda w: w.participants.restore_intake(participant_id),
                         lambda w: w.participants.withdraw_intake(participant_id))


def close_trajectory(ws: Workspace, trajectory_id: str, values: Mapping[str, Any]) -> Changed:
    """Runs on the writer thread (the close dialog submits it)."""
    return ws.trajectories.close(trajectory_id, **values)


def intake(ws: Workspace, values: Mapping[str, Any]) -> Changed:
    """Runs on the writer thread (the intake form submits it)."""
    return ws.participants.intake(the_partnership(ws), **values)
