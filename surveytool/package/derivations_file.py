"""Reading a derivations file (``forms/<form_id>.derived.yaml``) and checking it against the
form: the format is documented in ``surveytool.package.derive``.

Every problem is located (the file, the line of the derivation, its name) and all are
reported at once, as the rules loader does: a derivation reading a column the form does not
have, an expression that does not parse, an unknown built-in or a missing parameter fails the
load, instead of an export with a silently blank column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from surveytool.common.catalogue import message
from surveytool.common.errors import Location
from surveytool.expr import ExprSyntaxError, Node, parse
from surveytool.form import codelists
from surveytool.form.errors import FormError, FormProblem
from surveytool.form.levels import CASE_UUID, level_names, level_of_repeat, levels
from surveytool.form.model import Form
from surveytool.package.deidentify import dropped_columns
from surveytool.package.derive import TYPES, Derivation, Derivations, DerivedVariable
from surveytool.package.derive_builtins import BUILTINS, OPTIONAL, REQUIRED, columns_read

_UNREADABLE = message(
    "package.derivations.unreadable", "cannot read the derivations file: {reason}"
)
_NO_LIST = message("package.derivations.no_list", "expected a 'derived:' list")
_FIELD = message("package.derivations.field", "'{field}' is missing or not {kind}")
_A_MAPPING = message("package.derivations.a_mapping", "a mapping (name: value lines)")
_A_NAME = message("package.derivations.a_name", "a name")
_NAME = message(
    "package.derivations.name",
    "'{name}' cannot be a derived variable: it is not a valid name, or the form or a "
    "derivation above already has that column",
)
_LEVEL = message("package.derivations.level", "level must be one of {levels}, not {level}")
_TYPE = message("package.derivations.type", "type must be one of {types}, not {type}")
_HOW = message(
    "package.derivations.how", "give exactly one of 'expression' and 'builtin' for {name}"
)
_SYNTAX = message("package.derivations.syntax", "{field} of {name} does not parse: {reason}")
_BUILTIN = message("package.derivations.builtin", "unknown built-in '{builtin}' (known: {known})")
_PARAMETER = message(
    "package.derivations.parameter", "the built-in {builtin} needs the parameter '{parameter}'"
)
_UNKNOWN_PARAMETER = message(
    "package.derivations.unknown_parameter",
    "the built-in {builtin} has no parameter '{parameter}'",
)
_COLUMN = message(
    "package.derivations.column",
    "{name} reads '{column}', which is neither a column of level {level} (or of its root) "
    "nor a derivation above it",
)
_CHOICES = message(
    "package.derivations.choices",
    "choices of {name}: give a mapping of code to labels by language, or 'choices_from' "
    "with a shipped code list ({reason})",
)
_DIRECT = message(
    "package.derivations.direct",
    "{name} reads '{column}', a direct identifier (or a column made from one): a harmonised "
    "package may not carry anything derived from it",
)
_NAME_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def read(path: Path, form: Form) -> Derivations:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        document = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise FormError(
            [FormProblem(_UNREADABLE, Location(file), {"reason": str(error)})]
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("derived"), list):
        raise FormError([FormProblem(_NO_LIST, Location(file))])
    lines = _item_lines(document, len(data["derived"]))
    checker = _Checker(form, file)
    items = [checker.item(raw, line) for raw, line in zip(data["derived"], lines, strict=True)]
    if checker.problems:
        raise FormError(checker.problems)
    return Derivations(
        tuple(item for item in items if item is not None),
        disclosure=dict(data.get("disclosure") or {}),
        metadata=dict(data.get("metadata") or {}),
        path=file,
    )


def _item_lines(document: yaml.Node | None, count: int) -> list[int | None]:
    if isinstance(document, yaml.MappingNode):
        for key, value in document.value:
            if getattr(key, "value", None) == "derived" and isinstance(value, yaml.SequenceNode):
                return [node.start_mark.line + 1 for node in value.value]
    return [None] * count


class _Checker:
    """Checks one derivation after another; what each may read grows as they are read."""

    def __init__(self, form: Form, file: str) -> None:
        self.form, self.file = form, file
        self.problems: list[FormProblem] = []
        self.root = levels(form)[0]
        self.columns: dict[str, set[str]] = {level.name: set() for level in levels(form)}
        for question in form.questions():
            if question.type != "note":
                self.columns[level_of_repeat(form, question.repeat).name].add(question.name)
        for level in levels(form):
            self.columns[level.name] |= {CASE_UUID, level.key} - {""}
        self.columns[self.root.name].add("status")
        self.direct = set(dropped_columns(form))

    def problem(self, told: Any, line: int | None, where: str, **values: object) -> None:
        location = Location(self.file, row=line, column=where or None)
        self.problems.append(FormProblem(told, location, values))

    def item(self, raw: object, line: int | None) -> Derivation | None:
        if not isinstance(raw, dict):
            self.problem(_FIELD, line, "", field="name", kind=_A_MAPPING)
            return None
        name = raw.get("name")
        if not isinstance(name, str):
            self.problem(_FIELD, line, "", field="name", kind=_A_NAME)
            return None
        level, kind = raw.get("level"), raw.get("type", "integer")
        if level not in self.columns:
            self.problem(_LEVEL, line, name, levels=", ".join(level_names(self.form)), level=level)
            return None
        if kind not in TYPES:
            self.problem(_TYPE, line, name, types=", ".join(TYPES), type=kind)
        taken = any(name in columns for columns in self.columns.values())
        if not _NAME_PATTERN.fullmatch(name) or taken:
            self.problem(_NAME, line, name, name=name)
        readable = self.columns[level] | self.columns[self.root.name]
        expression = self.expression(raw, "expression", line, name)
        universe = self.expression(raw, "universe", line, name)
        builtin, parameters = raw.get("builtin"), raw.get("parameters") or {}
        if ("expression" in raw) == ("builtin" in raw):
            self.problem(_HOW, line, name, name=name)
        if builtin is not None:
            self.check_builtin(str(builtin), parameters, line, name)
        derivation = Derivation(
            DerivedVariable(
                name,
                level,
                _texts(raw.get("label")),
                str(kind),
                self.choices(raw, line, name),
            ),
            expression,
            universe,
            str(builtin) if builtin is not None else None,
            dict(parameters) if isinstance(parameters, dict) else {},
        )
        if builtin is None or builtin in BUILTINS:
            for column in sorted(derivation.reads() - readable):
                self.problem(_COLUMN, line, name, name=name, column=column, level=level)
            for column in sorted(derivation.reads() & self.direct):
                self.problem(_DIRECT, line, name, name=name, column=column)
                self.direct.add(name)
        self.columns[level].add(name)
        return derivation

    def expression(
        self, raw: Mapping[str, Any], key: str, line: int | None, name: str
    ) -> Node | None:
        source = raw.get(key)
        if source is None:
            return None
        try:
            return parse(str(source))
        except ExprSyntaxError as error:
            self.problem(_SYNTAX, line, name, field=key, name=name, reason=str(error))
            return None

    def check_builtin(self, builtin: str, parameters: object, line: int | None, name: str) -> None:
        if builtin not in BUILTINS:
            self.problem(_BUILTIN, line, name, builtin=builtin, known=", ".join(sorted(BUILTINS)))
            return
        given = parameters if isinstance(parameters, dict) else {}
        for parameter in REQUIRED[builtin]:
            if parameter not in given:
                self.problem(_PARAMETER, line, name, builtin=builtin, parameter=parameter)
        for parameter in given:
            if parameter not in REQUIRED[builtin] + OPTIONAL[builtin]:
                self.problem(_UNKNOWN_PARAMETER, line, name, builtin=builtin, parameter=parameter)
        columns_read(builtin, given)

    def choices(
        self, raw: Mapping[str, Any], line: int | None, name: str
    ) -> dict[str, dict[str, str]]:
        inline, listed = raw.get("choices"), raw.get("choices_from")
        if inline is None and listed is None:
            return {}
        try:
            if inline is not None:
                if not isinstance(inline, dict):
                    raise ValueError("not a mapping")
                return {str(code): _texts(labels) for code, labels in inline.items()}
            return _listed(listed)
        except (KeyError, ValueError, OSError) as error:
            self.problem(_CHOICES, line, name, name=name, reason=str(error))
            return {}


def _texts(value: object) -> dict[str, str]:
    """Labels by language; a plain string is the English label."""
    if isinstance(value, dict):
        return {str(language): str(text) for language, text in value.items()}
    return {"en": str(value)} if value is not None else {}


def _listed(spec: object) -> dict[str, dict[str, str]]:
    """Codes and labels of a shipped code list, per ``choices_from``."""
    if not isinstance(spec, dict):
        raise ValueError("choices_from is not a mapping")
    rows = codelists.rows(str(spec["list"]))
    code, label = str(spec.get("code", "code")), str(spec.get("label", "label"))
    where = {str(k): str(v) for k, v in (spec.get("where") or {}).items()}
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        if any(row.get(k) != v for k, v in where.items()) or row[code] in found:
            continue
        labels = {
            language: row[f"{label}_{language}"]
            for language in codelists.LABEL_LANGUAGES
            if row.get(f"{label}_{language}")
        }
        if not labels:
            raise KeyError(f"{label}_en")
        found[row[code]] = labels
    return found
