"""The ``build`` stage: pyxform's ``workbook_to_json`` output -> our frozen ``Form``.

Every expression is parsed here; problems are collected, not raised, so the author sees every
defect at once. The stages before and after this one are run by ``surveytool.form.loading``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pyxform.xls2json_backends import DefinitionData

from surveytool.common.catalogue import Message
from surveytool.common.errors import Location
from surveytool.expr import ExprSyntaxError, parse
from surveytool.form.attach import EXTERNAL_TYPES, all_questions, attach, search_of
from surveytool.form.bare_names import empty_bare_names
from surveytool.form.choices import media_of, sheet_choice_lists
from surveytool.form.columns import (
    BIND_KEYS,
    CONTROL_KEYS,
    ELEMENT_KEYS,
    PYXFORM_TYPES,
    UNSUPPORTED_COLUMNS,
)
from surveytool.form.entities import SAVE_TO, entity_list_warnings, save_to_warnings
from surveytool.form.errors import (
    BAD_EXPRESSION,
    IGNORED_COLUMN,
    UNSUPPORTED_COLUMN,
    UNSUPPORTED_KEY,
    UNSUPPORTED_TYPE,
    FormProblem,
)
from surveytool.form.flags import (
    FALSE_WORDS,
    FLAG_NAME,
    FLAG_SHORT,
    SHORT_WORDS,
    TRUE,
    TRUE_WORDS,
    is_lone_name,
)
from surveytool.form.items import (
    headers,
    is_generated_other,
    list_name,
    other_relevance,
    sheet_name,
    with_guidance,
)
from surveytool.form.model import (
    Element,
    Expression,
    Form,
    Group,
    Language,
    Question,
    Repeat,
    Settings,
)
from surveytool.form.names import unique_names
from surveytool.form.settings import SettingsSheet
from surveytool.form.sheets import SheetIndex
from surveytool.form.triggers import trigger_warnings
from surveytool.form.types import preloaded_type, pyxform_type

_LANGUAGE_CODE = re.compile(r"\(([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")
_TEXT_COLUMNS = frozenset({"label", "hint", "constraint_message", "required_message"})


class _Builder:
    def __init__(self, path: Path, data: DefinitionData, json: Mapping[str, Any]) -> None:
        self.path = path
        self.file = path.name
        self.json = json
        self.survey = SheetIndex(
            self.file, "survey", data.survey or [], headers(data.survey_header)
        )
        self.choices_sheet = SheetIndex(
            self.file, "choices", data.choices or [], headers(data.choices_header)
        )
        self.external_sheet = SheetIndex(
            self.file,
            "external_choices",
            data.external_choices or [],
            headers(data.external_choices_header),
        )
        self.entities = SheetIndex(
            self.file, "entities", data.entities or [], headers(data.entities_header)
        )
        self.problems: list[FormProblem] = []
        #: unique names of the elements whose name is written twice (``form.names``)
        self.unique = unique_names(json.get("children", []), self.survey)
        self.warnings: list[FormProblem] = []
        self.settings_sheet = SheetIndex(
            self.file, "settings", data.settings or [], headers(data.settings_header)
        )
        self.language_names: dict[str, str] = {}  # column suffix -> code, in column order
        for header in [*self.survey.headers, *self.choices_sheet.headers]:
            if "::" in header and header.split("::")[0].strip().lower() in _TEXT_COLUMNS:
                self.code_of(header.split("::", 1)[1].strip())
        self.column_languages = dict(self.language_names)  # before the default adds one
        written_default = str(json.get("default_language") or "default")
        if written_default == "default" and self.language_names:
            written_default = next(iter(self.language_names))
        self.default_language = written_default

    def problem(self, told: Message, location: Location, **values: object) -> None:
        self.problems.append(FormProblem(told, location, values))

    # -- languages ------------------------------------------------------------------------
    def code_of(self, language_name: str) -> str:
        if language_name.strip().lower() in self.language_names.values():
            return language_name.strip().lower()  # a code, e.g. default_language "fr"
        if language_name not in self.language_names:
            match = _LANGUAGE_CODE.search(language_name)
            code = match.group(1).lower() if match else language_name.strip().lower()
            self.language_names[language_name] = code
        return self.language_names[language_name]

    def text(self, value: object) -> Mapping[str, str]:
        if value is None:
            return MappingProxyType({})
        if isinstance(value, str):
            return MappingProxyType({self.code_of(self.default_language): value})
        if isinstance(value, Mapping):
            return MappingProxyType({self.code_of(k): str(t) for k, t in value.items()})
        return MappingProxyType({})

    # -- expressions ----------------------------------------------------------------------
    def expression(self, source: object, name: str, column: str) -> Expression | None:
        if source is None or str(source).strip() == "":
            return None
        text = str(source).strip()
        try:
            return Expression(text, parse(text))
        except ExprSyntaxError as error:
            self.problem(
                BAD_EXPRESSION,
                self.survey.location(name, column),
                column=column,
                reason=error.reason,
                position=error.position + 1,
                text=repr(text),
            )
            return None

    def flag(self, source: object, name: str, column: str) -> Expression | None:
        """``required``/``read_only``: the yes/no spellings ODK accepts, or an expression
        (``surveytool.form.flags`` says which and why T and a lone name need a word)."""
        if source is None:
            return None
        text = str(source).strip()
        word = text.lower()
        if word in TRUE_WORDS:
            return TRUE
        if word in FALSE_WORDS or not word:
            return None
        where = self.survey.location(name, column)
        if word in SHORT_WORDS:  # F means no to ODK as well (an empty path); T does not
            if SHORT_WORDS[word]:
                values: dict[str, object] = {"column": column, "text": text, "meaning": "yes"}
                self.warnings.append(FormProblem(FLAG_SHORT, where, values))
            return TRUE if SHORT_WORDS[word] else None
        if is_lone_name(text):
            self.problem(FLAG_NAME, where, column=column, text=text)
            return None
        return self.expression(text, name, column)

    # -- elements -------------------------------------------------------------------------
    def build(self) -> Form:
        children = self.elements(self.json.get("children", []), groups=(), repeat=None)
        children, emptied = empty_bare_names(children, self.survey.describe_column)
        self.warnings += entity_list_warnings(self.json.get("children", []), self.entities)
        self.warnings += emptied
        lists = sheet_choice_lists(self.json.get("choices", {}), self.text, self.choices_sheet)
        data_files = attach(self, all_questions(children), lists, self.external_sheet)
        used = dict(self.language_names)  # the languages the texts are written in
        default = self.code_of(self.default_language)
        spoken = used or self.language_names  # a default naming no text's language is none
        languages = tuple(Language(code, name) for name, code in spoken.items())
        sheet = SettingsSheet(self.settings_sheet, self.json)
        given = sheet.read()
        sheet.check_references(given.get("instance_name"), children)
        written = str(self.json.get("default_language") or "default")
        default = sheet.check_default_language(written, self.column_languages, default)
        self.problems += sheet.problems
        self.warnings += sheet.warnings
        settings = Settings(
            form_id=str(self.json.get("id_string") or self.path.stem),
            version=str(self.json.get("version") or ""),
            title=str(self.json.get("title") or self.path.stem),
            default_language=default,
            **given,
        )
        return Form(
            settings=settings,
            languages=languages,
            children=children,
            choice_lists=MappingProxyType(lists),
            source=str(self.path),
            warnings=tuple(self.warnings),
            data_files=MappingProxyType(data_files),
        )

    def elements(
        self, items: list[Mapping[str, Any]], groups: tuple[str, ...], repeat: str | None
    ) -> tuple[Element, ...]:
        built: list[Element] = []
        for item in items:
            name = str(item.get("name", ""))
            if item.get("type") == "group" and name == "meta" and not groups:
                # pyxform's meta group: its instanceID is the case's (not a question); an
                # audit is loaded as a question (the store's events are its paradata)
                audits = [c for c in item.get("children", []) if c.get("type") == "audit"]
                built.extend(self.elements(audits, groups, repeat))
                continue
            name = self.unique.get(id(item), name)
            self.check_keys(item, name)
            kind = item.get("type")
            if kind in ("group", "repeat"):
                built.append(self.group(item, name, groups, repeat))
            else:
                question = self.question(item, name, groups, repeat)
                if question is not None:
                    built.append(question)
        return tuple(built)

    def group(
        self, item: Mapping[str, Any], name: str, groups: tuple[str, ...], repeat: str | None
    ) -> Group:
        bind, control = item.get("bind", {}), item.get("control", {})
        inner_repeat = name if item.get("type") == "repeat" else repeat
        children = self.elements(item.get("children", []), (*groups, name), inner_repeat)
        common = {
            "name": name,
            "sheet_name": sheet_name(item, name),
            "label": self.text(item.get("label")),
            "relevant": self.expression(bind.get("relevant"), name, "relevant"),
            "appearance": control.get("appearance"),
            "children": children,
            "location": self.survey.location(name),
        }
        if item.get("type") == "repeat":
            count = self.expression(control.get("jr:count"), name, "repeat_count")
            return Repeat(**common, repeat_count=count)
        return Group(**common)

    def question(
        self, item: Mapping[str, Any], name: str, groups: tuple[str, ...], repeat: str | None
    ) -> Question | None:
        raw_type = str(item.get("type", ""))
        if raw_type in EXTERNAL_TYPES:
            return None  # declares a data file, which form.attach reads
        kind = PYXFORM_TYPES.get(raw_type) or pyxform_type(raw_type)
        kind = preloaded_type(item.get("bind", {}), kind)
        row = self.survey.index_of(name)
        raw_row = self.survey.rows[row] if row is not None else {}
        if kind is None:
            written = str(raw_row.get("type", raw_type))
            self.problem(UNSUPPORTED_TYPE, self.survey.location(name, "type"), type=written)
            return None
        if name.endswith("_other") and is_generated_other(item):
            label = {code: str(item.get("label", "")) for code in self.language_codes()}
            return Question(
                name=name,
                sheet_name=sheet_name(item, name),
                type="text",
                label=MappingProxyType(label),
                relevant=Expression(*other_relevance(name[: -len("_other")])),
                repeat=repeat,
                groups=groups,
                location=self.survey.location(name[:-6]),
            )
        bind, control = item.get("bind", {}), item.get("control", {})
        self.warnings += trigger_warnings(item, self.survey.location(name, "trigger"))
        self.warnings += save_to_warnings(item, self.survey.location(name, "save_to"))
        return Question(
            name=name,
            sheet_name=sheet_name(item, name),
            type=kind,
            label=self.text(item.get("label")),
            hint=with_guidance(self.text(item.get("hint")), self.text(item.get("guidance_hint"))),
            constraint_message=self.text(bind.get("jr:constraintMsg")),
            required_message=self.text(bind.get("jr:requiredMsg")),
            relevant=self.expression(bind.get("relevant"), name, "relevant"),
            constraint=self.expression(bind.get("constraint"), name, "constraint"),
            required=self.flag(bind.get("required"), name, "required"),
            calculation=self.expression(bind.get("calculate"), name, "calculation"),
            choice_filter=self.expression(item.get("choice_filter"), name, "choice_filter"),
            default=None if item.get("default") is None else str(item.get("default")),
            read_only=self.flag(bind.get("readonly"), name, "read_only") is not None,
            appearance=control.get("appearance"),
            choice_list=list_name(item),
            or_other="or_other" in str(raw_row.get("type", "")),
            media=media_of(item, self.text),
            search=search_of(self, control.get("appearance"), name),
            parameters=_parameters(item.get("parameters"), control),
            identifier=(
                str(item["identifier"]).strip().lower() if item.get("identifier") else None
            ),
            repeat=repeat,
            groups=groups,
            location=self.survey.location(name),
        )

    def language_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.language_names.values())) or ("default",)

    def check_keys(self, item: Mapping[str, Any], name: str) -> None:
        for key in item:
            if key not in ELEMENT_KEYS:
                self.unknown_column(key, name)
        for key in item.get("bind", {}):
            if key not in BIND_KEYS and key != SAVE_TO:  # save_to: a warning (form.entities)
                self.problem(UNSUPPORTED_KEY, self.survey.location(name), key=key)
        for key in item.get("control", {}):
            if key not in CONTROL_KEYS:
                self.problem(UNSUPPORTED_KEY, self.survey.location(name), key=key)

    def unknown_column(self, key: str, name: str) -> None:
        if key.split("::", maxsplit=1)[0].lower() in UNSUPPORTED_COLUMNS:
            self.problem(UNSUPPORTED_COLUMN, self.survey.location(name, key), key=key)
        else:
            self.warnings.append(FormProblem(IGNORED_COLUMN, self.survey.location(name, key)))


def _parameters(given: object, control: Mapping[str, Any]) -> Mapping[str, str]:
    """The ``parameters`` column as a mapping (pyxform gives a dict, or the text for types
    whose parameters it does not read: ``max-pixels=1024``), and the ``rows`` column (the
    lines of a text box) with them."""
    if isinstance(given, Mapping):
        found = {str(k): str(v) for k, v in given.items()}
    else:
        pairs = (part.partition("=") for part in str(given or "").replace(";", " ").split())
        found = {key: value for key, _, value in pairs if key}
    if control.get("rows"):
        found["rows"] = str(control["rows"])
    return MappingProxyType(found)


def build(
    path: Path, data: DefinitionData, json: Mapping[str, Any], warnings: list[FormProblem]
) -> tuple[Form, list[FormProblem]]:
    """Our model of ``workbook_to_json``'s output, and the problems met while mapping it."""
    builder = _Builder(path, data, json)
    builder.warnings.extend(warnings)
    form = builder.build()
    return form, builder.problems
