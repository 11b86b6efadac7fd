"""The regional set-up: PostgreSQL behind several stateless server instances.

Two server processes' worth of apps (each its own engine and pool) serve one database; coaches sync
through either, at the same time, and everything converges with every change in the feed once.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import func, select

from lfn_desktop.store.models import Contact, Participant
from lfn_server.db import change_feed, create_schema, make_engine

from .sync_support import Laptop, ServerThread, make_partnership


def test_two_instances_on_one_postgresql_serve_concurrent_coaches_consistently(tmp_path, postgres):
    url = postgres.new_database()
    engine_1, engine_2 = make_engine(url), make_engine(url)
    create_schema(engine_1)
    partnership = make_partnership(engine_1)
    with ServerThread(engine_1) as one, ServerThread(engine_2) as two:
        anouk = Laptop(tmp_path / "anouk", one.url, "anouk")
        bram = Laptop(tmp_path / "bram", two.url, "bram")
        lies = Laptop(tmp_path / "lies", two.url, "lies")
        noor = anouk.ws.participants.intake(partnership.id, coach_ids=[partnership.coach_a, partnership.coach_b],
                                            given_name="Noor").id
        anouk.sync()
        bram.sync()
        start = datetime.now().replace(microsecond=0) - timedelta(days=200)
        for i, laptop in enumerate((anouk, bram)):
            laptop.ws.contacts.record_many([
                {"participant_id": noor, "duration_min": 20, "kind": "phone", "place": "remote",
                 "occurred_at": start + timedelta(hours=2 * n + i), "notes": f"{laptop.user_id[:4]} {n}"}
                for n in range(700)])
        anouk.ws.participants.update(noor, phone="0470 11 11 11")
        bram.ws.participants.update(noor, phone="0470 22 22 22")

        # Both push at the same moment, through different instances.
        errors = []

        def sync(laptop):
            try:
                laptop.sync()
            except Exception as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=sync, args=(laptop,)) for laptop in (anouk, bram)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for laptop in (anouk, bram, lies):
            laptop.sync()

        for laptop in (anouk, bram, lies):
            with laptop.store.read() as s:
                assert s.scalar(select(func.count()).select_from(Contact)) == 1400
                assert s.scalar(select(Participant.phone)) in ("0470 11 11 11", "0470 22 22 22")
        phones = set()
        for laptop in (anouk, bram, lies):
            with laptop.store.read() as s:
                phones.add(s.scalar(select(Participant.phone)))
        assert len(phones) == 1
        with engine_1.connect() as conn:
            seqs = conn.execute(select(change_feed.c.server_seq, change_feed.c.change_id)).all()
        assert len({s for s, _ in seqs}) == len({c for _, c in seqs}) == len(seqs)
        for laptop in (anouk, bram, lies):
            laptop.close()
    engine_1.dispose()
    engine_2.dispose()
