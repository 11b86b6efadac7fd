"""Opening an SQLCipher file with a raw 256-bit key: the laptop's vault and the server's embedded database."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

_HEX = b"0123456789abcdef"


def connect_raw(db_path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """A bare SQLCipher connection keyed with the raw key; every vault connection starts here.

    The key goes to SQLCipher as ``x'<hex>'`` through ``sqlite3_key`` from a buffer that is zeroed at once: never as
    an SQL statement (whose text Python keeps as an immutable ``str``, and SQLite in its statement cache).
    """
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=30, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
    blob = bytearray(3 + 2 * len(key))  # x ' <hex digits> '
    blob[0], blob[1], blob[-1] = ord("x"), ord("'"), ord("'")
    for n, byte in enumerate(key):
        blob[2 + 2 * n], blob[3 + 2 * n] = _HEX[byte >> 4], _HEX[byte & 15]
    try:
        conn.set_key(blob)
    finally:
        blob[:] = bytes(len(blob))
    return conn
