"""The coach's agenda: the next steps planned in her dossiers as an iCalendar (.ics) file, which Outlook, a phone
or any calendar imports.

Like every export it leaves the vault in plain text, so it holds as little as the coach needs to plan her week:
the dossier number, the day and where the last contact took place. No name, no notes, no agreements, no
phone number: a calendar is synced to places (a phone, a mail server) the vault's protection does not reach.
Each event keeps the id of the contact that planned it, so importing a newer file updates it instead of
doubling it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from lfn_desktop.exchange.exporter import check_target, write_atomically
from lfn_desktop.operations import Workspace
from lfn_desktop.operations.queries import PlannedContact

PRODUCT = "-//LfN//LfN Desktop agenda//NL"
# The places in Dutch for the command line (the app passes its own labels, in the interface's language).
DUTCH_PLACES = {"home": "Thuis", "neighbourhood": "In de buurt", "office": "Op kantoor", "service": "Bij een dienst",
                "school": "Aan de school", "remote": "Op afstand", "other": "Elders"}


def agenda_calendar(planned: list[PlannedContact], place_names: Mapping[str, str]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "LfN — geplande contacten")
    stamp = datetime.now(UTC)
    for item in planned:
        event = Event()
        event.add("uid", f"{item.contact_id}@lfn-desktop")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.on)  # a day, not an hour: the visit's hour is agreed with her
        event.add("dtend", item.on + timedelta(days=1))
        event.add("summary", f"Contact dossier {item.dossier_number}")
        event.add("location", place_names.get(item.place, item.place))
        event.add("transp", "TRANSPARENT")  # a plan, not a busy block
        calendar.add_component(event)
    return calendar.to_ical()


def export_agenda(ws: Workspace, path: Path | str, place_names: Mapping[str, str], *,
                  overwrite: bool = False) -> tuple[Path, int]:
    """Write the agenda file; returns where, and how many planned contacts it holds."""
    target = check_target(path, overwrite)
    planned = ws.queries.planned_contacts()
    data = agenda_calendar(planned, place_names)
    write_atomically(target, lambda tmp: tmp.write_bytes(data))
    return target, len(planned)
