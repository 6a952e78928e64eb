"""A case's name: the form's ``instance_name`` setting evaluated over the case's answers.

ODK names each submission with it (``concat(${village}, '-', ${head_name})``); the case list
shows it beside the survey key, so an enumerator finds "Kribi-Mbarga" rather than a number.
The expression is read at case level, like a calculation outside every repeat; the loader
refused any other reference (``surveytool.form.settings``).
"""

from __future__ import annotations

from functools import cache

from surveytool.expr.scalar import Compiled, compile_node
from surveytool.expr.values import to_string
from surveytool.form.model import Expression
from surveytool.interview.address import Address
from surveytool.interview.engine import Interview


def case_name(interview: Interview) -> str:
    """The case's name, "" when the form names none (or the answers named are not given)."""
    expression = interview.form.settings.instance_name
    if expression is None:
        return ""
    # the engine's one evaluation path (answers, rosters, context), at case level
    value = interview._run(_compiled(expression), Address(""), "")
    return to_string(value).strip()


@cache
def _compiled(expression: Expression) -> Compiled:
    return compile_node(expression.tree)
