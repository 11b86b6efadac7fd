"""Export the caseload (for a partner's own system) or one participant's whole dossier.

Exports leave the encrypted vault as plain files: the caller warns the user, and nothing here logs a
value. Files are written beside the target and moved into place in one step, so a crash never
leaves half an export under the real name; an existing file is kept unless overwriting is asked for.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lfn_common.errors import DomainError
from lfn_common.wire import to_wire
from lfn_desktop.exchange.cells import inert
from lfn_desktop.operations import Workspace
from lfn_desktop.store.models import Synced, user_fields

CASELOAD_FORMATS = ("csv", "json", "xlsx")
DOSSIER_FORMATS = ("json", "csv")
DOSSIER_FORMAT_VERSION = 1

# The caseload columns a partner's system needs, in order.
CASELOAD_COLUMNS = ("dossier_number", "name", "municipality", "phase", "coaches", "last_contact", "next_contact",
                    "days_since_contact", "release_level")
# The logbook columns of a dossier's CSV, in order (coach notes last: the reader may want to drop them).
LOGBOOK_COLUMNS = ("occurred_at", "duration_min", "kind", "place", "present", "life_domains", "agreements",
                   "next_step", "next_step_on", "author", "notes")


class ExportError(DomainError):
    """An export that was refused; nothing was written."""

    code = "export"


# --- the caseload ----------------------------------------------------------------------------------------


def caseload_records(ws: Workspace, *, include_closed: bool = False) -> list[dict[str, Any]]:
    """One record per participant, values as Python objects (dates stay dates, coaches a list)."""
    return [{
        "dossier_number": row.dossier_number,
        "name": row.name,
        "municipality": row.municipality,
        "phase": row.phase,
        "coaches": list(row.coach_names),
        "last_contact": row.last_contact_at,
        "next_contact": row.next_contact_on,
        "days_since_contact": row.days_since_contact,
        "release_level": row.release_level,
    } for row in sorted(ws.queries.caseload(include_closed=include_closed), key=lambda r: r.dossier_number)]


def export_caseload(ws: Workspace, path: Path | str, fmt: str, *, overwrite: bool = False,
                    include_closed: bool = False) -> Path:
    """Write the caseload as CSV, JSON or XLSX; returns the path written."""
    fmt = _check_format(fmt, CASELOAD_FORMATS)
    target = check_target(path, overwrite)
    records = caseload_records(ws, include_closed=include_closed)
    if fmt == "json":
        payload = {"exported_at": _now_iso(), "participants": [_plain_record(r) for r in records]}
        _write_text(target, _json_text(payload))
    elif fmt == "csv":
        _write_text(target, _csv_text(CASELOAD_COLUMNS, (_flat_record(r) for r in records)), bom=True)
    else:
        _write_xlsx(target, "Caseload", CASELOAD_COLUMNS, [[_cell(r[c]) for c in CASELOAD_COLUMNS] for r in records])
    return target


# --- one dossier -----------------------------------------------------------------------------------------


def dossier_document(ws: Workspace, participant_id: str) -> dict[str, Any]:
    """Everything the vault holds about one participant, as JSON-ready values with ISO dates."""
    dossier = ws.queries.dossier(participant_id)
    authors = {u.id: u.name for u in ws.reference.users()}
    contacts = sorted(dossier.contacts, key=lambda c: c.occurred_at)  # the logbook reads from old to new
    network: dict[str, Any] = {"id": dossier.map_id, "nodes": [], "ties": [], "snapshots": []}
    if dossier.map_id:
        network["nodes"] = _rows(ws.network.nodes(dossier.map_id))
        network["ties"] = _rows(ws.network.ties(dossier.map_id))
        network["snapshots"] = _rows(ws.network.snapshots(dossier.map_id))
    return {
        "format": "lfn-desktop dossier",
        "format_version": DOSSIER_FORMAT_VERSION,
        "exported_at": _now_iso(),
        "participant": _row(dossier.participant),
        "trajectories": _rows(dossier.trajectories),
        "phase_changes": _rows(dossier.phase_changes),
        "goals": _rows(dossier.goals),
        "coaches": [{"id": u.id, "name": u.name, "role": u.role, "organisation_id": u.organisation_id}
                    for u in dossier.coaches],
        "contacts": [_row(c) | {"author": authors.get(c.author_id)} for c in contacts],
        "network_map": network,
        "measurements": _rows(ws.scales.of_participant(participant_id)),
    }


def export_dossier(ws: Workspace, participant_id: str, path: Path | str, fmt: str = "json", *,
                   overwrite: bool = False) -> Path:
    """Write one dossier: ``json`` holds everything, ``csv`` the contacts logbook."""
    fmt = _check_format(fmt, DOSSIER_FORMATS)
    target = check_target(path, overwrite)
    document = dossier_document(ws, participant_id)
    if fmt == "json":
        _write_text(target, _json_text(document))
    else:
        rows = ({name: _flat(contact.get(name)) for name in LOGBOOK_COLUMNS} for contact in document["contacts"])
        _write_text(target, _csv_text(LOGBOOK_COLUMNS, rows), bom=True)
    return target


def _row(row: Synced) -> dict[str, Any]:
    """A row's id and user fields (no sync bookkeeping) in wire form."""
    table = row.__tablename__
    names = ("id", *(n for n in user_fields(type(row)) if n != "deleted"))
    return to_wire(table, {name: getattr(row, name) for name in names})


