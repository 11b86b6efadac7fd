"""Exports read back with the plain readers a partner's system would use: csv, openpyxl, json.

Every name here is fictional; files are written in tmp_path only.
"""

from __future__ import annotations

import csv
import json
import os
import stat
from datetime import date, datetime, timedelta

import openpyxl
import pytest

from lfn_common.vocabulary import RELEASE_INSTRUMENT, RELEASE_ITEM
from lfn_desktop.exchange.exporter import CASELOAD_COLUMNS, ExportError, export_caseload, export_dossier

VISITS = [datetime(2024, 5, 2, 10, 0), datetime(2024, 5, 16, 14, 30), datetime(2024, 6, 3, 9, 15)]


@pytest.fixture
def filled(ws, team):
    """Two participants; Liesbet has three visits, a release level, a goal and a small network map."""
    liesbet = ws.participants.intake(
        team["partnership"], given_name="Liesbet", family_name="Proefmans", municipality="Testrand",
        birth_year=1979, referral_channel="ocmw", referred_on=date(2024, 4, 20), started_on=date(2024, 4, 25),
        coach_ids=[team["coach_a"], team["coach_b"]], dossier_number="OUD-0007",
        goals=[{"life_domain": 8, "description": "Een eigen huurcontract"}]).id
    ferre = ws.participants.intake(team["partnership"], given_name="Ferre", municipality="Proefdorp",
                                   coach_ids=[team["coach_b"]], dossier_number="OUD-0008").id
    trajectory = ws.queries.dossier(liesbet).current_trajectory.id
    ws.trajectories.change_phase(trajectory, "active", on=date(2024, 5, 2))
    next_visit = date.today() + timedelta(days=7)
    for index, when in enumerate(VISITS):
        last = index == len(VISITS) - 1
        ws.contacts.record(liesbet, occurred_at=when, duration_min=45 + index, kind="home_visit", place="home",
                           life_domains=[3, 8], agreements=f"Afspraak {index + 1}", notes=f"Notitie {index + 1}",
                           next_step_on=next_visit if last else None)
    ws.scales.record(liesbet, instrument_id=RELEASE_INSTRUMENT, instrument_version=1, taken_on=date(2024, 6, 3),
                     filled_by="together", answers={RELEASE_ITEM: 6})
    network_map = ws.network.map_of(liesbet).id
    sister = ws.network.add_node(network_map, label="Zus", kind="family", sector="family", ring=1).id
    ws.network.add_tie(network_map, sister, quality="supportive")
    ws.network.save_snapshot(network_map, taken_on=date(2024, 6, 3), label="Start")
    return {"liesbet": liesbet, "ferre": ferre, "next_visit": next_visit}


def test_caseload_csv_holds_the_figures_a_partner_system_needs(ws, filled, tmp_path):
    target = export_caseload(ws, tmp_path / "caseload.csv", "csv")

    with target.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        rows = {r["dossier_number"]: r for r in reader}
        assert tuple(reader.fieldnames) == CASELOAD_COLUMNS
    assert set(rows) == {"OUD-0007", "OUD-0008"}
    liesbet = rows["OUD-0007"]
    assert liesbet["name"] == "Liesbet Proefmans" and liesbet["municipality"] == "Testrand"
    assert liesbet["phase"] == "active" and liesbet["coaches"] == "Coach Anouk; Coach Bram"
    assert liesbet["last_contact"] == "2024-06-03T09:15:00"
    assert liesbet["next_contact"] == filled["next_visit"].isoformat()
    assert liesbet["days_since_contact"] == str((date.today() - date(2024, 6, 3)).days)
    assert liesbet["release_level"] == "6"
    assert rows["OUD-0008"]["last_contact"] == "" and rows["OUD-0008"]["phase"] == "acquaintance"


def test_caseload_xlsx_keeps_real_dates(ws, filled, tmp_path):
    target = export_caseload(ws, tmp_path / "caseload.xlsx", "xlsx")

    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == CASELOAD_COLUMNS and len(rows) == 3
    liesbet = dict(zip(CASELOAD_COLUMNS, next(r for r in rows if r[0] == "OUD-0007"), strict=True))
    assert liesbet["last_contact"] == VISITS[-1]
    assert liesbet["next_contact"].date() == filled["next_visit"]
    assert liesbet["release_level"] == 6 and liesbet["coaches"] == "Coach Anouk; Coach Bram"


def test_caseload_json(ws, filled, tmp_path):
    target = export_caseload(ws, tmp_path / "caseload.json", "json")

    document = json.loads(target.read_text(encoding="utf-8"))
    by_number = {p["dossier_number"]: p for p in document["participants"]}
    assert len(by_number) == 2
    assert by_number["OUD-0007"]["coaches"] == ["Coach Anouk", "Coach Bram"]
    assert by_number["OUD-0007"]["next_contact"] == filled["next_visit"].isoformat()
    assert by_number["OUD-0008"]["release_level"] is None


