"""Who may see a dossier by the participant's consent: one rule for the server's scope and the laptop's forms.

At intake the participant agrees which partner organisations may see her dossier
(``participant.consent_organisation_ids``). The partnership's own id in that list stands for its coordination:
the team lead who coordinates the partnership (and leads the case discussions) may see the dossier as such.

- Until the consent names anyone, the dossier stays with the people doing the intake: the coaches assigned to it
  (or the laptop that made it) and the team lead. An imported dossier starts like this.
- Once it names someone, a user sees the dossier only when her organisation is named; a team lead also when the
  coordination is named. Being assigned is still needed for a coach; it is never enough on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def names_audience(consent_ids: Iterable[str] | None) -> bool:
    """Does the consent say who may see the dossier (and so restrict it)?"""
    return bool(list(consent_ids or []))


def consent_allows(consent_ids: Iterable[str] | None, *, partnership_id: str, organisation_id: str | None,
                   is_lead: bool) -> bool:
    """May a user of ``organisation_id`` (a team lead or not) see a dossier with this consent?"""
    named = set(consent_ids or [])
    if not named:
        return True
    if organisation_id and organisation_id in named:
        return True
    return is_lead and partnership_id in named


def user_may_see(consent_ids: Iterable[str] | None, partnership_id: str, user: Mapping[str, Any]) -> bool:
    """:func:`consent_allows` for a user's row (its ``organisation_id`` and ``role``), as laptop and server hold it."""
    return consent_allows(consent_ids, partnership_id=partnership_id, organisation_id=user.get("organisation_id"),
                          is_lead=user.get("role") == "team_lead")
