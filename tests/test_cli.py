"""The headless CLI, driven as support staff would drive it, on real vault files."""

from __future__ import annotations

import sqlcipher3

from lfn_desktop.app import main

PASS = "kitchen table passphrase"


def run_cli(monkeypatch, data_dir, *argv, passphrase=PASS, new=None):
    monkeypatch.setenv("LFN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("LFN_PASSPHRASE", passphrase)
    if new:
        monkeypatch.setenv("LFN_NEW_PASSPHRASE", new)
    else:
        monkeypatch.delenv("LFN_NEW_PASSPHRASE", raising=False)
    return main(list(argv))


def test_init_then_caseload_and_refuse_second_init(monkeypatch, tmp_path, capsys):
    assert run_cli(monkeypatch, tmp_path, "init", "--partnership", "LP Proef", "--name", "Coach Proef") == 0
    key_before = (tmp_path / "profiles" / "default" / "vault.key").read_bytes()
    assert run_cli(monkeypatch, tmp_path, "caseload") == 0
    assert "0 deelnemers" in capsys.readouterr().out
    assert run_cli(monkeypatch, tmp_path, "init") == 1
    assert "already a vault" in capsys.readouterr().err
    assert (tmp_path / "profiles" / "default" / "vault.key").read_bytes() == key_before


def test_wrong_passphrase_is_a_plain_sentence(monkeypatch, tmp_path, capsys):
    run_cli(monkeypatch, tmp_path, "init")
    capsys.readouterr()
    assert run_cli(monkeypatch, tmp_path, "check", passphrase="not it") == 1
    err = capsys.readouterr().err
    assert "passphrase is not correct" in err
    assert "Traceback" not in err


def test_change_passphrase_keeps_the_data_file(monkeypatch, tmp_path, capsys):
    run_cli(monkeypatch, tmp_path, "init")
    db = tmp_path / "profiles" / "default" / "vault.db"
    before = db.read_bytes()
    assert run_cli(monkeypatch, tmp_path, "passphrase", new="a brand new passphrase") == 0
    assert db.read_bytes() == before
    assert run_cli(monkeypatch, tmp_path, "check") == 1
    assert run_cli(monkeypatch, tmp_path, "check", passphrase="a brand new passphrase") == 0
    assert "sound" in capsys.readouterr().out


def test_show_key_opens_the_file_in_a_bare_sqlcipher(monkeypatch, tmp_path, capsys):
    run_cli(monkeypatch, tmp_path, "init", "--partnership", "LP Sleutel")
    capsys.readouterr()
    assert run_cli(monkeypatch, tmp_path, "show-key") == 0
    key = capsys.readouterr().out.strip()
    assert len(key) == 64
    conn = sqlcipher3.connect(str(tmp_path / "profiles" / "default" / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    assert conn.execute("SELECT name FROM partnership").fetchall() == [("LP Sleutel",)]
    conn.close()


def test_check_reports_a_damaged_vault(monkeypatch, tmp_path, capsys):
    run_cli(monkeypatch, tmp_path, "demo")
    capsys.readouterr()
    from lfn_desktop.demo import DEMO_PASSPHRASE

    db = tmp_path / "profiles" / "demo" / "vault.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    db.write_bytes(bytes(data))
    code = run_cli(monkeypatch, tmp_path, "--profile", "demo", "check", passphrase=DEMO_PASSPHRASE)
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert "problem" in captured.out or "cannot be read" in captured.err or "could not be read" in captured.err


def test_demo_vault_lists_fictional_caseload(monkeypatch, tmp_path, capsys):
    from lfn_desktop.demo import DEMO_PASSPHRASE

    assert run_cli(monkeypatch, tmp_path, "demo") == 0
    assert DEMO_PASSPHRASE in capsys.readouterr().out
    assert run_cli(monkeypatch, tmp_path, "--profile", "demo", "caseload", "--all", passphrase=DEMO_PASSPHRASE) == 0
    out = capsys.readouterr().out
    assert "24 deelnemers" in out
    assert "! stil" in out  # some demo dossiers went quiet on purpose


def test_missing_vault_says_what_to_do(monkeypatch, tmp_path, capsys):
    assert run_cli(monkeypatch, tmp_path, "caseload") == 1
    assert "run 'init' first" in capsys.readouterr().err


def test_import_sheet_then_export_caseload(monkeypatch, tmp_path, capsys):
    import csv
    sheet = tmp_path / "overdracht.csv"
    sheet.write_text("Voornaam;Familienaam;Gemeente;Startdatum;Fase\n"
                     "Wanda;Proefmans;Testrand;03/09/2025;actief\n"
                     "Idris;Van Testeghem;Proefdorp;12-01-2026;kennismaking\n"
                     "Mirte;Verzinsel;Testrand;2026-02-05;afronding\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run_cli(monkeypatch, data, "init", "--partnership", "LP Overdracht", "--name", "Coach Proef") == 0
    capsys.readouterr()
    assert run_cli(monkeypatch, data, "import", str(sheet), "--dry-run", "--coach", "coach proef") == 0
    out = capsys.readouterr().out
    assert "3 would be imported" in out
    assert run_cli(monkeypatch, data, "caseload") == 0
    assert "0 deelnemers" in capsys.readouterr().out  # the dry run wrote nothing
    assert run_cli(monkeypatch, data, "import", str(sheet), "--coach", "Coach Proef") == 0
    assert "imported 3 participants" in capsys.readouterr().out
    target = tmp_path / "caseload.csv"
    assert run_cli(monkeypatch, data, "export", "caseload", "--format", "csv", "--out", str(target)) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3


def test_erase_asks_for_confirmation_then_leaves_no_name(monkeypatch, tmp_path, capsys):
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    run_cli(monkeypatch, tmp_path, "init", "--partnership", "LP Proef", "--name", "Coach Proef")
    folder = tmp_path / "profiles" / "default"
    ws = Workspace(Store.open(folder, PASS))
    me = ws.reference.current_user()
    number = ws.participants.intake(me.partnership_id, given_name="Wisbare-Naam", coach_ids=[me.id]).id
    number = ws.queries.dossier(number).participant.dossier_number
    ws.close()
    capsys.readouterr()
    assert run_cli(monkeypatch, tmp_path, "erase", "--dossier", number) == 1
    assert "--yes" in capsys.readouterr().err
    assert run_cli(monkeypatch, tmp_path, "erase", "--dossier", number, "--yes") == 0
    assert run_cli(monkeypatch, tmp_path, "caseload", "--all") == 0
    out = capsys.readouterr().out
    assert "Wisbare-Naam" not in out and "(gewist)" in out and number in out


def test_init_with_a_short_passphrase_in_the_environment_is_refused_and_leaves_nothing(monkeypatch, tmp_path, capsys):
    """One passphrase rule everywhere: the environment variable does not bypass it."""
    code = run_cli(monkeypatch, tmp_path, "init", "--partnership", "LP Testrand", "--name", "Coach Anouk",
                   passphrase="a")
    assert code != 0
    assert "at least 8 characters" in capsys.readouterr().err
    assert not (tmp_path / "profiles" / "default").exists()  # nothing left behind


def _demo_dossier(tmp_path):
    """A demo dossier, with a coach its consent lets in and one it does not (read from the vault, then closed)."""
    from lfn_desktop import paths
    from lfn_desktop.demo import DEMO_PASSPHRASE, record_conflict
    from lfn_desktop.operations import Workspace
    from lfn_desktop.store.store import Store

    store = Store.open(paths.profile_dir(tmp_path, paths.DEMO_PROFILE), DEMO_PASSPHRASE)
    try:
        ws = Workspace(store)
        coaches = [u for u in ws.reference.users() if u.role == "coach"]
        for row in ws.queries.caseload(include_closed=True):
            person = ws.queries.dossier(row.participant_id)
            assigned = {c.id for c in person.coaches}
            allowed = [c for c in coaches if c.id not in assigned
                       and c.organisation_id in person.participant.consent_organisation_ids]
            refused = [c for c in coaches if c.organisation_id not in person.participant.consent_organisation_ids]
            if allowed and refused:
                contact = person.contacts[0]
                record_conflict(ws, row.participant_id, "contact", contact.id, "agreements", "Afspraak A",
                                "Afspraak B")  # as the server would have recorded it
                return row.dossier_number, allowed[0].name, refused[0].name, contact.id
    finally:
        store.close()
    raise AssertionError("the demo has no dossier with both kinds of coach")


def test_support_assigns_within_consent_and_settles_a_conflict(monkeypatch, tmp_path, capsys):
    from lfn_desktop.demo import DEMO_PASSPHRASE

    assert run_cli(monkeypatch, tmp_path, "demo") == 0
    number, allowed, refused, contact_id = _demo_dossier(tmp_path)
    capsys.readouterr()

    def cli(*argv):
        return run_cli(monkeypatch, tmp_path, "--profile", "demo", *argv, passphrase=DEMO_PASSPHRASE)

    assert cli("assign", "--dossier", number, "--coach", refused) == 1
    assert "consent" in capsys.readouterr().err
    assert cli("assign", "--dossier", number, "--coach", allowed) == 0
    assert f"{allowed} is assigned to dossier {number}" in capsys.readouterr().out
    assert cli("unassign", "--dossier", number, "--coach", allowed) == 0
    assert cli("unassign", "--dossier", number, "--coach", allowed) == 1  # not assigned any more
    capsys.readouterr()

    assert cli("conflicts", "--dossier", number) == 0
    listed = capsys.readouterr().out
    assert "contact.agreements  same_field" in listed and "1 open conflict(s)" in listed
    assert "Afspraak" not in listed  # values only when asked for
    conflict = listed.split()[0]
    assert cli("resolve", conflict, "other") == 0
    assert cli("conflicts") == 0
    assert "0 open conflict(s)" in capsys.readouterr().out
    from lfn_desktop import paths
    from lfn_desktop.store.models import Contact
    from lfn_desktop.store.store import Store

    store = Store.open(paths.profile_dir(tmp_path, paths.DEMO_PROFILE), DEMO_PASSPHRASE)
    try:
        with store.read() as session:
            assert session.get(Contact, contact_id).agreements == "Afspraak B"
    finally:
        store.close()
