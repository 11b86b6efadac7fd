"""The one door to a vault's data: domain operations for the UI, the CLI and sync.

Each write operation validates its input, raises a :class:`~lfn_common.errors.DomainError`
(with the field concerned) when it refuses, writes through the change-capturing writer, and returns a
:class:`Changed` summary. Reads return detached rows or small view objects; no caller sees SQL or a
session.
"""

from __future__ import annotations

from lfn_desktop.store.store import Store

from .base import Changed
from .conflicts import ConflictOps
from .contacts import ContactOps
from .discussions import DiscussionOps
from .drafts import DraftOps
from .figures import FigureOps
from .network import NetworkOps
from .participants import ParticipantOps
from .publishing import PublishingOps
from .queries import CaseloadRow, Dossier, Queries
from .reference import ReferenceOps
from .scales import ScaleOps
from .signals import SignalOps
from .team import CoachLoad, TeamOps
from .trajectories import TrajectoryOps

__all__ = ["Changed", "CaseloadRow", "CoachLoad", "Dossier", "Workspace"]


class Workspace:
    """All operations on one unlocked vault, grouped by subject."""

    def __init__(self, store: Store):
        self.store = store
        self.reference = ReferenceOps(store)
        self.participants = ParticipantOps(store)
        self.trajectories = TrajectoryOps(store)
        self.contacts = ContactOps(store)
        self.network = NetworkOps(store)
        self.scales = ScaleOps(store)
        self.signals = SignalOps(store)
        self.queries = Queries(store)
        self.team = TeamOps(store)
        self.drafts = DraftOps(store)
        self.conflicts = ConflictOps(store)
        self.figures = FigureOps(store)
        self.publishing = PublishingOps(store)
        self.discussions = DiscussionOps(store)

    def close(self) -> None:
        self.store.close()
