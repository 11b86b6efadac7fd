"""Which rows make up a participant's dossier: the scope rules shared by sync, erasure and the server.

No pydantic, no HTTP: the protocol re-exports the rules; laptops and the server apply them alike.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from lfn_common.tables import SYNCED_TABLES

_CHUNK = 500  # ids per IN (...) query, under SQLite's variable limit

# How a row finds the participant whose dossier it belongs to (None: partnership-wide reference data).
#   ("self",)                 the row is the participant
#   ("field", name)           a field holds the participant id
#   ("via", field, table)     a field points at a row of `table`, whose own scope applies
SCOPE_RULES: dict[str, tuple | None] = {
    "partnership": None, "organisation": None, "app_user": None, "social_organisation": None, "signal": None,
    "published_report": None, "persona": None,
    "participant": ("self",),
    "assignment": ("field", "participant_id"),
    "trajectory": ("field", "participant_id"),
    "goal": ("field", "participant_id"),
    "contact": ("field", "participant_id"),
    "network_map": ("field", "participant_id"),
    "measurement": ("field", "participant_id"),
    "sync_conflict": ("field", "participant_id"),
    "case_discussion": ("field", "participant_id"),
    "discussion_action": ("via", "discussion_id", "case_discussion"),
    "phase_change": ("via", "trajectory_id", "trajectory"),
    "network_node": ("via", "map_id", "network_map"),
    "network_tie": ("via", "map_id", "network_map"),
    "network_snapshot": ("via", "map_id", "network_map"),
}
assert set(SCOPE_RULES) == set(SYNCED_TABLES), "every synced table needs a scope rule"

# The field that ties a row to its dossier: set when the row is made, never changed afterwards (a row moved out of
# a dossier would reach people the participant did not agree to, and escape her erasure).
OWNER_FIELDS: dict[str, str] = {table: rule[1] for table, rule in SCOPE_RULES.items()
                                if rule is not None and rule[0] in ("field", "via")}
# Rows that may belong to no dossier: a conflict over partnership-wide data (an organisation's name).
OWNER_OPTIONAL = frozenset({"sync_conflict"})


def chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def rows_of_participants(conn: Connection, participant_ids: list[str]) -> dict[str, set[str]]:
    """Row ids of every synced table that belong to these participants, by the protocol's scope rules."""
    out: dict[str, set[str]] = {}
    pending = dict(SCOPE_RULES)
    while pending:
        for table, rule in list(pending.items()):
            if rule is None:
                del pending[table]
                continue
            t = SYNCED_TABLES[table].__table__
            kind = rule[0]
            if kind == "self":
                ids = set(participant_ids)
            elif kind == "field":
                ids = set()
                for chunk in chunks(participant_ids):
                    ids |= set(conn.execute(select(t.c.id).where(t.c[rule[1]].in_(chunk))).scalars())
            else:
                parent = rule[2]
                if parent in pending:
                    continue  # resolve the parent table first
                parents = sorted(out.get(parent, set()))
                ids = set()
                for chunk in chunks(parents):
                    ids |= set(conn.execute(select(t.c.id).where(t.c[rule[1]].in_(chunk))).scalars())
            out[table] = ids
            del pending[table]
    return out


def participants_of_rows(conn: Connection, rows: dict[str, set[str]]) -> set[str]:
    """The participants whose dossiers hold these rows (table -> ids), by the scope rules, a few set-wise
    queries per table; rows of partnership-wide tables belong to no dossier."""
    found: set[str] = set()
    pending = {table: set(ids) for table, ids in rows.items() if ids}
    while pending:
        table, ids = pending.popitem()
        rule = SCOPE_RULES.get(table)
        if rule is None:
            continue
        if rule[0] == "self":
            found |= ids
            continue
        t = SYNCED_TABLES[table].__table__
        column = t.c[rule[1]]
        values: set[str] = set()
        for chunk in chunks(sorted(ids)):
            values |= {v for v in conn.execute(select(column).where(t.c.id.in_(chunk))).scalars() if v}
        if rule[0] == "field":
            found |= values
        else:
            pending.setdefault(rule[2], set()).update(values)
    return found
