"""Carry running trajectories over from a sheet (CSV or XLSX): one row per participant.

A partnership starts by taking over the cases of earlier projects. Their sheets differ in language
and layout, so headers are matched loosely (Dutch or English, any case, with or without accents) and
dates may be Belgian (dd/mm/yyyy), ISO or real spreadsheet dates. Every row is checked with the
operations' own validation before anything is written: if one row is wrong, nothing is imported
(unless the caller asks to skip invalid rows), and a dry run only checks.

Each participant, her trajectory and its phase are written in one transaction, under an id derived from the
file's content and the row: a run that was interrupted (a crash, a full disk) is simply run again, and it
recognises the rows it already imported instead of refusing their dossier numbers. A sheet is refused before
it is parsed when it is larger than anyone's caseload could be (size, rows, cells, an XLSX that unpacks to far
more than it weighs).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import uuid
import warnings
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lfn_common.errors import DomainError, ValidationError
from lfn_common.text import fold
from lfn_common.validation import check_not_future, optional_text
from lfn_common.vocabulary import Phase, ReferralChannel
from lfn_desktop.operations import Workspace
from lfn_desktop.operations.participants import clean_participant
from lfn_desktop.store.errors import VaultError

# The phase change a carried-over trajectory gets is explained in the dossier (Dutch: the users' language).
CARRIED_OVER_NOTE = "Overgenomen uit een eerder project (import)."
_HEADER_SEARCH_ROWS = 10  # a title or a blank line above the header row is common in hand-made sheets
# The limits of a sheet (far above a region's caseload: 5,000 participants), checked before it is parsed.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 50_000
MAX_CELLS = 2_000_000
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # what the workbook's parts hold once unpacked
MAX_XLSX_RATIO = 100  # unpacked / packed of one large part: sheets pack 5-20x, a zip bomb 1000x
_IMPORT_IDS = uuid.UUID("6f1c3a52-41d2-4c8e-9a57-0b7f8e2d9c10")  # the namespace of imported participants' ids


class SheetError(DomainError):
    """The file cannot be read as a sheet of trajectories; nothing was imported."""

    code = "sheet"


@dataclass(frozen=True)
class RowError:
    row: int  # the row number as the sheet shows it (the header row counts)
    column: str  # the column's header as written in the sheet
    message: str


@dataclass
class ImportReport:
    rows_read: int = 0
    created: list[str] = field(default_factory=list)  # participant ids, in sheet order
    already_imported: int = 0  # rows an earlier run of the same file imported (recognised, not repeated)
    stopped: str | None = None  # why the import stopped before the end (a full disk...); what was created stays
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)  # worth a look, but imported
    valid_rows: int = 0  # rows that passed every check (what a dry run would import)
    ignored_columns: list[str] = field(default_factory=list)  # headers that match no known field
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


# --- the columns a sheet may hold ---------------------------------------------------------------------

# field -> (label used when the sheet lacks the column, accepted headers in folded, squeezed form)
_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "given_name": ("voornaam", ("voornaam", "voornamen", "givenname", "firstname", "forename")),
    "family_name": ("familienaam", ("familienaam", "achternaam", "naam familie", "familyname", "lastname",
                                    "surname")),
    "birth_year": ("geboortejaar", ("geboortejaar", "birthyear", "yearofbirth", "jaar geboorte")),
    "municipality": ("gemeente", ("gemeente", "woonplaats", "municipality", "town", "city")),
    "phone": ("telefoon", ("telefoon", "telefoonnummer", "tel", "gsm", "phone", "telephone", "phonenumber",
                           "mobile")),
    "email": ("e-mail", ("email", "emailadres", "mail", "emailaddress")),
    "address": ("adres", ("adres", "address", "straat")),
    "languages": ("talen", ("talen", "taal", "languages", "language", "gesprokentalen")),
    "referral_channel": ("toeleiding", ("toeleiding", "kanaal", "toeleidingskanaal", "toegeleiddoor",
                                        "referralchannel", "channel", "referral", "referredby")),
    "referrer": ("verwijzer", ("verwijzer", "doorverwijzer", "verwezendoor", "referrer", "referringservice")),
    "referred_on": ("aanmelding", ("aanmelding", "aanmeldingsdatum", "datumaanmelding", "aangemeldop",
                                   "referredon", "referraldate", "dateofreferral")),
    "started_on": ("startdatum", ("startdatum", "start", "begindatum", "datumstart", "gestartop", "startdate",
                                  "startedon", "trajectstart")),
    "phase": ("fase", ("fase", "phase", "trajectfase")),
    "coach": ("coach", ("coach", "coaches", "trajectbegeleider", "begeleider", "outreacher")),
    "persona": ("persona", ("persona",)),
    "inflow_criteria": ("instroomcriteria", ("instroomcriteria", "instroomcriterium", "inflowcriteria",
                                             "inflowcriterion")),
    "consent_on": ("toestemming", ("toestemming", "toestemmingsdatum", "toestemmingdatum", "datumtoestemming",
                                   "consent", "consentdate", "consenton", "consentgiven")),
    "dossier_number": ("dossiernummer", ("dossiernummer", "dossiernr", "dossier", "dossiernumber", "casenumber")),
    "combined_with_vdab": ("combinatietraject", ("combinatietraject", "combinatie", "vdabcombined",
                                                 "combinedwithvdab", "combined")),
}


def _squeeze(text: str) -> str:
    """A header's matching key: folded, without remarks in brackets, spaces or punctuation."""
    text = re.sub(r"\(.*?\)|\[.*?\]", "", fold(text))
    return re.sub(r"[^0-9a-z]", "", text)


