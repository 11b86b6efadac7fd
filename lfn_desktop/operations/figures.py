"""The partnership's figures for a period and a scope (one coach, one organisation, the partnership).

Counts only: nothing here names a person. Every rule is in this one place, used by the app's figures
view, the quarterly report (PDF) and its workbook (XLSX). Definitions:

- running: trajectories started on or before the period's end and not closed by then;
- new referrals: participants whose trajectory started within the period, by channel, referrer, persona;
- outcomes: trajectories closed within the period, by outcome; durable paid work is REC + SEC;
- intensity: contacts per running trajectory per month of the period (a distribution), by kind and place;
- lead time: days from the first contact (else the start) to the closing, for trajectories closed;
- scales: per life domain, progress / standstill / regression between a participant's first and latest
  star measurement up to the period's end; the latest release level; empowerment and indicators likewise;
- network: change in informal and formal size between a map's first and latest snapshot.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from lfn_common.scope import chunks
from lfn_common.vocabulary import (
    CASELOAD_NORM_PER_FTE,
    DURABLE_PAID_WORK,
    RELEASE_INSTRUMENT,
    RELEASE_ITEM,
    STAR_INSTRUMENT,
    LifeDomain,
    Outcome,
)
from lfn_desktop.instruments.progress import Trend, classify
from lfn_desktop.network.figures import figures as network_figures
from lfn_desktop.store.models import (
    Assignment,
    Contact,
    Measurement,
    NetworkMap,
    NetworkSnapshot,
    Participant,
    Persona,
    Signal,
    Trajectory,
    User,
)

from .base import Operations

RUNNING_BAND = (10, 50)  # the partnership's band of running trajectories
PAID_WORK_TARGETS = (0.15, 0.20)  # realistic, and the call's target
OTHER_ACTIVATION = frozenset({Outcome.TRAINING, Outcome.VOLUNTEER_WORK, Outcome.WIJK_WERKEN, Outcome.AMA})
SMALL = 5  # counts under this are shown as "<5" in anything that leaves the app


def masked(count: int) -> str:
    """A count as it may be published: 1 to 4 become "<5" so that nobody is recognisable."""
    return f"<{SMALL}" if 0 < count < SMALL else str(count)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first_month = 3 * (quarter - 1) + 1
        end = date(year + (quarter == 4), (first_month + 3 - 1) % 12 + 1, 1)
        return cls(date(year, first_month, 1), date.fromordinal(end.toordinal() - 1))

    @property
    def months(self) -> float:
        return ((self.end - self.start).days + 1) / (365.25 / 12)

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class Scope:
    """Whose figures: a coach (``coach_id``), an organisation's coaches, or the whole partnership."""

    coach_id: str | None = None
    organisation_id: str | None = None

    @property
    def kind(self) -> str:
        return "coach" if self.coach_id else "organisation" if self.organisation_id else "partnership"


@dataclass(frozen=True)
class Distribution:
    count: int
    minimum: float | None
    q1: float | None
    median: float | None
    q3: float | None
    maximum: float | None

    @classmethod
    def of(cls, values: list[float]) -> Distribution:
        if not values:
            return cls(0, None, None, None, None, None)
        ordered = sorted(values)
        if len(ordered) == 1:
            v = ordered[0]
            return cls(1, v, v, v, v, v)
        q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
        return cls(len(ordered), ordered[0], q1, median, q3, ordered[-1])


@dataclass
class CoachLoad:
    name: str
    fte: float
    running: int

    @property
    def per_fte(self) -> float:
        return self.running / self.fte if self.fte else 0.0


@dataclass(frozen=True)
class PersonaCapacity:
    """Per persona of the partnership: trajectories running at the period's end and the contacts they had a month,
    against the intensity the persona expects."""

    persona: str
    running: int
    contacts_per_month: float | None  # per running trajectory, over the period
    expected_per_month: float | None  # None for participants without a known persona


@dataclass
class Figures:
    period: Period
    scope: Scope
    running: int = 0
    caseload: list[CoachLoad] = field(default_factory=list)
    referrals_by_channel: Counter = field(default_factory=Counter)
    referrals_by_referrer: Counter = field(default_factory=Counter)
    personas: Counter = field(default_factory=Counter)
    new_trajectories: int = 0
    outcomes: Counter = field(default_factory=Counter)
    intensity: Distribution = Distribution.of([])
    contacts_by_kind: Counter = field(default_factory=Counter)
    contacts_by_place: Counter = field(default_factory=Counter)
    lead_time_days: Distribution = Distribution.of([])
    star_trends: dict[int, Counter] = field(default_factory=dict)  # life domain -> Trend -> participants
    release_levels: Counter = field(default_factory=Counter)  # latest level -> participants
    empowerment_trends: Counter = field(default_factory=Counter)  # Trend -> items over participants
    indicators_yes: Counter = field(default_factory=Counter)  # indicator -> participants answering yes (latest)
    indicators_gained: Counter = field(default_factory=Counter)  # indicator -> from no to yes
    network_informal_change: Distribution = Distribution.of([])
    network_formal_change: Distribution = Distribution.of([])
    signals_by_domain: Counter = field(default_factory=Counter)
    persona_capacity: list[PersonaCapacity] = field(default_factory=list)

    @property
    def closed(self) -> int:
        return sum(self.outcomes.values())

    @property
    def durable_paid_work(self) -> int:
        return sum(self.outcomes[o.value] for o in DURABLE_PAID_WORK)

    @property
    def durable_paid_work_share(self) -> float | None:
        return self.durable_paid_work / self.closed if self.closed else None

    @property
    def other_activation(self) -> int:
        return sum(self.outcomes[o.value] for o in OTHER_ACTIVATION)

    @property
    def in_running_band(self) -> bool:
        return RUNNING_BAND[0] <= self.running <= RUNNING_BAND[1]


