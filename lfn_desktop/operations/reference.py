"""The partnership's reference data: the partnership, member organisations, users, the social map."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lfn_common.errors import NotFound, ValidationError
from lfn_common.validation import (
    coerce_enum,
    normalise_enterprise_number,
    optional_text,
    require_text,
)
from lfn_common.vocabulary import OrganisationKind, Role, SocialOrgKind
from lfn_desktop.store.models import Organisation, Partnership, Persona, SocialOrganisation, User
from lfn_desktop.store.store import STATE_USER

from .base import Changed, Operations, check_fields


class ReferenceOps(Operations):
    def create_partnership(self, name: str, region: str | None = None) -> Changed:
        values = {"name": require_text(name, "name"), "region": optional_text(region, "region", max_length=200)}
        with self._write() as w:
            return self._changed(w, w.insert(Partnership, values))

    def add_organisation(self, partnership_id: str, name: str, kind: str, *, enterprise_number: str | None = None,
                         joined_on: date | None = None, left_on: date | None = None) -> Changed:
        values = self._organisation_values(
            {"name": name, "kind": kind, "enterprise_number": enterprise_number, "joined_on": joined_on,
             "left_on": left_on})
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            return self._changed(w, w.insert(Organisation, values | {"partnership_id": partnership_id}))

    def update_organisation(self, organisation_id: str, **changes) -> Changed:
        check_fields(changes, {"name", "kind", "enterprise_number", "joined_on", "left_on"})
        with self._write() as w:
            current = self._live(w, Organisation, organisation_id, "organisation_id")
            values = self._organisation_values({k: current[k] for k in changes} | changes, partial=True)
            w.update(Organisation, organisation_id, values)
            return self._changed(w, organisation_id)

    @staticmethod
    def _organisation_values(values: dict, partial: bool = False) -> dict:
        out = dict(values)
        if "name" in out:
            out["name"] = require_text(out["name"], "name")
        if "kind" in out:
            out["kind"] = coerce_enum(OrganisationKind, out["kind"], "kind").value
        if out.get("enterprise_number"):
            out["enterprise_number"] = normalise_enterprise_number(out["enterprise_number"])
        elif "enterprise_number" in out:
            out["enterprise_number"] = None
        joined, left = out.get("joined_on"), out.get("left_on")
        if joined and left and left < joined:
            raise ValidationError("An organisation cannot leave before it joined.", field="left_on",
                                  code="date_order")
        return out

    def add_user(self, partnership_id: str, name: str, role: str = Role.COACH, *,
                 organisation_id: str | None = None, fte: float = 1.0, email: str | None = None,
                 user_id: str | None = None) -> Changed:
        values = {
            "name": require_text(name, "name"),
            "role": coerce_enum(Role, role, "role").value,
            "fte": _check_fte(fte),
            "email": optional_text(email, "email", max_length=200),
            "organisation_id": organisation_id,
            "partnership_id": partnership_id,
        }
        if user_id:
            values["id"] = user_id
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            if organisation_id:
                self._live(w, Organisation, organisation_id, "organisation_id")
            return self._changed(w, w.insert(User, values))

    def update_user(self, user_id: str, **changes) -> Changed:
        check_fields(changes, {"name", "role", "fte", "email", "organisation_id"})
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "name")
        if "role" in changes:
            changes["role"] = coerce_enum(Role, changes["role"], "role").value
        if "fte" in changes:
            changes["fte"] = _check_fte(changes["fte"])
        with self._write() as w:
            self._live(w, User, user_id, "user_id")
            if changes.get("organisation_id"):
                self._live(w, Organisation, changes["organisation_id"], "organisation_id")
            w.update(User, user_id, changes)
            return self._changed(w, user_id)

    def add_social_organisation(self, partnership_id: str, name: str, kind: str, *,
                                municipality: str | None = None, phone: str | None = None,
                                note: str | None = None) -> Changed:
        values = {
            "partnership_id": partnership_id,
            "name": require_text(name, "name"),
            "kind": coerce_enum(SocialOrgKind, kind, "kind").value,
            "municipality": optional_text(municipality, "municipality", max_length=100),
            "phone": optional_text(phone, "phone", max_length=50),
            "note": optional_text(note, "note"),
        }
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            return self._changed(w, w.insert(SocialOrganisation, values))

    def save_persona(self, partnership_id: str, name: str, *, description: str | None = None,
                     contacts_per_month: float = 2.0, months: int | None = None,
                     persona_id: str | None = None) -> Changed:
        """A persona of the partnership, new or changed (the team lead keeps them; the server lets only her)."""
        values = {"name": require_text(name, "name", max_length=100),
                  "description": optional_text(description, "description"),
                  "contacts_per_month": _check_intensity(contacts_per_month),
                  "months": None if months in (None, 0) else int(months)}
        with self._write() as w:
            self._live(w, Partnership, partnership_id, "partnership_id")
            taken = {row.id for row in w.conn.execute(select(Persona.__table__.c.id).where(
                Persona.__table__.c.name == values["name"], Persona.__table__.c.deleted.is_(False)))}
            if taken - {persona_id}:
                raise ValidationError("There is a persona with this name already.", field="name", code="taken")
            if persona_id:
                self._live(w, Persona, persona_id, "persona_id")
                w.update(Persona, persona_id, values)
                return self._changed(w, persona_id)
            return self._changed(w, w.insert(Persona, values | {"partnership_id": partnership_id}))

    def personas(self) -> list[Persona]:
        return sorted(self._all(Persona), key=lambda p: p.name.casefold())

    def set_current_user(self, user_id: str) -> None:
        """Say whose laptop this is: that user becomes the author of every following change."""
        self._get(User, user_id)
        self.store.set_state(STATE_USER, user_id)

    # --- reads -----------------------------------------------------------------------------------

    def current_user(self) -> User | None:
        """The vault's user; None before one is set, and for the support group, whose vault holds no users."""
        if not self.store.user_id:
            return None
        try:
            return self._get(User, self.store.user_id)
        except NotFound:
            return None

    def partnerships(self) -> list[Partnership]:
        return self._all(Partnership)

    def organisations(self) -> list[Organisation]:
        return self._all(Organisation)

    def users(self) -> list[User]:
        return self._all(User)

    def social_organisations(self) -> list[SocialOrganisation]:
        return self._all(SocialOrganisation)

    def _all(self, model):
        with self.store.read() as session:
            return list(session.scalars(select(model).where(model.deleted.is_(False)).order_by(model.name)))


def _check_intensity(contacts_per_month) -> float:
    try:
        value = float(contacts_per_month)
    except (TypeError, ValueError):
        raise ValidationError("Give a number of contacts a month.", field="contacts_per_month",
                              code="number") from None
    if not 0 < value <= 31:
        raise ValidationError("Between 0 and 31 contacts a month.", field="contacts_per_month", code="range")
    return value


def _check_fte(fte) -> float:
    try:
        value = float(fte)
    except (TypeError, ValueError):
        value = -1.0
    if not 0 < value <= 1.0:
        raise ValidationError("FTE is a number above 0 and at most 1.", field="fte", code="fte")
    return value
