"""Loader stage: give every select its choice list and read the files beside the form.

Runs after the survey sheet became questions (``xlsform._Builder.build``). It reads each
data file a form names once, whoever names it (a ``select_one_from_file``, a ``search()``
appearance, a ``csv-external`` row, a ``pulldata()`` call), checks the columns each use
needs, and reports a missing file or column at the cell that names it: the author learns it
when the form opens, not when an enumerator reaches the question. A media file (an image
beside a label) that is missing is only a warning: the form works without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Location
from surveytool.expr.ast import Call, Literal, walk
from surveytool.form.choices import (
    builtin_choice_list,
    external_choice_lists,
    file_choice_list,
    list_as_data,
    search_choice_list,
)
from surveytool.form.errors import NO_CHOICE_LIST, FormProblem
from surveytool.form.external import (
    DATA_FILE_SUFFIXES,
    DataFile,
    DataFileError,
    data_file_name,
    read_data_file,
)
from surveytool.form.model import ChoiceList, Element, Group, Question
from surveytool.form.search import Search, SearchError, parse_search
from surveytool.form.sheets import SheetIndex

NO_EXTERNAL_LIST = message(
    "form.choices.no_external",
    "'{list}' of '{question}' is not a list of the external_choices sheet",
)
BAD_SEARCH = message("form.appearance.search", "the appearance's search() cannot be read: {reason}")
SEARCH_TWO_FILES = message(
    "form.appearance.search_files",
    "the list '{list}' is searched in two files ('{file}' and '{other}'): give each its own "
    "list on the choices sheet",
)
SEARCH_NO_ROW = message(
    "form.appearance.search_row",
    "the list '{list}' of a search() needs one row on the choices sheet: its name names the "
    "value column of '{file}', its label the label column(s)",
)
SPACE_IN_CODE = message(
    "form.choices.file_space",
    "'{file}' has the value '{value}' with a space, which a select_multiple cannot hold (its "
    "answer is the values joined by spaces): change it in the file",
)
MISSING_MEDIA = message(
    "form.media.missing",
    "the {kind} file '{file}' is not beside the form: the question shows without it",
)
EXTERNAL_TYPES = frozenset({"csv-external", "xml-external"})
_FILE_TYPE = re.compile(
    r"^\s*(select_one_from_file|select_multiple_from_file|select_one_external)\s+(\S+)"
)


class Builder(Protocol):
    """What this stage needs of the loader (``xlsform._Builder``)."""

    path: Path
    survey: SheetIndex
    choices_sheet: SheetIndex
    warnings: list[FormProblem]

    def text(self, value: object) -> Mapping[str, str]: ...

    default_language: str

    def language_codes(self) -> tuple[str, ...]: ...

    def code_of(self, language_name: str) -> str: ...

    def problem(self, told: Message, location: Location, **values: object) -> None: ...


@dataclass
class FilesBeside:
    """The data files read for one form, by instance name (each file read once)."""

    folder: Path
    files: dict[str, DataFile] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # reported once, where first named

    def read(self, file_name: str, what: str) -> DataFile:
        name = Path(file_name).stem
        found = self.files.get(name)
        if found is None or found.file != file_name:
            found = self.files[name] = read_data_file(self.folder, file_name, what)
        return found


def search_of(builder: Builder, appearance: object, name: str) -> Search | None:
    """The question's ``search()``, or None; a bad one is a located problem."""
    try:
        return parse_search(str(appearance) if appearance else None)
    except SearchError as error:
        where = builder.survey.location(name, "appearance")
        builder.problem(BAD_SEARCH, where, reason=str(error))
        return None


def attach(
    builder: Builder,
    questions: list[Question],
    lists: dict[str, ChoiceList],
    external_sheet: SheetIndex | None,
) -> dict[str, DataFile]:
    """Add the lists the questions need to ``lists``; return the data files read."""
    files = FilesBeside(builder.path.parent)
    external = external_choice_lists(external_sheet, builder.text) if external_sheet else {}
    searched: dict[str, str] = {}  # list name -> file it is searched in
    for question in questions:
        if question.is_select and question.choice_list:
            _attach_one(builder, question, lists, external, files, searched)
    for row_index, row in enumerate(builder.survey.rows):
        kind = str(row.get("type", "")).strip()
        if kind in EXTERNAL_TYPES:
            file_name = str(row.get("name", "")) + (".csv" if kind == "csv-external" else ".xml")
            _read(builder, files, file_name, builder.survey.at(row_index, "name"), kind)
    for question in questions:
        _check_pulldata(builder, question, files, lists)
    check_media(builder, questions, lists)
    return files.files


