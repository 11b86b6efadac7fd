"""Drafts of unfinished forms, kept inside the encrypted vault so nothing typed is lost on a lock or crash."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select

from lfn_desktop.store.models import Draft
from lfn_desktop.store.writer import utcnow

from .base import Operations


class DraftOps(Operations):
    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Keep ``payload`` (JSON-ready values) under ``key``, replacing an older draft."""
        with self.store.local_transaction() as conn:
            conn.execute(delete(Draft).where(Draft.key == key))
            conn.execute(insert(Draft).values(key=key, payload=payload, updated_at=utcnow()))

    def load(self, key: str) -> dict[str, Any] | None:
        with self.store.read() as session:
            return session.scalar(select(Draft.payload).where(Draft.key == key))

    def discard(self, key: str) -> None:
        with self.store.local_transaction() as conn:
            conn.execute(delete(Draft).where(Draft.key == key))

    def keys(self, prefix: str = "") -> list[str]:
        with self.store.read() as session:
            return list(session.scalars(select(Draft.key).where(Draft.key.startswith(prefix)).order_by(Draft.key)))
