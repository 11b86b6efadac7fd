"""A vault written by an older app opens in this one: migrated on unlock, nothing lost, a copy kept.

`tests/fixtures/vault_0002` was written by the first release of the app (schema revision 0002; see
make_old_vault.py there). It is committed, so every future migration is tested against a real old file.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from lfn_desktop.operations import Workspace
from lfn_desktop.store import auto_backup, keyfile, schema, vault
from lfn_desktop.store.backup import read_manifest
from lfn_desktop.store.errors import VaultNeedsRoom
from lfn_desktop.store.models import Base, ChangeLog, Contact, Measurement, NetworkNode, Participant
from lfn_desktop.store.store import Store

from .fixtures.make_old_vault import OLD_VAULT_PASSPHRASE

FIXTURE = Path(__file__).parent / "fixtures" / "vault_0002"
FIXTURE_REVISION = "0002"


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def old_vault(tmp_path):
    target = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, target)
    return target


def schema_differences(store: Store) -> list:
    with store.engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def test_the_old_vault_opens_migrated_with_everything_in_it(old_vault):
    fixture_before = digest(FIXTURE)
    store = Store.open(old_vault, OLD_VAULT_PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision() != FIXTURE_REVISION
        with store.read() as session:
            [person] = session.scalars(select(Participant)).all()
            assert (person.given_name, person.family_name) == ("Émile", "Vroegerman")
            assert [c.notes for c in session.scalars(select(Contact))] == ["Kennismaking aan de keukentafel"]
            [m] = session.scalars(select(Measurement)).all()
            assert m.answers == {"1": 2, "2": 3, "3": "unknown"} and m.instrument_version == 1
            assert [n.label for n in session.scalars(select(NetworkNode))] == ["Zus"]
        ws = Workspace(store)
        # search ignores accents and case on the migrated rows too
        assert [row.name for row in ws.queries.caseload(search="vroeger")] == ["Émile Vroegerman"]
        assert [row.name for row in ws.queries.caseload(search="emile")] == ["Émile Vroegerman"]
        # and the migrated vault takes new work, captured for sync like any other
        ws.contacts.record(person.id, duration_min=20, kind="phone", place="remote", notes="Na de update")
        with store.read() as session:
            assert session.scalar(select(ChangeLog).order_by(ChangeLog.seq.desc())).table_name == "contact"
    finally:
        store.close()
    assert digest(FIXTURE) == fixture_before  # the committed file itself is never touched


def test_a_verified_backup_at_the_old_revision_is_written_before_migrating(old_vault, tmp_path):
    Store.open(old_vault, OLD_VAULT_PASSPHRASE).close()
    [kept] = auto_backup.list_backups(old_vault)
    assert kept.kind == auto_backup.BEFORE_MIGRATION and kept.path.parent == old_vault / "backups"
    assert read_manifest(kept.path)["schema_revision"] == FIXTURE_REVISION
    assert b"Vroegerman" not in kept.path.read_bytes()
    with zipfile.ZipFile(kept.path) as archive:
        raw = archive.read("vault.db")
    (tmp_path / "old.db").write_bytes(raw)
    key = keyfile.unwrap_key(old_vault / "vault.key", OLD_VAULT_PASSPHRASE)
    conn = vault.connect_raw(tmp_path / "old.db", key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIXTURE_REVISION,)
        assert conn.execute("SELECT family_name FROM participant").fetchall() == [("Vroegerman",)]
    finally:
        conn.close()


def test_without_room_for_the_backup_the_vault_is_not_migrated(old_vault, small_disk):
    before = digest(old_vault)
    auto_backup.write_policy(old_vault, auto_backup.BackupPolicy(folder=str(small_disk)))
    (small_disk / "filler").write_bytes(bytes(180 * 1024))  # the stick is nearly full

    with pytest.raises(VaultNeedsRoom, match="first writes a backup") as raised:
        Store.open(old_vault, OLD_VAULT_PASSPHRASE)

    assert "disk" in str(raised.value) and "was not changed" in str(raised.value)
    assert {k: v for k, v in digest(old_vault).items() if k not in (auto_backup.POLICY_NAME, 'profile.lock')} == {
        k: v for k, v in before.items()}
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # no half backup either


def test_a_second_unlock_does_not_migrate_again(old_vault):
    Store.open(old_vault, OLD_VAULT_PASSPHRASE).close()
    Store.open(old_vault, OLD_VAULT_PASSPHRASE).close()
    assert len(auto_backup.list_backups(old_vault)) == 1


def test_migrated_and_new_vaults_have_exactly_the_schema_of_the_models(old_vault, store):
    migrated = Store.open(old_vault, OLD_VAULT_PASSPHRASE)
    try:
        assert schema_differences(migrated) == []
    finally:
        migrated.close()
    assert schema_differences(store) == []  # a new vault: created from the models and stamped at head


def test_the_quick_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_the_shared_schema_revision_is_the_vaults_migration_head():
    """The server learns the vault schema from lfn_common; it must follow every new migration."""
    from lfn_common.tables import KNOWN_REVISIONS, SCHEMA_REVISION

    assert schema.head_revision() == SCHEMA_REVISION
    assert schema.known_revisions() == KNOWN_REVISIONS
