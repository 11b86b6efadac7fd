"""Figures benchmarks on the generated vault: indicators for a quarter, and the quarterly report files.

    .venv/bin/python benchmarks/bench_figures.py [--runs 3] [--json FILE]

No target is set for these in the issue; the reference is reading the same rows with bare SQL on the same
file, so the ratio says what computing the figures adds to just fetching them.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import DEFAULT_SIZE, PASSPHRASE, Size, cached_vault  # noqa: E402
from benchmarks.harness import Result, median_ms, peak_rss_mb  # noqa: E402


def run(work: Path, runs: int = 3, size: Size = DEFAULT_SIZE) -> list[Result]:
    folder = cached_vault(work / "vault", size)
    return measure(folder, work, runs, f"{size.participants:,} participants, {size.visits:,} visits")


def measure(folder: Path, work: Path, runs: int, label: str) -> list[Result]:
    """The figures of the last full quarter on the vault at ``folder`` (its passphrase: PASSPHRASE)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from lfn_desktop.exchange.figures_tables import tables
    from lfn_desktop.exchange.figures_workbook import write_workbook
    from lfn_desktop.operations import Workspace
    from lfn_desktop.operations.figures import Period
    from lfn_desktop.store import keyfile, vault
    from lfn_desktop.store.store import Store
    from lfn_desktop.ui.figures.quarterly_report import write_report_pdf
    from lfn_desktop.ui.figures.view import translate, vocabulary

    app = QApplication.instance() or QApplication([])
    ws = Workspace(Store.open(folder, PASSPHRASE))
    today = date.today()
    quarter = Period.quarter(today.year if today.month > 3 else today.year - 1, ((today.month - 1) // 3) or 4)

    raw = vault.connect_raw(folder / "vault.db", keyfile.unwrap_key(folder / "vault.key", PASSPHRASE))

    def bare_reads():  # the rows the figures read, with the same conditions
        start, end = quarter.start.isoformat(), quarter.end.isoformat()
        for sql, args in (("SELECT * FROM trajectory WHERE deleted = 0", ()),
                          ("SELECT * FROM participant WHERE deleted = 0", ()),
                          ("SELECT * FROM measurement WHERE deleted = 0 AND incomplete = 0 AND taken_on <= ?", (end,)),
                          ("SELECT trajectory_id, occurred_at, kind, place FROM contact WHERE deleted = 0 "
                           "AND occurred_at >= ? AND occurred_at < date(?, '+1 day')", (start, end)),
                          ("SELECT trajectory_id, min(occurred_at) FROM contact WHERE deleted = 0 AND trajectory_id IN "
                           "(SELECT id FROM trajectory WHERE closed_on BETWEEN ? AND ?) GROUP BY trajectory_id",
                           (start, end)),
                          ("SELECT * FROM network_snapshot WHERE deleted = 0 AND taken_on <= ?", (end,))):
            raw.execute(sql, args).fetchall()

    reference = median_ms(bare_reads, runs)
    compute_ms = median_ms(lambda: ws.figures.compute(quarter), runs)
    report = tables(ws.figures.compute(quarter), vocabulary, translate)
    pdf_ms = median_ms(lambda: write_report_pdf(work / "report.pdf", "Kwartaalrapport", ["benchmark"], report), runs)
    xlsx_ms = median_ms(lambda: write_workbook(work / "report.xlsx", ["Kwartaalrapport"], report), runs)
    raw.close()
    ws.store.close()
    del app
    rss = peak_rss_mb()
    return [
        Result("figures: indicators of a quarter, whole partnership", label, compute_ms, runs, rss,
               "bare reads of the same tables", reference),
        Result("figures: quarterly report PDF (from the figures)", f"{len(report)} tables", pdf_ms, runs, rss),
        Result("figures: quarterly workbook XLSX (from the figures)", f"{len(report)} tables", xlsx_ms, runs, rss),
    ]


def main() -> int:
    import argparse

    from benchmarks.harness import run_suite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--vault", type=Path, help="measure this vault (passphrase PASSPHRASE) instead")
    args = parser.parse_args()
    if args.vault:
        return run_suite(lambda work, runs: measure(args.vault, work, runs, str(args.vault.name)), "lfn-bench-", args)
    return run_suite(run, "lfn-bench-figures-", args)


if __name__ == "__main__":
    sys.exit(main())
