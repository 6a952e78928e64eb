"""The function library's signatures, shared by the parser (arity checks) and both evaluators.

Each evaluator implements every name listed here; the conformance and property tests keep
the two implementations in step.
"""

from __future__ import annotations

from surveytool.expr.library import CONTEXT, PURE

#: name -> (minimum arguments, maximum arguments or None for any number)
ARITY: dict[str, tuple[int, int | None]] = {
    "if": (3, 3),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "coalesce": (2, 2),
    "concat": (0, None),
    "string-length": (1, 1),
    "regex": (2, 2),
    "int": (1, 1),
    "round": (1, 2),
    "number": (1, 1),
    "string": (1, 1),
    "boolean": (1, 1),
    "not": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    "today": (0, 0),
    "position": (1, 1),
    "count": (1, 1),
    "sum": (1, 1),
    "jr:choice-name": (2, 2),
    "floor": (1, 1),
    "ceiling": (1, 1),
    "abs": (1, 1),
    "contains": (2, 2),
    "starts-with": (2, 2),
    "substr": (2, 3),
    "min": (1, None),
    "max": (1, None),
}
ARITY.update({name: (f.low, f.high) for name, f in PURE.items()})
ARITY.update({name: (low, high) for name, (low, high, _) in CONTEXT.items()})
ARITY["normalize-space"] = (0, 1)  # without an argument they read '.', as in XPath 1.0
ARITY["string-length"] = (0, 1)