_FIELD_BY_HEADER = {_squeeze(alias): name for name, (_, aliases) in _COLUMNS.items() for alias in aliases}

# Words the earlier projects' sheets use, folded; the enum values themselves are accepted too.
_CHANNEL_WORDS = {
    "vdab": ReferralChannel.VDAB, "ocmw": ReferralChannel.OCMW, "sociale dienst": ReferralChannel.OCMW,
    "partner": ReferralChannel.PARTNER, "partnerorganisatie": ReferralChannel.PARTNER,
    "outreach": ReferralChannel.OUTREACH, "vindplaats": ReferralChannel.OUTREACH,
    "vindplaatsgericht": ReferralChannel.OUTREACH, "vindplaatsgerichte outreach": ReferralChannel.OUTREACH,
    "peer": ReferralChannel.PEER, "via een vriend": ReferralChannel.PEER, "via een vriendin": ReferralChannel.PEER,
    "vriend": ReferralChannel.PEER, "via vriend": ReferralChannel.PEER,
    "zelf": ReferralChannel.SELF, "self": ReferralChannel.SELF, "zelfmelder": ReferralChannel.SELF,
    "eigen initiatief": ReferralChannel.SELF, "op eigen initiatief": ReferralChannel.SELF,
    "ander": ReferralChannel.OTHER, "andere": ReferralChannel.OTHER, "anders": ReferralChannel.OTHER,
    "other": ReferralChannel.OTHER,
}
_PHASE_WORDS = {
    "kennismaking": Phase.ACQUAINTANCE, "kennismakingsfase": Phase.ACQUAINTANCE, "acquaintance": Phase.ACQUAINTANCE,
    "actief": Phase.ACTIVE, "active": Phase.ACTIVE, "actieve begeleiding": Phase.ACTIVE,
    "begeleiding": Phase.ACTIVE, "lopend": Phase.ACTIVE,
    "afronding": Phase.CLOSING, "afronden": Phase.CLOSING, "afrondingsfase": Phase.CLOSING, "closing": Phase.CLOSING,
}
_CLOSED_WORDS = {"afgesloten", "gesloten", "closed", "beeindigd", "stopgezet"}
_YES = {"ja", "j", "yes", "y", "true", "waar", "x", "1"}
_NO = {"nee", "neen", "n", "no", "false", "onwaar", "0", "-"}
# Language names coaches write instead of codes (Dutch and English), to ISO 639-1.
_LANGUAGE_NAMES = {
    "nederlands": "nl", "dutch": "nl", "vlaams": "nl", "frans": "fr", "french": "fr", "engels": "en",
    "english": "en", "duits": "de", "german": "de", "arabisch": "ar", "arabic": "ar", "turks": "tr",
    "turkish": "tr", "pools": "pl", "polish": "pl", "roemeens": "ro", "romanian": "ro", "spaans": "es",
    "spanish": "es", "russisch": "ru", "russian": "ru", "somalisch": "so", "somali": "so", "pasjtoe": "ps",
    "pashto": "ps", "dari": "fa", "perzisch": "fa", "farsi": "fa", "tigrinya": "ti", "tigrinja": "ti",
    "bulgaars": "bg", "bulgarian": "bg", "portugees": "pt", "portuguese": "pt", "italiaans": "it",
}


