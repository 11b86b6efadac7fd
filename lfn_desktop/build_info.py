"""What this build is: version, source commit, build time and the versions of the parts that matter.

A bundle carries ``build-info.json`` (written by ``packaging/build.sh``); a checkout asks git. Shown in the
About box and printed by the self-test, so a coach's screenshot tells support exactly what she runs.
"""

from __future__ import annotations

import json
import platform
import subprocess
from functools import cache
from pathlib import Path

from . import __version__, paths

BUILD_INFO = "build-info.json"


@cache
def build_info() -> dict[str, str]:
    info = {"version": __version__, "commit": "", "built": ""}
    stamp = paths.resources_dir() / BUILD_INFO
    if stamp.exists():
        info.update(json.loads(stamp.read_text(encoding="utf-8")))
    else:
        info["commit"] = _git_commit(Path(__file__).resolve().parents[1])
    import sqlcipher3

    from lfn_common.protocol import PROTOCOL_VERSION

    from .store.schema import head_revision

    info.update(python=platform.python_version(), sqlcipher=_sqlcipher_version(sqlcipher3),
                schema=head_revision(), protocol=str(PROTOCOL_VERSION), system=platform.platform(terse=True))
    return info


def _git_commit(folder: Path) -> str:
    try:
        done = subprocess.run(["git", "-C", str(folder), "describe", "--always", "--dirty"], capture_output=True,
                              text=True, timeout=5, check=False)
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _sqlcipher_version(sqlcipher3) -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
