"""Where a person stands on the eco-map: ring (closeness) and sector from a position, and back.

Map units: the participant in the centre at (0, 0), each ring ``RING`` wide; y grows downwards (as on a
screen). Sectors are quarters: family and household upper left, friends and neighbours upper right,
school/work and leisure lower right, professional help lower left. One rule for dragging, for "tap then
tap" moving and for placing a person who has no position yet.
"""

from __future__ import annotations

import math

from lfn_common.vocabulary import NodeKind, Ring, Sector

RING = 100.0  # map units per ring
RINGS = (Ring.VERY_CLOSE, Ring.CLOSE, Ring.FURTHER)
# Each sector's angular range in degrees, counter-clockwise from "east", y pointing up.
SECTOR_ARCS = {Sector.FRIENDS: (0.0, 90.0), Sector.FAMILY: (90.0, 180.0), Sector.PROFESSIONAL: (180.0, 270.0),
               Sector.SCHOOL_WORK: (270.0, 360.0)}
SECTOR_ORDER = [Sector.FAMILY, Sector.FRIENDS, Sector.SCHOOL_WORK, Sector.PROFESSIONAL]  # clockwise from top left
SECTOR_OF_KIND = {NodeKind.FAMILY: Sector.FAMILY, NodeKind.HOUSEHOLD: Sector.FAMILY,
                  NodeKind.FRIEND: Sector.FRIENDS, NodeKind.NEIGHBOUR: Sector.FRIENDS,
                  NodeKind.SCHOOL_WORK: Sector.SCHOOL_WORK, NodeKind.LEISURE: Sector.SCHOOL_WORK,
                  NodeKind.PROFESSIONAL: Sector.PROFESSIONAL}


def _angle(x: float, y: float) -> float:
    return math.degrees(math.atan2(-y, x)) % 360.0


def place_of(x: float, y: float) -> tuple[int, str]:
    """The ring and sector a point falls in (beyond the outer ring counts as the outer ring)."""
    distance = math.hypot(x, y)
    ring = min(max(math.ceil(distance / RING), 1), len(RINGS))
    angle = _angle(x, y)
    sector = next(s for s, (start, end) in SECTOR_ARCS.items() if start <= angle < end)
    return ring, sector.value


def position_in(ring: int, sector: str, slot: int = 0, slots: int = 1) -> tuple[float, float]:
    """A point in the middle of the ring, spread over the sector: slot ``slot`` of ``slots``."""
    start, end = SECTOR_ARCS[Sector(sector)]
    angle = math.radians(start + (end - start) * (slot + 1) / (slots + 1))
    radius = (ring - 0.5) * RING
    return radius * math.cos(angle), -radius * math.sin(angle)


# Two people closer than this (map units) would cover each other's pictogram and name.
MIN_GAP = 42.0


def free_position(ring: int, sector: str, taken: list[tuple[float, float]],
                  gap: float = MIN_GAP) -> tuple[float, float]:
    """A place in the ring and sector where nobody stands yet: the candidate nearest the band's middle that keeps
    ``gap`` from everyone in ``taken``; in a crowded band, the candidate farthest from its nearest neighbour."""
    start, end = SECTOR_ARCS[Sector(sector)]
    candidates = []
    for depth in (0.5, 0.3, 0.7, 0.15, 0.85):  # the middle of the ring first, then nearer its edges
        radius = (ring - 1 + depth) * RING
        # Enough angles that neighbours on this circle are about half a gap apart.
        count = max(3, int(math.radians(end - start) * radius / (gap / 2)))
        for i in range(count):
            angle = math.radians(start + (end - start) * (i + 0.5) / count)
            candidates.append((radius * math.cos(angle), -radius * math.sin(angle)))
    middle = position_in(ring, sector)

    def room(point: tuple[float, float]) -> float:
        return min((math.dist(point, other) for other in taken), default=math.inf)

    free = [c for c in candidates if room(c) >= gap]
    if free:
        return min(free, key=lambda c: math.dist(c, middle))
    return max(candidates, key=room)


def fits(x: float, y: float, ring: int, sector: str) -> bool:
    """Does a stored position agree with its ring and sector (else the person is placed afresh)?"""
    return (x, y) != (0.0, 0.0) and place_of(x, y) == (ring, sector)


def step(ring: int, sector: str, key: str) -> tuple[int, str]:
    """Moving by keyboard: "in"/"out" change the ring, "next"/"previous" the sector (clockwise)."""
    if key == "in":
        return max(ring - 1, 1), sector
    if key == "out":
        return min(ring + 1, len(RINGS)), sector
    index = SECTOR_ORDER.index(Sector(sector)) + (1 if key == "next" else -1)
    return ring, SECTOR_ORDER[index % len(SECTOR_ORDER)].value
