"""``codebook.xlsx``: every variable of a package's tables and every code, for the people who
analyse the data without the form.

Sheet ``variables``: one row per column of each level's table, in table order, then the
derived variables: its level, name, type (the Table Schema type of ``datapackage.json``), the
question type of the form (``key`` for the columns the tables add, ``derived`` for derived
variables), the label in every language of the form, the universe (the relevance of the
question and of its groups: who was asked; blank when everyone was; ``derived`` for a
derived variable), whether it identifies someone (``direct`` or ``pseudonym``, from the form)
and the list of its codes.

Sheet ``values``: each list once, in order of first use: list, code, label in every
language. Choice lists keep their name in the form; a derived variable's codes are listed
under its own name.

The bytes depend only on the content (``common.xlsx.workbook_bytes``), so the codebook's hash
in a package is reproducible, and every text passes through ``common.xlsx.append_row``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from surveytool.common.catalogue import Message, message
from surveytool.common.xlsx import append_row, workbook_bytes
from surveytool.form.levels import CASE_UUID, levels
from surveytool.form.model import Form, Question
from surveytool.package.datapackage import Derived, field_type
from surveytool.validate.checks import universe_of

VARIABLES = "variables"
VALUES = "values"
DERIVED = "derived"
KEY = "key"

_KEY_LABELS: dict[str, Message] = {
    CASE_UUID: message("package.codebook.case_uuid", "Case identifier (uuid)"),
    "status": message("package.codebook.status", "Status of the case"),
}


def codebook_xlsx(
    form: Form, tables: Mapping[str, pd.DataFrame], derived: Sequence[Derived] = ()
) -> bytes:
    """The codebook of ``tables`` (one per level, keyed by ``level.table``) as XLSX bytes."""
    languages = list(form.language_codes) or [form.settings.default_language]
    workbook = Workbook()
    variables: Worksheet = workbook.worksheets[0]
    variables.title = VARIABLES
    values: Worksheet = workbook.create_sheet(VALUES)
    label_heads = [f"label_{code}" for code in languages]
    append_row(
        variables,
        ["level", "name", "type", "question", *label_heads, "universe", "identifier", "codes"],
    )
    append_row(values, ["list", "code", *label_heads])
    questions = {q.name: q for q in form.questions()}
    names = {d.name for d in derived}
    lists: dict[str, list[list[str]]] = {}
    for level in levels(form):
        frame = tables.get(level.table)
        if frame is None:
            continue
        for column in frame.columns:
            name = str(column)
            if name in names:
                continue  # listed with the derived variables below
            question = questions.get(name)
            append_row(
                variables, _variable(form, level.name, name, question, frame[column], languages)
            )
            if question is not None and question.choice_list and question.is_select:
                _add_list(lists, form, question, languages)
    for variable in derived:
        codes = variable.name if variable.choices else ""
        labels = [variable.labels.get(code, "") for code in languages]
        row = [variable.level, variable.name, variable.type, DERIVED, *labels, DERIVED, "", codes]
        append_row(variables, row)
        if variable.choices:
            lists[variable.name] = [
                [variable.name, code, *(texts.get(lang, "") for lang in languages)]
                for code, texts in variable.choices.items()
            ]
    for rows in lists.values():
        for row in rows:
            append_row(values, row)
    _finish(variables, [12, 24, 10, 16, *([40] * len(languages)), 40, 10, 16])
    _finish(values, [16, 10, *([40] * len(languages))])
    return workbook_bytes(workbook)


def _variable(
    form: Form,
    level: str,
    name: str,
    question: Question | None,
    column: pd.Series,
    languages: list[str],
) -> list[str]:
    kind = field_type(form, question, column)
    if question is None:
        key = _KEY_LABELS.get(name)
        labels = [key.text(code) if key is not None else "" for code in languages]
        return [level, name, kind, KEY, *labels, "", "", ""]
    labels = [question.label.get(code, "") for code in languages]
    universe = universe_of(form, question) or ""
    codes = question.choice_list if question.is_select and question.choice_list else ""
    return [level, name, kind, question.type, *labels, universe, question.identifier or "", codes]


def _add_list(
    lists: dict[str, list[list[str]]], form: Form, question: Question, languages: list[str]
) -> None:
    choices = form.choices_for(question)
    if choices is None or choices.name in lists:
        return
    lists[choices.name] = [
        [choices.name, choice.value, *(choice.label.get(code, "") for code in languages)]
        for choice in choices.choices
    ]


def _finish(sheet: Worksheet, widths: list[int]) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
