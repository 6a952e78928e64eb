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
from surveytool.tables.flat import columns_of
from surveytool.validate import builtin
from surveytool.validate.checks import (
    ABSENT,
    LEVEL_OF_REPEAT,
    POSITION_OF_LEVEL,
    CheckSpec,
    choice_message,
)
from surveytool.validate.inputs import require_columns
from surveytool.validate.rules import RuleSet
from surveytool.validate.schema import ACTIVE_TABLES, all_checks, build_schemas
from surveytool.validate.typed import join_households, positions, split_orphans, typed_frame

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
    absentees: pd.DataFrame | None = None,
) -> Report:
    """Validate flat tables; ``justified`` maps (hh_id, rule, line_no) to the office's note.

    ``absentees`` (section I, former members abroad) is optional: without it, its checks
    run over no records."""
    progress = progress or NullProgress()
    report = Report()
    if absentees is None:
        absentees = pd.DataFrame(columns=["hh_id", *(q.name for q in columns_of(form, ABSENT))])
    require_columns(form, households, None, "households table")
    require_columns(form, persons, "persons", "persons table")
    require_columns(form, absentees, ABSENT, "absentees table")
    given = {"person": persons, "absentee": absentees}  # as given, to report orphans from
    persons, lost_persons, person_rows = split_orphans(persons, households)
    absentees, lost_absentees, absent_rows = split_orphans(absentees, households)
    households, type_failures_h = typed_frame(form, households, None)
    persons, type_failures_p = typed_frame(form, persons, "persons")
    absentees, type_failures_a = typed_frame(form, absentees, ABSENT)
    if rules is not None:
        persons, households = _derive(rules, persons, households, person_rows)
    specs_all = all_checks(form, rules, with_form)
    joined = join_households(
        persons, households, _household_columns("person", specs_all, rules), person_rows
    )
    joined_absent = join_households(
        absentees, households, _household_columns("absentee", specs_all, rules), absent_rows
    )
    context = context or EvalContext()
    tables = {
        "household": Table(households, children=persons, key="hh_id", context=context),
        "person": Table(joined, position="line_no", children=persons, key="hh_id", context=context),
        "absentee": Table(
            joined_absent, position="abs_line", children=absentees, key="hh_id", context=context
        ),
    }
    specs = {spec.id: spec for spec in specs_all}
    schemas = build_schemas(form, rules, with_form)
    failing: dict[str, np.ndarray] = {}
    for step, (level, schema) in enumerate(schemas.items()):
        rows = pd.DataFrame({"_row": np.arange(len(tables[level].frame))})
        rows.index = tables[level].frame.index
        tables[level].plan(spec.expression for spec in specs_all if spec.level == level)
        token = ACTIVE_TABLES.set({"current": tables[level]})
        try:
            schema.validate(rows, lazy=True)
        except pa.errors.SchemaErrors as errors:
            failing.update(_failing_rows(errors.failure_cases))
        finally:
            ACTIVE_TABLES.reset(token)
        progress.update(step + 1, len(schemas) + 1, f"{level} checks")
    frames = {"household": households, "person": joined, "absentee": joined_absent}
    builtin_results = builtin.run(rules, frames, key="hh_id") if rules else {}
    failing.update({rid: outcome.rows for rid, outcome in builtin_results.items()})
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
        ("absentee", joined_absent, type_failures_a),
    ):
        for name, found in type_failures.items():
            check_id = f"{name}.type"
            spec = CheckSpec(check_id, level, "error", "", (name,), _TYPE_MESSAGES[found.kind])
            report.summary.append(
                RuleSummary(check_id, "error", level, len(frame), len(found.rows))
            )
            report.failures += _failures(spec, frame, found.rows, language, found.text)
    for question in form.questions():
        check_id = f"{question.name}.choice"
        if check_id in failing and form.choices_for(question) is not None:
            level = LEVEL_OF_REPEAT[question.repeat]
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
            frame = tables[rule.level].frame
            outcome = builtin_results.get(rule.id) or builtin.Outcome(note="not run", ran=False)
            rows = outcome.rows
            checked = len(frame) if outcome.ran else 0
            report.summary.append(
                RuleSummary(rule.id, rule.severity, rule.level, checked, len(rows), outcome.note)
            )
            spec = CheckSpec(rule.id, rule.level, rule.severity, "", rule.variables, rule.message)
            report.failures += _failures(spec, frame, rows, language)
    for level, lost in (("person", lost_persons), ("absentee", lost_absentees)):
        check_id = f"{level}.household_missing"
        report.summary.append(RuleSummary(check_id, "error", level, len(given[level]), len(lost)))
        spec = CheckSpec(check_id, level, "error", "", ("hh_id",), _NO_HOUSEHOLD)
        report.failures += _failures(spec, given[level], lost, language)
    if justified:
        report.failures = [
            replace(f, justification=justified.get((f.hh_id, f.rule, f.line_no)))
            if f.severity == "warning"
            else f
            for f in report.failures
        ]
    progress.update(len(schemas) + 1, len(schemas) + 1, "done")
    return report