# --- reading the file --------------------------------------------------------------------------------


@dataclass
class _Sheet:
    headers: list[str]  # as written, one per column ("" for a blank header)
    rows: list[tuple[int, list[Any]]]  # (row number in the sheet, cell values)
    digest: str = ""  # of the file's bytes: the same file gives its rows the same ids


def read_sheet(path: Path) -> _Sheet:
    """The header row (found near the top) and the non-empty rows below it, or a SheetError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SheetError(f"{path.name} is {size // (1024 * 1024)} MB, more than a sheet of trajectories can "
                             f"be ({MAX_FILE_BYTES // (1024 * 1024)} MB); split it or leave out other sheets.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SheetError(f"There is no file {path.name}.") from None
    except OSError as exc:
        raise SheetError(f"The file {path.name} cannot be opened ({exc.strerror}).") from None
    if data.startswith(b"PK\x03\x04"):
        raw_rows = _xlsx_rows(path, data)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetError(f"{path.name} is an old Excel file (.xls); save it as .xlsx or .csv and try again.")
    else:
        raw_rows = _csv_rows(path, data)
    sheet = _find_header(path, raw_rows)
    sheet.digest = hashlib.sha256(data).hexdigest()
    return sheet


def _too_many_rows(path: Path) -> SheetError:
    return SheetError(f"{path.name} has more than {MAX_ROWS:,} rows or {MAX_CELLS:,} cells, more than a sheet of "
                      "trajectories can hold; split it, or remove empty rows and columns far below or beside the "
                      "table.")


def _check_xlsx_parts(path: Path, data: bytes) -> None:
    """Look at the zip's table of contents before anything is unpacked: a zip bomb is refused at once."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile:
        raise SheetError(f"{path.name} is not a readable XLSX sheet (a damaged file).") from None
    unpacked = sum(part.file_size for part in parts)
    inflated = [part for part in parts if part.file_size > 1024 * 1024
                and part.file_size > MAX_XLSX_RATIO * max(part.compress_size, 1)]
    if len(parts) > 10_000 or unpacked > MAX_XLSX_UNPACKED or inflated:
        raise SheetError(f"{path.name} unpacks to far more than it weighs ({unpacked // (1024 * 1024)} MB): it is no "
                         "ordinary sheet and was not opened. Save the sheet again as .xlsx or .csv and try again.")


