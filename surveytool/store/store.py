"""The local store: one SQLite file per workstation; every answer is an event committed at once.

WAL journal with ``synchronous=FULL``: when ``record_answer`` returns, the answer survives
a killed process or a power cut. Events are never updated or deleted; a case's current
answers are the replay of its events, sped up by a snapshot that is only ever derived.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import uuid as uuids
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from surveytool.common.errors import Location
from surveytool.store.errors import (
    CASE_EXISTS,
    IN_THE_WAY,
    NEWER,
    NO_CASE,
    NO_SCHEMA,
    NO_STORE,
    READ_ONLY,
    UNKNOWN_STATUS,
    UNUSABLE,
    UNWRITABLE,
    StoreError,
    StoreUnusable,
)
from surveytool.store.lock import WriterLock
from surveytool.store.recognise import recognise
from surveytool.store.schema import NewerSchema, migrate
from surveytool.store.statuses import (
    ENUMERATOR,
    STATUSES,
    edit_refusal,
    refusal,
)

ROSTER_KINDS = ("add", "remove", "move")
EDIT_KINDS = frozenset({"set", *ROSTER_KINDS})


@dataclass(frozen=True, slots=True)
class SurveyKey:
    """Identity of a household across the survey: country, round, cluster, household number."""

    country: str
    round: str
    cluster: str
    household: int

    def __str__(self) -> str:
        return f"{self.country}-{self.round}-{self.cluster}-{self.household}"


@dataclass(frozen=True, slots=True)
class CaseRow:
    uuid: str
    key: SurveyKey
    form_id: str
    form_version: str
    status: str
    created_at: str
    updated_at: str
    enumerator_id: str
    n_errors: int
    comment: str
    name: str = ""  # the form's instance_name for this case, as last saved ("" if none)


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    case_uuid: str
    at: str
    enumerator: str
    kind: str  # set | add | remove | move | status
    path: str
    value: object


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("surveytool", appauthor=False) / "surveytool.sqlite"


class Store:
    """Open with ``Store.open(path)``; use as a context manager so the lock is released.

    One connection per thread, never shared: the thread that opened the store owns the first,
    any other thread (a background job) gets its own on first use. Every write goes through
    this object and takes its write lock, so writes from a job and from the UI thread queue up
    instead of failing with "database is locked"; reads never wait for it (WAL).
    """

    def __init__(self, path: Path, readonly: bool, lock: WriterLock | None) -> None:
        self.path = path
        self.readonly = readonly
        self._lock = lock
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()  # protects the list of connections
        self._write_lock = threading.RLock()  # one writer at a time, across threads

    @classmethod
    def open(cls, path: str | Path | None = None, *, readonly: bool = False) -> Store:
        """The store at ``path`` (default: the user data folder), created when new.

        A file that is not a store of ours, is damaged or is of a newer schema is refused
        (``StoreUnusable``) before anything is written: not a byte of it changes and nothing
        is left beside it (``recognise``). A refusal the user can act on is never an OSError:
        a folder that cannot be written in is named in the message."""
        path = Path(path) if path is not None else default_path()
        where = Location(str(path))
        if readonly and not path.is_file():
            raise StoreError(NO_STORE, where)
        found = recognise(path)
        if readonly:
            if found == 0:
                raise StoreError(NO_SCHEMA, where)
            return cls(path, True, None)
        store = cls(path, False, _writer_lock(path))
        try:
            migrate(store.connection)
        except NewerSchema as error:  # recognised as ours a moment ago: a newer one wrote since
            store.close()
            raise StoreUnusable(NEWER, where, found=error.found, known=error.known) from error
        except sqlite3.DatabaseError as error:
            store.close()
            raise StoreUnusable(UNUSABLE, where, error=str(error)) from error
        except BaseException:
            store.close()
            raise
        return store

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's own connection (opened on first use)."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = _connect(self.path, self.readonly)
            self._local.connection = connection
            with self._guard:
                self._connections.append(connection)
        return connection

    def release_thread(self) -> None:
        """Close the calling thread's connection: a background job calls this when it ends."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            self._local.connection = None
            with self._guard:
                self._connections.remove(connection)
            connection.close()

    def close(self) -> None:
        """Close the connections and release the writer lock.

        A connection may only be closed by its own thread; one left by a job that did not
        call ``release_thread`` is dropped and closed when it is collected."""
        with self._guard:
            connections, self._connections = self._connections, []
        for connection in connections:
            with suppress(sqlite3.ProgrammingError):  # another thread's: not ours to close
                connection.close()
        self._local = threading.local()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing, and one writer at a time (used for every write)."""
        with self._write_lock:
            connection = self.connection
            if connection.in_transaction:  # nested: the outer transaction decides
                yield connection
                return
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    # -- cases ----------------------------------------------------------------------------
    def create_case(
        self,
        form_id: str,
        form_version: str,
        key: SurveyKey,
        enumerator_id: str,
        case_uuid: str | None = None,
        at: str | None = None,
    ) -> str:
        case_uuid = case_uuid or str(uuids.uuid4())
        stamp = at or now()
        try:
            with self.transaction() as connection:
                connection.execute(
                    "INSERT INTO cases (uuid, form_id, form_version, country, round, cluster, "
                    "household, status, created_at, updated_at, enumerator_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)",
                    (
                        case_uuid,
                        form_id,
                        form_version,
                        key.country,
                        key.round,
                        key.cluster,
                        key.household,
                        stamp,
                        stamp,
                        enumerator_id,
                    ),
                )
        except sqlite3.IntegrityError as error:
            raise StoreError(CASE_EXISTS, key=key) from error
        return case_uuid

    def case(self, case_uuid: str) -> CaseRow:
        row = self.connection.execute(
            f"SELECT {_LIST_COLUMNS} FROM cases WHERE uuid = ?", (case_uuid,)
        ).fetchone()
        if row is None:
            raise StoreError(NO_CASE, case=case_uuid)
        return _case_row(row)

    def cases(
        self, *, status: str | None = None, search: str = "", limit: int = -1, offset: int = 0
    ) -> list[CaseRow]:
        where, params = _filters(status, search)
        rows = self.connection.execute(
            f"SELECT {_LIST_COLUMNS} FROM cases {where} "
            "ORDER BY country, round, cluster, household LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [_case_row(row) for row in rows]

    def count_cases(self, *, status: str | None = None, search: str = "") -> int:
        where, params = _filters(status, search)
        return int(
            self.connection.execute(f"SELECT count(*) FROM cases {where}", params).fetchone()[0]
        )

    # -- events -----------------------------------------------------------------------------
    def record_answer(self, case_uuid: str, path: str, value: object, enumerator: str) -> int:
        """Append one answer event; when this returns, the answer is on disk."""
        return self._append(case_uuid, "set", path, value, enumerator)

    def record_roster(
        self,
        case_uuid: str,
        kind: str,
        repeat: str,
        instance: int,
        enumerator: str,
        position: int | None = None,
    ) -> int:
        if kind not in ROSTER_KINDS:
            raise ValueError(f"roster event kind must be one of {ROSTER_KINDS}")
        return self._append(case_uuid, kind, f"{repeat}#{instance}", position, enumerator)

    def record_justification(
        self, case_uuid: str, rule: str, line_no: str | None, note: str, who: str
    ) -> int:
        """The office accepts a warning with a reason; the report carries it forward."""
        value = {"position": line_no, "note": note}
        return self._append(case_uuid, "justify", rule, value, who)

    def justifications(self) -> dict[tuple[str, str, str | None], str]:
        """(case uuid, rule, line_no) -> note, for every warning the office justified."""
        rows = self.connection.execute(
            "SELECT case_uuid, path, value FROM events WHERE kind = 'justify' ORDER BY seq"
        ).fetchall()
        found = {}
        for case_uuid, rule, value in rows:
            data = json.loads(value)
            found[(case_uuid, rule, data.get("position"))] = data.get("note", "")
        return found

    def _append(self, case_uuid: str, kind: str, path: str, value: object, who: str) -> int:
        """One event; an edit (answer or roster) is refused unless the case can be edited,
        and the first edit of a new or rejected case opens it (a status event of its own)."""
        stamp = now()
        with self.transaction() as connection:
            row = connection.execute(
                "SELECT status, comment FROM cases WHERE uuid = ?", (case_uuid,)
            ).fetchone()
            if row is None:
                raise StoreError(NO_CASE, case=case_uuid)
            status, comment = row
            if kind in EDIT_KINDS:
                refused = edit_refusal(status)
                if refused is not None:
                    raise refused
                if status != "in_progress":  # the office's reason stays readable until complete
                    kept = comment if status == "rejected" else ""
                    self._insert_status(
                        connection, case_uuid, status, "in_progress", kept, who, stamp
                    )
            cursor = connection.execute(
                "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (case_uuid, stamp, who, kind, path, json.dumps(value, ensure_ascii=False)),
            )
            connection.execute("UPDATE cases SET updated_at = ? WHERE uuid = ?", (stamp, case_uuid))
        return int(cursor.lastrowid or 0)

    def events(self, case_uuid: str, after: int = 0) -> list[Event]:
        rows = self.connection.execute(
            "SELECT seq, case_uuid, at, enumerator, kind, path, value FROM events "
            "WHERE case_uuid = ? AND seq > ? ORDER BY seq",
            (case_uuid, after),
        ).fetchall()
        return [
            Event(seq, case, at, who, kind, path, json.loads(value) if value is not None else None)
            for seq, case, at, who, kind, path, value in rows
        ]

    # -- statuses -----------------------------------------------------------------------------
    def set_status(
        self, case_uuid: str, status: str, who: str, comment: str = "", *, role: str = ENUMERATOR
    ) -> None:
        """Move a case to ``status`` as ``role`` would; refused (``StatusRefused``) unless
        ``statuses.ALLOWED`` lets that role make the move (with a comment where one is due)."""
        if status not in STATUSES:
            raise StoreError(UNKNOWN_STATUS, status=status)
        with self.transaction() as connection:
            current = self.case(case_uuid).status
            refused = refusal(current, status, role, comment)
            if refused is not None:
                raise refused
            self._insert_status(connection, case_uuid, current, status, comment, who, now())

    def _insert_status(
        self,
        connection: sqlite3.Connection,
        case_uuid: str,
        old: str,
        new: str,
        comment: str,
        who: str,
        stamp: str,
    ) -> None:
        value = json.dumps({"from": old, "to": new, "comment": comment}, ensure_ascii=False)
        connection.execute(
            "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
            "VALUES (?, ?, ?, 'status', '', ?)",
            (case_uuid, stamp, who, value),
        )
        connection.execute(
            "UPDATE cases SET status = ?, comment = ?, updated_at = ? WHERE uuid = ?",
            (new, comment, stamp, case_uuid),
        )

    # -- snapshots ------------------------------------------------------------------------------
    def save_snapshot(
        self,
        case_uuid: str,
        last_seq: int,
        answers: Mapping[str, object],
        instances: Mapping[str, list[int]],
        n_errors: int,
        name: str | None = None,
    ) -> None:
        """``name``: the case's name (the form's instance_name), None to keep the one saved."""
        with self.transaction() as connection:
            write_snapshot(connection, case_uuid, last_seq, answers, instances, n_errors, name)

    def snapshot(self, case_uuid: str) -> tuple[int, dict[str, object], dict[str, list[int]]]:
        row = self.connection.execute(
            "SELECT last_seq, answers, instances FROM snapshots WHERE case_uuid = ?", (case_uuid,)
        ).fetchone()
        if row is None:
            return 0, {}, {}
        return row[0], json.loads(row[1]), json.loads(row[2])

    def integrity_check(self) -> str:
        return str(self.connection.execute("PRAGMA integrity_check").fetchone()[0])


def write_snapshot(
    connection: sqlite3.Connection,
    case_uuid: str,
    last_seq: int,
    answers: Mapping[str, object],
    instances: Mapping[str, list[int]],
    n_errors: int,
    name: str | None = None,
) -> None:
    """Replace a case's derived snapshot (inside the caller's transaction); ``name`` None
    keeps the case's name as it is (a replay that knows no form)."""
    connection.execute(
        "INSERT OR REPLACE INTO snapshots (case_uuid, last_seq, answers, instances) "
        "VALUES (?, ?, ?, ?)",
        (case_uuid, last_seq, json.dumps(answers, ensure_ascii=False), json.dumps(instances)),
    )
    connection.execute(
        "UPDATE cases SET n_errors = ?, name = COALESCE(?, name) WHERE uuid = ?",
        (n_errors, name, case_uuid),
    )


