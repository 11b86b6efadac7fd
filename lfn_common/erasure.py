"""The GDPR right to erasure: which fields of a dossier hold personal data, and what they become.

One rule for every replica: the laptop that erases writes these values as ordinary changes (so they sync
and win by their newer versions), and the server and the other laptops scrub the same fields out of the
history they keep (the server's change feed, a laptop's outbox). What stays is what the figures count —
dates, phases, outcomes, kinds of contact, scale levels, the shape of the network — with no name or text.
"""

from __future__ import annotations

from typing import Any

ERASED = "(gewist)"

# table -> field -> the value it gets. Text fields a person wrote about someone become empty.
PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    "participant": {"given_name": ERASED, "family_name": None, "birth_year": None, "phone": None, "email": None,
                    "address": None, "municipality": None, "consent_scope": None, "referrer": None,
                    "languages": []},
    "trajectory": {"closing_note": None},
    "phase_change": {"note": None},
    "goal": {"description": ERASED},
    "contact": {"present": None, "notes": None, "agreements": None, "next_step": None},
    "network_node": {"label": ERASED, "note": None},
    "measurement": {"comment": None},
    "case_discussion": {"question_behind": None, "value_steps": None, "waste": None, "system_conditions": None},
    "discussion_action": {"description": ERASED},
    "sync_conflict": {"kept_value": {}, "other_value": {}},
}


def is_erasure(table: str, data: dict[str, Any]) -> bool:
    """Does this change erase a participant (the marker every replica recognises)?"""
    return table == "participant" and data.get("given_name") == ERASED


def scrub(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a change's fields or a row's) with its personal fields replaced; other fields untouched."""
    if table == "network_snapshot" and isinstance(data.get("content"), dict):
        content = data["content"]
        nodes = [node | {"label": ERASED, "note": None} for node in content.get("nodes", [])]
        return data | {"content": content | {"nodes": nodes}}
    fields = PERSONAL_FIELDS.get(table, {})
    return {name: fields.get(name, value) for name, value in data.items()}
