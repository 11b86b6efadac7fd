"""The measured side of the ``--scale`` suite, one fresh process per figure (peak memory is that process's own).

    python -m benchmarks.scale_client first-pull URL USER VAULT SERVER_PID
    python -m benchmarks.scale_client pull-floor VAULT BARE_URL STATS_JSON
    python -m benchmarks.scale_client empty-sync VAULT BARE_URL SERVER_PID RUNS
    python -m benchmarks.scale_client bare-server PORT

Each prints one JSON line. Floors do the same work as the app, physically: the same number of HTTP
round trips with the same bytes on one kept connection (TCP_NODELAY), to a bare endpoint in its own
process; and the same rows the app wrote, inserted with a bare ``executemany`` into the same tables (same
indexes) of an empty vault, one transaction per as many rows as the app applies per transaction.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import bare_rows  # noqa: E402
from benchmarks.generate import PASSPHRASE  # noqa: E402 - the laptops measured use production Argon2
from benchmarks.harness import timed  # noqa: E402
from benchmarks.region import PASSWORD  # noqa: E402


def _proc_cpu(pid: int):
    import os

    def read() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return read


def first_pull(url: str, user: str, vault: Path, server_pid: int) -> dict:
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine, enrol

    store = Store.create(vault, PASSPHRASE)
    enrol(store, url, user, PASSWORD)
    report = {}

    def pull():
        report["r"] = SyncEngine(store).run()

    timing = timed(pull, _proc_cpu(server_pid))
    r = report["r"]
    store.close()
    return asdict(timing) | {"pulled": r.pulled, "requests": r.requests, "bytes_sent": r.bytes_sent,
                             "bytes_received": r.bytes_received}


class BareHttp:
    """One kept connection to the bare endpoint, TCP_NODELAY set (as the app's transport sets it)."""

    def __init__(self, url: str):
        import httpx

        from lfn_desktop.sync.transport import NO_DELAY

        self.client = httpx.Client(base_url=url, transport=httpx.HTTPTransport(socket_options=NO_DELAY))

    def round_trips(self, requests: int, bytes_sent: int, bytes_received: int) -> None:
        body = b"y" * max(bytes_sent // max(requests, 1), 1)
        answer = str(max(bytes_received // max(requests, 1), 1))
        for _ in range(requests):
            self.client.post("/echo", content=body, headers={"x-answer-bytes": answer}).raise_for_status()


def pull_floor(vault: Path, bare_url: str, stats: dict) -> dict:
    """The same bytes over HTTP, then the same rows into the same (empty) tables with a bare executemany."""
    from lfn_desktop.store.store import BULK_CACHE_KIB, Store
    from lfn_desktop.sync.engine import APPLY_EVERY

    pulled = bare_rows.connect(vault)
    rows = bare_rows.rows_after(pulled)  # every row of every table the pull filled
    pulled.close()
    fresh = vault.with_name(vault.name + "-floor")
    Store.create(fresh, PASSPHRASE).close()
    conn = bare_rows.connect(fresh)
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")  # what the app's pull gives its connection
    for name in rows:
        conn.execute(f'DELETE FROM "{name}"')  # what the new vault holds before its first sync
    conn.commit()
    http = BareHttp(bare_url)

    def work():
        http.round_trips(stats["requests"], stats["bytes_sent"], stats["bytes_received"])
        bare_rows.insert_rows(conn, rows, APPLY_EVERY)

    timing = timed(work, _proc_cpu(stats["bare_pid"]))
    conn.close()
    return asdict(timing) | {"rows": sum(len(v) for _, v in rows.values())}


def empty_sync(vault: Path, bare_url: str, server_pid: int, bare_pid: int, runs: int) -> dict:
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine

    store = Store.open(vault, PASSPHRASE)
    engine = SyncEngine(store)
    http = BareHttp(bare_url)
    engine.run()  # the first sync after a first pull verifies; the daily one does not
    apps, floors, last = [], [], {}
    for _ in range(runs):
        apps.append(asdict(timed(lambda: last.update(r=engine.run()), _proc_cpu(server_pid))))
        r = last["r"]
        floors.append(asdict(timed(lambda r=r: http.round_trips(r.requests, r.bytes_sent, r.bytes_received),
                                   _proc_cpu(bare_pid))))
    store.close()
    return {"app": apps, "floor": floors, "requests": r.requests, "bytes": r.bytes_sent + r.bytes_received}


def bare_server(port: int) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    async def echo(request):
        await request.body()
        return Response(b"x" * int(request.headers.get("x-answer-bytes", "2")))

    async def info(request):
        return Response(b"{}")

    app = Starlette(routes=[Route("/echo", echo, methods=["POST"]), Route("/api/v1/info", info)])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def main(argv: list[str]) -> int:
    mode, *args = argv
    if mode == "first-pull":
        out = first_pull(args[0], args[1], Path(args[2]), int(args[3]))
    elif mode == "pull-floor":
        out = pull_floor(Path(args[0]), args[1], json.loads(args[2]))
    elif mode == "empty-sync":
        out = empty_sync(Path(args[0]), args[1], int(args[2]), int(args[3]), int(args[4]))
    elif mode == "bare-server":
        bare_server(int(args[0]))
        return 0
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
