"""Who may see and change which dossier. Enforced here, on the server, whatever a laptop sends.

A team lead sees her whole partnership. A coach sees the dossiers she is assigned to (a live ``assignment``
row with her user id), plus a dossier she created on one of her own laptops that nobody is assigned to yet
(an intake sends the participant before its assignment). Nobody sees another partnership's rows.
Reference data of the partnership (organisations, users, the social map, signals) is visible to all its
members; only a team lead may change the partnership, its organisations and its users.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from .auth import Caller
from .db import device, row_state


@dataclass(frozen=True)
class Scope:
    partnership_id: str
    everything: bool  # a team lead: every dossier of the partnership
    participants: frozenset[str]  # the dossiers a coach holds

    def sees(self, participant_id: str | None) -> bool:
        return participant_id is None or self.everything or participant_id in self.participants


def scope_of(conn: Connection, caller: Caller) -> Scope:
    if caller.is_lead:
        return Scope(caller.partnership_id, True, frozenset())
    assignments = conn.execute(select(row_state.c.participant_id, row_state.c.data).where(
        row_state.c.partnership_id == caller.partnership_id, row_state.c.table_name == "assignment")).all()
    live = [(participant, data) for participant, data in assignments if not data.get("deleted")]
    assigned = {participant for participant, data in live if data.get("user_id") == caller.user_id}
    anyone_assigned = {participant for participant, _ in live}
    own_devices = select(device.c.device_id).where(device.c.user_id == caller.user_id)
    created = set(conn.execute(select(row_state.c.row_id).where(
        row_state.c.partnership_id == caller.partnership_id, row_state.c.table_name == "participant",
        row_state.c.creator_device.in_(own_devices))).scalars())
    return Scope(caller.partnership_id, False, frozenset(assigned | (created - anyone_assigned)))
