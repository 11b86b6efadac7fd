"""Alembic migrations of the vault schema (see lfn_desktop.store.schema)."""
