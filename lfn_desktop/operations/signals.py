"""Signals: structural problems met in many cases, gathered for local and supra-local policy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from lfn_common.validation import check_not_future, coerce_int_enum, optional_text, require_text
from lfn_common.vocabulary import LifeDomain
from lfn_desktop.store.models import Participant, Partnership, Signal

from .base import Changed, Operations, today


class SignalOps(Operations):
    def record(self, partnership_id: str, problem: str, *, life_domain: int | None = None,
               municipality: str | None = None, noted_on: date | None = None,
               participant_ids: Iterable[str] = ()) -> Changed:
        day = noted_on or today()
        day = check_not_future(day, "noted_on")
        values = {
            "partnership_id": partnership_id,
            "problem": require_text(problem, "problem", max_length=2000),
            "life_domain": int(coerce_int_enum(LifeDomain, life_domain, "life_domain")) if life_domain else None,
            "municipality": optional_text(municipality, "municipality", max_length=100),
            "noted_on": day,
            "participant_ids": list(dict.fromkeys(participant_ids)),
        }
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            for participant_id in values["participant_ids"]:
                self._live(w, Participant, participant_id, "participant_ids")
            values["author_id"] = w.actor_id
            return self._changed(w, w.insert(Signal, values))

    def all(self) -> list[Signal]:
        with self.store.read() as session:
            return list(session.scalars(select(Signal).where(Signal.deleted.is_(False))
                                        .order_by(Signal.noted_on.desc())))

    def grouped(self, start: date | None = None, end: date | None = None) -> list[tuple[str, int | None, str | None,
                                                                                     int]]:
        """(problem, life domain, municipality, how often), most frequent first: for the support group, so
        without the dossiers or the author behind them."""
        counts: Counter = Counter()
        for signal in self.all():
            if (start and signal.noted_on < start) or (end and signal.noted_on > end):
                continue
            counts[(" ".join(signal.problem.split()), signal.life_domain, signal.municipality)] += 1
        return [(*key, n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))]


def for_support_group(grouped: list[tuple[str, int | None, str | None, int]], *,
                      texts_reviewed: bool = False) -> list[tuple[str | None, int | None, str | None, str]]:
    """What leaves the app for the support group, from :meth:`SignalOps.grouped`: (problem, life domain,
    municipality, count as published).

    A coach's free text may name someone ("de zoon van ..."), so it goes out only after the team lead has read
    it through (``texts_reviewed``); without that, signals are counted per life domain and municipality only.
    Counts under five are published as "<5", as in the quarterly report."""
    from .figures import masked

    if not texts_reviewed:
        counts: Counter = Counter()
        for _, domain, municipality, n in grouped:
            counts[(domain, municipality)] += n
        grouped = [(None, *key, n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return [(problem, domain, municipality, masked(n)) for problem, domain, municipality, n in grouped]
