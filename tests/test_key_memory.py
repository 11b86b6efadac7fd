"""Once the vault is locked, its key is not left in the process as the text that keyed SQLCipher: the app opens,
reads, writes and locks a real vault in a process of its own, and this test reads that process's memory
(/proc/<pid>/mem, as a debugger or a memory dump would) looking for the key as hex digits.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from lfn_desktop.store import keyfile
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.store.vault import VaultPaths

PASSPHRASE = "een lange wachtzin voor de test"

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    store = Store.open(Path(sys.argv[1]), sys.argv[2])
    ws = Workspace(store)
    partnership = ws.reference.create_partnership("LP Geheugen").id
    for n in range(20):  # several connections and statements, as a working day makes
        ws.participants.intake(partnership, given_name=f"Deelnemer {n}")
    ws.queries.caseload()
    store.close()
    print("locked", flush=True)
    sys.stdin.readline()
""")


def _readable_regions(pid: int):
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        span, perms, *_rest = line.split(maxsplit=5)
        if perms.startswith("r") and not line.endswith(("[vvar]", "[vsyscall]")):
            start, end = (int(x, 16) for x in span.split("-"))
            yield start, end


def test_no_hex_key_is_left_in_memory_after_lock(tmp_path):
    folder = tmp_path / "vault"
    Store.create(folder, PASSPHRASE, LIGHT_KDF).close()
    key = keyfile.unwrap_key(VaultPaths(folder).key, PASSPHRASE)
    pattern = re.compile(re.escape(key.hex().encode()), re.IGNORECASE)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), PASSPHRASE], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        found, scanned = [], 0
        with open(f"/proc/{child.pid}/mem", "rb", buffering=0) as memory:
            for start, end in _readable_regions(child.pid):
                try:
                    memory.seek(start)
                    chunk = memory.read(end - start)
                except OSError:
                    continue  # a guard page or a device mapping
                scanned += len(chunk)
                found += [hex(start + m.start()) for m in pattern.finditer(chunk)]
        assert scanned > 10_000_000  # the whole interpreter with SQLAlchemy and SQLCipher was read
        assert found == []
    finally:
        child.stdin.close()
        child.wait(timeout=30)
