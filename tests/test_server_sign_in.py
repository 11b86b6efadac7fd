"""Signing in, attacked: the same answer for an unknown name, a wrong password and a locked account; failures
counted atomically when they come at once; the password checked outside every write (other laptops' syncs do not
wait behind a burst of bad sign-ins); attempts and lock-outs in the audit log; a password reset signs the user's
laptops out without wiping them; a token unused for its lifetime expires; an address forged in X-Forwarded-For
buys no extra tries. Both databases, over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select, update

from lfn_common.protocol import API_PREFIX
from lfn_desktop.sync.errors import SignInFailed
from lfn_server import admin
from lfn_server.auth import CLIENT_MAX_FAILURES, WRONG_SIGN_IN
from lfn_server.db import account, audit_log, device, sign_in_attempt

from .sync_support import PASSWORD, Laptop, ServerProcess, make_partnership


@pytest.fixture
def partnership(server):
    return make_partnership(server.engine)


def enrol(url: str, username: str, password: str, **headers) -> httpx.Response:
    return httpx.post(url + API_PREFIX + "/enrol", json={"username": username, "password": password,
                                                         "device_id": str(uuid.uuid4())}, headers=headers, timeout=60)


def test_unknown_wrong_and_locked_get_one_answer(server, partnership):
    unknown = enrol(server.url, "niemand", PASSWORD)
    wrong = enrol(server.url, "bram", "not the password")
    for _ in range(4):
        enrol(server.url, "bram", "not the password")
    locked = enrol(server.url, "bram", PASSWORD)  # the right password, on a locked account

    answers = {(r.status_code, r.json()["error"], r.json()["message"]) for r in (unknown, wrong, locked)}
    assert answers == {(401, "unauthorised", WRONG_SIGN_IN)}


def test_wrong_passwords_sent_at_once_are_all_counted(server, partnership):
    with ThreadPoolExecutor(12) as pool:
        replies = list(pool.map(lambda _: enrol(server.url, "anouk", "twelve at once"), range(12)))

    assert {r.status_code for r in replies} == {401}
    with server.engine.connect() as conn:
        locked_until = conn.execute(select(account.c.locked_until).where(account.c.username == "anouk")).scalar()
        failures = conn.execute(select(sign_in_attempt.c.id).where(sign_in_attempt.c.username == "anouk",
                                                                   sign_in_attempt.c.ok.is_(False))).all()
        audit = [r.action for r in conn.execute(select(audit_log.c.action).where(
            audit_log.c.action.in_(["sign_in_failed", "locked_out"])))]
    assert locked_until is not None  # five of them locked the account, however they interleaved
    assert len(failures) == 12 and audit.count("sign_in_failed") == 12 and audit.count("locked_out") >= 1
    assert enrol(server.url, "anouk", PASSWORD).status_code == 401


def test_sign_in_attempts_are_kept_like_the_audit(server, partnership):
    with server.engine.begin() as conn:
        conn.execute(sign_in_attempt.insert().values(username="oud", client="10.0.0.9", ok=False,
                                                     at=datetime.now(UTC) - timedelta(days=40)))
    enrol(server.url, "bram", "wrong once")
    with server.engine.connect() as conn:
        names = [r.username for r in conn.execute(select(sign_in_attempt.c.username))]
    assert "oud" in names and "bram" in names


def test_a_password_reset_signs_the_laptops_out_but_keeps_their_vaults(server, partnership, tmp_path):
    laptop = Laptop(tmp_path / "anouk", server.url, "anouk")
    person = laptop.ws.participants.intake(laptop.partnership_id, given_name="Blijft").id
    with server.engine.begin() as conn:
        admin.reset_password(conn, "anouk", "een nieuw wachtwoord")

    with pytest.raises(SignInFailed):
        laptop.sync()

    assert laptop.store.paths.key.exists() and laptop.ws.queries.dossier(person)  # nothing wiped, nothing lost
    from lfn_desktop.sync.engine import enrol as enrol_laptop

    enrol_laptop(laptop.store, server.url, "anouk", "een nieuw wachtwoord")
    assert laptop.sync().pushed >= 1  # the unsent work goes up after signing in again
    with server.engine.connect() as conn:
        assert conn.execute(select(audit_log.c.detail).where(audit_log.c.action == "password_reset")).scalar() \
            == "1 account, 1 device(s) signed out"
    laptop.close()


def test_a_reset_that_keeps_the_devices_leaves_them_syncing(server, partnership, tmp_path):
    laptop = Laptop(tmp_path / "bram", server.url, "bram")
    with server.engine.begin() as conn:
        admin.reset_password(conn, "bram", "een nieuw wachtwoord", keep_devices=True)
    laptop.sync()
    laptop.close()


def test_a_token_unused_for_its_lifetime_expires_without_wiping(server, partnership, tmp_path):
    laptop = Laptop(tmp_path / "anouk", server.url, "anouk")
    with server.engine.begin() as conn:
        conn.execute(update(device).where(device.c.device_id == laptop.store.device_id).values(
            last_seen_at=datetime.now(UTC) - timedelta(days=91)))

    with pytest.raises(SignInFailed, match="sign in again"):
        laptop.sync()

    assert laptop.store.paths.key.exists()
    laptop.close()


def test_sequence_numbers_beyond_any_real_count_are_refused_not_a_server_error(server, partnership):
    reply = httpx.post(server.url + API_PREFIX + "/enrol", json={
        "username": "anouk", "password": PASSWORD, "device_id": str(uuid.uuid4()), "first_seq": 2**64})
    assert reply.status_code == 400 and "first_seq" in reply.text
    ok = enrol(server.url, "anouk", PASSWORD).json()
    push = httpx.post(server.url + API_PREFIX + "/sync/push", headers={"Authorization": f"Bearer {ok['token']}"},
                      json={"device_id": "x", "changes": [{"change_id": str(uuid.uuid4()), "table": "participant",
                                                           "row_id": str(uuid.uuid4()), "op": "insert", "data": {},
                                                           "version": "v", "device_id": "x", "device_seq": 2**63,
                                                           "recorded_at": datetime.now(UTC).isoformat()}]})
    assert push.status_code == 400 and "device_seq" in push.text


def test_a_forged_forwarded_address_buys_no_extra_tries(tmp_path):
    data = tmp_path / "server"
    env = dict(os.environ, LFN_SERVER_PASSWORD="")
    cli = [sys.executable, "-m", "lfn_server.cli", "--data-dir", str(data)]
    made = subprocess.run(cli + ["add-partnership", "LP Vervalst"], capture_output=True, text=True, env=env,
                          check=True)
    partnership_id = made.stdout.strip().split()[-1]
    subprocess.run(cli + ["add-user", "--partnership", partnership_id, "--name", "Coach Vals", "--username", "vals",
                          "--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True, check=True)
    with ServerProcess(data) as running:
        replies = [enrol(running.url, "niemand", "x", **{"X-Forwarded-For": f"203.0.113.{n}"})
                   for n in range(CLIENT_MAX_FAILURES + 1)]

    assert replies[-1].status_code == 429  # every forged address was counted as this one client


def test_a_change_far_ahead_of_the_laptops_sequence_is_refused_not_held_for_ever(server, partnership):
    from lfn_server.db import held_change

    from .test_sync_hostile import RawDevice, participant_data, statuses

    hostile = RawDevice(server, "anouk")
    far = hostile.change("participant", str(uuid.uuid4()), participant_data(hostile.partnership_id, "Verweg"),
                         seq=10**9)
    near = hostile.change("participant", str(uuid.uuid4()), participant_data(hostile.partnership_id, "Straks"),
                          seq=3)

    [(far_status, far_reason), (near_status, _)] = statuses(hostile.push(far, near))

    assert far_status == "rejected" and "never arrived" in far_reason
    assert near_status == "held"  # a small gap may still fill
    with server.engine.connect() as conn:
        assert [r.device_seq for r in conn.execute(select(held_change.c.device_seq))] == [3]
