"""Real parts for the sync tests: the server on loopback (uvicorn in a thread), a PostgreSQL the tests start
themselves, a TCP relay that can cut a connection at a chosen byte, and enrolled coach vaults.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from lfn_desktop.operations import Workspace
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.store import Store
from lfn_desktop.sync.engine import SyncEngine, enrol
from lfn_server import admin
from lfn_server.threaded import ServerThread  # noqa: F401 - the tests' server

PASSWORD = "a long enough test password"
VAULT_PASSPHRASE = "vault passphrase for tests"


# --- the server ---------------------------------------------------------------------------------------------


# --- PostgreSQL ---------------------------------------------------------------------------------------------


class Postgres:
    """A throwaway PostgreSQL cluster (Debian's ``postgresql``), run as the ``postgres`` user when we are root."""

    def __init__(self):
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not bins:
            raise RuntimeError("PostgreSQL is not installed: run ./scripts/setup.sh --dev")
        self.bin = bins[-1].parent
        self.folder = Path(tempfile.mkdtemp(prefix="lfn-pg-"))
        self.port = _free_port()
        self._as = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> Postgres:
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--no-sync")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")
        return self

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self) -> str:
        name = "lfn_" + uuid.uuid4().hex[:12]
        admin_engine = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres",
                                     isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin_engine.dispose()
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- a cuttable connection ------------------------------------------------------------------------------------


class CuttingRelay:
    """A TCP relay in front of the server; ``cut_after(n)`` drops every connection once n more bytes of
    answers have passed (mid-response, at an arbitrary byte), as a dying Wi-Fi link would."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._budget: int | None = None
        self._lock = threading.Lock()
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, n_bytes: int | None) -> None:
        with self._lock:
            self._budget = n_bytes

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, downstream: bool) -> None:
        try:
            while data := source.recv(4096):
                if downstream:
                    with self._lock:
                        if self._budget is not None:
                            if len(data) >= self._budget:
                                data = data[:self._budget]
                                self._budget = None
                                self.cuts += 1
                                sink.sendall(data)
                                raise ConnectionAbortedError
                            self._budget -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self._listener.close()


# --- a partnership and its laptops ------------------------------------------------------------------------


@dataclass
class Partnership:
    id: str
    org: str
    coach_a: str
    coach_b: str
    lead: str


def make_partnership(engine: Engine, name: str = "LP Testrand", prefix: str = "") -> Partnership:
    with engine.begin() as conn:
        pid = admin.create_partnership(conn, name, "Testregio")
        org = admin.add_organisation(conn, pid, "Buurtwerk Testrand vzw", "civil_society")
        a = admin.add_user(conn, pid, "Coach Anouk", prefix + "anouk", PASSWORD, "coach", organisation_id=org)
        b = admin.add_user(conn, pid, "Coach Bram", prefix + "bram", PASSWORD, "coach", organisation_id=org)
        lead = admin.add_user(conn, pid, "Teamleider Lies", prefix + "lies", PASSWORD, "team_lead",
                              organisation_id=org)
    return Partnership(pid, org, a, b, lead)


class Laptop:
    """A coach's vault, enrolled with the server and synced once (so it holds the reference data)."""

    def __init__(self, folder: Path, server_url: str, username: str, *, first_sync: bool = True,
                 pinned_cert_pem: str | None = None):
        self.store = Store.create(folder, VAULT_PASSPHRASE, LIGHT_KDF)
        self.ws = Workspace(self.store)
        reply = enrol(self.store, server_url, username, PASSWORD, device_name=f"laptop of {username}",
                      pinned_cert_pem=pinned_cert_pem)
        self.user_id = reply.user_id
        self.partnership_id = reply.partnership_id
        if first_sync:
            self.sync()

    def sync(self, **kwargs):
        return SyncEngine(self.store, **kwargs).run()

    def close(self) -> None:
        if self.store.is_open:
            self.store.close()


class ServerProcess:
    """``lfn-server serve`` in a process of its own on a free loopback port, as a partnership runs it: the
    server's work never shares this process's interpreter (and its lock) with the app under test. On the
    embedded database in ``data_dir``, or on ``database_url`` (PostgreSQL). Used by the benchmarks too."""

    def __init__(self, data_dir: Path | None, *serve_options: str, database_url: str | None = None):
        self.data_dir, self.database_url = data_dir, database_url
        self.serve_options = serve_options  # such as --docs
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        import sys

        where = ["--database-url", self.database_url] if self.database_url else ["--data-dir", str(self.data_dir)]
        return [str(Path(sys.executable).with_name("lfn-server")), *where, "serve", "--port", str(self.port),
                "--log-level", "warning", *self.serve_options]

    @property
    def pid(self) -> int:
        return self._process.pid

    def cpu_seconds(self) -> float:
        """User + system CPU time the process has used so far (for the benchmarks)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> ServerProcess:
        import time

        import httpx

        self._process = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120  # a region's database is migrated first
        while True:
            if self._process.poll() is not None:
                raise RuntimeError(f"lfn-server stopped: {self._process.stderr.read().decode()[-2000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/", timeout=1).status_code < 500:
                    return self
            if time.monotonic() > deadline:
                raise RuntimeError("lfn-server did not start")
            time.sleep(0.05)

    def __exit__(self, *exc) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
