"""Run batch validation: typed frames, named checks, one failure per (record, rule).

Every failure names the rule, severity, level, household (and person line), the variables it
points at with their values, and a message in the chosen language. Nothing here prints:
the CLI and the office workspace render the report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace

import numpy as np
import pandas as pd
import pandera.pandas as pa

from surveytool.common.progress import NullProgress, Progress
from surveytool.expr import EvalContext, Table, references
from surveytool.form.model import Form
from surveytool.validate import builtin
from surveytool.validate.checks import CheckSpec, choice_message
from surveytool.validate.rules import RuleSet
from surveytool.validate.schema import ACTIVE_TABLES, all_checks, build_schemas

_RULE_IN_CHECK = re.compile(r"rule=([^,)]+)")


@dataclass(frozen=True, slots=True)
class Failure:
    rule: str
    severity: str
    level: str
    hh_id: str
    line_no: str | None
    variables: tuple[str, ...]
    values: dict[str, object]
    message: str
    justification: str | None = None  # the office's note when it accepted this warning


@dataclass(slots=True)
class RuleSummary:
    id: str
    severity: str
    level: str
    checked: int
    failed: int = 0
    note: str = ""


@dataclass(slots=True)
class Report:
    summary: list[RuleSummary] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.failures if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.failures if f.severity == "warning")

    def to_dict(self) -> dict[str, object]:
        return {
            "summary": [asdict(s) for s in self.summary],
            "failures": [{**asdict(f), "variables": list(f.variables)} for f in self.failures],
        }


def validate_tables(
    form: Form,
    rules: RuleSet | None,
    households: pd.DataFrame,
    persons: pd.DataFrame,
    *,
    language: str = "en",
    progress: Progress | None = None,
    context: EvalContext | None = None,
    with_form: bool = True,
    justified: Mapping[tuple[str, str, str | None], str] | None = None,
) -> Report:
    """Validate flat tables; ``justified`` maps (hh_id, rule, line_no) to the office's note."""
    progress = progress or NullProgress()
    report = Report()
    households, type_failures_h = _typed(form, households, None, "household", language)
    persons, type_failures_p = _typed(form, persons, "persons", "person", language)
    if rules is not None:
        persons, households = _derive(rules, persons, households)
    specs_all = all_checks(form, rules, with_form)
    needed = {"hh_id"}  # household columns person checks read or report
    for spec in specs_all:
        if spec.level == "person":
            needed |= references(spec.expression) | set(spec.variables)
    for rule in rules.rules if rules else ():
        needed |= set(rule.variables)
    household_part = households[[c for c in households.columns if c in needed or c == "hh_id"]]
    joined = persons.merge(household_part, on="hh_id", how="left", suffixes=("", "_hh"))
    tables = {
        "household": Table(
            households, children=persons, key="hh_id", context=context or EvalContext()
        ),
        "person": Table(
            joined,
            position="line_no",
            children=persons,
            key="hh_id",
            context=context or EvalContext(),
        ),
    }
    specs = {spec.id: spec for spec in specs_all}
    schemas = build_schemas(form, rules, with_form)
    failing: dict[str, np.ndarray] = {}
    for step, (level, schema) in enumerate(schemas.items()):
        rows = pd.DataFrame({"_row": np.arange(len(tables[level].frame))})
        rows.index = tables[level].frame.index
        token = ACTIVE_TABLES.set({"current": tables[level]})
        try:
            schema.validate(rows, lazy=True)
        except pa.errors.SchemaErrors as errors:
            failing.update(_failing_rows(errors.failure_cases))
        finally:
            ACTIVE_TABLES.reset(token)
        progress.update(step + 1, 3, f"{level} checks")
    builtin_results = builtin.run(rules, households, joined) if rules else {}
    failing.update({rid: rows for rid, (rows, _) in builtin_results.items()})
    for spec in specs.values():
        frame = tables[spec.level].frame
        rows = failing.get(spec.id, np.empty(0, dtype=np.int64))
        report.summary.append(
            RuleSummary(spec.id, spec.severity, spec.level, len(frame), len(rows))
        )
        report.failures += _failures(spec, frame, rows, language)
    for level, frame, type_failures in (
        ("household", households, type_failures_h),
        ("person", joined, type_failures_p),
    ):
        for check_id, (rows, spec) in type_failures.items():
            report.summary.append(RuleSummary(check_id, "error", level, len(frame), len(rows)))
            report.failures += _failures(spec, frame, rows, language)
    for question in form.questions():
        check_id = f"{question.name}.choice"
        if check_id in failing and form.choices_for(question) is not None:
            level = "household" if question.repeat is None else "person"
            spec = CheckSpec(check_id, level, "error", "", (question.name,), choice_message())
            frame = tables[level].frame
            report.summary.append(
                RuleSummary(check_id, "error", level, len(frame), len(failing[check_id]))
            )
            report.failures += _failures(spec, frame, failing[check_id], language)
    if rules:
        for rule in rules.rules:
            if rule.check is None:
                continue
            frame = tables["household" if rule.level == "household" else "person"].frame
            rows, note = builtin_results.get(
                rule.id, (np.empty(0, dtype=np.int64), "not implemented yet")
            )
            report.summary.append(
                RuleSummary(
                    rule.id, rule.severity, rule.level, 0 if note else len(frame), len(rows), note
                )
            )
            spec = CheckSpec(rule.id, rule.level, rule.severity, "", rule.variables, rule.message)
            report.failures += _failures(spec, frame, rows, language)
    if justified:
        report.failures = [
            replace(f, justification=justified.get((f.hh_id, f.rule, f.line_no)))
            if f.severity == "warning"
            else f
            for f in report.failures
        ]
    progress.update(3, 3, "done")
    return report


