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
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--scale", action="store_true",
                        help="the whole-region suite on a real server process (benchmarks/scale.py)")
    parser.add_argument("--sizes", type=int, nargs="+", default=None, help="participants per region (--scale)")
    parser.add_argument("--parts", nargs="+", choices=["sync", "app"], default=["sync", "app"],
                        help="with --scale: only the sync figures, or only the app's")
    args = parser.parse_args()
    if args.scale:
        return run_scale(args)
    args.json = args.json or HERE / "results" / "latest.json"
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


def run_scale(args) -> int:
    from benchmarks import scale

    runs = args.runs if "--runs" in sys.argv else 1
    with tempfile.TemporaryDirectory(prefix="lfn-bench-scale-") as work:
        figures, growth = scale.run(Path(work), args.sizes or list(scale.DEFAULT_SIZES), runs, frozenset(args.parts))
    print(scale.table(figures, growth))
    out = args.json or HERE / "results" / "scale-latest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "when": datetime.now().isoformat(timespec="seconds"), "machine": platform.node(),
        "python": platform.python_version(), "cpus": os.cpu_count(), "runs": runs,
        "figures": [f.as_dict() for f in figures], "growth": growth}, indent=1))
    scale.plot(figures, HERE / "growth.png")
    scale.write_readme(HERE / "README.md", figures, growth, runs)
    print(f"\nwritten to {out}, {HERE / 'growth.png'} and the table in {HERE / 'README.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
