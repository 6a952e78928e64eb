"""Conflicts: an incoming version of a case kept beside ours until an officer chooses.

Nothing is lost whichever way it goes: the incoming version stays in the conflict row, and
on resolution so does ours as it was then (``local``). Keeping "theirs" replaces the case's
row and history by the incoming ones; keeping "ours" only marks the conflict resolved.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from surveytool.common.catalogue import message
from surveytool.store.errors import StoreError
from surveytool.store.exchange.cases import (
    IncomingCase,
    append_events,
    case_from_json,
    case_to_json,
    events_digest,
    insert_case,
    local_case,
    local_events,
    remove_case,
    set_origin,
)
from surveytool.store.store import Store, now

NO_CONFLICT = message("store.conflict.unknown", "no conflict {id} in this store")
RESOLVED = message(
    "store.conflict.resolved", "conflict {id} was already resolved on {date} by {who}"
)
BAD_CHOICE = message(
    "store.conflict.choice", "a conflict is resolved by keeping 'ours' or 'theirs', not '{keep}'"
)
UUID_TAKEN = message(
    "store.conflict.uuid_taken",
    "conflict {id} cannot keep the incoming case: case {case} is already in this store",
)
KEEP = ("ours", "theirs")


@dataclass(frozen=True, slots=True)
class Conflict:
    """An incoming case kept aside. ``case_uuid`` is the local case it collides with (the
    incoming uuid, except for a ``key_taken`` conflict: then the case holding the survey
    key); ``local`` is our version as it was at resolution (None until resolved, or if our
    case was gone by then)."""

    id: int
    case_uuid: str
    package_id: str
    reason: str
    incoming: IncomingCase
    found_at: str
    resolved_at: str | None
    resolution: str | None
    resolved_by: str | None
    local: IncomingCase | None

    @property
    def replaced(self) -> IncomingCase | None:
        """The version that keeping "theirs" replaced (None otherwise)."""
        return self.local if self.resolution == "theirs" else None


_COLUMNS = (
    "id, case_uuid, package_id, reason, incoming, found_at, resolved_at, resolution, "
    "resolved_by, local"
)


def _conflict(row: tuple[object, ...]) -> Conflict:
    id_, case_uuid, package_id, reason, incoming, found, at, resolution, who, local = row
    return Conflict(
        int(str(id_)),
        str(case_uuid),
        str(package_id),
        str(reason),
        case_from_json(str(incoming)),
        str(found),
        None if at is None else str(at),
        None if resolution is None else str(resolution),
        None if who is None else str(who),
        None if local is None else case_from_json(str(local)),
    )


def conflicts(store: Store, unresolved: bool = True) -> list[Conflict]:
    """Conflicts in the order they were found; only the open ones unless ``unresolved`` is
    False."""
    where = "WHERE resolved_at IS NULL " if unresolved else ""
    rows = store.connection.execute(f"SELECT {_COLUMNS} FROM conflicts {where}ORDER BY id")
    return [_conflict(row) for row in rows.fetchall()]


def conflict(store: Store, id: int) -> Conflict:
    row = store.connection.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?", (id,))
    found = row.fetchone()
    if found is None:
        raise StoreError(NO_CONFLICT, id=id)
    return _conflict(found)


def resolve_conflict(store: Store, id: int, keep: str, who: str) -> Conflict:
    """Resolve a conflict by keeping ``"ours"`` or ``"theirs"``; returns it resolved.

    Both versions stay in the conflict row. "theirs" replaces the local case's row and events
    by the incoming ones (for a ``key_taken`` conflict: removes the case holding the key and
    inserts the incoming one) and makes the conflict's package its origin; the case's
    snapshot is dropped, to be rebuilt from the events when it is next opened. Refused if the
    conflict is already resolved."""
    if keep not in KEEP:
        raise StoreError(BAD_CHOICE, keep=keep)
    with store.transaction() as connection:
        found = conflict(store, id)
        if found.resolved_at is not None:
            raise StoreError(RESOLVED, id=id, date=found.resolved_at, who=found.resolved_by)
        ours = _current(connection, found.case_uuid)
        if keep == "theirs":
            _take_theirs(connection, found)
        connection.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?, local = ? "
            "WHERE id = ?",
            (now(), keep, who, None if ours is None else case_to_json(ours), id),
        )
    return conflict(store, id)


def _current(connection: sqlite3.Connection, case_uuid: str) -> IncomingCase | None:
    row = local_case(connection, case_uuid)
    return None if row is None else IncomingCase(row, local_events(connection, case_uuid))


def _take_theirs(connection: sqlite3.Connection, found: Conflict) -> None:
    theirs = found.incoming
    uuid = theirs.row.uuid
    remove_case(connection, found.case_uuid)  # archived by the caller
    if uuid != found.case_uuid and local_case(connection, uuid) is not None:
        raise StoreError(UUID_TAKEN, id=found.id, case=uuid)
    insert_case(connection, theirs.row)
    seq = append_events(connection, uuid, theirs.events)
    set_origin(connection, uuid, found.package_id, events_digest(theirs.events), seq)
