"""The cheap end-of-sync check: per table, the count and a fingerprint of its (row id, row version) pairs.

Laptop and server compute it the same way over the rows in the device's scope; any difference means the
two sides do not hold the same set and triggers a full resync of that table.

The fingerprint is the sum (modulo 2^128) of each pair's SHA-256: it does not depend on the order the rows come
in, so both sides hash them as a plain scan streams them, never sorting or holding a region's 500,000 rows. It
guards against lost or doubled rows, not against a forger (the server is trusted with the rows anyway).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from lfn_common.protocol import TableDigest

_MODULUS = 1 << 128


def table_digest(rows: Iterable[tuple[str, str]]) -> TableDigest:
    total = count = 0
    sha256 = hashlib.sha256
    for row_id, version in rows:
        total += int.from_bytes(sha256(f"{row_id}:{version}".encode()).digest()[:16], "big")
        count += 1
    return TableDigest(count=count, sha256=f"{total % _MODULUS:032x}")
