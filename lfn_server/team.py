"""The team administered by its team lead from the app: people, laptops, organisations and who holds which dossier.

Every action is confined to the caller's partnership (a row of another one is "not found", as if it did not
exist), checked field by field, and written to the audit log under the team lead's name. Rows it makes or
changes (a new user, an organisation's end, assignments moved) are synced rows stamped by the server's clock, so
every laptop receives them. Moving a dossier respects the participant's consent: a coach whose organisation the
consent leaves out does not get it, and the dossier stays where it was.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import Connection, select, update

from lfn_common.consent import user_may_see
from lfn_common.team_protocol import (
    AddMemberRequest,
    AddOrganisationRequest,
    EndOrganisationRequest,
    MoveDossierRequest,
    TeamLaptop,
    TeamMember,
    TeamOrganisation,
    TeamOverview,
    TeamResult,
)

from . import admin
from .accept import write_audit
from .access import scope_of
from .auth import Caller
from .db import account, device, lock_partnership, row_state
from .errors import ApiError
from .rows import RowBook

OUTSIDE_CONSENT = ("The participant's consent does not name this coach's organisation: record her consent for it "
                   "first.")


def _not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"No such {what} in your partnership.")


def _account(conn: Connection, caller: Caller, user_id: str):
    row = conn.execute(select(account).where(account.c.user_id == user_id,
                                             account.c.partnership_id == caller.partnership_id)).mappings().first()
    if row is None:
        raise _not_found("user")
    return row


def _rows(conn: Connection, partnership_id: str, table: str) -> dict[str, dict]:
    return {row_id: data for row_id, data in conn.execute(select(row_state.c.row_id, row_state.c.data).where(
        row_state.c.partnership_id == partnership_id, row_state.c.table_name == table))}


def overview(conn: Connection, caller: Caller) -> TeamOverview:
    users = _rows(conn, caller.partnership_id, "app_user")
    members = [TeamMember(user_id=a["user_id"], name=users.get(a["user_id"], {}).get("name", ""),
                          username=a["username"], role=a["role"],
                          organisation_id=users.get(a["user_id"], {}).get("organisation_id"),
                          fte=users.get(a["user_id"], {}).get("fte") or 1.0, active=a["active"],
                          must_change_password=a["must_change_password"])
               for a in conn.execute(select(account).where(account.c.partnership_id == caller.partnership_id)
                                     .order_by(account.c.username)).mappings()]
    members.sort(key=lambda m: (not m.active, m.name.casefold()))
    laptops = [TeamLaptop(device_id=d["device_id"], name=d["name"], user_id=d["user_id"],
                          enrolled_at=d["enrolled_at"], last_seen_at=d["last_seen_at"] or d["enrolled_at"],
                          revoked_at=d["revoked_at"])
               for d in conn.execute(select(device).where(device.c.partnership_id == caller.partnership_id)
                                     .order_by(device.c.enrolled_at)).mappings()]
    organisations = sorted(
        (TeamOrganisation(organisation_id=row_id, name=data.get("name", ""), kind=data.get("kind", "other"),
                          left_on=data.get("left_on")) for row_id, data in
         _rows(conn, caller.partnership_id, "organisation").items() if not data.get("deleted")),
        key=lambda o: (o.left_on is not None, o.name.casefold()))
    return TeamOverview(members=members, laptops=laptops, organisations=organisations)


def _live_organisation(conn: Connection, caller: Caller, organisation_id: str | None) -> dict | None:
    if organisation_id is None:
        return None
    data = _rows(conn, caller.partnership_id, "organisation").get(organisation_id)
    if data is None or data.get("deleted"):
        raise _not_found("organisation")
    if data.get("left_on"):
        raise ApiError(400, "bad_request", "This organisation has left the partnership.")
    return data


def add_member(conn: Connection, caller: Caller, message: AddMemberRequest) -> TeamResult:
    """A new coach, team lead or member of the support group; she chooses her own password at her first sign-in."""
    _live_organisation(conn, caller, message.organisation_id)
    if message.role == "coach" and message.organisation_id is None:
        raise ApiError(400, "bad_request", "A coach belongs to a partner organisation: choose hers.")
    try:
        user_id = admin.add_user(conn, caller.partnership_id, message.name, message.username, message.password,
                                 message.role, organisation_id=message.organisation_id, fte=message.fte,
                                 must_change_password=True, by=caller)
    except admin.AdminError:
        raise ApiError(409, "taken", "This user name is taken; choose another.") from None
    except ValueError as exc:  # a password too short, a value out of its choices
        raise ApiError(400, "bad_request", str(exc)) from None
    return TeamResult(id=user_id)


def deactivate_member(conn: Connection, caller: Caller, user_id: str) -> TeamResult:
    """She can no longer sign in or sync; her laptops are revoked (and wipe their vaults at their next contact)."""
    if user_id == caller.user_id:
        raise ApiError(400, "bad_request", "You cannot deactivate your own account.")
    _account(conn, caller, user_id)
    revoked = _close_account(conn, caller, user_id)
    write_audit(conn, caller, "user_deactivated", Counter({None: 1}), unit=f"account, {revoked} laptop(s) revoked",
                user_id=user_id)
    return TeamResult(id=user_id)


def _close_account(conn: Connection, caller: Caller, user_id: str) -> int:
    """The account made inactive and its laptops revoked; returns how many laptops."""
    conn.execute(update(account).where(account.c.user_id == user_id).values(active=False))
    return _revoke_laptops_of(conn, caller, user_id)


def _revoke_laptops_of(conn: Connection, caller: Caller, user_id: str) -> int:
    laptops = conn.execute(select(device.c.device_id).where(device.c.user_id == user_id,
                                                            device.c.revoked_at.is_(None))).scalars().all()
    for device_id in laptops:
        admin.revoke_device(conn, device_id, by=caller)
    return len(laptops)


def reset_password(conn: Connection, caller: Caller, user_id: str, password: str) -> TeamResult:
    """A password the team lead hands over; the user replaces it at her next sign-in (her laptops sign in again)."""
    row = _account(conn, caller, user_id)
    try:
        admin.reset_password(conn, row["username"], password, must_change_password=True, by=caller)
    except ValueError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    return TeamResult(id=user_id)


def revoke_laptop(conn: Connection, caller: Caller, device_id: str) -> TeamResult:
    found = conn.execute(select(device.c.revoked_at).where(device.c.device_id == device_id,
                                                           device.c.partnership_id == caller.partnership_id)).first()
    if found is None:
        raise _not_found("laptop")
    if found.revoked_at is None:
        admin.revoke_device(conn, device_id, by=caller)
    return TeamResult(id=device_id)


def add_organisation(conn: Connection, caller: Caller, message: AddOrganisationRequest) -> TeamResult:
    organisation_id = admin.add_organisation(conn, caller.partnership_id, message.name, message.kind)
    write_audit(conn, caller, "organisation_added", Counter({None: 1}), unit=f"organisation {organisation_id}")
    return TeamResult(id=organisation_id)


def end_organisation(conn: Connection, caller: Caller, message: EndOrganisationRequest) -> TeamResult:
    """An organisation leaves: its end date set, its members deactivated, and their dossiers handed over in one step
    to a coach of a staying organisation (those whose consent leaves her out stay with their coach, and are named)."""
    organisation = _live_organisation(conn, caller, message.organisation_id)
    successor = _coach(conn, caller, message.hand_over_to)
    if successor.get("organisation_id") == message.organisation_id:
        raise ApiError(400, "bad_request", "Hand the dossiers over to a coach of an organisation that stays.")
    lock_partnership(conn, caller.partnership_id)
    book = RowBook(conn)
    current = book.get("organisation", message.organisation_id)
    book.server_update("organisation", message.organisation_id, {"left_on": message.left_on.isoformat()},
                       after=current.state.version)
    members = [user_id for user_id, data in _rows(conn, caller.partnership_id, "app_user").items()
               if data.get("organisation_id") == message.organisation_id]
    live = _live_assignments(conn, caller)
    moved, kept_back = 0, []
    for user_id in members:
        m, k = _move_assignments(book, caller, live, user_id, message.hand_over_to, successor)
        moved, kept_back = moved + m, kept_back + k
    book.flush()
    for user_id in members:
        if user_id != caller.user_id:
            _close_account(conn, caller, user_id)
    write_audit(conn, caller, "organisation_ended", Counter({None: 1}),
                unit=f"organisation {message.organisation_id} ({organisation.get('kind')}), {len(members)} member(s), "
                     f"{moved} dossier(s) handed over, {len(kept_back)} kept back by consent")
    return TeamResult(id=message.organisation_id, moved=moved, kept_back=sorted(kept_back))


def move_dossier(conn: Connection, caller: Caller, message: MoveDossierRequest) -> TeamResult:
    """A dossier handed from one coach to another (a partner's departure, a coach's leave)."""
    successor = _coach(conn, caller, message.to_user_id)
    _account(conn, caller, message.from_user_id)
    lock_partnership(conn, caller.partnership_id)
    book = RowBook(conn)
    moved, kept_back = _move_assignments(book, caller, _live_assignments(conn, caller), message.from_user_id,
                                         message.to_user_id, successor, only=message.participant_id)
    book.flush()
    if not moved and not kept_back:
        raise _not_found("dossier assigned to that coach")
    if kept_back:
        raise ApiError(409, "outside_consent", OUTSIDE_CONSENT + " The dossier stays with its coach.")
    return TeamResult(id=message.participant_id, moved=moved)


def assign_dossier(conn: Connection, caller: Caller, participant_id: str, user_id: str) -> TeamResult:
    """A coach (or team lead) assigned to a dossier, within the participant's consent."""
    coach = _coach(conn, caller, user_id)
    lock_partnership(conn, caller.partnership_id)
    book = RowBook(conn)
    dossier = _dossier(book, caller, participant_id)
    if not user_may_see(dossier.state.data.get("consent_organisation_ids"), caller.partnership_id, coach):
        raise ApiError(409, "outside_consent", OUTSIDE_CONSENT)
    if (participant_id, user_id) in _live_assignments(conn, caller):
        return TeamResult(id=participant_id)
    _start_assignment(book, caller, participant_id, user_id)
    book.flush()
    write_audit(conn, caller, "dossier_assigned", Counter({participant_id: 1}), unit="assignment")
    return TeamResult(id=participant_id, moved=1)


