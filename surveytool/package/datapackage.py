"""``datapackage.json``: the package's tables described as a Frictionless Tabular Data Package.

Anyone can check a package with ``frictionless validate datapackage.json`` and read it with
any Frictionless tool, without surveytool. The descriptor is built from the form, so the
shape of the survey is data: one resource per level (named after the level, its file
``<table>.csv``), each column typed from its question:

* ``integer`` and ``decimal`` questions -> ``integer`` and ``number``; ``date`` -> ``date``;
* a ``select_one`` whose codes are all canonical integers (``1``, ``-9``, not ``01``) ->
  ``integer`` with its value labels as ``categories`` (Table Schema 2.0:
  ``[{"value": 1, "label": "Male", "labels": {"fr": "Homme", ...}}]``; the extra ``labels``
  holds the other languages, which the standard allows beside ``value`` and ``label``);
  other select_one -> ``string`` with categories;
* a ``select_multiple`` holds space-separated codes, which ``categories`` would call invalid,
  so its labels go to ``itemCategories`` (our own property) on a ``string`` field;
* a calculation -> the type its column has in the table; anything else -> ``string``.

Blank cells are missing (``missingValues: [""]``). Each level's primary key is the root key
plus its position column (the root: the root key); every level below the root has a foreign
key to the root. Each resource carries the sha256 and size of its file, so the descriptor
(covered by the manifest's signature) pins the bytes. Other tables (the paradata of a batch)
come in ``extra`` by path, typed from their columns.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import pandas as pd

from surveytool.form.levels import Level, levels
from surveytool.form.model import Form, Question
from surveytool.package.tabular import csv_bytes

PROFILE = "tabular-data-package"
RESOURCE_PROFILE = "tabular-data-resource"
DIALECT = {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True}
_INTEGER_CODE = re.compile(r"-?(0|[1-9][0-9]*)")
_NAME = re.compile(r"[^a-z0-9._/-]+")
_BY_DTYPE = {"Int64": "integer", "Float64": "number"}
#: time and date-time stay strings: ODK's text (``09:15:00.000+01:00``) is what a reader gets
_BY_QUESTION = {"integer": "integer", "decimal": "number", "date": "date", "today": "date"}


class Derived(Protocol):
    """What a descriptor or codebook reads of a derived variable
    (``package.derive.DerivedVariable``)."""

    @property
    def name(self) -> str: ...
    @property
    def level(self) -> str: ...
    @property
    def labels(self) -> Mapping[str, str]: ...
    @property
    def type(self) -> str: ...
    @property
    def choices(self) -> Mapping[str, Mapping[str, str]]: ...


def descriptor(
    form: Form,
    tables: Mapping[str, pd.DataFrame],
    members: Mapping[str, bytes],
    *,
    extra: Mapping[str, pd.DataFrame] | None = None,
    languages: Sequence[str] = ("en", "fr", "ar", "pt"),
    derived: Sequence[Derived] = (),
) -> dict[str, Any]:
    """The descriptor of ``tables`` (one per level, keyed by ``level.table``) and of the
    ``extra`` tables (keyed by their path in the package). A file's hash and size are read
    from ``members`` (its path as key); a table whose file is not there is written with
    ``csv_bytes`` to measure it. ``derived`` variables (a harmonised package's) are titled
    and coded from their definitions."""
    spoken = [code for code in languages if code in form.language_codes] or [
        form.settings.default_language
    ]
    questions = {q.name: q for q in form.questions()}
    all_levels = levels(form)
    resources = []
    for level in all_levels:
        frame = tables[level.table]
        path = f"{level.table}.csv"
        made = {item.name: item for item in derived if item.level == level.name}
        fields = [
            _derived_field(made[str(name)], frame[name], spoken)
            if str(name) in made and str(name) not in questions
            else _field(form, questions.get(str(name)), str(name), frame[name], spoken)
            for name in frame.columns
        ]
        schema = {
            "fields": fields,
            "missingValues": [""],
            **_keys(level, all_levels[0], frame),
        }
        resources.append(_resource(level.name, path, members, frame, schema))
    for path, frame in sorted((extra or {}).items()):
        fields = [_typed_field(str(name), frame[name]) for name in frame.columns]
        schema = {"fields": fields, "missingValues": [""]}
        resources.append(_resource(_resource_name(path), path, members, frame, schema))
    return {
        "profile": PROFILE,
        "name": _NAME.sub("-", form.form_id.lower()),
        "title": form.settings.title,
        "version": form.version,
        "resources": resources,
    }


def _resource(
    name: str, path: str, members: Mapping[str, bytes], frame: pd.DataFrame, schema: dict[str, Any]
) -> dict[str, Any]:
    data = members.get(path)
    if data is None:
        data = csv_bytes(frame)
    return {
        "name": name,
        "path": path,
        "profile": RESOURCE_PROFILE,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": DIALECT,
        "bytes": len(data),
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
        "schema": schema,
    }


def _resource_name(path: str) -> str:
    """``paradata/cases.csv`` -> ``paradata-cases``."""
    stem = path.rsplit(".", 1)[0] if path.endswith(".csv") else path
    return _NAME.sub("-", stem.replace("/", "-").lower())


def _keys(level: Level, root: Level, frame: pd.DataFrame) -> dict[str, Any]:
    """The level's primary key and, below the root, its foreign key to the root (only
    columns the table has: a level without a position column has no primary key)."""
    key = level.record_key
    found: dict[str, Any] = {}
    lines = level.lines or ((level.position,) if level.position else ())
    # a nested record is named by every enclosing record's line, then its own (a trip: its
    # member's line and its own); a level with no line column has no primary key
    primary = [key] if level is root else [key, *lines] if lines else []
    if primary and all(name in frame.columns for name in primary):
        found["primaryKey"] = primary
    if level is not root and key in frame.columns:
        reference = {"resource": root.name, "fields": [key]}
        found["foreignKeys"] = [{"fields": [key], "reference": reference}]
    return found


def _field(
    form: Form, question: Question | None, name: str, column: pd.Series, spoken: list[str]
) -> dict[str, Any]:
    """A column's field: typed from its question (the key columns and calculations from the
    column), titled with the question's label, coded columns with their value labels."""
    if question is None:
        return _typed_field(name, column)
    field: dict[str, Any] = {"name": name, "type": field_type(form, question, column)}
    choices = form.choices_for(question) if question.is_select else None
    field.update(_texts(question.label, spoken, "title"))
    hint = _texts(question.hint, spoken, "description")
    field.update({k: v for k, v in hint.items() if k == "description"})
    if choices is not None:
        numeric = field["type"] == "integer"
        categories = [
            {
                "value": int(choice.value) if numeric else choice.value,
                **_category_labels(choice.label, spoken, choice.value),
            }
            for choice in choices.choices
        ]
        field["categories" if question.type == "select_one" else "itemCategories"] = categories
    return field


