"""Evaluate an expression over a whole table at once: the batch side of every check.

One row per record (case or person). ``${name}`` reads the column ``name``; ``count()`` and
``sum()`` aggregate a child table (the repeat's instances) per parent ``key``. Operators
and functions work on numpy arrays; only a few rare forms whose second argument varies by
row (``selected(a, ${b})``, ``regex(a, ${b})``, ``substr`` with non-literal bounds) fall
back to a per-row loop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from surveytool.expr import column_compare
from surveytool.expr import columns as c
from surveytool.expr.ast import Binary, Call, Current, Literal, Name, Node, Parent, Ref, Unary, walk
from surveytool.expr.columns import Column
from surveytool.expr.errors import ExprError
from surveytool.expr.library import CONTEXT, NODESET_VERSIONS, PURE
from surveytool.expr.parser import choice_name_question, parse
from surveytool.expr.scalar import DEFAULT_CONTEXT, EvalContext
from surveytool.expr.vector_functions import FUNCTIONS
from surveytool.expr.vector_library import compared, context_call, gives_list, lifted


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
    _uses: Counter[Node] | None = field(default=None, repr=False)
    _name_uses: Counter[str] = field(default_factory=Counter, repr=False)

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
        return pd.Series(result.values(), index=self.frame.index, dtype=object)

    def plan(self, expressions: Iterable[str | Node]) -> None:
        """Announce the expressions to come, so that a shared column or sub-result is kept
        only until its last use: on a million rows each one costs megabytes.

        Without a plan every boolean sub-result is kept for the table's lifetime. Uses
        beyond the plan are still correct: whatever was let go is computed again."""
        self._uses = Counter()
        self._name_uses = Counter()
        for expression in expressions:
            for sub in walk(parse(expression) if isinstance(expression, str) else expression):
                self._uses[sub] += 1
                if isinstance(sub, Ref | Name):
                    self._name_uses[sub.name] += 1

    def _used(self, node: Node, whole_tree: bool = False) -> None:
        """Count a planned use of ``node`` (of its whole tree, when served from the memo)."""
        if self._uses is None:
            return
        for sub in walk(node) if whole_tree else (node,):
            self._uses[sub] -= 1
            if self._uses[sub] <= 0:
                self._memo.pop(sub, None)
            if isinstance(sub, Ref | Name):
                self._name_uses[sub.name] -= 1
                if self._name_uses[sub.name] <= 0:
                    self._columns.pop(sub.name, None)

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
        if isinstance(node, Literal):
            return self._node(node)
        if isinstance(node, Ref | Name) or _reads_current(node):
            result = self._node(node)
            self._used(node)
            return result
        cached = self._memo.get(node)
        if cached is not None:
            self._used(node, whole_tree=True)
            return cached
        cached = self._node(node)
        self._used(node)
        keep = self._uses is None or self._uses[node] > 0
        if keep and cached.uniform() == c.BOOL:  # universes and tests: one byte a row to keep
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
        if op in _COMPARISONS and (gives_list(self, node.left) or gives_list(self, node.right)):
            return compared(self, op, node.left, node.right)
        left, right = self.node(node.left), self.node(node.right)
        if op == "and":
            return Column.booleans(left.as_bool() & right.as_bool())
        if op == "or":
            return Column.booleans(left.as_bool() | right.as_bool())
        if op == "=":
            return Column.booleans(column_compare.equals(left, right))
        if op == "!=":
            return Column.booleans(~column_compare.equals(left, right))
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
        if name in PURE:
            return lifted(self, node.args, PURE[name].pure)
        if name in CONTEXT:
            return context_call(self, name, node.args)
        if name in NODESET_VERSIONS and any(gives_list(self, arg) for arg in node.args):
            return lifted(self, node.args, NODESET_VERSIONS[name].pure)
        return FUNCTIONS[name](self, node.args)

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


_COMPARISONS = frozenset({"=", "!=", "<", "<=", ">", ">="})
#: calls whose value is not a function of the table alone: never kept in the memo
_UNCACHED = frozenset({"position", "once", "random", "uuid", "now"})


@lru_cache(maxsize=65536)
def _reads_current(node: Node) -> bool:
    return any(
        isinstance(n, Current | Parent) or (isinstance(n, Call) and n.name in _UNCACHED)
        for n in walk(node)
    )


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
