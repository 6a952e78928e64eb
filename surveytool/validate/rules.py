"""Batch rules as data: ``validators/<form_id>.yaml``, loaded and checked against the form.

A rule that does not parse, names an unknown variable, or lacks a field is a located load
error (file, line, rule id), never a silently skipped rule. A built-in check names the
columns it reads in its ``parameters`` (``parameters: {amount: earn_amount, ...}``), checked
here like an expression's variables: renaming a question then fails the load instead of
leaving the check reading a column that is not there.

Derived variables (``needs_form_variables``) are placed once per case or per repeat instance
from their expression trees (``surveytool.expr.placement``); an exchange-rates file kept
beside the rules (``<stem>.rates.csv``) is loaded with them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from surveytool.common.catalogue import (
    SOURCE_LANGUAGE,
    Catalogue,
    CataloguedText,
    Message,
    message,
)
from surveytool.common.errors import Location
from surveytool.expr import ExprSyntaxError, Node, parse, ref_uses
from surveytool.expr.placement import Placement, PlacementError, place_derived
from surveytool.form.errors import FormError, FormProblem
from surveytool.form.levels import level_names
from surveytool.form.model import Element, Form, Group, Repeat
from surveytool.validate.builtin_parameters import PARAMETERS
from surveytool.validate.rates import Rates, load_rates, rates_beside

SEVERITIES = ("error", "warning")

_UNREADABLE = message("validate.rules.unreadable", "cannot read the rules file: {reason}")
_NO_RULES = message("validate.rules.no_rules", "expected a 'rules:' list")
_ID_TWICE = message("validate.rules.id_twice", "rule id {rule} is used twice")
_DERIVED = message("validate.rules.derived", "needs_form_variables: {reason}")
_NOT_A_LIST = message("validate.rules.not_a_list", "'{key}' must be a list of names")
_NOT_ANSWERED = message(
    "validate.rules.not_answered",
    "'{key}' names {name}, which is not an answered question of the form",
)
_NOT_CALCULATE = message(
    "validate.rules.not_calculate", "'{key}' names {name}, which is not a calculate of the form"
)
_NO_ID = message("validate.rules.no_id", "a rule without an 'id'")
_LEVEL = message(
    "validate.rules.level", "level must be one of the form's levels {levels}, not {level}"
)
_SEVERITY = message(
    "validate.rules.severity", "severity must be one of {severities}, not {severity}"
)
_NO_EXPRESSION = message(
    "validate.rules.no_expression", "a rule needs an 'expression' (or a built-in 'check')"
)
_BAD_EXPRESSION = message(
    "validate.rules.bad_expression",
    "the expression is not valid: {reason} at character {position}",
)
_UNKNOWN_REFERENCE = message(
    "validate.rules.unknown_reference",
    "the expression refers to {reference}, which is not in the form",
)
_UNKNOWN_VARIABLE = message(
    "validate.rules.unknown_variable", "'variables' names {name}, which is not in the form"
)
_NO_MESSAGE = message(
    "validate.rules.no_message", "a rule needs a message, at least in English ('en')"
)
_PARAMETERS_NOT_A_MAP = message(
    "validate.rules.parameters_not_a_map",
    "'parameters' must map each parameter to a variable name",
)
_PARAMETERS_WITHOUT_CHECK = message(
    "validate.rules.parameters_without_check", "'parameters' belong to a built-in 'check'"
)
_NO_SUCH_PARAMETER = message(
    "validate.rules.no_such_parameter",
    "check '{check}' has no parameter {name} (it takes {takes})",
)
_NO_PARAMETERS = message(
    "validate.rules.no_parameters",
    "check '{check}' has no parameter {name} (it takes no parameters)",
)
_PARAMETER_LIST = message(
    "validate.rules.parameter_list", "parameter {name} must list one or more variables"
)
_PARAMETER_ONE = message("validate.rules.parameter_one", "parameter {name} must name one variable")
_PARAMETER_UNKNOWN = message(
    "validate.rules.parameter_unknown",
    "parameter {name} names {variable}, which is not in the form",
)
_PARAMETER_NEEDED = message(
    "validate.rules.parameter_needed",
    "check '{check}' needs the parameter {name} (the column it reads)",
)

Fail = Callable[..., None]
"""Records a located load problem: ``fail(MESSAGE, **values)``."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: str  # household | person
    severity: str  # error | warning
    expression: str | None  # True means valid; None for a built-in check
    variables: tuple[str, ...]
    message: Mapping[str, str]
    title: str = ""
    check: str | None = None  # name of a built-in check when there is no expression
    tree: Node | None = field(default=None, compare=False)
    line: int | None = None
    #: a built-in's inputs: parameter -> the column it reads (or a list of columns)
    parameters: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)

    @property
    def columns_read(self) -> tuple[str, ...]:
        """The variables the rule reports and the columns its built-in reads."""
        named = [v for value in self.parameters.values() for v in _as_names(value)]
        return tuple(dict.fromkeys([*self.variables, *named]))

    def message_in(self, language: str) -> str:
        return self.message.get(language) or self.message.get("en") or self.title or self.id


