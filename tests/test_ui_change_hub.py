"""After a write, the change hub tells each view what changed; the caseload re-reads only the rows it concerns."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from lfn_desktop.ui.caseload.view import CaseloadView
from lfn_desktop.ui.common.change_hub import ChangeHub
from lfn_desktop.ui.common.db_worker import DbWorker
from lfn_desktop.ui.common.tasks import wait_for_background_work


@contextmanager
def statements(engine):
    """Every SQL statement the block runs against the vault, with its parameters."""
    seen: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _executemany):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def settle(qtbot, worker: DbWorker) -> None:
    for _ in range(4):
        worker.wait()
        wait_for_background_work()
        qtbot.wait(1)


def test_a_visit_refreshes_one_caseload_row_not_the_whole_list(qtbot, ws, team):
    ids = [ws.participants.intake(team["partnership"], given_name=f"Deelnemer {n:02d}",
                                  coach_ids=[team["coach_a"]]).id for n in range(40)]
    hub = ChangeHub()
    worker = DbWorker(hub)
    view = CaseloadView(ws, hub=hub)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    assert all(row.last_contact_at is None for row in view.model.rows())

    with statements(ws.store.engine) as full:
        view.reload()
        settle(qtbot, worker)

    target = ids[17]
    with statements(ws.store.engine) as after_visit:
        worker.submit(lambda: ws.contacts.record(target, duration_min=30, kind="home_visit", place="home"))
        settle(qtbot, worker)

    shown = {row.participant_id: row for row in view.model.rows()}
    assert shown[target].last_contact_at is not None  # what the coach sees changed ...
    assert sum(row.last_contact_at is not None for row in shown.values()) == 1
    assert view.model.rowCount() == 40

    def caseload_queries(seen):
        return [(s, tuple(p) if isinstance(p, tuple | list) else tuple(p.values()))
                for s, p in seen if "FROM participant LEFT OUTER JOIN trajectory" in s]

    def place_lists(seen):  # read only by a full reload: the municipalities for the filter
        return [s for s, _ in seen if "DISTINCT participant.municipality" in s]

    # A full reload reads every participant (no id in its query) and the list of places ...
    [(_, everyone)] = caseload_queries(full)
    assert not set(ids) & set(everyone) and len(place_lists(full)) == 1
    # ... the visit's refresh one caseload query for that one participant, and nothing else of a reload.
    [(_, parameters)] = caseload_queries(after_visit)
    assert target in parameters and not (set(ids) - {target}) & set(parameters)
    assert place_lists(after_visit) == []
