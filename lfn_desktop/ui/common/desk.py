"""What a screen is handed to reach the vault (services, not the window): the operations to read, the one
writer thread to write through, the hub that tells what changed, and the undo history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from lfn_common.errors import DomainError
from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.db_worker import DbWorker
from lfn_desktop.ui.common.domain_messages import sentence
from lfn_desktop.ui.common.undo import UndoHistory
from lfn_desktop.ui.common.vault_messages import vault_problem


@dataclass(frozen=True)
class Desk:
    ws: Workspace
    db: DbWorker
    hub: ChangeHub
    history: UndoHistory  # the window's one undo stack

    def write(self, write: Callable[[Workspace], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None, *, owner: QObject | None = None,
              initiator: object | None = None) -> None:
        """Run ``write(ws)`` on the writer thread; the callbacks run on the GUI thread afterwards."""
        ws = self.ws
        self.db.submit(lambda: write(ws), on_done, on_error, owner=owner, initiator=initiator)


def failure_sentence(error: Exception) -> str:
    """A refusal in the domain's words; anything else (a full disk, damage) named, with what is safe."""
    if isinstance(error, DomainError):
        return sentence(error)
    problem = vault_problem(error)
    if problem:
        return QCoreApplication.translate("Desk", "Opslaan lukte niet: %1").replace("%1", problem)
    return QCoreApplication.translate("Desk", "Opslaan lukte niet (%1). Wat er al stond, blijft bewaard.").replace(
        "%1", type(error).__name__)
