"""A demo vault with fictional participants, visits, network maps and scales.

Every name here is invented. The demo passphrase is public on purpose: the vault holds nothing real.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from lfn_common.vocabulary import RELEASE_INSTRUMENT, RELEASE_ITEM, STAR_INSTRUMENT, LifeDomain
from lfn_desktop.operations import Workspace
from lfn_desktop.store.keyfile import DEFAULT_KDF, KdfParams
from lfn_desktop.store.models import SYNCED_TABLES, SyncConflict
from lfn_desktop.store.store import Store

DEMO_PASSPHRASE = "demo-lfn-2026"

_GIVEN = ["Amira", "Bo", "Celine", "Dario", "Elif", "Femke", "Goran", "Hanne", "Ilias", "Jolien", "Kobe", "Lina",
          "Milan", "Nour", "Oona", "Pieter", "Rania", "Sander", "Tess", "Umut", "Vera", "Wout", "Yara", "Zeno"]
_FAMILY = ["Verbrugghe-Test", "Demeulder", "Van Fictief", "Oudenhove", "Kaplan-Demo", "Lambrecht", "Vandevoorde",
           "Ben Salem", "De Proef", "Moreels", "Tijskens", "Verzonnen"]
_TOWNS = ["Testrode", "Demodonk", "Voorbeeldegem", "Fictiveke"]
_AGREEMENTS = ["Samen naar het OCMW voor de huurwaarborg.", "Zelf de huisarts bellen voor een afspraak.",
               "Brief van de mutualiteit samen lezen.", "Proefdag bij het kringloopcentrum vastleggen.",
               "Buurvrouw vragen om mee te gaan naar de school."]


def ensure_demo_vault(folder: Path, kdf: KdfParams = DEFAULT_KDF) -> Store:
    """Open the demo vault in ``folder``, creating and filling it the first time."""
    if (folder / "vault.key").exists():
        return Store.open(folder, DEMO_PASSPHRASE)
    store = Store.create(folder, DEMO_PASSPHRASE, kdf)
    fill_demo(Workspace(store))
    return store


def fill_demo(ws: Workspace, *, participants: int = 24, seed: int = 7, today: date | None = None) -> None:
    rnd = random.Random(seed)
    today = today or date.today()
    ref = ws.reference
    partnership = ref.create_partnership("Lokaal Partnerschap Demoland", region="Demoregio").id
    orgs = [
        ref.add_organisation(partnership, "Buurtwerk Demoland vzw", "civil_society", joined_on=date(2024, 1, 1)).id,
        ref.add_organisation(partnership, "OCMW Demodonk", "local_government", joined_on=date(2024, 1, 1)).id,
        ref.add_organisation(partnership, "VDAB Demoregio", "vdab", joined_on=date(2024, 1, 1)).id,
    ]
    coaches = [
        ref.add_user(partnership, "Sofie Demo", "coach", organisation_id=orgs[0], fte=1.0).id,
        ref.add_user(partnership, "Youssef Voorbeeld", "coach", organisation_id=orgs[1], fte=0.8).id,
        ref.add_user(partnership, "Katrien Fictief", "coach", organisation_id=orgs[2], fte=0.5).id,
    ]
    lead = ref.add_user(partnership, "Hilde Teamleider", "team_lead", organisation_id=orgs[1], fte=0.5).id
    for name, contacts, months in (("Jongere zonder diploma", 3, 12), ("Alleenstaande ouder", 4, 18),
                                   ("Nieuwkomer", 4, 24)):
        ref.save_persona(partnership, name, contacts_per_month=contacts, months=months)
    ref.set_current_user(coaches[0])
    social = [
        ref.add_social_organisation(partnership, "CAW Demoregio", "caw", municipality="Demodonk").id,
        ref.add_social_organisation(partnership, "CGG De Fictieve Brug", "cgg", municipality="Testrode").id,
        ref.add_social_organisation(partnership, "Huisartsenpraktijk Voorbeeld", "gp", municipality="Testrode").id,
        ref.add_social_organisation(partnership, "Sociaal Wonen Demoland", "housing").id,
    ]
    del lead
    for n in range(participants):
        _demo_participant(ws, rnd, n, partnership, coaches, orgs, social, today)


def _demo_consent(partnership: str, orgs: list[str], n: int, others: list[str]) -> list[str]:
    """The coordination, the laptop's own coach's organisation and her assigned coach's, and two others."""
    return list(dict.fromkeys([partnership, orgs[0], orgs[n % len(orgs)], *others]))