def test_xlsx_text_that_looks_like_a_formula_stays_text(ws, team, tmp_path):
    ws.participants.intake(team["partnership"], given_name="Rik", municipality="=HYPERLINK(\"x\")")

    target = export_caseload(ws, tmp_path / "caseload.xlsx", "xlsx")

    cell = openpyxl.load_workbook(target).active["C2"]
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"


def test_dossier_json_holds_everything_with_iso_dates(ws, filled, tmp_path):
    target = export_dossier(ws, filled["liesbet"], tmp_path / "dossier.json")

    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["participant"]["given_name"] == "Liesbet"
    assert document["participant"]["referred_on"] == "2024-04-20"
    assert "field_versions" not in document["participant"] and "search_name" not in document["participant"]
    assert [t["started_on"] for t in document["trajectories"]] == ["2024-04-25"]
    assert [c["to_phase"] for c in document["phase_changes"]] == ["acquaintance", "active"]
    assert [g["description"] for g in document["goals"]] == ["Een eigen huurcontract"]
    assert [c["name"] for c in document["coaches"]] == ["Coach Anouk", "Coach Bram"]
    contacts = document["contacts"]
    assert [c["occurred_at"] for c in contacts] == [v.isoformat() for v in VISITS]
    assert [c["duration_min"] for c in contacts] == [45, 46, 47]
    assert contacts[-1]["next_step_on"] == filled["next_visit"].isoformat()
    assert contacts[0]["author"] == "Coach Anouk"
    network = document["network_map"]
    assert [n["label"] for n in network["nodes"]] == ["Zus"]
    assert [t["quality"] for t in network["ties"]] == ["supportive"]
    assert [(s["taken_on"], s["label"]) for s in network["snapshots"]] == [("2024-06-03", "Start")]
    assert network["snapshots"][0]["content"]["nodes"][0]["label"] == "Zus"
    assert [m["answers"] for m in document["measurements"]] == [{RELEASE_ITEM: 6}]


def test_dossier_csv_is_the_contacts_logbook(ws, filled, tmp_path):
    target = export_dossier(ws, filled["liesbet"], tmp_path / "logboek.csv", "csv")

    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["agreements"] for r in rows] == ["Afspraak 1", "Afspraak 2", "Afspraak 3"]
    assert rows[1]["occurred_at"] == "2024-05-16T14:30:00" and rows[1]["life_domains"] == "3; 8"
    assert rows[2]["next_step_on"] == filled["next_visit"].isoformat() and rows[0]["next_step_on"] == ""
    assert rows[0]["author"] == "Coach Anouk"


def test_an_existing_file_is_kept_unless_overwriting_is_asked(ws, filled, tmp_path):
    target = tmp_path / "caseload.json"
    target.write_text("earlier export")

    with pytest.raises(ExportError, match="already exists"):
        export_caseload(ws, target, "json")
    assert target.read_text() == "earlier export"

    export_caseload(ws, target, "json", overwrite=True)
    assert len(json.loads(target.read_text(encoding="utf-8"))["participants"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["caseload.json"]  # no temp file left


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_export_is_readable_by_its_owner_only(ws, filled, tmp_path):
    target = export_dossier(ws, filled["liesbet"], tmp_path / "dossier.json")

    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0


def test_refusals_write_nothing(ws, filled, tmp_path):
    with pytest.raises(ExportError, match="formats"):
        export_caseload(ws, tmp_path / "caseload.pdf", "pdf")
    with pytest.raises(ExportError, match="formats"):
        export_dossier(ws, filled["liesbet"], tmp_path / "dossier.xlsx", "xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        export_caseload(ws, tmp_path / "missing" / "caseload.csv", "csv")
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


@pytest.mark.parametrize("typed", ["=HYPERLINK(\"http://x\",\"klik\")", "+32 470", "-1+1", "@SUM(A1)", "=1+1"])
def test_csv_text_that_looks_like_a_formula_is_not_run_by_a_spreadsheet(ws, team, tmp_path, typed):
    pid = ws.participants.intake(team["partnership"], given_name="Rik", municipality=typed).id
    ws.contacts.record(pid, duration_min=20, kind="phone", place="remote", notes=typed)

    caseload = export_caseload(ws, tmp_path / "caseload.csv", "csv")
    logbook = export_dossier(ws, pid, tmp_path / "logbook.csv", "csv")

    [row] = list(csv.DictReader(caseload.read_text(encoding="utf-8-sig").splitlines()))
    assert row["municipality"] == "'" + typed  # shown as the text she typed, never evaluated
    [contact] = list(csv.DictReader(logbook.read_text(encoding="utf-8-sig").splitlines()))
    assert contact["notes"] == "'" + typed
