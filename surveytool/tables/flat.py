"""Cases -> flat tables: one per level of the form (a row per household, per member, ...).

This layout is the contract the validator, the exports and the merge read: columns named
as the form's variables, typed (nullable Int64 and Float64, text as ``str``), select_multiple
as space-separated codes, and irrelevant answers empty, exactly as the interview engine
sees them.

A repeat inside a repeat (a member's trips) has its table too, one row per trip, keyed by
all its ancestors: the case's uuid, the root key, each enclosing record's position column
and its own (``Level.lines``; a column the form does not calculate is made here).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from surveytool.form.answer_types import RangeSpec
from surveytool.form.levels import Level, levels
from surveytool.form.model import Form, Question
from surveytool.interview import Address, Interview

KEY_COLUMNS = ("case_uuid", "status")


@dataclass(frozen=True, slots=True)
class CaseData:
    case_uuid: str
    status: str
    interview: Interview


def columns_of(form: Form, repeat: str | None) -> list[Question]:
    """The questions that become columns at one level: everything but notes."""
    return [q for q in form.questions() if q.repeat == repeat and q.type != "note"]


def flatten(form: Form, cases: Iterable[CaseData]) -> dict[str, pd.DataFrame]:
    """One table per level of the form, named after it (``levels(form)``): the root's rows
    carry the case's uuid and status, every other level's rows the case's uuid and the root
    key, then the position columns of its enclosing records (nested levels), then its own
    position column, then its questions."""
    root, below = levels(form)[0], levels(form)[1:]
    root_questions = columns_of(form, None)
    questions = {level.table: columns_of(form, level.repeat) for level in below}
    rows: dict[str, list[dict[str, object]]] = {level.table: [] for level in levels(form)}
    for case in cases:
        interview = case.interview
        record: dict[str, object] = {"case_uuid": case.case_uuid, "status": case.status}
        record.update({q.name: interview.value(Address(q.name)) for q in root_questions})
        rows[root.table].append(record)
        key = {root.key: record.get(root.key)} if root.key else {}
        for level in below:
            assert level.repeat is not None
            if level.lines:
                rows[level.table] += _nested_rows(case, level, questions[level.table], key)
                continue
            for uid in interview.instances(level.repeat):
                row: dict[str, object] = {"case_uuid": case.case_uuid, **key}
                row.update(
                    {
                        q.name: interview.value(Address(q.name, level.repeat, uid))
                        for q in questions[level.table]
                    }
                )
                rows[level.table].append(row)
    tables = {root.table: _frame(rows[root.table], root_questions, list(KEY_COLUMNS), None)}
    for level in below:
        keys = ["case_uuid", *([root.key] if root.key else [])]
        tables[level.table] = _frame(rows[level.table], questions[level.table], keys, level)
    return tables


def _nested_rows(
    case: CaseData, level: Level, questions: list[Question], key: dict[str, object]
) -> list[dict[str, object]]:
    """The rows of a level inside or holding another: every instance path of its repeat,
    with the position of each enclosing record and its own (``level.lines``)."""
    interview = case.interview
    assert level.repeat is not None
    chain = (*interview.graph.chain[level.repeat], level.repeat)
    found = []
    for uids in interview.rosters.paths(chain):
        row: dict[str, object] = {"case_uuid": case.case_uuid, **key}
        for depth, column in enumerate(level.lines):
            if depth < len(level.lines) - 1 or column == level.made_line:
                ids = interview.rosters.of(chain[depth], uids[:depth])
                row[column] = ids.index(uids[depth]) + 1
        path = tuple(zip(chain, uids, strict=True))
        row.update({q.name: interview.value(Address.at(q.name, path)) for q in questions})
        found.append(row)
    return found


def _frame(
    rows: list[dict[str, object]],
    questions: list[Question],
    keys: list[str],
    level: Level | None,
) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for key in keys:
        data[key] = pd.Series([row.get(key) for row in rows], dtype="str")
    own = {q.name for q in questions}
    for line in level.lines if level is not None else ():
        if line not in own:  # an enclosing record's position, or one made for this level
            data[line] = pd.Series([row.get(line) for row in rows], dtype="Int64")
    for question in questions:
        values = [row.get(question.name) for row in rows]
        data[question.name] = pd.Series(values, dtype=dtype_of(question, values))
    frame = pd.DataFrame(data)
    position = level.position if level is not None else None
    if position is not None and position in frame.columns:  # right after the keys and lines
        frame.insert(len(data) - len(questions), position, frame.pop(position))
    return frame


def dtype_of(question: Question, values: list[object]) -> str:
    kind = question.type
    if kind == "range":  # whole unless its start or step has a fraction
        kind = "integer" if RangeSpec.of(dict(question.parameters)).whole else "decimal"
    if kind == "integer":
        return "Int64"
    if kind == "decimal":
        return "Float64"
    if kind == "calculate":
        present = [v for v in values if v is not None]
        numbers = [v for v in present if isinstance(v, int | float) and not isinstance(v, bool)]
        if present and len(numbers) == len(present):
            return "Int64" if all(float(v).is_integer() for v in numbers) else "Float64"
    return "str"
