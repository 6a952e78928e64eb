"""Whole cases as exchange sees them: digests of their history, their JSON form, and the
few SQL writes that add, replace or remove a case with its events.

A case's identity across workstations is its uuid and its history: the events' time, author,
kind, path and value in order. Local ``seq`` numbers differ from store to store, so nothing
here depends on them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from surveytool.store.store import _CASE_COLUMNS, CaseRow, Event, Store, SurveyKey, _case_row


class EventLike(Protocol):
    """What a digest reads of an event (a store ``Event`` has these and a ``seq`` we ignore)."""

    @property
    def at(self) -> str: ...
    @property
    def enumerator(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def value(self) -> object: ...


@dataclass(frozen=True, slots=True)
class IncomingCase:
    """A case as a package carries it: its row and every event in order (their ``seq`` and
    ``case_uuid`` are ignored: the store numbers them anew under ``row.uuid``)."""

    row: CaseRow
    events: list[Event]


def _canonical(event: EventLike) -> bytes:
    fields = [event.at, event.enumerator, event.kind, event.path, event.value]
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def events_digest(events: Iterable[EventLike]) -> str:
    """sha256 hex over the canonical JSON of each event's (at, enumerator, kind, path, value),
    one line each, in order: the same history has the same digest in every store."""
    digest = hashlib.sha256()
    for event in events:
        digest.update(_canonical(event))
        digest.update(b"\n")
    return digest.hexdigest()


def case_data_checksum(store: Store) -> str:
    """sha256 over every case row and every event (without its seq), by case uuid then event
    order: equal before and after an operation means the cases' data did not change."""
    digest = hashlib.sha256()
    connection = store.connection
    for row in connection.execute(f"SELECT {CASE_COLUMNS} FROM cases ORDER BY uuid"):
        digest.update(json.dumps(["case", *row], ensure_ascii=False).encode("utf-8") + b"\n")
    for row in connection.execute(
        "SELECT case_uuid, at, enumerator, kind, path, value FROM events ORDER BY case_uuid, seq"
    ):
        digest.update(json.dumps(["event", *row], ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


# -- reading ------------------------------------------------------------------------------------
# the store's own column list and row reader: one definition of what a case row is
CASE_COLUMNS = _CASE_COLUMNS
case_row = _case_row


def local_case(connection: sqlite3.Connection, case_uuid: str) -> CaseRow | None:
    row = connection.execute(
        f"SELECT {CASE_COLUMNS} FROM cases WHERE uuid = ?", (case_uuid,)
    ).fetchone()
    return case_row(row) if row is not None else None


def local_events(connection: sqlite3.Connection, case_uuid: str) -> list[Event]:
    """Every event of a case in order (read inside the caller's transaction)."""
    rows = connection.execute(
        "SELECT seq, case_uuid, at, enumerator, kind, path, value FROM events "
        "WHERE case_uuid = ? ORDER BY seq",
        (case_uuid,),
    ).fetchall()
    return [
        Event(seq, case, at, who, kind, path, json.loads(value) if value is not None else None)
        for seq, case, at, who, kind, path, value in rows
    ]


def last_seq(connection: sqlite3.Connection, case_uuid: str) -> int:
    """The seq of a case's last event, 0 if it has none."""
    found = connection.execute(
        "SELECT coalesce(max(seq), 0) FROM events WHERE case_uuid = ?", (case_uuid,)
    ).fetchone()
    return int(found[0])


# -- JSON (a conflict keeps both versions this way) -------------------------------------------
def row_record(row: CaseRow) -> dict[str, Any]:
    """A case row as JSON-able fields (a package's paradata and a conflict's record)."""
    return {
        "uuid": row.uuid,
        "country": row.key.country,
        "round": row.key.round,
        "cluster": row.key.cluster,
        "household": row.key.household,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "status": row.status,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "enumerator_id": row.enumerator_id,
        "n_errors": row.n_errors,
        "comment": row.comment,
    }


def row_from_record(r: Mapping[str, Any]) -> CaseRow:
    """``row_record`` read back; a missing or mistyped field raises KeyError/TypeError/
    ValueError for the caller to locate."""
    key = SurveyKey(str(r["country"]), str(r["round"]), str(r["cluster"]), int(r["household"]))
    return CaseRow(
        str(r["uuid"]),
        key,
        str(r["form_id"]),
        str(r["form_version"]),
        str(r["status"]),
        str(r["created_at"]),
        str(r["updated_at"]),
        str(r["enumerator_id"]),
        int(r["n_errors"]),
        str(r["comment"]),
    )


def case_to_json(case: IncomingCase) -> str:
    data = {
        "row": row_record(case.row),
        "events": [
            {
                "at": e.at,
                "enumerator": e.enumerator,
                "kind": e.kind,
                "path": e.path,
                "value": e.value,
            }
            for e in case.events
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def case_from_json(text: str) -> IncomingCase:
    data: Mapping[str, Any] = json.loads(text)
    row = row_from_record(data["row"])
    events = [
        Event(0, row.uuid, e["at"], e["enumerator"], e["kind"], e["path"], e["value"])
        for e in data["events"]
    ]
    return IncomingCase(row, events)


# -- writing (inside the caller's transaction) -------------------------------------------------
def insert_case(connection: sqlite3.Connection, row: CaseRow) -> None:
    """The case row exactly as given (status, dates, enumerator, comment, error count)."""
    connection.execute(
        f"INSERT INTO cases ({CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.uuid,
            row.key.country,
            row.key.round,
            row.key.cluster,
            row.key.household,
            row.form_id,
            row.form_version,
            row.status,
            row.created_at,
            row.updated_at,
            row.enumerator_id,
            row.n_errors,
            row.comment,
        ),
    )


def append_events(
    connection: sqlite3.Connection, case_uuid: str, events: Sequence[EventLike]
) -> int:
    """Append events under new local seqs; returns the case's last seq afterwards."""
    connection.executemany(
        "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (case_uuid, e.at, e.enumerator, e.kind, e.path, json.dumps(e.value, ensure_ascii=False))
            for e in events
        ],
    )
    return last_seq(connection, case_uuid)


def update_row(connection: sqlite3.Connection, row: CaseRow) -> None:
    """What a newer version of a case changes in its row: status, update time, comment and
    error count (its key, form and creation do not change)."""
    connection.execute(
        "UPDATE cases SET status = ?, updated_at = ?, comment = ?, n_errors = ? WHERE uuid = ?",
        (row.status, row.updated_at, row.comment, row.n_errors, row.uuid),
    )


def drop_history(connection: sqlite3.Connection, case_uuid: str) -> None:
    """Remove a case's events and its (derived) snapshot, keeping the case row."""
    connection.execute("DELETE FROM snapshots WHERE case_uuid = ?", (case_uuid,))
    connection.execute("DELETE FROM events WHERE case_uuid = ?", (case_uuid,))


def remove_case(connection: sqlite3.Connection, case_uuid: str) -> None:
    """Remove a case altogether: events, snapshot, origin, its files and row (a file no other
    case names goes too)."""
    drop_history(connection, case_uuid)
    connection.execute("DELETE FROM case_origins WHERE case_uuid = ?", (case_uuid,))
    connection.execute("DELETE FROM case_attachments WHERE case_uuid = ?", (case_uuid,))
    connection.execute(
        "DELETE FROM attachments WHERE sha256 NOT IN (SELECT sha256 FROM case_attachments)"
    )
    connection.execute("DELETE FROM cases WHERE uuid = ?", (case_uuid,))


def set_origin(
    connection: sqlite3.Connection, case_uuid: str, package_id: str, digest: str, seq: int
) -> None:
    """Where a case's current version came from, and its last local seq right after."""
    connection.execute(
        "INSERT OR REPLACE INTO case_origins (case_uuid, package_id, events_digest, last_seq) "
        "VALUES (?, ?, ?, ?)",
        (case_uuid, package_id, digest, seq),
    )
