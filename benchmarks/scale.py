"""The ``--scale`` suite: whole regions of 1,000, 2,500 and 5,000 participants on a real server process.

    .venv/bin/python benchmarks/run.py --scale [--sizes 1000 2500 5000] [--runs 1]

Per size: a fresh copy of the cached region (benchmarks/region.py) is served by ``lfn-server serve`` in its own
process; a team lead and a coach set up new laptops (first pull), then sync again with nothing to exchange;
then the lead's laptop is opened in the app (cold start with the vault out of the page cache, the dossiers of
500 and 30,000 visits, search, the figures of a quarter). Every figure is measured as often as its floor,
interleaved, each in a fresh process, with wall and CPU time (the laptop's, and the server's) and the load
average. Across sizes each figure gets its growth exponent (1.0: linear in the region's size).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.harness import Timing, growth_exponent, median_timing
from benchmarks.region import BareServer, Region, ServerProcess, cached_region

HERE = Path(__file__).resolve().parent
DEFAULT_SIZES = (1000, 2500, 5000)


@dataclass
class Figure:
    name: str
    size: int  # participants in the region
    app: Timing
    floor: Timing | None = None
    target: str = ""  # as the issue states it
    ok: bool | None = None
    detail: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return self.app.wall_s / self.floor.wall_s if self.floor and self.floor.wall_s else None

    def as_dict(self) -> dict:
        return asdict(self) | {"ratio": self.ratio}


def _client(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks.scale_client", *args], cwd=HERE.parent,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _timing(d: dict) -> Timing:
    return Timing(**{k: d[k] for k in Timing.__dataclass_fields__})


def _first_pulls(work: Path, server: ServerProcess, bare: BareServer, user: str, runs: int):
    """App and floor of one user's first pull, interleaved; the last vault is kept for what follows."""
    apps, floors, details = [], [], []
    vault = work / f"{user}-laptop"
    for _ in range(runs):
        shutil.rmtree(vault, ignore_errors=True)
        shutil.rmtree(vault.with_name(vault.name + "-floor"), ignore_errors=True)
        got = _client("first-pull", server.url, user, str(vault), str(server.pid))
        apps.append(_timing(got))
        details.append(got)
        stats = {k: got[k] for k in ("requests", "bytes_sent", "bytes_received")} | {"bare_pid": bare.pid}
        floor = _client("pull-floor", str(vault), bare.url, json.dumps(stats))
        floors.append(_timing(floor))
        details[-1]["floor_rows"] = floor["rows"]
    return apps, floors, details[-1], vault


def _drop_from_page_cache(folder: Path) -> None:
    """Cold means cold: the vault's pages are dropped from the page cache (no root needed for clean pages)."""
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _ui_runs(vault: Path, runs: int) -> tuple[list[dict], list[float]]:
    from benchmarks.bench_ui import BARE_QT, _fresh_process

    children, bare = [], []
    for _ in range(runs):
        _drop_from_page_cache(vault)
        load_before = os.getloadavg()[0]
        _, line = _fresh_process(str(HERE / "bench_ui.py"), "--child", str(vault), "--started", "{started}")
        children.append(json.loads(line) | {"load": max(load_before, os.getloadavg()[0])})
        started, line = _fresh_process("-c", BARE_QT)
        bare.append(float(line) - started)
    return children, bare


