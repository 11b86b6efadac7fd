"""The team administration messages a team lead's app exchanges with the server (no Qt, no HTTP).

Online only, under ``/api/v1/team``: the team lead's device token decides the partnership; every request is
checked field by field (pydantic here, the rules of :mod:`lfn_server.team` on top) and written to the audit log.
Passwords travel in these bodies only (gzip over TLS), never in a URL, and are never answered back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

_Id = Field(min_length=1, max_length=36)
RoleName = Literal["coach", "team_lead", "support_group"]
OrganisationKindName = Literal["civil_society", "local_government", "vdab", "other"]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TeamMember(_Message):
    user_id: str
    name: str
    username: str
    role: RoleName
    organisation_id: str | None
    fte: float
    active: bool
    must_change_password: bool


class TeamLaptop(_Message):
    device_id: str
    name: str
    user_id: str
    enrolled_at: datetime
    last_seen_at: datetime | None  # its last contact with the server (the enrolment at first), to the day
    revoked_at: datetime | None


class TeamOrganisation(_Message):
    organisation_id: str
    name: str
    kind: str
    left_on: date | None


class TeamOverview(_Message):
    members: list[TeamMember]
    laptops: list[TeamLaptop]
    organisations: list[TeamOrganisation]


class OverviewRequest(_Message):
    pass


class AddMemberRequest(_Message):
    name: str = Field(min_length=1, max_length=200)
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)  # given to her; she sets her own at first sign-in
    role: RoleName
    organisation_id: str | None = Field(default=None, max_length=36)
    fte: float = Field(default=1.0, gt=0, le=1.0)


class MemberRequest(_Message):
    user_id: str = _Id


class ResetPasswordRequest(_Message):
    user_id: str = _Id
    password: str = Field(min_length=1, max_length=1000)


class RevokeLaptopRequest(_Message):
    device_id: str = _Id


class AddOrganisationRequest(_Message):
    name: str = Field(min_length=1, max_length=200)
    kind: OrganisationKindName


class EndOrganisationRequest(_Message):
    organisation_id: str = _Id
    left_on: date
    hand_over_to: str = _Id  # the coach (of a staying organisation) who takes over its coaches' dossiers


class AssignRequest(_Message):
    participant_id: str = _Id
    user_id: str = _Id


class MoveDossierRequest(_Message):
    participant_id: str = _Id
    from_user_id: str = _Id
    to_user_id: str = _Id


class TeamResult(_Message):
    """What an action did: the new row's id where it made one, dossiers moved, and those the consent kept back."""

    id: str | None = None
    moved: int = 0
    kept_back: list[str] = Field(default_factory=list)  # dossiers whose consent does not name the new coach