_CASE_COLUMNS = (
    "uuid, country, round, cluster, household, form_id, form_version, status, created_at, "
    "updated_at, enumerator_id, n_errors, comment"
)
#: what the case list reads: the row, and the case's name (kept here, not sent in packages)
_LIST_COLUMNS = f"{_CASE_COLUMNS}, name"


def _case_row(row: Sequence[Any]) -> CaseRow:
    """A ``_CASE_COLUMNS`` or ``_LIST_COLUMNS`` row; sqlite3 types its values only at run time
    (as the schema says)."""
    key = SurveyKey(str(row[1]), str(row[2]), str(row[3]), int(row[4]))
    return CaseRow(str(row[0]), key, *row[5:])


def _filters(status: str | None, search: str) -> tuple[str, tuple[object, ...]]:
    clauses, params = [], []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if search:
        clauses.append(
            "((country || '-' || round || '-' || cluster || '-' || household) LIKE ? "
            "OR name LIKE ?)"
        )
        params += [f"%{search}%", f"%{search}%"]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)


def _writer_lock(path: Path) -> WriterLock:
    """The first writes of an open: the store's folder and the lock file beside the store."""
    where = Location(str(path))
    if path.is_file() and not os.access(path, os.W_OK):
        raise StoreUnusable(READ_ONLY, where)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WriterLock(path)
        lock.acquire()
    except (FileExistsError, NotADirectoryError) as error:  # "File exists" would puzzle
        raise StoreUnusable(UNWRITABLE, where, folder=path.parent, reason=IN_THE_WAY) from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreUnusable(UNWRITABLE, where, folder=path.parent, reason=reason) from error
    return lock


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection for the calling thread only (sqlite3 checks that it stays there)."""
    if readonly:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    else:
        connection = sqlite3.connect(path, isolation_level=None)
    try:
        _configure(connection, readonly)
    except sqlite3.DatabaseError:
        connection.close()
        raise
    return connection


def _configure(connection: sqlite3.Connection, readonly: bool) -> None:
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
