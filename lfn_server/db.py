"""The server's database: its tables, and an engine for SQLCipher (embedded default) or PostgreSQL.

The server keeps no state outside this database, so several instances can serve one PostgreSQL.
Synced rows are stored generically (one ``row_state`` table keyed by table name and row id, holding the
merged wire values and field versions), so the server follows the vault schema without a table per model.
``change_feed.server_seq`` is the order in which the server accepted changes: allocated while the
partnership's write lock is held, so it is also the commit order that cursors rely on.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.pool import QueuePool

SERVER_SCHEMA = "1"  # kept in server_meta by the baseline migration; later changes are Alembic revisions
KEY_ENV = "LFN_SERVER_DB_KEY"

# SQLite only makes INTEGER PRIMARY KEY an auto-incrementing row id; PostgreSQL wants BIGINT.
_SeqType = BigInteger().with_variant(Integer(), "sqlite")
_When = DateTime(timezone=True)

metadata = MetaData()

account = Table(
    "account", metadata,
    Column("user_id", String(36), primary_key=True),  # the app_user row of the synced data
    Column("partnership_id", String(36), nullable=False, index=True),
    Column("username", String(200), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_count", Integer, nullable=False, default=0),
    Column("locked_until", _When),
    Column("created_at", _When, nullable=False),
    # Set by a team lead's reset or a new account: the next sign-in must choose a password of her own.
    Column("must_change_password", Boolean, nullable=False, default=False),
)

device = Table(
    "device", metadata,
    Column("device_id", String(36), primary_key=True),
    Column("user_id", String(36), nullable=False, index=True),
    Column("partnership_id", String(36), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),  # SHA-256 of a random token, never the token
    Column("enrolled_at", _When, nullable=False),
    Column("revoked_at", _When),
    Column("last_seen_at", _When),
    Column("applied_seq", BigInteger, nullable=False, default=0),  # device changes settled up to here
)

row_state = Table(
    "row_state", metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", String(36), primary_key=True),
    Column("partnership_id", String(36), nullable=False),
    Column("participant_id", String(36)),  # whose dossier the row belongs to (None: reference data)
    Column("data", JSON, nullable=False),
    Column("created_version", String(64), nullable=False),
    Column("field_versions", JSON, nullable=False),
    Column("version", String(64), nullable=False),
    Column("origin_device", String(36), nullable=False),
    Column("creator_device", String(36), nullable=False),
    # An assignment's user (None for other rows): a coach's dossiers found by index, not by reading every assignment.
    Column("assigned_user_id", String(36)),
    Index("ix_row_state_scope", "partnership_id", "table_name", "participant_id"),
    Index("ix_row_state_assigned", "assigned_user_id", "table_name"),  # led by the user: never chosen for others
    # The dossiers a laptop made (a coach holds them until someone is assigned).
    Index("ix_row_state_created", "creator_device", "table_name"),
    Index("ix_row_state_participant", "partnership_id", "participant_id"),
)

change_feed = Table(
    "change_feed", metadata,
    Column("server_seq", _SeqType, primary_key=True, autoincrement=True),
    Column("partnership_id", String(36), nullable=False),
    Column("participant_id", String(36)),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("change_id", String(36), nullable=False, unique=True),
    Column("device_id", String(36), nullable=False),
    Column("payload", JSON, nullable=False),  # the change in wire form
    Index("ix_change_feed_partnership_seq", "partnership_id", "server_seq"),
    Index("ix_change_feed_dossier", "partnership_id", "participant_id", "server_seq"),  # a coach's dossiers' feed
    Index("ix_change_feed_row", "table_name", "row_id"),  # a row's history: the ancestor of a text merge
)

dossier_consent = Table(
    "dossier_consent", metadata,  # kept from the participant rows whose consent names who may see them
    Column("participant_id", String(36), primary_key=True),
    Column("partnership_id", String(36), nullable=False),
    Column("coordination", Boolean, nullable=False),  # the partnership's coordination (its team leads) is named
    Column("organisation_ids", JSON, nullable=False),
    Index("ix_dossier_consent_partnership", "partnership_id", "coordination"),
)

held_change = Table(
    "held_change", metadata,  # arrived before an earlier change of the same device: applied in device order
    Column("device_id", String(36), primary_key=True),
    Column("device_seq", BigInteger, primary_key=True),
    Column("payload", JSON, nullable=False),
    Column("received_at", _When, nullable=False),
)

sign_in_attempt = Table(
    "sign_in_attempt", metadata,
    Column("id", _SeqType, primary_key=True, autoincrement=True),
    Column("username", String(200), nullable=False),
    Column("client", String(64), nullable=False),
    Column("at", _When, nullable=False, index=True),
    Column("ok", Boolean, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", _SeqType, primary_key=True, autoincrement=True),
    Column("at", _When, nullable=False, index=True),
    Column("user_id", String(36)),
    Column("device_id", String(36)),
    Column("action", String(32), nullable=False),  # enrol, push, pull, snapshot, revoke, sign_in_failed...
    Column("participant_id", String(36), index=True),
    Column("detail", Text, nullable=False, default=""),
)

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def is_sqlite(engine_or_conn) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


def database_key(db_path: Path) -> bytes:
    """The SQLCipher key of the embedded database: from the environment, else a key file made once (0600)."""
    if os.environ.get(KEY_ENV):
        return bytes.fromhex(os.environ[KEY_ENV])
    key_path = db_path.with_suffix(".key")
    if not key_path.exists():
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(key_path.read_text().strip())


def make_engine(database_url: str) -> Engine:
    """``sqlite:///path`` opens (or creates) an SQLCipher file; anything else goes to SQLAlchemy as is."""
    if database_url.startswith("sqlite:///"):
        return _sqlcipher_engine(Path(database_url.removeprefix("sqlite:///")))
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    return create_engine(database_url, pool_size=5, max_overflow=10, pool_pre_ping=True)


