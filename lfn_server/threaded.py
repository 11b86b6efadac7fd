"""The server in a background thread of the current process, on a free loopback port.

For the tests and the benchmarks (real HTTP, real uvicorn), and for a demo next to the app.
"""

from __future__ import annotations

import socket
import threading
import time

import uvicorn
from sqlalchemy import Engine

from .app import create_app


class ServerThread:
    """``with ServerThread(engine) as server:`` serves the API at ``server.url`` until the block ends."""

    def __init__(self, engine: Engine | None = None, *, app=None, certfile: str | None = None,
                 keyfile: str | None = None):
        self.engine = engine
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"{'https' if certfile else 'http'}://127.0.0.1:{self.port}"
        config = uvicorn.Config(app or create_app(engine), log_level="warning", access_log=False,
                                ssl_certfile=certfile, ssl_keyfile=keyfile)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def __enter__(self) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=20)
        self._socket.close()
