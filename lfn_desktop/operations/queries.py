"""Reads for screens and exports: the caseload, one dossier, search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select

from lfn_desktop.domain.text import fold
from lfn_desktop.domain.vocabulary import QUIET_AFTER_DAYS, RELEASE_INSTRUMENT, RELEASE_ITEM, Phase
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

    @property
    def current_trajectory(self) -> Trajectory | None:
        return self.trajectories[-1] if self.trajectories else None


class Queries(Operations):
    def __init__(self, store: Store):
        super().__init__(store)

    def caseload(self, *, coach_id: str | None = None, phase: str | None = None,
                 municipality: str | None = None, search: str | None = None,
                 include_closed: bool = False, on: date | None = None) -> list[CaseloadRow]:
        """Participants with their latest trajectory and contact figures, most urgent first."""
        day = on or today()
        with self.store.read() as session:
            latest_trajectory = (
                select(Trajectory.participant_id, func.max(Trajectory.started_on).label("started"))
                .where(Trajectory.deleted.is_(False)).group_by(Trajectory.participant_id).subquery())
            last_contact = (
                select(Contact.participant_id, func.max(Contact.occurred_at).label("at"))
                .where(Contact.deleted.is_(False)).group_by(Contact.participant_id).subquery())
            next_contact = (
                select(Contact.participant_id, func.min(Contact.next_step_on).label("on"))
                .where(Contact.deleted.is_(False), Contact.next_step_on >= day)
                .group_by(Contact.participant_id).subquery())
            query = (
                select(Participant, Trajectory, last_contact.c.at, next_contact.c.on)
                .outerjoin(latest_trajectory, latest_trajectory.c.participant_id == Participant.id)
                .outerjoin(Trajectory, and_(Trajectory.participant_id == Participant.id,
                                            Trajectory.started_on == latest_trajectory.c.started,
                                            Trajectory.deleted.is_(False)))
                .outerjoin(last_contact, last_contact.c.participant_id == Participant.id)
                .outerjoin(next_contact, next_contact.c.participant_id == Participant.id)
                .where(Participant.deleted.is_(False))
            )
            if not include_closed:
                query = query.where(or_(Trajectory.phase.is_(None), Trajectory.phase != Phase.CLOSED.value))
            if phase:
                query = query.where(Trajectory.phase == phase)
            if municipality:
                query = query.where(Participant.municipality == municipality)
            if search:
                needle = f"%{fold(search).strip()}%"
                query = query.where(or_(Participant.search_name.like(needle),
                                        func.lower(Participant.dossier_number).like(needle)))
            if coach_id:
                query = query.where(Participant.id.in_(
                    select(Assignment.participant_id).where(Assignment.user_id == coach_id,
                                                            Assignment.deleted.is_(False))))
            rows = session.execute(query).all()
            ids = [p.id for p, *_ in rows]
            coaches = self._coaches_by_participant(session, ids)
            release = self._latest_release(session, ids)
        result = []
        seen = set()
        for participant, trajectory, last_at, next_on in rows:
            if participant.id in seen:  # two trajectories started on one day: keep the first
                continue
            seen.add(participant.id)
            running = trajectory is not None and trajectory.phase != Phase.CLOSED.value
            days = (day - last_at.date()).days if last_at else None
            quiet = running and (days is None or days >= QUIET_AFTER_DAYS)
            pairs = coaches.get(participant.id, [])
            result.append(CaseloadRow(
                participant_id=participant.id, dossier_number=participant.dossier_number,
                name=" ".join(p for p in (participant.given_name, participant.family_name) if p),
                municipality=participant.municipality, phase=trajectory.phase if trajectory else None,
                trajectory_id=trajectory.id if trajectory else None,
                coach_ids=tuple(c for c, _ in pairs), coach_names=tuple(n for _, n in pairs),
                last_contact_at=last_at, next_contact_on=next_on, release_level=release.get(participant.id),
                days_since_contact=days, quiet=quiet))
        result.sort(key=lambda r: (not r.quiet, -(r.days_since_contact or 10**6) if r.quiet else 0, r.name.casefold()))
        return result

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

    @staticmethod
    def _latest_release(session, ids: list[str]) -> dict[str, int]:
        query = (select(Measurement.participant_id, Measurement.answers)
                 .where(Measurement.instrument_id == RELEASE_INSTRUMENT, Measurement.deleted.is_(False))
                 .order_by(Measurement.taken_on, Measurement.created_at))
        wanted, out = set(ids), {}
        for participant_id, answers in session.execute(query):
            level = (answers or {}).get(RELEASE_ITEM)
            if participant_id in wanted and isinstance(level, int):
                out[participant_id] = level  # later rows overwrite: the latest remains
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
            contact_query = (select(Contact).where(Contact.participant_id == participant_id,
                                                   Contact.deleted.is_(False))
                             .order_by(Contact.occurred_at.desc()))
            if contact_limit:
                contact_query = contact_query.limit(contact_limit)
            contacts = list(session.scalars(contact_query))
            map_id = session.scalars(select(NetworkMap.id).where(
                NetworkMap.participant_id == participant_id, NetworkMap.deleted.is_(False))).first()
            measurement_count = session.scalar(select(func.count()).select_from(Measurement).where(
                Measurement.participant_id == participant_id, Measurement.deleted.is_(False)))
        return Dossier(participant, trajectories, phase_changes, goals, coaches, contacts, map_id,
                       measurement_count)

    def municipalities(self) -> list[str]:
        with self.store.read() as session:
            return [m for m in session.scalars(select(Participant.municipality).distinct()
                                               .where(Participant.deleted.is_(False))
                                               .order_by(Participant.municipality)) if m]
