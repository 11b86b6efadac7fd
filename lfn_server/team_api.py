"""The team administration routes (``/api/v1/team``): the team lead's app, online, for her partnership only.

The device token says who asks; only a team lead's passes (``TeamLead``). The work is :mod:`lfn_server.team`,
in one transaction; the server's command line keeps doing the same through :mod:`lfn_server.admin`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from lfn_common.protocol import API_PREFIX
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

from . import team
from .auth import Caller
from .errors import ApiError
from .routing import ERRORS, DeviceCaller, ProtocolRoute, run_in_transaction


async def team_lead(caller: DeviceCaller) -> Caller:
    if not caller.is_lead:
        raise ApiError(403, "forbidden", "Only a team lead administers the team.")
    return caller


TeamLead = Annotated[Caller, Depends(team_lead)]
router = APIRouter(prefix=API_PREFIX + "/team", route_class=ProtocolRoute, responses={**ERRORS, 404: ERRORS[400]})


def _run(request: Request, work, *args):
    return run_in_transaction(request.app.state.engine, work, *args)


@router.post("/overview", response_model=TeamOverview)
async def overview(message: OverviewRequest, caller: TeamLead, request: Request) -> TeamOverview:
    return await _run(request, team.overview, caller)


@router.post("/members/add", response_model=TeamResult)
async def add_member(message: AddMemberRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.add_member, caller, message)


@router.post("/members/deactivate", response_model=TeamResult)
async def deactivate_member(message: MemberRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.deactivate_member, caller, message.user_id)


@router.post("/members/reset-password", response_model=TeamResult)
async def reset_password(message: ResetPasswordRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.reset_password, caller, message.user_id, message.password)


@router.post("/laptops/revoke", response_model=TeamResult)
async def revoke_laptop(message: RevokeLaptopRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.revoke_laptop, caller, message.device_id)


@router.post("/organisations/add", response_model=TeamResult)
async def add_organisation(message: AddOrganisationRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.add_organisation, caller, message)


@router.post("/organisations/end", response_model=TeamResult)
async def end_organisation(message: EndOrganisationRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.end_organisation, caller, message)


@router.post("/dossiers/move", response_model=TeamResult)
async def move_dossier(message: MoveDossierRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.move_dossier, caller, message)


@router.post("/dossiers/assign", response_model=TeamResult)
async def assign_dossier(message: AssignRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.assign_dossier, caller, message.participant_id, message.user_id)


@router.post("/dossiers/unassign", response_model=TeamResult)
async def unassign_dossier(message: AssignRequest, caller: TeamLead, request: Request) -> TeamResult:
    return await _run(request, team.unassign_dossier, caller, message.participant_id, message.user_id)
