"""Select and node-set functions of the ODK XForms specification ("Select Functions",
"Boolean Functions", "Node-set Functions") that depend on their arguments only."""

from __future__ import annotations

import math
from collections.abc import Sequence

from surveytool.expr import values as v
from surveytool.expr.library.base import Arg, Function, Value, functions, items, num, text


def _selected_at(args: Sequence[Arg]) -> Value:
    """The item at the 0-based index of a space-separated list, '' outside it."""
    choices = text(args[0], "selected-at()").split()
    index = num(args[1], "selected-at()")
    if not math.isfinite(index):
        return ""
    position = math.trunc(index)
    return choices[position] if 0 <= position < len(choices) else ""


def _counts(value: Value) -> bool:
    """A checklist factor counts when boolean() makes it true, as in JavaRosa (the spec's
    "converts to a number > 0" would not count 'yes'). Answers here keep their type, so an
    integer answer 0 is false, where Collect, reading the text '0', counts it."""
    return v.to_boolean(value)


def _bound(value: float) -> float:
    """A checklist bound as Java's intValue() reads it: truncated, NaN as 0."""
    if math.isnan(value):
        return 0.0
    return value if math.isinf(value) else float(math.trunc(value))


def _checklist(args: Sequence[Arg]) -> Value:
    low, high = _bound(num(args[0], "checklist()")), _bound(num(args[1], "checklist()"))
    count = sum(1 for factor in items(args[2:]) if _counts(factor))
    return (low < 0 or count >= low) and (high < 0 or count <= high)


def _weighted(args: Sequence[Arg]) -> Value:
    low, high = num(args[0], "weighted-checklist()"), num(args[1], "weighted-checklist()")
    rest = args[2:]
    if len(rest) == 2 and isinstance(rest[0], list) and isinstance(rest[1], list):
        flags, weights = rest[0], rest[1]
    else:
        flags = [a for a in items(rest[0::2])]
        weights = [a for a in items(rest[1::2])]
    if len(flags) != len(weights):
        return False
    total = 0.0
    for flag, weight in zip(flags, weights, strict=True):
        if _counts(flag):
            total += v.to_number(weight)
    return low <= total <= high


def _count_non_empty(args: Sequence[Arg]) -> Value:
    return float(sum(1 for item in items(args) if v.to_string(item) != ""))


FUNCTIONS: dict[str, Function] = functions(
    Function("selected-at", 2, 2, _selected_at, "spec §fn:Select-Functions"),
    Function("checklist", 2, None, _checklist, "spec §fn:Boolean-Functions", nodesets=True),
    Function("weighted-checklist", 2, None, _weighted, "spec §fn:Boolean-Functions", nodesets=True),
    Function(
        "count-non-empty", 1, 1, _count_non_empty, "spec §fn:Node-set-Functions", nodesets=True
    ),
)
