"""The support group (ondersteuningsgroep) signs in like the other roles and receives only what the team lead
published for it: figures as counts, small ones masked, and the signals (their texts only when she read them
through). Never a dossier, a user, a signal row or the social map; it changes nothing. Real vaults, the real server
over HTTP on loopback, on both databases.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select

from lfn_common.tables import SYNCED_TABLES
from lfn_desktop.operations.figures import Period
from lfn_desktop.operations.signals import for_support_group
from lfn_server import admin

from .sync_support import PASSWORD, Laptop, make_partnership
from .test_sync_hostile import RawDevice, statuses


def rows_per_table(laptop: Laptop) -> dict[str, int]:
    with laptop.store.read() as session:
        return {table: n for table, model in SYNCED_TABLES.items()
                if (n := session.scalar(select(func.count()).select_from(model)))}


def test_the_support_group_receives_the_published_figures_and_no_dossier(server, tmp_path):
    p = make_partnership(server.engine)
    with server.engine.begin() as conn:
        admin.add_user(conn, p.id, "Schepen Testrand", "steun", PASSWORD, "support_group")
    lies = Laptop(tmp_path / "lies", server.url, "lies")
    noor = lies.ws.participants.intake(p.id, coach_ids=[p.coach_a], given_name="Noor", municipality="Testrand").id
    lies.ws.contacts.record(noor, duration_min=30, kind="home_visit", place="home", notes="Kennismaking.")
    for _ in range(6):
        lies.ws.signals.record(p.id, "Wachtlijst budgetbegeleiding", life_domain=8, municipality="Testrand",
                               participant_ids=[noor])
    lies.ws.signals.record(p.id, "Geen kinderopvang 's avonds", life_domain=6, municipality="Testrand")
    period = Period.quarter(date.today().year, (date.today().month - 1) // 3 + 1)
    figures = lies.ws.figures.compute(period)
    published_tables = [{"key": "summary", "title": "Kerncijfers", "header": ["Wat", "Aantal"],
                         "rows": [["Lopende trajecten", "<5" if 0 < figures.running < 5 else str(figures.running)]]}]
    signals = for_support_group(lies.ws.signals.grouped(period.start, period.end), texts_reviewed=True)
    lies.ws.publishing.publish(p.id, "2026 K4", published_tables, signals)
    lies.sync()

    steun = Laptop(tmp_path / "steun", server.url, "steun")
    assert rows_per_table(steun) == {"partnership": 1, "published_report": 1}
    [report] = steun.ws.publishing.published()
    assert report.period == "2026 K4" and report.tables == published_tables
    assert report.signals == [["Wachtlijst budgetbegeleiding", 8, "Testrand", "6"],
                              ["Geen kinderopvang 's avonds", 6, "Testrand", "<5"]]

    # Whatever it sends is refused, and a full resync of every table still brings nothing more.
    raw = RawDevice(server, "steun")
    reply = raw.push(raw.change("signal", str(uuid.uuid4()), {"partnership_id": p.id, "problem": "Een vraag",
                                                                "noted_on": date.today().isoformat()}))
    assert statuses(reply) == [("rejected", "The support group reads the published figures; it changes nothing.")]
    assert {c["table"] for c in raw.pull()["changes"]} == {"partnership", "published_report"}
    for table in SYNCED_TABLES:
        snapshot = raw.http.post("/sync/snapshot", json={"device_id": raw.device_id, "table": table})
        assert snapshot.status_code == 200
        assert bool(snapshot.json()["rows"]) == (table in ("partnership", "published_report")), table
    assert steun.sync().pulled == 0
    lies.close()
    steun.close()


def test_a_published_signal_count_under_five_must_be_masked(server, tmp_path):
    p = make_partnership(server.engine)
    raw = RawDevice(server, "lies")
    reply = raw.push(raw.change("published_report", str(uuid.uuid4()), {
        "partnership_id": p.id, "period": "2026 K4", "published_on": date.today().isoformat(), "tables": [],
        "signals": [["Wachtlijst", 8, "Testrand", "3"]]}))
    assert statuses(reply) == [("rejected", "published_report.signals: A published count under five is shown as <5.")]
    coach = RawDevice(server, "anouk")
    reply = coach.push(coach.change("published_report", str(uuid.uuid4()), {
        "partnership_id": p.id, "period": "2026 K4", "published_on": date.today().isoformat(), "tables": [],
        "signals": []}))
    assert statuses(reply) == [("rejected", "Only a team lead may change published_report rows.")]
