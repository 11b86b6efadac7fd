"""A whole region on a real ``lfn-server serve`` process: N participants, about 100 visits each, cached.

    .venv/bin/python -m benchmarks.region --participants 5000      # build it once (minutes)

A region is what the server holds once a partnership's laptops have pushed everything: built through the
app's own operations on a team lead's laptop and pushed over HTTP to a real server process, so the feed,
the row states and the consent index hold exactly what real work leaves there. Besides the regular dossiers
(one coach per ~95 of them) there are two big ones: BENCH-500 (500 visits) and BENCH-30000 (30,000 visits),
both assigned to the first coach, so that the coach who is measured (the second) holds a regular caseload.
All names are made up.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import CACHE, KINDS  # noqa: E402
from tests.sync_support import ServerProcess  # noqa: E402

PASSWORD = "benchmark password, fictional"
VISITS_EACH = 100
MEASUREMENTS_EACH = 2
PER_COACH = 95
BIG_DOSSIERS = {"BENCH-500": 500, "BENCH-30000": 30_000}
PUSH_EVERY = 250  # participants generated between two pushes of the builder laptop


@dataclass(frozen=True)
class Region:
    folder: Path  # the server's data dir (server.db and its key) and region.json
    participants: int
    changes: int
    partnership_id: str
    lead: str  # user names
    coach: str  # a regular coach (the one measured)

    @property
    def label(self) -> str:
        return f"{self.participants:,} participants"


def cached_region(participants: int) -> Region:
    from lfn_desktop.store import schema

    # A newer server schema does not build it again: ``serve`` migrates the copy a benchmark runs on.
    folder = CACHE / f"region-{participants}p-schema{schema.head_revision()}"
    if not (folder / "region.json").exists():
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        started = time.perf_counter()
        print(f"building the region of {participants:,} participants (once) ...", file=sys.stderr, flush=True)
        build_region(building, participants)
        shutil.rmtree(folder, ignore_errors=True)
        building.rename(folder)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    info = json.loads((folder / "region.json").read_text())
    return Region(folder, **info)


class BareServer(ServerProcess):
    """The floor's endpoint in its own process: reads a body, answers as many bytes as asked
    (benchmarks/scale_client.py)."""

    def __init__(self):
        super().__init__(None)

    def command(self) -> list[str]:
        return [sys.executable, "-m", "benchmarks.scale_client", "bare-server", str(self.port)]


def build_region(folder: Path, participants: int, *, seed: int = 1) -> None:
    from lfn_common.vocabulary import RELEASE_INSTRUMENT, RELEASE_ITEM
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.keyfile import LIGHT_KDF
    from lfn_desktop.store.store import Store
    from lfn_desktop.sync.engine import SyncEngine, enrol
    from lfn_server import admin
    from lfn_server.db import create_schema, make_engine

    folder.mkdir(parents=True)
    engine = make_engine(f"sqlite:///{folder / 'server.db'}")
    create_schema(engine)
    coaches = max(participants // PER_COACH, 2)
    with engine.begin() as conn:
        partnership = admin.create_partnership(conn, "Regio Benchmark", region="Benchmarkregio")
        admin.add_user(conn, partnership, "Teamleider Benchmark", "lead", PASSWORD, "team_lead")
        coach_ids = [admin.add_user(conn, partnership, f"Coach {n:03d}", f"coach{n:03d}", PASSWORD, "coach")
                     for n in range(coaches)]
    engine.dispose()

    rnd = random.Random(seed)
    today = date.today()
    now = datetime.now().replace(second=0, microsecond=0)
    changes = 0
    with ServerProcess(folder) as server:
        store = Store.create(folder / "builder-laptop", "builder passphrase", LIGHT_KDF)
        enrol(store, server.url, "lead", PASSWORD)
        SyncEngine(store).run()
        ws = Workspace(store)
        dossiers = [(n, None, VISITS_EACH) for n in range(participants)]
        dossiers += [(participants + k, number, visits) for k, (number, visits) in enumerate(BIG_DOSSIERS.items())]
        for n, number, visits in dossiers:
            started = today - timedelta(days=rnd.randint(60, 700))
            pid = ws.participants.intake(
                partnership, coach_ids=[coach_ids[0] if number else coach_ids[1 + n % (coaches - 1)]],
                given_name="Groot" if number else f"Deelnemer {n:05d}", family_name="Benchmark",
                municipality=f"Gemeente {n % 12}", started_on=started, dossier_number=number).id
            for start in range(0, visits, 5000):
                contacts = []
                for k in range(start, min(visits, start + 5000)):
                    kind, place = rnd.choice(KINDS)
                    contacts.append({"participant_id": pid, "duration_min": rnd.choice([15, 30, 45, 60, 90]),
                                     "occurred_at": now - timedelta(hours=(6 if visits <= 500 else 0.5) * k + 1),
                                     "kind": kind, "place": place, "life_domains": [rnd.randint(1, 10)],
                                     "notes": f"Verzonnen verslag {k} van een bezoek, voor de benchmark.",
                                     "agreements": "Verzonnen afspraak."})
                ws.contacts.record_many(contacts)
            ws.scales.record_many([{"participant_id": pid, "instrument_id": RELEASE_INSTRUMENT,
                                    "instrument_version": 1, "taken_on": min(started + timedelta(days=30 * k), today),
                                    "filled_by": "participant", "answers": {RELEASE_ITEM: rnd.randint(1, 10)}}
                                   for k in range(MEASUREMENTS_EACH)])
            if n % PUSH_EVERY == PUSH_EVERY - 1 or n == dossiers[-1][0]:
                changes += SyncEngine(store).run().pushed
                print(f"  {n + 1:,} dossiers, {changes:,} changes pushed", file=sys.stderr, flush=True)
        store.close()
    shutil.rmtree(folder / "builder-laptop")
    (folder / "region.json").write_text(json.dumps({
        "participants": participants, "changes": changes, "partnership_id": partnership,
        "lead": "lead", "coach": "coach001"}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1000)
    args = parser.parse_args()
    region = cached_region(args.participants)
    print(f"{region.folder}: {region.changes:,} changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
