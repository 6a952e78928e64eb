"""The settings sheet: what each column does here, and a warning for each one that does nothing.

pyxform reads its own settings (``form_id``, ``version``, ``form_title``, ``default_language``,
``instance_name``, ``style``...) into the root of ``workbook_to_json``'s output; our own columns
(the survey's shape: ``root_level``... ``enumerator_variable``) it passes through untouched.
A setting that ODK tools honour and we do not (a server to submit to, a key to encrypt with,
SMS fields) is accepted, since the workbook is also made for them, but never silently: each
is a located warning that says it is ignored here and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

from surveytool.common.catalogue import message
from surveytool.common.errors import Problem
from surveytool.expr import ExprSyntaxError, parse, ref_uses
from surveytool.form.checks import OUTSIDE_REPEAT, UNKNOWN_NAME
from surveytool.form.errors import BAD_EXPRESSION, LEVEL_NAMES, SURVEY_KEY, FormProblem
from surveytool.form.model import Element, Expression, Group, Question, Repeat
from surveytool.form.sheets import SheetIndex

IGNORED_SETTING = message(
    "form.settings.ignored", "the setting '{setting}' is ignored: surveytool has no use for it"
)
IGNORED_SERVER_SETTING = message(
    "form.settings.ignored_server",
    "the setting '{setting}' is ignored: surveytool sends cases in signed packages, not to an "
    "ODK server",
)
IGNORED_STYLE = message(
    "form.settings.ignored_style",
    "style '{style}' is a theme of web forms (Enketo): the desktop shows one page per group "
    "whatever the style",
)
#: the start of a setting's problem: which setting, and its text
WHERE_SETTING = message("form.settings.where", "the setting {column} ({source})")
UNKNOWN_DEFAULT_LANGUAGE = message(
    "form.settings.default_language",
    "default_language '{language}' is not a language of the form's columns ({languages}): "
    "the form opens in {used}",
)

#: settings that change what surveytool does (pyxform's spellings and ours)
HONOURED = frozenset(
    {
        "form_id",
        "set_form_id",
        "id_string",
        "form_title",
        "set_form_title",
        "title",
        "version",
        "default_language",
        "instance_name",
        "style",
        "allow_choice_duplicates",  # pyxform refuses a choice written twice unless it is set
        "clean_text_values",  # pyxform tidies the cells before we see them
        "root_level",
        "root_table",
        "root_key",
        "level_names",
        "survey_key",
        "enumerator_variable",
    }
)
#: settings for the way ODK Collect sends a submission to a server
SERVER = frozenset({"public_key", "submission_url", "auto_send", "auto_delete"})
#: ``style`` values that are what the desktop does anyway: one page per group
PAGES = frozenset({"pages"})

_ShapeText = Literal["root_level", "root_table", "root_key", "enumerator_variable"]
_SHAPE_TEXT_COLUMNS: tuple[_ShapeText, ...] = (
    "root_level",
    "root_table",
    "root_key",
    "enumerator_variable",
)


class Given(TypedDict, total=False):
    """The settings sheet's columns as ``Settings`` keywords (the given ones only)."""

    root_level: str
    root_table: str
    root_key: str
    enumerator_variable: str
    level_names: tuple[tuple[str, str], ...]
    survey_key: tuple[str, ...]
    instance_name: Expression
    style: str


