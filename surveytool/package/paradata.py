"""A batch's cases and their events as JSON Lines: what an import replays, byte for byte.

The level CSVs of a package are for people and for validation; the events are the case (the
store's answers are the replay of its events). They travel as JSON Lines rather than CSV
because CSV would have to make text inert for spreadsheets (``common.cells``), which changes
it, and an import must get back exactly what was entered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.store import CaseRow, Event
from surveytool.store.exchange.cases import row_from_record, row_record

CASES = "paradata/cases.jsonl"
EVENTS = "paradata/events.jsonl"

_BAD_LINE = message(
    "package.paradata.bad_line", "this line is not a case or an event of a batch: {error}"
)
_UNKNOWN_CASE = message(
    "package.paradata.unknown_case", "an event of case {case}, which the package does not list"
)


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode() + b"\n"


def event_record(event: Event) -> dict[str, Any]:
    return {
        "case_uuid": event.case_uuid,
        "at": event.at,
        "enumerator": event.enumerator,
        "kind": event.kind,
        "path": event.path,
        "value": event.value,
    }


def cases_bytes(rows: Iterable[CaseRow]) -> bytes:
    return b"".join(_line(row_record(row)) for row in rows)


def events_bytes(events: Iterable[Event]) -> bytes:
    return b"".join(_line(event_record(event)) for event in events)


def read_cases(data: bytes, where: str) -> list[CaseRow]:
    rows = []
    for number, record in _records(data, where):
        try:
            rows.append(row_from_record(record))
        except (KeyError, TypeError, ValueError) as error:
            raise UserError(_BAD_LINE, Location(where, row=number), error=repr(error)) from error
    return rows


def read_events(data: bytes, where: str, cases: Sequence[CaseRow]) -> dict[str, list[Event]]:
    """Each listed case's events, in the package's order (seq is the line number)."""
    found: dict[str, list[Event]] = {row.uuid: [] for row in cases}
    for number, record in _records(data, where):
        try:
            event = Event(
                number,
                str(record["case_uuid"]),
                str(record["at"]),
                str(record["enumerator"]),
                str(record["kind"]),
                str(record["path"]),
                record["value"],
            )
        except (KeyError, TypeError) as error:
            raise UserError(_BAD_LINE, Location(where, row=number), error=repr(error)) from error
        if event.case_uuid not in found:
            raise UserError(_UNKNOWN_CASE, Location(where, row=number), case=event.case_uuid)
        found[event.case_uuid].append(event)
    return found


def _records(data: bytes, where: str) -> Iterable[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line:
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise UserError(_BAD_LINE, Location(where, row=number), error=str(error)) from error
        if not isinstance(record, dict):
            raise UserError(_BAD_LINE, Location(where, row=number), error="not an object")
        yield number, record