def _attach_one(
    builder: Builder,
    question: Question,
    lists: dict[str, ChoiceList],
    external: Mapping[str, ChoiceList],
    files: FilesBeside,
    searched: dict[str, str],
) -> None:
    list_name = question.choice_list or ""
    where = builder.survey.location(question.name, "type")
    index = builder.survey.index_of(question.name)
    written = str(builder.survey.rows[index].get("type", "")) if index is not None else ""
    match = _FILE_TYPE.match(written)
    command, item = (match.group(1), match.group(2)) if match else ("", "")
    if command == "select_one_external":
        if item not in external:
            builder.problem(NO_EXTERNAL_LIST, where, list=item, question=question.name)
        else:
            lists[list_name] = external[item]
        return
    if question.search is not None and list_name in lists:
        _attach_search(builder, question, lists, files, searched)
        return
    if list_name in lists and not command:
        return
    if list_name.startswith("${"):  # a select from a repeat's answers: not a file
        builder.problem(NO_CHOICE_LIST, where, file=list_name, question=question.name)
        return
    file_name = item or f"{list_name}.csv"
    built = builtin_choice_list(file_name, builder.language_codes())
    if built is not None:
        lists[list_name] = built
        return
    if Path(file_name).suffix.lower() not in DATA_FILE_SUFFIXES:
        builder.problem(NO_CHOICE_LIST, where, file=file_name, question=question.name)
        return
    data = _read(builder, files, file_name, where, f"'{question.name}'")
    if data is None:
        return
    parameters = question.parameters
    geojson = file_name.lower().endswith(".geojson")  # ODK: a feature's id and title
    try:
        lists[list_name] = file_choice_list(
            data,
            list_name,
            builder.text,
            value_column=parameters.get("value", "id" if geojson else "name"),
            label_column=parameters.get("label", "title" if geojson else "label"),
        )
    except DataFileError as error:
        builder.problem(error.told, where, **error.values)
        return
    if question.type == "select_multiple":
        spaced = next((v for v in lists[list_name].values() if " " in v), None)
        if spaced is not None:  # the answer is the codes joined by spaces
            builder.problem(SPACE_IN_CODE, where, file=file_name, value=spaced)


def _attach_search(
    builder: Builder,
    question: Question,
    lists: dict[str, ChoiceList],
    files: FilesBeside,
    searched: dict[str, str],
) -> None:
    assert question.search is not None and question.choice_list is not None
    list_name = question.choice_list
    where = builder.survey.location(question.name, "appearance")
    file_name = data_file_name(question.search.file)
    if list_name in searched:
        if searched[list_name] != file_name:
            builder.problem(
                SEARCH_TWO_FILES, where, list=list_name, file=searched[list_name], other=file_name
            )
        return
    searched[list_name] = file_name  # tried once: a problem is reported once
    template = lists[list_name]
    if len(template.choices) != 1:
        builder.problem(SEARCH_NO_ROW, template.location, list=list_name, file=file_name)
        return
    data = _read(builder, files, file_name, where, f"the search() of '{question.name}'")
    if data is None:
        return
    try:
        lists[list_name] = search_choice_list(data, template, builder.text)
    except DataFileError as error:
        builder.problem(error.told, template.location, **error.values)


def _read(
    builder: Builder, files: FilesBeside, file_name: str, where: Location, what: str
) -> DataFile | None:
    if file_name in files.refused:
        return None
    try:
        return files.read(file_name, what)
    except DataFileError as error:
        files.refused.add(file_name)
        builder.problem(error.told, where, **error.values)
        return None


def _check_pulldata(
    builder: Builder, question: Question, files: FilesBeside, lists: Mapping[str, ChoiceList]
) -> None:
    """Each ``pulldata('file', 'column', 'key column', key)`` (or ``instance('file')/root/
    item[key column = key]/column``, which the parser reads as one) whose file and columns
    are written as text: the file or choice list exists and has the two columns. A file
    read already (a select_one_from_file's geojson, a csv-external) answers by its name; a
    choice list of the form answers when no CSV of that name is beside the form."""
    for column, call in _pulldata_calls(question):
        texts = [arg.value if isinstance(arg, Literal) else None for arg in call.args[:3]]
        if not isinstance(texts[0], str):
            continue
        name = texts[0]
        where = builder.survey.location(question.name, column)
        file_name = data_file_name(name)
        data = files.files.get(Path(file_name).stem)
        if data is None and name in lists and not (files.folder / file_name).is_file():
            default = builder.code_of(builder.default_language)
            data = files.files[name] = list_as_data(lists[name], default)
        if data is None:
            data = _read(builder, files, file_name, where, "pulldata()")
        if data is None:
            continue
        try:
            data.require(*(text for text in texts[1:] if isinstance(text, str)))
        except DataFileError as error:
            builder.problem(error.told, where, **error.values)


def _pulldata_calls(question: Question) -> Iterator[tuple[str, Call]]:
    for column in ("relevant", "constraint", "required", "calculation", "choice_filter"):
        expression = getattr(question, column)
        if expression is None:
            continue
        for node in walk(expression.tree):
            if isinstance(node, Call) and node.name == "pulldata" and len(node.args) == 4:
                yield column, node


def check_media(
    builder: Builder, questions: list[Question], lists: Mapping[str, ChoiceList]
) -> None:
    """A warning for each media file named on the survey or choices sheet but not there."""
    folder = builder.path.parent
    seen: set[str] = set()

    def look(media: Mapping[str, Mapping[str, str]], where: Location) -> None:
        for kind, by_language in media.items():
            for file_name in by_language.values():
                if file_name in seen or (folder / file_name).is_file():
                    continue
                seen.add(file_name)
                problem = FormProblem(MISSING_MEDIA, where, {"kind": kind, "file": file_name})
                builder.warnings.append(problem)

    for question in questions:
        look(question.media, builder.survey.location(question.name))
    for choice_list in lists.values():
        if choice_list.source in ("choices", "external_choices"):
            for choice in choice_list.choices:
                look(choice.media, choice_list.location)


def all_questions(elements: tuple[Element, ...]) -> list[Question]:
    found: list[Question] = []
    for element in elements:
        if isinstance(element, Group):
            found.extend(all_questions(element.children))
        else:
            found.append(element)
    return found
