"""Property tests for the expression engine: the vectorised evaluator agrees with the scalar one.

Contract: ``evaluate_table(expr, table, ...)`` row by row equals ``evaluate(expr, answers)``
where ``answers`` is that row (NaN/NA -> None, integer columns as int, float columns as
float) and the children column is the list of that row's children values.  Both sides
compute in IEEE doubles, so numbers must agree exactly (or both be NaN), with no tolerance.
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest
from expr_strategies import (
    ANSWER_COLUMNS,
    CHILD_COL,
    CHOICE_LABELS,
    KEY_COL,
    POS_COL,
    TODAY,
    SurveyData,
    expression_like_text,
    expressions,
    row_answers,
    survey_data,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveytool.expr import (
    EvalContext,
    ExprError,
    Table,
    evaluate,
    evaluate_table,
    parse,
    references,
)

CTX = EvalContext(
    today=TODAY,
    choice_labels=CHOICE_LABELS,
    now=datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=3))),
    form_version="7",
)


def _same(scalar: object, cell: object, dtype: object) -> bool:
    """Row equality.  bool results need a bool dtype, numbers float64, strings str/object;
    an expression whose type varies by row (``if(c, 5, 'x')``) may come back as object
    dtype, in which case the cell itself must have the scalar's kind."""
    mixed = pd.api.types.is_object_dtype(dtype)
    if isinstance(scalar, bool):
        return (
            (pd.api.types.is_bool_dtype(dtype) or mixed)
            and isinstance(cell, bool | np.bool_)
            and bool(cell) is scalar
        )
    if isinstance(scalar, int | float):
        if not (pd.api.types.is_float_dtype(dtype) or mixed):
            return False
        if not isinstance(cell, int | float | np.number) or isinstance(cell, bool | np.bool_):
            return False
        cell_f = float(cell)
        if math.isnan(scalar):
            return math.isnan(cell_f)
        return cell_f == float(scalar)
    if isinstance(scalar, str):
        return (
            (pd.api.types.is_string_dtype(dtype) or mixed)
            and isinstance(cell, str)
            and cell == scalar
        )
    return False


def _check_agreement(expr: str, data: SurveyData, current: str) -> None:
    table = data.table
    vector = evaluate_table(
        expr,
        table,
        current=current,
        position=POS_COL,
        children=data.children,
        key=KEY_COL,
        context=CTX,
    )
    assert isinstance(vector, pd.Series)
    assert vector.index.equals(table.index), "result not aligned to table.index"
    for i, answers in enumerate(row_answers(data)):
        position = answers[POS_COL]
        assert isinstance(position, int)
        scalar = evaluate(expr, answers, answers[current], position=position, context=CTX)
        cell = vector.iloc[i]
        assert _same(scalar, cell, vector.dtype), (
            f"row {table.index[i]!r}: evaluate -> {scalar!r} ({type(scalar).__name__}), "
            f"evaluate_table -> {cell!r} (dtype {vector.dtype}); "
            f"answers={answers!r}"
        )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    expr=expressions(max_depth=4),
    data=survey_data(),
    current=st.sampled_from(ANSWER_COLUMNS),
)
def test_vectorised_equals_scalar(expr: str, data: SurveyData, current: str) -> None:
    _check_agreement(expr, data, current)


def _text_as_categories(data: SurveyData) -> SurveyData:
    """Text columns as pandas categories, the way batch validation reads CSV files."""
    table = data.table.copy()
    for name in table.columns:
        text = table[name].dtype == object or pd.api.types.is_string_dtype(table[name].dtype)
        if text and table[name].map(lambda x: isinstance(x, str) or pd.isna(x)).all():
            table[name] = table[name].astype("category")
    return SurveyData(table, data.children)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    expr=expressions(max_depth=4),
    data=survey_data(),
    current=st.sampled_from(ANSWER_COLUMNS),
)
def test_vectorised_equals_scalar_on_categorical_text(
    expr: str, data: SurveyData, current: str
) -> None:
    categorical = _text_as_categories(data)
    assert any(isinstance(t, pd.CategoricalDtype) for t in categorical.table.dtypes)
    _check_agreement(expr, categorical, current)


