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
from sqlalchemy import Connection, case, func, insert, or_, select, update

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

    @property
    def is_support_group(self) -> bool:
        return self.role == "support_group"


# One answer for a wrong name, a wrong password and a locked account, so that nobody learns from the server
# which accounts exist or are locked; the coach who is locked out reads what to do in the same sentence.
WRONG_SIGN_IN = ("The name or the password is wrong, or the account is locked for a quarter of an hour after "
                 "repeated wrong passwords (your team lead can reset it).")


@dataclass(frozen=True)
class SignInCheck:
    """What a sign-in needs from the database before the password is checked (read outside any write)."""

    account: dict | None  # None for an unknown name
    locked: bool
    rate_limited: bool


def sign_in_check(conn: Connection, username: str, client: str) -> SignInCheck:
    moment = now()
    recent_failures = conn.execute(select(func.count()).select_from(sign_in_attempt).where(
        sign_in_attempt.c.client == client, sign_in_attempt.c.ok.is_(False),
        sign_in_attempt.c.at >= moment - CLIENT_WINDOW)).scalar_one()
    row = conn.execute(select(account).where(account.c.username == username)).mappings().first()
    locked_until = _aware(row["locked_until"]) if row else None
    return SignInCheck(dict(row) if row else None, bool(locked_until and locked_until > moment),
                       recent_failures >= CLIENT_MAX_FAILURES)


def password_matches(check: SignInCheck, password: str) -> bool:
    """Argon2's slow comparison, run outside every transaction; an unknown or locked account is compared with a
    dummy hash, so that every refusal takes as long as a wrong password."""
    usable = check.account is not None and check.account["active"] and not check.locked
    try:
        _hasher.verify(check.account["password_hash"] if usable else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return usable


PASSWORD_CHANGE_REQUIRED = ("Choose a password of your own: the one you signed in with was given to you by your team "
                            "lead.")


def settle_password_change(conn: Connection, user: dict, new_password: str | None) -> None:
    """At a sign-in whose password matched: a password given by the team lead is replaced by one of the user's
    own before any device is enrolled (refused with ``password_change_required`` until she gives one)."""
    if new_password is None:
        if user.get("must_change_password"):
            raise ApiError(403, "password_change_required", PASSWORD_CHANGE_REQUIRED)
        return
    try:
        new_hash = hash_password(new_password)
    except ValueError as exc:
        raise ApiError(400, "weak_password", str(exc)) from None
    try:
        same = _hasher.verify(user["password_hash"], new_password)
    except (VerificationError, InvalidHashError):
        same = False
    if same:
        raise ApiError(400, "weak_password", "Choose another password than the one you were given.")
    conn.execute(update(account).where(account.c.user_id == user["user_id"]).values(
        password_hash=new_hash, must_change_password=False))


def record_sign_in(conn: Connection, user_id: str, username: str, client: str) -> None:
    conn.execute(insert(sign_in_attempt).values(username=username[:200], client=client[:64], at=now(), ok=True))
    conn.execute(update(account).where(account.c.user_id == user_id).values(failed_count=0, locked_until=None))


def record_failed_sign_in(conn: Connection, username: str, client: str) -> tuple[str | None, bool]:
    """Count a wrong name or password for the client address and towards the account's lock, in one statement
    per row (concurrent failures cannot overwrite each other's count); returns the account concerned (None for
    an unknown name) and whether this failure locked it. Every attempt stays, as long as the audit log."""
    moment = now()
    conn.execute(insert(sign_in_attempt).values(username=username[:200], client=client[:64], at=moment, ok=False))
    reaches = account.c.failed_count + 1 >= MAX_FAILURES
    locking = conn.execute(
        update(account).where(account.c.username == username, or_(
            account.c.locked_until.is_(None), account.c.locked_until <= moment))
        .values(failed_count=case((reaches, 0), else_=account.c.failed_count + 1),
                locked_until=case((reaches, moment + LOCK_TIME), else_=account.c.locked_until))
        .returning(account.c.user_id, account.c.locked_until)).first()
    if locking is None:  # an unknown name, or an account locked already
        known = conn.execute(select(account.c.user_id).where(account.c.username == username)).scalar()
        return known, False
    return locking.user_id, locking.locked_until is not None


TOKEN_LIFETIME = timedelta(days=90)  # a token unused this long stops working (serve --token-days)


def authenticate(conn: Connection, token: str | None, lifetime: timedelta = TOKEN_LIFETIME) -> Caller:
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
    moment, seen = now(), _aware(row["last_seen_at"] or row["enrolled_at"])
    if seen is not None and seen < moment - lifetime:
        raise ApiError(401, "expired", f"This laptop has not synced for more than {lifetime.days} days; sign in "
                       "again to link it (its vault stays as it is).")
    if seen is None or seen < moment - timedelta(days=1):  # each sync keeps the token alive; one write a day
        conn.execute(update(device).where(device.c.device_id == row["device_id"]).values(last_seen_at=moment))
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
