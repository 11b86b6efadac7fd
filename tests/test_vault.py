"""The vault file on disk as a coach (and a thief, and a power cut) meets it.

Every test works on a real SQLCipher file. "Untouched" is checked byte for byte: a failed unlock must
never rewrite, truncate or re-key anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select, text

from lfn_desktop.operations import Workspace
from lfn_desktop.store import keyfile, vault
from lfn_desktop.store.errors import (
    KeyFileCorrupt,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.models import Participant
from lfn_desktop.store.store import Store

from .conftest import PASSPHRASE

FICTIONAL_NAME = "Zoë Testelinck-Vandermeulen"


def fingerprint(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of every file in the vault folder (sidecars included)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def filled(store, team):
    """A closed vault holding one fictional participant; returns its folder."""
    ws = Workspace(store)
    ws.participants.intake(team["partnership"], coach_ids=[team["coach_a"]], given_name="Zoë",
                           family_name="Testelinck-Vandermeulen", municipality="Testrand")
    store.checkpoint()
    folder = store.paths.folder
    store.close()
    return folder


def names_in(store: Store) -> list[str]:
    with store.read() as session:
        return [f"{p.given_name} {p.family_name}" for p in session.scalars(select(Participant))]


def test_unlock_shows_the_data_and_locking_forgets_the_key(filled):
    store = Store.open(filled, PASSPHRASE)
    assert names_in(store) == [FICTIONAL_NAME]
    store.close()
    assert not store.is_open
    with pytest.raises(VaultLocked):
        names_in(store)


def test_wrong_passphrase_is_told_plainly_and_touches_nothing(filled):
    before = fingerprint(filled)
    with pytest.raises(WrongPassphrase, match="not correct"):
        Store.open(filled, "Correct horse battery staple")  # one capital off
    with pytest.raises(WrongPassphrase):
        Store.open(filled, "")
    assert fingerprint(filled) == before


def test_plain_sqlite_cannot_read_the_file_and_no_name_is_in_it(filled):
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(filled / "vault.db").execute("SELECT count(*) FROM sqlite_master").fetchone()
    for path in filled.iterdir():
        raw = path.read_bytes()
        assert b"Testelinck" not in raw and "Testelinck".encode("utf-16-le") not in raw, path.name


def test_any_sqlcipher4_tool_opens_it_with_the_raw_key_alone(filled):
    raw_key = keyfile.unwrap_key(filled / "vault.key", PASSPHRASE)  # what `lfn-desktop show-key` prints
    conn = sqlcipher3.connect(str(filled / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")  # SQLCipher 4 defaults: no other pragma
    assert conn.execute("SELECT given_name, family_name FROM participant").fetchall() == [
        ("Zoë", "Testelinck-Vandermeulen")]
    conn.close()


def test_changing_the_passphrase_rewraps_the_key_without_rewriting_the_data(filled):
    db_before = hashlib.sha256((filled / "vault.db").read_bytes()).hexdigest()
    started = time.perf_counter()
    keyfile.rewrap_key(filled / "vault.key", PASSPHRASE, "a new passphrase for winter", LIGHT_KDF)
    assert time.perf_counter() - started < 5  # a re-wrap, not a re-encryption (generous for a busy CI box)
    assert hashlib.sha256((filled / "vault.db").read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        Store.open(filled, PASSPHRASE)
    store = Store.open(filled, "a new passphrase for winter")
    assert names_in(store) == [FICTIONAL_NAME]
    store.close()


def test_creating_over_an_existing_vault_is_refused(filled):
    before = fingerprint(filled)
    with pytest.raises(VaultExists):
        Store.create(filled, "another passphrase", LIGHT_KDF)
    assert fingerprint(filled) == before


@pytest.mark.parametrize("damage", ["truncated", "not_json", "flipped_ciphertext", "missing"])
def test_a_damaged_key_file_is_reported_as_damaged_not_as_a_wrong_passphrase(filled, damage):
    key_path = filled / "vault.key"
    raw = key_path.read_bytes()
    if damage == "truncated":
        key_path.write_bytes(raw[: len(raw) // 2])
    elif damage == "not_json":
        key_path.write_bytes(b"\x00" * len(raw))
    elif damage == "flipped_ciphertext":
        doc = json.loads(raw)
        c = doc["wrap"]["ciphertext"]
        doc["wrap"]["ciphertext"] = ("B" if c[0] == "A" else "A") + c[1:]
        key_path.write_text(json.dumps(doc, indent=1))
    else:
        key_path.unlink()
    before = fingerprint(filled)
    expected = VaultNotFound if damage == "missing" else KeyFileCorrupt
    with pytest.raises(expected, match="key file"):
        Store.open(filled, PASSPHRASE)
    assert fingerprint(filled) == before


def test_a_truncated_database_is_reported_and_left_as_it_was(filled):
    db = filled / "vault.db"
    db.write_bytes(db.read_bytes()[:1000])  # less than one page
    before = fingerprint(filled)
    with pytest.raises(VaultCorrupt, match="damaged"):
        Store.open(filled, PASSPHRASE)
    assert fingerprint(filled) == before


def test_a_database_of_another_vault_is_refused(filled, tmp_path):
    other = Store.create(tmp_path / "other", "other passphrase", LIGHT_KDF)
    other.close()
    (filled / "vault.db").write_bytes((tmp_path / "other" / "vault.db").read_bytes())
    before = fingerprint(filled)
    with pytest.raises(VaultCorrupt, match="does not belong to this key file|damaged"):
        Store.open(filled, PASSPHRASE)
    assert fingerprint(filled) == before


def test_a_damaged_page_inside_the_file_is_found_by_the_check(filled):
    db = filled / "vault.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 3 * page
    raw[2 * page + 100: 2 * page + 116] = bytes(16)  # scribble inside the third page
    db.write_bytes(bytes(raw))
    try:
        store = Store.open(filled, PASSPHRASE)
    except VaultCorrupt:
        return  # refused at unlock: equally acceptable, and nothing was overwritten
    try:
        assert store.integrity_report(), "the damaged page went unnoticed"
    finally:
        store.close()


def test_a_vault_from_a_newer_app_is_refused_untouched(filled):
    key = keyfile.unwrap_key(filled / "vault.key", PASSPHRASE)
    conn = vault.connect_raw(filled / "vault.db", key)
    conn.execute("UPDATE alembic_version SET version_num = 'f99_from_the_future'")
    conn.close()
    before = fingerprint(filled)
    with pytest.raises(VaultTooNew, match="newer version"):
        Store.open(filled, PASSPHRASE)
    assert fingerprint(filled) == before


def test_wiping_destroys_the_key_first_and_leaves_nothing_readable(filled):
    vault.wipe(vault.VaultPaths(filled))
    assert not any(filled.iterdir())
    with pytest.raises(VaultNotFound):
        Store.open(filled, PASSPHRASE)


WRITER_CHILD = textwrap.dedent("""
    import sys
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store
    ws = Workspace(Store.open(sys.argv[1], sys.argv[2]))
    partnership, coach = sys.argv[3], sys.argv[4]
    for n in range(100000):
        ws.participants.intake(partnership, coach_ids=[coach], given_name=f"Kind{n}", family_name="Testrand")
        print(n, flush=True)  # printed only after the transaction committed