def unassign_dossier(conn: Connection, caller: Caller, participant_id: str, user_id: str) -> TeamResult:
    _account(conn, caller, user_id)
    lock_partnership(conn, caller.partnership_id)
    book = RowBook(conn)
    _dossier(book, caller, participant_id)
    row_id = _live_assignments(conn, caller).get((participant_id, user_id))
    if row_id is None:
        raise _not_found("assignment of that coach to that dossier")
    _end_assignment(book, row_id)
    book.flush()
    write_audit(conn, caller, "dossier_unassigned", Counter({participant_id: 1}), unit="assignment")
    return TeamResult(id=participant_id, moved=1)


def _dossier(book: RowBook, caller: Caller, participant_id: str):
    """A dossier of the partnership that the team lead may see (one whose consent leaves her out is not found)."""
    dossier = book.get("participant", participant_id)
    if dossier is None or dossier.partnership_id != caller.partnership_id or not scope_of(
            book.conn, caller).sees(participant_id):
        raise _not_found("dossier")
    return dossier


def _coach(conn: Connection, caller: Caller, user_id: str) -> dict:
    row = _account(conn, caller, user_id)
    if not row["active"] or row["role"] == "support_group":
        raise ApiError(400, "bad_request", "Dossiers go to an active coach or team lead.")
    return _rows(conn, caller.partnership_id, "app_user").get(user_id, {}) | {"role": row["role"]}


