"""Checks derived from the form itself, written once: types, choices, universes, constraints.

For every question: a value of the right type and among the choices; no answer outside the
question's universe (relevance of the question and of its groups); an answer when it is
required inside its universe; the question's constraint. Together with the rules file
these are every check batch validation runs; the interview engine runs the same form
expressions live.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from surveytool.common.catalogue import message
from surveytool.common.errors import Problem
from surveytool.form.levels import level_of_repeat
from surveytool.form.model import ENTERED_TYPES, Form, Group, Question
from surveytool.interview.engine import CONSTRAINT, REQUIRED

ANSWERED = ENTERED_TYPES  # the questions an enumerator answers: metadata is filled


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """One named check: ``expression`` is true for a valid record (``.`` is ``current``)."""

    id: str
    level: str  # a level of the form (surveytool.form.levels)
    severity: str
    expression: str
    variables: tuple[str, ...]
    #: per language (a catalogued ``Message`` is one), or a ``Problem`` whose message has values
    message: Mapping[str, str] | Problem
    current: str | None = None


_MESSAGES = {
    "outside": message(
        "validate.check.outside",
        "Answered although the question does not apply (skip rule): remove the answer or fix the answers that route to it.",
    ),
    "required": REQUIRED,  # one wording for a check, live or in batch
    "constraint": CONSTRAINT,
    "choice": message(
        "validate.check.choice",
        "The code is not one of the question's choices.",
    ),
}


def universe_of(form: Form, question: Question) -> str | None:
    """The question's universe: its relevance and its groups', as one expression."""
    parts = [question.relevant.source] if question.relevant else []
    for group_name in reversed(question.groups):
        group = form.element(group_name)
        if isinstance(group, Group) and group.relevant is not None:
            parts.append(group.relevant.source)
    return " and ".join(f"({part})" for part in parts) if parts else None


def form_checks(form: Form) -> list[CheckSpec]:
    specs: list[CheckSpec] = []
    for question in form.questions():
        if question.type not in ANSWERED:
            continue
        level = level_of_repeat(form, question.repeat).name
        name, universe = question.name, universe_of(form, question)
        ref = f"${{{name}}}"
        if universe is not None:
            specs.append(
                CheckSpec(
                    f"{name}.outside_universe",
                    level,
                    "error",
                    f"{ref} = '' or ({universe})",
                    (name,),
                    _MESSAGES["outside"],
                )
            )
        if question.required is not None and not question.read_only:
            condition = universe or "true()"
            required = question.required.source
            specs.append(
                CheckSpec(
                    f"{name}.required",
                    level,
                    "error",
                    f"not(({condition}) and ({required})) or {ref} != ''",
                    (name,),
                    {**_MESSAGES["required"], **dict(question.required_message)},
                )
            )
        if question.constraint is not None:
            guard = f"{ref} = ''" + (f" or not({universe})" if universe else "")
            specs.append(
                CheckSpec(
                    f"{name}.constraint",
                    level,
                    "error",
                    f"{guard} or ({question.constraint.source})",
                    (name,),
                    {**_MESSAGES["constraint"], **dict(question.constraint_message)},
                    current=name,
                )
            )
    return specs


def choice_message() -> Mapping[str, str]:
    return _MESSAGES["choice"]
