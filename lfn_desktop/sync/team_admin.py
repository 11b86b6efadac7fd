"""The team lead's administration of her team, online, through the server's ``/team`` routes.

One short request per action, over the vault's own link (its device token, pinned certificate); nothing is kept
in the vault but what the next sync brings (a new user, moved assignments). Errors are the sync's own
(:mod:`lfn_desktop.sync.errors`): offline, refused with the server's reason, revoked.
"""

from __future__ import annotations

from datetime import date

from lfn_common.team_protocol import (
    AddMemberRequest,
    AddOrganisationRequest,
    AssignRequest,
    EndOrganisationRequest,
    MemberRequest,
    MoveDossierRequest,
    OverviewRequest,
    ResetPasswordRequest,
    RevokeLaptopRequest,
    TeamOverview,
    TeamResult,
)
from lfn_desktop.store.store import Store

from .transport import Transport


class TeamAdmin:
    def __init__(self, store: Store, *, transport=None):
        self.store, self._transport = store, transport

    def _post(self, path: str, message, reply=TeamResult):
        t = Transport.of_vault(self.store, transport=self._transport)
        try:
            return t.post("/team" + path, message, reply)
        finally:
            t.close()

    def overview(self) -> TeamOverview:
        return self._post("/overview", OverviewRequest(), TeamOverview)

    def add_member(self, name: str, username: str, password: str, role: str, organisation_id: str | None,
                   fte: float = 1.0) -> TeamResult:
        return self._post("/members/add", AddMemberRequest(name=name, username=username, password=password, role=role,
                                                           organisation_id=organisation_id, fte=fte))

    def deactivate_member(self, user_id: str) -> TeamResult:
        return self._post("/members/deactivate", MemberRequest(user_id=user_id))

    def reset_password(self, user_id: str, password: str) -> TeamResult:
        return self._post("/members/reset-password", ResetPasswordRequest(user_id=user_id, password=password))

    def revoke_laptop(self, device_id: str) -> TeamResult:
        return self._post("/laptops/revoke", RevokeLaptopRequest(device_id=device_id))

    def add_organisation(self, name: str, kind: str) -> TeamResult:
        return self._post("/organisations/add", AddOrganisationRequest(name=name, kind=kind))

    def end_organisation(self, organisation_id: str, left_on: date, hand_over_to: str) -> TeamResult:
        return self._post("/organisations/end", EndOrganisationRequest(
            organisation_id=organisation_id, left_on=left_on, hand_over_to=hand_over_to))

    def assign(self, participant_id: str, user_id: str) -> TeamResult:
        return self._post("/dossiers/assign", AssignRequest(participant_id=participant_id, user_id=user_id))

    def unassign(self, participant_id: str, user_id: str) -> TeamResult:
        return self._post("/dossiers/unassign", AssignRequest(participant_id=participant_id, user_id=user_id))

    def move(self, participant_id: str, from_user_id: str, to_user_id: str) -> TeamResult:
        return self._post("/dossiers/move", MoveDossierRequest(participant_id=participant_id,
                                                               from_user_id=from_user_id, to_user_id=to_user_id))
