"""The synced tables, shared by every laptop's vault and the server: typed SQLAlchemy models.

Every table that syncs mixes in :class:`Synced`: a UUID key, created/updated stamps, the hybrid
logical clock version of the row and of each field changed since creation, the device that made the
last change, and a tombstone flag instead of hard deletes. On a laptop, rows are written only through
:mod:`lfn_desktop.store.writer`, which captures every change in the ``change_log`` outbox.
Enumerations are stored as their plain values (see :mod:`lfn_common.vocabulary`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lfn_common.text import search_key

# The vault schema revision these tables describe (the desktop's Alembic head; a test keeps them equal), and
# every earlier one: the server tells an older app to update and a newer one that the server is behind.
SCHEMA_REVISION = "0007"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006", "0007"})


class Base(DeclarativeBase):
    type_annotation_map = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        list[int]: JSON,
        list[str]: JSON,
        datetime: DateTime(),
        date: Date(),
    }


def _uuid_fk(target: str, *, nullable: bool = False, index: bool = True):
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=index)


class Synced:
    """Columns every synced row carries; sync compares ``field_versions`` field by field."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    created_version: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(64))  # clock of the latest change to any field
    field_versions: Mapped[dict[str, Any]] = mapped_column(default=dict)  # field -> clock, if changed
    origin_device: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    # Bookkeeping columns are not user fields: they never travel as field changes.
    SYSTEM_FIELDS = frozenset(
        {"id", "created_at", "updated_at", "created_version", "version", "field_versions", "origin_device"}
    )
    # Local columns computed from the row's user fields by the writer (and by sync when it applies a
    # change): never synced, so they cannot disagree with the fields they come from.
    DERIVED: ClassVar[dict[str, Callable[[dict[str, Any]], Any]]] = {}


# --- the partnership and its people -------------------------------------------------------------


class Partnership(Synced, Base):
    __tablename__ = "partnership"
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))


class Organisation(Synced, Base):
    """A member organisation of the partnership (a coach's mother organisation)."""

    __tablename__ = "organisation"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    enterprise_number: Mapped[str | None] = mapped_column(String(12))
    joined_on: Mapped[date | None]
    left_on: Mapped[date | None]


class User(Synced, Base):
    __tablename__ = "app_user"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    organisation_id: Mapped[str | None] = _uuid_fk("organisation.id", nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    fte: Mapped[float] = mapped_column(Float, default=1.0)
    email: Mapped[str | None] = mapped_column(String(200))


class SocialOrganisation(Synced, Base):
    """An external service on the shared social map (CAW, CGG, GP...): one row across all dossiers."""

    __tablename__ = "social_organisation"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)


class Persona(Synced, Base):
    """One of the partnership's personas: a recognisable kind of participant, with the intensity of support she is
    expected to need (the team lead keeps them; the intake picks one; the figures weigh capacity against them)."""

    __tablename__ = "persona"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    contacts_per_month: Mapped[float] = mapped_column(Float, default=2.0)  # expected contacts a month
    months: Mapped[int | None]  # expected length of a trajectory


# --- the participant's dossier ---------------------------------------------------------------------


class Participant(Synced, Base):
    __tablename__ = "participant"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    dossier_number: Mapped[str] = mapped_column(String(32), index=True)  # pseudonymous, for reports
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str | None] = mapped_column(String(100))
    birth_year: Mapped[int | None]
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(100), index=True)
    languages: Mapped[list[str]] = mapped_column(default=list)  # ISO 639-1, first = preferred
    read_aloud: Mapped[bool] = mapped_column(Boolean, default=False)
    scale_style: Mapped[str] = mapped_column(String(16), default="pictograms")
    consent_on: Mapped[date | None]
    consent_scope: Mapped[str | None] = mapped_column(Text)
    consent_organisation_ids: Mapped[list[str]] = mapped_column(default=list)  # may see the dossier
    referral_channel: Mapped[str | None] = mapped_column(String(16))
    referrer: Mapped[str | None] = mapped_column(String(200))  # person or service that referred
    referred_on: Mapped[date | None]
    persona: Mapped[str | None] = mapped_column(String(100))
    inflow_criteria: Mapped[list[str]] = mapped_column(default=list)
    search_name: Mapped[str] = mapped_column(String(250), index=True, default="")  # derived, see DERIVED

    DERIVED = {"search_name": lambda row: search_key(row.get("given_name"), row.get("family_name"))}


class Assignment(Synced, Base):
    """A coach assigned to a participant (sync sends a dossier only to its assigned coaches)."""

    __tablename__ = "assignment"
    participant_id: Mapped[str] = _uuid_fk("participant.id")
    user_id: Mapped[str] = _uuid_fk("app_user.id")
    since: Mapped[date]


