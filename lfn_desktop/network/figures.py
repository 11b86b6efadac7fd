"""Simple figures per network snapshot that a team can use (one place for the rule)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lfn_common.vocabulary import NodeKind, TieQuality


@dataclass(frozen=True)
class NetworkFigures:
    informal: int  # family, household, friends, neighbours, school/work, leisure
    formal: int  # professionals and services
    supportive_ties: int
    stressful_ties: int

    @property
    def size(self) -> int:
        return self.informal + self.formal


def figures(content: dict[str, Any]) -> NetworkFigures:
    """Figures of a map's content as a snapshot stores it ({"nodes": [...], "ties": [...]})."""
    nodes = content.get("nodes", [])
    ties = content.get("ties", [])
    formal = sum(1 for n in nodes if n.get("kind") == NodeKind.PROFESSIONAL.value)
    return NetworkFigures(
        informal=len(nodes) - formal,
        formal=formal,
        supportive_ties=sum(1 for t in ties if t.get("quality") == TieQuality.SUPPORTIVE.value),
        stressful_ties=sum(1 for t in ties if t.get("quality") == TieQuality.STRESSFUL.value),
    )
