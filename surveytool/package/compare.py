"""Two versions of one case side by side: what the officer reads to resolve a conflict.

Both versions are rebuilt from their events, as an import or the office workspace would open
them, and flattened to the form's tables, so the comparison speaks the form's variables and
records (a member by its position column), never event paths.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from surveytool.casework import replay
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.interview import Interview
from surveytool.store import Event
from surveytool.tables import CaseData, flatten


@dataclass(frozen=True, slots=True)
class Difference:
    level: str  # the level's name (household, person, ...)
    record: str  # the record within the case: "" for the root, else its position ("2")
    variable: str
    ours: object  # None when blank or absent
    theirs: object


def case_tables(form: Form, events: list[Event], status: str = "") -> dict[str, pd.DataFrame]:
    """One case's flat tables, rebuilt from its events."""
    answers, instances = replay(events)
    interview = Interview.restore(form, answers, instances)
    uuid = events[0].case_uuid if events else ""
    return flatten(form, [CaseData(uuid, status, interview)])


def compare(form: Form, ours: list[Event], theirs: list[Event]) -> list[Difference]:
    """Every variable whose value differs between the two versions, level by level, records
    matched by their position (a member present in one version only differs on every
    variable)."""
    mine, other = case_tables(form, ours), case_tables(form, theirs)
    found: list[Difference] = []
    for level in levels(form):
        a, b = mine[level.table], other[level.table]
        # a record is named by its line, inside another repeat by each enclosing line then
        # its own ("2.1": member 2's first trip), as the batch reports locate it
        lines = level.lines if level.lines else (level.position,) if level.position else ()
        skip = {"case_uuid", "status", level.key, *lines} - {""}
        rows_a = _records(a, lines)
        rows_b = _records(b, lines)
        for record in sorted(set(rows_a) | set(rows_b), key=_order):
            left, right = rows_a.get(record, {}), rows_b.get(record, {})
            for variable in a.columns:
                if variable in skip:
                    continue
                x, y = _plain(left.get(variable)), _plain(right.get(variable))
                if x != y:
                    found.append(Difference(level.name, record, str(variable), x, y))
    return found


def _records(table: pd.DataFrame, lines: tuple[str, ...]) -> dict[str, dict[str, object]]:
    records = [
        {str(name): value for name, value in row.items()} for row in table.to_dict(orient="records")
    ]
    if not lines:
        return {"": records[0]} if records else {}
    return {".".join(str(_plain(row.get(line))) for line in lines): row for row in records}


def _plain(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    try:
        if pd.isna(value):  # type: ignore[call-overload]
            return None
    except (TypeError, ValueError):
        pass
    return value


def _order(record: str) -> tuple[tuple[int, ...], str]:
    parts = record.split(".")
    if all(part.isdigit() for part in parts):
        return tuple(int(part) for part in parts), ""
    return (10**9,), record
