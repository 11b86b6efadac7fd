"""Two snapshots of one map side by side: who came, who left, who moved, which ties got better or worse."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lfn_common.vocabulary import TieQuality

# From worst to best: a tie that moves right got better.
QUALITY_ORDER = [TieQuality.BROKEN.value, TieQuality.STRESSFUL.value, TieQuality.NEUTRAL.value,
                 TieQuality.SUPPORTIVE.value]


@dataclass
class Comparison:
    came: list[dict] = field(default_factory=list)  # nodes only in the later snapshot
    left: list[dict] = field(default_factory=list)  # nodes only in the earlier one
    closer: list[tuple[dict, dict]] = field(default_factory=list)  # (before, after): a ring nearer
    further: list[tuple[dict, dict]] = field(default_factory=list)
    better: list[tuple[dict, dict]] = field(default_factory=list)  # ties (before, after)
    worse: list[tuple[dict, dict]] = field(default_factory=list)
    new_ties: list[dict] = field(default_factory=list)
    ended_ties: list[dict] = field(default_factory=list)

    @property
    def changed_node_ids(self) -> set[str]:
        return {n["id"] for n in self.came + self.left} | {a["id"] for a, _ in self.closer + self.further}


def _tie_key(tie: dict[str, Any]) -> tuple:
    return tie.get("from_node_id"), tie.get("to_node_id")


def compare(before: dict[str, Any], after: dict[str, Any]) -> Comparison:
    result = Comparison()
    old_nodes = {n["id"]: n for n in before.get("nodes", [])}
    new_nodes = {n["id"]: n for n in after.get("nodes", [])}
    result.came = [n for i, n in new_nodes.items() if i not in old_nodes]
    result.left = [n for i, n in old_nodes.items() if i not in new_nodes]
    for node_id in old_nodes.keys() & new_nodes.keys():
        a, b = old_nodes[node_id], new_nodes[node_id]
        if b["ring"] < a["ring"]:
            result.closer.append((a, b))
        elif b["ring"] > a["ring"]:
            result.further.append((a, b))
    old_ties = {_tie_key(t): t for t in before.get("ties", [])}
    new_ties = {_tie_key(t): t for t in after.get("ties", [])}
    for key in old_ties.keys() & new_ties.keys():
        a, b = old_ties[key], new_ties[key]
        delta = QUALITY_ORDER.index(b["quality"]) - QUALITY_ORDER.index(a["quality"])
        if delta > 0:
            result.better.append((a, b))
        elif delta < 0:
            result.worse.append((a, b))
    result.new_ties = [t for k, t in new_ties.items() if k not in old_ties]
    result.ended_ties = [t for k, t in old_ties.items() if k not in new_ties]
    return result
