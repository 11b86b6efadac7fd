"""Administration: the partnership, its organisations and users, devices. Used by the ``lfn-server`` CLI.

Reference rows made here are synced rows like any other (stamped by the server's clock and put in the
feed), so every laptop of the partnership receives them; the values go through the same domain checks as
in the app.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, update

from lfn_common.validation import (
    coerce_enum,
    normalise_enterprise_number,
    optional_text,
    require_text,
)
from lfn_common.vocabulary import OrganisationKind, Role

from .accept import write_audit
from .auth import Caller, hash_password, hash_token, new_token
from .db import account, audit_log, device, lock_partnership
from .rows import RowBook


class AdminError(Exception):
    """A plain sentence for the administrator."""


def _write(conn: Connection, partnership_id: str, table: str, values: dict, row_id: str | None = None) -> str:
    lock_partnership(conn, partnership_id)
    book = RowBook(conn)
    row_id = book.server_insert(table, values, partnership_id, row_id=row_id)
    book.flush()
    return row_id


def _partnership_exists(conn: Connection, partnership_id: str) -> None:
    if RowBook(conn).get("partnership", partnership_id) is None:
        raise AdminError(f"No partnership {partnership_id}.")


def create_partnership(conn: Connection, name: str, region: str | None = None) -> str:
    partnership_id = str(uuid.uuid4())
    values = {"name": require_text(name, "name"), "region": optional_text(region, "region", max_length=200)}
    return _write(conn, partnership_id, "partnership", values, row_id=partnership_id)


def add_organisation(conn: Connection, partnership_id: str, name: str, kind: str,
                     enterprise_number: str | None = None) -> str:
    _partnership_exists(conn, partnership_id)
    values = {"partnership_id": partnership_id, "name": require_text(name, "name"),
              "kind": coerce_enum(OrganisationKind, kind, "kind").value,
              "enterprise_number": normalise_enterprise_number(enterprise_number) if enterprise_number else None}
    return _write(conn, partnership_id, "organisation", values)


def add_user(conn: Connection, partnership_id: str, name: str, username: str, password: str, role: str, *,
             organisation_id: str | None = None, fte: float = 1.0, email: str | None = None,
             must_change_password: bool = False, by: Caller | None = None) -> str:
    _partnership_exists(conn, partnership_id)
    username = require_text(username, "username")
    if conn.execute(select(account.c.user_id).where(account.c.username == username)).first():
        raise AdminError(f"The user name {username!r} is taken.")
    role = coerce_enum(Role, role, "role").value
    password_hash = hash_password(password)
    user_id = _write(conn, partnership_id, "app_user", {
        "partnership_id": partnership_id, "organisation_id": organisation_id, "name": require_text(name, "name"),
        "role": role, "fte": float(fte), "email": optional_text(email, "email", max_length=200)})
    conn.execute(insert(account).values(user_id=user_id, partnership_id=partnership_id, username=username,
                                        password_hash=password_hash, role=role, active=True, failed_count=0,
                                        created_at=datetime.now(UTC), must_change_password=must_change_password))
    write_audit(conn, by, "user_added", Counter({None: 1}), unit="account", user_id=user_id)
    return user_id


def reset_password(conn: Connection, username: str, password: str, *, keep_devices: bool = False,
                   must_change_password: bool = False, by: Caller | None = None) -> None:
    """A new password, and the lock of repeated failures lifted. Unless told to keep them, the user's devices
    must sign in again (with the new password): their tokens stop working, their vaults are not wiped."""
    user_id = conn.execute(select(account.c.user_id).where(account.c.username == username)).scalar()
    if user_id is None:
        raise AdminError(f"No user {username!r}.")
    conn.execute(update(account).where(account.c.user_id == user_id).values(
        password_hash=hash_password(password), failed_count=0, locked_until=None,
        must_change_password=must_change_password))
    signed_out = 0
    if not keep_devices:
        for (device_id,) in conn.execute(select(device.c.device_id).where(device.c.user_id == user_id,
                                                                          device.c.revoked_at.is_(None))).all():
            # A hash no token has: the device is told to sign in again, as after the token's expiry.
            conn.execute(update(device).where(device.c.device_id == device_id).values(
                token_hash=hash_token(new_token())))  # a token nobody was given
            signed_out += 1
    write_audit(conn, by, "password_reset", Counter({None: 1}), unit=f"account, {signed_out} device(s) signed out",
                user_id=user_id)


def list_devices(conn: Connection, partnership_id: str | None = None) -> list[dict]:
    query = select(device.c.device_id, device.c.name, account.c.username, device.c.partnership_id,
                   device.c.enrolled_at, device.c.last_seen_at, device.c.revoked_at).join(
        account, account.c.user_id == device.c.user_id).order_by(account.c.username, device.c.enrolled_at)
    if partnership_id:
        query = query.where(device.c.partnership_id == partnership_id)
    return [dict(row) for row in conn.execute(query).mappings()]


def revoke_device(conn: Connection, device_id: str, *, by: Caller | None = None) -> None:
    """A lost laptop: its next contact is refused with "revoked", and the app then wipes its vault."""
    row = conn.execute(select(device).where(device.c.device_id == device_id)).mappings().first()
    if row is None:
        raise AdminError(f"No device {device_id}.")
    conn.execute(update(device).where(device.c.device_id == device_id).values(revoked_at=datetime.now(UTC)))
    caller = by or Caller(device_id, row["user_id"], row["partnership_id"], "", row["applied_seq"])
    write_audit(conn, caller, "revoke", Counter({None: 1}), unit=f"device {device_id}")


def audit_entries(conn: Connection, participant_id: str | None = None, limit: int = 100) -> list[dict]:
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if participant_id:
        query = query.where(audit_log.c.participant_id == participant_id)
    return [dict(row) for row in conn.execute(query).mappings()]
