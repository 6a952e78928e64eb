"""Evaluate an expression over a whole table at once: the batch side of every check.

One row per record (case or person). ``${name}`` reads the column ``name``; ``count()`` and
``sum()`` aggregate a child table (the repeat's instances) per parent ``key``. Operators
and functions work on numpy arrays; only a few rare forms whose second argument varies by
row (``selected(a, ${b})``, ``regex(a, ${b})``, ``substr`` with non-literal bounds) fall
back to a per-row loop.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from surveytool.expr import columns as c
from surveytool.expr import values as v
from surveytool.expr.ast import Binary, Call, Current, Literal, Name, Node, Parent, Ref, Unary, walk
from surveytool.expr.columns import Column
from surveytool.expr.errors import ExprError
from surveytool.expr.parser import choice_name_question, parse
from surveytool.expr.scalar import DEFAULT_CONTEXT, EvalContext


@dataclass
class Table:
    """A table to evaluate many expressions over; converted columns are cached and shared."""

    frame: pd.DataFrame
    current: str | None = None
    position: str | None = None
    children: pd.DataFrame | None = None
    key: str | None = None
    context: EvalContext = DEFAULT_CONTEXT
    _columns: dict[str, Column] = field(default_factory=dict, repr=False)
    _group_codes: tuple[np.ndarray, np.ndarray, int] | None = field(default=None, repr=False)
    _memo: dict[Node, Column] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.frame)

    def evaluate(self, expression: str | Node) -> pd.Series:
        """The expression's value for every row, as a Series aligned to the table's index."""
        node = parse(expression) if isinstance(expression, str) else expression
        result = self.node(node)
        kind = result.uniform()
        if kind == c.BOOL:
            return pd.Series(result.as_bool(), index=self.frame.index, dtype=bool)
        if kind == c.NUM:
            return pd.Series(result.as_num(), index=self.frame.index, dtype=np.float64)
        if kind == c.STR:
            return pd.Series(result.as_str(), index=self.frame.index, dtype=object)
        values = [_row_value(result, row) for row in range(self.size)]
        return pd.Series(values, index=self.frame.index, dtype=object)

    def column(self, name: str) -> Column:
        if name not in self._columns:
            if name not in self.frame.columns:
                if self.children is not None and name in self.children.columns:
                    raise ExprError(
                        f"${{{name}}} has one value per repeat instance: "
                        "use it inside count() or sum()"
                    )
                raise ExprError(f"no column '{name}' in the table for ${{{name}}}")
            self._columns[name] = Column.from_series(self.frame[name])
        return self._columns[name]

    def group_codes(self) -> tuple[np.ndarray, np.ndarray, int]:
        """Group ids of the table's rows and of the child rows (-1: no parent), and the count.

        Several table rows may share a key (persons of one household reading the household's
        roster), so rows are grouped by key rather than matched one to one.
        """
        if self._group_codes is None:
            if self.children is None or self.key is None:
                raise ExprError("count()/sum() over a repeat need the repeat's table and key")
            row_groups, keys = pd.factorize(self.frame[self.key])
            child_groups = pd.Index(keys).get_indexer(self.children[self.key])
            self._group_codes = (row_groups, child_groups, len(keys))
        return self._group_codes

    # -- nodes ----------------------------------------------------------------------------
    def node(self, node: Node) -> Column:
        """A node's column, computed once per table: checks share universes and sub-terms.

        Nodes are frozen and compare by structure, so the same sub-expression written in
        two checks is one cache entry; nodes reading ``.`` depend on ``current`` and are
        not cached."""
        if isinstance(node, Literal | Ref | Name):
            return self._node(node)
        if _reads_current(node):
            return self._node(node)
        cached = self._memo.get(node)
        if cached is None:
            cached = self._node(node)
            if cached.uniform() == c.BOOL:  # universes and tests: one byte a row to keep
                self._memo[node] = cached
        return cached

    def _node(self, node: Node) -> Column:
        if isinstance(node, Literal):
            return Column.constant(node.value, self.size)
        if isinstance(node, Ref | Name):
            return self.column(node.name)
        if isinstance(node, Current):
            if self.current is None:
                return Column.constant("", self.size)
            return self.column(self.current)
        if isinstance(node, Parent):
            raise ExprError("'..' is only allowed as position(..)")
        if isinstance(node, Unary):
            return Column.numbers(-self.node(node.operand).as_num())
        if isinstance(node, Binary):
            return self.binary(node)
        return self.call(node)

    def binary(self, node: Binary) -> Column:
        op = node.op
        left, right = self.node(node.left), self.node(node.right)
        if op == "and":
            return Column.booleans(left.as_bool() & right.as_bool())
        if op == "or":
            return Column.booleans(left.as_bool() | right.as_bool())
        if op == "=":
            return Column.booleans(c.equals(left, right))
        if op == "!=":
            return Column.booleans(~c.equals(left, right))
        a, b = left.as_num(), right.as_num()
        with np.errstate(all="ignore"):
            if op in _RELATIONAL:
                return Column.booleans(_RELATIONAL[op](a, b))
            return Column.numbers(_ARITHMETIC[op](a, b))

    def call(self, node: Call) -> Column:
        name = node.name
        if name in ("count", "sum"):
            return self.aggregate(node)
        if name == "position":
            if self.position is None:
                raise ExprError("position(..) needs the column holding the instance number")
            return Column.numbers(self.column(self.position).as_num())
        if name == "jr:choice-name":
            labels = self.context.choice_labels.get(choice_name_question(node), {})
            return self.node(node.args[0]).map_strings(lambda code: labels.get(code, ""))
        return _FUNCTIONS[name](self, node.args)

    def aggregate(self, node: Call) -> Column:
        arg = node.args[0]
        assert isinstance(arg, Ref)
        children = self.children
        if arg.name in self.frame.columns and (children is None or arg.name not in children):
            single = self.column(arg.name)
            if node.name == "count":
                return Column.constant(1.0, self.size)
            return Column.numbers(single.as_num() + 0.0)
        rows, codes, groups = self.group_codes()
        inside = codes >= 0
        if node.name == "count":
            counts = np.bincount(codes[inside], minlength=groups).astype(np.float64)
            return Column.numbers(counts[rows])
        assert children is not None
        if arg.name not in children.columns:
            raise ExprError(f"sum(${{{arg.name}}}): no such column in the repeat's table")
        numbers = Column.from_series(children[arg.name]).as_num()
        sums = np.bincount(codes[inside], weights=numbers[inside], minlength=groups)
        return Column.numbers(sums.astype(np.float64)[rows])


def evaluate_table(
    expression: str,
    table: pd.DataFrame,
    *,
    current: str | None = None,
    position: str | None = None,
    children: pd.DataFrame | None = None,
    key: str | None = None,
    context: EvalContext | None = None,
) -> pd.Series:
    """Evaluate one expression over every row of ``table``; see ``Table`` to reuse conversions."""
    return Table(table, current, position, children, key, context or DEFAULT_CONTEXT).evaluate(
        expression
    )


@lru_cache(maxsize=65536)
def _reads_current(node: Node) -> bool:
    return any(
        isinstance(n, Current | Parent) or (isinstance(n, Call) and n.name == "position")
        for n in walk(node)
    )


def _row_value(column: Column, row: int) -> object:
    kind = column.kinds()[row]
    if kind == c.BOOL:
        return bool(column.as_bool()[row])
    if kind == c.NUM:
        return float(column.as_num()[row])
    return column.as_str()[row]


_RELATIONAL: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "<": np.less,
    "<=": np.less_equal,
    ">": np.greater,
    ">=": np.greater_equal,
}


def _modulo(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    result = np.fmod(a, b)
    return np.where((b == 0) | np.isinf(a), np.nan, result)


_ARITHMETIC: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "+": np.add,
    "-": np.subtract,
    "*": np.multiply,
    "div": np.divide,
    "mod": _modulo,
}

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


def _round(t: Table, a: Args) -> Column:
    number = t.node(a[0]).as_num()
    places = t.node(a[1]).as_num() if len(a) > 1 else np.zeros(t.size)
    with np.errstate(all="ignore"):
        scale = 10.0 ** np.trunc(np.clip(places, -300.0, 300.0))
        rounded = np.copysign(np.floor(np.abs(number) * scale + 0.5) / scale, number)
    rounded = np.where(np.isinf(number), number, rounded)
    return Column.numbers(np.where(np.isnan(places), np.nan, rounded))


def _substr(t: Table, a: Args) -> Column:
    column = t.node(a[0])
    start_literal = _literal(a[1])
    end_literal = _literal(a[2]) if len(a) > 2 else None
    finite = [x for x in (start_literal, end_literal) if isinstance(x, float)]
    literal = isinstance(start_literal, float) and (len(a) == 2 or isinstance(end_literal, float))
    if literal and all(abs(x) < 1e9 for x in finite):
        low = int(start_literal)  # type: ignore[arg-type]
        high = None if end_literal is None else int(end_literal)  # type: ignore[arg-type]
        return column.map_strings(lambda s: s[low:high])
    text = column.as_str()
    starts = t.node(a[1]).as_num()
    ends = t.node(a[2]).as_num() if len(a) > 2 else c.string_lengths(text)
    return Column.strings(np.array(_rowwise(v.substring, text, starts, ends), dtype=object))


def _numeric(function: Callable[[np.ndarray], np.ndarray]) -> Callable[[Table, Args], Column]:
    def apply(t: Table, a: Args) -> Column:
        with np.errstate(all="ignore"):
            return Column.numbers(function(t.node(a[0]).as_num()))

    return apply


def _extreme(
    pick: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> Callable[[Table, Args], Column]:
    def apply(t: Table, a: Args) -> Column:
        result = t.node(a[0]).as_num()
        for arg in a[1:]:
            result = pick(result, t.node(arg).as_num())
        return Column.numbers(result)

    return apply


def _concat(t: Table, a: Args) -> Column:
    result = np.full(t.size, "", dtype=object)
    for arg in a:
        result = result + t.node(arg).as_str()
    return Column.strings(result)


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


_FUNCTIONS: dict[str, Callable[[Table, Args], Column]] = {
    "if": _if,
    "selected": _selected,
    "count-selected": lambda t, a: Column.numbers(_count_selected(t.node(a[0]))),
    "coalesce": _coalesce,
    "concat": _concat,
    "string-length": lambda t, a: Column.numbers(t.node(a[0]).map_text(len, np.float64)),
    "regex": _regex,
    "int": _numeric(np.trunc),
    "round": _round,
    "number": lambda t, a: Column.numbers(t.node(a[0]).as_num()),
    "string": lambda t, a: Column.strings(t.node(a[0]).as_str()),
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
    "min": _extreme(np.minimum),
    "max": _extreme(np.maximum),
}
