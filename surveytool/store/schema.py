"""The store's schema as numbered forward migrations; ``PRAGMA user_version`` says where a file is.

Never edit a migration that has shipped: add the next one. Opening an older file applies
the missing ones in one transaction each, so a crash mid-migration leaves the old version.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: cases and their answer events (first release)
    """
    CREATE TABLE cases (
        uuid TEXT PRIMARY KEY,
        form_id TEXT NOT NULL,
        form_version TEXT NOT NULL,
        country TEXT NOT NULL,
        round TEXT NOT NULL,
        cluster TEXT NOT NULL,
        household INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'new',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (country, round, cluster, household)
    );
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        case_uuid TEXT NOT NULL REFERENCES cases(uuid),
        at TEXT NOT NULL,
        enumerator TEXT NOT NULL,
        kind TEXT NOT NULL,
        path TEXT NOT NULL,
        value TEXT
    );
    CREATE INDEX events_by_case ON events (case_uuid, seq);
    """,
    # 2: snapshots (derived, for fast opening), error counts and comments on cases
    """
    ALTER TABLE cases ADD COLUMN enumerator_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE cases ADD COLUMN n_errors INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cases ADD COLUMN comment TEXT NOT NULL DEFAULT '';
    CREATE TABLE snapshots (
        case_uuid TEXT PRIMARY KEY REFERENCES cases(uuid),
        last_seq INTEGER NOT NULL,
        answers TEXT NOT NULL,
        instances TEXT NOT NULL
    );
    CREATE INDEX cases_by_status ON cases (status, updated_at);
    """,
    # 3: a justification names the record's position within its case as "position" (it
    # said line_no, one survey's variable)
    """
    UPDATE events SET value = json_remove(
        json_set(value, '$.position', json_extract(value, '$.line_no')), '$.line_no')
    WHERE kind = 'justify' AND json_type(value, '$.line_no') IS NOT NULL;
    """,
    # 4: exchange packages. Enumerator side: the packages sent and the version of each case
    # they carried (a receipt removes a case only if it has not changed since). Office side:
    # the packages received (a replay is refused by id, a gap shows by sequence), every import
    # attempt, where each case came from, and conflicts keeping the incoming version beside
    # ours. sent_cases and conflicts name cases without a foreign key: they outlive the case.
    """
    CREATE TABLE packages_sent (
        package_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        digest TEXT NOT NULL,
        created_at TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',
        recipient TEXT NOT NULL DEFAULT '',
        receipt_at TEXT,
        UNIQUE (kind, sequence)
    );
    CREATE TABLE sent_cases (
        package_id TEXT NOT NULL REFERENCES packages_sent(package_id),
        case_uuid TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        events_digest TEXT NOT NULL,
        PRIMARY KEY (package_id, case_uuid)
    );
    CREATE INDEX sent_cases_by_case ON sent_cases (case_uuid, last_seq);
    CREATE TABLE packages_received (
        package_id TEXT PRIMARY KEY,
        digest TEXT NOT NULL,
        sender TEXT NOT NULL,
        kind TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        n_added INTEGER NOT NULL DEFAULT 0,
        n_same INTEGER NOT NULL DEFAULT 0,
        n_updated INTEGER NOT NULL DEFAULT 0,
        n_conflicts INTEGER NOT NULL DEFAULT 0,
        UNIQUE (sender, kind, sequence)
    );
    CREATE TABLE import_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        file TEXT NOT NULL,
        package_id TEXT,
        sender TEXT,
        verdict TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE case_origins (
        case_uuid TEXT PRIMARY KEY REFERENCES cases(uuid),
        package_id TEXT NOT NULL REFERENCES packages_received(package_id),
        events_digest TEXT NOT NULL,
        last_seq INTEGER NOT NULL
    );
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_uuid TEXT NOT NULL,
        package_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        incoming TEXT NOT NULL,
        incoming_digest TEXT NOT NULL,
        found_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT,
        resolved_by TEXT,
        local TEXT
    );
    CREATE INDEX conflicts_by_case ON conflicts (case_uuid, resolved_at);
    """,
    # 5: files attached to answers (image, audio, video, file questions): each content once,
    # by its sha256; a case names its files (the answer is the name, as in an ODK submission)
    """
    CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        content BLOB NOT NULL,
        added_at TEXT NOT NULL
    );
    CREATE TABLE case_attachments (
        case_uuid TEXT NOT NULL REFERENCES cases(uuid),
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES attachments(sha256),
        added_at TEXT NOT NULL,
        PRIMARY KEY (case_uuid, name)
    );
    """,
    # 6: a case's name (the form's instance_name setting, evaluated over its answers), kept
    # with the snapshot so that the case list shows and finds it without replaying the case
    """
    ALTER TABLE cases ADD COLUMN name TEXT NOT NULL DEFAULT '';
    """,
)

VERSION = len(MIGRATIONS)


class NewerSchema(sqlite3.DatabaseError):
    """The file was written by a newer surveytool: its schema is beyond what we know."""

    def __init__(self, found: int, known: int) -> None:
        self.found, self.known = found, known
        super().__init__(
            f"this store was written by a newer surveytool (schema {found}, we know {known})"
        )


def migrate(connection: sqlite3.Connection, target: int = VERSION) -> int:
    """Bring the file to ``target``; returns the version found before."""
    found = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if found > VERSION:
        raise NewerSchema(found, VERSION)
    for version in range(found + 1, target + 1):
        script = MIGRATIONS[version - 1]
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
