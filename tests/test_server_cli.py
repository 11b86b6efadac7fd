"""The administrator's side: `lfn-server` sets up a partnership and its users, lists and revokes devices, and
keeps its embedded database encrypted."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid

import httpx
import pytest
from sqlalchemy import select

from lfn_common.protocol import API_PREFIX
from lfn_server.app import create_app
from lfn_server.db import account, make_engine

from .sync_support import ServerThread


def lfn_server(data_dir, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lfn_server.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_an_administrator_sets_up_a_partnership_and_revokes_a_lost_laptop(tmp_path):
    data = tmp_path / "server"
    pid = lfn_server(data, "add-partnership", "LP Testrand", "--region", "Testregio").stdout.strip()
    uuid.UUID(pid)
    org = lfn_server(data, "add-organisation", "--partnership", pid, "Buurtwerk Testrand vzw",
                     "--kind", "civil_society", "--enterprise-number", "0403.170.701")
    assert org.returncode == 0, org.stderr
    short = lfn_server(data, "add-user", "--partnership", pid, "--name", "Coach Anouk", "--username", "anouk",
                       "--password-stdin", stdin="kort\n")
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    user = lfn_server(data, "add-user", "--partnership", pid, "--name", "Coach Anouk", "--username", "anouk",
                      "--password-stdin", stdin="een lang genoeg wachtwoord\n")
    assert user.returncode == 0, user.stderr
    bad_org = lfn_server(data, "add-organisation", "--partnership", pid, "Nep", "--kind", "club")
    assert bad_org.returncode == 1 and "kind" in bad_org.stderr

    engine = make_engine(f"sqlite:///{data / 'server.db'}")
    with engine.connect() as conn:
        stored = conn.execute(select(account.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$") and "wachtwoord" not in stored
    device_id = str(uuid.uuid4())
    with ServerThread(engine) as server:
        reply = httpx.post(server.url + API_PREFIX + "/enrol", json={
            "username": "anouk", "password": "een lang genoeg wachtwoord", "device_id": device_id,
            "device_name": "laptop Anouk"})
        assert reply.status_code == 200
    engine.dispose()

    devices = json.loads(lfn_server(data, "list-devices").stdout)
    assert [(d["device_id"], d["username"], d["revoked_at"]) for d in devices] == [(device_id, "anouk", None)]
    assert lfn_server(data, "revoke-device", device_id).returncode == 0
    [revoked] = json.loads(lfn_server(data, "list-devices").stdout)
    assert revoked["revoked_at"] is not None
    actions = [entry["action"] for entry in json.loads(lfn_server(data, "audit").stdout)]
    assert actions[:2] == ["revoke", "enrol"]
    assert lfn_server(data, "revoke-device", "no-such-device").returncode == 1

    # The embedded database is SQLCipher: plain SQLite cannot read it, and its key file is private.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data / "server.db").execute("SELECT * FROM sqlite_master").fetchall()
    assert (data / "server.key").stat().st_mode & 0o077 == 0
    assert b"Coach Anouk" not in (data / "server.db").read_bytes()


def test_the_api_is_described_in_openapi(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    document = create_app(engine).openapi()
    paths = document["paths"]
    assert {API_PREFIX + p for p in ("/info", "/enrol", "/sync/push", "/sync/pull", "/sync/verify",
                                     "/sync/snapshot")} <= set(paths)
    push_body = paths[API_PREFIX + "/sync/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert push_body == {"$ref": "#/components/schemas/PushRequest"}
    schemas = document["components"]["schemas"]
    assert schemas["PushRequest"]["properties"]["changes"]["items"] == {"$ref": "#/components/schemas/Change"}
    assert "device_seq" in schemas["Change"]["properties"]
    engine.dispose()
    printed = lfn_server(tmp_path, "openapi")
    assert printed.returncode == 0 and json.loads(printed.stdout)["info"]["title"] == "LfN sync server"
