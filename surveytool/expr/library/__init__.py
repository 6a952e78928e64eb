"""The ODK XForms function library beyond the core, one module per family.

``PURE`` holds the functions whose value depends on their arguments only: both evaluators
call the same Python function (the vectorised one once per distinct combination of
arguments). ``CONTEXT`` lists the functions that read the evaluation's surroundings (the
clock, chance, the current answer, the form, its data files, a repeat's instances); each
evaluator implements those itself (``scalar_context``, ``vector_context``).
"""

from __future__ import annotations

from surveytool.expr.library import dates, geo, numbers, selects, strings
from surveytool.expr.library.base import Arg, Function, Pure

PURE: dict[str, Function] = {
    **strings.FUNCTIONS,
    **numbers.FUNCTIONS,
    **dates.FUNCTIONS,
    **geo.FUNCTIONS,
    **selects.FUNCTIONS,
}

#: pure versions of min(), max(), concat() for node-set arguments
NODESET_VERSIONS: dict[str, Function] = numbers.NODESET_VERSIONS

#: name -> (minimum, maximum arguments, spec section) of the context-dependent functions
CONTEXT: dict[str, tuple[int, int | None, str]] = {
    "now": (0, 0, "spec §fn:Date-and-Time-Functions"),
    "random": (0, 0, "spec §fn:Number-Functions"),
    "uuid": (0, 1, "spec §fn:String-Functions"),
    "once": (1, 1, "spec §fn:Boolean-Functions"),
    "version": (0, 0, "JavaRosa XPathFuncExpr version()"),
    "pulldata": (4, 4, "spec §fn:String-Functions"),
    "indexed-repeat": (3, 11, "spec §fn:Repeat-Functions"),
    "randomize": (1, 2, "spec §fn:Node-set-Functions"),
}

#: functions whose arguments may be a repeat's values (node-sets), by name
NODESET_FUNCTIONS = frozenset(
    {name for name, f in PURE.items() if f.nodesets} | set(NODESET_VERSIONS) | {"randomize"}
)

__all__ = ["CONTEXT", "NODESET_FUNCTIONS", "NODESET_VERSIONS", "PURE", "Arg", "Function", "Pure"]
