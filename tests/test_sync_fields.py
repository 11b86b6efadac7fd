"""Every field a laptop sends is checked on the server with the laptop's own rules (lfn_common.fields): its type,
its length, its allowed values. A refused value never reaches another laptop, and the reason names the field and
the rule, never the value. Raw HTTP against the real server on loopback, on both databases.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from lfn_common.errors import ValidationError
from lfn_desktop.store.models import Participant

from .test_sync_hostile import RawDevice, feed_count, participant_data, statuses

HOSTILE = [
    ("participant", {"given_name": {"nested": "<b>Mira</b>"}}, "participant.given_name: Give text."),
    ("participant", {"dossier_number": "D" * 5000}, "participant.dossier_number: At most 32 characters."),
    ("participant", {"read_aloud": "ja"}, "participant.read_aloud: Give yes or no."),
    ("participant", {"languages": ["nl", "<script>"]}, "participant.languages: Languages are two-letter codes"),
    ("participant", {"consent_organisation_ids": ["../../etc"]}, "participant.consent_organisation_ids: This list"),
    ("participant", {"scale_style": "blink"}, "participant.scale_style: Choose one of: faces, pictograms, words."),
    ("participant", {"birth_year": 10**40}, "participant.birth_year: Give a whole number."),
    ("participant", {"given_name": None}, "participant.given_name: This field cannot be empty."),
]


@pytest.fixture
def partnership(server):
    from .sync_support import make_partnership
    return make_partnership(server.engine)


@pytest.mark.parametrize(("table", "values", "reason"), HOSTILE, ids=[r.split(":")[0] for *_, r in HOSTILE])
def test_a_malformed_field_is_refused_by_name_and_relayed_to_nobody(server, partnership, table, values, reason):
    anouk = RawDevice(server, "anouk")
    before = feed_count(server)
    row = participant_data(partnership.id, "Mira") | values
    [(status, why)] = statuses(anouk.push(anouk.change(table, str(uuid.uuid4()), row)))
    assert status == "rejected" and why.startswith(reason)
    assert "<b>" not in why and "DDDD" not in why and "<script>" not in why and "etc" not in why
    assert feed_count(server) == before
    team_lead = RawDevice(server, "lies")  # she sees every dossier of the partnership, and no Mira
    assert not [c for c in team_lead.pull()["changes"] if c["table"] == "participant"]


def test_an_update_is_checked_field_by_field_and_the_row_keeps_its_value(server, partnership):
    lies = RawDevice(server, "lies")
    mira = str(uuid.uuid4())
    assert statuses(lies.push(lies.change("participant", mira, participant_data(partnership.id, "Mira")))) == [
        ("accepted", None)]
    contact = {"participant_id": mira, "occurred_at": "2026-11-30T10:00:00", "duration_min": 30, "kind": "home_visit",
               "place": "home", "life_domains": [3, 7], "deleted": False}
    visit = str(uuid.uuid4())
    refused = [
        lies.change("contact", str(uuid.uuid4()), contact | {"kind": "inbraak"}),
        lies.change("contact", str(uuid.uuid4()), contact | {"life_domains": [3, 11]}),
        lies.change("contact", str(uuid.uuid4()), contact | {"duration_min": True}),
        lies.change("contact", str(uuid.uuid4()), {k: v for k, v in contact.items() if k != "duration_min"}),
        lies.change("contact", str(uuid.uuid4()), contact | {"notes": "n" * 20_001}),
    ]
    results = statuses(lies.push(lies.change("contact", visit, contact), *refused,
                                 lies.change("contact", visit, {"occurred_at": "morgen"}, op="update")))
    assert results[0] == ("accepted", None)
    assert [reason.split(":")[0] for _, reason in results[1:]] == [
        "contact.kind", "contact.life_domains", "contact.duration_min", "contact.duration_min", "contact.notes",
        "contact.occurred_at"]
    assert {status for status, _ in results[1:]} == {"rejected"}
    pulled = RawDevice(server, "lies").pull()
    [visit_row] = [c for c in pulled["changes"] if c["row_id"] == visit]
    assert visit_row["data"]["occurred_at"] == "2026-11-30T10:00:00"


def test_the_laptop_writes_nothing_the_server_would_refuse(store):
    """The same rules hold in the laptop's writer, below every operation and form: a value that slipped past a
    screen is refused there, by field, before it enters the outbox."""
    with pytest.raises(ValidationError) as refused, store.write() as w:
        w.insert(Participant, {"partnership_id": str(uuid.uuid4()), "dossier_number": "D" * 33, "given_name": "Mira"})
    assert (refused.value.field, refused.value.code) == ("dossier_number", "too_long")
    with store.read() as session:
        assert session.scalars(select(Participant)).first() is None
