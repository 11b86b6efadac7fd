"""Sync conflicts: both values side by side, the user picks one; the choice syncs like any change."""

from __future__ import annotations

from sqlalchemy import select

from lfn_common.errors import ValidationError
from lfn_common.text_merge import MERGEABLE
from lfn_common.validation import optional_text
from lfn_common.wire import from_wire
from lfn_desktop.store.models import SYNCED_TABLES, SyncConflict

from .base import Changed, Operations

CHOICES = ("kept", "other")


class ConflictOps(Operations):
    def open(self, participant_id: str | None = None) -> list[SyncConflict]:
        """Unresolved conflicts (a coach sees those of her dossiers; a team lead's vault holds all)."""
        with self.store.read() as session:
            query = select(SyncConflict).where(SyncConflict.deleted.is_(False), SyncConflict.resolved.is_(False))
            if participant_id:
                query = query.where(SyncConflict.participant_id == participant_id)
            return list(session.scalars(query.order_by(SyncConflict.created_at)))

    def resolve(self, conflict_id: str, choice: str) -> Changed:
        """Keep what the merge kept ("kept"), or put the other value back ("other")."""
        if choice not in CHOICES:
            raise ValidationError("Choose which value to keep.", field="choice", code="choice")
        with self._write() as w:
            conflict = self._live(w, SyncConflict, conflict_id, "conflict_id")
            if conflict["resolved"]:
                raise ValidationError("This conflict was already resolved.", field="choice", code="resolved")
            model = SYNCED_TABLES[conflict["table_name"]]
            if choice == "other":
                value = conflict["other_value"].get("value")
                if conflict["field"] == "deleted":
                    (w.delete if value is True else w.undelete)(model, conflict["row_id"])
                else:
                    w.update(model, conflict["row_id"],
                             from_wire(conflict["table_name"], {conflict["field"]: value}))
            w.update(SyncConflict, conflict_id, {"resolved": True, "resolution": choice})
            return self._changed(w, conflict_id)

    def resolve_with_text(self, conflict_id: str, text: str) -> Changed:
        """Settle a conflict over free text by the text the coach wrote from both versions (it syncs as her edit)."""
        with self._write() as w:
            conflict = self._live(w, SyncConflict, conflict_id, "conflict_id")
            if conflict["resolved"]:
                raise ValidationError("This conflict was already resolved.", field="choice", code="resolved")
            if (conflict["table_name"], conflict["field"]) not in MERGEABLE:
                raise ValidationError("Only free text can be merged by hand.", field="choice", code="choice")
            w.update(SYNCED_TABLES[conflict["table_name"]], conflict["row_id"],
                     {conflict["field"]: optional_text(text, conflict["field"])})
            w.update(SyncConflict, conflict_id, {"resolved": True, "resolution": "edited"})
            return self._changed(w, conflict_id)
