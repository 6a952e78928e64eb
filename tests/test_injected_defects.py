"""Defects injected into clean demo data: each is caught at error level, nothing else is.

Starting from a demo batch that validates with no error, the test damages one record per
household, for every single-field check the form defines (a value of the wrong type, a code
outside the choices, a required answer removed, an answer outside its universe, an answer
breaking its constraint) and adds, as households of their own, the failing record of every
error-level rule. Every damaged record must be reported with the expected check at error
level, and no household that was left alone may have an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest
from demo_batch import demo_batch, text_tables
from rule_cases import CASES
from test_rules import expected_check, record_id, tables_of

from surveytool.expr import EvalContext, Table, evaluate
from surveytool.form.levels import level_of_repeat
from surveytool.form.model import Form, Question
from surveytool.validate import validate_tables
from surveytool.validate.checks import ANSWERED, universe_of
from surveytool.validate.typed import join_households, typed_frame

#: values tried, in order, to break a numeric constraint with a value of the right type
BREAKERS = (-1, 0, 1_000_000, 9997, 13, 99, 200, 1800, 2200, 1)
WRONG_TYPE = {"integer": "12x", "decimal": "1,5x", "date": "2026-13-45"}
ANY_VALUE = {"integer": "1", "decimal": "1", "date": "2020-01-01", "text": "x"}


@dataclass(frozen=True)
class Injection:
    hh_id: str
    line_no: str | None  # None: a household field
    check: str
    column: str
    value: str | None


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[pd.DataFrame, pd.DataFrame]:
    return text_tables(demo_batch(tmp_path_factory.mktemp("injected"), households=600, seed=4))


class Planner:
    """Chooses, per check, one record of a household not damaged yet."""

    def __init__(self, form: Form, households: pd.DataFrame, persons: pd.DataFrame) -> None:
        self.form = form
        self.households, self.persons = households, persons
        typed_h, _ = typed_frame(form, households, None)
        typed_p, _ = typed_frame(form, persons, "persons")
        joined = join_households(typed_p, typed_h, key="hh_id")
        self.tables = {
            "household": Table(typed_h, children=typed_p, key="hh_id"),
            "person": Table(joined, position="line_no", children=typed_p, key="hh_id"),
        }
        self.rows = {"household": typed_h, "person": joined}
        self.used: set[str] = set()

    def truth(self, level: str, expression: str | None) -> np.ndarray:
        size = len(self.rows[level])
        if expression is None:
            return np.ones(size, dtype=bool)
        return self.tables[level].evaluate(expression).to_numpy(dtype=bool)

    def pick(self, level: str, mask: np.ndarray) -> int | None:
        hh_ids = self.rows[level]["hh_id"].astype(str).to_numpy()
        for row in np.flatnonzero(mask):
            if hh_ids[row] not in self.used:
                self.used.add(hh_ids[row])
                return int(row)
        return None

    def injection(self, level: str, row: int, check: str, column: str, value: str | None):
        record = self.rows[level].iloc[row]
        line = None if level == "household" else str(record["line_no"])
        return Injection(str(record["hh_id"]), line, check, column, value)

    def answers(self, level: str, row: int) -> dict[str, object]:
        record = self.rows[level].iloc[row]
        return {k: (None if pd.isna(v) else v) for k, v in record.items()}


def plan(form: Form, planner: Planner) -> Iterator[Injection]:
    for question in form.questions():
        level = level_of_repeat(form, question.repeat).name
        if level not in ("household", "person") or question.read_only:
            continue
        if question.type not in ANSWERED or question.name in ("hh_id", "line_no"):
            continue
        yield from _for_question(form, planner, level, question)


def _for_question(form: Form, planner: Planner, level: str, question: Question):
    name = question.name
    values = planner.rows[level][name]
    answered = values.notna().to_numpy()
    universe = planner.truth(level, universe_of(form, question))
    if question.type in WRONG_TYPE and (row := planner.pick(level, answered)) is not None:
        yield planner.injection(level, row, f"{name}.type", name, WRONG_TYPE[question.type])
    if form.choices_for(question) is not None and question.is_select:
        bad = "1 999" if question.type == "select_multiple" else "999"
        if (row := planner.pick(level, answered)) is not None:
            yield planner.injection(level, row, f"{name}.choice", name, bad)
    if question.required is not None:
        required = planner.truth(level, question.required.source)
        if (row := planner.pick(level, answered & universe & required)) is not None:
            yield planner.injection(level, row, f"{name}.required", name, None)
    if universe_of(form, question) is not None:
        choices = form.choices_for(question)
        filler = next(iter(choices.values())) if choices else ANY_VALUE.get(question.type, "1")
        if (row := planner.pick(level, ~answered & ~universe)) is not None:
            yield planner.injection(level, row, f"{name}.outside_universe", name, str(filler))
    if question.constraint is not None and question.type in ("integer", "decimal"):
        yield from _break_constraint(planner, level, question, answered)


def _break_constraint(planner: Planner, level: str, question: Question, answered: np.ndarray):
    hh_ids = planner.rows[level]["hh_id"].astype(str).to_numpy()
    free = [row for row in np.flatnonzero(answered) if hh_ids[row] not in planner.used]
    for row in free[:20]:
        answers = planner.answers(level, int(row))
        for value in BREAKERS:
            answers[question.name] = value
            holds = evaluate(question.constraint.source, answers, value, context=EvalContext())
            if not holds:
                planner.used.add(str(answers["hh_id"]))
                check = f"{question.name}.constraint"
                yield planner.injection(level, int(row), check, question.name, str(value))
                return


def damaged(households: pd.DataFrame, persons: pd.DataFrame, injections: list[Injection]):
    households, persons = households.copy(), persons.copy()
    for injection in injections:
        if injection.line_no is None:
            rows = households.index[households["hh_id"] == injection.hh_id]
            households.loc[rows, injection.column] = injection.value
        else:
            match = (persons["hh_id"] == injection.hh_id) & (
                persons["line_no"] == injection.line_no
            )
            persons.loc[persons.index[match], injection.column] = injection.value
    return households, persons


def test_every_injected_defect_is_caught_and_nothing_else(demo, form, rules):
    households, persons = demo
    clean = validate_tables(form, rules, households, persons)
    assert clean.errors == 0, [f for f in clean.failures if f.severity == "error"][:3]

    planner = Planner(form, households, persons)
    injections = list(plan(form, planner))
    kinds = Counter(i.check.rsplit(".", 1)[1] for i in injections)
    assert set(kinds) == {"type", "choice", "required", "outside_universe", "constraint"}
    assert len(injections) >= 250 and kinds["constraint"] >= 10, kinds

    error_rules = {r.id for r in rules.rules if r.severity == "error"}
    cases = {
        record_id(case, "fails"): case.fails
        for case in CASES
        if case.rule in error_rules and not case.fails.settings
    }
    case_households, case_persons = tables_of(cases)
    households, persons = damaged(households, persons, injections)
    households = pd.concat(
        [households, case_households.reindex(columns=households.columns)], ignore_index=True
    )
    persons = pd.concat([persons, case_persons.reindex(columns=persons.columns)], ignore_index=True)

    report = validate_tables(form, rules, households, persons)
    errors = [f for f in report.failures if f.severity == "error"]
    found = {(f.hh_id, f.line_no, f.rule) for f in errors}
    missed = [i for i in injections if (i.hh_id, i.line_no, i.check) not in found]
    assert not missed, f"{len(missed)} injected defects not reported, e.g. {missed[:5]}"
    flagged_cases = {(f.hh_id, f.rule) for f in errors}
    expected_cases = {(record_id(c, "fails"), expected_check(c)) for c in CASES}
    missed_rules = [
        pair for pair in expected_cases if pair[0] in cases and pair not in flagged_cases
    ]
    assert not missed_rules, missed_rules
    touched = planner.used | set(cases)
    assert {f.hh_id for f in errors} <= touched, "an error in a household left alone"


def test_the_planner_covers_most_single_field_checks(demo, form):
    """A guard on the test itself: most questions get each kind of defect they can have."""
    households, persons = demo
    injections = list(plan(form, Planner(form, households, persons)))
    typed = [q for q in form.questions() if q.type in WRONG_TYPE and q.repeat != "absentees"]
    covered = {i.column for i in injections if i.check.endswith(".type")}
    assert len(covered) >= 0.75 * len([q for q in typed if not q.read_only]), sorted(covered)
