"""The XLSForm expression engine: one parser, two evaluators that agree row by row.

Contract (ODK XForms / XPath 1.0 semantics, as JavaRosa applies them):

* ``parse(text) -> Node`` raises ``ExprSyntaxError`` (a ``ValueError``) naming the character
  where the text stops making sense; unknown functions and wrong argument counts are syntax
  errors too, so a form is checked completely when it loads.
* ``evaluate(text, answers, current=None, *, position=None, context=None)`` evaluates for one
  case. ``answers`` maps names to int, float, str, or None/'' when unanswered (a missing name
  is unanswered); a list is a repeat's values read from outside it, an XPath node-set: usable
  in comparisons (true if some member matches) and in the functions over node-sets
  (``count()``, ``sum()``, ``join()``, ``max()``, ``indexed-repeat()``...), an error in
  arithmetic. An unanswered value is the empty string, hence NaN in number context. A
  select_multiple answer is a space-separated string; a date is 'YYYY-MM-DD' and counts as
  days since 1970-01-01 in number context, a date-time (ISO 8601 with its offset) as days
  with the time of day as the fraction, so dates compare and subtract. Numbers come back as
  ``int`` when integral, booleans as ``bool``, text as ``str``.
* ``evaluate_table(text, frame, *, current, position, children, key, context)`` gives the same
  result for every row of a DataFrame at once (a Series); ``Table`` evaluates many
  expressions over one frame, converting each column once.
* What an expression needs beyond the answers comes through ``EvalContext`` (today, now, the
  choice labels, the form's version, its data files for ``pulldata()``) and, for
  ``indexed-repeat()``, ``Env.instances``: see ``surveytool.expr.hooks``.

Comparison: with a boolean on either side ``=``/``!=`` compare booleans, else with a number
on either side numbers (equal within 1e-12, as JavaRosa), else strings; ``< <= > >=``
compare numbers (NaN is never smaller or larger). ``div`` by zero gives ±Infinity or NaN;
``mod`` keeps the dividend's sign; ``round`` rounds a half toward +infinity on the number's
decimal text, as JavaRosa. The function library and its differences from JavaRosa are
listed in the README ("Expressions").
"""

from typing import TYPE_CHECKING

from surveytool.expr.ast import AGGREGATES, Node, Ref, is_volatile, nodeset_uses, ref_uses, walk
from surveytool.expr.errors import ExprError, ExprSyntaxError
from surveytool.expr.functions import ARITY
from surveytool.expr.parser import parse
from surveytool.expr.scalar import EvalContext, compile_expression, evaluate

if TYPE_CHECKING:
    from surveytool.expr.vector import Table, evaluate_table


def __getattr__(name: str) -> object:
    """The vectorised evaluator loads pandas, so it is imported on first use only."""
    if name in ("Table", "evaluate_table"):
        from surveytool.expr import vector

        return getattr(vector, name)
    raise AttributeError(name)


def references(expression: str) -> frozenset[str]:
    """The ``${names}`` an expression reads, e.g. to build the form's dependency graph."""
    return frozenset(node.name for node in walk(parse(expression)) if isinstance(node, Ref))


__all__ = [
    "AGGREGATES",
    "ARITY",
    "EvalContext",
    "ExprError",
    "ExprSyntaxError",
    "Node",
    "Table",
    "compile_expression",
    "evaluate",
    "evaluate_table",
    "is_volatile",
    "nodeset_uses",
    "parse",
    "ref_uses",
    "references",
    "walk",
]
