"""The expression tree: small immutable nodes shared by both evaluators and the form checker.

Nodes are dictionary keys of the vectorised evaluator (its memo and plan of a table's
checks look a node up at every step), so the inner nodes keep their hash, computed once
from their children's: a dataclass's own hash would walk the whole subtree at each lookup
(0.17 s of every 0.4 s pass over a level's 430 checks). Pickled, a node is rebuilt from its
fields, so the hash is that of the process that loads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Literal:
    """A number (float) or string literal."""

    value: float | str


@dataclass(frozen=True, slots=True)
class Ref:
    """``${name}``: the value of another question."""

    name: str


@dataclass(frozen=True, slots=True)
class Name:
    """A bare name such as ``cat`` in a choice_filter: a column of the choice list."""

    name: str


@dataclass(frozen=True, slots=True)
class Current:
    """``.``: the value of the question the expression belongs to."""


@dataclass(frozen=True, slots=True)
class Parent:
    """``..``: only meaningful as the argument of ``position(..)``."""


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # only "-"
    operand: Node
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.op, self.operand)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return Unary, (self.op, self.operand)


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # or and = != < <= > >= + - * div mod
    left: Node
    right: Node
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.op, self.left, self.right)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return Binary, (self.op, self.left, self.right)


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.name, self.args)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return Call, (self.name, self.args)


Node = Literal | Ref | Name | Current | Parent | Unary | Binary | Call

#: Functions whose ``${name}`` arguments may point into a repeat from outside it (for
#: indexed-repeat() the question and the repeats, not the indexes).
AGGREGATES = frozenset({"count", "sum", "count-non-empty", "indexed-repeat"})
#: Operators and functions that also read a repeat's values from outside it, as XPath
#: node-sets (a comparison is true if some member matches; join() joins them all...).
NODESET_READERS = frozenset(
    {"=", "!=", "<", "<=", ">", ">=", "join", "concat", "min", "max", "checklist"}
    | {"weighted-checklist", "area", "distance", "randomize"}
)


#: Functions whose value a batch cannot make again from the answers: the clock, chance,
#: and once(), which keeps the value its question got first (in the interview).
VOLATILE = frozenset({"now", "random", "uuid", "once", "randomize"})


def is_volatile(node: Node) -> bool:
    """Does the expression call a function in ``VOLATILE``? A batch check that recomputes a
    calculation and compares it with the value collected should leave these out: a
    ``once(now())`` start time is never made again the same."""
    return any(isinstance(sub, Call) and sub.name in VOLATILE for sub in walk(node))


def walk(node: Node) -> Iterator[Node]:
    """Every node of the tree, parents before children."""
    yield node
    if isinstance(node, Unary):
        yield from walk(node.operand)
    elif isinstance(node, Binary):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Call):
        for arg in node.args:
            yield from walk(arg)


def ref_uses(node: Node, aggregated: bool = False) -> Iterator[tuple[str, bool]]:
    """Each ``${name}`` with whether it sits directly inside ``count()``/``sum()``.

    The form checker uses this to refuse a repeat variable read from outside its repeat
    without an aggregate (ODK would silently take the first instance).
    """
    if isinstance(node, Ref):
        yield node.name, aggregated
    elif isinstance(node, Unary):
        yield from ref_uses(node.operand)
    elif isinstance(node, Binary):
        yield from ref_uses(node.left)
        yield from ref_uses(node.right)
    elif isinstance(node, Call):
        inside = node.name in AGGREGATES
        for position, arg in enumerate(node.args):
            index = node.name == "indexed-repeat" and position > 0 and position % 2 == 0
            yield from ref_uses(arg, inside and not index)


def nodeset_uses(node: Node) -> Iterator[str]:
    """Each ``${name}`` that may be a repeat's values read from outside the repeat: inside
    an aggregate, or directly an operand of a comparison or an argument of a function in
    ``NODESET_READERS`` (XPath 1.0 §3.4: ``${age} > 60`` over a roster is true when some
    member is over 60). The form checker lets these through where it refuses other reads
    of a repeat's question from outside it."""
    for name, aggregated in ref_uses(node):
        if aggregated:
            yield name
    for sub in walk(node):
        operands: tuple[Node, ...] = ()
        if isinstance(sub, Binary) and sub.op in NODESET_READERS:
            operands = (sub.left, sub.right)
        elif isinstance(sub, Call) and sub.name in NODESET_READERS:
            operands = sub.args
        for operand in operands:
            if isinstance(operand, Ref):
                yield operand.name
