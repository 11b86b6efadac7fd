"""Vault benchmarks on the generated vault: unlock, caseload, dossier, search, writing and applying pulls.

    .venv/bin/python benchmarks/bench_vault.py [--runs 5] [--json FILE]

Each operation goes through the app's own domain operations; its reference is the same work with a
bare sqlcipher3 connection on the same file in the same run.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import bare_rows  # noqa: E402
from benchmarks.generate import BIG_DOSSIER_NUMBER, DEFAULT_SIZE, PASSPHRASE, Size, cached_vault  # noqa: E402
from benchmarks.harness import Result, median_ms, peak_rss_mb, simple_main  # noqa: E402

SEARCH_TEXT = "deelnemer 07"
BULK = 10_000


def run(work: Path, runs: int = 5, size: Size = DEFAULT_SIZE) -> list[Result]:
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store import keyfile, vault
    from lfn_desktop.store.store import Store

    folder = cached_vault(work / "vault", size)
    label = f"{size.participants:,} participants, {size.visits:,} visits"
    results: list[Result] = []

    def raw_connection():
        key = keyfile.unwrap_key(folder / "vault.key", PASSPHRASE)
        return vault.connect_raw(folder / "vault.db", key)

    # --- unlock: Argon2id + key unwrap + open + schema check ------------------------------------------
    def raw_unlock():
        conn = raw_connection()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    results.append(Result("unlock (passphrase → open vault)", label,
                          median_ms(lambda: Store.open(folder, PASSPHRASE).close(), runs), runs, peak_rss_mb(),
                          "Argon2id unwrap + bare open", median_ms(raw_unlock, runs)))

    ws = Workspace(Store.open(folder, PASSPHRASE))
    raw = raw_connection()
    big = ws.queries.caseload(search=BIG_DOSSIER_NUMBER.lower())[0].participant_id
    coach = ws.store.user_id

    # --- caseload: the app's query vs the same SQL on a bare connection -----------------------------------
    bare_caseload = """
        SELECT p.id, p.dossier_number, p.given_name, p.family_name, p.municipality, t.id, t.phase, t.started_on,
          (SELECT occurred_at FROM contact c WHERE c.participant_id = p.id AND c.deleted = 0
             ORDER BY occurred_at DESC LIMIT 1),
          (SELECT next_step_on FROM contact c WHERE c.participant_id = p.id AND c.deleted = 0
             AND c.next_step_on >= date('now') ORDER BY next_step_on LIMIT 1),
          (SELECT answers FROM measurement m WHERE m.participant_id = p.id AND m.instrument_id = 'release_scale'
             AND m.deleted = 0 AND m.incomplete = 0 ORDER BY taken_on DESC, created_version DESC LIMIT 1)
        FROM participant p LEFT JOIN trajectory t ON t.id = (
          SELECT id FROM trajectory WHERE participant_id = p.id AND deleted = 0
          ORDER BY started_on DESC, created_version DESC LIMIT 1)
        WHERE p.deleted = 0 AND (t.phase IS NULL OR t.phase != 'closed')"""
    reference = median_ms(lambda: raw.execute(bare_caseload).fetchall(), runs)
    results.append(Result("caseload, whole partnership (team lead)", label,
                          median_ms(lambda: ws.queries.caseload(), runs), runs, peak_rss_mb(),
                          "the same SQL, bare", reference))
    results.append(Result("caseload, one coach", label,
                          median_ms(lambda: ws.queries.caseload(coach_id=coach), runs), runs, peak_rss_mb(),
                          "whole caseload SQL, bare", reference))

    # --- dossier with 500 visits -----------------------------------------------------------------------
    results.append(Result(
        "dossier with its logbook", f"{size.visits // size.participants}–500 visits",
        median_ms(lambda: ws.queries.dossier(big), runs), runs, peak_rss_mb(), "bare select of its 500 contacts",
        median_ms(lambda: raw.execute("SELECT * FROM contact WHERE participant_id = ? AND deleted = 0 "
                                      "ORDER BY occurred_at DESC", (big,)).fetchall(), runs), target_ms=200))

    # --- search, one keystroke at a time -----------------------------------------------------------------
    prefixes = [SEARCH_TEXT[: n + 1] for n in range(len(SEARCH_TEXT))]
    per_key = median_ms(lambda: [ws.queries.caseload(search=p) for p in prefixes], runs) / len(prefixes)
    raw_key = median_ms(lambda: [raw.execute("SELECT id FROM participant WHERE search_name LIKE ?",
                                             (f"%{p}%",)).fetchall() for p in prefixes], runs) / len(prefixes)
    results.append(Result("caseload search query, per keystroke", label, per_key, runs, peak_rss_mb(),
                          "bare LIKE on the search column", raw_key,
                          note="the CLI's search; the app filters the loaded caseload in memory (bench_ui)"))

    # --- writing 10,000 visits, and applying 10,000 pulled ones: app and floor on twin copies ------------------
    # The floor inserts exactly the rows the app added (contacts, and the outbox rows where the app writes them),
    # varied as they are, into the same tables of the same size with a bare executemany, in as many transactions;
    # app and floor are timed the same number of times, one after the other.
    now = datetime.now().replace(second=0, microsecond=0)
    visits = [{"participant_id": big, "occurred_at": now - timedelta(minutes=n), "duration_min": 30 + n % 60,
               "kind": ("phone", "home_visit", "office")[n % 3], "place": ("remote", "home", "office")[n % 3],
               "notes": f"Benchmark {n}: verzonnen verslag."} for n in range(BULK)]
    raw.close()
    ws.store.close()
    changes = _changes_from_another_laptop(work, size, big)
    from lfn_desktop.sync.engine import APPLY_EVERY
    from lfn_desktop.sync.local import LocalReplica

    def record(ws):
        ws.contacts.record_many(visits)

    def apply_all(ws):  # as the sync engine does: applied APPLY_EVERY per transaction
        replica = LocalReplica(ws.store)
        for start in range(0, len(changes), APPLY_EVERY):
            replica.apply_page(changes[start:start + APPLY_EVERY], cursor=start + APPLY_EVERY)

    for name, work_of, every in (("record 10,000 visits (operations, one transaction)", record, None),
                                 (f"apply 10,000 pulled changes (merge, {APPLY_EVERY:,} per transaction)", apply_all,
                                  APPLY_EVERY)):
        apps, floors = [], []
        for n in range(runs):
            app_copy, floor_copy = work / f"app-{n}", work / f"floor-{n}"
            for copy in (app_copy, floor_copy):
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(folder, copy)
            app_ws = Workspace(Store.open(app_copy, PASSPHRASE))
            # The bare connection is closed while the app works: an open read would hold back its checkpoints.
            raw = bare_rows.connect(app_copy)
            before = bare_rows.last_rowids(raw)
            raw.close()
            apps.append(median_ms(lambda w=app_ws, f=work_of: f(w), 1))
            app_ws.store.close()
            raw = bare_rows.connect(app_copy)
            added = bare_rows.rows_after(raw, before)
            raw.close()
            floors.append(_bare_insert_ms(floor_copy, added, every))
        rows = sum(len(r) for _, r in added.values())
        results.append(Result(name, f"{BULK:,} visits, {rows:,} rows written", statistics.median(apps), runs,
                              peak_rss_mb(), "the same rows, bare executemany into the same tables",
                              statistics.median(floors),
                              target_ms=3 * statistics.median(floors) if every else None,
                              note="target: no less than a third of bare bulk-insert speed" if every else ""))
    return results


def _bare_insert_ms(folder: Path, added: bare_rows.Rows, every: int | None) -> float:
    conn = bare_rows.connect(folder)
    started = time.perf_counter()
    bare_rows.insert_rows(conn, added, every)
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def _changes_from_another_laptop(work: Path, size: Size, participant_id: str):
    """10,000 new visits recorded on a second laptop (a copy of the vault with another device id)."""
    from lfn_common.protocol import ServerChange
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import STATE_DEVICE, Store
    from lfn_desktop.sync.local import STATE_ACKED, LocalReplica

    other = work / "other-laptop"
    shutil.copytree(work / "vault", other)
    store = Store.open(other, PASSPHRASE)
    store.set_state(STATE_DEVICE, str(uuid.uuid4()))
    with store.engine.connect() as conn:
        last = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar()
    store.set_state(STATE_ACKED, str(last))
    store.close()
    ws = Workspace(Store.open(other, PASSPHRASE))
    now = datetime.now().replace(second=0, microsecond=0)
    ws.contacts.record_many([{"participant_id": participant_id, "occurred_at": now - timedelta(minutes=n),
                              "duration_min": 45, "kind": "home_visit", "place": "home", "notes": "Andere laptop"}
                             for n in range(BULK)])
    pending = LocalReplica(ws.store).pending(BULK + 10)
    ws.store.close()
    return [ServerChange(**c.model_dump(), server_seq=n + 1) for n, c in enumerate(pending)]


def main() -> int:
    return simple_main(run, __doc__, "lfn-bench-", default_runs=5)


if __name__ == "__main__":
    sys.exit(main())
