"""Form + rules -> one pandera ``DataFrameSchema`` per level, every check named and serialisable.

Checks are registered pandera check methods (``expression_holds``, ``codes_in_list``)
whose parameters are data, so ``schema.to_yaml()`` writes them out for other pipelines
(which need surveytool installed to evaluate the expressions). During a run, the runner
gives each check the shared expression ``Table`` of its level (column conversions are done
once per column, and household checks can aggregate the persons).

Checks judge blanks themselves (``${x} = '' or ...``), so pandera's ``ignore_na`` is off: on
the one-column frame of row numbers it would only OR a null test into every check's result,
measured at 1.3 ms a check on a million rows (0.55 s for the module's 430 checks).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import extensions

from surveytool.expr import Table
from surveytool.form.answer_types import RangeSpec
from surveytool.form.levels import levels
from surveytool.form.model import Form, Question
from surveytool.validate.checks import CheckSpec, form_checks
from surveytool.validate.rules import RuleSet

#: the Table of the frame being validated, set by the runner (one per level)
ACTIVE_TABLES: ContextVar[dict[str, Table]] = ContextVar("active_tables", default={})  # noqa: B039


def _active_table(frame: pd.DataFrame) -> Table:
    """The runner's table for this frame's rows, or a fresh one in someone else's pipeline.

    The runner validates a one-column frame of row numbers (pandera then post-processes one
    column per check, not hundreds) while the checks read the full table."""
    active = ACTIVE_TABLES.get().get("current")
    if active is not None and active.frame.index.equals(frame.index):
        return active
    return Table(frame)


_Check = TypeVar("_Check", bound=Callable[..., pd.Series])


def _check_method(statistics: list[str]) -> Callable[[_Check], _Check]:
    """pandera's ``register_check_method``, typed: it registers the function and returns it
    unchanged, but has no annotations (a decorator mypy would call untyped)."""
    register: Callable[[_Check], _Check] = extensions.register_check_method(statistics=statistics)
    return register


@_check_method(statistics=["rule", "expression", "current"])
def expression_holds(frame: pd.DataFrame, *, rule: str, expression: str, current: str) -> pd.Series:
    """True where the XLSForm expression holds (``.`` is the column ``current``, if any)."""
    table = _active_table(frame)
    table.current = current or None
    try:
        return table.evaluate(expression).astype(bool)
    finally:
        table.current = None


@_check_method(statistics=["rule", "column", "codes", "multiple"])
def codes_in_list(
    frame: pd.DataFrame, *, rule: str, column: str, codes: list[str], multiple: bool
) -> pd.Series:
    """True where the column is empty or holds codes of the list (all of them, if multiple)."""
    values = _active_table(frame).frame[column]
    allowed = set(codes)

    def valid(value: object) -> bool:
        text = str(value)
        return all(t in allowed for t in text.split()) if multiple else text in allowed

    if isinstance(values.dtype, pd.CategoricalDtype):  # each distinct code judged once
        judged = np.append([valid(v) for v in values.cat.categories], True)  # -1: blank
        return pd.Series(judged[values.cat.codes.to_numpy()], index=values.index)
    distinct = {v: valid(v) for v in values.dropna().unique()}
    return values.isna() | values.map(distinct).eq(True)


def all_checks(form: Form, rules: RuleSet | None, with_form: bool = True) -> list[CheckSpec]:
    specs = form_checks(form) if with_form else []
    for rule in rules.rules if rules else ():
        if rule.expression is not None:
            specs.append(
                CheckSpec(
                    rule.id,
                    rule.level,
                    rule.severity,
                    rule.expression,
                    rule.variables,
                    rule.message,
                )
            )
    return specs


def build_schemas(
    form: Form, rules: RuleSet | None, with_form: bool = True
) -> dict[str, pa.DataFrameSchema]:
    """One schema per level of the form, by level name: columns typed, checks named.

    ``with_form=False`` keeps only the rules' checks (for benchmarks and focused runs)."""
    specs = all_checks(form, rules, with_form)
    schemas = {}
    for level_of in levels(form):
        repeat, level = level_of.repeat, level_of.name
        columns = {}
        checks = []
        for question in form.questions():
            if question.repeat != repeat or question.type == "note":
                continue
            columns[question.name] = pa.Column(_dtype(question), nullable=True, required=False)
            choice_list = form.choices_for(question)
            if with_form and choice_list is not None and question.is_select:
                checks.append(
                    pa.Check.codes_in_list(
                        rule=f"{question.name}.choice",
                        column=question.name,
                        codes=list(choice_list.values()),
                        multiple=question.type == "select_multiple",
                        ignore_na=False,
                    )
                )
        for spec in specs:
            if spec.level == level:
                checks.append(
                    pa.Check.expression_holds(
                        rule=spec.id,
                        expression=spec.expression,
                        current=spec.current or "",
                        ignore_na=False,
                    )
                )
        schemas[level] = pa.DataFrameSchema(columns, checks=checks, name=level, strict=False)
    return schemas


def _dtype(question: Question) -> str:
    if question.type == "range":  # whole unless its start or step has a fraction
        return "Int64" if RangeSpec.of(dict(question.parameters)).whole else "Float64"
    return {"integer": "Int64", "decimal": "Float64"}.get(question.type, "str")