class FigureOps(Operations):
    def compute(self, period: Period, scope: Scope = Scope()) -> Figures:
        result = Figures(period, scope)
        with self.store.read() as session:
            users = {u.id: u for u in session.scalars(select(User).where(User.deleted.is_(False)))}
            assignments = session.execute(select(Assignment.participant_id, Assignment.user_id).where(
                Assignment.deleted.is_(False))).all()
            coaches_of: dict[str, set[str]] = defaultdict(set)
            for participant_id, user_id in assignments:
                coaches_of[participant_id].add(user_id)
            in_scope = self._participants_in_scope(session, scope, users, coaches_of)
            trajectories = [t for t in session.scalars(select(Trajectory).where(Trajectory.deleted.is_(False)))
                            if t.participant_id in in_scope]
            participants = {p.id: p for p in session.scalars(select(Participant).where(
                Participant.deleted.is_(False))) if p.id in in_scope}
            after_end = date.fromordinal(period.end.toordinal() + 1)
            contacts = session.execute(select(Contact.trajectory_id, Contact.occurred_at, Contact.kind,
                                              Contact.place).where(
                Contact.deleted.is_(False), Contact.occurred_at >= period.start, Contact.occurred_at < after_end)).all()
            # The first contact only of the trajectories closed in the period (their lead time), not of every
            # trajectory: grouping a region's whole logbook was most of the figures' time.
            closed_ids = sorted(t.id for t in trajectories if t.closed_on and period.start <= t.closed_on <= period.end)
            first_contact = {}
            for chunk in chunks(closed_ids):
                first_contact |= dict(session.execute(
                    select(Contact.trajectory_id, func.min(Contact.occurred_at))
                    .where(Contact.deleted.is_(False), Contact.trajectory_id.in_(chunk))
                    .group_by(Contact.trajectory_id)).all())
            measurements = [m for m in session.scalars(select(Measurement).where(  # finished readings only
                Measurement.deleted.is_(False), Measurement.incomplete.is_(False),
                Measurement.taken_on <= period.end).order_by(
                Measurement.taken_on, Measurement.created_at)) if m.participant_id in in_scope]
            maps = {m.id: m.participant_id for m in session.scalars(select(NetworkMap))}
            snapshots = [s for s in session.scalars(select(NetworkSnapshot).where(
                NetworkSnapshot.deleted.is_(False), NetworkSnapshot.taken_on <= period.end).order_by(
                NetworkSnapshot.taken_on, NetworkSnapshot.created_at)) if maps.get(s.map_id) in in_scope]
            personas = {p.name: p for p in session.scalars(select(Persona).where(Persona.deleted.is_(False)))}
            signals = list(session.scalars(select(Signal).where(
                Signal.deleted.is_(False), Signal.noted_on >= period.start, Signal.noted_on <= period.end)))

        running = [t for t in trajectories if t.started_on <= period.end
                   and (t.closed_on is None or t.closed_on > period.end)]
        result.running = len(running)
        result.caseload = self._caseload(running, users, coaches_of, scope)
        started = [t for t in trajectories if period.start <= t.started_on <= period.end]
        result.new_trajectories = len(started)
        for t in started:
            p = participants.get(t.participant_id)
            if p is not None:
                result.referrals_by_channel[p.referral_channel or "unknown"] += 1
                result.referrals_by_referrer[(p.referrer or "").strip() or "unknown"] += 1
                result.personas[(p.persona or "").strip() or "unknown"] += 1
        closed = [t for t in trajectories if t.closed_on and period.start <= t.closed_on <= period.end]
        result.outcomes = Counter(t.outcome or "unknown" for t in closed)
        self._contacts(result, running, closed, contacts, first_contact, period)
        self._scales(result, measurements)
        self._network(result, snapshots, maps)
        result.signals_by_domain = Counter(s.life_domain or 0 for s in signals)
        result.persona_capacity = self._persona_capacity(running, participants, contacts, personas, period)
        return result

    @staticmethod
    def _persona_capacity(running: list, participants: dict, contacts: list, personas: dict,
                          period: Period) -> list[PersonaCapacity]:
        of_trajectory = {t.id: (participants[t.participant_id].persona or "").strip() if t.participant_id in
                         participants else "" for t in running}
        trajectories, contacted = Counter(of_trajectory.values()), Counter()
        for trajectory_id, *_ in contacts:
            if trajectory_id in of_trajectory:
                contacted[of_trajectory[trajectory_id]] += 1
        out = []
        for name in sorted(set(personas) | set(trajectories), key=lambda n: (n == "", n.casefold())):
            n = trajectories[name]
            expected = personas[name].contacts_per_month if name in personas else None
            out.append(PersonaCapacity(name or "unknown", n, round(contacted[name] / n / period.months, 1) if n
                                       else None, expected))
        return out

    @staticmethod
    def _participants_in_scope(session, scope: Scope, users: dict, coaches_of: dict) -> set[str]:
        everyone = set(session.scalars(select(Participant.id).where(Participant.deleted.is_(False))))
        if scope.kind == "partnership":
            return everyone
        if scope.coach_id:
            wanted = {scope.coach_id}
        else:
            wanted = {u.id for u in users.values() if u.organisation_id == scope.organisation_id}
        return {p for p in everyone if coaches_of.get(p, set()) & wanted}

    @staticmethod
    def _caseload(running: list, users: dict, coaches_of: dict, scope: Scope) -> list[CoachLoad]:
        counts: Counter = Counter()
        for t in running:
            for coach in coaches_of.get(t.participant_id, ()):
                counts[coach] += 1
        loads = []
        for user in users.values():
            if user.role != "coach" or (scope.coach_id and user.id != scope.coach_id) \
                    or (scope.organisation_id and user.organisation_id != scope.organisation_id):
                continue
            loads.append(CoachLoad(user.name, user.fte, counts[user.id]))
        return sorted(loads, key=lambda c: c.name)

    @staticmethod
    def _contacts(result: Figures, running: list, closed: list, contacts: list, first_contact: dict,
                  period: Period) -> None:
        by_trajectory: dict[str, list] = defaultdict(list)
        for row in contacts:
            by_trajectory[row.trajectory_id].append(row)
        rates = []
        for t in running + [t for t in closed if t not in running]:
            within = by_trajectory.get(t.id, [])
            active_from = max(t.started_on, period.start)
            active_to = min(t.closed_on or period.end, period.end)
            months = ((active_to - active_from).days + 1) / (365.25 / 12)
            if months > 0:
                rates.append(len(within) / months)
            for c in within:
                result.contacts_by_kind[c.kind] += 1
                result.contacts_by_place[c.place] += 1
        result.intensity = Distribution.of(rates)
        lead_times = []
        for t in closed:
            first = first_contact.get(t.id)
            lead_times.append((t.closed_on - (first.date() if first else t.started_on)).days)
        result.lead_time_days = Distribution.of(lead_times)

    @staticmethod
    def _scales(result: Figures, measurements: list) -> None:
        series: dict[tuple[str, str], list] = defaultdict(list)
        for m in measurements:
            series[(m.participant_id, m.instrument_id)].append(m)
        result.star_trends = {int(d): Counter() for d in LifeDomain}
        for (_, instrument), taken in series.items():
            first, latest = taken[0].answers, taken[-1].answers
            if instrument == STAR_INSTRUMENT and len(taken) > 1:
                for domain in LifeDomain:
                    trend = classify(first.get(str(int(domain))), latest.get(str(int(domain))))
                    if trend is not Trend.MISSING:
                        result.star_trends[int(domain)][trend] += 1
            elif instrument == RELEASE_INSTRUMENT and isinstance(latest.get(RELEASE_ITEM), int):
                result.release_levels[latest[RELEASE_ITEM]] += 1
            elif instrument == "empowerment" and len(taken) > 1:
                for item in latest:
                    trend = classify(first.get(item), latest.get(item))
                    if trend is not Trend.MISSING:
                        result.empowerment_trends[trend] += 1
            elif instrument == "indicators":
                for item, answer in latest.items():
                    if answer == 1:
                        result.indicators_yes[item] += 1
                        if len(taken) > 1 and first.get(item) == 0:
                            result.indicators_gained[item] += 1

    @staticmethod
    def _network(result: Figures, snapshots: list, maps: dict) -> None:
        by_map: dict[str, list] = defaultdict(list)
        for s in snapshots:
            by_map[s.map_id].append(s)
        informal, formal = [], []
        for taken in by_map.values():
            if len(taken) < 2:
                continue
            first, latest = network_figures(taken[0].content), network_figures(taken[-1].content)
            informal.append(latest.informal - first.informal)
            formal.append(latest.formal - first.formal)
        result.network_informal_change = Distribution.of(informal)
        result.network_formal_change = Distribution.of(formal)


__all__ = ["CASELOAD_NORM_PER_FTE", "Distribution", "FigureOps", "Figures", "Period", "PersonaCapacity", "Scope",
           "masked"]
