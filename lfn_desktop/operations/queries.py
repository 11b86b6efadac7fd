"""Reads for screens and exports: the caseload, one dossier, search."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select

from lfn_common.text import fold
from lfn_common.vocabulary import QUIET_AFTER_DAYS, RELEASE_INSTRUMENT, RELEASE_ITEM, Phase
from lfn_desktop.store.models import (
    Assignment,
    Contact,
    Goal,
    Measurement,
    NetworkMap,
    Participant,
    PhaseChange,
    Trajectory,
    User,
)
from lfn_desktop.store.store import Store

from .base import Operations, today


@dataclass(frozen=True)
class CaseloadRow:
    participant_id: str
    dossier_number: str
    name: str
    municipality: str | None
    phase: str | None  # of the latest trajectory
    trajectory_id: str | None
    coach_ids: tuple[str, ...]
    coach_names: tuple[str, ...]
    last_contact_at: datetime | None
    next_contact_on: date | None
    release_level: int | None  # latest answer on the release scale (1-10)
    days_since_contact: int | None = None
    quiet: bool = False  # running, and no contact for QUIET_AFTER_DAYS days: keep contact


@dataclass(frozen=True)
class Dossier:
    participant: Participant
    trajectories: list[Trajectory]
    phase_changes: list[PhaseChange]
    goals: list[Goal]
    coaches: list[User]
    contacts: list[Contact]  # newest first
    map_id: str | None
    measurement_count: int = 0
    extras: dict = field(default_factory=dict)
    contact_total: int | None = None  # all her contacts, when ``contacts`` holds only the newest page
    contact_minutes: int | None = None

    @property
    def current_trajectory(self) -> Trajectory | None:
        return self.trajectories[-1] if self.trajectories else None


@dataclass(frozen=True)
class PlannedContact:
    """A next step as the agenda shows it: which dossier, when, where the last contact was; no name, no notes."""

    contact_id: str
    dossier_number: str
    on: date
    place: str


class Queries(Operations):
    def __init__(self, store: Store):
        super().__init__(store)

    def caseload(self, *, coach_id: str | None = None, phase: str | None = None,
                 municipality: str | None = None, search: str | None = None,
                 include_closed: bool = False, on: date | None = None,
                 participant_ids: Collection[str] | None = None) -> list[CaseloadRow]:
        """Participants with their latest trajectory and contact figures, most urgent first.

        The per-participant figures are correlated subqueries, each one probe of a covering index, so the
        cost follows the number of participants shown, not the size of their logbooks.
        """
        day = on or today()
        person = Participant.__table__.c
        latest_trajectory = (
            select(Trajectory.id).where(Trajectory.participant_id == person.id, Trajectory.deleted.is_(False))
            # a trajectory reopened on the day the previous one closed: the later-created one is current
            .order_by(Trajectory.started_on.desc(), Trajectory.created_version.desc()).limit(1)
            .correlate(Participant).scalar_subquery())
        # "ORDER BY ... LIMIT 1" rather than max()/min(): SQLite then reads one entry of the index, where max() with
        # these conditions read every contact of the dossier (500,000 index entries for a region's caseload).
        last_contact = (
            select(Contact.occurred_at).where(Contact.participant_id == person.id, Contact.deleted.is_(False))
            .order_by(Contact.occurred_at.desc()).limit(1).correlate(Participant).scalar_subquery())
        next_contact = (
            select(Contact.next_step_on).where(Contact.participant_id == person.id, Contact.deleted.is_(False),
                                               Contact.next_step_on >= day)
            .order_by(Contact.next_step_on).limit(1).correlate(Participant).scalar_subquery())
        latest_release = (
            select(Measurement.answers).where(Measurement.participant_id == person.id,
                                              Measurement.instrument_id == RELEASE_INSTRUMENT,
                                              Measurement.deleted.is_(False), Measurement.incomplete.is_(False))
            .order_by(Measurement.taken_on.desc(), Measurement.created_version.desc()).limit(1)
            .correlate(Participant).scalar_subquery())
        query = (  # the columns a row shows, not whole objects: a region's caseload is 5,000 of them
            select(Participant.id, Participant.dossier_number, Participant.given_name, Participant.family_name,
                   Participant.municipality, Trajectory.id.label("trajectory_id"), Trajectory.phase,
                   Trajectory.started_on, last_contact.label("last_at"), next_contact.label("next_on"),
                   latest_release.label("release"))
            .outerjoin(Trajectory, Trajectory.id == latest_trajectory)
            .where(Participant.deleted.is_(False))
        )
        if not include_closed:
            query = query.where(or_(Trajectory.phase.is_(None), Trajectory.phase != Phase.CLOSED.value))
        if phase:
            query = query.where(Trajectory.phase == phase)
        if municipality:
            query = query.where(Participant.municipality == municipality)
        if search and search.strip():
            needle = f"%{_like_escaped(fold(search).strip())}%"
            query = query.where(or_(Participant.search_name.like(needle, escape="\\"),
                                    func.lower(Participant.dossier_number).like(needle, escape="\\")))
        if participant_ids is not None:  # a few rows to refresh after a change
            query = query.where(Participant.id.in_(sorted(participant_ids)))
        if coach_id:
            query = query.where(Participant.id.in_(
                select(Assignment.participant_id).where(Assignment.user_id == coach_id,
                                                        Assignment.deleted.is_(False))))
        with self.store.read() as session:
            rows = session.execute(query).all()
            coaches = self._coaches_by_participant(session, [row.id for row in rows])
        result = [self._caseload_row(day, coaches, row) for row in rows]
        result.sort(key=urgency)
        return result

    @staticmethod
    def _caseload_row(day: date, coaches: dict, row) -> CaseloadRow:
        running = row.trajectory_id is not None and row.phase != Phase.CLOSED.value
        last_at = row.last_at
        days = (day - last_at.date()).days if last_at else None
        # Without any contact yet, the trajectory's start is the last moment someone was there.
        quiet_for = days if days is not None else ((day - row.started_on).days if row.trajectory_id else 0)
        level = (row.release or {}).get(RELEASE_ITEM)
        pairs = coaches.get(row.id, [])
        return CaseloadRow(
            participant_id=row.id, dossier_number=row.dossier_number,
            name=" ".join(p for p in (row.given_name, row.family_name) if p),
            municipality=row.municipality, phase=row.phase if row.trajectory_id else None,
            trajectory_id=row.trajectory_id,
            coach_ids=tuple(c for c, _ in pairs), coach_names=tuple(n for _, n in pairs),
            last_contact_at=last_at, next_contact_on=row.next_on,
            release_level=level if isinstance(level, int) else None,
            days_since_contact=days, quiet=running and quiet_for >= QUIET_AFTER_DAYS)

    @staticmethod
    def _coaches_by_participant(session, ids: list[str]) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        query = (select(Assignment.participant_id, User.id, User.name).join(User, User.id == Assignment.user_id)
                 .where(Assignment.deleted.is_(False)).order_by(User.name))
        wanted = set(ids)
        for participant_id, user_id, name in session.execute(query):
            if participant_id in wanted:
                out.setdefault(participant_id, []).append((user_id, name))
        return out

    def dossier(self, participant_id: str, *, contact_limit: int | None = None) -> Dossier:
        participant = self._get(Participant, participant_id)
        with self.store.read() as session:
            trajectories = list(session.scalars(select(Trajectory).where(
                Trajectory.participant_id == participant_id, Trajectory.deleted.is_(False))
                .order_by(Trajectory.started_on, Trajectory.created_at)))
            phase_changes = list(session.scalars(select(PhaseChange).where(
                PhaseChange.trajectory_id.in_([t.id for t in trajectories]), PhaseChange.deleted.is_(False))
                .order_by(PhaseChange.changed_on, PhaseChange.created_at)))
            goals = list(session.scalars(select(Goal).where(
                Goal.participant_id == participant_id, Goal.deleted.is_(False))
                .order_by(Goal.life_domain, Goal.chosen_on)))
            coaches = list(session.scalars(select(User).join(Assignment, Assignment.user_id == User.id).where(
                Assignment.participant_id == participant_id, Assignment.deleted.is_(False)).order_by(User.name)))
            contacts = self._contacts(session, participant_id, 0, contact_limit)
            total = minutes = None
            if contact_limit:  # the logbook's summary counts them all
                total, minutes = session.execute(select(func.count(), func.coalesce(func.sum(Contact.duration_min), 0))
                                                 .where(Contact.participant_id == participant_id,
                                                        Contact.deleted.is_(False))).one()
            map_id = session.scalars(select(NetworkMap.id).where(
                NetworkMap.participant_id == participant_id, NetworkMap.deleted.is_(False))).first()
            measurement_count = session.scalar(select(func.count()).select_from(Measurement).where(
                Measurement.participant_id == participant_id, Measurement.deleted.is_(False)))
        return Dossier(participant, trajectories, phase_changes, goals, coaches, contacts, map_id,
                       measurement_count, contact_total=total, contact_minutes=minutes)

    def contacts_page(self, participant_id: str, offset: int, limit: int) -> list[Contact]:
        """Her contacts, newest first, from ``offset`` on: the logbook pages a long history."""
        with self.store.read() as session:
            return self._contacts(session, participant_id, offset, limit)

    @staticmethod
    def _contacts(session, participant_id: str, offset: int, limit: int | None) -> list[Contact]:
        query = (select(Contact).where(Contact.participant_id == participant_id, Contact.deleted.is_(False))
                 .order_by(Contact.occurred_at.desc(), Contact.id).offset(offset))
        return list(session.scalars(query.limit(limit) if limit else query))

    def planned_contacts(self, *, on: date | None = None) -> list[PlannedContact]:
        """The next steps planned from today on, in the running trajectories of the caseload, by date."""
        day = on or today()
        running = {r.participant_id: r.dossier_number for r in self.caseload()}
        with self.store.read() as session:
            rows = session.execute(
                select(Contact.id, Contact.participant_id, Contact.next_step_on, Contact.place)
                .where(Contact.deleted.is_(False), Contact.next_step_on >= day)
                .order_by(Contact.next_step_on, Contact.id)).all()
        return [PlannedContact(contact_id, running[participant_id], on_day, place)
                for contact_id, participant_id, on_day, place in rows if participant_id in running]

    def municipalities(self) -> list[str]:
        with self.store.read() as session:
            return [m for m in session.scalars(select(Participant.municipality).distinct()
                                               .where(Participant.deleted.is_(False))
                                               .order_by(Participant.municipality)) if m]


def urgency(row: CaseloadRow) -> tuple:
    """The caseload's order: quiet dossiers first, the longest quiet on top, then by name."""
    return not row.quiet, -(row.days_since_contact or 0) if row.quiet else 0, fold(row.name)


def _like_escaped(text: str) -> str:
    """Search text taken literally: a typed % or _ is not a wildcard."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