def measure_size(work: Path, region: Region, runs: int, parts: frozenset[str] = frozenset({"sync", "app"})
                 ) -> list[Figure]:
    n = region.participants
    server_dir = work / f"server-{n}"
    shutil.copytree(region.folder, server_dir)
    figures: list[Figure] = []
    with ServerProcess(server_dir) as server, BareServer() as bare:
        for user, who, limit in ((region.lead, "team lead", 45.0), (region.coach, "coach", 5.0)):
            apps, floors, detail, vault = _first_pulls(work, server, bare, user, runs)
            app, floor = median_timing(apps), median_timing(floors)
            ratio = app.wall_s / floor.wall_s
            per_change_us = app.cpu_s / max(detail["pulled"], 1) * 1e6
            detail = detail | {"client_cpu_us_per_change": round(per_change_us, 1)}
            ok = app.wall_s < limit and (ratio <= 2 or who == "coach")
            figures.append(Figure(f"first pull, {who}", n, app, floor,
                                  f"< {limit:.0f} s" + (" and ≤ 2× floor" if who == "team lead" else ""), ok, detail))
            if who == "team lead":
                figures.append(Figure("first pull, team lead: peak memory", n, app, None, "< 300 MB",
                                      app.peak_rss_mb < 300, {"peak_rss_mb": app.peak_rss_mb}))
            empty = _client("empty-sync", str(vault), bare.url, str(server.pid), str(bare.pid),
                            str(max(runs, 5)))
            app_e = median_timing([_timing(t) for t in empty["app"]])
            floor_e = median_timing([_timing(t) for t in empty["floor"]])
            figures.append(Figure(f"empty sync, {who}", n, app_e, floor_e, "< 200 ms", app_e.wall_s < 0.2,
                                  {"requests": empty["requests"], "bytes": empty["bytes"]}))
            if who == "team lead":
                lead_vault = vault
    if "app" not in parts:
        return figures
    # The app on the lead's laptop: the whole region in her caseload.
    children, bare_qt = _ui_runs(lead_vault, max(runs, 3))

    def med(key):
        values = [c[key] for c in children if c.get(key) is not None]
        return statistics.median(values) if values else None

    load = max(c["load"] for c in children)
    rss = max(c["peak_rss_end_mb"] for c in children)
    qt_floor = Timing(statistics.median(bare_qt), 0.0, load)
    figures.append(Figure("cold start: unlock + caseload painted", n, Timing(med("cold_start_s"), 0.0, load, 0, rss),
                          qt_floor, "< 1.5 s", med("cold_start_s") < 1.5))
    figures.append(Figure("dossier with 500 visits, logbook shown", n,
                          Timing(med("dossier_open_ms") / 1000, 0.0, load, 0, rss), None, "< 200 ms",
                          med("dossier_open_ms") < 200, {"rows_shown": med("dossier_contacts")}))
    if med("huge_dossier_open_ms") is not None:
        figures.append(Figure("dossier with 30,000 visits, logbook shown", n,
                              Timing(med("huge_dossier_open_ms") / 1000, 0.0, load, 0, rss), None, "< 500 ms",
                              med("huge_dossier_open_ms") < 500, {"rows_shown": med("huge_dossier_contacts")}))
    figures.append(Figure("caseload search, worst keystroke", n,
                          Timing(med("search_keystroke_ms") / 1000, 0.0, load, 0, rss), None, "< 50 ms",
                          med("search_keystroke_ms") < 50, {"rows": med("caseload_rows")}))
    figures.append(Figure("app resident memory (peak)", n, Timing(0.0, 0.0, load, 0, rss), None, "< 300 MB",
                          rss < 300, {"peak_rss_mb": rss}))
    figures.append(_figures_of_a_quarter(work, lead_vault, n, max(runs, 3)))
    return figures


