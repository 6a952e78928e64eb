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

import yaml

from surveytool.common.catalogue import (
    SOURCE_LANGUAGE,
    Catalogue,
    CataloguedText,
    catalogue_for,
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
    """Load and check a rules file; raises FormError listing every located problem.

    ``rates`` is an exchange-rates file; without it, ``<rules stem>.rates.csv`` beside the
    rules is used when present. A bad rates file raises ``RatesError`` (unusable input)."""
    file = path.name
    try:
        text = path.read_text(encoding="utf-8")
        document = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise FormError(
            [FormProblem(f"cannot read the rules file: {error}", Location(file))]
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise FormError([FormProblem("expected a 'rules:' list", Location(file))])
    lines = _rule_lines(document)
    translations = catalogue_for(path.parent / "locale", path.stem)
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
            problems.append(
                FormProblem(f"rule id {rule.id} is used twice", Location(file, row=line))
            )
        seen.add(rule.id)
        rules.append(rule)
    repeat_of = _repeat_of(form.children)
    try:
        place_derived(derived, repeat_of)
    except (PlacementError, ExprSyntaxError) as error:
        problems.append(FormProblem(f"needs_form_variables: {error}", Location(file)))
    questions = [q for q in form.questions() if q.type != "note"]
    optional = _name_list(
        data, "optional_columns", {q.name for q in questions if q.calculation is None}, file
    )
    errors = _name_list(
        data, "calculated_errors", {q.name for q in questions if q.calculation}, file
    )
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
    data: dict, key: str, allowed: set[str], file: str
) -> tuple[frozenset[str], list[FormProblem]]:
    """A top-level list of the form's names (``optional_columns``: questions answered;
    ``calculated_errors``: calculates), each checked against the form."""
    given = data.get(key) or []
    if not isinstance(given, list):
        return frozenset(), [FormProblem(f"'{key}' must be a list of names", Location(file))]
    kind = "answered question" if key == "optional_columns" else "calculate"
    problems = [
        FormProblem(f"'{key}' names {name!r}, which is no {kind} of the form", Location(file))
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
    def fail(message: str) -> None:
        problems.append(FormProblem(message, Location(file, row=line, column=rule_id)))

    rule_id = str(raw.get("id", "")) if isinstance(raw, dict) else ""
    if not isinstance(raw, dict) or not rule_id:
        problems.append(FormProblem("a rule without an 'id'", Location(file, row=line)))
        return None
    level, severity = raw.get("level"), raw.get("severity")
    if level not in levels:
        fail(f"level must be one of the form's levels {', '.join(levels)}, not {level!r}")
    if severity not in SEVERITIES:
        fail(f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")
    expression = raw.get("expression")
    tree = None
    if expression is None and not raw.get("check"):
        fail("a rule needs an 'expression' (or a built-in 'check')")
    if expression is not None:
        try:
            tree = parse(str(expression))
        except ExprSyntaxError as error:
            fail(f"the expression is not valid: {error.reason} at character {error.position + 1}")
        else:
            for name, _ in ref_uses(tree):
                if name not in known:
                    fail(f"the expression refers to ${{{name}}}, which is not in the form")
    variables = tuple(str(v) for v in raw.get("variables") or ())
    for name in variables:
        if name not in known:
            fail(f"'variables' names {name!r}, which is not in the form")
    message = raw.get("message") or {}
    if isinstance(message, str):
        message = {SOURCE_LANGUAGE: message}
    if not isinstance(message, dict) or not message.get(SOURCE_LANGUAGE):
        fail("a rule needs a message, at least in English ('en')")
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
    raw: dict, known: set[str], fail: Callable[[str], None]
) -> dict[str, str | tuple[str, ...]]:
    """A built-in's parameters, each naming a variable of the form (or a list of them):
    unknown and missing parameters, and unknown variables, are located load errors. A check
    this version does not know is left to the run, which reports it as not run."""
    given = raw.get("parameters") or {}
    if not isinstance(given, dict):
        fail("'parameters' must map each parameter to a variable name")
        return {}
    check = raw.get("check")
    declared = PARAMETERS.get(str(check)) if check else None
    if given and not check:
        fail("'parameters' belong to a built-in 'check'")
    parameters: dict[str, str | tuple[str, ...]] = {}
    for key, value in given.items():
        name = str(key)
        many = declared is not None and name in declared.lists
        if declared is not None and name not in declared.names:
            takes = ", ".join(declared.names) or "no parameters"
            fail(f"check '{check}' has no parameter {name!r} (it takes {takes})")
            continue
        if many and not (isinstance(value, list) and value):
            fail(f"parameter {name!r} must list one or more variables")
            continue
        if not many and not isinstance(value, str):
            fail(f"parameter {name!r} must name one variable")
            continue
        parameters[name] = tuple(str(v) for v in value) if many else str(value)
        for variable in _as_names(parameters[name]):
            if variable not in known:
                fail(f"parameter {name!r} names {variable!r}, which is not in the form")
    for name in declared.required if declared is not None else ():
        if name not in given:
            fail(f"check '{check}' needs the parameter {name!r} (the column it reads)")
    return parameters


def _as_names(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _repeat_of(
    elements: tuple[Element, ...], repeat: str | None = None, found: dict | None = None
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
