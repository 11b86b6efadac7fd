"""Passwords, device tokens and sign-in limits. Tokens and passwords are never logged or stored in clear.

A device token is 256 random bits; the server keeps only its SHA-256 (a fast hash is enough for a random
secret, and a stolen database then holds no usable token). Passwords are Argon2id hashes. Failed sign-ins
are counted in the database (so every server instance sees them): five wrong passwords lock the account
for a quarter of an hour, and one client address gets a bounded number of tries per window.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update

from .db import account, device, sign_in_attempt
from .errors import ApiError

MAX_FAILURES = 5
LOCK_TIME = timedelta(minutes=15)
CLIENT_WINDOW = timedelta(minutes=10)
CLIENT_MAX_FAILURES = 30
MIN_PASSWORD = 10

_hasher = PasswordHasher()
# Compared against when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything here is UTC.
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")
    return _hasher.hash(password)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Caller:
    """The authenticated device and its user, as every sync request sees them."""

    device_id: str
    user_id: str
    partnership_id: str
    role: str
    applied_seq: int

    @property
    def is_lead(self) -> bool:
        return self.role == "team_lead"


def sign_in(conn: Connection, username: str, password: str, client: str) -> dict | None:
    """The account if name and password match, None if not; raises when the account or address is locked.

    A failure is recorded by :func:`record_failed_sign_in` in a transaction of its own (the caller's
    transaction ends with the error).
    """
    moment = now()
    recent_failures = conn.execute(select(func.count()).select_from(sign_in_attempt).where(
        sign_in_attempt.c.client == client, sign_in_attempt.c.ok.is_(False),
        sign_in_attempt.c.at >= moment - CLIENT_WINDOW)).scalar_one()
    if recent_failures >= CLIENT_MAX_FAILURES:
        raise ApiError(429, "rate_limited", "Too many failed sign-ins from this address; try again later.")
    row = conn.execute(select(account).where(account.c.username == username)).mappings().first()
    locked_until = _aware(row["locked_until"]) if row else None
    if row and locked_until and locked_until > moment:
        minutes = max(1, int((locked_until - moment).total_seconds() // 60) + 1)
        raise ApiError(423, "locked", "This account is locked after repeated wrong passwords; try again in "
                       f"{minutes} minutes or ask your team lead.")
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
        ok = row is not None and row["active"]
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        return None
    conn.execute(insert(sign_in_attempt).values(username=username[:200], client=client[:64], at=moment, ok=True))
    conn.execute(update(account).where(account.c.user_id == row["user_id"]).values(failed_count=0,
                                                                                  locked_until=None))
    return dict(row)


def record_failed_sign_in(conn: Connection, username: str, client: str) -> None:
    """Count a wrong name or password: for the client address, and towards the account's lock."""
    moment = now()
    conn.execute(delete(sign_in_attempt).where(sign_in_attempt.c.at < moment - timedelta(days=1)))
    conn.execute(insert(sign_in_attempt).values(username=username[:200], client=client[:64], at=moment, ok=False))
    row = conn.execute(select(account.c.user_id, account.c.failed_count).where(account.c.username == username)
                       ).first()
    if row is None:
        return
    failures = row.failed_count + 1
    values = {"failed_count": 0, "locked_until": moment + LOCK_TIME} if failures >= MAX_FAILURES \
        else {"failed_count": failures}
    conn.execute(update(account).where(account.c.user_id == row.user_id).values(**values))


def authenticate(conn: Connection, token: str | None) -> Caller:
    """The device behind a bearer token; a revoked device gets the ``revoked`` answer that makes it wipe."""
    if not token:
        raise ApiError(401, "unauthorised", "Sign in first (no device token).")
    row = conn.execute(select(device, account.c.role, account.c.active).join(
        account, account.c.user_id == device.c.user_id).where(device.c.token_hash == hash_token(token))
    ).mappings().first()
    if row is None:
        raise ApiError(401, "unauthorised", "This device token is not known to the server; enrol again.")
    if row["revoked_at"] is not None:
        raise ApiError(401, "revoked", "This device was revoked by the partnership.")
    if not row["active"]:
        raise ApiError(401, "unauthorised", "This account is no longer active.")
    return Caller(row["device_id"], row["user_id"], row["partnership_id"], row["role"], row["applied_seq"])


def enrol_device(conn: Connection, user: dict, device_id: str, name: str, first_seq: int = 1) -> str:
    """Register (or re-register) a device for a user; returns the new token, shown only this once."""
    token = new_token()
    existing = conn.execute(select(device).where(device.c.device_id == device_id)).mappings().first()
    if existing is not None:
        if existing["revoked_at"] is not None:
            raise ApiError(403, "revoked", "This device was revoked; set up a new vault to enrol again.")
        if existing["user_id"] != user["user_id"]:
            raise ApiError(409, "conflict", "This device is enrolled for someone else.")
        conn.execute(update(device).where(device.c.device_id == device_id).values(
            token_hash=hash_token(token), name=name, last_seen_at=now()))
        return token
    conn.execute(insert(device).values(device_id=device_id, user_id=user["user_id"],
                                       partnership_id=user["partnership_id"], name=name,
                                       token_hash=hash_token(token), enrolled_at=now(), applied_seq=first_seq - 1))
    return token
