"""Progress, standstill or regression between two moments: one rule, used by the dossier and the figures."""

from __future__ import annotations

from enum import StrEnum


class Trend(StrEnum):
    PROGRESS = "progress"
    STANDSTILL = "standstill"
    REGRESSION = "regression"
    MISSING = "missing"  # one of the two moments has no level (skipped, "I don't know", not measured)


def classify(before: int | str | None, after: int | str | None) -> Trend:
    """Compare two levels of one item; anything that is not a level counts as missing."""
    if not isinstance(before, int) or not isinstance(after, int) or isinstance(before, bool) \
            or isinstance(after, bool):
        return Trend.MISSING
    if after > before:
        return Trend.PROGRESS
    if after < before:
        return Trend.REGRESSION
    return Trend.STANDSTILL


def compare(item_ids: list[str], before: dict | None, after: dict | None) -> dict[str, Trend]:
    """Each item's trend between two measurements' answers (a missing measurement: every item missing)."""
    before, after = before or {}, after or {}
    return {item: classify(before.get(item), after.get(item)) for item in item_ids}
