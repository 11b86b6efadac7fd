"""UI benchmark: cold start to a painted caseload, dossier open time, caseload search latency, memory.

    .venv/bin/python benchmarks/bench_ui.py [--runs 3] [--json FILE]

On the generated benchmark vault (benchmarks/generate.py: 1,000 participants, 100,000 visits, default
Argon2 parameters; dossier BENCH-500 has 500 visits). Every run is a fresh process, offscreen; the
reference is a fresh process that only starts Qt and paints an empty window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import BIG_DOSSIER_NUMBER, DEFAULT_SIZE, PASSPHRASE, cached_vault  # noqa: E402
from benchmarks.harness import Result, run_suite  # noqa: E402

SEARCH_TEXT = "deelnemer 07"
HUGE_DOSSIER_NUMBER = "BENCH-30000"  # in the regions of the --scale suite (benchmarks/region.py)
BARE_QT = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show(); w.repaint(); app.processEvents()
print(time.monotonic())
"""


def child(folder: Path, started: float) -> dict:
    """In a fresh process: unlock, paint the caseload, open the big dossier, type in the search field."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lfn_desktop.ui.shell.application import make_application
    from lfn_desktop.ui.shell.main_window import MainWindow

    def wait(condition, timeout=120.0):
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError
            QApplication.processEvents()
            time.sleep(0.001)

    make_application()
    window = MainWindow(folder)
    window.resize(1280, 800)
    window.show()
    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.submit()
    wait(lambda: window.workspace is not None)
    painted = []
    window.workspace.caseload.painted.connect(lambda: painted.append(time.monotonic()))
    wait(lambda: painted)
    cold = painted[0] - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    caseload = window.workspace.caseload
    numbers = {r.dossier_number: r.participant_id for r in caseload.model.rows()}

    def open_dossier(number: str) -> tuple[float, int]:
        """Open it from the caseload and show its logbook: milliseconds, and the visits shown."""
        window.workspace.show_caseload()
        QApplication.processEvents()
        t0 = time.perf_counter()
        dossier = window.workspace.open_participant(numbers[number])
        wait(lambda: dossier.dossier is not None)
        dossier.tabs.setCurrentWidget(dossier.logbook)
        dossier.repaint()
        return (time.perf_counter() - t0) * 1000, dossier.logbook.model.rowCount()

    dossier_ms, contacts = open_dossier(BIG_DOSSIER_NUMBER)
    huge = open_dossier(HUGE_DOSSIER_NUMBER) if HUGE_DOSSIER_NUMBER in numbers else (None, None)

    window.workspace.show_caseload()
    QApplication.processEvents()
    latencies = []
    for char in SEARCH_TEXT:
        t0 = time.perf_counter()
        QTest.keyClick(caseload.search, char, Qt.KeyboardModifier.NoModifier)
        caseload.table.viewport().repaint()
        latencies.append((time.perf_counter() - t0) * 1000)
    window.close()
    return {"cold_start_s": round(cold, 3), "peak_rss_mb": round(rss_mb, 1),
            "peak_rss_end_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "caseload_rows": len(caseload._rows), "dossier_open_ms": round(dossier_ms, 1), "dossier_contacts": contacts,
            "huge_dossier_open_ms": huge[0], "huge_dossier_contacts": huge[1],
            "search_keystroke_ms": round(max(latencies), 2),
            "search_keystroke_median_ms": round(sorted(latencies)[len(latencies) // 2], 2)}


def _fresh_process(*args: str) -> tuple[float, str]:
    """Run Python with ``args`` in a new process (``{started}`` is replaced by the launch time)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LFN_LANG="nl")
    started = time.monotonic()
    done = subprocess.run([sys.executable, *(a.replace("{started}", str(started)) for a in args)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return started, done.stdout.strip().splitlines()[-1]


def run(work: Path, runs: int = 3) -> list[Result]:
    folder = cached_vault(work / "vault")
    children = []
    for _ in range(runs):
        _, line = _fresh_process(__file__, "--child", str(folder), "--started", "{started}")
        children.append(json.loads(line))
    bare = []
    for _ in range(runs):
        started, line = _fresh_process("-c", BARE_QT)
        bare.append((float(line) - started) * 1000)
    label = f"{DEFAULT_SIZE.participants:,} participants, {DEFAULT_SIZE.visits:,} visits"

    def med(key: str) -> float:
        return statistics.median(c[key] for c in children)

    rss = max(c["peak_rss_end_mb"] for c in children)
    return [
        Result("cold start: unlock + caseload painted", label, med("cold_start_s") * 1000, runs, rss,
               "bare Qt window in a fresh process", statistics.median(bare), target_ms=1500),
        Result("open the dossier with 500 visits (logbook shown)", "500 visits", med("dossier_open_ms"), runs, rss,
               target_ms=200),
        Result("caseload search, worst keystroke", f"{int(med('caseload_rows')):,} rows in view",
               med("search_keystroke_ms"), runs, rss, target_ms=50),
        Result("app resident memory (peak)", label, 0.0, runs, rss,
               note=f"target under 300 MB: {'ok' if rss < 300 else 'OVER'}"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.started)))
        return 0
    return run_suite(run, "lfn-bench-ui-", args)


if __name__ == "__main__":
    sys.exit(main())
