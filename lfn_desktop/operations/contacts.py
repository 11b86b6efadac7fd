"""The logbook: contact moments and visits."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from lfn_common.errors import ValidationError
from lfn_common.validation import coerce_enum, coerce_int_enum, optional_text
from lfn_common.vocabulary import ContactKind, ContactPlace, LifeDomain, Phase
from lfn_desktop.store.models import Contact, Participant, Trajectory
from lfn_desktop.store.writer import Writer

from .base import Changed, Operations, check_fields

EDITABLE = {"occurred_at", "duration_min", "kind", "place", "present", "life_domains", "notes", "agreements",
            "next_step", "next_step_on"}
MAX_DURATION_MIN = 12 * 60


def clean_contact(values: Mapping[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    """Validate and normalise contact fields (only those given)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "occurred_at":
            if not isinstance(value, datetime):
                raise ValidationError("Give the date and time of the contact.", field=name, code="required")
            # A contact is recorded after it happened; an hour of slack covers a laptop clock that runs fast.
            if value > (now or datetime.now()) + timedelta(hours=1):
                raise ValidationError("A contact cannot lie in the future; plan it as the next step instead.",
                                      field=name, code="future_date")
            value = value.replace(second=0, microsecond=0, tzinfo=None)
        elif name == "duration_min":
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = -1
            if not 0 <= value <= MAX_DURATION_MIN:
                raise ValidationError(f"The duration is between 0 and {MAX_DURATION_MIN} minutes.", field=name,
                                      code="duration")
        elif name == "kind":
            value = coerce_enum(ContactKind, value, name).value
        elif name == "place":
            value = coerce_enum(ContactPlace, value, name).value
        elif name == "life_domains":
            value = sorted({int(coerce_int_enum(LifeDomain, v, name)) for v in value or []})
        elif name in ("notes", "agreements", "next_step"):
            value = optional_text(value, name)
        elif name == "present":
            value = optional_text(value, name, max_length=500)
        elif name == "next_step_on" and value is not None and not isinstance(value, date):
            raise ValidationError("Give a date for the next step.", field=name, code="date")
        out[name] = value
    occurred, next_on = out.get("occurred_at"), out.get("next_step_on")
    if occurred and next_on and next_on < occurred.date():
        raise ValidationError("The next step cannot come before the contact.", field="next_step_on",
                              code="date_order")
    return out


class ContactOps(Operations):
    def record(self, participant_id: str, *, duration_min: int, kind: str, place: str,
               occurred_at: datetime | None = None, **fields: Any) -> Changed:
        """Record a contact (default: now) in the participant's running trajectory."""
        return self.record_many([{"participant_id": participant_id, "duration_min": duration_min, "kind": kind,
                                  "place": place, "occurred_at": occurred_at, **fields}])

    def record_many(self, contacts: Iterable[Mapping[str, Any]]) -> Changed:
        """Record many contacts in one transaction (imports, carried-over logbooks)."""
        now = datetime.now()
        prepared = []
        for given in contacts:
            given = dict(given)
            participant_id = given.pop("participant_id", None)
            trajectory_id = given.pop("trajectory_id", None)
            given["occurred_at"] = given.get("occurred_at") or now
            check_fields(given, EDITABLE)
            prepared.append((participant_id, trajectory_id, clean_contact(given, now=now)))
        with self._write() as w:
            rows, last_id = [], None
            known: dict[str, str | None] = {}
            for participant_id, trajectory_id, values in prepared:
                if participant_id not in known:
                    self._live(w, Participant, participant_id, "participant_id")
                    known[participant_id] = self._running_trajectory(w, participant_id)
                if trajectory_id and self._live(w, Trajectory, trajectory_id, "trajectory_id")[
                        "participant_id"] != participant_id:
                    raise ValidationError("That trajectory belongs to another participant.", field="trajectory_id",
                                          code="other_participant")
                rows.append(values | {"participant_id": participant_id, "author_id": w.actor_id,
                                      "trajectory_id": trajectory_id or known[participant_id]})
            ids = w.insert_many(Contact, rows)
            last_id = ids[-1] if ids else None
            return self._changed(w, last_id)

    @staticmethod
    def _running_trajectory(w: Writer, participant_id: str) -> str | None:
        table = Trajectory.__table__
        return w.conn.execute(select(table.c.id).where(
            table.c.participant_id == participant_id, table.c.deleted.is_(False),
            table.c.phase != Phase.CLOSED.value).order_by(table.c.started_on.desc())).scalar()

    def update(self, contact_id: str, **changes: Any) -> Changed:
        check_fields(changes, EDITABLE)
        with self._write() as w:
            current = self._live(w, Contact, contact_id, "contact_id")
            # Validate against the merged record, so a new next-step date is checked against the visit date.
            merged = clean_contact({k: current[k] for k in ("occurred_at", "next_step_on")} | changes)
            w.update(Contact, contact_id, {k: merged[k] for k in changes})
            return self._changed(w, contact_id)

    def restore(self, contact_id: str) -> Changed:
        """Bring a deleted contact back (redoing its recording)."""
        with self._write() as w:
            w.undelete(Contact, contact_id)
            return self._changed(w, contact_id)

    def delete(self, contact_id: str) -> Changed:
        with self._write() as w:
            self._live(w, Contact, contact_id, "contact_id")
            w.delete(Contact, contact_id)
            return self._changed(w, contact_id)
