"""The trajectory: phase changes, closing with an outcome, warm handover."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lfn_common.errors import InvalidTransition, ValidationError
from lfn_common.validation import check_not_future, coerce_enum, optional_text
from lfn_common.vocabulary import PHASE_TRANSITIONS, Outcome, Phase
from lfn_desktop.store.models import PhaseChange, SocialOrganisation, Trajectory

from .base import Changed, Operations, today


class TrajectoryOps(Operations):
    def change_phase(self, trajectory_id: str, phase: str, *, on: date | None = None,
                     note: str | None = None) -> Changed:
        target = coerce_enum(Phase, phase, "phase")
        if target is Phase.CLOSED:
            raise InvalidTransition("Close a trajectory with an outcome (close).", field="phase",
                                    code="close_needs_outcome")
        day = on or today()
        day = check_not_future(day, "on")
        with self._write() as w:
            current = self._live(w, Trajectory, trajectory_id, "trajectory_id")
            self._check_transition(Phase(current["phase"]), target)
            self._check_not_before_start(current["started_on"], day, "on")
            w.update(Trajectory, trajectory_id, {"phase": target.value})
            w.insert(PhaseChange, {"trajectory_id": trajectory_id, "from_phase": current["phase"],
                                   "to_phase": target.value, "changed_on": day,
                                   "note": optional_text(note, "note")})
            return self._changed(w, trajectory_id)

    def set_combined_with_vdab(self, trajectory_id: str, combined: bool) -> Changed:
        with self._write() as w:
            self._live(w, Trajectory, trajectory_id, "trajectory_id")
            w.update(Trajectory, trajectory_id, {"combined_with_vdab": bool(combined)})
            return self._changed(w, trajectory_id)

    def close(self, trajectory_id: str, outcome: str, *, closed_on: date | None = None,
              handover_to_id: str | None = None, note: str | None = None) -> Changed:
        """Close with an outcome; the dossier stays readable and counts in the figures."""
        result = coerce_enum(Outcome, outcome, "outcome")
        day = closed_on or today()
        day = check_not_future(day, "closed_on")
        if result is Outcome.WARM_HANDOVER and not handover_to_id:
            raise ValidationError("A warm handover names the service that takes over.", field="handover_to_id",
                                  code="handover_needs_service")
        with self._write() as w:
            current = self._live(w, Trajectory, trajectory_id, "trajectory_id")
            self._check_transition(Phase(current["phase"]), Phase.CLOSED)
            self._check_not_before_start(current["started_on"], day, "closed_on")
            if handover_to_id:
                self._live(w, SocialOrganisation, handover_to_id, "handover_to_id")
            w.update(Trajectory, trajectory_id, {
                "phase": Phase.CLOSED.value, "outcome": result.value, "closed_on": day,
                "handover_to_id": handover_to_id, "closing_note": optional_text(note, "note"),
            })
            w.insert(PhaseChange, {"trajectory_id": trajectory_id, "from_phase": current["phase"],
                                   "to_phase": Phase.CLOSED.value, "changed_on": day})
            return self._changed(w, trajectory_id)

    def undo_phase_change(self, trajectory_id: str) -> Changed:
        """Step back over the trajectory's latest phase change (a closing included: its outcome goes too)."""
        with self._write() as w:
            current = self._live(w, Trajectory, trajectory_id, "trajectory_id")
            t = PhaseChange.__table__
            last = w.conn.execute(select(t).where(t.c.trajectory_id == trajectory_id, t.c.deleted.is_(False))
                                  .order_by(t.c.created_version.desc()).limit(1)).mappings().first()
            if last is None or last["to_phase"] != current["phase"]:
                raise InvalidTransition("This trajectory has no phase change to undo.", field="phase",
                                        code="nothing_to_undo")
            back = {"phase": last["from_phase"]}
            if last["to_phase"] == Phase.CLOSED.value:
                back |= {"outcome": None, "closed_on": None, "handover_to_id": None, "closing_note": None}
            w.update(Trajectory, trajectory_id, back)
            w.delete(PhaseChange, last["id"])
            return self._changed(w, trajectory_id)

    @staticmethod
    def _check_transition(current: Phase, target: Phase) -> None:
        if target not in PHASE_TRANSITIONS[current]:
            raise InvalidTransition(f"A trajectory cannot go from {current.value} to {target.value}.",
                                    field="phase", code="phase_order", current=current.value,
                                    target=target.value)

    @staticmethod
    def _check_not_before_start(started: date, day: date, field: str) -> None:
        if day < started:
            raise ValidationError("This date lies before the start of the trajectory.", field=field,
                                  code="before_start")
