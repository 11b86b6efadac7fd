"""What every group of operations shares: the write door, existence checks, the change summary."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date

from sqlalchemy import select

from lfn_common.errors import NotFound, ValidationError
from lfn_desktop.store.changed import Changed
from lfn_desktop.store.models import Synced
from lfn_desktop.store.store import Store
from lfn_desktop.store.writer import Writer


class Operations:
    def __init__(self, store: Store):
        self.store = store

    @contextmanager
    def _write(self) -> Iterator[Writer]:
        with self.store.write() as writer:
            yield writer

    @staticmethod
    def _changed(writer: Writer, main_id: str | None) -> Changed:
        return Changed.of_rows(writer.conn, main_id, writer.changed)

    @staticmethod
    def _row(writer: Writer, model: type[Synced], row_id: str | None) -> dict | None:
        """The live (not deleted) row ``row_id`` of ``model``, or None."""
        if not row_id:
            return None
        table = model.__table__
        row = writer.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(row) if row is not None and not row["deleted"] else None

    @classmethod
    def _live(cls, writer: Writer, model: type[Synced], row_id: str | None, field_name: str) -> dict:
        """The live row ``row_id`` of ``model``, or a NotFound naming the field."""
        row = cls._row(writer, model, row_id)
        if row is None:
            raise NotFound(f"No such {model.__tablename__.replace('_', ' ')}.", field=field_name)
        return row

    def _get(self, model: type[Synced], row_id: str):
        with self.store.read() as session:
            row = session.get(model, row_id)
        if row is None or row.deleted:
            raise NotFound(f"No such {model.__tablename__.replace('_', ' ')}.")
        return row


def today() -> date:
    return date.today()


def check_fields(changes: Mapping, allowed: set[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.",
                              field=sorted(unknown)[0], code="unknown_field")
