"""The team lead's view of the team: running dossiers per coach and per FTE against the norm."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lfn_common.vocabulary import CASELOAD_NORM_PER_FTE, Phase
from lfn_desktop.store.models import Assignment, Organisation, Trajectory, User

from .base import Operations


@dataclass(frozen=True)
class CoachLoad:
    user_id: str
    name: str
    organisation: str | None
    fte: float
    running: int  # participants with a running (not closed) trajectory assigned to this coach
    per_fte: float

    @property
    def above_norm(self) -> bool:
        return self.per_fte > CASELOAD_NORM_PER_FTE[1]

    @property
    def below_norm(self) -> bool:
        return self.per_fte < CASELOAD_NORM_PER_FTE[0]


class TeamOps(Operations):
    def load_per_coach(self) -> list[CoachLoad]:
        with self.store.read() as session:
            running = (select(Trajectory.participant_id).where(Trajectory.deleted.is_(False),
                                                               Trajectory.phase != Phase.CLOSED.value)
                       .distinct().subquery())
            counts = dict(session.execute(
                select(Assignment.user_id, func.count(func.distinct(Assignment.participant_id)))
                .join(running, running.c.participant_id == Assignment.participant_id)
                .where(Assignment.deleted.is_(False)).group_by(Assignment.user_id)).all())
            coaches = session.execute(
                select(User, Organisation.name).outerjoin(Organisation, Organisation.id == User.organisation_id)
                .where(User.deleted.is_(False), User.role == "coach").order_by(User.name)).all()
        return [CoachLoad(u.id, u.name, org, u.fte, counts.get(u.id, 0), round(counts.get(u.id, 0) / u.fte, 1))
                for u, org in coaches]
