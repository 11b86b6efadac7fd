"""The fault suite: the vault's files under kill -9, a full disk, a read-only disk and a path too long.

Each fault is real: the command runs as its own process (the real CLI) and is killed with SIGKILL, or runs
on a small tmpfs that fills up, or on a folder mounted read-only (see disk_faults.py). After each, what
the coach would do next (open the vault, run the command again) must work, and nothing committed is lost.
Kills land at a random moment (the seed is printed) or at each rename of a multi-step change in turn.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from lfn_desktop.operations import Workspace
from lfn_desktop.store import vault
from lfn_desktop.store.backup import backup_vault
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.models import Participant, Trajectory
from lfn_desktop.store.store import Store

from .conftest import PASSPHRASE
from .disk_faults import fill, read_only, tmpfs

REPO = Path(__file__).parents[1]
COACH = "Coach Proefmans"
PHASES = ("actief", "afronding", "kennismaking")
EXPECTED_PHASE = {"actief": "active", "afronding": "closing", "kennismaking": "acquaintance"}

# Runs the real command line in a child that SIGKILLs itself at its Nth call of os.replace (before or after
# it), the moments between the renames of a multi-step change.
KILL_AT_RENAME = textwrap.dedent("""
    import os, signal, sys
    target, when = int(os.environ["KILL_AT"]), os.environ["KILL_WHEN"]
    real, calls = os.replace, [0]
    def replace(*args, **kwargs):
        calls[0] += 1
        if calls[0] == target and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = real(*args, **kwargs)
        if calls[0] == target and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    os.replace = replace
    from lfn_desktop.app import main
    sys.exit(main(sys.argv[1:]))