def _rows(rows: Iterable[Synced]) -> list[dict[str, Any]]:
    return [_row(r) for r in rows]


# --- values per format ------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as JSON holds it: dates as ISO text."""
    if isinstance(value, datetime):
        return value.isoformat()  # as to_wire writes it, so all exports agree
    if isinstance(value, date):
        return value.isoformat()
    return value


def _plain_record(record: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in record.items()}


def _flat(value: Any) -> str:
    """A value for one CSV cell: ISO dates, lists joined with '; ', nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, datetime | date):
        return _plain(value)
    return inert(value) if isinstance(value, str) else str(value)


def _flat_record(record: dict[str, Any]) -> dict[str, str]:
    return {k: _flat(v) for k, v in record.items()}


def _cell(value: Any) -> Any:
    """A value for one spreadsheet cell: dates stay dates (real Excel dates), lists become text."""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def _json_text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv_text(columns: Sequence[str], rows: Iterable[dict[str, str]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


# --- files ------------------------------------------------------------------------------------------------


def _check_format(fmt: str, allowed: Sequence[str]) -> str:
    value = (fmt or "").lower().lstrip(".")
    if value not in allowed:
        raise ExportError(f"Choose one of these formats: {', '.join(allowed)}.")
    return value


def check_target(path: Path | str, overwrite: bool) -> Path:
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name.")
    if target.exists() and not overwrite:
        raise ExportError(f"{target.name} already exists; choose another name or allow overwriting.")
    return target


def _write_text(target: Path, text: str, *, bom: bool = False) -> None:
    # A BOM lets Excel read accents in UTF-8 CSV; csv and json readers accept it with 'utf-8-sig'.
    data = text.encode("utf-8-sig" if bom else "utf-8")
    write_atomically(target, lambda tmp: tmp.write_bytes(data))


def _write_xlsx(target: Path, title: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
    import openpyxl  # only needed for XLSX

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(columns))
    for values in rows:
        sheet.append(values)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
            elif cell.data_type == "f":  # text that starts with '=' is data, never a formula to run
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    write_atomically(target, lambda tmp: book.save(tmp))


def write_atomically(target: Path, write: Callable[[Path], Any]) -> None:
    """Write through a private temporary file beside ``target``, then move it into place in one step."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)  # mode 0600
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with tmp.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    with suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
