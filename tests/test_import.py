"""Carrying running trajectories over from a sheet: what the coach sees afterwards, and what is refused.

Every name here is fictional. Sheets are written in tmp_path (or are the small committed samples).
"""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from lfn_desktop.exchange.importer import SheetError, import_trajectories
from lfn_desktop.store.models import ChangeLog

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def outbox_count(ws) -> int:
    with ws.store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


def caseload_by_name(ws) -> dict:
    return {row.name: row for row in ws.queries.caseload(include_closed=True)}


def write_csv(path: Path, rows: list[list], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as file:
        csv.writer(file, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# --- sheets that import --------------------------------------------------------------------------------


def test_dutch_csv_with_belgian_dates_carries_over_phases_coaches_and_referral(ws, team):
    report = import_trajectories(ws, FIXTURES / "lopende_trajecten.csv", team["partnership"])

    assert report.errors == [] and report.rows_read == 3 and len(report.created) == 3
    rows = caseload_by_name(ws)
    assert {name: row.phase for name, row in rows.items()} == {
        "Liesbet Proefmans": "active", "Ferre Van Testeghem": "acquaintance", "Zohra Verzinsel": "closing"}
    assert rows["Zohra Verzinsel"].coach_names == ("Coach Anouk", "Coach Bram")
    assert rows["Ferre Van Testeghem"].coach_names == ("Coach Bram",)
    assert rows["Liesbet Proefmans"].dossier_number == "OUD-0007"  # kept from the earlier project
    assert rows["Ferre Van Testeghem"].municipality == "Proefdorp"

    liesbet = ws.queries.dossier(rows["Liesbet Proefmans"].participant_id)
    person = liesbet.participant
    assert (person.referral_channel, person.referrer) == ("ocmw", "Maatschappelijk werker OCMW Testrand")
    assert (person.referred_on, person.consent_on) == (date(2023, 9, 3), date(2023, 9, 15))
    assert person.birth_year == 1979 and person.persona == "De stille zoeker"
    assert person.inflow_criteria == ["schulden", "laaggeletterdheid"]
    assert liesbet.current_trajectory.started_on == date(2023, 9, 15)
    assert not liesbet.current_trajectory.combined_with_vdab
    assert [(c.from_phase, c.to_phase, c.changed_on) for c in liesbet.phase_changes] == [
        (None, "acquaintance", date(2023, 9, 15)), ("acquaintance", "active", date(2023, 9, 15))]

    ferre = ws.queries.dossier(rows["Ferre Van Testeghem"].participant_id)
    assert ferre.participant.referral_channel == "peer"  # "via een vriend"
    assert ferre.participant.referred_on == date(2024, 1, 12)  # dd-mm-yyyy
    assert ferre.participant.languages == ["nl", "fr"]
    assert ferre.current_trajectory.combined_with_vdab

    zohra = ws.queries.dossier(rows["Zohra Verzinsel"].participant_id)
    assert zohra.participant.referral_channel == "outreach"  # "vindplaats"
    assert zohra.participant.languages == ["ar", "nl"]  # "Arabisch" became its code
    assert zohra.participant.referred_on == date(2024, 2, 5)  # ISO
    assert zohra.participant.email == "zohra@voorbeeld.invalid"


def test_committed_xlsx_sample_with_english_headers_below_a_title(ws, team):
    report = import_trajectories(ws, FIXTURES / "carry_over_sample.xlsx", team["partnership"])

    assert report.errors == [] and report.rows_read == 2 and len(report.created) == 2
    rows = caseload_by_name(ws)
    kenan = rows["Kenan De Nepper"]
    assert (kenan.phase, kenan.coach_names, kenan.municipality) == ("active", ("Coach Bram",), "Schijnbeke")
    dossier = ws.queries.dossier(kenan.participant_id)
    assert dossier.participant.referral_channel == "vdab"
    assert dossier.participant.referred_on == date(2023, 11, 6)  # a real Excel date cell
    assert dossier.current_trajectory.started_on == date(2023, 11, 20)
    assert dossier.current_trajectory.combined_with_vdab
    assert dossier.participant.languages == ["tr", "nl"]
    assert rows["Ilse Voorbeeldt"].phase == "acquaintance"
    assert ws.queries.dossier(rows["Ilse Voorbeeldt"].participant_id).participant.referral_channel == "self"


def test_xlsx_built_here_with_loose_headers_accented_coach_and_default_coach(ws, team, tmp_path):
    emile = ws.reference.add_user(team["partnership"], "Coach Émile", "coach").id
    sheet = write_xlsx(tmp_path / "overdracht.xlsx", [
        ["VOORNAAM", "Achternaam", "geboortejaar", "Woonplaats", "Toeleiding", "Aanmeldingsdatum",
         "Start datum", "FASE", "Trajectbegeleider", "Toestemming (datum)", "Combinatietraject", "Opmerking"],
        ["Saar", "Proefmans", 2001, "Testrand", "Partner", "04/03/2024", datetime(2024, 3, 11), "Actief",
         "coach emile", datetime(2024, 3, 11), True, "komt graag op kantoor"],
        ["Wannes", None, "1985", "Proefdorp", "ander", datetime(2024, 4, 2), "09.04.2024", None, None, None,
         "nee", None],
    ])

    report = import_trajectories(ws, sheet, team["partnership"], default_coach_id=team["coach_b"])

    assert report.errors == [] and len(report.created) == 2
    assert report.ignored_columns == ["Opmerking"]  # said, not silently dropped
    rows = caseload_by_name(ws)
    saar = ws.queries.dossier(rows["Saar Proefmans"].participant_id)
    assert [c.id for c in saar.coaches] == [emile]
    assert saar.current_trajectory.phase == "active" and saar.current_trajectory.combined_with_vdab
    assert saar.participant.referral_channel == "partner"
    assert saar.participant.referred_on == date(2024, 3, 4) and saar.participant.consent_on == date(2024, 3, 11)
    wannes = rows["Wannes"]
    assert wannes.coach_names == ("Coach Bram",)  # the default coach for a row that names none
    assert wannes.phase == "acquaintance"
    started = ws.queries.dossier(wannes.participant_id).current_trajectory.started_on
    assert started == date(2024, 4, 9)  # dd.mm.yyyy


def test_cp1252_csv_with_commas_from_an_older_excel(ws, team, tmp_path):
    sheet = write_csv(tmp_path / "oud.csv", [
        ["Given name", "Family name", "Municipality", "Phase", "Coach", "Referred on"],
        ["Amina", "Fictielaan", "Testrand", "afronding", "Coach Anouk", "01/02/2024"],
        ["Joris", "Ménage-Proef", "Proefdorp", "kennismaking", "Coach Anouk", "01/02/2024"],
    ], delimiter=",", encoding="cp1252")

    report = import_trajectories(ws, sheet, team["partnership"])

    assert report.errors == [] and len(report.created) == 2
    assert caseload_by_name(ws)["Joris Ménage-Proef"].phase == "acquaintance"
    assert caseload_by_name(ws)["Amina Fictielaan"].phase == "closing"


# --- sheets that are refused --------------------------------------------------------------------------------


def bad_sheet(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "trajecten.csv", [
        ["Voornaam", "Familienaam", "Geboortejaar", "Fase", "Coach", "Startdatum"],
        ["Rik", "Proefmans", "1990", "actief", "Coach Anouk", "01/02/2024"],
        ["Yasmina", "Verzinsel", "1890", "actief", "Coach Anouk", "01/02/2024"],
        [],  # a blank line still counts as a row in the sheet's numbering
        ["Kenan", "De Nepper", "1992", "kennismaking", "Coach Onbekend", "01/02/2024"],
        ["Ilse", "Voorbeeldt", "1975", "wachtlijst", "Coach Bram", "01/02/2024"],
    ])


def test_one_bad_row_is_named_by_row_and_column_and_nothing_is_imported(ws, team, tmp_path):
    before = outbox_count(ws)

    report = import_trajectories(ws, bad_sheet(tmp_path), team["partnership"])

    assert [(e.row, e.column) for e in report.errors] == [(3, "Geboortejaar"), (5, "Coach"), (6, "Fase")]
    assert "Coach Onbekend" in report.errors[1].message
    assert "kennismaking, actief or afronding" in report.errors[2].message
    assert report.rows_read == 4 and report.created == [] and report.valid_rows == 1
    assert ws.queries.caseload(include_closed=True) == []
    assert outbox_count(ws) == before


def test_skip_invalid_imports_the_valid_rows_and_still_reports_the_others(ws, team, tmp_path):
    report = import_trajectories(ws, bad_sheet(tmp_path), team["partnership"], skip_invalid=True)

    assert len(report.errors) == 3 and len(report.created) == 1
    assert [(r.name, r.phase) for r in ws.queries.caseload()] == [("Rik Proefmans", "active")]


def test_a_row_reports_all_its_mistakes_at_once(ws, team, tmp_path):
    tomorrow = date.today() + timedelta(days=1)
    sheet = write_csv(tmp_path / "fouten.csv", [
        ["Voornaam", "E-mail", "Aanmelding", "Startdatum", "Toeleiding", "Combinatietraject", "Talen"],
        ["", "geen-adres", "31/02/2024", tomorrow.strftime("%d/%m/%Y"), "krant", "misschien", "Klingon"],
    ])

    report = import_trajectories(ws, sheet, team["partnership"])

    assert {e.column for e in report.errors} == {"Voornaam", "E-mail", "Aanmelding", "Startdatum", "Toeleiding",
                                                 "Combinatietraject", "Talen"}
    assert {e.row for e in report.errors} == {2}
    assert report.created == []


def test_importing_the_same_sheet_twice_recognises_every_row_and_adds_nothing(ws, team):
    import_trajectories(ws, FIXTURES / "lopende_trajecten.csv", team["partnership"])
    before = outbox_count(ws)

    again = import_trajectories(ws, FIXTURES / "lopende_trajecten.csv", team["partnership"])

    assert again.already_imported == 3 and again.errors == [] and again.created == []
    assert outbox_count(ws) == before
    assert len(ws.queries.caseload()) == 3


def test_an_edited_copy_of_an_imported_sheet_is_refused_on_its_dossier_numbers(ws, team, tmp_path):
    import_trajectories(ws, FIXTURES / "lopende_trajecten.csv", team["partnership"])
    edited = tmp_path / "bewerkt.csv"
    edited.write_bytes((FIXTURES / "lopende_trajecten.csv").read_bytes() + b"\n")
    before = outbox_count(ws)

    again = import_trajectories(ws, edited, team["partnership"])

    assert [(e.row, e.column) for e in again.errors] == [(2, "Dossiernummer"), (4, "Dossiernummer")]
    assert {w.row for w in again.warnings} == {2, 3, 4}  # same names as participants already in the vault
    assert again.created == [] and outbox_count(ws) == before


def test_a_row_whose_phase_cannot_be_set_is_not_half_imported(ws, team, tmp_path):
    from lfn_common.errors import InvalidTransition

    sheet = write_csv(tmp_path / "t.csv", [["Voornaam", "Fase"], ["Rik", "actief"], ["Mona", "afronding"]])
    real = ws.trajectories.change_phase
    calls = []

    def refuse_second(*args, **kwargs):  # a refusal after the intake was written, inside the same transaction
        calls.append(args)
        if len(calls) == 2:
            raise InvalidTransition("refused for the test", field="phase")
        return real(*args, **kwargs)

    ws.trajectories.change_phase = refuse_second
    report = import_trajectories(ws, sheet, team["partnership"])

    assert len(report.created) == 1 and [e.row for e in report.errors] == [3]
    rows = ws.queries.caseload(include_closed=True)
    assert [(r.name, r.phase) for r in rows] == [("Rik", "active")]  # Mona: nothing, not a stray kennismaking


def test_dry_run_checks_everything_and_writes_nothing(ws, team):
    before = outbox_count(ws)

    report = import_trajectories(ws, FIXTURES / "lopende_trajecten.csv", team["partnership"], dry_run=True)

    assert report.dry_run and report.errors == [] and report.valid_rows == 3 and report.created == []
    assert outbox_count(ws) == before
    assert ws.queries.caseload(include_closed=True) == []


def test_a_closed_trajectory_is_not_carried_over(ws, team, tmp_path):
    sheet = write_csv(tmp_path / "t.csv", [["Voornaam", "Fase"], ["Rik", "afgesloten"]])

    report = import_trajectories(ws, sheet, team["partnership"])

    assert [(e.row, e.column) for e in report.errors] == [(2, "Fase")]
    assert "running" in report.errors[0].message


def _zip_that_is_no_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: (p / "kapot.xlsx").write_bytes(bytes(range(256)) * 8) and p / "kapot.xlsx", "not a readable sheet"),
    (lambda p: _zip_that_is_no_workbook(p / "archief.xlsx"), "not a readable XLSX sheet"),
    (lambda p: (p / "oud.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)) and p / "oud.xls",
     "save it as .xlsx or .csv"),
    (lambda p: (p / "leeg.csv").write_text("\n\n") and p / "leeg.csv", "is empty"),
    (lambda p: write_csv(p / "namen.csv", [["Naam", "Gemeente"], ["Rik Proefmans", "Testrand"]]), "given name"),
    (lambda p: write_csv(p / "kop.csv", [["Voornaam", "Gemeente"]]), "no rows below"),
    (lambda p: p / "bestaat-niet.csv", "no file"),
])
def test_a_file_that_is_no_usable_sheet_gets_a_plain_sentence(ws, team, tmp_path, make, words):
    path = make(tmp_path)
    before = outbox_count(ws)

    with pytest.raises(SheetError) as raised:
        import_trajectories(ws, path, team["partnership"])

    assert words in str(raised.value) and "Traceback" not in str(raised.value)
    assert outbox_count(ws) == before


