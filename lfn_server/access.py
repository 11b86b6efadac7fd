"""Who may see and change which dossier. Enforced here, on the server, whatever a laptop sends.

A team lead sees her whole partnership. A coach sees the dossiers she is assigned to (a live ``assignment``
row with her user id), plus a dossier she created on one of her own laptops that nobody is assigned to yet
(an intake sends the participant before its assignment). Both only as far as the participant's consent allows
(:mod:`lfn_common.consent`): a dossier whose consent does not name her organisation (or, for a team lead, the
coordination) is hidden from her. Nobody sees another partnership's rows.
Reference data of the partnership (organisations, users, the social map, signals) is visible to all its
members; only a team lead may change the partnership, its organisations and its users. The support group sees
no dossier and no reference data but the partnership and the figures its team lead published, and changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, select

from lfn_common.consent import consent_allows
from lfn_common.protocol import SUPPORT_GROUP_TABLES

from .auth import Caller
from .db import device, dossier_consent, row_state
from .rows import chunks


@dataclass(frozen=True)
class Scope:
    partnership_id: str
    everything: bool  # a team lead: every dossier of the partnership but the hidden ones
    participants: frozenset[str]  # the dossiers a coach holds
    hidden: frozenset[str] = frozenset()  # a team lead's dossiers whose consent leaves her out
    tables: frozenset[str] | None = None  # only these tables (the support group); None: every table

    def token(self) -> str:
        """A short fingerprint of what this scope lets through: equal tokens, equal scopes."""
        h = hashlib.sha256(f"{self.partnership_id}|{self.everything}|{sorted(self.tables or ())}".encode())
        for participant in sorted(self.hidden if self.everything else self.participants):
            h.update(participant.encode())
        return h.hexdigest()[:32]

    def sees(self, participant_id: str | None) -> bool:
        if participant_id is None:
            return True
        if self.everything:
            return participant_id not in self.hidden
        return participant_id in self.participants


def organisation_of(conn: Connection, user_id: str) -> str | None:
    """The user's organisation, as the partnership's synced ``app_user`` row says now."""
    data = conn.execute(select(row_state.c.data).where(row_state.c.table_name == "app_user",
                                                       row_state.c.row_id == user_id)).scalar()
    return (data or {}).get("organisation_id")


def scope_of(conn: Connection, caller: Caller) -> Scope:
    if caller.is_support_group:
        return Scope(caller.partnership_id, False, frozenset(), tables=SUPPORT_GROUP_TABLES)
    organisation = organisation_of(conn, caller.user_id)
    if caller.is_lead:
        # Only dossiers whose consent names people, without the coordination: few, and an index finds them.
        unnamed = conn.execute(select(dossier_consent.c.participant_id, dossier_consent.c.organisation_ids).where(
            dossier_consent.c.partnership_id == caller.partnership_id, dossier_consent.c.coordination.is_(False)))
        return Scope(caller.partnership_id, True, frozenset(), frozenset(_refused(unnamed, caller, organisation)))
    assigned = {participant for participant, data in conn.execute(select(
        row_state.c.participant_id, row_state.c.data).where(
        row_state.c.partnership_id == caller.partnership_id, row_state.c.table_name == "assignment",
        row_state.c.assigned_user_id == caller.user_id)) if not data.get("deleted")}
    own_devices = list(conn.execute(select(device.c.device_id).where(device.c.user_id == caller.user_id)).scalars())
    created = {row_id for row_id, partnership in conn.execute(select(row_state.c.row_id, row_state.c.partnership_id)
                                                              .where(row_state.c.creator_device.in_(own_devices),
                                                                     row_state.c.table_name == "participant"))
               if partnership == caller.partnership_id}
    anyone_assigned = set()  # of the dossiers she made, those someone is assigned to (hers only if she is)
    for chunk in chunks(sorted(created - assigned)):
        anyone_assigned |= {participant for participant, data in conn.execute(select(
            row_state.c.participant_id, row_state.c.data).where(
            row_state.c.partnership_id == caller.partnership_id, row_state.c.table_name == "assignment",
            row_state.c.participant_id.in_(chunk))) if not data.get("deleted")}
    held = assigned | (created - anyone_assigned)
    return Scope(caller.partnership_id, False, frozenset(held - refused_by_consent(
        conn, caller, organisation, held)))


def refused_by_consent(conn: Connection, caller: Caller, organisation: str | None, participants: set[str]) -> set[str]:
    """Those of ``participants`` whose consent does not let this user see them."""
    refused = set()
    for chunk in chunks(sorted(participants)):
        refused |= _refused(conn.execute(select(dossier_consent.c.participant_id, dossier_consent.c.organisation_ids)
                                         .where(dossier_consent.c.participant_id.in_(chunk))), caller, organisation)
    return refused


def _refused(consents, caller: Caller, organisation: str | None) -> set[str]:
    """Of these (participant, consent list) pairs, the dossiers this user may not see."""
    return {participant for participant, ids in consents
            if not consent_allows(ids, partnership_id=caller.partnership_id, organisation_id=organisation,
                                  is_lead=caller.is_lead)}