def _fixed_data() -> SurveyData:
    table = pd.DataFrame(
        {
            "n_int": pd.array([1, None, 3], dtype="Int64"),
            "n_float": pd.array([0.1, float("nan"), 2.5], dtype="float64"),
            "txt": pd.array(["3", None, ""], dtype="str"),
            "sm": pd.array(["1 3", "", None], dtype="str"),
            "dt": pd.array(["2020-02-29", None, "2026-11-23"], dtype="str"),
            "so": pd.array(["1", None, "8"], dtype="str"),
            KEY_COL: pd.array([10, 20, 30], dtype="Int64"),
            POS_COL: pd.array([1, 2, 1], dtype="Int64"),
        },
        index=pd.Index(["a", "b", "c"]),
    )
    children = pd.DataFrame(
        {
            KEY_COL: pd.array([10, 30, 10, 99], dtype="Int64"),
            CHILD_COL: pd.array([0.1, None, 0.2, 5.0], dtype="float64"),
        }
    )
    return SurveyData(table=table, children=children)


@settings(max_examples=300, deadline=None)
@given(expr=expressions(max_depth=4))
def test_generated_expressions_parse(expr: str) -> None:
    """Every generated expression is well-formed and references only known names."""
    parse(expr)
    assert references(expr) <= {*ANSWER_COLUMNS, CHILD_COL}


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=60), expression_like_text()))
def test_parse_raises_only_expr_errors(text: str) -> None:
    """Arbitrary text either parses or raises ExprError (ExprSyntaxError is a subclass)."""
    with contextlib.suppress(ExprError):
        parse(text)
    with contextlib.suppress(ExprError):
        references(text)


@pytest.mark.parametrize("current", ANSWER_COLUMNS)
def test_fixed_data_all_leaves(current: str) -> None:
    """A deterministic smoke check over every leaf kind, independent of hypothesis."""
    data = _fixed_data()
    for expr in (
        "${n_int} + ${n_float}",
        "concat(${txt}, ${sm}, ${dt}, ${so}, .)",
        "count(${c_num})",
        "sum(${c_num})",
        "position(..)",
        "today() - ${dt}",
        "jr:choice-name(${so}, '${so}')",
        "selected(${sm}, '3') or ${n_int} > 2",
        "string(${n_float})",
        "join(' ', ${c_num}) = '' or ${c_num} > 0.1",
        "format-date(${dt}, '%e %b %Y') != '' and decimal-date-time(${dt}) > 0",
        "pow(${n_int}, 2) + sqrt(${n_float}) + log10(${n_int})",
        "indexed-repeat(${c_num}, ${c_num}, ${n_int})",
        "selected-at(${sm}, 1) = substring-after(${sm}, ' ')",
        "once(now())",
    ):
        _check_agreement(expr, data, current)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(exprs=st.lists(expressions(max_depth=3), min_size=1, max_size=6), data=survey_data())
def test_planned_table_gives_the_same_results_and_keeps_nothing(
    exprs: list[str], data: SurveyData
) -> None:
    """A plan only decides what is cached: results equal a fresh table's, and after the last
    planned use no column or sub-result is left behind."""
    expected = {}
    for expr in exprs:
        with contextlib.suppress(ExprError):
            expected[expr] = evaluate_table(
                expr, data.table, position=POS_COL, children=data.children, key=KEY_COL, context=CTX
            )
    shared = [*expected, *list(expected)[:2]]  # repeated expressions share every sub-result
    planned = Table(data.table, position=POS_COL, children=data.children, key=KEY_COL, context=CTX)
    planned.plan(shared)
    for expr in shared:
        pd.testing.assert_series_equal(planned.evaluate(expr), expected[expr])
    assert not planned._memo
    assert set(planned._columns) <= {POS_COL}  # position(..) reads it outside the plan
