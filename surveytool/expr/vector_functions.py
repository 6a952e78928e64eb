"""The XPath functions of the vectorised evaluator: each takes the table and its arguments.

Text functions run once per distinct string (``Column.map_text``/``map_strings``); only forms
whose second argument varies by row (``selected(a, ${b})``, ``regex(a, ${b})``, ``substr``
with non-literal bounds) loop over the rows.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveytool.expr import column_compare
from surveytool.expr import columns as c
from surveytool.expr import values as v
from surveytool.expr.ast import Literal, Node
from surveytool.expr.column_text import string_lengths
from surveytool.expr.columns import Column
from surveytool.expr.errors import ExprError

if TYPE_CHECKING:
    from surveytool.expr.vector import Table

Args = tuple[Node, ...]


def _literal(node: Node) -> v.Value | None:
    return node.value if isinstance(node, Literal) else None


def _rowwise(function: Callable[..., object], *arrays: np.ndarray) -> list[object]:
    return [function(*items) for items in zip(*arrays, strict=True)]


def _if(t: Table, a: Args) -> Column:
    return c.where(t.node(a[0]).as_bool(), t.node(a[1]), t.node(a[2]))


def _coalesce(t: Table, a: Args) -> Column:
    first = t.node(a[0])
    return c.where(first.map_text(len, np.float64) > 0, first, t.node(a[1]))


def _selected(t: Table, a: Args) -> Column:
    column = t.node(a[0])
    choice = _literal(a[1])
    if isinstance(choice, str):
        token = choice.strip()
        if not token or any(ch.isspace() for ch in token):
            return Column.booleans(np.zeros(t.size, dtype=bool))
        pattern = r"(?:^|\s)" + re.escape(token) + r"(?:\s|$)"
        return Column.booleans(
            column.map_text(lambda s: token in s.split(), bool, _contains_pattern(pattern))
        )
    choices = t.node(a[1]).as_str()
    found_rows = _rowwise(lambda s, x: x.strip() in s.split(), column.as_str(), choices)
    return Column.booleans(np.array(found_rows, dtype=bool))


def _contains_pattern(pattern: str) -> Callable[[np.ndarray], np.ndarray]:
    def whole(values: np.ndarray) -> np.ndarray:
        with warnings.catch_warnings():  # pandas warns about groups it does not need here
            warnings.simplefilter("ignore", UserWarning)
            found = pd.Series(values, dtype=object).str.contains(pattern, regex=True)
        return found.to_numpy(dtype=bool)

    return whole


def _count_selected(column: Column) -> np.ndarray:
    return column.map_text(
        lambda s: len(s.split()),
        np.float64,
        lambda values: pd.Series(values, dtype=object).str.count(r"\S+").to_numpy(np.float64),
    )


def _regex(t: Table, a: Args) -> Column:
    column = t.node(a[0])
    pattern = _literal(a[1])
    try:
        if isinstance(pattern, str):
            compiled = re.compile(pattern)
            found = column.map_text(
                lambda s: compiled.search(s) is not None, bool, _contains_pattern(pattern)
            )
        else:
            patterns = t.node(a[1]).as_str()
            found = np.array(
                _rowwise(lambda s, p: re.search(p, s) is not None, column.as_str(), patterns),
                dtype=bool,
            )
    except re.error as error:
        raise ExprError(f"regex(): invalid pattern: {error}") from error
    return Column.booleans(found)


def _substr(t: Table, a: Args) -> Column:
    column = t.node(a[0])
    start_literal = _literal(a[1])
    end_literal = _literal(a[2]) if len(a) > 2 else None
    finite = [x for x in (start_literal, end_literal) if isinstance(x, float)]
    literal_end = len(a) == 2 or isinstance(end_literal, float)
    if isinstance(start_literal, float) and literal_end and all(abs(x) < 1e9 for x in finite):
        low = int(start_literal)
        high = int(end_literal) if isinstance(end_literal, float) else None
        return column.map_strings(lambda s: s[low:high])
    text = column.as_str()
    starts = t.node(a[1]).as_num()
    ends = t.node(a[2]).as_num() if len(a) > 2 else string_lengths(text)
    return Column.strings(np.array(_rowwise(v.substring, text, starts, ends), dtype=object))


def _numeric(function: Callable[[np.ndarray], np.ndarray]) -> Callable[[Table, Args], Column]:
    def apply(t: Table, a: Args) -> Column:
        with np.errstate(all="ignore"):
            return Column.numbers(function(t.node(a[0]).as_num()))

    return apply


def _extreme(
    better: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> Callable[[Table, Args], Column]:
    """min()/max() as the scalar side picks: the first of equal values (0 before -0), and
    NaN as soon as one argument is NaN (np.minimum may return either signed zero)."""

    def apply(t: Table, a: Args) -> Column:
        result = t.node(a[0]).as_num()
        for arg in a[1:]:
            other = t.node(arg).as_num()
            with np.errstate(invalid="ignore"):
                result = np.where(
                    np.isnan(other), np.nan, np.where(better(other, result), other, result)
                )
        return Column.numbers(result)

    return apply


def _string(column: Column) -> Column:
    """string(): text stays as it is (with its distinct values), the rest is converted."""
    return column if column.uniform() == c.STR else Column.strings(column.as_str())


def _concat(t: Table, a: Args) -> Column:
    return (
        column_compare.concatenated([t.node(arg) for arg in a])
        if a
        else Column.constant("", t.size)
    )


def _contains(t: Table, a: Args) -> Column:
    needle = _literal(a[1])
    column = t.node(a[0])
    if isinstance(needle, str):
        return Column.booleans(column.map_text(lambda s: needle in s, bool))
    found = _rowwise(lambda s, x: x in s, column.as_str(), t.node(a[1]).as_str())
    return Column.booleans(np.array(found, dtype=bool))


def _starts_with(t: Table, a: Args) -> Column:
    prefix = _literal(a[1])
    column = t.node(a[0])
    if isinstance(prefix, str):
        return Column.booleans(column.map_text(lambda s: s.startswith(prefix), bool))
    found = _rowwise(lambda s, x: s.startswith(x), column.as_str(), t.node(a[1]).as_str())
    return Column.booleans(np.array(found, dtype=bool))


FUNCTIONS: dict[str, Callable[[Table, Args], Column]] = {
    "if": _if,
    "selected": _selected,
    "count-selected": lambda t, a: Column.numbers(_count_selected(t.node(a[0]))),
    "coalesce": _coalesce,
    "concat": _concat,
    "string-length": lambda t, a: Column.numbers(t.node(a[0]).map_text(len, np.float64)),
    "regex": _regex,
    "int": _numeric(np.trunc),
    "number": lambda t, a: Column.numbers(t.node(a[0]).as_num()),
    "string": lambda t, a: _string(t.node(a[0])),
    "boolean": lambda t, a: Column.booleans(t.node(a[0]).as_bool()),
    "not": lambda t, a: Column.booleans(~t.node(a[0]).as_bool()),
    "true": lambda t, a: Column.constant(True, t.size),
    "false": lambda t, a: Column.constant(False, t.size),
    "today": lambda t, a: Column.constant(t.context.today_text(), t.size),
    "floor": _numeric(np.floor),
    "ceiling": _numeric(np.ceil),
    "abs": _numeric(np.abs),
    "contains": _contains,
    "starts-with": _starts_with,
    "substr": _substr,
    "min": _extreme(np.less),
    "max": _extreme(np.greater),
}
