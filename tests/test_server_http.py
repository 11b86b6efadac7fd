"""What every answer of the server carries and refuses, before any dossier is read: security headers, JSON only,
bodies bounded before authentication (a lying Content-Length too), the interactive docs off unless asked."""

from __future__ import annotations

import socket
import time

import httpx

from lfn_common.protocol import API_PREFIX
from lfn_server.app import SECURITY_HEADERS, create_app
from lfn_server.threaded import ServerThread


def test_every_answer_carries_the_security_headers(server):
    answers = [httpx.get(server.url + API_PREFIX + "/info"),
               httpx.post(server.url + API_PREFIX + "/sync/pull", json={"device_id": "x", "cursor": 0}),  # 401
               httpx.get(server.url + "/no-such-page")]
    assert [a.status_code for a in answers] == [200, 401, 404]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers[name] == value


def test_only_json_is_accepted(server):
    plain = httpx.post(server.url + API_PREFIX + "/enrol", content=b'{"username": "a"}',
                       headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415 and plain.json()["error"] == "unsupported_media_type"


def test_a_lying_content_length_is_refused_before_the_body_is_read(server):
    host, port = "127.0.0.1", int(server.url.rsplit(":", 1)[1])
    with socket.create_connection((host, port), timeout=10) as conn:
        started = time.monotonic()
        conn.sendall(b"POST " + API_PREFIX.encode() + b"/sync/push HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 8589934592\r\n\r\n")  # 8 GiB, none sent
        answer = conn.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413") and time.monotonic() - started < 5  # answered, not waited for


def test_the_interactive_description_is_off_unless_asked(server):
    assert httpx.get(server.url + "/docs").status_code == 404
    assert httpx.get(server.url + "/openapi.json").status_code == 404
    with ServerThread(app=create_app(server.engine, docs=True)) as described:
        assert httpx.get(described.url + "/openapi.json").json()["info"]["title"] == "LfN sync server"
        assert httpx.get(described.url + "/docs").status_code == 200
