"""What a check is about, in words: the label of the question it judges.

Check ids (``stratum.required``, ``R01b``) mean nothing to an office clerk; the question's
label in the interface language does. Form checks are named ``<question>.<kind>``; a rule
points at its variables, the first of which is where the enumerator looks (as live checks do).
"""

from __future__ import annotations

import re

from surveytool.form.model import Form
from surveytool.validate.rules import RuleSet

_PIPED = re.compile(r"\$\{[^}]*\}")


def check_variable(check_id: str, form: Form, rules: RuleSet | None = None) -> str | None:
    """The question a check judges: a rule's first variable, or the question a form check is
    named after; None when it judges no single question (e.g. ``person.household_missing``)."""
    if rules is not None:
        for rule in rules.rules:
            if rule.id == check_id:
                return rule.variables[0] if rule.variables else None
    name = check_id.rsplit(".", 1)[0] if "." in check_id else check_id
    try:
        form.question(name)
    except KeyError:
        return None
    return name


def question_label(form: Form, name: str, language: str) -> str:
    """A question's label in ``language`` (else the form's default language), with piped
    answers (``${person_name}``) shown as an ellipsis: the office reads many households."""
    try:
        question = form.question(name)
    except KeyError:
        return ""
    text = question.label_in(language, form.settings.default_language)
    return " ".join(_PIPED.sub("…", text).split())


def check_label(check_id: str, form: Form, rules: RuleSet | None, language: str) -> str:
    """The label of the question a check judges, or "" when there is none."""
    name = check_variable(check_id, form, rules)
    return question_label(form, name, language) if name else ""