def _live_assignments(conn: Connection, caller: Caller) -> dict[tuple[str, str], str]:
    """(participant, user) -> the live assignment row, for the whole partnership."""
    return {(data.get("participant_id"), data.get("user_id")): row_id for row_id, data in
            _rows(conn, caller.partnership_id, "assignment").items() if not data.get("deleted")}


def _start_assignment(book: RowBook, caller: Caller, participant_id: str, user_id: str) -> None:
    book.server_insert("assignment", {"participant_id": participant_id, "user_id": user_id,
                                      "since": date.today().isoformat()}, caller.partnership_id,
                       participant_id=participant_id)


def _end_assignment(book: RowBook, row_id: str) -> None:
    book.server_update("assignment", row_id, {"deleted": True}, after=book.get("assignment", row_id).state.version,
                       op="delete")


def _move_assignments(book: RowBook, caller: Caller, live: dict[tuple[str, str], str], from_user: str, to_user: str,
                      successor: dict, *, only: str | None = None) -> tuple[int, list[str]]:
    """The live assignments of ``from_user`` ended and given to ``to_user`` where the consent allows it; ``live``
    (from :func:`_live_assignments`) follows, so that several coaches' dossiers can be moved in one request."""
    moved, kept_back = 0, []
    for (participant_id, user_id), row_id in sorted(live.items()):
        if user_id != from_user or (only is not None and participant_id != only):
            continue
        dossier = book.get("participant", participant_id)
        if dossier is None:
            continue
        if not user_may_see(dossier.state.data.get("consent_organisation_ids"), caller.partnership_id, successor):
            kept_back.append(participant_id)
            continue
        _end_assignment(book, row_id)
        del live[(participant_id, user_id)]
        if (participant_id, to_user) not in live:
            _start_assignment(book, caller, participant_id, to_user)
            live[(participant_id, to_user)] = "(made in this request)"
        write_audit(book.conn, caller, "dossier_moved", Counter({participant_id: 1}), unit="assignment")
        moved += 1
    return moved, kept_back
