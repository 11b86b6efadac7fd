"""The network map: people and organisations around the participant, their ties, dated snapshots."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from lfn_common.errors import ValidationError
from lfn_common.validation import (
    check_not_future,
    coerce_enum,
    coerce_enum_list,
    coerce_int_enum,
    optional_text,
    require_text,
)
from lfn_common.vocabulary import (
    ContactFrequency,
    NodeKind,
    Ring,
    Sector,
    SupportKind,
    TieDirection,
    TieQuality,
)
from lfn_common.wire import to_wire
from lfn_desktop.store.models import NetworkMap, NetworkNode, NetworkSnapshot, NetworkTie, SocialOrganisation

from .base import Changed, Operations, check_fields, today

NODE_FIELDS = {"label", "kind", "sector", "ring", "x", "y", "social_organisation_id", "note"}
TIE_FIELDS = {"quality", "direction", "frequency", "support_kinds"}


def clean_node(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "label":
            value = require_text(value, name, max_length=100)
        elif name == "kind":
            value = coerce_enum(NodeKind, value, name).value
        elif name == "sector":
            value = coerce_enum(Sector, value, name).value
        elif name == "ring":
            value = int(coerce_int_enum(Ring, value, name))
        elif name in ("x", "y"):
            try:
                value = float(value)
            except (TypeError, ValueError):
                value = math.nan
            if not math.isfinite(value):  # NaN would also never compare equal, so every save would sync
                raise ValidationError("A position is a number.", field=name, code="number")
        elif name == "note":
            value = optional_text(value, name)
        out[name] = value
    return out


def clean_tie(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "quality":
            value = coerce_enum(TieQuality, value, name).value
        elif name == "direction":
            value = coerce_enum(TieDirection, value, name).value if value else None
        elif name == "frequency":
            value = coerce_enum(ContactFrequency, value, name).value if value else None
        elif name == "support_kinds":
            value = [k.value for k in coerce_enum_list(SupportKind, value, name)]
        out[name] = value
    return out


class NetworkOps(Operations):
    def map_of(self, participant_id: str) -> NetworkMap:
        with self.store.read() as session:
            found = session.scalars(select(NetworkMap).where(
                NetworkMap.participant_id == participant_id, NetworkMap.deleted.is_(False))).first()
        if found is None:
            raise ValidationError("This participant has no network map.", field="participant_id", code="no_map")
        return found

    def add_node(self, map_id: str, *, label: str, kind: str, sector: str, ring: int, **fields: Any) -> Changed:
        check_fields(fields, NODE_FIELDS)
        values = clean_node({"label": label, "kind": kind, "sector": sector, "ring": ring} | fields)
        with self._write() as w:
            self._live(w, NetworkMap, map_id, "map_id")
            if values.get("social_organisation_id"):
                self._live(w, SocialOrganisation, values["social_organisation_id"], "social_organisation_id")
            return self._changed(w, w.insert(NetworkNode, values | {"map_id": map_id}))

    def update_node(self, node_id: str, **changes: Any) -> Changed:
        """Rename, move (ring, sector, x, y), relink: only the fields given change (they merge per field)."""
        check_fields(changes, NODE_FIELDS)
        values = clean_node(changes)
        with self._write() as w:
            self._live(w, NetworkNode, node_id, "node_id")
            if values.get("social_organisation_id"):
                self._live(w, SocialOrganisation, values["social_organisation_id"], "social_organisation_id")
            w.update(NetworkNode, node_id, values)
            return self._changed(w, node_id)

    def remove_node(self, node_id: str) -> Changed:
        """Remove a person from the map, with her ties."""
        with self._write() as w:
            self._live(w, NetworkNode, node_id, "node_id")
            table = NetworkTie.__table__
            ties = w.conn.execute(select(table.c.id).where(
                table.c.deleted.is_(False),
                (table.c.from_node_id == node_id) | (table.c.to_node_id == node_id))).scalars().all()
            for tie_id in ties:
                w.delete(NetworkTie, tie_id)
            w.delete(NetworkNode, node_id)
            return self._changed(w, node_id)

    def restore_node(self, node_id: str, tie_ids: list[str] = ()) -> Changed:
        """Undo a removal: the person comes back with the ties that went with her."""
        with self._write() as w:
            w.undelete(NetworkNode, node_id)
            for tie_id in tie_ids:
                w.undelete(NetworkTie, tie_id)
            return self._changed(w, node_id)

    def add_tie(self, map_id: str, to_node_id: str, *, quality: str, from_node_id: str | None = None,
                **fields: Any) -> Changed:
        """A tie from the participant (``from_node_id`` None) or between two people on the map."""
        check_fields(fields, TIE_FIELDS)
        values = clean_tie({"quality": quality} | fields)
        if from_node_id == to_node_id:
            raise ValidationError("A tie connects two different people.", field="to_node_id", code="self_tie")
        with self._write() as w:
            for node_id, name in ((to_node_id, "to_node_id"), (from_node_id, "from_node_id")):
                if node_id is not None and self._live(w, NetworkNode, node_id, name)["map_id"] != map_id:
                    raise ValidationError("That person is on another map.", field=name, code="other_map")
            return self._changed(w, w.insert(NetworkTie, values | {
                "map_id": map_id, "from_node_id": from_node_id, "to_node_id": to_node_id}))

    def update_tie(self, tie_id: str, **changes: Any) -> Changed:
        check_fields(changes, TIE_FIELDS)
        with self._write() as w:
            self._live(w, NetworkTie, tie_id, "tie_id")
            w.update(NetworkTie, tie_id, clean_tie(changes))
            return self._changed(w, tie_id)

    def remove_tie(self, tie_id: str) -> Changed:
        with self._write() as w:
            self._live(w, NetworkTie, tie_id, "tie_id")
            w.delete(NetworkTie, tie_id)
            return self._changed(w, tie_id)

    def save_snapshot(self, map_id: str, taken_on: date | None = None, label: str | None = None) -> Changed:
        """Freeze the map as it is now, to compare with later."""
        with self._write() as w:
            self._live(w, NetworkMap, map_id, "map_id")
            content = _map_content(w.conn, map_id)
            return self._changed(w, w.insert(NetworkSnapshot, {
                "map_id": map_id, "taken_on": check_not_future(taken_on, "taken_on") or today(), "content": content,
                "label": optional_text(label, "label", max_length=100)}))

    def nodes(self, map_id: str) -> list[NetworkNode]:
        with self.store.read() as session:
            return list(session.scalars(select(NetworkNode).where(
                NetworkNode.map_id == map_id, NetworkNode.deleted.is_(False))))

    def ties(self, map_id: str) -> list[NetworkTie]:
        with self.store.read() as session:
            return list(session.scalars(select(NetworkTie).where(
                NetworkTie.map_id == map_id, NetworkTie.deleted.is_(False))))

    def content(self, map_id: str) -> dict[str, Any]:
        """The map as it is now, in the form a snapshot stores (for exports and comparing with now)."""
        with self.store.read() as session:
            return _map_content(session.connection(), map_id)

    def snapshots(self, map_id: str) -> list[NetworkSnapshot]:
        with self.store.read() as session:
            return list(session.scalars(select(NetworkSnapshot).where(
                NetworkSnapshot.map_id == map_id, NetworkSnapshot.deleted.is_(False))
                .order_by(NetworkSnapshot.taken_on)))


def _map_content(conn: Connection, map_id: str) -> dict[str, Any]:
    content = {}
    for key, model in (("nodes", NetworkNode), ("ties", NetworkTie)):
        table = model.__table__
        rows = conn.execute(select(table).where(table.c.map_id == map_id, table.c.deleted.is_(False))).mappings()
        fields = ["id", *sorted(NODE_FIELDS if key == "nodes" else TIE_FIELDS | {"from_node_id", "to_node_id"})]
        content[key] = [to_wire(model.__tablename__, {f: row[f] for f in fields}) for row in rows]
    return content
