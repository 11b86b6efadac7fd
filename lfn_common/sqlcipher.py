"""Opening an SQLCipher file with a raw 256-bit key: the laptop's vault and the server's embedded database."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3


def connect_raw(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    """A bare SQLCipher connection keyed with the raw key; every vault connection starts here."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=30, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn
