"""The floors' side of writing: the rows of a vault's tables read with a bare connection, and the same rows
inserted again with a bare ``executemany`` (shared by bench_vault.py and scale_client.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import PASSPHRASE

Rows = dict[str, tuple[list[str], list[tuple]]]  # table -> (columns, rows)


def connect(folder: Path):
    """A bare sqlcipher3 connection to the vault at ``folder``, synchronous as the app's connections are."""
    from lfn_desktop.store import keyfile, vault

    conn = vault.connect_raw(folder / "vault.db", keyfile.unwrap_key(folder / "vault.key", PASSPHRASE))
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _tables(conn) -> list[str]:
    return [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]


def last_rowids(conn) -> dict[str, int]:
    return {name: conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{name}"').fetchone()[0]
            for name in _tables(conn)}


def rows_after(conn, before: dict[str, int] | None = None) -> Rows:
    """The rows each table gained since ``before`` (its last rowids then); every row when None."""
    out = {}
    for name in _tables(conn):
        cursor = conn.execute(f'SELECT * FROM "{name}" WHERE rowid > ?', ((before or {}).get(name, 0),))
        rows = cursor.fetchall()
        if rows:
            out[name] = ([d[0] for d in cursor.description], rows)
    return out


def insert_rows(conn, rows: Rows, every: int | None = None) -> None:
    """The rows again, a transaction per ``every`` rows (one for all when None). OR REPLACE: a state row the app
    rewrote (its clock) is a new rowid for an existing key."""
    conn.execute("BEGIN IMMEDIATE")
    pending = 0
    for name, (columns, values) in rows.items():
        sql = f'INSERT OR REPLACE INTO "{name}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
        step = every or len(values)
        for start in range(0, len(values), step):
            part = values[start:start + step]
            conn.executemany(sql, part)
            pending += len(part)
            if every and pending >= every:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                pending = 0
    conn.execute("COMMIT")
