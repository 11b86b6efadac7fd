"""Schemathesis against the server's own OpenAPI description: cases generated from every endpoint's typed models
(valid and invalid: wrong types, missing fields, huge numbers, odd strings), sent over HTTP to a real
``lfn-server serve`` process, signed in as a real laptop. No answer may be a server error (5xx).
"""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from lfn_common.protocol import API_PREFIX
from lfn_server.db import create_schema, make_engine

from .sync_support import PASSWORD, ServerProcess, make_partnership

EXAMPLES = 100  # per endpoint and phase


@pytest.mark.slow
def test_generated_requests_never_get_a_server_error(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'server' / 'server.db'}")
    create_schema(engine)
    make_partnership(engine)
    engine.dispose()
    with ServerProcess(tmp_path / "server", "--docs") as server:
        enrolled = httpx.post(server.url + API_PREFIX + "/enrol", json={
            "username": "anouk", "password": PASSWORD, "device_id": str(uuid.uuid4())}).json()
        run = subprocess.run(
            [str(Path(sys.executable).with_name("schemathesis")), "run", server.url + "/openapi.json",
             "--checks", "not_a_server_error", "--max-examples", str(EXAMPLES), "--seed", "20261202",
             "--workers", "2", "--header", f"Authorization: Bearer {enrolled['token']}",
             ],
            capture_output=True, text=True, timeout=900, cwd=tmp_path,  # its cache of crashes stays out of the tree
            env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    summary = run.stdout[-3000:]
    assert run.returncode == 0, summary
    counts = re.search(r"(\d+) generated, (\d+) passed", summary)
    assert counts and counts[1] == counts[2] and int(counts[1]) >= 500, summary
