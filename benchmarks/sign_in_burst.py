"""How long a laptop's pull takes while someone hammers the sign-in with wrong passwords (issue 16).

A real ``lfn-server serve`` process on its embedded database; one enrolled device pulls 20 times when the server is
quiet, then 20 times while 24 threads send wrong passwords as fast as they are answered. Prints the median and the
maximum of each, and the machine's load. Run: ``.venv/bin/python -m benchmarks.sign_in_burst``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

from lfn_common.protocol import API_PREFIX
from tests.sync_support import PASSWORD, ServerProcess

ATTACKERS = 24
PULLS = 20


def _server_data(folder: Path) -> Path:
    cli = [sys.executable, "-m", "lfn_server.cli", "--data-dir", str(folder)]
    made = subprocess.run(cli + ["add-partnership", "LP Burst"], capture_output=True, text=True, check=True)
    partnership = made.stdout.strip().split()[-1]
    for username in ("coach", "victim"):
        subprocess.run(cli + ["add-user", "--partnership", partnership, "--name", f"Coach {username}",
                              "--username", username, "--password-stdin"], input=PASSWORD + "\n",
                       capture_output=True, text=True, check=True)
    return folder


def main() -> int:
    with ServerProcess(_server_data(Path(tempfile.mkdtemp()) / "server")) as server:
        device_id = str(uuid.uuid4())
        token = httpx.post(server.url + API_PREFIX + "/enrol", json={
            "username": "coach", "password": PASSWORD, "device_id": device_id}).json()["token"]
        http = httpx.Client(base_url=server.url + API_PREFIX, headers={"Authorization": f"Bearer {token}"},
                            timeout=60)

        def pull_ms() -> float:
            start = time.perf_counter()
            reply = http.post("/sync/pull", json={"device_id": device_id, "cursor": 0})
            assert reply.status_code == 200, reply.text
            return 1000 * (time.perf_counter() - start)

        quiet = [pull_ms() for _ in range(PULLS)]
        stop = threading.Event()

        def attack() -> None:
            with httpx.Client(timeout=60) as client:
                while not stop.is_set():
                    client.post(server.url + API_PREFIX + "/enrol", json={
                        "username": "victim", "password": "wrong wrong", "device_id": str(uuid.uuid4())})

        threads = [threading.Thread(target=attack) for _ in range(ATTACKERS)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        busy = [pull_ms() for _ in range(PULLS)]
        stop.set()
        for thread in threads:
            thread.join()
    print(f"pull, quiet server: median {statistics.median(quiet):.0f} ms, max {max(quiet):.0f} ms")
    print(f"pull during {ATTACKERS} concurrent wrong-password sign-ins: median {statistics.median(busy):.0f} ms, "
          f"max {max(busy):.0f} ms")
    print("load average (1, 5, 15 min):", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
