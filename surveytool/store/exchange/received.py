"""The office's side of exchange: importing the cases of a verified package, all or nothing.

The package layer has checked the signature, the sender's trust, the checksums and the form
before calling ``import_cases``; here the store makes the import safe to repeat: a package id
is taken once, a case already held is left alone (same), extended (updated) only when nobody
changed it here and the new history continues the one imported, and kept aside as a
conflict otherwise. Nothing ever overwrites a case.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from surveytool.common.catalogue import message
from surveytool.store.errors import StoreError
from surveytool.store.exchange.cases import (
    IncomingCase,
    append_events,
    case_to_json,
    events_digest,
    insert_case,
    local_events,
    set_origin,
    update_row,
)
from surveytool.store.exchange.words import KIND_WORDS, word
from surveytool.store.statuses import STATUSES
from surveytool.store.store import Event, Store, now

ALREADY_IMPORTED = message(
    "store.import.already", "package {package} was already imported on {date}"
)
SEQUENCE_TAKEN = message(
    "store.import.sequence_taken",
    "the sender's {kind} package number {sequence} was already imported (package {other})",
)
BAD_ROW = message(
    "store.import.bad_row", "case {case} cannot be imported: its {field} is missing or mistyped"
)
BAD_STATUS = message(
    "store.import.bad_status", "case {case} cannot be imported: unknown status '{status}'"
)
BAD_EVENT = message(
    "store.import.bad_event",
    "case {case} cannot be imported: its event {number} has a missing or mistyped {field}",
)
#: the parts of an incoming case a refusal names
FIELDS = {
    "uuid": message("store.import.field.uuid", "uuid"),
    "form": message("store.import.field.form", "form"),
    "form_version": message("store.import.field.form_version", "form version"),
    "created_at": message("store.import.field.created_at", "creation time"),
    "updated_at": message("store.import.field.updated_at", "update time"),
    "enumerator": message("store.import.field.enumerator", "enumerator"),
    "comment": message("store.import.field.comment", "comment"),
    "n_errors": message("store.import.field.n_errors", "error count"),
    "kind": message("store.import.field.kind", "kind"),
    "at": message("store.import.field.at", "time"),
    "path": message("store.import.field.path", "path"),
    "value": message("store.import.field.value", "value"),
}

#: the event kinds a store writes (answers, roster changes, statuses, justifications)
EVENT_KINDS = frozenset({"set", "add", "remove", "move", "status", "justify"})

#: why an incoming case was kept aside rather than written
CONFLICT_REASONS = (
    "changed_here",  # the case changed in this store since it was imported
    "diverged",  # the incoming history does not continue the one imported
    "not_imported",  # the uuid is held here, but did not come from a package
    "key_taken",  # another case holds the same survey key
)


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """Cases ``added``, already held (``same``), extended (``updated``), kept aside
    (``conflicts``); ``outcomes`` says which for each case uuid, in the package's order."""

    added: int
    same: int
    updated: int
    conflicts: int
    outcomes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReceivedPackage:
    package_id: str
    digest: str
    sender: str
    kind: str
    sequence: int
    imported_at: str
    added: int
    same: int
    updated: int
    conflicts: int


@dataclass(frozen=True, slots=True)
class ImportAttempt:
    """One line of the import log: every attempt, the refused ones too."""

    id: int
    at: str
    file: str
    package_id: str | None
    sender: str | None
    verdict: str
    detail: str


_RECEIVED = (
    "package_id, digest, sender, kind, sequence, imported_at, n_added, n_same, n_updated, "
    "n_conflicts"
)


def received(store: Store, package_id: str) -> ReceivedPackage | None:
    """The package of that id if it was imported here."""
    row = store.connection.execute(
        f"SELECT {_RECEIVED} FROM packages_received WHERE package_id = ?", (package_id,)
    ).fetchone()
    return ReceivedPackage(*row) if row is not None else None


