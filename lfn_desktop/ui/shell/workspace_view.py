"""The unlocked workspace: caseload, one dossier, the intake form and the team view as pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from lfn_common.errors import DomainError
from lfn_desktop.sync.state import STATE_ROLE
from lfn_desktop.ui.caseload.team_view import TeamView
from lfn_desktop.ui.caseload.view import CaseloadView
from lfn_desktop.ui.common import controllers, labels
from lfn_desktop.ui.common.desk import Desk, failure_sentence
from lfn_desktop.ui.common.tasks import run_in_background
from lfn_desktop.ui.dossier.intake_form import IntakeForm
from lfn_desktop.ui.dossier.view import DossierView
from lfn_desktop.ui.figures.view import FiguresView
from lfn_desktop.ui.scales.tab import catalog as scales_catalog


class WorkspaceView(QStackedWidget):
    message = Signal(str)

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk, self.ws = desk, desk.ws
        ws = desk.ws
        self.user = ws.reference.current_user()
        self.is_lead = self.user is not None and self.user.role == "team_lead"
        # The support group's vault holds no users (nor dossiers): its role is what the server said at linking.
        self.is_support_group = ws.store.state().get(STATE_ROLE) == "support_group"
        own = self.user.id if self.user is not None and not self.is_lead else None
        self.caseload = CaseloadView(ws, own_coach_id=own, hub=desk.hub)
        run_in_background(scales_catalog, lambda _catalog: None, lambda _error: None)  # ready for the first dossier
        self.caseload.open_participant.connect(self.open_participant)
        self.caseload.intake_wanted.connect(self.open_intake)
        self.addWidget(self.caseload)
        self.dossier: DossierView | None = None
        self.intake: IntakeForm | None = None
        self.team: TeamView | None = None
        self.figures: FiguresView | None = None
        self.discussions = None  # DiscussionsView, built when first shown
        self.published = None  # PublishedView, built when first shown

    # --- pages ---------------------------------------------------------------------------------------------

    def show_caseload(self) -> CaseloadView:
        self.setCurrentWidget(self.caseload)
        self.caseload.table.setFocus()
        return self.caseload

    def _replace(self, attribute: str, widget):
        old = getattr(self, attribute)
        if old is not None:
            self.removeWidget(old)
            old.deleteLater()
        setattr(self, attribute, widget)
        if widget is not None:
            self.addWidget(widget)
            self.setCurrentWidget(widget)
        return widget

    def open_participant(self, participant_id: str) -> DossierView:
        if self.dossier is not None and self.dossier.participant_id == participant_id:
            self.setCurrentWidget(self.dossier)
            return self.dossier
        if self.dossier is not None:
            self.dossier.flush_drafts()
        self.message.emit("")  # what the status bar said about another participant does not belong here
        view = DossierView(self.desk, participant_id)
        view.back_requested.connect(self.show_caseload)
        view.message.connect(self.message)
        self._replace("dossier", view)
        view.tabs.setFocus()
        return view

    def open_intake(self) -> IntakeForm:
        if self.intake is not None:
            self.setCurrentWidget(self.intake)
            return self.intake
        # Who may see the dossier: the partnership's coordination first, then each partner organisation.
        organisations = [(p.id, labels.coordination()) for p in self.ws.reference.partnerships()]
        organisations += [(o.id, o.name) for o in self.ws.reference.organisations()]
        coaches = [(u.id, u.name) for u in self.ws.reference.users() if u.role == "coach"]
        form = IntakeForm(self.desk, organisations, coaches, self.user.id if self.user else None)
        form.submitted.connect(self._intake_submitted)
        form.closed.connect(self._intake_closed)
        self._replace("intake", form)
        form.given_name.setFocus()
        return form

    def _intake_submitted(self, values: dict) -> None:
        form = self.intake
        form.save_button.setEnabled(False)  # one press, one participant

        def done(changed) -> None:
            controllers.intake_done(self.desk, changed.id)
            if self.intake is form:
                form.saved()
                self._replace("intake", None)
            self.open_participant(changed.id)
            self.message.emit(self.tr("Deelnemer ingeschreven."))

        def failed(error: Exception) -> None:
            if self.intake is not form:
                return
            form.save_button.setEnabled(True)
            if isinstance(error, DomainError):
                form.show_error(error)
            else:
                self.message.emit(failure_sentence(error))

        self.desk.write(lambda ws: controllers.intake(ws, values), done, failed, owner=self, initiator=self)

    def _intake_closed(self) -> None:
        self._replace("intake", None)
        self.show_caseload()

    def open_team(self) -> TeamView:
        if self.team is None:
            self._replace("team", TeamView(self.ws, self.desk.hub))
        else:
            self.team.reload()
        self.setCurrentWidget(self.team)
        return self.team

    def open_discussions(self):
        from lfn_desktop.ui.discussions.view import DiscussionsView  # built when first shown

        if self.discussions is None:
            self._replace("discussions", DiscussionsView(self.desk, coach_id=None if self.is_lead else
                                                         (self.user.id if self.user else None)))
        else:
            self.discussions.reload()
        self.setCurrentWidget(self.discussions)
        return self.discussions

    def open_published(self):
        from lfn_desktop.ui.figures.published_view import PublishedView  # built when first shown

        if self.published is None:
            self._replace("published", PublishedView(self.ws, self.desk.hub))
        else:
            self.published.reload()
        self.setCurrentWidget(self.published)
        return self.published

    def open_figures(self) -> FiguresView:
        if self.figures is None:
            self._replace("figures", FiguresView(self.ws, desk=self.desk if self.is_lead else None))
        else:
            self.figures.reload()
        self.setCurrentWidget(self.figures)
        return self.figures

    def record_visit(self) -> None:
        if self.dossier is not None and self.currentWidget() is self.dossier:
            self.dossier.open_visit_form()
        else:
            self.message.emit(self.tr("Open eerst een dossier om een contact te registreren."))

    # --- after writes, around a lock -----------------------------------------------------------------------

    def flush_drafts(self) -> None:
        if self.dossier is not None:
            self.dossier.flush_drafts()
        if self.intake is not None:
            self.intake.draft.flush()

    def state(self) -> dict:
        """Where the coach was, to come back there after unlocking (the typed text is in the drafts)."""
        current = self.currentWidget()
        if current is self.intake:
            return {"page": "intake"}
        if current is self.team:
            return {"page": "team"}
        if current is self.dossier and self.dossier is not None:
            return {"page": "dossier", "participant_id": self.dossier.participant_id,
                    "visit_form": self.dossier.visit_form is not None, "tab": self.dossier.tabs.currentIndex()}
        return {"page": "caseload"}

    def restore(self, state: dict) -> None:
        page = state.get("page")
        if self.is_support_group:
            self.open_published()
            return
        if page == "intake":
            self.open_intake()
        elif page == "team" and self.is_lead:
            self.open_team()
        elif page == "dossier":
            try:
                dossier = self.open_participant(state["participant_id"])
            except DomainError:
                return
            dossier.tabs.setCurrentIndex(state.get("tab", 0))
            if state.get("visit_form"):
                dossier.open_visit_form()