def _demo_participant(ws, rnd, n, partnership, coaches, orgs, social, today) -> None:
    started = today - timedelta(days=rnd.randint(20, 400))
    pid = ws.participants.intake(
        partnership, given_name=_GIVEN[n % len(_GIVEN)], family_name=rnd.choice(_FAMILY),
        birth_year=rnd.randint(1965, 2004), municipality=rnd.choice(_TOWNS),
        phone=f"0470 00 {n:02d} {rnd.randint(10, 99)}", languages=rnd.choice([["nl"], ["nl", "fr"], ["ar", "nl"],
                                                                                ["tr", "nl"], ["en"]]),
        read_aloud=rnd.random() < 0.4, referral_channel=rnd.choice(["vdab", "ocmw", "partner", "outreach", "peer"]),
        referred_on=started, consent_on=started, consent_scope="Verwerking voor begeleiding in het partnerschap",
        consent_organisation_ids=_demo_consent(partnership, orgs, n, rnd.sample(orgs, 2)),
        persona=rnd.choice(["Jongere zonder diploma", "Alleenstaande ouder", "Nieuwkomer"]),
        coach_ids=[coaches[n % len(coaches)]],
        goals=[{"life_domain": d, "description": text} for d, text in rnd.sample([
            (8, "Een betaalbare, stabiele woning vinden"), (9, "Mijn post en facturen op orde"),
            (6, "Uitzoeken welk werk bij mij past"), (7, "Terug regelmatig naar de huisarts"),
            (3, "Meer mensen om op terug te vallen")], 2)],
    ).id
    dossier = ws.queries.dossier(pid)
    trajectory = dossier.current_trajectory.id
    visits = rnd.randint(2, 14)
    quiet = n % 6 == 5  # some dossiers go quiet and must stand out in the caseload
    span = max((today - started).days - (30 if quiet else 0), 1)
    contacts = []
    days = sorted(rnd.sample(range(span), min(visits, span)))
    if not quiet:  # an active coach saw this participant recently
        days[-1] = max(days[-1], (today - started).days - rnd.randint(1, 12))
    for v in days:
        when = datetime.combine(started + timedelta(days=v), time(rnd.choice([9, 10, 13, 14, 16]), 0))
        contacts.append({
            "participant_id": pid, "occurred_at": when, "duration_min": rnd.choice([15, 30, 45, 60, 90]),
            "kind": rnd.choice(["home_visit", "home_visit", "outreach_walk", "phone", "accompaniment"]),
            "place": rnd.choice(["home", "neighbourhood", "service", "office"]),
            "life_domains": rnd.sample([int(d) for d in LifeDomain], rnd.randint(1, 3)),
            "notes": "Fictieve notitie voor de demo.", "agreements": rnd.choice(_AGREEMENTS),
        })
    if contacts and not quiet:
        contacts[-1]["next_step"] = "Volgend huisbezoek"
        contacts[-1]["next_step_on"] = today + timedelta(days=rnd.randint(1, 14))
    ws.contacts.record_many(contacts)
    if visits > 3:
        ws.trajectories.change_phase(trajectory, "active", on=started + timedelta(days=14))
    if n % 8 == 7:
        ws.trajectories.close(trajectory, rnd.choice(["paid_work_sec", "training", "volunteer_work"]),
                              closed_on=today - timedelta(days=rnd.randint(1, 10)))
    _demo_scales(ws, rnd, pid, started, today)
    _demo_map(ws, rnd, pid, social)


