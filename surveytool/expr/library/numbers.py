"""Number functions of the ODK XForms specification ("Number Functions"): XPath 3.0's math
functions with Java's answers at the edges (NaN for a domain error, infinities for an
overflow), since Collect computes them with java.lang.Math; and round() as JavaRosa."""

from __future__ import annotations

import math
from collections.abc import Sequence

from surveytool.expr import values as v
from surveytool.expr.library.base import (
    Arg,
    Function,
    Value,
    functions,
    items,
    num,
    number_function,
)

_SPEC = "spec §fn:Number-Functions"


def java_pow(base: float, exponent: float) -> float:
    """java.lang.Math.pow: NaN for a NaN exponent or |1|^infinity, infinities on overflow
    and for 0 to a negative power (Python's math.pow raises or answers 1 there)."""
    if math.isnan(exponent) or (abs(base) == 1 and math.isinf(exponent)):
        return math.nan
    odd = exponent.is_integer() and exponent % 2 == 1
    try:
        return math.pow(base, exponent)
    except OverflowError:
        return -math.inf if base < 0 and odd else math.inf
    except ValueError:
        if base == 0 and exponent < 0:
            return -math.inf if math.copysign(1.0, base) < 0 and odd else math.inf
        return math.nan


def _round(args: Sequence[Arg]) -> Value:
    places = num(args[1], "round()") if len(args) > 1 else 0.0
    return v.round_xpath(num(args[0], "round()"), places)


def extreme(args: Sequence[Arg], pick: str) -> Value:
    """min()/max() over values and node-sets: NaN when one is NaN or there are none; of equal
    values the first wins (so the sign of a zero survives), as the vectorised side picks."""
    numbers = [v.to_number(x) for x in items(args)]
    if not numbers or any(math.isnan(n) for n in numbers):
        return math.nan
    best = numbers[0]
    for n in numbers[1:]:
        if (n < best) if pick == "min" else (n > best):
            best = n
    return best


FUNCTIONS: dict[str, Function] = functions(
    Function("round", 1, 2, _round, _SPEC),
    Function("pow", 2, 2, lambda a: java_pow(num(a[0], "pow()"), num(a[1], "pow()")), _SPEC),
    number_function("sqrt", math.sqrt, _SPEC),
    number_function("exp", math.exp, _SPEC),
    Function("exp10", 1, 1, lambda a: java_pow(10.0, num(a[0], "exp10()")), _SPEC),
    number_function("log", math.log, _SPEC),
    number_function("log10", math.log10, _SPEC),
    number_function("sin", math.sin, _SPEC),
    number_function("cos", math.cos, _SPEC),
    number_function("tan", math.tan, _SPEC),
    number_function("asin", math.asin, _SPEC),
    number_function("acos", math.acos, _SPEC),
    number_function("atan", math.atan, _SPEC),
    Function(
        "atan2", 2, 2, lambda a: math.atan2(num(a[0], "atan2()"), num(a[1], "atan2()")), _SPEC
    ),
    Function("pi", 0, 0, lambda a: math.pi, _SPEC),
)

#: pure versions of functions the evaluators implement themselves, for node-set arguments
NODESET_VERSIONS: dict[str, Function] = functions(
    Function("min", 1, None, lambda a: extreme(a, "min"), _SPEC, nodesets=True),
    Function("max", 1, None, lambda a: extreme(a, "max"), _SPEC, nodesets=True),
    Function(
        "concat",
        0,
        None,
        lambda a: "".join(v.to_string(x) for x in items(a)),
        "spec §fn:String-Functions",
        nodesets=True,
    ),
)
