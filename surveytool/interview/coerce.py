"""Turn what the enumerator gave into a typed answer, or say why it cannot be one.

Returns ``(value, None)`` or ``(None, reason)``; ``None`` as value means "no answer". The
reason is a ``Problem`` (a catalogued message and its values): the engine renders it in the
interview's language.
The reading itself is ``surveytool.form.answers``, shared with the batch reader, so live
entry and batch validation accept and refuse the same answers (see that module for what
each question type accepts).
"""

from __future__ import annotations

from surveytool.common.catalogue import message
from surveytool.common.errors import Problem
from surveytool.form.answers import Answer, answer_kind, question_reader, read_answer
from surveytool.form.model import ChoiceList, Question

__all__ = ["Answer", "coerce"]

COMPUTED = message(
    "interview.answer.computed", "'{name}' is computed by the form: it cannot be answered"
)


def coerce(
    question: Question, raw: object, choices: ChoiceList | None
) -> tuple[Answer | None, Problem | None]:
    kind = answer_kind(question)
    if kind == "computed" and read_answer("text", raw) != (None, None):
        return None, Problem(COMPUTED, {"name": question.name})
    return question_reader(question, None if choices is None else choices.values())(raw)
