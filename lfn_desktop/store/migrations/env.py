"""Alembic environment: always runs on the connection the store hands in (an open, keyed vault)."""

from alembic import context

from lfn_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Vault migrations run only through lfn_desktop.store (they need the vault key).")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
