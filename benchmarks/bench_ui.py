"""UI benchmark: cold start to a painted caseload, dossier open time, caseload search latency.

    .venv/bin/python benchmarks/bench_ui.py [--vault DIR]

Uses the benchmark vault (1,000 participants, 100,000 visits, default Argon2 parameters); without
--vault it builds one through the domain operations in a temporary folder (fictional data only), or with
benchmarks/generate.py's ``build_vault(folder, passphrase)`` when that exists. One participant
(dossier number BENCH-500) has exactly 500 visits. The measurements run in a fresh subprocess, offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

PASSPHRASE = "benchmark-passphrase-ui"
PARTICIPANTS, VISITS, BIG_DOSSIER = 1_000, 100_000, 500
TARGETS = {"cold_start_s": 1.5, "dossier_open_ms": 200, "search_keystroke_ms": 50}
SEARCH_TEXT = "deelnemer 07"


def build_vault(folder: Path) -> None:
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    try:
        from benchmarks.generate import build_vault as generated  # the shared benchmark vault, when written
    except ImportError:
        generated = None
    if generated is not None:
        generated(folder, PASSPHRASE)
        ws = Workspace(Store.open(folder, PASSPHRASE))
        partnership = ws.reference.partnerships()[0].id
        coach = ws.store.user_id
    else:
        ws = Workspace(Store.create(folder, PASSPHRASE))  # default KDF: the unlock is measured for real
        partnership = ws.reference.create_partnership("LP Benchmark").id
        coaches = [ws.reference.add_user(partnership, f"Coach {n:02d}", "coach", fte=0.8).id for n in range(60)]
        coach = coaches[0]
        ws.reference.set_current_user(coach)
        rnd = random.Random(1)
        now = datetime.now().replace(second=0, microsecond=0)
        kinds = ["home_visit", "phone", "outreach_walk", "office"]
        places = ["home", "remote", "neighbourhood", "office"]
        per_participant = (VISITS - BIG_DOSSIER) // (PARTICIPANTS - 1)
        for n in range(PARTICIPANTS - 1):
            pid = ws.participants.intake(partnership, given_name=f"Deelnemer {n:03d}", family_name="Benchmark",
                                         municipality=f"Gemeente {n % 12}", coach_ids=[coaches[n % 60]]).id
            _visits(ws, rnd, pid, per_participant, now, kinds, places)
    pid = ws.participants.intake(partnership, given_name="Groot", family_name="Dossier", dossier_number="BENCH-500",
                                 coach_ids=[coach]).id
    _visits(ws, random.Random(2), pid, BIG_DOSSIER, datetime.now().replace(second=0, microsecond=0),
            ["home_visit", "phone"], ["home", "remote"])
    ws.close()


def _visits(ws, rnd, pid, count, now, kinds, places) -> None:
    ws.contacts.record_many([{
        "participant_id": pid, "occurred_at": now - timedelta(hours=6 * k + rnd.randint(1, 5)),
        "duration_min": rnd.choice([15, 30, 45, 60]), "kind": rnd.choice(kinds), "place": rnd.choice(places),
        "life_domains": [rnd.randint(1, 10)], "agreements": "Verzonnen afspraak voor de benchmark.",
    } for k in range(count)])


def child(folder: Path, started: float) -> dict:
    """In a fresh process: unlock, paint the caseload, open the big dossier, type in the search field."""
    import resource

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lfn_desktop.ui.application import make_application
    from lfn_desktop.ui.main_window import MainWindow

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
    big = next(r.participant_id for r in caseload.model.rows() if r.dossier_number == "BENCH-500")
    t0 = time.perf_counter()
    dossier = window.workspace.open_participant(big)
    wait(lambda: dossier.dossier is not None)
    dossier.tabs.setCurrentWidget(dossier.logbook)
    dossier.repaint()
    dossier_ms = (time.perf_counter() - t0) * 1000
    contacts = dossier.logbook.model.rowCount()

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
            "search_keystroke_ms": round(max(latencies), 2),
            "search_keystroke_median_ms": round(sorted(latencies)[len(latencies) // 2], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help=f"an existing benchmark vault (passphrase: {PASSPHRASE})")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.started)))
        return 0
    with tempfile.TemporaryDirectory() as work:
        folder = args.vault
        if folder is None:
            folder = Path(work) / "vault"
            t0 = time.perf_counter()
            build_vault(folder)
            print(f"built the benchmark vault in {time.perf_counter() - t0:.1f} s")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LFN_LANG="nl")
        started = time.monotonic()
        done = subprocess.run([sys.executable, __file__, "--child", str(folder), "--started", str(started)],
                              env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        result = json.loads(done.stdout.strip().splitlines()[-1])
    for key, value in result.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else f"  (target {target}: {'ok' if value <= target else 'OVER'})"
        print(f"{key:28} {value}{verdict}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