def last_received(store: Store, sender: str, kind: str) -> ReceivedPackage | None:
    """The highest-numbered package of ``kind`` imported from ``sender`` (a key fingerprint):
    the package layer compares its sequence and digest with the next one's to see a gap."""
    row = store.connection.execute(
        f"SELECT {_RECEIVED} FROM packages_received WHERE sender = ? AND kind = ? "
        "ORDER BY sequence DESC LIMIT 1",
        (sender, kind),
    ).fetchone()
    return ReceivedPackage(*row) if row is not None else None


def log_import(
    store: Store,
    file: str,
    package_id: str | None,
    sender: str | None,
    verdict: str,
    detail: str = "",
) -> int:
    """Write one line of the import log in its own transaction; returns its id.

    Call it after ``import_cases`` has committed or rolled back, never inside the import's
    transaction (a refusal would roll the line back with it)."""
    with store.transaction() as connection:
        cursor = connection.execute(
            "INSERT INTO import_log (at, file, package_id, sender, verdict, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (now(), file, package_id, sender, verdict, detail),
        )
    return int(cursor.lastrowid or 0)


def import_log(store: Store, limit: int = 200) -> list[ImportAttempt]:
    """The latest attempts first."""
    rows = store.connection.execute(
        "SELECT id, at, file, package_id, sender, verdict, detail FROM import_log "
        "ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [ImportAttempt(*row) for row in rows]


def import_cases(
    store: Store,
    package_id: str,
    digest: str,
    sender: str,
    kind: str,
    sequence: int,
    cases: Sequence[IncomingCase],
) -> ImportCounts:
    """Import a package's cases in one transaction: any failure leaves the store as it was,
    the received package row included.

    Refused if the package id was imported before (``StoreError`` naming the date). Each case:
    a new uuid with an unused survey key is added as given (row and events, under new local
    seqs); a history this store already holds (the incoming events are the first events of
    the local case) is ``same``; a case imported here and unchanged since, whose incoming
    history begins with the one imported, is ``updated`` (new events appended, row's status,
    update time, comment and error count taken); anything else is a conflict kept aside with
    its reason, the local case untouched.

    Status moves in the incoming events are not checked against the enumerator's role here:
    they were checked by the store where they were made, and replaying them is not making
    them. The events are checked only for their shape (``StoreError`` naming the case)."""
    with store.transaction() as connection:
        before = received(store, package_id)
        if before is not None:
            raise StoreError(ALREADY_IMPORTED, package=package_id, date=before.imported_at)
        other = connection.execute(
            "SELECT package_id FROM packages_received WHERE sender = ? AND kind = ? "
            "AND sequence = ?",
            (sender, kind, sequence),
        ).fetchone()
        if other is not None:
            raise StoreError(
                SEQUENCE_TAKEN, kind=word(KIND_WORDS, kind), sequence=sequence, other=other[0]
            )
        connection.execute(
            "INSERT INTO packages_received (package_id, digest, sender, kind, sequence, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?)",
            (package_id, digest, sender, kind, sequence, now()),
        )
        outcomes: dict[str, str] = {}
        for case in cases:
            _check(case)
            outcomes[case.row.uuid] = _import_one(connection, package_id, case)
        counts = {name: sum(1 for o in outcomes.values() if o == name) for name in _OUTCOMES}
        connection.execute(
            "UPDATE packages_received SET n_added = ?, n_same = ?, n_updated = ?, "
            "n_conflicts = ? WHERE package_id = ?",
            (*counts.values(), package_id),
        )
    return ImportCounts(
        counts["added"], counts["same"], counts["updated"], counts["conflict"], outcomes
    )


_OUTCOMES = ("added", "same", "updated", "conflict")


def _import_one(connection: sqlite3.Connection, package_id: str, case: IncomingCase) -> str:
    row = case.row
    incoming = events_digest(case.events)
    exists = connection.execute("SELECT 1 FROM cases WHERE uuid = ?", (row.uuid,)).fetchone()
    if exists is None:
        holder = connection.execute(
            "SELECT uuid FROM cases WHERE country = ? AND round = ? AND cluster = ? "
            "AND household = ?",
            (row.key.country, row.key.round, row.key.cluster, row.key.household),
        ).fetchone()
        if holder is not None:
            return _conflict(connection, holder[0], package_id, "key_taken", case, incoming)
        insert_case(connection, row)
        seq = append_events(connection, row.uuid, case.events)
        set_origin(connection, row.uuid, package_id, incoming, seq)
        return "added"
    local = local_events(connection, row.uuid)
    n = len(case.events)
    if n <= len(local) and events_digest(local[:n]) == incoming:
        return "same"  # nothing this package brings is new here
    origin = connection.execute(
        "SELECT events_digest, last_seq FROM case_origins WHERE case_uuid = ?", (row.uuid,)
    ).fetchone()
    if origin is None:
        reason = "not_imported"
    elif (local[-1].seq if local else 0) != origin[1]:
        reason = "changed_here"
    elif events_digest(case.events[: len(local)]) != origin[0]:
        reason = "diverged"
    else:  # the snapshot stays valid: opening replays the events after its last seq
        update_row(connection, row)
        seq = append_events(connection, row.uuid, case.events[len(local) :])
        set_origin(connection, row.uuid, package_id, incoming, seq)
        return "updated"
    return _conflict(connection, row.uuid, package_id, reason, case, incoming)


def _conflict(
    connection: sqlite3.Connection,
    case_uuid: str,
    package_id: str,
    reason: str,
    case: IncomingCase,
    incoming: str,
) -> str:
    """Keep the incoming version aside; an unresolved conflict with the same incoming history
    for the same case is not stored twice (a later package repeating the same version)."""
    held = connection.execute(
        "SELECT 1 FROM conflicts WHERE case_uuid = ? AND incoming_digest = ? "
        "AND resolved_at IS NULL",
        (case_uuid, incoming),
    ).fetchone()
    if held is None:
        connection.execute(
            "INSERT INTO conflicts (case_uuid, package_id, reason, incoming, incoming_digest, "
            "found_at) VALUES (?, ?, ?, ?, ?, ?)",
            (case_uuid, package_id, reason, case_to_json(case), incoming, now()),
        )
    return "conflict"


def _check(case: IncomingCase) -> None:
    """The shape of an incoming case, so that a malformed one is refused by name (a database
    constraint would refuse it too, but not say which case and what)."""
    row = case.row
    texts = {
        "uuid": row.uuid,
        "form": row.form_id,
        "form_version": row.form_version,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }
    for name, text in texts.items():
        if not isinstance(text, str) or not text:
            raise StoreError(BAD_ROW, case=row.uuid, field=FIELDS[name])
    for name, value in (("enumerator", row.enumerator_id), ("comment", row.comment)):
        if not isinstance(value, str):
            raise StoreError(BAD_ROW, case=row.uuid, field=FIELDS[name])
    if not isinstance(row.n_errors, int) or isinstance(row.n_errors, bool):
        raise StoreError(BAD_ROW, case=row.uuid, field=FIELDS["n_errors"])
    if row.status not in STATUSES:
        raise StoreError(BAD_STATUS, case=row.uuid, status=row.status)
    for number, event in enumerate(case.events, 1):
        problem = _event_problem(event)
        if problem is not None:
            raise StoreError(BAD_EVENT, case=row.uuid, number=number, field=FIELDS[problem])


def _event_problem(event: Event) -> str | None:
    """The name of the event's first bad field, None if it is sound."""
    if event.kind not in EVENT_KINDS:
        return "kind"
    if not isinstance(event.at, str) or not event.at:
        return "at"
    if not isinstance(event.enumerator, str):
        return "enumerator"
    if not isinstance(event.path, str):
        return "path"
    try:
        json.dumps(event.value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return "value"
    return None