def _xlsx_rows(path: Path, data: bytes) -> list[list[Any]]:
    _check_xlsx_parts(path, data)
    import openpyxl  # only needed for XLSX; keeps the CLI's start quick for CSV

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it does not know
            # Read-only mode streams the sheet's XML instead of building every cell; a file object: no check
            # of the name's ending.
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except zipfile.BadZipFile:
        raise SheetError(f"{path.name} is not a readable XLSX sheet (a damaged file).") from None
    except Exception as exc:  # any zip that is not a workbook fails somewhere inside openpyxl
        raise SheetError(f"{path.name} is not a readable XLSX sheet ({type(exc).__name__}).") from None
    try:
        # The first worksheet with a given-name header; else the first one, which then fails clearly.
        first = None
        for ws in book.worksheets:
            rows = _bounded_rows(path, ws.iter_rows(values_only=True))
            if _header_index(rows) is not None:
                return rows
            first = rows if first is None else first
        return first or []
    except SheetError:
        raise
    except Exception as exc:  # XML that is not a worksheet's
        raise SheetError(f"{path.name} is not a readable XLSX sheet ({type(exc).__name__}).") from None
    finally:
        book.close()


def _bounded_rows(path: Path, rows) -> list[list[Any]]:
    kept, cells = [], 0
    for row in rows:
        cells += len(row)
        if len(kept) >= MAX_ROWS + _HEADER_SEARCH_ROWS or cells > MAX_CELLS:
            raise _too_many_rows(path)
        kept.append(list(row))
    while kept and all(_is_blank(v) for v in kept[-1]):  # blank rows a sheet keeps below its table
        kept.pop()
    return kept


