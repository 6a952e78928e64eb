"""What an expression asks of the world around it: the hooks its caller supplies.

Most functions depend on their arguments only. A few read what the form's surroundings
hold, and the expression engine does not know where that is; the caller (the interview, the
batch validator) hands it in through these two protocols:

* ``ExternalData`` on ``EvalContext.external`` (form-wide, the same for every evaluation):
  ``pulldata('instance', 'column', 'key_column', key)`` reads a CSV file beside the form
  (``instance`` is the file name without ``.csv``, as in ODK's media files). The vectorised
  evaluator calls the same provider once per distinct key, so pulldata() works in batch
  too. Without a provider, pulldata() is ``''`` on both sides.
* ``RepeatReader`` on ``Env.instances`` (one per evaluation, because it knows *where* the
  expression is evaluated): ``indexed-repeat(${q}, ${rep}, i[, ${rep2}, j ...])`` asks it
  for the value of ``q`` in the instance reached by the (repeat, 1-based index) steps,
  outermost first. Repeats an expression does not name are those of the evaluation's own
  instance, as JavaRosa contextualises the reference. Without a reader, one step reads the
  list of the repeat's values (``Env.repeats`` or ``Env.answers``); the vectorised
  evaluator answers one step from its child table and refuses deeper steps with
  "not available in batch".

Both return a value as the engine holds it (``str``, ``float`` or ``bool``); ``''`` is
"nothing there" (an unknown key, an index past the last instance), which ODK shows as a
blank rather than an error. A form author's mistake that no evaluation can repair (a CSV
file or a column that does not exist) is an ``ExprError`` with a message that names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from surveytool.expr.values import Value


class ExternalData(Protocol):
    """The data files beside a form, for ``pulldata()`` (provided by ``surveytool.form``)."""

    def pulldata(self, instance: str, column: str, key_column: str, key: str) -> str:
        """``column`` of the first row of ``instance`` whose ``key_column`` is ``key``.

        ``''`` when no row matches; ``ExprError`` when ``instance`` or a column is unknown.
        Called once per distinct key by the batch side: keep it free of side effects.
        """
        ...


class RepeatReader(Protocol):
    """A repeat's instances by number, for ``indexed-repeat()`` (provided by the interview)."""

    def indexed_repeat(self, name: str, steps: Sequence[tuple[str, int]]) -> Value:
        """The value of question ``name`` in the instance reached by ``steps``.

        ``steps`` are ``(repeat name, 1-based index)`` pairs in the order the expression
        gives them (outermost first). Indexes below 1 read as 1, as in JavaRosa; an index
        past the last instance, or a question not answered there, is ``''``.
        """
        ...