def _sqlcipher_engine(db_path: Path) -> Engine:
    import sqlcipher3

    from lfn_common.sqlcipher import connect_raw

    db_path.parent.mkdir(parents=True, exist_ok=True)
    key = database_key(db_path)

    def creator():
        conn = connect_raw(db_path, key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 30000")
        # 64 MB of decrypted pages per connection (SQLite's default is 2 MB): a region's indexes stay in memory
        # from one page of a pull to the next.
        conn.execute("PRAGMA cache_size = -65536")
        return conn

    # Last in, first out: one request after another gets the same connection, whose page cache (decrypted pages) is
    # then still warm; taking turns, every connection found its cache stale after another's write.
    engine = create_engine("sqlite+pysqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool,
                           pool_size=4, max_overflow=8, pool_use_lifo=True)

    # Nearly every request writes (at least its audit line): take SQLite's write lock at BEGIN, so that two
    # requests never deadlock upgrading a read lock.
    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE_REVISION = "s0001"  # the tables as the server made them before it had migrations


def create_schema(engine: Engine) -> None:
    """Create the server's tables, or bring them to the newest revision (Alembic; run by init and serve).

    A database made before the server had migrations is recognised (its tables, no version table) and stamped at
    the baseline first. On PostgreSQL an advisory lock keeps two instances starting together from racing.
    """
    from alembic import command
    from alembic.config import Config

    with engine.begin() as conn:
        if not is_sqlite(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        tables = set(inspect(conn).get_table_names())
        if "account" in tables and "server_alembic_version" not in tables:
            command.stamp(config, BASELINE_REVISION)
        command.upgrade(config, "head")


_MIGRATION_LOCK = int.from_bytes(hashlib.sha256(b"lfn-server migrations").digest()[:8], "big", signed=True)


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if "server_alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM server_alembic_version")).scalar()


def lock_partnership(conn: Connection, partnership_id: str) -> None:
    """Serialise the writers of one partnership, so that its feed's sequence numbers are in commit order.

    SQLite has a single writer already (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock.
    """
    if is_sqlite(conn):
        return
    key = int.from_bytes(hashlib.sha256(partnership_id.encode()).digest()[:8], "big", signed=True)
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
