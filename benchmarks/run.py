"""Run every benchmark of the project and print one table; also write it as JSON to compare runs.

    .venv/bin/python benchmarks/run.py [--runs 5] [--json benchmarks/results/latest.json]

Data: the generated benchmark vault (benchmarks/generate.py, built once and cached under
benchmarks/results/cache/). Each suite runs in its own process so that one's memory and caches do not
colour another's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Result, table  # noqa: E402

HERE = Path(__file__).resolve().parent
SUITES = ["bench_vault.py", "bench_ui.py", "bench_sync.py", "bench_figures.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    results: list[Result] = []
    failed = []
    with tempfile.TemporaryDirectory(prefix="lfn-bench-all-") as work:
        for suite in SUITES:
            if not (HERE / suite).exists():  # a suite another issue has not written yet
                continue
            out = Path(work) / f"{suite}.json"
            print(f"running {suite} ...", file=sys.stderr, flush=True)
            done = subprocess.run([sys.executable, str(HERE / suite), "--runs", str(args.runs), "--json", str(out)],
                                  check=False)
            if done.returncode != 0 or not out.exists():
                failed.append(suite)
                continue
            for row in json.loads(out.read_text()):
                row.pop("ratio", None)
                row.pop("verdict", None)
                results.append(Result(**row))
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({
        "when": datetime.now().isoformat(timespec="seconds"), "machine": platform.node(),
        "python": platform.python_version(), "cpus": os.cpu_count(),
        "results": [r.as_dict() for r in results]}, indent=1))
    print(f"\nwritten to {args.json}", file=sys.stderr)
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