def _failing_rows(cases: pd.DataFrame) -> dict[str, np.ndarray]:
    """pandera lists a frame-wide failure once per column: keep one row index per check."""
    found: dict[str, np.ndarray] = {}
    for check, group in cases.groupby("check", sort=False):
        match = _RULE_IN_CHECK.search(str(check))
        if match is None:
            continue
        index = pd.to_numeric(group["index"], errors="coerce").dropna().astype(np.int64)
        found[match.group(1)] = np.unique(index.to_numpy())
    return found


def _failures(
    spec: CheckSpec, frame: pd.DataFrame, rows: np.ndarray, language: str
) -> list[Failure]:
    if len(rows) == 0:
        return []
    subset = frame.loc[rows]
    message = spec.message.get(language) or spec.message.get("en", spec.id)
    variables = [v for v in spec.variables if v in frame.columns]
    records = subset[["hh_id", *(["line_no"] if "line_no" in frame.columns else []), *variables]]
    return [
        Failure(
            spec.id,
            spec.severity,
            spec.level,
            str(row["hh_id"]),
            None if spec.level == "household" else _text(row.get("line_no")),
            spec.variables,
            {v: _plain(row[v]) for v in variables},
            message,
        )
        for row in records.to_dict("records")
    ]


def _text(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


_TYPE_MESSAGES = {
    "integer": {
        "en": "Not a whole number.",
        "fr": "Pas un nombre entier.",
        "ar": "ليس عدداً صحيحاً.",
        "pt": "Não é um número inteiro.",
    },
    "decimal": {
        "en": "Not a number.",
        "fr": "Pas un nombre.",
        "ar": "ليس رقماً.",
        "pt": "Não é um número.",
    },
    "date": {
        "en": "Not a date (YYYY-MM-DD).",
        "fr": "Pas une date (AAAA-MM-JJ).",
        "ar": "ليس تاريخاً (سنة-شهر-يوم).",
        "pt": "Não é uma data (AAAA-MM-DD).",
    },
}


def _typed(
    form: Form, frame: pd.DataFrame, repeat: str | None, level: str, language: str
) -> tuple[pd.DataFrame, dict[str, tuple[np.ndarray, CheckSpec]]]:
    """Numbers and dates parsed; cells that are not of the question's type are failures."""
    frame = frame.reset_index(drop=True).copy()
    for column in frame.columns:  # one text dtype, whatever the reader gave (object, str)
        if frame[column].dtype == object:
            frame[column] = frame[column].astype("str")
    failures = {}
    for question in form.questions():
        name = question.name
        if question.repeat != repeat or name not in frame.columns:
            continue
        text = frame[name]
        if question.type in ("integer", "decimal"):
            numbers = pd.to_numeric(text, errors="coerce")
            bad = text.notna() & numbers.isna()
            if question.type == "integer":
                bad |= numbers.notna() & (numbers != np.floor(numbers))
                frame[name] = numbers.where(~bad).astype("Float64").round().astype("Int64")
            else:
                frame[name] = numbers.where(~bad).astype("Float64")
        elif question.type == "date":
            parsed = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
            bad = text.notna() & parsed.isna()
            frame[name] = text.where(~bad)
        else:
            continue
        if bad.any():
            check_id = f"{name}.type"
            spec = CheckSpec(check_id, level, "error", "", (name,), _TYPE_MESSAGES[question.type])
            failures[check_id] = (np.flatnonzero(bad.to_numpy()), spec)
            frame.loc[bad, name] = None
            frame[f"__raw_{name}"] = text  # keep what was there for the report
    return frame, failures


def _derive(
    rules: RuleSet, persons: pd.DataFrame, households: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the rules' derived variables: per person unless they aggregate the roster."""
    for name, calculation in rules.derived.items():
        aggregates = "sum(" in calculation or "count(" in calculation
        if aggregates or not any(f"${{{c}}}" in calculation for c in persons.columns):
            table = Table(households, children=persons, key="hh_id")
            households = households.assign(**{name: _as_column(table.evaluate(calculation))})
        else:
            joined = persons.merge(households, on="hh_id", how="left", suffixes=("", "_hh"))
            values = Table(joined).evaluate(calculation)
            persons = persons.assign(**{name: _as_column(values).to_numpy()})
    return persons, households


def _as_column(series: pd.Series) -> pd.Series:
    """A derived result as a typed column: numbers (empty as NA) or text, never mixed objects."""
    if series.dtype == bool:
        return series.astype("Int64")
    if series.dtype == object:
        blank = series.map(lambda v: v == "")
        numbers = pd.to_numeric(series.where(~blank), errors="coerce")
        if numbers.notna().sum() == (~blank).sum():
            return numbers.astype("Float64")
        return series.astype("str")
    return series


def language_message(messages: Mapping[str, str], language: str) -> str:
    return messages.get(language) or messages.get("en", "")
