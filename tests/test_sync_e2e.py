"""Sync end to end: real vaults, the real server over HTTP on loopback (its SQLCipher database), SyncEngine.

What a coach and a team lead would check: what they did offline arrives, what a colleague did arrives, a
concurrent edit of the same field is kept side by side, nobody receives a dossier she should not hold.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lfn_desktop.operations import Workspace
from lfn_desktop.operations.conflicts import ConflictOps
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.models import Contact, Participant, Partnership, SyncConflict
from lfn_desktop.store.store import Store
from lfn_desktop.sync.engine import STATE_LAST_VERIFY, VERIFY_EVERY, SyncEngine, enrol, is_enrolled
from lfn_desktop.sync.errors import SyncRefused
from lfn_server.db import audit_log, change_feed

from .sync_support import PASSWORD, VAULT_PASSPHRASE, Laptop, make_partnership


@pytest.fixture
def partnership(server):
    return make_partnership(server.engine)


@pytest.fixture
def laptops(tmp_path, server, partnership):
    made = []

    def make(username: str, **kwargs) -> Laptop:
        laptop = Laptop(tmp_path / f"vault-{username}-{len(made)}", server.url, username, **kwargs)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def intake(laptop: Laptop, coaches: list[str], given_name: str = "Noor") -> str:
    return laptop.ws.participants.intake(laptop.partnership_id, coach_ids=coaches, given_name=given_name,
                                         family_name="Testmans", municipality="Testrand").id


def visit(laptop: Laptop, participant_id: str, notes: str, when: datetime | None = None) -> str:
    return laptop.ws.contacts.record(participant_id, duration_min=45, kind="home_visit", place="home",
                                     occurred_at=when or datetime.now().replace(microsecond=0) - timedelta(hours=1),
                                     notes=notes).id


def names(laptop: Laptop) -> set[str]:
    with laptop.store.read() as s:
        return set(s.scalars(select(Participant.given_name).where(Participant.deleted.is_(False))))


def notes(laptop: Laptop) -> set[str]:
    with laptop.store.read() as s:
        return set(s.scalars(select(Contact.notes).where(Contact.deleted.is_(False))))


def test_first_sync_brings_the_partnership_reference_data(laptops, partnership):
    anouk = laptops("anouk")
    with anouk.store.read() as s:
        from lfn_desktop.store.models import User

        users = set(s.scalars(select(User.name)))
    assert users == {"Coach Anouk", "Coach Bram", "Teamleider Lies"}
    assert anouk.user_id == partnership.coach_a


def test_a_dossier_reaches_its_coaches_and_the_team_lead_but_no_other_coach(laptops, partnership):
    anouk, bram, lies = laptops("anouk"), laptops("bram"), laptops("lies")
    noor = intake(anouk, [partnership.coach_a])
    visit(anouk, noor, "Eerste huisbezoek, kennismaking.")
    report = anouk.sync()
    assert report.pushed > 0 and report.rejected == []

    bram.sync()
    lies.sync()
    assert names(bram) == set()
    assert notes(bram) == set()
    assert names(lies) == {"Noor"}
    assert notes(lies) == {"Eerste huisbezoek, kennismaking."}


def test_two_coaches_offline_converge_and_a_same_field_edit_is_kept_as_a_conflict(laptops, partnership):
    anouk, bram = laptops("anouk"), laptops("bram")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    anouk.sync()
    bram.sync()
    assert names(bram) == {"Noor"}

    # Both offline: each records a visit, and both change the phone number (the same field).
    visit(anouk, noor, "Samen naar het OCMW.")
    visit(bram, noor, "Telefonisch contact over de huur.")
    anouk.ws.participants.update(noor, phone="0470 11 11 11")
    bram.ws.participants.update(noor, phone="0470 22 22 22", municipality="Testdorp")
    for laptop in (anouk, bram, anouk):
        laptop.sync()

    assert notes(anouk) == notes(bram) == {"Samen naar het OCMW.", "Telefonisch contact over de huur."}
    with anouk.store.read() as s, bram.store.read() as t:
        mine = s.execute(select(Participant.phone, Participant.municipality)).one()
        theirs = t.execute(select(Participant.phone, Participant.municipality)).one()
    assert mine == theirs
    assert mine.municipality == "Testdorp"  # a different field changed by one side only survives
    # The later phone number was kept; the other one is not lost: both vaults show the conflict.
    for laptop in (anouk, bram):
        [conflict] = ConflictOps(laptop.store).open(noor)
        assert conflict.field == "phone"
        assert {conflict.kept_value["value"], conflict.other_value["value"]} == {"0470 11 11 11", "0470 22 22 22"}
        assert conflict.kept_value["value"] == mine.phone


def test_a_resolved_conflict_syncs_to_the_colleague(laptops, partnership):
    anouk, bram = laptops("anouk"), laptops("bram")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    anouk.sync()
    bram.sync()
    anouk.ws.participants.update(noor, phone="0470 11 11 11")
    bram.ws.participants.update(noor, phone="0470 22 22 22")
    anouk.sync()
    bram.sync()
    anouk.sync()
    [conflict] = ConflictOps(anouk.store).open(noor)
    ConflictOps(anouk.store).resolve(conflict.id, "other")
    anouk.sync()
    bram.sync()
    assert ConflictOps(bram.store).open(noor) == []
    with anouk.store.read() as s, bram.store.read() as t:
        assert s.scalar(select(Participant.phone)) == t.scalar(select(Participant.phone)) \
            == conflict.other_value["value"]


def test_an_empty_sync_exchanges_nothing_and_the_digests_agree(laptops, partnership):
    anouk = laptops("anouk")
    intake(anouk, [partnership.coach_a])
    anouk.sync()
    report = anouk.sync()
    assert (report.pushed, report.pulled, report.resynced_tables) == (0, 0, [])


def test_unassigning_purges_the_dossier_and_reassigning_brings_its_history_back(laptops, partnership):
    anouk, bram, lies = laptops("anouk"), laptops("bram"), laptops("lies")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    visit(anouk, noor, "Huisbezoek met de buurvrouw erbij.")
    anouk.sync()
    bram.sync()
    assert notes(bram) == {"Huisbezoek met de buurvrouw erbij."}

    lies.sync()
    lies.ws.participants.unassign_coach(noor, partnership.coach_b)
    lies.sync()
    report = bram.sync()
    assert report.purged == 1
    assert names(bram) == set() and notes(bram) == set()

    visit(anouk, noor, "Tweede bezoek, na de purge van Bram.")
    anouk.sync()
    lies.sync()
    lies.ws.participants.assign_coach(noor, partnership.coach_b)
    lies.sync()
    bram.sync()
    assert names(bram) == {"Noor"}
    assert notes(bram) == {"Huisbezoek met de buurvrouw erbij.", "Tweede bezoek, na de purge van Bram."}


def test_the_server_audit_log_names_who_pushed_and_pulled_which_dossier(server, laptops, partnership):
    anouk, lies = laptops("anouk"), laptops("lies")
    noor = intake(anouk, [partnership.coach_a])
    anouk.sync()
    lies.sync()
    with server.engine.connect() as conn:
        rows = conn.execute(select(audit_log.c.action, audit_log.c.user_id).where(
            audit_log.c.participant_id == noor)).all()
    assert ("push", partnership.coach_a) in rows
    assert ("pull", partnership.lead) in rows


def test_each_change_is_in_the_server_feed_once_after_repeated_syncs(server, laptops, partnership):
    anouk = laptops("anouk")
    noor = intake(anouk, [partnership.coach_a])
    for n in range(3):
        visit(anouk, noor, f"Bezoek {n}", when=datetime.combine(date.today(), datetime.min.time())
              - timedelta(days=n + 1))
        anouk.sync()
        anouk.sync()
    with server.engine.connect() as conn:
        ids = conn.execute(select(change_feed.c.change_id).where(change_feed.c.device_id == anouk.store.device_id)
                           ).scalars().all()
        distinct = conn.execute(select(func.count(func.distinct(change_feed.c.change_id)))).scalar()
    assert len(ids) == len(set(ids)) and len(ids) > 0
    assert distinct >= len(ids)
    with anouk.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0


def test_a_laptop_that_lost_rows_gets_them_back_at_the_periodic_check(laptops, partnership):
    anouk = laptops("anouk")
    noor = intake(anouk, [partnership.coach_a])
    visit(anouk, noor, "Dit bezoek raakt verloren op de laptop.")
    anouk.sync()
    # Damage outside the app's control (an old backup put back, a disk error): a visit row disappears.
    with anouk.store.sync_transaction() as conn:
        conn.execute(Contact.__table__.delete())
    assert notes(anouk) == set()
    assert anouk.sync().resynced_tables == []  # an empty sync right after a check does not read everything
    anouk.store.set_state(STATE_LAST_VERIFY, (datetime.now(UTC) - VERIFY_EVERY - timedelta(minutes=1)).isoformat())
    report = anouk.sync()
    assert "contact" in report.resynced_tables
    assert notes(anouk) == {"Dit bezoek raakt verloren op de laptop."}


def test_a_vault_started_without_a_server_links_if_empty_and_refuses_if_it_holds_dossiers(tmp_path, server,
                                                                                        partnership):
    def offline_vault(name: str, with_dossier: bool) -> Store:
        store = Store.create(tmp_path / name, VAULT_PASSPHRASE, LIGHT_KDF)
        ws = Workspace(store)
        own = ws.reference.create_partnership("Eigen partnerschap").id
        me = ws.reference.add_user(own, "Coach Anouk", "coach").id
        ws.reference.set_current_user(me)
        if with_dossier:
            ws.participants.intake(own, coach_ids=[me], given_name="Mila")
        return store

    full = offline_vault("full", with_dossier=True)
    with pytest.raises(SyncRefused, match="Nothing was changed"):
        enrol(full, server.url, "anouk", PASSWORD)
    assert not is_enrolled(full)
    full.close()

    empty = offline_vault("empty", with_dossier=False)
    enrol(empty, server.url, "anouk", PASSWORD)
    report = SyncEngine(empty).run()
    assert report.rejected == []
    with empty.read() as s:
        assert set(s.scalars(select(Partnership.name))) == {"LP Testrand"}
    empty.close()


def test_a_map_node_moved_by_one_coach_and_renamed_by_the_other_keeps_both(laptops, partnership):
    anouk, bram = laptops("anouk"), laptops("bram")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    map_id = anouk.ws.network.map_of(noor).id
    node = anouk.ws.network.add_node(map_id, label="Buurman", kind="neighbour", sector="friends", ring=3).id
    anouk.sync()
    bram.sync()
    anouk.ws.network.update_node(node, ring=1, x=20.0, y=-20.0)
    bram.ws.network.update_node(node, label="Buurman Karim")
    for laptop in (anouk, bram, anouk):
        laptop.sync()
    for laptop in (anouk, bram):
        [seen] = laptop.ws.network.nodes(map_id)
        assert (seen.label, seen.ring, seen.x) == ("Buurman Karim", 1, 20.0)
    assert ConflictOps(anouk.store).open(noor) == []


def test_erasing_a_participant_reaches_every_laptop_and_the_server_and_keeps_the_counts(server, laptops,
                                                                                      partnership):
    from sqlalchemy import text as sql_text

    from lfn_desktop.operations.figures import Period
    from lfn_server.db import change_feed as feed
    from lfn_server.db import row_state

    anouk, bram, lies = laptops("anouk"), laptops("bram"), laptops("lies")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b], given_name="Noor-Uniek")
    visit(anouk, noor, "Gesprek over de schulden van Noor-Uniek")
    map_id = anouk.ws.network.map_of(noor).id
    anouk.ws.network.add_node(map_id, label="Zus Yasmina-Uniek", kind="family", sector="family", ring=1)
    anouk.ws.network.save_snapshot(map_id)
    for laptop in (anouk, bram, lies):
        laptop.sync()
    bram.ws.participants.update(noor, phone="0470 99 88 77")  # a colleague's own edit, in her outbox
    bram.sync()
    before = lies.ws.figures.compute(Period(date(2000, 1, 1), date.today()))

    lies.ws.participants.erase(noor)
    for laptop in (lies, anouk, bram):
        laptop.sync()

    secrets = ("Noor-Uniek", "schulden", "Yasmina-Uniek", "0470 99 88 77")
    for laptop in (anouk, bram, lies):
        with laptop.store.engine.connect() as conn:  # every table of the vault, the outbox included
            dump = "\n".join(str(row) for table in conn.execute(sql_text(
                "SELECT name FROM sqlite_master WHERE type='table'")).scalars()
                for row in conn.execute(sql_text(f'SELECT * FROM "{table}"')).all())
        for secret in secrets:
            assert secret not in dump, [line for line in dump.splitlines() if secret in line]
        assert names(laptop) == {"(gewist)"}
    with server.engine.connect() as conn:
        stored = [str(r) for r in conn.execute(select(feed.c.payload)).scalars()]
        stored += [str(r) for r in conn.execute(select(row_state.c.data)).scalars()]
    assert not any(secret in text for secret in secrets for text in stored)
    after = lies.ws.figures.compute(Period(date(2000, 1, 1), date.today()))
    assert (after.running, after.new_trajectories, sum(after.contacts_by_kind.values())) == \
        (before.running, before.new_trajectories, sum(before.contacts_by_kind.values()))
