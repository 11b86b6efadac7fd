"""Sync benchmarks: the real server (embedded SQLCipher database) on loopback, real vaults, SyncEngine.

    .venv/bin/python benchmarks/bench_sync.py [--runs 3] [--json FILE] [--database-url postgresql://...]

Operations: a coach pushes 10,000 offline changes; a team lead pulls them onto a fresh laptop; an empty
incremental sync. The reference is the physical floor of the same exchange: as many HTTP round trips on
loopback, with bodies of the same sizes, to a bare endpoint that only reads the body and answers bytes.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Result, median_ms, peak_rss_mb, run_suite  # noqa: E402

CHANGES = 10_000
PASSWORD = "benchmark password, fictional"
TARGETS_MS = {"push": 5000, "pull": 5000, "empty": 200}


class _Reference:
    """A bare Starlette endpoint on uvicorn: reads the request body, answers the asked number of bytes."""

    def __init__(self):
        from starlette.applications import Starlette
        from starlette.responses import Response
        from starlette.routing import Route

        async def echo(request):
            await request.body()
            return Response(b"x" * int(request.headers.get("x-answer-bytes", "2")))

        self.app = Starlette(routes=[Route("/echo", echo, methods=["POST"])])

    def round_trips(self, url: str, requests: int, bytes_sent: int, bytes_received: int) -> None:
        """The same number of requests with the same bytes, on one kept connection (TCP_NODELAY, as the app)."""
        from benchmarks.scale_client import BareHttp

        if getattr(self, "_url", None) != url:
            self._http, self._url = BareHttp(url), url
        self._http.round_trips(requests, bytes_sent, bytes_received)


def _setup_server(folder: Path, database_url: str | None):
    from lfn_server import admin
    from lfn_server.db import create_schema, make_engine

    engine = make_engine(database_url or f"sqlite:///{folder / 'server.db'}")
    if database_url:
        from lfn_server.db import metadata

        metadata.drop_all(engine)
    create_schema(engine)
    with engine.begin() as conn:
        pid = admin.create_partnership(conn, "LP Benchmark")
        coach = admin.add_user(conn, pid, "Coach Benchmark", "coach", PASSWORD, "coach")
        admin.add_user(conn, pid, "Lead Benchmark", "lead", PASSWORD, "team_lead")
    return engine, pid, coach


def _laptop(folder: Path, url: str, username: str):
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.keyfile import LIGHT_KDF
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine, enrol

    store = Store.create(folder, "benchmark vault", LIGHT_KDF)
    enrol(store, url, username, PASSWORD)
    SyncEngine(store).run()
    return Workspace(store)


def _offline_work(ws, partnership_id: str, coach_id: str) -> int:
    """About CHANGES changes: intakes and visits, as a coach's fortnight offline would make, only more."""
    from lfn_desktop.sync.local import LocalReplica

    start = datetime.now().replace(microsecond=0) - timedelta(days=300)
    participants = [ws.participants.intake(partnership_id, coach_ids=[coach_id], given_name=f"Deelnemer {i:02d}",
                                           municipality="Testrand").id for i in range(20)]
    already = LocalReplica(ws.store).pending_count()
    ws.contacts.record_many([{"participant_id": participants[i % 20], "duration_min": 30, "kind": "home_visit",
                              "place": "home", "occurred_at": start + timedelta(minutes=37 * i),
                              "notes": f"Verslag van bezoek {i}: afspraken over de volgende stap."}
                             for i in range(CHANGES - already)])
    return LocalReplica(ws.store).pending_count()


def run(work: Path, runs: int = 3, database_url: str | None = None) -> list[Result]:
    from lfn_desktop.store.keyfile import LIGHT_KDF
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine, enrol
    from lfn_server.threaded import ServerThread

    reference = _Reference()
    push_ms, pull_ms, empty_ms, push_ref, pull_ref, empty_ref = [], [], [], [], [], []
    backend = "PostgreSQL" if database_url else "SQLCipher server"
    sizes = {}
    for n in range(runs):
        folder = work / f"run{n}"
        engine, pid, coach_id = _setup_server(folder, database_url)
        with ServerThread(engine) as server, ServerThread(app=reference.app) as bare:
            coach = _laptop(folder / "coach", server.url, "coach")
            sizes["push"] = _offline_work(coach, pid, coach_id)
            started = time.perf_counter()
            report = SyncEngine(coach.store).run()
            push_ms.append((time.perf_counter() - started) * 1000)
            push_ref.append(median_ms(lambda r=report: reference.round_trips(
                bare.url, r.requests, r.bytes_sent, r.bytes_received), 1))

            fresh = Store.create(folder / "lead", "benchmark vault", LIGHT_KDF)
            enrol(fresh, server.url, "lead", PASSWORD)
            started = time.perf_counter()
            report = SyncEngine(fresh).run()
            pull_ms.append((time.perf_counter() - started) * 1000)
            sizes["pull"] = report.pulled
            pull_ref.append(median_ms(lambda r=report: reference.round_trips(
                bare.url, r.requests, r.bytes_sent, r.bytes_received), 1))

            engine_run = SyncEngine(coach.store)
            empty_ms.append(median_ms(engine_run.run, 3))
            report = engine_run.run()
            empty_ref.append(median_ms(lambda r=report: reference.round_trips(
                bare.url, r.requests, r.bytes_sent, r.bytes_received), 3))
            fresh.close()
            coach.store.close()
        engine.dispose()

    def med(values):
        return sorted(values)[len(values) // 2]

    rss = peak_rss_mb()
    return [
        Result("sync: push offline changes", f"{sizes['push']:,} changes, {backend}", med(push_ms), runs, rss,
               "same HTTP round trips, bare endpoint", med(push_ref), TARGETS_MS["push"]),
        Result("sync: first pull on a team lead's laptop", f"{sizes['pull']:,} changes, {backend}", med(pull_ms),
               runs, rss, "same HTTP round trips, bare endpoint", med(pull_ref), TARGETS_MS["pull"]),
        Result("sync: empty incremental sync", f"nothing to exchange, {backend}", med(empty_ms), runs, rss,
               "same HTTP round trips, bare endpoint", med(empty_ref), TARGETS_MS["empty"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--database-url", help="benchmark against this PostgreSQL (its tables are dropped!)")
    args = parser.parse_args()
    return run_suite(run, "lfn-bench-sync-", args, database_url=args.database_url)


if __name__ == "__main__":
    sys.exit(main())
