"""Fetch the next pages of the feed while the current one is applied: the server and the laptop work at once.

A thread of its own posts the pull requests one after the other (each needs the cursor of the one before, which
the answer carries) and hands the answers over in order, at most ``AHEAD`` of them waiting, so that memory
stays bounded when applying is the slower side. Only this thread uses the transport while the pull runs.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from lfn_common.protocol import MAX_BATCH, PullRequest, PullResponse

from .transport import Transport

APPLY_EVERY = 5000  # pulled changes applied per transaction (the engine's groups)

# Answers fetched but not yet applied: a whole group of pages is applied at once (APPLY_EVERY changes, see the engine),
# so the fetching must run a group ahead, or it would stand still while the group is written, and the applying while
# the next group is fetched.
AHEAD = APPLY_EVERY // MAX_BATCH + 2


class PageFetcher:
    """``with PageFetcher(t, device, cursor, held) as pages: for reply in pages: ...``"""

    def __init__(self, t: Transport, device_id: str, cursor: int, held_participants: list[str],
                 scope_token: str | None):
        self._t, self._device, self._cursor = t, device_id, cursor
        self._held, self._token = held_participants, scope_token
        self.scope_token: str | None = None  # the scope the pages were answered for, once the first has come
        self._answers: queue.Queue = queue.Queue(maxsize=AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fetch, name="lfn-pull-pages", daemon=True)

    def __enter__(self) -> PageFetcher:
        self._thread.start()
        return self

    def __iter__(self) -> Iterator[PullResponse]:
        while True:
            answer = self._answers.get()
            if isinstance(answer, BaseException):
                raise answer
            yield answer
            if not answer.more:
                return

    def _fetch(self) -> None:
        # The held dossiers go with the first page only when the server's scope for us is not known to be unchanged.
        cursor, token = self._cursor, self._token
        held = None if token else self._held
        try:
            while not self._stop.is_set():
                reply = self._t.post("/sync/pull", PullRequest(device_id=self._device, cursor=cursor,
                                                               held_participants=held, scope_token=token),
                                     PullResponse)
                if reply.held_needed:
                    held, token = self._held, None
                    continue
                if self.scope_token is None:
                    self.scope_token = reply.scope_token
                token = None
                self._put(reply)
                if not reply.more:
                    return
                cursor, held = reply.cursor, None
        except BaseException as exc:  # handed to the applying side, which raises it there  # noqa: BLE001
            self._put(exc)

    def _put(self, answer) -> None:
        while not self._stop.is_set():
            try:
                self._answers.put(answer, timeout=0.2)
                return
            except queue.Full:
                continue

    def __exit__(self, *exc) -> None:
        # Cancelled or failed while applying: the fetching stops after its current request.
        self._stop.set()
        self._thread.join()
