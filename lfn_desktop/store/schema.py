"""Schema versions: stamp a new vault at head, migrate an older one on unlock, refuse a newer one.

Alembic does the migrating. Deciding *whether* to migrate happens on every unlock, so it reads the
revision chain straight from the migration files and the vault's ``alembic_version`` row: importing
Alembic costs more than a tenth of a second of the coach's start-up, and is only needed to migrate.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from .errors import VaultCorrupt, VaultTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def _chain() -> dict[str, str | None]:
    """revision → down_revision, from the ``revision = …`` assignments of every migration file."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id in ("revision", "down_revision"):
                values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" in values:
            chain[values["revision"]] = values.get("down_revision")
    return chain


def known_revisions() -> frozenset[str]:
    return frozenset(_chain())


def head_revision() -> str:
    chain = _chain()
    [head] = set(chain) - set(chain.values())  # a single line of migrations: exactly one is nobody's parent
    return head


def current_revision(connection: Connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:  # no alembic_version table: never stamped
        return None


def stamp_head(connection: Connection) -> None:
    from alembic import command

    command.stamp(alembic_config(connection), "head")


def needs_upgrade(connection: Connection) -> bool:
    """True when the vault is older than this app; raises when it is newer or has no version."""
    current = current_revision(connection)
    if current is None:
        raise VaultCorrupt("The vault has no schema version; it was never completely created.")
    if current == head_revision():
        return False
    if current not in known_revisions():
        raise VaultTooNew(
            f"This vault was written by a newer version of LfN Desktop (schema {current}). "
            "Please update the app; the vault was not changed."
        )
    return True


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
