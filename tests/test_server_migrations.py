"""The server's own tables under Alembic: a new database is made at the newest revision on both databases and
equals the table definitions; a database saved by the server before it had migrations is brought there too,
keeping its data (its coach still signs in)."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from lfn_common.protocol import API_PREFIX
from lfn_server.db import MIGRATIONS, account, create_schema, make_engine, metadata, schema_revision
from lfn_server.threaded import ServerThread

SAVED = Path(__file__).parent / "fixtures" / "server_schema_1"  # made by the server before migrations
HEAD = ScriptDirectory(str(MIGRATIONS)).get_current_head()


def differences(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": "server_alembic_version"})
        return compare_metadata(context, metadata)


def test_a_new_server_database_is_made_at_the_newest_revision_on_both_databases(server):
    engine = server.engine
    assert schema_revision(engine) == HEAD
    assert differences(engine) == []  # the migrations build exactly the tables the code describes
    create_schema(engine)  # starting again (a second instance, a restart) changes nothing
    assert schema_revision(engine) == HEAD


def test_a_database_saved_before_migrations_is_upgraded_and_keeps_its_data(tmp_path):
    shutil.copytree(SAVED, tmp_path / "server")
    engine = make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    assert schema_revision(engine) is None
    create_schema(engine)
    assert schema_revision(engine) == HEAD and differences(engine) == []
    with engine.connect() as conn:
        assert [row.username for row in conn.execute(select(account))] == ["bewaard"]
    with ServerThread(engine) as running:
        reply = httpx.post(running.url + API_PREFIX + "/enrol", json={
            "username": "bewaard", "password": "a long enough test password",
            "device_id": "5f0c2d1e-8a7b-4c3d-9e2f-1a2b3c4d5e6f"})
    assert reply.status_code == 200, reply.text
    engine.dispose()
