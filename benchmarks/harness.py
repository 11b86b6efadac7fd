"""What every benchmark shares: timing by median of several runs, peak memory, and the result row.

A result compares an operation of the app with its *physical reference* measured in the same run (the
same work done with bare SQLCipher or bare HTTP), so a figure says how much the app adds, whatever the
machine.
"""

from __future__ import annotations

import math
import os
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Result:
    operation: str
    size: str
    median_ms: float
    runs: int
    peak_rss_mb: float
    reference: str | None = None
    reference_ms: float | None = None
    target_ms: float | None = None  # the goal from the issue, where there is one
    note: str = ""
    load: float = field(default_factory=lambda: os.getloadavg()[0])  # when the figure was taken

    @property
    def ratio(self) -> float | None:
        """How many times the reference's time the app takes (1.0 = no overhead)."""
        if not self.reference_ms:
            return None
        return self.median_ms / self.reference_ms

    @property
    def verdict(self) -> str:
        if self.target_ms is None:
            return ""
        return "ok" if self.median_ms <= self.target_ms else f"OVER by {self.median_ms - self.target_ms:.0f} ms"

    def as_dict(self) -> dict:
        return asdict(self) | {"ratio": self.ratio, "verdict": self.verdict}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_ms(work: Callable[[], object], runs: int = 5, *, setup: Callable[[], object] | None = None) -> float:
    """Median wall time of ``work`` over ``runs`` runs, ``setup`` (untimed) before each."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@dataclass
class Timing:
    """One measured run: wall and CPU time (this process, all its threads; plus a server's, where there is one)
    and the machine's load average when it ended, so that a busy machine shows in the figure."""

    wall_s: float
    cpu_s: float
    load: float
    server_cpu_s: float = 0.0
    peak_rss_mb: float = 0.0


def timed(work: Callable[[], object], server_cpu: Callable[[], float] | None = None) -> Timing:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    server0 = server_cpu() if server_cpu else 0.0
    work()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return Timing(wall, cpu, os.getloadavg()[0], (server_cpu() - server0) if server_cpu else 0.0, peak_rss_mb())


def interleaved(app: Callable[[], Timing], floor: Callable[[], Timing], runs: int) -> tuple[list[Timing], list[Timing]]:
    """App and floor the same number of times, one after the other, so that a busy spell hits both alike."""
    apps, floors = [], []
    for _ in range(runs):
        apps.append(app())
        floors.append(floor())
    return apps, floors


def median_timing(timings: list[Timing]) -> Timing:
    """The run of median wall time (its own CPU and load with it, not a mix of runs)."""
    ordered = sorted(timings, key=lambda t: t.wall_s)
    return ordered[(len(ordered) - 1) // 2]


def growth_exponent(sizes: list[float], values: list[float]) -> float | None:
    """k in value ∝ size^k, least squares on the logarithms (1.0: linear growth)."""
    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True) if s > 0 and v > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / var if var else None


def table(results: list[Result]) -> str:
    head = ("operation", "size", "median", "peak RSS", "reference", "ratio", "load", "target")
    rows = [head]
    for r in results:
        rows.append((r.operation, r.size, f"{r.median_ms:,.1f} ms", f"{r.peak_rss_mb:,.0f} MB",
                     f"{r.reference_ms:,.1f} ms {r.reference}" if r.reference_ms is not None else "",
                     f"{r.ratio:.2f}×" if r.ratio is not None else "", f"{r.load:.2f}",
                     f"{r.target_ms:,.0f} ms {r.verdict}" if r.target_ms is not None else ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_suite(run: Callable[..., list[Result]], prefix: str, args, **options) -> int:
    """What every benchmark script does after parsing its arguments: run in a scratch folder, print the
    table, and write it as JSON when ``--json`` was given."""
    import json
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix=prefix) as work:
        results = run(Path(work), args.runs, **options)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in results], indent=1))
    return 0


def simple_main(run: Callable[..., list[Result]], doc: str, prefix: str, default_runs: int = 3) -> int:
    """The whole ``main`` of a benchmark script that takes only ``--runs`` and ``--json``."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=default_runs)
    parser.add_argument("--json", type=Path, help="also write the results here")
    return run_suite(run, prefix, parser.parse_args())
