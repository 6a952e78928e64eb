"""Variable and value labels of the flat tables, from the form and the derived variables.

The renderings (Stata, SPSS, XLSX, Parquet) all label a column the same way: a question's
label in the chosen language (the form's default language when it lacks one), a derived
variable's label from the derivations file, and for the key columns the tables add
(``case_uuid``, ``status``) a catalogued text. Value labels exist for coded columns: a
select_one's choices and a derived variable's codes.

A coded column is *numeric* when every code of its list is an integer written without a
leading zero (``sex``: 1, 2): Stata and SPSS then store it as a number with value labels (Stata
labels numbers only). A list with a text code (ISCED's ``X``, ISO country codes) or a code
whose leading zero means something (ISCO's ``0110``, ISIC's ``01``) stays text, its labels in
the labels sheet and the codebook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from surveytool.common.catalogue import Message, message
from surveytool.form.levels import CASE_UUID
from surveytool.form.model import Form, Question
from surveytool.package.derive import DerivedVariable

_KEY_LABELS: dict[str, Message] = {
    CASE_UUID: message("package.label.case_uuid", "Case identifier"),
    "status": message("package.label.status", "Status of the case"),
}
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")  # "0110" keeps its zero: text


@dataclass(frozen=True, slots=True)
class Labels:
    """Labels of the columns of one or more tables."""

    variables: Mapping[str, str]  # column -> label ("" when none)
    values: Mapping[str, Mapping[str, str]]  # coded column -> code -> label
    numeric: frozenset[str]  # coded columns whose codes are all integers

    def value_labels(self, column: str) -> Mapping[str, str]:
        return self.values.get(column, {})


def labels_of(
    form: Form,
    columns: Iterable[str],
    derived: Sequence[DerivedVariable] = (),
    language: str = "en",
) -> Labels:
    """The labels of ``columns`` (names not in the form nor derived get an empty label)."""
    questions = {q.name: q for q in form.questions()}
    by_name = {d.name: d for d in derived}
    fallback = form.settings.default_language
    variables: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    for name in columns:
        question, variable = questions.get(name), by_name.get(name)
        if variable is not None:
            variables[name] = _pick(variable.labels, language, fallback)
            if variable.choices:
                values[name] = {
                    code: _pick(texts, language, fallback) or code
                    for code, texts in variable.choices.items()
                }
        elif question is not None:
            variables[name] = question.label_in(language, fallback)
            coded = _choices(form, question, language, fallback)
            if coded:
                values[name] = coded
        else:
            key = _KEY_LABELS.get(name)
            variables[name] = key.text(language) if key is not None else ""
    numeric = frozenset(
        name
        for name, codes in values.items()
        if _numeric_column(name, questions, by_name) and all(_INTEGER.fullmatch(c) for c in codes)
    )
    return Labels(variables, values, numeric)


def _choices(form: Form, question: Question, language: str, fallback: str) -> dict[str, str]:
    if question.type != "select_one":  # select_multiple holds code lists, not one code
        return {}
    choice_list = form.choices_for(question)
    return choice_list.labels(language, fallback) if choice_list is not None else {}


def _numeric_column(
    name: str, questions: Mapping[str, Question], derived: Mapping[str, DerivedVariable]
) -> bool:
    if name in derived:
        return derived[name].type == "integer"
    return name in questions and questions[name].type == "select_one"


def _pick(texts: Mapping[str, str], language: str, fallback: str) -> str:
    for code in (language, fallback):
        if texts.get(code):
            return texts[code]
    return next((text for text in texts.values() if text), "")
