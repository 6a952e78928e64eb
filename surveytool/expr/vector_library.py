"""The function library over whole tables: each pure function (``expr.library``) runs once
per distinct combination of its argument values, and the results are spread back.

Survey columns hold few distinct values (codes, dates, small counts), so this costs a few
hundred Python calls per column rather than one per row, and the vectorised evaluator
agrees with the scalar one by construction, to the last bit of a sine. A repeat's values
read from outside it (XPath node-sets: ``join(' ', ${name})``, ``${age} > 60`` over a
roster) are one list per parent row, grouped through the table's ``key``. The
context-dependent functions (``now()``, ``once()``, ``pulldata()``, ``indexed-repeat()``...)
are here too, as far as a table can answer them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from surveytool.expr import columns as c
from surveytool.expr import context_values as cv
from surveytool.expr import values as v
from surveytool.expr.ast import Call, Current, Node, Ref
from surveytool.expr.columns import Column
from surveytool.expr.errors import ExprError
from surveytool.expr.library.base import Arg, Pure, single
from surveytool.expr.library.dates import now_text

if TYPE_CHECKING:
    from surveytool.expr.vector import Table

#: one integer per row (equal codes: equal values) and the value of a row
Coded = tuple[np.ndarray, Callable[[int], Arg]]


def is_list(t: Table, node: Node) -> bool:
    """Is ``node`` a repeat's question read from outside the repeat (one list per row)?"""
    return (
        isinstance(node, Ref)
        and node.name not in t.frame.columns
        and t.children is not None
        and node.name in t.children.columns
    )


def gives_list(t: Table, node: Node) -> bool:
    """A repeat's values read from outside it, or randomize() of them: a list per row."""
    return is_list(t, node) or (isinstance(node, Call) and node.name == "randomize")


def value_at(column: Column, row: int) -> v.Value:
    """One row's value with its XPath type, as the scalar evaluator would hold it."""
    kind = column.kinds()[row] if column.uniform() is None else column.uniform()
    if kind == c.NUM:
        return float(column.as_num()[row])
    if kind == c.BOOL:
        return bool(column.as_bool()[row])
    if column.uniform() is None and column.numbers_and_blanks() is not None:
        return ""  # a blank among numbers: no need to write the numbers as text
    codes, uniques = column.factors()
    return str(uniques[codes[row]])


def _number_codes(numbers: np.ndarray) -> np.ndarray:
    return np.asarray(pd.factorize(numbers.view(np.int64))[0])  # by bits: -0.0 is not 0.0


def _coded(column: Column) -> Coded:
    kind = column.uniform()
    blank_numbers = column.numbers_and_blanks() if kind is None else None
    if kind == c.NUM:
        codes = _number_codes(column.as_num())
    elif kind == c.BOOL:
        codes = column.as_bool().astype(np.int64)
    elif kind == c.STR:
        raw, uniques = column.factors()
        codes = np.where(raw < 0, len(uniques) - 1, raw)
    elif blank_numbers is not None:  # an answered number column with blanks
        numbers, blanks = blank_numbers
        found = _number_codes(numbers)
        codes = np.where(blanks, found.max(initial=0) + 1, found)
    else:  # other mixes (if() choosing text or a number): by type, then by value
        kinds = column.kinds().astype(np.int64)
        text_codes = _coded(Column.strings(column.as_str()))[0]
        number_codes = _number_codes(column.as_num())
        inner = np.where(kinds == c.NUM, number_codes, text_codes)
        codes = pd.factorize(inner * 3 + kinds)[0]
    return np.asarray(codes, dtype=np.int64), lambda row: value_at(column, row)


def _lists(t: Table, name: str) -> Coded:
    """A repeat's values per row of the table, in the child table's order."""
    assert t.children is not None
    rows, child_groups, groups = t.group_codes()
    column = Column.from_series(t.children[name])
    found: list[list[v.Value]] = [[] for _ in range(groups)]
    for child, group in enumerate(child_groups.tolist()):
        if group >= 0:
            found[group].append(value_at(column, child))
    return np.asarray(rows, dtype=np.int64), lambda row: found[rows[row]]


def coded(t: Table, node: Node) -> Coded:
    if is_list(t, node) and isinstance(node, Ref):
        return _lists(t, node.name)
    if isinstance(node, Call) and node.name == "randomize":  # a list per row, shuffled
        return _shuffled(t, node.args)
    return _coded(t.node(node))