def _figures_of_a_quarter(work: Path, vault: Path, n: int, runs: int) -> Figure:
    done = subprocess.run([sys.executable, str(HERE / "bench_figures.py"), "--vault", str(vault), "--runs", str(runs),
                           "--json", str(work / "figures.json")], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    row = json.loads((work / "figures.json").read_text())[0]
    load = os.getloadavg()[0]
    app = Timing(row["median_ms"] / 1000, row.get("cpu_s") or 0.0, load, 0, row["peak_rss_mb"])
    floor = Timing(row["reference_ms"] / 1000, 0.0, load)
    return Figure("figures of a quarter, whole region", n, app, floor, "< 3 s", app.wall_s < 3)


def with_growth(figures: list[Figure]) -> dict[str, float | None]:
    """Each figure's growth exponent over the sizes measured (by the region's changes for the pulls)."""
    out = {}
    for name in dict.fromkeys(f.name for f in figures):
        rows = sorted((f for f in figures if f.name == name), key=lambda f: f.size)
        value = (lambda f: f.app.peak_rss_mb) if "memory" in name else (lambda f: f.app.wall_s)
        out[name] = growth_exponent([f.size for f in rows], [value(f) for f in rows])
        if name.startswith("first pull") and "memory" not in name:  # 0: a change costs the same in any region
            out[name + ": client CPU per change"] = growth_exponent(
                [f.size for f in rows], [f.detail["client_cpu_us_per_change"] for f in rows])
    return out


def table(figures: list[Figure], growth: dict[str, float | None]) -> str:
    head = ("figure", "size", "app wall", "app CPU", "server CPU", "floor", "ratio", "load", "peak RSS", "target",
            "verdict")
    rows = [head]
    for f in figures:
        memory = "memory" in f.name
        rows.append((f.name, f"{f.size:,}", "" if memory else _s(f.app.wall_s),
                     _s(f.app.cpu_s) if f.app.cpu_s and not memory else "",
                     _s(f.app.server_cpu_s) if f.app.server_cpu_s and not memory else "",
                     _s(f.floor.wall_s) if f.floor else "",
                     f"{f.ratio:.2f}×" if f.ratio else "", f"{f.app.load:.2f}", f"{f.app.peak_rss_mb:,.0f} MB",
                     f.target, "ok" if f.ok else "OVER"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("growth exponents against the region's size (1.0: linear; per change, 0.0: flat):")
    lines += [f"  {name}: {k:.2f}" if k is not None else f"  {name}: -" for name, k in growth.items()]
    return "\n".join(lines)


BEGIN, END = "<!-- scale table: written by benchmarks/run.py --scale -->", "<!-- end of scale table -->"


def write_readme(readme: Path, figures: list[Figure], growth: dict[str, float | None], runs: int,
                 when: str | None = None) -> None:
    """Put the table (and when and how it was measured) between the markers of benchmarks/README.md."""
    import platform
    from datetime import datetime

    text = readme.read_text()
    if BEGIN not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    when = (when or datetime.now().isoformat())[:16]
    body = (f"\nMeasured {when} on {platform.node()} ({os.cpu_count()} cores), {runs} run(s) of app and floor each, "
            f"interleaved:\n\n```\n{table(figures, growth)}\n```\n\n![growth](growth.png)\n")
    readme.write_text(head + BEGIN + body + END + tail)


def _s(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def plot(figures: list[Figure], path: Path) -> None:
    """The growth curve as a PNG, drawn with Qt: wall time per participant of the region, per figure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication([])
    series = {}
    for f in figures:  # flat lines: the cost of a change does not grow with the region
        if f.name.startswith("first pull") and "memory" not in f.name:
            pulled = max(f.detail["pulled"], 1)
            series.setdefault(f.name, []).append((f.size, f.app.wall_s * 1e6 / pulled))
            series.setdefault(f.name + " (floor)", []).append((f.size, f.floor.wall_s * 1e6 / pulled))
    width, height, margin = 1000, 600, 90
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 10))
    sizes = sorted({s for points in series.values() for s, _ in points})
    top = max((v for points in series.values() for _, v in points), default=1) * 1.1
    low, high = min(sizes, default=0), max(sizes, default=1)

    def at(size, value):
        x = margin + (size - low) / max(high - low, 1) * (width - 2 * margin)
        return QPointF(x, height - margin - value / top * (height - 2 * margin))

    painter.drawLine(margin, height - margin, width - margin, height - margin)
    painter.drawLine(margin, margin, margin, height - margin)
    for size in sizes:
        p = at(size, 0)
        painter.drawText(QRectF(p.x() - 40, p.y() + 5, 80, 20), Qt.AlignmentFlag.AlignCenter, f"{size:,}")
    for k in range(6):
        value = top * k / 5
        p = at(low, value)
        painter.drawText(QRectF(5, p.y() - 10, margin - 10, 20), Qt.AlignmentFlag.AlignRight, f"{value:,.0f}")
    painter.drawText(QRectF(0, 10, width, 30), Qt.AlignmentFlag.AlignCenter,
                     "First pull: wall time per change pulled (µs) against the region's size (participants)")
    colours = ["#1f77b4", "#aec7e8", "#d62728", "#ff9896", "#2ca02c", "#9467bd"]
    for k, (name, points) in enumerate(series.items()):
        pen = QPen(QColor(colours[k % len(colours)]), 2.5)
        if name.endswith("(floor)"):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        points = sorted(points)
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(at(*a), at(*b))
        for point in points:
            painter.drawEllipse(at(*point), 3, 3)
        painter.drawLine(QPointF(width - 330, 60 + 20 * k), QPointF(width - 300, 60 + 20 * k))
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(width - 295, 65 + 20 * k), name)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    del app


def run(work: Path, sizes: list[int], runs: int, parts: frozenset[str] = frozenset({"sync", "app"})
        ) -> tuple[list[Figure], dict]:
    figures: list[Figure] = []
    for n in sizes:
        region = cached_region(n)
        started = time.perf_counter()
        print(f"measuring the region of {n:,} participants ...", file=sys.stderr, flush=True)
        figures += measure_size(work / str(n), region, runs, parts)
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        shutil.rmtree(work / str(n), ignore_errors=True)
    return figures, with_growth(figures)


def figures_of(saved: dict) -> list[Figure]:
    """The figures of a run written as JSON by ``run.py --scale``."""
    out = []
    for d in saved["figures"]:
        d = dict(d)
        d.pop("ratio", None)
        d["app"] = Timing(**d["app"])
        d["floor"] = Timing(**d["floor"]) if d["floor"] else None
        out.append(Figure(**d))
    return out


if __name__ == "__main__":  # the plot and the README's table again from a saved run: python -m benchmarks.scale FILE
    saved = json.loads(Path(sys.argv[1]).read_text())
    figures = figures_of(saved)
    plot(figures, HERE / "growth.png")
    write_readme(HERE / "README.md", figures, with_growth(figures), saved["runs"], saved["when"])