def test_two_columns_for_one_field_are_refused(ws, team, tmp_path):
    sheet = write_csv(tmp_path / "dubbel.csv", [["Voornaam", "Gemeente", "Woonplaats"], ["Rik", "A", "B"]])

    with pytest.raises(SheetError, match="Gemeente"):
        import_trajectories(ws, sheet, team["partnership"])


def _zip_bomb(path: Path) -> Path:
    """A workbook-shaped zip whose one sheet unpacks to 40 MB from about 40 KB."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            for _ in range(40):
                part.write(b"<c/>" * 262_144)
    return path


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: _zip_bomb(p / "bom.xlsx"), "unpacks to far more than it weighs"),
    (lambda p: write_csv(p / "lang.csv", [["Voornaam"]] + [[f"Naam{i}"] for i in range(50_011)]), "more than 50,000"),
    (lambda p: write_csv(p / "breed.csv", [["Voornaam"] + [""] * 199] + [["x"] * 200] * 10_001), "cells"),
    (lambda p: _sparse(p / "groot.csv", 51 * 1024 * 1024), "51 MB"),
])
def test_a_sheet_beyond_any_caseload_is_refused_before_it_is_parsed(ws, team, tmp_path, make, words):
    path = make(tmp_path)
    before = outbox_count(ws)

    with pytest.raises(SheetError) as raised:
        import_trajectories(ws, path, team["partnership"])

    assert words in str(raised.value)
    assert outbox_count(ws) == before and ws.queries.caseload(include_closed=True) == []


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path
