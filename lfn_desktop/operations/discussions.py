"""Case discussions (casusbesprekingen): an agenda suggested from the caseload, what the team learnt, and the
actions it agreed, with an owner and a date.

A discussion belongs to its dossier (synced and scoped like it, erased with it). The record follows the
partnership's quality framework: the question behind the question, the steps of value from the participant's
point of view, what was waste, and the system conditions in the way; a system condition becomes a signal in one
step. The team lead's overview lists the open actions across the team.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lfn_common.validation import optional_text, require_text
from lfn_common.vocabulary import QUIET_AFTER_DAYS, STAR_INSTRUMENT
from lfn_desktop.instruments.progress import Trend, compare
from lfn_desktop.store.models import CaseDiscussion, DiscussionAction, Measurement, Participant, SyncConflict, User

from .base import Changed, Operations, today
from .queries import Queries

READY_TO_RELEASE = 8  # a release scale at this level or above: time to ask whether to let go
# Why a dossier is suggested for the agenda (stored in ``case_discussion.reason``).
REASONS = ("no_contact", "ready_to_release", "star_regression", "open_conflict")
TEXT_FIELDS = ("question_behind", "value_steps", "waste", "system_conditions")


@dataclass(frozen=True)
class Suggestion:
    participant_id: str
    dossier_number: str
    name: str
    reason: str  # one of REASONS
    days: int | None = None  # without contact this long (no_contact)
    level: int | None = None  # the release scale's level (ready_to_release)


@dataclass(frozen=True)
class DiscussionRow:
    discussion: CaseDiscussion
    dossier_number: str
    name: str
    actions: list[DiscussionAction]  # in the order they were agreed


@dataclass(frozen=True)
class OpenAction:
    action_id: str
    description: str
    owner_id: str | None
    owner_name: str | None
    due_on: date | None
    participant_id: str
    dossier_number: str
    discussion_id: str


class DiscussionOps(Operations):
    # --- the agenda -------------------------------------------------------------------------------------------

    def suggestions(self, coach_id: str | None = None) -> list[Suggestion]:
        """Dossiers worth discussing, each with its reason: no contact for 21 days or more, a release scale at 8 or
        more, a regression on the star between the last two readings, an open sync conflict. A coach sees those of
        her own caseload (``coach_id``); the team lead the whole team's."""
        rows = Queries(self.store).caseload(coach_id=coach_id)
        out: list[Suggestion] = []
        ids = [r.participant_id for r in rows]
        regressed, conflicted = self._regressed(ids), self._conflicted(ids)
        for r in rows:
            if r.days_since_contact is not None and r.days_since_contact >= QUIET_AFTER_DAYS and r.phase != "closed":
                out.append(Suggestion(r.participant_id, r.dossier_number, r.name, "no_contact",
                                      days=r.days_since_contact))
            if r.release_level is not None and r.release_level >= READY_TO_RELEASE:
                out.append(Suggestion(r.participant_id, r.dossier_number, r.name, "ready_to_release",
                                      level=r.release_level))
            if r.participant_id in regressed:
                out.append(Suggestion(r.participant_id, r.dossier_number, r.name, "star_regression"))
            if r.participant_id in conflicted:
                out.append(Suggestion(r.participant_id, r.dossier_number, r.name, "open_conflict"))
        return out

    def _regressed(self, participant_ids: list[str]) -> set[str]:
        """Dossiers whose last complete star reading fell back on any life domain against the one before."""
        with self.store.read() as session:
            readings = session.execute(select(Measurement.participant_id, Measurement.answers).where(
                Measurement.instrument_id == STAR_INSTRUMENT, Measurement.deleted.is_(False),
                Measurement.incomplete.is_(False)).order_by(Measurement.taken_on, Measurement.created_at)).all()
        last_two: dict[str, list[dict]] = {}
        for participant_id, answers in readings:
            last_two.setdefault(participant_id, []).append(answers)
        wanted = set(participant_ids)
        return {p for p, answers in last_two.items() if p in wanted and len(answers) >= 2 and Trend.REGRESSION in
                compare(sorted(set(answers[-2]) | set(answers[-1])), answers[-2], answers[-1]).values()}

    def _conflicted(self, participant_ids: list[str]) -> set[str]:
        with self.store.read() as session:
            found = set(session.scalars(select(SyncConflict.participant_id).where(
                SyncConflict.resolved.is_(False), SyncConflict.deleted.is_(False))))
        return found & set(participant_ids)

    # --- writing ----------------------------------------------------------------------------------------------

    def plan(self, participant_id: str, planned_on: date | None = None, reason: str | None = None) -> Changed:
        if reason is not None and reason not in REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        with self._write() as w:
            self._live(w, Participant, participant_id, "participant_id")
            return self._changed(w, w.insert(CaseDiscussion, {
                "participant_id": participant_id, "planned_on": planned_on or today(), "reason": reason,
                "held": False, "present_ids": [], "participant_present": False, "led_by_id": w.actor_id}))

    def record(self, discussion_id: str, *, present_ids: Iterable[str] = (), participant_present: bool = False,
               held: bool = True, **texts: str | None) -> Changed:
        """What was said and learnt: the four texts (question_behind, value_steps, waste, system_conditions), who
        was there (users, and whether the participant herself came), and that the discussion took place."""
        unknown = set(texts) - set(TEXT_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {sorted(unknown)}")
        values = {name: optional_text(value, name, max_length=20_000) for name, value in texts.items()}
        with self._write() as w:
            self._live(w, CaseDiscussion, discussion_id, "discussion_id")
            present = list(dict.fromkeys(present_ids))
            for user_id in present:
                self._live(w, User, user_id, "present_ids")
            w.update(CaseDiscussion, discussion_id, values | {"present_ids": present, "held": held,
                                                               "participant_present": participant_present})
            return self._changed(w, discussion_id)

    def add_action(self, discussion_id: str, description: str, owner_id: str | None = None,
                   due_on: date | None = None) -> Changed:
        values = {"discussion_id": discussion_id, "description": require_text(description, "description",
                                                                              max_length=2000),
                  "owner_id": owner_id, "due_on": due_on, "done": False}
        with self._write() as w:
            self._live(w, CaseDiscussion, discussion_id, "discussion_id")
            if owner_id:
                self._live(w, User, owner_id, "owner_id")
            return self._changed(w, w.insert(DiscussionAction, values))

    def set_action_done(self, action_id: str, done: bool = True) -> Changed:
        with self._write() as w:
            self._live(w, DiscussionAction, action_id, "action_id")
            w.update(DiscussionAction, action_id, {"done": done})
            return self._changed(w, action_id)

    def condition_to_signal(self, discussion_id: str) -> Changed:
        """The discussion's system conditions recorded as a signal for policy (in the participant's municipality,
        linked to her dossier, which the signal's export never names)."""
        from .signals import SignalOps

        discussion = self._get(CaseDiscussion, discussion_id)
        participant = self._get(Participant, discussion.participant_id)
        return SignalOps(self.store).record(participant.partnership_id, discussion.system_conditions or "",
                                            municipality=participant.municipality,
                                            participant_ids=[participant.id])

    # --- reading ----------------------------------------------------------------------------------------------

    def of_participant(self, participant_id: str) -> list[tuple[CaseDiscussion, list[DiscussionAction]]]:
        """The dossier's discussions, newest first, each with its actions in the order they were agreed."""
        with self.store.read() as session:
            discussions = list(session.scalars(select(CaseDiscussion).where(
                CaseDiscussion.participant_id == participant_id, CaseDiscussion.deleted.is_(False))
                .order_by(CaseDiscussion.planned_on.desc(), CaseDiscussion.created_at.desc())))
            actions = list(session.scalars(select(DiscussionAction).where(
                DiscussionAction.discussion_id.in_([d.id for d in discussions]), DiscussionAction.deleted.is_(False))
                .order_by(DiscussionAction.created_at)))
        return [(d, [a for a in actions if a.discussion_id == d.id]) for d in discussions]

    def open_actions(self) -> list[OpenAction]:
        """Every action not done yet, across the dossiers this vault holds, the earliest date first."""
        with self.store.read() as session:
            rows = session.execute(
                select(DiscussionAction, CaseDiscussion.participant_id, Participant.dossier_number, User.name)
                .join(CaseDiscussion, CaseDiscussion.id == DiscussionAction.discussion_id)
                .join(Participant, Participant.id == CaseDiscussion.participant_id)
                .outerjoin(User, User.id == DiscussionAction.owner_id)
                .where(DiscussionAction.done.is_(False), DiscussionAction.deleted.is_(False),
                       CaseDiscussion.deleted.is_(False))).all()
        actions = [OpenAction(a.id, a.description, a.owner_id, owner, a.due_on, participant_id, number,
                              a.discussion_id) for a, participant_id, number, owner in rows]
        return sorted(actions, key=lambda a: (a.due_on or date.max, a.dossier_number))

    def all(self) -> list[DiscussionRow]:
        """Every discussion this vault holds with its dossier's number and name and its actions: planned ones
        first, newest first."""
        with self.store.read() as session:
            rows = session.execute(select(CaseDiscussion, Participant.dossier_number, Participant.given_name)
                                   .join(Participant, Participant.id == CaseDiscussion.participant_id)
                                   .where(CaseDiscussion.deleted.is_(False))).all()
            actions = list(session.scalars(select(DiscussionAction).where(DiscussionAction.deleted.is_(False))
                                           .order_by(DiscussionAction.created_at)))
        out = [DiscussionRow(d, number, name, [a for a in actions if a.discussion_id == d.id])
               for d, number, name in rows]
        return sorted(out, key=lambda r: (r.discussion.held, -r.discussion.planned_on.toordinal(), r.dossier_number))
