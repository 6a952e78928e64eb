"""Cases -> flat tables: one row per household, one per roster member (and per other repeat).

This layout is the contract the validator, the exports and the merge read: columns named
as the form's variables, typed (nullable Int64 and Float64, text as ``str``), select_multiple
as space-separated codes, and irrelevant answers empty, exactly as the interview engine
sees them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

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
    """``{"households": ..., "persons": ..., <other repeats>: ...}`` for the given cases."""
    repeats = [r.name for r in form.repeats()]
    household_questions = columns_of(form, None)
    repeat_questions = {name: columns_of(form, name) for name in repeats}
    rows: dict[str, list[dict[str, object]]] = {"households": [], **{r: [] for r in repeats}}
    for case in cases:
        interview = case.interview
        household = {"case_uuid": case.case_uuid, "status": case.status}
        household.update({q.name: interview.value(Address(q.name)) for q in household_questions})
        rows["households"].append(household)
        hh_id = household.get("hh_id")
        for repeat in repeats:
            for uid in interview.instances(repeat):
                row: dict[str, object] = {"case_uuid": case.case_uuid, "hh_id": hh_id}
                row.update(
                    {
                        q.name: interview.value(Address(q.name, repeat, uid))
                        for q in repeat_questions[repeat]
                    }
                )
                rows[repeat].append(row)
    tables = {"households": _frame(rows["households"], household_questions, list(KEY_COLUMNS))}
    for repeat in repeats:
        tables[repeat] = _frame(rows[repeat], repeat_questions[repeat], ["case_uuid", "hh_id"])
    return tables


def _frame(
    rows: list[dict[str, object]], questions: list[Question], keys: list[str]
) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for key in keys:
        data[key] = pd.Series([row.get(key) for row in rows], dtype="str")
    for question in questions:
        values = [row.get(question.name) for row in rows]
        data[question.name] = pd.Series(values, dtype=dtype_of(question, values))
    frame = pd.DataFrame(data)
    if "line_no" in frame.columns:  # the person key right after the household key
        frame.insert(2, "line_no", frame.pop("line_no"))
    return frame


def dtype_of(question: Question, values: list[object]) -> str:
    kind = question.type
    if kind == "integer":
        return "Int64"
    if kind == "decimal":
        return "Float64"
    if kind == "calculate":
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
            return "Int64" if all(float(v).is_integer() for v in present) else "Float64"
    return "str"