""")


def test_kill_minus_nine_during_writes_loses_no_committed_row(store, team):
    folder = store.paths.folder
    store.close()
    child = subprocess.Popen([sys.executable, "-c", WRITER_CHILD, str(folder), PASSPHRASE, team["partnership"],
                              team["coach_a"]], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])
    committed = -1
    try:
        for line in child.stdout:
            committed = int(line)
            if committed >= 30:
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert committed >= 30, "the writer never got going"
    reopened = Store.open(folder, PASSPHRASE)
    try:
        assert reopened.integrity_report() == []
        with reopened.read() as session:
            names = set(session.scalars(select(Participant.given_name).where(Participant.family_name == "Testrand")))
            assert {f"Kind{n}" for n in range(committed + 1)} <= names
            # the outbox kept pace with the rows: nothing committed half
            outbox = session.scalar(select(func.count()).select_from(text("change_log"))
                                    .where(text("table_name = 'participant'")))
        assert outbox == len(names)
    finally:
        reopened.close()


def test_an_empty_vault_file_is_damage_not_a_new_vault(vault_dir):
    Store.create(vault_dir, PASSPHRASE, LIGHT_KDF).close()
    (vault_dir / "vault.db").write_bytes(b"")  # truncated, e.g. by a full disk or a broken copy
    with pytest.raises(VaultCorrupt, match="empty: it is damaged"):
        Store.open(vault_dir, PASSPHRASE)
    assert (vault_dir / "vault.db").stat().st_size == 0  # nothing was written over it
