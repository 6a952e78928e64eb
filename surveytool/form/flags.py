"""``required`` and ``read_only`` cells: the yes/no spellings ODK tools accept, or an expression.

pyxform turns yes/Yes/YES/true/True/TRUE into ``true()`` and no/NO/false... into ``false()``
(``aliases.BINDING_CONVERSIONS``); ``true()``, ``false()``, ``1`` and ``0`` are XPath that
means the same. Anything else is an expression, evaluated for the question.

Two spellings met in real forms need a word. ``T``/``F`` (a spreadsheet's TRUE/FALSE cut
short): pyxform passes them on as XPath, where ``T`` is a path to a child element named T,
which a question has not, so ODK Collect reads it as *not required*; the author meant yes, so
we read it as yes and warn that Collect does not (``F`` is no to both). A lone name such as
``w1`` (a column of the author's own sheet, or a question written without ``${}``) is the
same empty path to ODK: refused, with the spellings that are accepted.
"""

from __future__ import annotations

from surveytool.common.catalogue import message
from surveytool.expr import ExprSyntaxError, parse
from surveytool.expr.ast import Name
from surveytool.form.model import Expression

TRUE_WORDS = frozenset({"yes", "true", "true()", "1"})
FALSE_WORDS = frozenset({"no", "false", "false()", "0"})
SHORT_WORDS = {"t": True, "f": False}

FLAG_SHORT = message(
    "form.flag.short",
    "the {column} '{text}' is read as '{meaning}'; ODK Collect reads '{text}' as the name of "
    "a field and does not: write {meaning}",
)
FLAG_NAME = message(
    "form.flag.name",
    "the {column} '{text}' is neither yes nor no: write yes or no (also true, false, "
    "true(), false(), 1, 0), or an expression such as ${{{text}}} = 1",
)

TRUE = Expression("true()", parse("true()"))


def is_lone_name(text: str) -> bool:
    """``w1``: a name without ``${}`` and nothing else, which ODK reads as an empty path."""
    try:
        return isinstance(parse(text), Name)
    except ExprSyntaxError:  # the caller parses it again and reports the error, located
        return False