@dataclass(frozen=True, slots=True)
class RuleSet:
    form_id: str
    rules: tuple[Rule, ...]
    derived: Mapping[str, str]  # needs_form_variables: name -> calculation
    source: str
    #: the form's names -> their innermost repeat (a repeat's own name -> its parent repeat)
    repeat_of: Mapping[str, str | None] = field(default_factory=dict)
    rates: Rates | None = None  # exchange rates for conversions to USD, when supplied
    #: questions a batch may lack (the form's additions to a specification): "not collected"
    optional_columns: frozenset[str] = frozenset()
    #: calculates whose given value differing from the form's is an error, not a warning
    calculated_errors: frozenset[str] = frozenset()

    def placement(self) -> Placement:
        """Each derived variable's repeat (None: once per case), in computing order."""
        return place_derived(self.derived, self.repeat_of)


def load_rules(path: Path, form: Form, *, rates: Path | None = None) -> RuleSet:
    """Load and check a rules file; raises FormError listing every located problem (each
    keeps its catalogued message, so the error renders in any language).

    ``rates`` is an exchange-rates file; without it, ``<rules stem>.rates.csv`` beside the
    rules is used when present. A bad rates file raises ``RatesError`` (unusable input)."""
    file = path.name

    try:
        text = path.read_text(encoding="utf-8")
        document = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        unreadable = FormProblem(_UNREADABLE, Location(file), {"reason": str(error)})
        raise FormError([unreadable]) from error
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise FormError([FormProblem(_NO_RULES, Location(file))])
    lines = _rule_lines(document)
    translations = Catalogue(path.parent / "locale", path.stem)
    derived = {str(k): str(v) for k, v in (data.get("needs_form_variables") or {}).items()}
    known = {q.name for q in form.questions()} | set(derived)
    problems: list[FormProblem] = []
    rules = []
    seen: set[str] = set()
    for index, raw in enumerate(data["rules"]):
        line = lines[index] if index < len(lines) else None
        rule = _rule(raw, file, line, known, level_names(form), problems, translations)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(FormProblem(_ID_TWICE, Location(file, row=line), {"rule": rule.id}))
        seen.add(rule.id)
        rules.append(rule)
    repeat_of = _repeat_of(form.children)
    try:
        place_derived(derived, repeat_of)
    except (PlacementError, ExprSyntaxError) as error:
        problems.append(FormProblem(_DERIVED, Location(file), {"reason": str(error)}))
    questions = [q for q in form.questions() if q.type != "note"]
    answered = {q.name for q in questions if q.calculation is None}
    optional = _name_list(data, "optional_columns", answered, file)
    calculates = {q.name for q in questions if q.calculation}
    errors = _name_list(data, "calculated_errors", calculates, file)
    problems += optional[1] + errors[1]
    if problems:
        raise FormError(problems)
    rates_path = rates or rates_beside(path)
    return RuleSet(
        str(data.get("form_id", form.form_id)),
        tuple(rules),
        derived,
        str(path),
        repeat_of,
        load_rates(rates_path) if rates is not None or rates_path.is_file() else None,
        optional[0],
        errors[0],
    )


def _name_list(
    data: dict[str, Any], key: str, allowed: set[str], file: str
) -> tuple[frozenset[str], list[FormProblem]]:
    """A top-level list of the form's names (``optional_columns``: questions answered;
    ``calculated_errors``: calculates), each checked against the form."""
    given = data.get(key) or []
    if not isinstance(given, list):
        return frozenset(), [FormProblem(_NOT_A_LIST, Location(file), {"key": key})]
    kind = _NOT_ANSWERED if key == "optional_columns" else _NOT_CALCULATE
    problems = [
        FormProblem(kind, Location(file), {"key": key, "name": repr(name)})
        for name in map(str, given)
        if name not in allowed
    ]
    return frozenset(map(str, given)), problems


