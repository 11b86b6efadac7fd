"""What one write (an operation, or a page of changes applied by sync) changed: the summary every view reads
to decide what to refresh."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection

from lfn_common.scope import participants_of_rows


@dataclass(frozen=True)
class Changed:
    """The main record's id, every touched row per table, and the participants whose dossiers they belong to."""

    id: str | None
    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    participants: frozenset[str] = frozenset()

    def touched(self, *tables: str) -> bool:
        return any(self.rows.get(table) for table in tables)

    def concerns(self, participant_id: str) -> bool:
        return participant_id in self.participants

    @property
    def empty(self) -> bool:
        return not any(self.rows.values())

    @classmethod
    def of_rows(cls, conn: Connection, main_id: str | None, rows: Mapping[str, set[str]]) -> Changed:
        """The summary of ``rows`` (table -> ids), read inside the transaction that wrote them."""
        touched = {table: frozenset(ids) for table, ids in rows.items() if ids}
        return cls(main_id, touched, frozenset(participants_of_rows(conn, dict(touched))))
