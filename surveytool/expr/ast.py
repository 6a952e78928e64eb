"""The expression tree: small immutable nodes shared by both evaluators and the form checker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # or and = != < <= > >= + - * div mod
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]


Node = Literal | Ref | Name | Current | Parent | Unary | Binary | Call

#: Functions whose ``${name}`` arguments may point into a repeat from outside it.
AGGREGATES = frozenset({"count", "sum"})


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
        for arg in node.args:
            yield from ref_uses(arg, inside)
