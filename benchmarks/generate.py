"""The benchmark vault: 1,000 participants, 100,000 visits, 50,000 measurements (fictional, generated).

    .venv/bin/python benchmarks/generate.py [--participants N --visits N --measurements N] [--out DIR]

Built through the domain operations (so every row is captured for sync like real work), with the default
Argon2 parameters so that unlocking costs what it costs on a coach's laptop. One participant (dossier
number BENCH-500) has exactly 500 visits. Built once per size into benchmarks/results/cache/ and copied
from there for each run (benchmarks change the vault they measure).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

PASSPHRASE = "benchmark-passphrase"
BIG_DOSSIER_NUMBER, BIG_DOSSIER_VISITS = "BENCH-500", 500
CACHE = Path(__file__).resolve().parent / "results" / "cache"
KINDS = [("home_visit", "home"), ("phone", "remote"), ("outreach_walk", "neighbourhood"), ("office", "office"),
         ("accompaniment", "service")]


@dataclass(frozen=True)
class Size:
    participants: int = 1_000
    visits: int = 100_000
    measurements: int = 50_000
    coaches: int = 60

    @property
    def label(self) -> str:
        return f"{self.participants}p-{self.visits}v-{self.measurements}m"


DEFAULT_SIZE = Size()  # what the issue states: 1,000 participants, 100,000 visits


def build_vault(folder: Path, passphrase: str = PASSPHRASE, size: Size = DEFAULT_SIZE, *, seed: int = 1) -> None:
    """Create and fill a vault at ``folder`` (which must not exist yet)."""
    from lfn_common.vocabulary import RELEASE_INSTRUMENT, RELEASE_ITEM, STAR_INSTRUMENT
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    rnd = random.Random(seed)
    today = date.today()
    now = datetime.now().replace(second=0, microsecond=0)
    ws = Workspace(Store.create(folder, passphrase))
    partnership = ws.reference.create_partnership("LP Benchmark", region="Benchmarkregio").id
    coaches = [ws.reference.add_user(partnership, f"Coach {n:02d}", "coach", fte=rnd.choice([0.5, 0.8, 1.0])).id
               for n in range(size.coaches)]
    ws.reference.set_current_user(coaches[0])
    regular = size.participants - 1
    visits_each = (size.visits - BIG_DOSSIER_VISITS) // max(regular, 1)
    measurements_each = size.measurements // size.participants
    for n in range(size.participants):
        big = n == size.participants - 1
        started = today - timedelta(days=rnd.randint(60, 700))
        pid = ws.participants.intake(
            partnership, coach_ids=[coaches[0] if big else coaches[n % size.coaches]],
            given_name="Groot" if big else f"Deelnemer {n:04d}", family_name="Dossier" if big else "Benchmark",
            municipality=f"Gemeente {n % 12}", started_on=started,
            dossier_number=BIG_DOSSIER_NUMBER if big else None).id
        visits = BIG_DOSSIER_VISITS if big else visits_each
        contacts = []
        for k in range(visits):
            kind, place = rnd.choice(KINDS)
            contacts.append({"participant_id": pid, "occurred_at": now - timedelta(hours=6 * k + rnd.randint(1, 5)),
                             "duration_min": rnd.choice([15, 30, 45, 60, 90]), "kind": kind, "place": place,
                             "life_domains": [rnd.randint(1, 10)],
                             "notes": "Verzonnen verslag van een bezoek voor de benchmark.",
                             "agreements": "Verzonnen afspraak voor de benchmark."})
        ws.contacts.record_many(contacts)
        measurements = []
        for k in range(measurements_each):
            taken = started + timedelta(days=k * 7)
            if k % 2:
                measurements.append({"participant_id": pid, "instrument_id": RELEASE_INSTRUMENT,
                                     "instrument_version": 1, "taken_on": min(taken, today),
                                     "filled_by": "participant", "answers": {RELEASE_ITEM: rnd.randint(1, 10)}})
            else:
                measurements.append({"participant_id": pid, "instrument_id": STAR_INSTRUMENT, "instrument_version": 1,
                                     "taken_on": min(taken, today), "filled_by": "participant",
                                     "answers": {str(d): rnd.randint(1, 5) for d in range(1, 11)}})
        ws.scales.record_many(measurements)
    ws.store.checkpoint()
    ws.store.close()


def cached_vault(target: Path, size: Size = DEFAULT_SIZE) -> Path:
    """A fresh copy of the benchmark vault of ``size`` at ``target``, built first if not cached."""
    from lfn_desktop.store import schema

    source = CACHE / f"{size.label}-schema{schema.head_revision()}"  # a new migration builds a new vault
    if not (source / "vault.key").exists():
        shutil.rmtree(source, ignore_errors=True)
        source.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        print(f"building the benchmark vault {size.label} (once) ...", file=sys.stderr, flush=True)
        building = source.with_name(source.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        build_vault(building, PASSPHRASE, size)
        building.rename(source)
        print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    shutil.copytree(source, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=Size.participants)
    parser.add_argument("--visits", type=int, default=Size.visits)
    parser.add_argument("--measurements", type=int, default=Size.measurements)
    parser.add_argument("--out", type=Path, help="where to put a copy (default: only build the cache)")
    args = parser.parse_args()
    size = Size(args.participants, args.visits, args.measurements)
    if args.out:
        cached_vault(args.out, size)
        print(f"{args.out} (passphrase: {PASSPHRASE})")
    else:
        scratch = CACHE / f"{size.label}.check"
        shutil.rmtree(scratch, ignore_errors=True)
        cached_vault(scratch, size)
        shutil.rmtree(scratch)
        print(f"built in {CACHE} (passphrase: {PASSPHRASE})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