""")


def lfn(data: Path, *argv: str, passphrase: str = PASSPHRASE, new_passphrase: str | None = None,
        kill_at: tuple[int, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "LFN_DATA_DIR": str(data), "LFN_PASSPHRASE": passphrase}
    if new_passphrase:
        env["LFN_NEW_PASSPHRASE"] = new_passphrase
    command = [sys.executable, "-m", "lfn_desktop", *argv]
    if kill_at:
        env |= {"KILL_AT": str(kill_at[0]), "KILL_WHEN": kill_at[1]}
        command = [sys.executable, "-c", KILL_AT_RENAME, *argv]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=REPO)


def make_profile(data: Path, people: tuple[str, ...] = ()) -> Path:
    """A coach's vault under ``data`` (the CLI's layout), with a partnership, herself and some participants."""
    folder = data / "profiles" / "default"
    ws = Workspace(Store.create(folder, PASSPHRASE, LIGHT_KDF))
    try:
        partnership = ws.reference.create_partnership("Proefpartnerschap").id
        coach = ws.reference.add_user(partnership, COACH, "coach").id
        ws.reference.set_current_user(coach)
        for name in people:
            ws.participants.intake(partnership, coach_ids=[coach], given_name=name)
    finally:
        ws.close()
    return folder


def write_sheet(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Voornaam", "Familienaam", "Fase", "Coach"])
        for n in range(rows):
            out.writerow([f"Deelnemer{n}", "Foutproef", PHASES[n % 3], COACH])
    return path


def held(folder: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    """Every participant's first name and her trajectory's phase."""
    store = Store.open(folder, passphrase)
    try:
        with store.read() as session:
            rows = session.execute(select(Participant.given_name, Trajectory.phase)
                                   .join(Trajectory, Trajectory.participant_id == Participant.id)).all()
        assert store.integrity_report() == []
    finally:
        store.close()
    assert len(rows) == len({name for name, _ in rows}), "a participant was imported twice"
    return dict(rows)


def assert_complete_import(folder: Path, rows: int) -> None:
    phases = held(folder)
    assert len(phases) == rows
    assert all(phases[f"Deelnemer{n}"] == EXPECTED_PHASE[PHASES[n % 3]] for n in range(rows))


def no_trace(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


# --- kill -9 ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_import_killed_at_a_random_moment_resumes_where_it_stopped(tmp_path):
    seed = random.randrange(1_000_000)
    print(f"seed {seed}")
    rng = random.Random(seed)
    data, rows = tmp_path / "data", 1500
    folder = make_profile(data)
    sheet = write_sheet(tmp_path / "lopende.csv", rows)
    env = {**os.environ, "LFN_DATA_DIR": str(data), "LFN_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen([sys.executable, "-m", "lfn_desktop", "import", str(sheet)], env=env, cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = vault.VaultPaths(folder).sidecars()[0]
    deadline = time.monotonic() + 120
    while child.poll() is None and not (wal.exists() and wal.stat().st_size > 200_000) and time.monotonic() < deadline:
        time.sleep(0.01)  # until the import is writing participants
    time.sleep(rng.uniform(0, 1.5))
    child.send_signal(signal.SIGKILL)
    child.wait()
    interrupted = held(folder)
    assert all(phase == EXPECTED_PHASE[PHASES[int(name[9:]) % 3]] for name, phase in interrupted.items()), \
        "a participant was committed without her phase"

    again = lfn(data, "import", str(sheet))

    assert again.returncode == 0, again.stderr
    if interrupted:
        assert f"({len(interrupted)} already imported by an earlier run)" in again.stdout
    assert f"imported {rows - len(interrupted)} participants" in again.stdout
    assert_complete_import(folder, rows)


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_restore_killed_at_any_rename_is_finished_at_the_next_start(tmp_path, when):
    data = tmp_path / "data"
    folder = make_profile(data, ("Oudje",))
    backup_source = make_profile(tmp_path / "other", ("Teruggezet",))
    backup = backup_vault_of(backup_source, tmp_path / "terug.lfnbak")
    outcomes = set()
    for n in range(1, 10):
        shutil.rmtree(data)
        make_profile(data, ("Oudje",))
        result = lfn(data, "restore", str(backup), kill_at=(n, when))
        if result.returncode == 0:  # fewer renames than n: the restore ran to its end
            break
        assert result.returncode == -signal.SIGKILL, result.stderr

        listing = lfn(data, "caseload")  # what the coach does next: open her vault

        assert listing.returncode == 0, listing.stderr
        no_trace(listing)
        names = held(folder)
        assert names.keys() in ({"Oudje"}, {"Teruggezet"})
        asides = list(folder.parent.glob("default.before-restore*"))
        if "Teruggezet" in names:
            [aside] = asides  # the vault that was there is kept, and opens
            assert held(aside).keys() == {"Oudje"}
        assert not (folder / vault.JOURNAL_NAME).exists()
        assert not list(folder.glob(vault.STAGING_PREFIX + "*"))
        outcomes.add(next(iter(names)))
    else:
        pytest.fail("the restore never finished")
    # The first rename writes the journal: killed before it, the vault that was there stays; from then on the
    # restore is finished at the next start.
    assert outcomes == ({"Oudje", "Teruggezet"} if when == "before" else {"Teruggezet"})


def backup_vault_of(folder: Path, target: Path) -> Path:
    store = Store.open(folder, PASSPHRASE)
    try:
        return backup_vault(store, target)
    finally:
        store.close()


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_passphrase_change_killed_at_its_rename_leaves_exactly_one_passphrase_working(tmp_path, when):
    data = tmp_path / "data"
    folder = make_profile(data, ("Sleutel",))
    result = lfn(data, "passphrase", new_passphrase="een nieuwe lange zin", kill_at=(1, when))
    assert result.returncode == -signal.SIGKILL

    listing = lfn(data, "caseload")  # with the old passphrase
    works = "een nieuwe lange zin" if when == "after" else PASSPHRASE

    assert (listing.returncode == 0) == (works == PASSPHRASE)
    assert held(folder, works).keys() == {"Sleutel"}
    assert not list(folder.glob(".vault.key.*"))  # no second wrapping of the key left behind


def test_two_passphrase_changes_at_once_cannot_both_report_success(tmp_path):
    data = tmp_path / "data"
    folder = make_profile(data, ("Twee",))
    env = {**os.environ, "LFN_DATA_DIR": str(data), "LFN_PASSPHRASE": PASSPHRASE}
    children = [subprocess.Popen([sys.executable, "-m", "lfn_desktop", "passphrase"], cwd=REPO,
                                 env=env | {"LFN_NEW_PASSPHRASE": f"nieuwe zin nummer {n}"},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in (1, 2)]
    results = [(child.wait(timeout=120), *child.communicate()) for child in children]

    succeeded = [n for n, (code, _, _) in zip((1, 2), results, strict=True) if code == 0]
    assert succeeded  # at least one
    for code, _, err in results:
        if code != 0:
            assert "open in another" in err or "not correct" in err
    assert held(folder, f"nieuwe zin nummer {succeeded[-1]}").keys() == {"Twee"}


# --- a full disk --------------------------------------------------------------------------------------


def test_init_on_a_full_disk_says_so_and_leaves_nothing_behind(tmp_path):
    with tmpfs(tmp_path / "stick", 96) as stick:
        result = lfn(stick, "init", "--partnership", "Vol")

        assert result.returncode == 1
        no_trace(result)
        assert "is full" in result.stderr and "damaged" not in result.stderr
        assert not (stick / "profiles" / "default").exists()


@pytest.mark.slow
def test_an_import_that_fills_the_disk_stops_cleanly_and_resumes_when_there_is_room(tmp_path):
    rows = 1200
    source = make_profile(tmp_path / "prepared")
    sheet = write_sheet(tmp_path / "lopende.csv", rows)
    size_kib = sum(p.stat().st_size for p in source.iterdir()) // 1024 + 32 * 1024  # room for all, once freed
    with tmpfs(tmp_path / "stick", size_kib) as stick:
        folder = stick / "profiles" / "default"
        shutil.copytree(source, folder)
        fill(stick, leave_kib=600)

        stopped = lfn(stick, "import", str(sheet))

        assert stopped.returncode == 1
        no_trace(stopped)
        assert "stopped before the end" in stopped.stderr and "is full" in stopped.stderr
        assert "damaged" not in stopped.stderr
        (stick / "filler").unlink()
        done = int(stopped.stdout.split("imported ")[1].split()[0])
        assert 0 < done < rows
        assert len(held(folder)) == done  # every participant it counted, and no other

        again = lfn(stick, "import", str(sheet))

        assert again.returncode == 0, again.stderr
        assert f"({done} already imported by an earlier run)" in again.stdout
        assert_complete_import(folder, rows)


def test_opening_on_a_full_disk_is_not_called_damage(tmp_path):
    source = make_profile(tmp_path / "prepared", ("Vol",))
    size_kib = sum(p.stat().st_size for p in source.iterdir()) // 1024 + 1024
    with tmpfs(tmp_path / "stick", size_kib) as stick:
        shutil.copytree(source, stick / "profiles" / "default")
        fill(stick, leave_kib=0)

        result = lfn(stick, "caseload")

        no_trace(result)
        if result.returncode == 0:  # SQLite needed no new page to read: fine, the coach sees her caseload
            assert "Vol" in result.stdout
        else:
            assert "is full" in result.stderr and "damaged" not in result.stderr
        (stick / "filler").unlink()
        assert held(stick / "profiles" / "default").keys() == {"Vol"}


# --- a read-only disk, a path too long ------------------------------------------------------------------


@pytest.mark.parametrize("command", [("caseload",), ("passphrase",), ("import", "SHEET"), ("backups", "--now")])
def test_a_read_only_data_folder_is_named_as_such_and_changes_nothing(tmp_path, command):
    data = tmp_path / "data"
    folder = make_profile(data, ("Alleenlezen",))
    sheet = write_sheet(tmp_path / "s.csv", 3)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with read_only(data):
        result = lfn(data, *[str(sheet) if part == "SHEET" else part for part in command],
                     new_passphrase="een nieuwe lange zin")

    assert result.returncode == 1
    no_trace(result)
    assert "cannot be written to" in result.stderr and "damaged" not in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert held(folder).keys() == {"Alleenlezen"}


def test_a_path_too_long_for_the_vault_is_refused_before_anything_is_made(tmp_path):
    deep = tmp_path
    while len(str(deep)) < 1593:
        deep = deep / ("map" + "x" * 60)
    deep.mkdir(parents=True)

    result = lfn(deep, "init", "--partnership", "Diep")

    assert result.returncode == 1
    no_trace(result)
    assert "too long" in result.stderr
    assert not (deep / "profiles").exists() or not any((deep / "profiles").rglob("vault.*"))
    assert lfn(tmp_path / "kort", "init", "--partnership", "Kort").returncode == 0  # a shorter place works
