"""Write a whole case in one transaction: demo data and (later) imported batches.

All or nothing: a failure leaves the store as it was, never half a household.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from surveytool.store.store import Store, SurveyKey, write_snapshot

#: (time, kind, path, value) as recorded by the interview that produced the case
EventRow = tuple[str, str, str, object]


def write_case(
    store: Store,
    *,
    form_id: str,
    form_version: str,
    key: SurveyKey,
    enumerator: str,
    events: Sequence[EventRow],
    statuses: Sequence[tuple[str, str]],  # (time, new status), in order
    snapshot: tuple[Mapping[str, object], Mapping[str, list[int]], int] | None = None,
) -> str:
    with store.transaction() as connection:
        created = events[0][0] if events else statuses[0][0]
        case_uuid = store.create_case(form_id, form_version, key, enumerator, at=created)
        rows: list[tuple[str, int, str, str, str]] = []  # (time, order, kind, path, value)
        current = "new"
        for at, status in statuses:
            value = json.dumps({"from": current, "to": status, "comment": ""})
            # a status opens (in_progress) before the answers at its time, closes after them
            rows.append((at, 0 if status == "in_progress" else 2, "status", "", value))
            current = status
        rows += [
            (at, 1, kind, path, json.dumps(value, ensure_ascii=False))
            for at, kind, path, value in events
        ]
        rows.sort(key=lambda row: (row[0], row[1]))  # stable: answers keep their order
        connection.executemany(
            "INSERT INTO events (case_uuid, at, enumerator, kind, path, value) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(case_uuid, at, enumerator, kind, path, value) for at, _, kind, path, value in rows],
        )
        last = events[-1][0] if events else created
        connection.execute(
            "UPDATE cases SET status = ?, updated_at = ? WHERE uuid = ?", (current, last, case_uuid)
        )
        if snapshot is not None:
            answers, instances, n_errors = snapshot
            last_seq = connection.execute("SELECT max(seq) FROM events").fetchone()[0]
            write_snapshot(connection, case_uuid, last_seq, answers, instances, n_errors)
    return case_uuid