class Trajectory(Synced, Base):
    __tablename__ = "trajectory"
    participant_id: Mapped[str] = _uuid_fk("participant.id")
    phase: Mapped[str] = mapped_column(String(16))
    started_on: Mapped[date]
    combined_with_vdab: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(32))
    closed_on: Mapped[date | None]
    handover_to_id: Mapped[str | None] = _uuid_fk("social_organisation.id", nullable=True)
    closing_note: Mapped[str | None] = mapped_column(Text)


class PhaseChange(Synced, Base):
    __tablename__ = "phase_change"
    trajectory_id: Mapped[str] = _uuid_fk("trajectory.id")
    from_phase: Mapped[str | None] = mapped_column(String(16))
    to_phase: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date]
    note: Mapped[str | None] = mapped_column(Text)


class Goal(Synced, Base):
    """A goal in a life domain, chosen by the participant herself."""

    __tablename__ = "goal"
    participant_id: Mapped[str] = _uuid_fk("participant.id")
    life_domain: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    chosen_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="open")


class Contact(Synced, Base):
    """A contact moment or visit in the logbook."""

    __tablename__ = "contact"
    # The caseload asks, per participant, for the latest live contact and the next planned one: with
    # ``deleted`` in the key both are a single index probe instead of a scan of the whole logbook.
    __table_args__ = (Index("ix_contact_participant_live_time", "participant_id", "deleted", "occurred_at"),
                      Index("ix_contact_participant_live_next", "participant_id", "deleted", "next_step_on"))
    participant_id: Mapped[str] = _uuid_fk("participant.id", index=False)
    trajectory_id: Mapped[str | None] = _uuid_fk("trajectory.id", nullable=True)
    author_id: Mapped[str | None] = _uuid_fk("app_user.id", nullable=True, index=False)
    occurred_at: Mapped[datetime]  # local (Belgian) wall time as the coach entered it
    duration_min: Mapped[int]
    kind: Mapped[str] = mapped_column(String(32))
    place: Mapped[str] = mapped_column(String(32))
    present: Mapped[str | None] = mapped_column(String(500))  # who else was there
    life_domains: Mapped[list[int]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)  # coach's notes: never in the participant's copy
    agreements: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_on: Mapped[date | None]


# --- network map ---------------------------------------------------------------------------------------


class NetworkMap(Synced, Base):
    __tablename__ = "network_map"
    participant_id: Mapped[str] = _uuid_fk("participant.id")


class NetworkNode(Synced, Base):
    __tablename__ = "network_node"
    map_id: Mapped[str] = _uuid_fk("network_map.id")
    label: Mapped[str] = mapped_column(String(100))  # a nickname or a role ("neighbour upstairs")
    kind: Mapped[str] = mapped_column(String(16))
    sector: Mapped[str] = mapped_column(String(16))
    ring: Mapped[int]
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    social_organisation_id: Mapped[str | None] = _uuid_fk("social_organisation.id", nullable=True)
    note: Mapped[str | None] = mapped_column(Text)


class NetworkTie(Synced, Base):
    """A tie; ``from_node_id`` None means the participant in the centre."""

    __tablename__ = "network_tie"
    map_id: Mapped[str] = _uuid_fk("network_map.id")
    from_node_id: Mapped[str | None] = _uuid_fk("network_node.id", nullable=True, index=False)
    to_node_id: Mapped[str] = _uuid_fk("network_node.id", index=False)
    quality: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str | None] = mapped_column(String(16))
    frequency: Mapped[str | None] = mapped_column(String(16))
    support_kinds: Mapped[list[str]] = mapped_column(default=list)


class NetworkSnapshot(Synced, Base):
    """A dated, frozen copy of a map (nodes and ties as JSON) to compare over time."""

    __tablename__ = "network_snapshot"
    map_id: Mapped[str] = _uuid_fk("network_map.id")
    taken_on: Mapped[date]
    label: Mapped[str | None] = mapped_column(String(100))
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- scales and signals -------------------------------------------------------------------------------


class Measurement(Synced, Base):
    """One filled-in instrument; ``answers`` maps item id -> level, or "skip"/"unknown" (an item she never reached
    has no answer: the reading is then ``incomplete``)."""

    __tablename__ = "measurement"
    __table_args__ = (Index("ix_measurement_participant_instrument_live_day", "participant_id", "instrument_id",
                            "deleted", "taken_on"),)
    participant_id: Mapped[str] = _uuid_fk("participant.id", index=False)
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int]
    taken_on: Mapped[date]
    filled_by: Mapped[str] = mapped_column(String(16))
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    comment: Mapped[str | None] = mapped_column(Text)
    # Left before the end and kept at the coach's choice: shown as such, never the latest or compared reading.
    incomplete: Mapped[bool] = mapped_column(Boolean, default=False)


