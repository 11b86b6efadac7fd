"""Hybrid logical clock (Kulkarni et al.): versions that order changes across devices.

A timestamp is (wall milliseconds, counter, device id). It never runs backwards on one device, it
moves past every timestamp the device has seen, and ties between devices break on the device id,
so every device orders the same set of changes the same way. Encoded as a fixed-width string so
that plain string comparison is the causal order (handy in SQL and JSON).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

# A remote timestamp further than this in our future is not believed: it would let one laptop with a
# wrong clock win every merge for as long as its clock is off (the sync layer reports it).
MAX_DRIFT_MS = 60 * 60 * 1000
# The counter is encoded in six digits; one more would break "string order = causal order", so a
# clock that would pass it borrows the next millisecond instead (the wall part stays close to real time).
MAX_COUNTER = 999_999


class ClockDriftError(ValueError):
    def __init__(self, remote_ms: int, local_ms: int):
        super().__init__(f"remote clock is {(remote_ms - local_ms) / 3_600_000:.1f} h ahead")
        self.drift_ms = remote_ms - local_ms


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}.{self.counter:06d}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        try:
            wall, counter, device = text.split(".", 2)
            return cls(int(wall), int(counter), device)
        except (ValueError, AttributeError):
            raise ValueError(f"not a clock value: {text!r}") from None


class HybridClock:
    """The clock of one device. Not thread-safe on its own: the store serialises writes."""

    def __init__(self, device: str, last: str | None = None, *, wall=lambda: int(time.time() * 1000)):
        self.device = device
        self._wall = wall
        self._last = Timestamp.decode(last) if last else Timestamp(0, 0, device)

    @property
    def last(self) -> str:
        return self._last.encode()

    def now(self) -> str:
        physical = self._wall()
        if physical > self._last.wall_ms:
            self._last = Timestamp(physical, 0, self.device)
        else:
            self._last = self._stamp(self._last.wall_ms, self._last.counter + 1)
        return self._last.encode()

    def observe(self, remote: str, *, max_drift_ms: int = MAX_DRIFT_MS) -> None:
        """Move past a timestamp received from another device (raises if it lies too far ahead)."""
        r = Timestamp.decode(remote)
        physical = self._wall()
        if r.wall_ms - physical > max_drift_ms:
            raise ClockDriftError(r.wall_ms, physical)
        wall = max(physical, self._last.wall_ms, r.wall_ms)
        if wall == self._last.wall_ms == r.wall_ms:
            counter = max(self._last.counter, r.counter) + 1
        elif wall == self._last.wall_ms:
            counter = self._last.counter + 1
        elif wall == r.wall_ms:
            counter = r.counter + 1
        else:
            counter = 0
        self._last = self._stamp(wall, counter)

    def _stamp(self, wall_ms: int, counter: int) -> Timestamp:
        if counter > MAX_COUNTER:
            return Timestamp(wall_ms + 1, 0, self.device)
        return Timestamp(wall_ms, counter, self.device)