def _demo_scales(ws, rnd, pid, started, today) -> None:
    levels = {str(int(d)): rnd.randint(1, 3) for d in LifeDomain}
    release = rnd.randint(2, 4)
    measurements = []
    moments = [started + timedelta(days=3), started + (today - started) // 2, today - timedelta(days=1)]
    for moment in sorted(set(moments)):
        if moment > today:
            continue
        measurements.append({"participant_id": pid, "instrument_id": STAR_INSTRUMENT, "instrument_version": 1,
                             "taken_on": moment, "filled_by": "participant", "answers": dict(levels)})
        measurements.append({"participant_id": pid, "instrument_id": RELEASE_INSTRUMENT, "instrument_version": 1,
                             "taken_on": moment, "filled_by": "together", "answers": {RELEASE_ITEM: release}})
        levels = {k: max(1, min(5, v + rnd.choice([-1, 0, 1, 1]))) for k, v in levels.items()}
        release = max(1, min(10, release + rnd.choice([0, 1, 2])))
    ws.scales.record_many(measurements)


def _demo_map(ws, rnd, pid, social) -> None:
    map_id = ws.network.map_of(pid).id
    people = [("Zus", "family", "family", 1), ("Buurvrouw boven", "neighbour", "friends", 2),
              ("Vriend van de voetbal", "leisure", "school_work", 3), ("Ex-partner", "family", "family", 2)]
    for label, kind, sector, ring in rnd.sample(people, 3):
        node = ws.network.add_node(map_id, label=label, kind=kind, sector=sector, ring=ring).id
        ws.network.add_tie(map_id, node, quality=rnd.choice(["supportive", "neutral", "stressful"]),
                           direction=rnd.choice(["gives", "receives", "both"]))
    node = ws.network.add_node(map_id, label="Maatschappelijk werker CAW", kind="professional",
                               sector="professional", ring=2, social_organisation_id=social[0]).id
    ws.network.add_tie(map_id, node, quality="supportive", direction="receives", support_kinds=["practical"])
    ws.network.save_snapshot(map_id, label="Intake")


def record_conflict(ws: Workspace, participant_id: str, table: str, row_id: str, field: str, kept, other) -> str:
    """A same-field conflict as the server records one (for the screenshots and tests of the conflict view; real
    ones come from sync). ``kept`` is what the row holds now."""
    with ws.store.read() as session:
        row = session.get(SYNCED_TABLES[table], row_id)
    with ws.store.write() as w:
        return w.insert(SyncConflict, {
            "participant_id": participant_id, "partnership_id": ws.reference.partnerships()[0].id,
            "table_name": table, "row_id": row_id, "field": field, "kind": "same_field",
            "kept_value": {"value": kept}, "kept_version": row.version, "kept_device": ws.store.device_id,
            "other_value": {"value": other}, "other_version": row.version, "other_device": "server",
            "resolved": False})


def hold_discussion(ws: Workspace, participant_id: str, owner_id: str) -> None:
    """A case discussion held about one demo dossier, with one action agreed (fictional, for the screenshots)."""
    discussion = ws.discussions.plan(participant_id, reason="no_contact").id
    ws.discussions.record(discussion, present_ids=[owner_id], participant_present=True,
                          question_behind="Ze wil eerst rust in huis; werk komt daarna.",
                          value_steps="Samen de post geopend; een vaste dag in de week voor de brieven.",
                          waste="Drie diensten vroegen hetzelfde formulier.",
                          system_conditions="Zes maanden wachten op budgetbegeleiding.")
    ws.discussions.add_action(discussion, "Aanvraag budgetbegeleiding opvolgen bij het OCMW", owner_id,
                              date.today() + timedelta(days=14))