def _distinct(t: Table, nodes: Sequence[Node]) -> tuple[np.ndarray, list[list[Arg]]]:
    """Each row's group (rows with the same argument values share one) and the argument
    values of each group, from its first row."""
    args = [coded(t, node) for node in nodes]
    size = t.size
    if not args:
        return np.zeros(size, dtype=np.int64), [[]]
    widths = [int(codes.max()) + 1 if len(codes) else 1 for codes, _ in args]
    if float(np.prod(widths, dtype=float)) < 2.0**62:
        combined = np.zeros(size, dtype=np.int64)
        for (codes, _), width in zip(args, widths, strict=True):
            combined = combined * width + codes
        groups, _ = pd.factorize(combined)
        representatives = np.unique(groups, return_index=True)[1]
    else:
        groups = representatives = np.arange(size)
    values = [[value(int(row)) for _, value in args] for row in representatives]
    return np.asarray(groups, dtype=np.int64), values


def lifted(t: Table, nodes: Sequence[Node], pure: Pure) -> Column:
    """``pure`` of the arguments' values, run once per distinct combination of them."""
    groups, values = _distinct(t, nodes)
    return column_of([pure(args) for args in values], groups)


def _shuffled(t: Table, nodes: Sequence[Node]) -> Coded:
    """randomize(nodes[, seed]) per row: the scalar side's shuffle of each row's list."""
    groups, values = _distinct(t, nodes)
    found = [
        cv.shuffled(
            args[0] if isinstance(args[0], list) else [args[0]],
            cv.seed_of(single(args[1], "randomize()")) if len(args) > 1 else None,
        )
        for args in values
    ]
    return groups, lambda row: found[groups[row]]


def column_of(results: list[v.Value], groups: np.ndarray) -> Column:
    """A column whose row ``i`` is ``results[groups[i]]``."""
    if any(isinstance(result, list) for result in results):
        raise ExprError("randomize() gives a list of values: use it inside join()")
    if len(groups) == 0:
        return Column.strings(np.empty(0, dtype=object))
    kinds = {type(result) for result in results}
    if kinds == {float}:
        return Column.numbers(np.array(results, dtype=np.float64)[groups])
    if kinds == {bool}:
        return Column.booleans(np.array(results, dtype=bool)[groups])
    if kinds == {str}:
        codes, uniques = pd.factorize(np.array(results, dtype=object), use_na_sentinel=False)
        return Column.factorized(codes[groups], uniques)
    kind = np.array([_kind(result) for result in results], dtype=np.int8)
    num = np.array([v.to_number(r) for r in results], dtype=np.float64)
    text = np.array([v.to_string(r) for r in results], dtype=object)
    truth = np.array([v.to_boolean(r) for r in results], dtype=bool)
    return Column.mixed(kind[groups], num[groups], text[groups], truth[groups])


def _kind(value: v.Value) -> int:
    return c.BOOL if isinstance(value, bool) else c.NUM if isinstance(value, float) else c.STR


def compared(t: Table, op: str, left: Node, right: Node) -> Column:
    """A comparison with a repeat's values on a side: true where some member matches."""
    return lifted(t, (left, right), lambda a: v.compare(op, a[0], a[1]))


# -- the context-dependent functions ------------------------------------------------------
def context_call(t: Table, name: str, args: tuple[Node, ...]) -> Column:
    """now(), random(), uuid(), once(), version(), pulldata(), indexed-repeat() over a table."""
    size = t.size
    if name == "now":
        return Column.constant(now_text(t.context.now), size)
    if name == "version":
        return Column.constant(t.context.form_version, size)
    if name == "random":
        return Column.numbers(np.array([random.random() for _ in range(size)]))
    if name == "uuid":
        if not args:
            return Column.strings(np.array([cv.new_uuid() for _ in range(size)], dtype=object))
        lengths = t.node(args[0]).as_num()
        return Column.strings(np.array([cv.new_uuid(float(n)) for n in lengths], dtype=object))
    if name == "once":
        current = t.node(Current())
        return c.where(current.map_text(len, np.float64) > 0, current, t.node(args[0]))
    if name == "pulldata":
        external = t.context.external
        return lifted(
            t, args, lambda a: cv.pulldata(external, [single(x, "pulldata()") for x in a])
        )
    if name == "indexed-repeat":
        if len(args) > 3:
            raise ExprError(
                "indexed-repeat() over nested repeats is not available in batch: "
                "check it in the interview"
            )
        return lifted(t, (args[0], args[2]), _pick)
    raise ExprError(f"{name}() gives a list of values: use it inside join()")


def _pick(args: Sequence[Arg]) -> v.Value:
    found, index = args
    values = found if isinstance(found, list) else [found]
    return cv.pick(values, cv.repeat_index(single(index, "indexed-repeat()")))
