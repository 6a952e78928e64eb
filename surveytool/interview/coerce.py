"""Turn what the enumerator gave into a typed answer, or say why it cannot be one.

Returns ``(value, None)`` or ``(None, reason)``; ``None`` as value means "no answer".
The reading itself is ``surveytool.form.answers``, shared with the batch reader, so live
entry and batch validation accept and refuse the same answers (see that module for what
each question type accepts).
"""

from __future__ import annotations

from surveytool.form.answers import Answer, answer_kind, read_answer
from surveytool.form.model import ChoiceList, Question

__all__ = ["Answer", "coerce"]


def coerce(
    question: Question, raw: object, choices: ChoiceList | None
) -> tuple[Answer | None, str | None]:
    kind = answer_kind(question)
    if kind == "computed" and read_answer("text", raw) != (None, None):
        return None, f"'{question.name}' is computed by the form and cannot be answered"
    return read_answer(kind, raw, None if choices is None else choices.values())
