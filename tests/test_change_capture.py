"""The outbox is always complete: replaying ``change_log`` from nothing rebuilds every synced row.

Sync sends only what the outbox holds, so a change that reaches a table without its outbox entry is
a change the other devices never see. Random sequences of operations (refusals included) run on a
real vault; after every step the change_log alone must reproduce each synced table's user fields,
tombstones, row versions and per-field versions exactly.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, multiple, precondition, rule
from sqlalchemy import func, select

from lfn_common.errors import DomainError, ValidationError
from lfn_common.hlc import Timestamp
from lfn_common.text import search_key
from lfn_common.vocabulary import Outcome
from lfn_common.wire import from_wire
from lfn_desktop.operations import Workspace
from lfn_desktop.store.keyfile import LIGHT_KDF
from lfn_desktop.store.models import SYNCED_TABLES, ChangeLog, Participant, Partnership, user_fields
from lfn_desktop.store.store import STATE_CLOCK, Store

from .conftest import PASSPHRASE

# --- the replay -----------------------------------------------------------------------------------------


def replay(entries) -> dict[str, dict[str, dict]]:
    """Rebuild table -> row id -> {"fields", "version", "created_version", "field_versions"} from the log."""
    tables: dict[str, dict[str, dict]] = {name: {} for name in SYNCED_TABLES}
    for e in entries:
        rows = tables[e.table_name]
        values = from_wire(e.table_name, e.data)
        if e.op == "insert":
            assert e.row_id not in rows, f"second insert of {e.table_name} {e.row_id}"
            assert e.base_version is None
            assert set(values) == set(user_fields(SYNCED_TABLES[e.table_name])), "an insert carries every field"
            rows[e.row_id] = {"fields": values, "version": e.version, "created_version": e.version,
                              "field_versions": {}}
            continue
        row = rows.get(e.row_id)
        assert row is not None, f"{e.op} of {e.table_name} {e.row_id} before its insert"
        assert e.base_version == row["version"], "a change is made on the version before it"
        if e.op == "delete":
            assert values == {"deleted": True}
        else:
            assert e.op == "update" and values and "deleted" not in values
        row["fields"].update(values)
        row["field_versions"].update(dict.fromkeys(values, e.version))
        row["version"] = e.version
    return tables


def assert_outbox_reproduces_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        entries = conn.execute(select(ChangeLog.__table__).order_by(ChangeLog.seq)).all()
        stored = {name: {r["id"]: dict(r) for r in conn.execute(select(model.__table__)).mappings()}
                  for name, model in SYNCED_TABLES.items()}

    seqs = [e.seq for e in entries]
    assert seqs == list(range(1, len(entries) + 1)), "seq numbers have no gaps"
    versions = [e.version for e in entries]
    assert all(a < b for a, b in zip(versions, versions[1:], strict=False)), "versions strictly increase"
    assert {Timestamp.decode(v).device for v in versions} <= {store.device_id}

    replayed = replay(entries)
    for name, model in SYNCED_TABLES.items():
        fields = user_fields(model)
        assert set(stored[name]) == set(replayed[name]), f"{name}: rows without an outbox entry, or the reverse"
        for row_id, row in stored[name].items():
            expected = replayed[name][row_id]
            assert {f: row[f] for f in fields} == expected["fields"], f"{name} {row_id}"
            assert row["version"] == expected["version"], f"{name} {row_id}: row version"
            assert row["created_version"] == expected["created_version"], f"{name} {row_id}: created version"
            assert (row["field_versions"] or {}) == expected["field_versions"], f"{name} {row_id}: field versions"
    for row in stored["participant"].values():  # the derived column follows the synced fields
        assert row["search_name"] == search_key(row["given_name"], row["family_name"])

    # The clock in memory, the clock saved in the vault and the latest version agree.
    assert store.state().get(STATE_CLOCK) == store.clock.last
    if versions:
        assert store.clock.last == versions[-1]


def change_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


# --- random sequences of operations ---------------------------------------------------------------------

names = st.text(alphabet="aeiouAÉçëønrstlZ -", max_size=8)  # blank ones are refused: refusals are steps too
phases = st.sampled_from(["active", "closing", "active", "closing", "acquaintance", "closed"])
picks = st.integers(min_value=0, max_value=1_000)
positions = st.tuples(st.floats(-100, 100), st.floats(-100, 100))
qualities = st.sampled_from(["supportive", "stressful", "neutral", "lovely"])
given_names = st.one_of(st.sampled_from(["Émilie", "Noor", "Zoë", "Çan"]), names)
days_back = st.integers(min_value=0, max_value=90)
recent_days = st.integers(min_value=0, max_value=12)  # trajectories start 10-90 days back: mostly after the start
participant_changes = st.one_of(
    st.tuples(st.just("given_name"), names),
    st.tuples(st.just("family_name"), st.one_of(st.none(), names)),
    st.tuples(st.just("municipality"), st.sampled_from([None, "Testrand", "Proefdorp"])),
    st.tuples(st.just("birth_year"), st.sampled_from([1950, 1975, 1990, 2005, 1850])),
    st.tuples(st.just("languages"), st.sampled_from([[], ["nl"], ["fr", "nl"], ["ar", "tr"], ["dutch"]])),
    st.tuples(st.just("read_aloud"), st.booleans()),
    st.tuples(st.just("scale_style"), st.sampled_from(["faces", "words", "pictograms", "emoji"])),
    st.tuples(st.just("email"), st.sampled_from([None, "iemand@example.org", "a@b.be", "geen-adres"])),
)


class OutboxMachine(RuleBasedStateMachine):
    participants = Bundle("participants")
    contacts = Bundle("contacts")

    def __init__(self):
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()  # one vault per example (tmp_path is per test function)
        self.store = Store.create(Path(self.folder.name) / "vault", PASSPHRASE, LIGHT_KDF)
        self.ws = Workspace(self.store)
        self.partnership = self.ws.reference.create_partnership("LP Proef").id
        org = self.ws.reference.add_organisation(self.partnership, "Vzw Proef", "civil_society").id
        self.coach = self.ws.reference.add_user(self.partnership, "Coach Proef", organisation_id=org).id
        self.other_coach = self.ws.reference.add_user(self.partnership, "Coach Twee", organisation_id=org).id
        self.ws.reference.set_current_user(self.coach)
        self.maps: dict[str, str] = {}  # participant -> map
        self.node_maps: dict[str, str] = {}  # node -> map
        self.nodes: list[str] = []  # every node and tie ever added, removed ones too (their use is refused)
        self.ties: list[str] = []

    def teardown(self):
        self.store.close()
        self.folder.cleanup()

    def attempt(self, operation, *args, **kwargs):
        """Run an operation; a refusal is allowed but must leave no trace."""
        before, clock = change_count(self.store), self.store.clock.last
        try:
            result = operation(*args, **kwargs)
        except DomainError as error:
            event(f"{operation.__qualname__} refused: {error.field} {error.code}")
            assert change_count(self.store) == before, f"refused {operation.__qualname__} left outbox rows: {error}"
            assert self.store.clock.last == clock
            return None
        event(f"{operation.__qualname__} done")
        return result

    def trajectory(self, participant_id: str) -> str:
        return self.ws.queries.dossier(participant_id).current_trajectory.id

    # --- participants ---

    @initialize(target=participants)
    def first_participant(self):
        participant = self.intake("Eerste", "Deelnemer", 1, [3], 30)
        self.add_node(participant, "Zus", 1, (0.0, 0.0))
        self.add_tie(self.nodes[0], None, "supportive")
        return participant

    @rule(target=participants, given_name=given_names, family_name=names, coaches=st.integers(0, 2),
          goals=st.lists(st.integers(1, 11), max_size=2), started=st.integers(10, 90))
    def intake(self, given_name, family_name, coaches, goals, started):
        changed = self.attempt(
            self.ws.participants.intake, self.partnership, given_name=given_name, family_name=family_name,
            coach_ids=[self.coach, self.other_coach][:coaches], started_on=date.today() - timedelta(days=started),
            goals=[{"life_domain": d, "description": f"Doel {d}"} for d in goals])
        if changed is None:
            return multiple()
        self.maps[changed.id] = self.ws.network.map_of(changed.id).id
        return changed.id

    @rule(participant=participants, changes=st.lists(participant_changes, min_size=1, max_size=3))
    def update_participant(self, participant, changes):
        self.attempt(self.ws.participants.update, participant, **dict(changes))

    @rule(participant=participants, assign=st.booleans())
    def assign_or_unassign(self, participant, assign):
        operation = self.ws.participants.assign_coach if assign else self.ws.participants.unassign_coach
        self.attempt(operation, participant, self.other_coach)

    @rule(participant=participants, phase=phases, on=recent_days)
    def change_phase(self, participant, phase, on):
        self.attempt(self.ws.trajectories.change_phase, self.trajectory(participant), phase,
                     on=date.today() - timedelta(days=on))

    @rule(participant=participants, outcome=st.sampled_from([o.value for o in Outcome]), on=recent_days)
    def close(self, participant, outcome, on):
        self.attempt(self.ws.trajectories.close, self.trajectory(participant), outcome,
                     closed_on=date.today() - timedelta(days=on))

    @rule(participant=participants)
    def reopen(self, participant):
        self.attempt(self.ws.participants.reopen, participant)

    @rule(participant=participants, instrument=st.sampled_from(["release_scale", "star_diagram"]),
          answers=st.dictionaries(st.sampled_from(["release", "1", "2"]),
                                  st.one_of(st.integers(1, 10), st.sampled_from(["skip", "unknown", "?"])),
                                  max_size=3),
          taken=days_back)
    def measure(self, participant, instrument, answers, taken):
        self.attempt(self.ws.scales.record, participant, instrument_id=instrument, instrument_version=1,
                     taken_on=date.today() - timedelta(days=taken), filled_by="together", answers=answers)

    # --- contacts ---

    @rule(target=contacts, participant=participants, minutes_back=st.integers(-200, 60 * 24 * 60),
          duration=st.integers(-10, 800), domains=st.lists(st.integers(1, 11), max_size=3),
          next_step_in=st.one_of(st.none(), st.integers(-5, 30)))
    def record_contact(self, participant, minutes_back, duration, domains, next_step_in):
        next_on = None if next_step_in is None else date.today() + timedelta(days=next_step_in)
        changed = self.attempt(
            self.ws.contacts.record, participant, duration_min=duration, kind="home_visit", place="home",
            occurred_at=datetime.now() - timedelta(minutes=minutes_back), life_domains=domains,
            next_step_on=next_on)
        return multiple() if changed is None else changed.id

    @rule(contact=contacts, duration=st.integers(-10, 800), notes=st.one_of(st.none(), names),
          kind=st.sampled_from(["phone", "office", "telepathy"]))
    def update_contact(self, contact, duration, notes, kind):
        self.attempt(self.ws.contacts.update, contact, duration_min=duration, notes=notes, kind=kind)

    @rule(contact=contacts)
    def delete_contact(self, contact):
        self.attempt(self.ws.contacts.delete, contact)

    # --- network map (nodes and ties are picked from lists, so the first ones exist from the start) ---

    def add_node(self, participant, label, ring, where):
        changed = self.attempt(self.ws.network.add_node, self.maps[participant], label=label, kind="friend",
                               sector="friends", ring=ring, x=where[0], y=where[1])
        if changed is not None:
            self.nodes.append(changed.id)
            self.node_maps[changed.id] = self.maps[participant]

    def add_tie(self, to_node, from_node, quality):
        changed = self.attempt(self.ws.network.add_tie, self.node_maps[to_node], to_node, from_node_id=from_node,
                               quality=quality, support_kinds=["practical"])
        if changed is not None:
            self.ties.append(changed.id)

    @rule(participant=participants, label=given_names, ring=st.sampled_from([1, 2, 3, 0]), where=positions)
    def new_node(self, participant, label, ring, where):
        self.add_node(participant, label, ring, where)

    @precondition(lambda self: self.nodes)
    @rule(pick=picks, ring=st.sampled_from([1, 2, 3, 4]), where=positions)
    def move_node(self, pick, ring, where):
        self.attempt(self.ws.network.update_node, self.pick(self.nodes, pick), ring=ring, x=where[0], y=where[1])

    @precondition(lambda self: self.nodes)
    @rule(pick=picks)
    def remove_node(self, pick):
        self.attempt(self.ws.network.remove_node, self.pick(self.nodes, pick))

    @precondition(lambda self: self.nodes)
    @rule(pick=picks, quality=qualities)
    def tie_from_participant(self, pick, quality):
        self.add_tie(self.pick(self.nodes, pick), None, quality)

    @precondition(lambda self: self.nodes)
    @rule(pick=picks, other=picks, quality=qualities)
    def tie_between_people(self, pick, other, quality):
        # Two people of different maps, or one person twice: refused.
        self.add_tie(self.pick(self.nodes, pick), self.pick(self.nodes, other), quality)

    @precondition(lambda self: self.ties)
    @rule(pick=picks, quality=st.sampled_from(["neutral", "broken"]))
    def update_tie(self, pick, quality):
        self.attempt(self.ws.network.update_tie, self.pick(self.ties, pick), quality=quality)

    @precondition(lambda self: self.ties)
    @rule(pick=picks)
    def remove_tie(self, pick):
        self.attempt(self.ws.network.remove_tie, self.pick(self.ties, pick))

    @staticmethod
    def pick(ids: list[str], index: int) -> str:
        return ids[index % len(ids)]

    @invariant()
    def outbox_reproduces_every_table(self):
        assert_outbox_reproduces_tables(self.store)


OutboxMachine.TestCase.settings = settings(
    max_examples=30, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_outbox_is_always_complete = OutboxMachine.TestCase


# --- failures leave nothing behind --------------------------------------------------------------------


@pytest.fixture
def running(ws, team):
    participant = ws.participants.intake(team["partnership"], given_name="Noor", coach_ids=[team["coach_a"]],
                                         started_on=date.today() - timedelta(days=10)).id
    return participant, ws.queries.dossier(participant).current_trajectory.id


def test_an_operation_refused_halfway_leaves_no_outbox_rows_and_a_consistent_clock(ws, store, running):
    participant, trajectory = running
    before, clock_before = change_count(store), store.clock.last
    # change_phase writes the new phase, then validates the note while adding the phase change row.
    with pytest.raises(ValidationError) as info:
        ws.trajectories.change_phase(trajectory, "active", note="x" * 20_001)
    assert info.value.field == "note"
    assert change_count(store) == before
    assert ws.queries.dossier(participant).current_trajectory.phase == "acquaintance"
    assert store.clock.last == clock_before == store.state()[STATE_CLOCK]

    ws.trajectories.change_phase(trajectory, "active")
    assert ws.queries.dossier(participant).current_trajectory.phase == "active"
    assert_outbox_reproduces_tables(store)


def test_a_validation_error_raised_inside_a_write_rolls_back_rows_outbox_and_clock(store, team):
    before, clock_before = change_count(store), store.clock.last
    with pytest.raises(ValidationError), store.write() as writer:
        writer.insert(Partnership, {"name": "LP Halverwege"})
        writer.update(Partnership, team["partnership"], {"region": "Elders"})
        assert writer.clock.last > clock_before  # versions were handed out ...
        raise ValidationError("Refused after writing.", field="name")
    assert change_count(store) == before  # ... but none of them reached the outbox
    assert store.clock.last == clock_before == store.state()[STATE_CLOCK]
    with store.read() as session:
        assert [p.name for p in session.scalars(select(Partnership))] == ["LP Testrand"]
        assert session.get(Partnership, team["partnership"]).region == "Testregio"
    assert_outbox_reproduces_tables(store)


def test_a_write_outside_the_writer_is_refused(store, team):
    from lfn_desktop.store.errors import UncapturedWrite

    with pytest.raises(UncapturedWrite), store.local_transaction() as conn:
        conn.execute(Participant.__table__.update().values(given_name="Stiekem"))
    assert_outbox_reproduces_tables(store)