def _household_columns(level: str, specs: list[CheckSpec], rules: RuleSet | None) -> list[str]:
    """The household columns a level's checks read or report (joined to each record)."""
    needed: set[str] = set()
    for spec in specs:
        if spec.level == level:
            needed |= references(spec.expression) | set(spec.variables)
    for rule in rules.rules if rules else ():
        if rule.level == level:  # a failure reports its rule's variables; built-ins read more
            needed |= set(rule.columns_read)
    return sorted(needed)


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
    spec: CheckSpec,
    frame: pd.DataFrame,
    rows: np.ndarray,
    language: str,
    text_found: pd.Series | None = None,
) -> list[Failure]:
    """One failure per row; ``text_found`` replaces the typed value of a type failure."""
    if len(rows) == 0:
        return []
    message = spec.message.get(language) or spec.message.get("en", spec.id)
    variables = [v for v in spec.variables if v in frame.columns]
    position = POSITION_OF_LEVEL.get(spec.level)
    line = [position] if position in frame.columns else []
    records = frame.iloc[rows][list(dict.fromkeys(["hh_id", *line, *variables]))]
    if text_found is not None:
        records[spec.variables[0]] = text_found.iloc[rows].to_numpy()
    households = _plain_values(records["hh_id"])
    lines = _plain_values(records[position]) if line else [None] * len(rows)
    values = {v: _plain_values(records[v]) for v in variables}
    return [
        Failure(
            spec.id,
            spec.severity,
            spec.level,
            str(households[i]),
            None if position is None else _text(lines[i]),
            spec.variables,
            {v: values[v][i] for v in variables},
            message,
        )
        for i in range(len(rows))
    ]


def _plain_values(series: pd.Series) -> list[object]:
    """A column's cells as plain Python values (None for blanks), categories looked up once."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        distinct = np.append(np.asarray(series.cat.categories, dtype=object), None)
        return distinct[series.cat.codes.to_numpy()].tolist()
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        kind = np.int64 if pd.api.types.is_integer_dtype(series.dtype) else np.float64
        values = series.to_numpy(dtype=kind, na_value=0).tolist()  # Python ints and floats
        for blank in np.flatnonzero(series.isna().to_numpy()).tolist():
            values[blank] = None
        return values
    return [_plain(value) for value in series.tolist()]


def _text(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


_NO_HOUSEHOLD = {
    "en": "No household record has this hh_id: the households file lacks it, or the hh_id is "
    "mistyped.",
    "fr": "Aucun ménage ne porte cet hh_id : il manque dans le fichier des ménages, ou l'hh_id "
    "est mal saisi.",
    "ar": "لا يوجد سجل أسرة بهذا المعرّف hh_id: إنه غير موجود في ملف الأسر، أو أُدخل المعرّف خطأً.",
    "pt": "Não há registo de agregado com este hh_id: falta no ficheiro dos agregados, ou o hh_id "
    "está mal escrito.",
}

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


def _derive(
    rules: RuleSet,
    persons: pd.DataFrame,
    households: pd.DataFrame,
    rows: np.ndarray | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the rules' derived variables: per person unless their expression tree places them
    at the root (an aggregate of the roster, or only root variables). ``rows`` is each
    person's household row, if known."""
    placement = rules.placement()
    for name in placement.order:
        calculation = rules.derived[name]
        reads = references(calculation)
        if placement.repeat[name] is None:
            table = Table(households, children=persons, key="hh_id")
            added = _as_column(table.evaluate(calculation)).rename(name)
            households = pd.concat([households.drop(columns=name, errors="ignore"), added], axis=1)
        else:
            if rows is None:
                rows = positions(persons["hh_id"], households["hh_id"])
            joined = join_households(persons, households, sorted(reads), rows)
            values = Table(joined, children=persons, key="hh_id").evaluate(calculation)
            added = pd.Series(_as_column(values).to_numpy(), index=persons.index, name=name)
            persons = pd.concat([persons.drop(columns=name, errors="ignore"), added], axis=1)
    return persons, households


def _as_column(series: pd.Series) -> pd.Series:
    """A derived result as a typed column: numbers (empty as NA) or text, never mixed objects."""
    if series.dtype == bool:
        return series.astype("Int64")
    if series.dtype == object:
        blank = np.asarray(series.to_numpy() == "", dtype=bool)
        numbers = pd.to_numeric(series.where(~blank), errors="coerce")
        if numbers.notna().sum() == (~blank).sum():
            return numbers.astype("Float64")
        return series.astype("category")
    return series


def language_message(messages: Mapping[str, str], language: str) -> str:
    return messages.get(language) or messages.get("en", "")
