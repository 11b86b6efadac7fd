"""Intake and the participant's own record: personal data, consent, referral, coaches, goals."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from lfn_common.consent import user_may_see
from lfn_common.erasure import PERSONAL_FIELDS, scrub
from lfn_common.errors import ValidationError
from lfn_common.scope import rows_of_participants
from lfn_common.validation import (
    check_birth_year,
    check_not_future,
    coerce_enum,
    coerce_int_enum,
    optional_text,
    require_text,
)
from lfn_common.vocabulary import GoalStatus, LifeDomain, Phase, ReferralChannel, ScaleStyle
from lfn_desktop.store.erasure import scrub_local_history
from lfn_desktop.store.models import (
    SYNCED_TABLES,
    Assignment,
    Goal,
    NetworkMap,
    Organisation,
    Participant,
    Partnership,
    PhaseChange,
    Signal,
    Trajectory,
    User,
    user_fields,
)
from lfn_desktop.store.writer import Writer

from .base import Changed, Operations, check_fields, today

EDITABLE = {
    "given_name", "family_name", "birth_year", "phone", "email", "address", "municipality", "languages",
    "read_aloud", "scale_style", "consent_on", "consent_scope", "consent_organisation_ids",
    "referral_channel", "referrer", "referred_on", "persona", "inflow_criteria",
}
_DOSSIER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud over the phone


def new_dossier_number(on: date) -> str:
    """A pseudonymous dossier number, unique without a server (random, not a running count)."""
    return f"{on:%y}-" + "".join(secrets.choice(_DOSSIER_ALPHABET) for _ in range(6))


def clean_participant(values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise participant fields (only those given)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "given_name":
            value = require_text(value, name, max_length=100)
        elif name in ("family_name", "municipality", "referrer", "persona"):
            value = optional_text(value, name, max_length=100 if name != "referrer" else 200)
        elif name in ("phone",):
            value = optional_text(value, name, max_length=50)
        elif name in ("email", "address"):
            value = optional_text(value, name, max_length=200 if name == "email" else 300)
            if name == "email" and value and "@" not in value:
                raise ValidationError("This is not an e-mail address.", field=name, code="email")
        elif name == "consent_scope":
            value = optional_text(value, name)
        elif name == "birth_year":
            value = check_birth_year(_year(value))
        elif name in ("consent_on", "referred_on"):
            value = check_not_future(value, name)
        elif name == "referral_channel":
            value = coerce_enum(ReferralChannel, value, name).value if value else None
        elif name == "scale_style":
            value = coerce_enum(ScaleStyle, value, name).value
        elif name == "read_aloud":
            value = bool(value)
        elif name == "languages":
            value = [str(v).strip().lower() for v in (value or []) if str(v).strip()]
            if any(len(v) != 2 or not v.isalpha() for v in value):
                raise ValidationError("Languages are two-letter codes such as nl, fr, ar.", field=name,
                                      code="language")
            value = list(dict.fromkeys(value))
        elif name in ("inflow_criteria", "consent_organisation_ids"):
            value = list(dict.fromkeys(str(v).strip() for v in (value or []) if str(v).strip()))
        out[name] = value
    return out


def _year(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError("A year is a number such as 1985.", field="birth_year", code="birth_year") from None


def clean_goal(life_domain, description) -> dict[str, Any]:
    return {
        "life_domain": int(coerce_int_enum(LifeDomain, life_domain, "life_domain")),
        "description": require_text(description, "description", max_length=2000),
    }


class ParticipantOps(Operations):
    def intake(self, partnership_id: str, *, coach_ids: Iterable[str] = (),
               goals: Iterable[Mapping[str, Any]] = (), started_on: date | None = None,
               combined_with_vdab: bool = False, dossier_number: str | None = None,
               participant_id: str | None = None, **fields: Any) -> Changed:
        """Register a new participant with her first trajectory (acquaintance), coaches, goals and map.

        ``participant_id`` is for an import, whose rows get ids of their own so that a re-run recognises them."""
        check_fields(fields, EDITABLE)
        values = clean_participant({"given_name": fields.get("given_name")} | fields)
        started = started_on or values.get("referred_on") or today()
        started = check_not_future(started, "started_on")
        goal_values = [clean_goal(g.get("life_domain"), g.get("description")) for g in goals]
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            consent = values.get("consent_organisation_ids", [])
            self._check_consent(w, consent, partnership_id)
            coach_ids = list(dict.fromkeys(coach_ids))
            for coach_id in coach_ids:
                self._check_coach_within(self._live(w, User, coach_id, "coach_ids"), consent, partnership_id,
                                         "coach_ids")
            number = dossier_number or new_dossier_number(started)
            participant_id = w.insert(Participant, values | {"partnership_id": partnership_id,
                                                             "dossier_number": number,
                                                             "id": participant_id or None})
            self._open_trajectory(w, participant_id, started, combined_with_vdab)
            w.insert_many(Assignment, [{"participant_id": participant_id, "user_id": c, "since": started}
                                       for c in coach_ids])
            w.insert_many(Goal, [g | {"participant_id": participant_id, "chosen_on": started,
                                      "status": GoalStatus.OPEN.value} for g in goal_values])
            w.insert(NetworkMap, {"participant_id": participant_id})
            return self._changed(w, participant_id)

    @staticmethod
    def _open_trajectory(w: Writer, participant_id: str, started: date, combined: bool) -> str:
        trajectory_id = w.insert(Trajectory, {"participant_id": participant_id, "started_on": started,
                                              "phase": Phase.ACQUAINTANCE.value,
                                              "combined_with_vdab": bool(combined)})
        w.insert(PhaseChange, {"trajectory_id": trajectory_id, "from_phase": None,
                               "to_phase": Phase.ACQUAINTANCE.value, "changed_on": started})
        return trajectory_id

    def _check_consent(self, w: Writer, consent_ids: list[str], partnership_id: str) -> None:
        """Every entry names a live organisation or the partnership's coordination, and the consent must not shut
        out the coach who records it (her laptop would lose the dossier at its next sync)."""
        for organisation_id in consent_ids:
            if organisation_id != partnership_id:
                self._live(w, Organisation, organisation_id, "consent_organisation_ids")
        me = self._row(w, User, self.store.user_id)
        if me is not None and not user_may_see(consent_ids, partnership_id, me):
            raise ValidationError("Your own organisation is not among those that may see the dossier: after the next "
                                  "sync you would no longer see it yourself.", field="consent_organisation_ids",
                                  code="consent_excludes_you")

    @staticmethod
    def _check_coach_within(coach: dict, consent_ids: list[str], partnership_id: str, field: str) -> None:
        if not user_may_see(consent_ids, partnership_id, coach):
            raise ValidationError("This coach's organisation is not among those the participant agreed may see her "
                                  "dossier: record her consent for it first.", field=field, code="outside_consent")

    def update(self, participant_id: str, **changes: Any) -> Changed:
        check_fields(changes, EDITABLE)
        values = clean_participant(changes)
        with self._write() as w:
            person = self._live(w, Participant, participant_id, "participant_id")
            if "consent_organisation_ids" in values:
                self._check_consent(w, values["consent_organisation_ids"], person["partnership_id"])
            w.update(Participant, participant_id, values)
            return self._changed(w, participant_id)

    def reopen(self, participant_id: str, started_on: date | None = None,
               combined_with_vdab: bool = False) -> Changed:
        """Start a new trajectory for a participant whose earlier one is closed (a new request for help)."""
        started = started_on or today()
        started = check_not_future(started, "started_on")
        with self._write() as w:
            self._live(w, Participant, participant_id, "participant_id")
            table = Trajectory.__table__
            running = w.conn.execute(select(table.c.id).where(
                table.c.participant_id == participant_id, table.c.deleted.is_(False),
                table.c.phase != Phase.CLOSED.value)).first()
            if running:
                raise ValidationError("This participant still has a running trajectory.", field="phase",
                                      code="trajectory_running")
            trajectory_id = self._open_trajectory(w, participant_id, started, combined_with_vdab)
            return self._changed(w, trajectory_id)

    # --- coaches --------------------------------------------------------------------------------

    def assign_coach(self, participant_id: str, user_id: str, since: date | None = None) -> Changed:
        with self._write() as w:
            person = self._live(w, Participant, participant_id, "participant_id")
            coach = self._live(w, User, user_id, "user_id")
            existing = self._assignment(w, participant_id, user_id)
            if existing is None:
                self._check_coach_within(coach, person["consent_organisation_ids"], person["partnership_id"],
                                         "user_id")
                w.insert(Assignment, {"participant_id": participant_id, "user_id": user_id,
                                      "since": check_not_future(since, "since") or today()})
            return self._changed(w, existing or participant_id)

    def unassign_coach(self, participant_id: str, user_id: str) -> Changed:
        with self._write() as w:
            existing = self._assignment(w, participant_id, user_id)
            if existing is None:
                raise ValidationError("This coach is not assigned to the participant.", field="user_id",
                                      code="not_assigned")
            w.delete(Assignment, existing)
            return self._changed(w, existing)

    @staticmethod
    def _assignment(w: Writer, participant_id: str, user_id: str) -> str | None:
        table = Assignment.__table__
        return w.conn.execute(select(table.c.id).where(
            table.c.participant_id == participant_id, table.c.user_id == user_id,
            table.c.deleted.is_(False))).scalar()

    # --- goals ------------------------------------------------------------------------------------

    def erase(self, participant_id: str) -> Changed:
        """The right to erasure: every personal field of her dossier is overwritten (as changes that sync to
        every laptop and the server) and the local history of earlier values is scrubbed. Dates, phases,
        outcomes, kinds of contact and scale levels stay, so she still counts, anonymously, in the figures."""
        with self._write() as w:
            self._live(w, Participant, participant_id, "participant_id")
            for table, ids in rows_of_participants(w.conn, [participant_id]).items():
                model = SYNCED_TABLES[table]
                fields = [f for f in user_fields(model) if f in PERSONAL_FIELDS.get(table, {})
                          or (table == "network_snapshot" and f == "content")]
                if not fields:
                    continue
                t = model.__table__
                for row_id in sorted(ids):
                    current = w.conn.execute(select(*(t.c[f] for f in fields)).where(
                        t.c.id == row_id)).mappings().one()
                    w.overwrite(model, row_id, scrub(table, dict(current)))
            signals = Signal.__table__
            for signal_id, linked in w.conn.execute(select(signals.c.id, signals.c.participant_ids)).all():
                if participant_id in (linked or []):
                    w.overwrite(Signal, signal_id, {"participant_ids": [p for p in linked if p != participant_id]})
            scrub_local_history(w.conn, [participant_id])
            return self._changed(w, participant_id)

    def withdraw_intake(self, participant_id: str) -> Changed:
        """Undo an intake made a moment ago: every row of the new dossier is deleted (as tombstones, which sync)."""
        return self._set_dossier_deleted(participant_id, True)

    def restore_intake(self, participant_id: str) -> Changed:
        """Redo a withdrawn intake: the dossier's rows come back."""
        return self._set_dossier_deleted(participant_id, False)

    def _set_dossier_deleted(self, participant_id: str, deleted: bool) -> Changed:
        with self._write() as w:
            for table, ids in rows_of_participants(w.conn, [participant_id]).items():
                model = SYNCED_TABLES[table]
                for row_id in sorted(ids):
                    is_deleted = w.conn.execute(select(model.__table__.c.deleted).where(
                        model.__table__.c.id == row_id)).scalar()
                    if deleted and not is_deleted:
                        w.delete(model, row_id)
                    elif not deleted and is_deleted:
                        w.undelete(model, row_id)
            return self._changed(w, participant_id)

    def add_goal(self, participant_id: str, life_domain: int, description: str,
                 chosen_on: date | None = None) -> Changed:
        values = clean_goal(life_domain, description)
        with self._write() as w:
            self._live(w, Participant, participant_id, "participant_id")
            goal_id = w.insert(Goal, values | {"participant_id": participant_id,
                                               "chosen_on": check_not_future(chosen_on, "chosen_on") or today(),
                                               "status": GoalStatus.OPEN.value})
            return self._changed(w, goal_id)

    def update_goal(self, goal_id: str, *, description: str | None = None, status: str | None = None) -> Changed:
        changes: dict[str, Any] = {}
        if description is not None:
            changes["description"] = require_text(description, "description", max_length=2000)
        if status is not None:
            changes["status"] = coerce_enum(GoalStatus, status, "status").value
        with self._write() as w:
            self._live(w, Goal, goal_id, "goal_id")
            w.update(Goal, goal_id, changes)
            return self._changed(w, goal_id)

    def restore_goal(self, goal_id: str) -> Changed:
        with self._write() as w:
            w.undelete(Goal, goal_id)
            return self._changed(w, goal_id)

    def remove_goal(self, goal_id: str) -> Changed:
        with self._write() as w:
            self._live(w, Goal, goal_id, "goal_id")
            w.delete(Goal, goal_id)
            return self._changed(w, goal_id)