class SettingsSheet:
    """Reads the settings sheet's one row; ``problems`` and ``warnings`` collect what it finds."""

    def __init__(self, sheet: SheetIndex, json: Mapping[str, Any]) -> None:
        self.sheet = sheet
        self.json = json
        self.row: Mapping[str, Any] = sheet.rows[0] if sheet.rows else {}
        self.problems: list[FormProblem] = []
        self.warnings: list[FormProblem] = []

    def read(self) -> Given:
        found = self.shape()
        name = self.instance_name()
        if name is not None:
            found["instance_name"] = name
        style = str(self.json.get("style") or "").strip()
        if style:
            found["style"] = style
            themes = [word for word in style.split() if word not in PAGES]
            if themes:
                self.warn("style", IGNORED_STYLE, style=" ".join(themes))
        for header in self.sheet.headers:
            self.check_used(header)
        return found

    def at(self, column: str) -> Any:
        return self.sheet.at(0, column)

    def warn(self, column: str, told: Any, **values: object) -> None:
        self.warnings.append(FormProblem(told, self.at(column), values))

    def check_used(self, header: str) -> None:
        setting = header.strip()
        base = setting.split("::", 1)[0].lower()
        if base in HONOURED or not str(self.row.get(header) or "").strip():
            return
        told = IGNORED_SERVER_SETTING if base in SERVER else IGNORED_SETTING
        self.warn(setting, told, setting=setting)

    def instance_name(self) -> Expression | None:
        """A case's name, an expression over its answers (ODK names a submission with it)."""
        text = str(self.json.get("instance_name") or "").strip()
        if not text:
            return None
        try:
            return Expression(text, parse(text))
        except ExprSyntaxError as error:
            self.problems.append(
                FormProblem(
                    BAD_EXPRESSION,
                    self.at("instance_name"),
                    {
                        "column": "instance_name",
                        "reason": error.reason,
                        "position": error.position + 1,
                        "text": repr(text),
                    },
                )
            )
            return None

    def shape(self) -> Given:
        """The survey-shape columns (our own; pyxform passes them through)."""
        row = self.row
        found: Given = {}
        for column in _SHAPE_TEXT_COLUMNS:
            text = str(row.get(column) or "").strip()
            if text:
                found[column] = text
        pairs = []
        for item in str(row.get("level_names") or "").split():
            repeat, _, level = item.partition(":")
            if not repeat or not level:
                where = self.at("level_names")
                self.problems.append(FormProblem(LEVEL_NAMES, where, {"item": repr(item)}))
                continue
            pairs.append((repeat, level))
        if pairs:
            found["level_names"] = tuple(pairs)
        key = tuple(str(row.get("survey_key") or "").split())
        if key and len(key) != 4:
            where = self.at("survey_key")
            self.problems.append(FormProblem(SURVEY_KEY, where, {"count": len(key)}))
        elif key:
            found["survey_key"] = key
        return found

    def check_default_language(self, written: str, names: Mapping[str, str], code: str) -> str:
        """The code of the language the form opens in: ``code``, unless ``default_language``
        names none of the columns' languages (``names``: column suffix -> code), which is a
        warning and opens the form in the first of them."""
        if not written or written == "default" or not names:
            return code
        if written in names or written.strip().lower() in names.values():
            return code
        used = next(iter(names.values()))
        self.warn(
            "default_language",
            UNKNOWN_DEFAULT_LANGUAGE,
            language=written,
            languages=", ".join(names),
            used=used,
        )
        return used

    def check_references(
        self, expression: Expression | None, children: tuple[Element, ...]
    ) -> None:
        """``instance_name`` names the case: it may read the case's answers, and a roster's
        only through an aggregate (count(), sum()...), as any case-level expression."""
        if expression is None:
            return
        repeat_of = _repeats_of(children, None)
        where = Problem(
            WHERE_SETTING, {"column": "instance_name", "source": repr(expression.source)}
        )
        for name, aggregated in ref_uses(expression.tree):
            reference = f"${{{name}}}"
            if name not in repeat_of:
                values = {"where": where, "reference": reference}
                self.problems.append(FormProblem(UNKNOWN_NAME, self.at("instance_name"), values))
            elif repeat_of[name] is not None and not aggregated:
                values = {"where": where, "reference": reference, "repeat": repeat_of[name]}
                self.problems.append(FormProblem(OUTSIDE_REPEAT, self.at("instance_name"), values))


def _repeats_of(elements: tuple[Element, ...], repeat: str | None) -> dict[str, str | None]:
    """Each element's name -> the innermost repeat holding it (a repeat holds itself)."""
    found: dict[str, str | None] = {}
    for element in elements:
        if isinstance(element, Group):
            inner = element.name if isinstance(element, Repeat) else repeat
            found[element.name] = inner
            found.update(_repeats_of(element.children, inner))
        elif isinstance(element, Question):
            found[element.name] = repeat
    return found