def _rule(
    raw: object,
    file: str,
    line: int | None,
    known: set[str],
    levels: tuple[str, ...],
    problems: list[FormProblem],
    translations: Catalogue,
) -> Rule | None:
    def fail(told: Message, **values: object) -> None:
        problems.append(FormProblem(told, Location(file, row=line, column=rule_id), values))

    rule_id = str(raw.get("id", "")) if isinstance(raw, dict) else ""
    if not isinstance(raw, dict) or not rule_id:
        problems.append(FormProblem(_NO_ID, Location(file, row=line)))
        return None
    level, severity = raw.get("level"), raw.get("severity")
    if level not in levels:
        fail(_LEVEL, levels=", ".join(levels), level=repr(level))
    if severity not in SEVERITIES:
        fail(_SEVERITY, severities=", ".join(SEVERITIES), severity=repr(severity))
    expression = raw.get("expression")
    tree = None
    if expression is None and not raw.get("check"):
        fail(_NO_EXPRESSION)
    if expression is not None:
        try:
            tree = parse(str(expression))
        except ExprSyntaxError as error:
            fail(_BAD_EXPRESSION, reason=error.reason, position=error.position + 1)
        else:
            for name, _ in ref_uses(tree):
                if name not in known:
                    fail(_UNKNOWN_REFERENCE, reference=f"${{{name}}}")
    variables = tuple(str(v) for v in raw.get("variables") or ())
    for name in variables:
        if name not in known:
            fail(_UNKNOWN_VARIABLE, name=repr(name))
    message = raw.get("message") or {}
    if isinstance(message, str):
        message = {SOURCE_LANGUAGE: message}
    if not isinstance(message, dict) or not message.get(SOURCE_LANGUAGE):
        fail(_NO_MESSAGE)
    parameters = _parameters(raw, known, fail)
    return Rule(
        id=rule_id,
        level=str(level),
        severity=str(severity),
        expression=None if expression is None else str(expression),
        variables=variables,
        message=CataloguedText(
            translations,
            rule_id,
            {str(k): str(v) for k, v in message.items()} if isinstance(message, dict) else {},
        ),
        title=str(raw.get("title", "")),
        check=raw.get("check"),
        tree=tree,
        line=line,
        parameters=parameters,
    )


def _parameters(
    raw: dict[str, Any], known: set[str], fail: Fail
) -> dict[str, str | tuple[str, ...]]:
    """A built-in's parameters, each naming a variable of the form (or a list of them):
    unknown and missing parameters, and unknown variables, are located load errors. A check
    this version does not know is left to the run, which reports it as not run."""
    given = raw.get("parameters") or {}
    if not isinstance(given, dict):
        fail(_PARAMETERS_NOT_A_MAP)
        return {}
    check = raw.get("check")
    declared = PARAMETERS.get(str(check)) if check else None
    if given and not check:
        fail(_PARAMETERS_WITHOUT_CHECK)
    parameters: dict[str, str | tuple[str, ...]] = {}
    for key, value in given.items():
        name = str(key)
        many = declared is not None and name in declared.lists
        if declared is not None and name not in declared.names:
            takes = ", ".join(declared.names)
            told = _NO_SUCH_PARAMETER if takes else _NO_PARAMETERS
            fail(told, check=check, name=repr(name), takes=takes)
            continue
        if many and not (isinstance(value, list) and value):
            fail(_PARAMETER_LIST, name=repr(name))
            continue
        if not many and not isinstance(value, str):
            fail(_PARAMETER_ONE, name=repr(name))
            continue
        parameters[name] = tuple(str(v) for v in value) if many else str(value)
        for variable in _as_names(parameters[name]):
            if variable not in known:
                fail(_PARAMETER_UNKNOWN, name=repr(name), variable=repr(variable))
    for name in declared.required if declared is not None else ():
        if name not in given:
            fail(_PARAMETER_NEEDED, check=check, name=repr(name))
    return parameters


def _as_names(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _repeat_of(
    elements: tuple[Element, ...],
    repeat: str | None = None,
    found: dict[str, str | None] | None = None,
) -> dict[str, str | None]:
    """Each element's innermost enclosing repeat; a repeat's own entry is its parent repeat."""
    found = {} if found is None else found
    for element in elements:
        found[element.name] = repeat
        if isinstance(element, Group):
            inner = element.name if isinstance(element, Repeat) else repeat
            _repeat_of(element.children, inner, found)
    return found


def _rule_lines(document: yaml.Node | None) -> list[int]:
    """The 1-based line of each item of the 'rules' list, for located messages."""
    if not isinstance(document, yaml.MappingNode):
        return []
    for key, value in document.value:
        if getattr(key, "value", None) == "rules" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def default_rules_path(form: Form) -> Path:
    from surveytool.common.resources import resource_path

    return resource_path("validators", f"{form.form_id}.yaml")
