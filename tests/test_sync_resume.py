"""A connection that breaks mid-sync, at any byte: the coach is told, nothing is lost or doubled, and the
next sync simply resumes. The cut happens in a real TCP relay between the app and the real server.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from lfn_desktop.store.models import Contact
from lfn_desktop.sync.errors import SyncOffline
from lfn_desktop.sync.local import LocalReplica
from lfn_server.db import change_feed

from .sync_support import CuttingRelay, Laptop, make_partnership

VISITS = 1200  # three push pages, and several pull pages for the team lead


@pytest.fixture
def relay(server):
    r = CuttingRelay(server.port)
    yield r
    r.close()


def record_visits(laptop: Laptop, participant_id: str, count: int) -> None:
    start = datetime.now().replace(microsecond=0) - timedelta(days=400)
    laptop.ws.contacts.record_many([{"participant_id": participant_id, "duration_min": 30, "kind": "phone",
                                     "place": "remote", "occurred_at": start + timedelta(hours=i),
                                     "notes": f"Bezoek {i}"} for i in range(count)])


def contact_count(laptop: Laptop) -> int:
    with laptop.store.read() as s:
        return s.scalar(select(func.count()).select_from(Contact))


def test_cuts_at_many_points_of_push_and_pull_lose_nothing_and_double_nothing(tmp_path, server, relay):
    partnership = make_partnership(server.engine)
    anouk = Laptop(tmp_path / "anouk", relay.url, "anouk")
    lies = Laptop(tmp_path / "lies", relay.url, "lies")
    noor = anouk.ws.participants.intake(partnership.id, coach_ids=[partnership.coach_a], given_name="Noor").id
    record_visits(anouk, noor, VISITS)
    replica = LocalReplica(anouk.store)
    to_send = replica.pending_count()

    # Cut the coach's sync at growing byte counts until one run gets through; each run resumes the last.
    failures = 0
    for cut in (150, 700, 1500, 4000, 9000, 20000, 60000, None):
        relay.cut_after(cut)
        try:
            anouk.sync()
        except SyncOffline as exc:
            failures += 1
            assert "cannot be reached" in str(exc)
        else:
            break
    relay.cut_after(None)
    anouk.sync()
    assert failures >= 3 and relay.cuts >= 3
    assert replica.pending_count() == 0
    with server.engine.connect() as conn:
        from_anouk = conn.execute(select(change_feed.c.change_id).where(
            change_feed.c.device_id == anouk.store.device_id)).scalars().all()
    assert len(from_anouk) == len(set(from_anouk)) == to_send

    # The team lead's pull is cut too; her vault ends with every visit once.
    for cut in (2000, 30000, 90000, 200000, None):
        relay.cut_after(cut)
        try:
            lies.sync()
        except SyncOffline:
            continue
    relay.cut_after(None)
    lies.sync()
    assert contact_count(lies) == VISITS
    assert lies.sync().resynced_tables == []  # the digests agree: both sides hold the same rows
    anouk.close()
    lies.close()
