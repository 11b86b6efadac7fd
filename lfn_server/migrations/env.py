"""Alembic environment of the server's own tables: runs on the connection lfn_server.db hands in (an open,
keyed SQLCipher file or PostgreSQL). Batch mode, so that SQLite can alter tables too."""

from alembic import context

from lfn_server.db import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Server migrations run only through lfn_server.db.create_schema (they need its engine).")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  version_table="server_alembic_version")
with context.begin_transaction():
    context.run_migrations()