def _csv_rows(path: Path, data: bytes) -> list[list[Any]]:
    if b"\x00" in data[:4096]:
        raise SheetError(f"{path.name} is not a readable sheet: save it as .csv or .xlsx.")
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on a Belgian Windows writes CSV in cp1252
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError(f"{path.name} is not a readable sheet: its text encoding is unknown.")
    if re.search(r"[\x01-\x08\x0b\x0c\x0e-\x1f]", text[:4096]):
        raise SheetError(f"{path.name} is not a readable sheet: save it as .csv or .xlsx.")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # Belgian Excel separates with ';', others with ',' or a tab: take the one the header uses most.
    delimiter = max(";,\t", key=first_line.count)
    try:
        return _bounded_rows(path, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise SheetError(f"{path.name} is not a readable CSV sheet ({exc}).") from None


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(rows: list[list[Any]]) -> int | None:
    seen = 0
    for index, row in enumerate(rows):
        if all(_is_blank(v) for v in row):
            continue
        if any(isinstance(v, str) and _FIELD_BY_HEADER.get(_squeeze(v)) == "given_name" for v in row):
            return index
        seen += 1
        if seen >= _HEADER_SEARCH_ROWS:
            break
    return None


def _find_header(path: Path, raw_rows: list[list[Any]]) -> _Sheet:
    if all(all(_is_blank(v) for v in row) for row in raw_rows):
        raise SheetError(f"{path.name} is empty.")
    index = _header_index(raw_rows)
    if index is None:
        raise SheetError(f"{path.name} has no column for the given name (a header such as 'voornaam' or "
                         "'given name'), so its rows cannot be read as participants.")
    headers = ["" if _is_blank(v) else str(v).strip() for v in raw_rows[index]]
    rows = [(number, list(row) + [None] * (len(headers) - len(row)))
            for number, row in enumerate(raw_rows[index + 1:], start=index + 2)
            if not all(_is_blank(v) for v in row)]
    if not rows:
        raise SheetError(f"{path.name} has a header but no rows below it.")
    return _Sheet(headers, rows)


# --- cell values --------------------------------------------------------------------------------------


class _CellError(Exception):
    """A cell that cannot be read as what its column holds."""


def _text(value: Any) -> str | None:
    if _is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():  # 1985.0 or a phone number typed as a number
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    return str(value).strip()


_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")


def _date(value: Any) -> date | None:
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel  # a date cell that lost its date format

        if 1 <= value < 2_958_466:  # up to 31/12/9999 in Excel's day numbers
            return from_excel(value).date()
        raise _CellError("This is not a date; write it as dd/mm/yyyy.")
    text = str(value).strip()
    if match := _DMY.fullmatch(text):
        day, month, year = match.groups()
        if len(year) == 2:
            raise _CellError("Write the year in full: dd/mm/yyyy.")
    elif match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    else:
        raise _CellError("This is not a date; write it as dd/mm/yyyy.")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _CellError("There is no such day in the calendar.") from None


def _birth_year(value: Any) -> int | str | None:
    """A year; a full birth date keeps only its year (the dossier holds no more: data minimisation)."""
    if isinstance(value, datetime | date):
        return value.year
    text = _text(value)
    if text and not text.isdigit():
        try:
            return _date(text).year
        except _CellError:
            return text  # clean_participant says what is wrong with it
    return text


def _split(value: Any) -> list[str]:
    text = _text(value) or ""
    return [part.strip() for part in re.split(r"[;,|/\n]", text) if part.strip()]


def _languages(value: Any) -> list[str]:
    return [_LANGUAGE_NAMES.get(fold(part), part) for part in _split(value)]


def _channel(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    word = " ".join(fold(text).replace("-", " ").split())
    if word in _CHANNEL_WORDS:
        return _CHANNEL_WORDS[word].value
    if word in {c.value for c in ReferralChannel}:
        return word
    raise _CellError(f"Unknown referral channel {text!r}; use VDAB, OCMW, partner, outreach/vindplaats, "
                     "peer/via een vriend, zelf or ander.")


def _phase(value: Any) -> Phase:
    text = _text(value)
    if text is None:
        return Phase.ACQUAINTANCE
    word = " ".join(fold(text).split())
    if word in _PHASE_WORDS:
        return _PHASE_WORDS[word]
    if word in _CLOSED_WORDS:
        raise _CellError("Only running trajectories are carried over; leave closed ones out of the sheet.")
    raise _CellError(f"Unknown phase {text!r}; use kennismaking, actief or afronding.")


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = fold(_text(value) or "")
    if text in _YES:
        return True
    if text in _NO or not text:
        return False
    raise _CellError(f"Write ja or nee, not {_text(value)!r}.")


# --- checking the rows --------------------------------------------------------------------------------


@dataclass
class _Prepared:
    """A row that passed every check: exactly what the intake and the phase change will be given."""

    row: int
    fields: dict[str, Any]
    coach_ids: list[str]
    started_on: date
    combined: bool
    dossier_number: str | None
    phase: Phase


class _RowChecker:
    """Checks rows one by one, remembering what earlier rows and the vault already hold."""

    def __init__(self, ws: Workspace, partnership_id: str, columns: dict[str, int], headers: list[str],
                 default_coach_id: str | None):
        self.columns = columns
        self.headers = headers
        self.default_coach_id = default_coach_id
        self.coaches_by_name: dict[str, list[str]] = {}
        for user in ws.reference.users():
            if user.partnership_id == partnership_id:
                self.coaches_by_name.setdefault(_name_key(user.name), []).append(user.id)
        existing = ws.queries.caseload(include_closed=True)
        self.dossier_numbers = {r.dossier_number.casefold(): "the vault" for r in existing}
        self.names = {_name_key(r.name): "the vault" for r in existing}

    def label(self, name: str) -> str:
        if name in self.columns:
            return self.headers[self.columns[name]] or _COLUMNS[name][0]
        return _COLUMNS.get(name, (name,))[0]

    def check(self, number: int, cells: list[Any]) -> tuple[_Prepared | None, list[RowError], list[RowError]]:
        errors: list[RowError] = []
        warned: list[RowError] = []

        def cell(name: str) -> Any:
            return cells[self.columns[name]] if name in self.columns else None

        def read(name: str, parse) -> Any:
            try:
                return parse(cell(name))
            except _CellError as exc:
                errors.append(RowError(number, self.label(name), str(exc)))
                return None

        raw = {
            "given_name": _text(cell("given_name")), "family_name": _text(cell("family_name")),
            "birth_year": read("birth_year", _birth_year), "municipality": _text(cell("municipality")),
            "phone": _text(cell("phone")), "email": _text(cell("email")), "address": _text(cell("address")),
            "languages": _languages(cell("languages")), "referral_channel": read("referral_channel", _channel),
            "referrer": _text(cell("referrer")), "referred_on": read("referred_on", _date),
            "persona": _text(cell("persona")), "inflow_criteria": _split(cell("inflow_criteria")),
            "consent_on": read("consent_on", _date),
        }
        fields: dict[str, Any] = {}
        for name, value in raw.items():  # one field at a time, so a row reports all its mistakes
            if value is None and name != "given_name" and name not in self.columns:
                continue
            try:
                fields |= clean_participant({name: value})
            except DomainError as exc:
                errors.append(RowError(number, self.label(exc.field or name), exc.message))
        started = self._started_on(number, read("started_on", _date), fields.get("referred_on"), errors)
        phase = read("phase", _phase) or Phase.ACQUAINTANCE
        combined = bool(read("combined_with_vdab", _yes_no))
        coach_ids = self._coaches(number, cell("coach"), errors, warned)
        dossier_number = self._dossier_number(number, cell("dossier_number"), errors)
        self._note_double(number, fields, warned)
        if errors:
            return None, errors, warned
        return _Prepared(number, fields, coach_ids, started, combined, dossier_number, phase), errors, warned

    def _started_on(self, number: int, started: date | None, referred: date | None,
                    errors: list[RowError]) -> date:
        # The same default as the intake itself, so the phase change below gets the same day.
        day = started or referred or date.today()
        try:
            check_not_future(started, "started_on")  # the referral date was checked with the other fields
        except DomainError as exc:
            errors.append(RowError(number, self.label("started_on"), exc.message))
        if started and referred and started < referred:
            errors.append(RowError(number, self.label("started_on"),
                                   "The trajectory cannot start before the referral (aanmelding)."))
        return day

    def _coaches(self, number: int, value: Any, errors: list[RowError], warned: list[RowError]) -> list[str]:
        names = [n for n in re.split(r"[;,/&+\n]| en | and ", _text(value) or "") if n.strip()]
        if not names:
            if self.default_coach_id:
                return [self.default_coach_id]
            warned.append(RowError(number, self.label("coach"),
                                   "No coach: the dossier is assigned to nobody and syncs to no one."))
            return []
        ids = []
        for name in names:
            found = self.coaches_by_name.get(_name_key(name), [])
            if len(found) == 1:
                ids.append(found[0])
            elif found:
                errors.append(RowError(number, self.label("coach"),
                                       f"Several users are called {name.strip()!r}; assign this coach later."))
            else:
                errors.append(RowError(number, self.label("coach"),
                                       f"No user called {name.strip()!r} in this partnership."))
        return ids

    def _dossier_number(self, number: int, value: Any, errors: list[RowError]) -> str | None:
        try:
            dossier = optional_text(_text(value), "dossier_number", max_length=32)
        except ValidationError as exc:
            errors.append(RowError(number, self.label("dossier_number"), exc.message))
            return None
        if dossier is None:
            return None
        where = self.dossier_numbers.get(dossier.casefold())
        if where:
            errors.append(RowError(number, self.label("dossier_number"),
                                   f"Dossier number {dossier} is already used in {where}."))
        else:
            self.dossier_numbers[dossier.casefold()] = f"row {number}"
        return dossier

    def _note_double(self, number: int, fields: Mapping[str, Any], warned: list[RowError]) -> None:
        if not fields.get("given_name"):
            return
        key = _name_key(" ".join(p for p in (fields["given_name"], fields.get("family_name")) if p))
        where = self.names.get(key)
        if where:
            warned.append(RowError(number, self.label("given_name"),
                                   f"A participant with this name is already in {where}: check it is no double."))
        else:
            self.names[key] = f"row {number}"


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def _map_columns(headers: list[str]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(headers):
        name = _FIELD_BY_HEADER.get(_squeeze(header)) if header else None
        if name is None:
            if header:
                ignored.append(header)
            continue
        if name in columns:
            raise SheetError(f"Two columns hold the same thing ({headers[columns[name]]!r} and {header!r}); "
                             "keep one of them.")
        columns[name] = index
    return columns, ignored


# --- the import ---------------------------------------------------------------------------------------


def import_trajectories(ws: Workspace, path: Path | str, partnership_id: str, *,
                        default_coach_id: str | None = None, dry_run: bool = False,
                        skip_invalid: bool = False) -> ImportReport:
    """Read the sheet, check every row, then (unless told otherwise) register each participant.

    Each participant is registered with the intake operation (her own transaction) and, when the sheet
    says her trajectory is already active or closing, moved to that phase as of its start date.
    """
    _check_reference(ws, partnership_id, default_coach_id)
    sheet = read_sheet(Path(path))
    columns, ignored = _map_columns(sheet.headers)
    checker = _RowChecker(ws, partnership_id, columns, sheet.headers, default_coach_id)
    report = ImportReport(rows_read=len(sheet.rows), ignored_columns=ignored, dry_run=dry_run)
    held = {r.participant_id for r in ws.queries.caseload(include_closed=True)}
    prepared = []
    for number, cells in sheet.rows:
        row_id = _participant_id(partnership_id, sheet.digest, number)
        if row_id in held:  # imported by an earlier run of this very file
            report.already_imported += 1
            continue
        row, errors, warned = checker.check(number, cells)
        report.errors += errors
        report.warnings += warned
        if row is not None:
            prepared.append((row_id, row))
    report.valid_rows = len(prepared)
    if dry_run or (report.errors and not skip_invalid):
        return report
    for row_id, row in prepared:
        try:
            _register(ws, partnership_id, row_id, row, report, checker.label)
        except VaultError as exc:  # a full disk...: what was imported stays, a new run goes on from here
            report.stopped = str(exc)
            break
    return report


def _participant_id(partnership_id: str, digest: str, row: int) -> str:
    return str(uuid.uuid5(_IMPORT_IDS, f"{partnership_id}/{digest}/{row}"))


def _check_reference(ws: Workspace, partnership_id: str, default_coach_id: str | None) -> None:
    if partnership_id not in {p.id for p in ws.reference.partnerships()}:
        raise ValidationError("No such partnership in this vault.", field="partnership_id", code="not_found")
    if default_coach_id and default_coach_id not in {
            u.id for u in ws.reference.users() if u.partnership_id == partnership_id}:
        raise ValidationError("No such coach in this partnership.", field="default_coach_id", code="not_found")


def _register(ws: Workspace, partnership_id: str, participant_id: str, row: _Prepared, report: ImportReport,
              label) -> None:
    """The participant, her trajectory and its phase in one transaction: all of it, or nothing (a full disk is
    raised by the store as its own VaultError)."""
    try:
        with ws.store.write():  # the operations below join it
            changed = ws.participants.intake(partnership_id, coach_ids=row.coach_ids, started_on=row.started_on,
                                             combined_with_vdab=row.combined, dossier_number=row.dossier_number,
                                             participant_id=participant_id, **row.fields)
            if row.phase is not Phase.ACQUAINTANCE:
                trajectory_id = next(iter(changed.rows["trajectory"]))
                ws.trajectories.change_phase(trajectory_id, row.phase.value, on=row.started_on,
                                             note=CARRIED_OVER_NOTE)
    except DomainError as exc:  # checked above, so only a change made meanwhile can get here
        report.errors.append(RowError(row.row, label(exc.field) if exc.field else "", exc.message))
        return
    report.created.append(changed.id)


__all__ = ["ImportReport", "RowError", "SheetError", "import_trajectories", "read_sheet"]
