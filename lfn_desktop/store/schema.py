"""Schema versions: stamp a new vault at head, migrate an older one on unlock, refuse a newer one."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from .errors import VaultCorrupt, VaultTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def stamp_head(connection: Connection) -> None:
    command.stamp(alembic_config(connection), "head")


def needs_upgrade(connection: Connection) -> bool:
    """True when the vault is older than this app; raises when it is newer or has no version."""
    current = current_revision(connection)
    if current is None:
        raise VaultCorrupt("The vault has no schema version; it was never completely created.")
    if current == head_revision():
        return False
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(current)
    except CommandError:
        raise VaultTooNew(
            f"This vault was written by a newer version of LfN Desktop (schema {current}). "
            "Please update the app; the vault was not changed."
        ) from None
    return True


def upgrade(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
