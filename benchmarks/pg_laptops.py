"""Fifty coach laptops syncing at once against two server instances on one PostgreSQL.

    .venv/bin/python -m benchmarks.pg_laptops [--laptops 50] [--rounds 5] [--json FILE]

A throwaway PostgreSQL cluster (Debian's ``postgresql``, as the tests start it), two ``lfn-server serve``
processes on it (stateless instances: laptop n talks to instance n % 2), and one process per laptop. Each laptop
links to its own coach's account and does a fortnight's work offline (three intakes, thirty visits); then all
start syncing at the same moment and, round after round, record five more visits and sync again. Printed: the
duration of every sync (p50, p95, worst), the errors (there must be none), and the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "benchmark password, fictional"
HERE = Path(__file__).resolve().parent


def laptop(url: str, user: str, folder: Path, start_at: float, rounds: int) -> dict:
    """One laptop's life, in its own process: link, work offline, then sync with the others."""
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.keyfile import LIGHT_KDF
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine, enrol

    store = Store.create(folder, "benchmark passphrase", LIGHT_KDF)
    enrol(store, url, user, PASSWORD)
    SyncEngine(store).run()
    ws = Workspace(store)
    me = store.user_id
    partnership = ws.reference.partnerships()[0].id
    now = datetime.now().replace(microsecond=0)
    participants = [ws.participants.intake(partnership, coach_ids=[me], given_name=f"Deelnemer {n}",
                                           municipality="Testrand").id for n in range(3)]

    def visits(count: int, offset: int) -> None:
        ws.contacts.record_many([{"participant_id": participants[k % 3], "duration_min": 30, "kind": "home_visit",
                                  "place": "home", "occurred_at": now - timedelta(hours=offset + k),
                                  "notes": "Verzonnen verslag."} for k in range(count)])

    visits(30, 100)
    time.sleep(max(0.0, start_at - time.time()))
    durations, errors = [], []
    for n in range(rounds):
        if n:
            visits(5, 10 * n)
        started = time.perf_counter()
        try:
            SyncEngine(store).run()
            durations.append(time.perf_counter() - started)
        except Exception as exc:  # counted and named, never hidden  # noqa: BLE001
            errors.append(type(exc).__name__)
    store.close()
    return {"durations": durations, "errors": errors}


def run(laptops: int, rounds: int) -> dict:
    from lfn_server import admin
    from lfn_server.db import create_schema, make_engine
    from tests.sync_support import Postgres, ServerProcess

    pg = Postgres().start()
    try:
        url = pg.new_database()
        engine = make_engine(url)
        create_schema(engine)
        with engine.begin() as conn:
            partnership = admin.create_partnership(conn, "Regio Benchmark")
            users = [f"coach{n:02d}" for n in range(laptops)]
            for name in users:
                admin.add_user(conn, partnership, f"Coach {name}", name, PASSWORD, "coach")
        engine.dispose()
        with ServerProcess(None, database_url=url) as first, ServerProcess(None, database_url=url) as second, \
                tempfile.TemporaryDirectory(prefix="lfn-bench-pg-") as work:
            start_at = time.time() + 20 + laptops * 0.8  # every process linked and ready by then
            children = [subprocess.Popen(
                [sys.executable, "-m", "benchmarks.pg_laptops", "--laptop", (first, second)[n % 2].url, user,
                 str(Path(work) / user), str(start_at), str(rounds)], cwd=HERE.parent, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True) for n, user in enumerate(users)]
            outputs = [child.communicate() for child in children]
            load = os.getloadavg()[0]
            cpu = (first.cpu_seconds(), second.cpu_seconds())
    finally:
        pg.stop()
    durations, errors = [], []
    for (out, err), child in zip(outputs, children, strict=True):
        if child.returncode != 0:
            errors.append(f"laptop process failed: {err.strip().splitlines()[-1] if err.strip() else child.returncode}")
            continue
        result = json.loads(out.strip().splitlines()[-1])
        durations += result["durations"]
        errors += result["errors"]
    ordered = sorted(durations)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else float("nan")

    return {"laptops": laptops, "rounds": rounds, "syncs": len(durations), "errors": errors,
            "p50_ms": round(statistics.median(ordered) * 1000, 1) if ordered else None,
            "p95_ms": round(pct(0.95) * 1000, 1), "worst_ms": round(ordered[-1] * 1000, 1) if ordered else None,
            "load_after": round(load, 2), "server_cpu_s": [round(c, 1) for c in cpu]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--laptop", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.laptop:
        url, user, folder, start_at, rounds = args.laptop
        print(json.dumps(laptop(url, user, Path(folder), float(start_at), int(rounds))))
        return 0
    result = run(args.laptops, args.rounds)
    print(f"{result['laptops']} laptops × {result['rounds']} syncs on 2 server instances, one PostgreSQL: "
          f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, worst {result['worst_ms']} ms, "
          f"{len(result['errors'])} errors {result['errors'][:5]}, load {result['load_after']}, "
          f"server CPU {result['server_cpu_s']} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0 if not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
