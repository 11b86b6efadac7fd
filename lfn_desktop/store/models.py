"""The schema of a vault: the shared synced tables (:mod:`lfn_common.tables`) and the laptop's own.

The laptop's own tables never sync: the outbox, set-aside and held changes, drafts and local facts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

# The vault holds every shared table: the store and operations read them from here.
from lfn_common.tables import (  # noqa: F401
    SYNCED_MODELS,
    SYNCED_TABLES,
    Assignment,
    Base,
    CaseDiscussion,
    Contact,
    DiscussionAction,
    Goal,
    Measurement,
    NetworkMap,
    NetworkNode,
    NetworkSnapshot,
    NetworkTie,
    Organisation,
    Participant,
    Partnership,
    Persona,
    PhaseChange,
    PublishedReport,
    Signal,
    SocialOrganisation,
    SyncConflict,
    Synced,
    Trajectory,
    User,
    user_fields,
)


class ChangeLog(Base):
    """The outbox and local audit trail: one row per captured change, in device order.

    ``seq`` is the per-device sequence number; ``base_version`` is the row version the change was made
    on (None for an insert); ``data`` holds the changed fields as JSON-ready values (all fields for an
    insert, ``{"deleted": true}`` for a delete). Sync pushes rows with ``seq`` above the acknowledged
    point; rows stay afterwards as the audit trail of who changed what.
    """

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))
    data: Mapped[dict[str, Any]]
    base_version: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    recorded_at: Mapped[datetime]


class SyncRejected(Base):
    """A local change the server refused: set aside and shown to the coach; the rest of the queue syncs."""

    __tablename__ = "sync_rejected"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)  # the change_log seq
    change_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime]


class SyncHeld(Base):
    """A pulled change that arrived before the row it changes: applied as soon as that row exists."""

    __tablename__ = "sync_held"
    server_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    change: Mapped[dict[str, Any]]


class Draft(Base):
    """An unfinished form (a visit being recorded...), kept inside the encrypted vault, never synced."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # e.g. "contact:<participant id>"
    payload: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime]


class LocalState(Base):
    """Small key/value facts about this vault: device id, clock, current user, sync cursors."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
