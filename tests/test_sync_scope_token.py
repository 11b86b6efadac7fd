"""A laptop lists the dossiers it holds only when its scope has changed: a region's daily sync does not send
thousands of ids, and an unassignment is still purged at the next sync."""

from __future__ import annotations

import gzip
import json

import httpx

from lfn_desktop.sync.engine import SyncEngine

from .test_sync_e2e import intake, laptops, names, partnership  # noqa: F401 - fixtures

__all__ = ["laptops", "partnership"]


class Recording(httpx.HTTPTransport):
    """The real HTTP transport, remembering the pull requests it sent (as the server received them)."""

    def __init__(self):
        super().__init__()
        self.pulls: list[dict] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            self.pulls.append(json.loads(gzip.decompress(request.read())))
        return super().handle_request(request)


def sync(laptop) -> tuple[list[dict], object]:
    recording = Recording()
    report = SyncEngine(laptop.store, transport=recording).run()
    return recording.pulls, report


def test_held_dossiers_are_listed_only_when_the_scope_changed(laptops, partnership):  # noqa: F811
    anouk, bram, lies = laptops("anouk"), laptops("bram"), laptops("lies")
    noor = intake(anouk, [partnership.coach_a, partnership.coach_b])
    anouk.sync()
    pulls, _ = sync(bram)  # her scope grew since her first sync (Noor): the server asks for her list
    assert [p["held_participants"] is not None for p in pulls][:2] == [False, True]
    assert names(bram) == {"Noor"}

    pulls, report = sync(bram)  # nothing changed: one page, no list of ids
    assert report.pulled == 0
    assert [p["held_participants"] for p in pulls] == [None] and pulls[0]["scope_token"]

    lies.sync()
    lies.ws.participants.unassign_coach(noor, partnership.coach_b)
    lies.sync()
    pulls, report = sync(bram)  # unassigned: the scope changed, so the list goes, and Noor is purged
    assert [p["held_participants"] for p in pulls][:2] == [None, [noor]]
    assert report.purged == 1 and names(bram) == set()
