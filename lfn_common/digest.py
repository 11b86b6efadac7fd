"""The cheap end-of-sync check: per table, the count and a hash of (row id, row version) pairs.

Laptop and server compute it the same way over the rows in the device's scope; any difference means the
two sides do not hold the same set and triggers a full resync of that table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from lfn_common.protocol import TableDigest


def table_digest(rows: Iterable[tuple[str, str]], *, ordered: bool = False) -> TableDigest:
    """``ordered``: the rows come sorted by id already (by code point, as SQLite compares text), and are hashed as
    they stream in, never all held at once."""
    h = hashlib.sha256()
    count = 0
    # Plain tuples: sorting database row objects costs several times more.
    for row_id, version in (rows if ordered else sorted((row_id, version) for row_id, version in rows)):
        h.update(f"{row_id}:{version}\n".encode())
        count += 1
    return TableDigest(count=count, sha256=h.hexdigest())