def field_type(form: Form, question: Question | None, column: pd.Series) -> str:
    """The Table Schema type of a column: from its question (see the module docstring), or
    from the column's dtype for calculations and columns that are not questions."""
    if question is None or question.type in ("calculate", "range"):  # range: by its step
        return _BY_DTYPE.get(str(column.dtype), "string")
    if _BY_DTYPE.get(str(column.dtype), "string") == "string" and question.identifier:
        return "string"  # a pseudonymised identifier: a keyed hash, whatever was asked
    if question.type == "select_one":
        choices = form.choices_for(question)
        codes = choices.values() if choices is not None else ()
        numeric = codes and all(_INTEGER_CODE.fullmatch(code) for code in codes)
        return "integer" if numeric else "string"
    return _BY_QUESTION.get(question.type, "string")


def _derived_field(item: Derived, column: pd.Series, spoken: list[str]) -> dict[str, Any]:
    """A derived column's field: typed from its data, titled and coded by its definition."""
    field = _typed_field(item.name, column)
    field.update(_texts(item.labels, spoken, "title"))
    if item.choices:
        numeric = field["type"] == "integer"
        field["categories"] = [
            {
                "value": int(code) if numeric and _INTEGER_CODE.fullmatch(code) else code,
                **_category_labels(labels, spoken, code),
            }
            for code, labels in ((str(c), t) for c, t in item.choices.items())
        ]
    return field


def _typed_field(name: str, column: pd.Series) -> dict[str, Any]:
    return {"name": name, "type": _BY_DTYPE.get(str(column.dtype), "string")}


def _texts(texts: Mapping[str, str], spoken: list[str], key: str) -> dict[str, Any]:
    """``{key: text in the first language, "labels": {other language: text}}`` of a
    question's label or hint (nothing for a text it does not have)."""
    present = [code for code in spoken if texts.get(code)]
    if not present:
        return {}
    first, others = present[0], present[1:]
    found: dict[str, Any] = {key: texts[first]}
    if others:
        found["labels"] = {code: texts[code] for code in others}
    return found


def _category_labels(texts: Mapping[str, str], spoken: list[str], code: str) -> dict[str, Any]:
    found = _texts(texts, spoken, "label")
    return found or {"label": code}
