"""Figures the team lead publishes for the support group (ondersteuningsgroep), who receives nothing else.

A published report is a synced row of the partnership: the tables of the quarterly report as text (counts only,
small ones masked, coaches numbered) and the signals as :func:`~lfn_desktop.operations.signals.for_support_group`
gives them. The shared field rules refuse a signal count under five that is not masked, here and on the server.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from lfn_common.validation import require_text
from lfn_desktop.store.models import Partnership, PublishedReport

from .base import Changed, Operations, today


class PublishingOps(Operations):
    def publish(self, partnership_id: str, period: str, tables: Sequence[dict], signals: Sequence[Sequence]) -> Changed:
        values = {"partnership_id": partnership_id, "period": require_text(period, "period", max_length=32),
                  "published_on": today(), "tables": [dict(t) for t in tables],
                  "signals": [list(s) for s in signals]}
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            values["author_id"] = w.actor_id
            return self._changed(w, w.insert(PublishedReport, values))

    def published(self) -> list[PublishedReport]:
        """Newest first."""
        with self.store.read() as session:
            return list(session.scalars(select(PublishedReport).where(PublishedReport.deleted.is_(False))
                                        .order_by(PublishedReport.published_on.desc(), PublishedReport.period.desc())))
