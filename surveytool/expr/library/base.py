"""The shape of a library function, shared by both evaluators.

A *pure* function takes its evaluated arguments and returns a value: the scalar evaluator
calls it once per case, the vectorised one once per distinct combination of argument
values (``surveytool.expr.vector_library``), so the two agree by construction. Arguments
are values (``str``, ``float``, ``bool``), or lists (a repeat's values, XPath's node-sets)
where ``nodesets`` says a function accepts them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from surveytool.expr import values as v
from surveytool.expr.errors import ExprError

Value = v.Value
Arg = Value | list[Value]
Pure = Callable[[Sequence[Arg]], Value]


@dataclass(frozen=True, slots=True)
class Function:
    """A library function: its arity, its implementation, and whether lists may be passed."""

    name: str
    low: int
    high: int | None
    pure: Pure
    #: the spec section it comes from, for the README's table and the tests' citations
    section: str
    #: may an argument be a list (a node-set)? Otherwise a list is an error
    nodesets: bool = False


def single(arg: Arg, where: str) -> Value:
    """A value that must not be a list: a repeat's values need count(), sum(), join()..."""
    if isinstance(arg, list):
        raise ExprError(
            f"{where}: a repeat's values (one per instance) can only be used inside "
            "count(), sum() or another function over a repeat"
        )
    return arg


def num(arg: Arg, where: str = "number") -> float:
    return v.to_number(single(arg, where))


def text(arg: Arg, where: str = "string") -> str:
    return v.to_string(single(arg, where))


def items(args: Sequence[Arg]) -> list[Value]:
    """The arguments with lists spread out, as XPath reads several node-sets in a row."""
    spread: list[Value] = []
    for arg in args:
        if isinstance(arg, list):
            spread.extend(arg)
        else:
            spread.append(arg)
    return spread


def number_function(name: str, function: Callable[[float], float], section: str) -> Function:
    """A one-argument number function; math domain errors give NaN as in Java."""

    def apply(args: Sequence[Arg]) -> Value:
        x = num(args[0], f"{name}()")
        try:
            return float(function(x))
        except (ValueError, OverflowError):
            return _special(name, x)

    return Function(name, 1, 1, apply, section)


def _special(name: str, x: float) -> float:
    """Java's answers where Python's math raises: exp overflow is Infinity, log(0) -Infinity."""
    if name in ("exp", "exp10") and x > 0:
        return float("inf")
    if name in ("log", "log10") and x == 0:
        return float("-inf")
    return float("nan")


def functions(*found: Function) -> dict[str, Function]:
    return {function.name: function for function in found}