class Signal(Synced, Base):
    """A structural problem met in cases, for policy; never personal data in ``problem``."""

    __tablename__ = "signal"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    problem: Mapped[str] = mapped_column(Text)
    life_domain: Mapped[int | None]
    municipality: Mapped[str | None] = mapped_column(String(100))
    noted_on: Mapped[date]
    participant_ids: Mapped[list[str]] = mapped_column(default=list)
    author_id: Mapped[str | None] = _uuid_fk("app_user.id", nullable=True, index=False)


class CaseDiscussion(Synced, Base):
    """A case discussion (casusbespreking) of one dossier: part of it, synced and scoped like it.

    What the team learnt, in the words of the partnership's quality framework: the question behind the question,
    the steps of value from the participant's point of view, what was waste, and the system conditions (rules,
    waiting lists, missing services) that stand in the way."""

    __tablename__ = "case_discussion"
    participant_id: Mapped[str] = _uuid_fk("participant.id")
    planned_on: Mapped[date]
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(String(32))  # the agenda suggestion it came from, if any
    question_behind: Mapped[str | None] = mapped_column(Text)  # de vraag achter de vraag
    value_steps: Mapped[str | None] = mapped_column(Text)
    waste: Mapped[str | None] = mapped_column(Text)
    system_conditions: Mapped[str | None] = mapped_column(Text)
    present_ids: Mapped[list[str]] = mapped_column(default=list)  # users present
    participant_present: Mapped[bool] = mapped_column(Boolean, default=False)  # invited, and came (NOZO)
    led_by_id: Mapped[str | None] = _uuid_fk("app_user.id", nullable=True, index=False)


class DiscussionAction(Synced, Base):
    """An action agreed in a case discussion, with its owner and date."""

    __tablename__ = "discussion_action"
    discussion_id: Mapped[str] = _uuid_fk("case_discussion.id")
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = _uuid_fk("app_user.id", nullable=True, index=False)
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class PublishedReport(Synced, Base):
    """Figures of a period as the team lead published them for the support group (ondersteuningsgroep): counts
    only, small ones masked, coaches numbered; and the signals, their texts only when she read them through."""

    __tablename__ = "published_report"
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    period: Mapped[str] = mapped_column(String(32))  # "2026 K3"
    published_on: Mapped[date]
    tables: Mapped[list[Any]] = mapped_column(default=list)  # [{key, title, header, rows}] of strings
    signals: Mapped[list[Any]] = mapped_column(default=list)  # [[problem or None, domain, municipality, count]]
    author_id: Mapped[str | None] = _uuid_fk("app_user.id", nullable=True, index=False)


class SyncConflict(Synced, Base):
    """Two devices changed the same field (or deleted what the other edited) without seeing each other.

    Created by the server when it meets the conflict; the app shows both values side by side. The merge
    already kept ``kept_value`` (the later clock); resolving either confirms it or writes ``other_value``
    back as a new change. Values are wrapped as ``{"value": ...}`` in wire form.
    """

    __tablename__ = "sync_conflict"
    participant_id: Mapped[str | None] = _uuid_fk("participant.id", nullable=True)
    partnership_id: Mapped[str] = _uuid_fk("partnership.id")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # same_field | delete_vs_edit | edit_vs_delete
    kept_value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    kept_version: Mapped[str] = mapped_column(String(64))
    kept_device: Mapped[str] = mapped_column(String(36))
    other_value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    other_version: Mapped[str] = mapped_column(String(64))
    other_device: Mapped[str] = mapped_column(String(36))
    other_actor_id: Mapped[str | None] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str | None] = mapped_column(String(16))  # kept | other | edited | restored | deleted


SYNCED_MODELS: tuple[type[Base], ...] = (
    Partnership,
    Organisation,
    User,
    SocialOrganisation,
    Persona,
    Participant,
    Assignment,
    Trajectory,
    PhaseChange,
    Goal,
    Contact,
    NetworkMap,
    NetworkNode,
    NetworkTie,
    NetworkSnapshot,
    Measurement,
    Signal,
    CaseDiscussion,
    DiscussionAction,
    PublishedReport,
    SyncConflict,
)
SYNCED_TABLES = {m.__tablename__: m for m in SYNCED_MODELS}


def user_fields(model: type[Base]) -> tuple[str, ...]:
    """The fields of a synced model that carry user data (plus ``deleted``), in column order."""
    skip = Synced.SYSTEM_FIELDS | model.DERIVED.keys()
    return tuple(c.name for c in model.__table__.columns if c.name not in skip)
