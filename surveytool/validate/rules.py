"""Batch rules as data: ``validators/<form_id>.yaml``, loaded and checked against the form.

A rule that does not parse, names an unknown variable, or lacks a field is a located load
error (file, line, rule id), never a silently skipped rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from surveytool.common.errors import Location
from surveytool.expr import ExprSyntaxError, Node, parse, ref_uses
from surveytool.form.errors import FormError, FormProblem
from surveytool.form.model import Form

LEVELS = ("household", "person", "absentee")
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

    def message_in(self, language: str) -> str:
        return self.message.get(language) or self.message.get("en") or self.title or self.id


@dataclass(frozen=True, slots=True)
class RuleSet:
    form_id: str
    rules: tuple[Rule, ...]
    derived: Mapping[str, str]  # needs_form_variables: name -> calculation
    source: str


def load_rules(path: Path, form: Form) -> RuleSet:
    """Load and check a rules file; raises FormError listing every located problem."""
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
    derived = {str(k): str(v) for k, v in (data.get("needs_form_variables") or {}).items()}
    known = {q.name for q in form.questions()} | set(derived)
    problems: list[FormProblem] = []
    rules = []
    seen: set[str] = set()
    for index, raw in enumerate(data["rules"]):
        line = lines[index] if index < len(lines) else None
        rule = _rule(raw, file, line, known, problems)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(
                FormProblem(f"rule id {rule.id} is used twice", Location(file, row=line))
            )
        seen.add(rule.id)
        rules.append(rule)
    if problems:
        raise FormError(problems)
    return RuleSet(str(data.get("form_id", form.form_id)), tuple(rules), derived, str(path))


def _rule(
    raw: object, file: str, line: int | None, known: set[str], problems: list[FormProblem]
) -> Rule | None:
    def fail(message: str) -> None:
        problems.append(FormProblem(message, Location(file, row=line, column=rule_id)))

    rule_id = str(raw.get("id", "")) if isinstance(raw, dict) else ""
    if not isinstance(raw, dict) or not rule_id:
        problems.append(FormProblem("a rule without an 'id'", Location(file, row=line)))
        return None
    level, severity = raw.get("level"), raw.get("severity")
    if level not in LEVELS:
        fail(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
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
    if not isinstance(message, dict) or not message.get("en"):
        fail("a rule needs a message, at least in English ('en')")
    return Rule(
        id=rule_id,
        level=str(level),
        severity=str(severity),
        expression=None if expression is None else str(expression),
        variables=variables,
        message={str(k): str(v) for k, v in (message or {}).items()}
        if isinstance(message, dict)
        else {},
        title=str(raw.get("title", "")),
        check=raw.get("check"),
        tree=tree,
        line=line,
    )


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
