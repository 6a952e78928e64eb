"""Where a derived variable lives: once per case, or once per instance of a repeat.

A rules file's derived variables (``needs_form_variables``) are expressions over the form's
answers. Each is computed at the level its expression tree reads: a variable of a repeat
read directly puts it in that repeat (``if(${relationship} = 1, 1, 0)``: one value per
member), while the same variable read through an aggregate (``sum()``, ``count()``) only
needs the repeat's parent (``sum(${is_head}) = 1``: one value per household). Searching the
text for "sum(" got this wrong for a derived variable that aggregates and also reads its own
repeat, and for one that reads nothing at all.

Batch validation and the live rule checker both place derived variables with
``place_derived``, so a rule reads the same value on screen and in the office.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from surveytool.expr.ast import AGGREGATES, Binary, Call, Node, Ref, Unary
from surveytool.expr.parser import parse


class PlacementError(ValueError):
    """Derived variables that cannot be placed: a cycle, or reads from unrelated repeats."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"derived variable {name!r}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Placement:
    """Each derived variable's repeat (None: the case's root) and an order to compute them
    in: every derived variable after the derived variables it reads."""

    repeat: Mapping[str, str | None]
    order: tuple[str, ...]


def place_derived(
    derived: Mapping[str, str | Node], repeat_of: Mapping[str, str | None]
) -> Placement:
    """Place each derived variable (name -> expression text or tree).

    ``repeat_of`` maps the form's names to their innermost enclosing repeat (None at the
    root), and each repeat's own name to its parent repeat, as the form graph does; a name
    it lacks is read at the root. Raises ``PlacementError`` for a cycle among derived
    variables or an expression reading two unrelated repeats outside an aggregate."""
    trees = {
        name: parse(expression) if isinstance(expression, str) else expression
        for name, expression in derived.items()
    }
    placed: dict[str, str | None] = {}
    order: list[str] = []
    visiting: list[str] = []

    def place(name: str) -> str | None:
        if name in placed:
            return placed[name]
        if name in visiting:
            cycle = " -> ".join([*visiting[visiting.index(name) :], name])
            raise PlacementError(name, f"it depends on itself ({cycle})")
        visiting.append(name)
        level: str | None = None
        for used, aggregated in _uses(trees[name]):
            where = place(used) if used in trees else repeat_of.get(used)
            if aggregated:  # one value per instance of the aggregate's parent
                where = None if where is None else repeat_of.get(where)
            level = _deeper(name, level, where, repeat_of)
        visiting.pop()
        placed[name] = level
        order.append(name)
        return level

    for name in trees:
        place(name)
    return Placement(placed, tuple(order))


def _uses(node: Node, aggregated: bool = False) -> Iterator[tuple[str, bool]]:
    """Each ``${name}`` with whether an aggregate encloses it (at any depth)."""
    if isinstance(node, Ref):
        yield node.name, aggregated
    elif isinstance(node, Unary):
        yield from _uses(node.operand, aggregated)
    elif isinstance(node, Binary):
        yield from _uses(node.left, aggregated)
        yield from _uses(node.right, aggregated)
    elif isinstance(node, Call):
        inside = aggregated or node.name in AGGREGATES
        for arg in node.args:
            yield from _uses(arg, inside)


def _ancestors(repeat: str | None, repeat_of: Mapping[str, str | None]) -> list[str | None]:
    """The repeat, its parent repeat, ..., then the root (None)."""
    chain: list[str | None] = []
    while repeat is not None and repeat not in chain:
        chain.append(repeat)
        repeat = repeat_of.get(repeat)
    return [*chain, None]


def _deeper(
    name: str, one: str | None, other: str | None, repeat_of: Mapping[str, str | None]
) -> str | None:
    """The more nested of two levels, when one holds the other."""
    if other in _ancestors(one, repeat_of):
        return one
    if one in _ancestors(other, repeat_of):
        return other
    raise PlacementError(
        name, f"it reads both repeat {one!r} and repeat {other!r} without an aggregate"
    )
