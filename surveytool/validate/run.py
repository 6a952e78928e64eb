"""Run batch validation: typed frames, named checks, one failure per (record, rule).

Every failure names the rule, severity, level, household (and person line), the variables it
points at with their values, and a message in the chosen language. Nothing here prints:
the CLI and the office workspace render the report.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from surveytool.common.catalogue import message
from surveytool.common.errors import Problem
from surveytool.common.progress import NullProgress, Progress
from surveytool.expr import EvalContext, Table, references
from surveytool.form.answers import TYPE_KINDS
from surveytool.form.external import with_data_files
from surveytool.form.levels import Level, level_of_repeat, levels
from surveytool.form.model import Form
from surveytool.tables.flat import columns_of
from surveytool.validate import blocks, builtin, nesting
from surveytool.validate.calculated import MESSAGE as CALCULATED_MESSAGE
from surveytool.validate.calculated import Calculated, calculate
from surveytool.validate.checks import CheckSpec, choice_message
from surveytool.validate.collected import NotCollected, not_collected, unavailable
from surveytool.validate.notes import NOT_RUN, few, joined
from surveytool.validate.report import Report, RuleSummary, Where
from surveytool.validate.report import failure_block as _failures
from surveytool.validate.rules import RuleSet
from surveytool.validate.schema import all_checks, build_schemas
from surveytool.validate.typed import join_households, positions, split_orphans, typed_frame
from surveytool.validate.universes import inside_universes

_TYPE_MESSAGES = {
    "integer": message("validate.type.integer", "Not a whole number."),
    "decimal": message("validate.type.decimal", "Not a number."),
    "date": message("validate.type.date", "Not a date (YYYY-MM-DD)."),
    "time": message("validate.type.time", "Not a time (HH:MM)."),
    "datetime": message("validate.type.datetime", "Not a date and time (YYYY-MM-DDTHH:MM)."),
    "geopoint": message(
        "validate.type.geopoint", "Not a place (latitude -90..90, longitude -180..180)."
    ),
    "geotrace": message("validate.type.geotrace", "Not a line of at least 2 places."),
    "geoshape": message(
        "validate.type.geoshape", "Not a closed shape of at least 4 places (last = first)."
    ),
    "file": message("validate.type.file", "Not a file name."),
    "acknowledge": message("validate.type.acknowledge", "Not an acknowledgement (OK)."),
    "rank": message("validate.type.rank", "Not a ranking of the choices (each once)."),
    "range": message("validate.type.range", "Not a number of the range (start, end, step)."),
}
_NO_PARENT = message(
    "validate.orphan.no_parent",
    "No {table} record has this {key}: the {table} file lacks it, or the {key} is mistyped.",
)
_NOT_COLLECTED = message("validate.note.not_collected", "not in {file}: not collected")
_NOT_CALCULATED = message("validate.note.not_calculated", "not calculated: {names}")
_NOT_CHECKED = message("validate.note.not_checked", "not checked: {names}")
_READS_NOT_COLLECTED = message("validate.note.reads_not_collected", "reads {names}, not collected")
_KEPT_AS_GIVEN = message(
    "validate.note.kept_as_given", "kept as given: it reads a column not collected"
)
_LEVEL_CHECKED = message("validate.progress.level", "{level} checks")
_DONE = message("validate.progress.done", "done")


def validate_tables(
    form: Form,
    rules: RuleSet | None,
    *tables: pd.DataFrame,
    language: str = "en",
    progress: Progress | None = None,
    context: EvalContext | None = None,
    with_form: bool = True,
    justified: Mapping[tuple[str, str, str | None], str] | None = None,
) -> Report:
    """Validate flat tables given in the order of the form's levels (the root's first); a
    level without a table (an optional section) has no records."""
    frames = {level.table: table for level, table in zip(levels(form), tables, strict=False)}
    return validate_levels(
        form,
        rules,
        frames,
        language=language,
        progress=progress,
        context=context,
        with_form=with_form,
        justified=justified,
    )


def validate_levels(
    form: Form,
    rules: RuleSet | None,
    frames: Mapping[str, pd.DataFrame],
    *,
    language: str = "en",
    progress: Progress | None = None,
    context: EvalContext | None = None,
    with_form: bool = True,
    justified: Mapping[tuple[str, str, str | None], str] | None = None,
) -> Report:
    """Validate one table per level (``frames`` by table name, as ``read_data`` returns them);
    ``justified`` maps (root key, rule, position) to the office's note."""
    progress = progress or NullProgress()
    report = Report(language=language)
    root, below = levels(form)[0], levels(form)[1:]
    key = root.record_key
    absent = not_collected(form, rules, frames, language)
    households, type_failures = typed_frame(form, frames[root.table], None)
    given: dict[str, pd.DataFrame] = {}  # each level's records as given, to report orphans
    lost: dict[str, np.ndarray] = {}
    records: dict[str, pd.DataFrame] = {root.name: households}
    rows_of: dict[str, np.ndarray] = {}
    typed_failures = {root.name: type_failures}
    for level in below:
        frame = frames.get(level.table)
        if frame is None:
            frame = pd.DataFrame(columns=[key, *(q.name for q in columns_of(form, level.repeat))])
        given[level.name] = frame
        kept, lost[level.name], rows_of[level.name] = split_orphans(frame, households, key)
        records[level.name], typed_failures[level.name] = typed_frame(form, kept, level.repeat)
    context = with_data_files(context or EvalContext(), form.data_files)
    absent_names = [column.name for column in absent]
    calculated = calculate(
        form, records, key=key, root_rows=rows_of, absent=absent_names, context=context
    )
    records, households = calculated.records, calculated.records[root.name]
    unreadable = unavailable(form, rules, absent, calculated.not_made)
    first = below[0] if below else None
    if rules is not None and first is not None:
        records[first.name], households = _derive(
            rules, records[first.name], households, key, rows_of[first.name], unreadable
        )
        records[root.name] = households
    specs_all, skipped = _readable(all_checks(form, rules, with_form), unreadable)
    children = records[first.name] if first is not None else None
    joined: dict[str, pd.DataFrame] = {root.name: households}
    tables = {root.name: Table(households, children=children, key=key, context=context)}
    for level in below:
        frame = join_households(
            records[level.name],
            households,
            _household_columns(level.name, specs_all, rules),
            rows_of[level.name],
            key=key,
        )
        frame = nesting.join_ancestors(frame, level, below, records, key)
        # a level holding a nested one aggregates it per record; others their siblings
        read = nesting.children_of(below, level) or level
        frame, children, group = nesting.grouped(
            nesting.with_locator(frame, level),
            records[read.name],
            key,
            nesting.shared_lines(level, read),
        )
        joined[level.name] = frame
        tables[level.name] = Table(
            frame, position=level.line, children=children, key=group, context=context
        )
    specs = {spec.id: spec for spec in specs_all}
    schemas = _without(
        build_schemas(form, rules, with_form),
        {spec.id for spec in skipped} | {f"{name}.choice" for name in unreadable},
    )
    failing: dict[str, np.ndarray] = {}
    by_name = {level.name: level for level in levels(form)}
    for step, (level_name, schema) in enumerate(schemas.items()):
        planned = [spec.expression for spec in specs_all if spec.level == level_name]
        at = by_name[level_name]
        reads: Level | None = first if at is root else nesting.children_of(below, at) or at
        for part, table in nesting.by_children(
            form, schema, tables[level_name], at, reads, records, key
        ):
            failing.update(blocks.failing_rows(part, table, planned))
        progress.update(step + 1, len(schemas) + 1, _LEVEL_CHECKED.text(language, level=level_name))
    answers = inside_universes(form, rules, tables, joined) if rules else None
    builtin_results = (
        builtin.run(rules, joined, key=key, answers=answers, language=language) if rules else {}
    )
    failing.update({rid: outcome.rows for rid, outcome in builtin_results.items()})
    where = Where.of(form)
    for spec in specs.values():
        frame = joined[spec.level]
        rows = failing.get(spec.id, np.empty(0, dtype=np.int64))
        report.summary.append(
            RuleSummary(spec.id, spec.severity, spec.level, len(frame), len(rows))
        )
        report.failures += _failures(spec, frame, rows, language, where)
    for level in levels(form):
        frame = joined[level.name]
        for name, found in typed_failures[level.name].items():
            check_id = f"{name}.type"
            message = _TYPE_MESSAGES[TYPE_KINDS.get(found.kind, found.kind)]
            spec = CheckSpec(check_id, level.name, "error", "", (name,), message)
            report.summary.append(
                RuleSummary(check_id, "error", level.name, len(frame), len(found.rows))
            )
            report.failures += _failures(spec, frame, found.rows, language, where, found.text)
    for question in form.questions():
        check_id = f"{question.name}.choice"
        if check_id in failing and form.choices_for(question) is not None:
            level_name = level_of_repeat(form, question.repeat).name
            spec = CheckSpec(check_id, level_name, "error", "", (question.name,), choice_message())
            frame = joined[level_name]
            report.summary.append(
                RuleSummary(check_id, "error", level_name, len(frame), len(failing[check_id]))
            )
            report.failures += _failures(spec, frame, failing[check_id], language, where)
    if rules:
        for rule in rules.rules:
            if rule.check is None:
                continue
            frame = joined[rule.level]
            outcome = builtin_results.get(rule.id) or builtin.Outcome(
                note=NOT_RUN.text(language), ran=False
            )
            rows = outcome.rows
            checked = len(frame) if outcome.ran else 0
            report.summary.append(
                RuleSummary(rule.id, rule.severity, rule.level, checked, len(rows), outcome.note)
            )
            spec = CheckSpec(rule.id, rule.level, rule.severity, "", rule.variables, rule.message)
            report.failures += _failures(spec, frame, rows, language, where)
    for level in below:
        check_id = f"{level.name}.household_missing"
        orphans = lost[level.name]
        frame = given[level.name]
        report.summary.append(RuleSummary(check_id, "error", level.name, len(frame), len(orphans)))
        orphan = Problem(_NO_PARENT, {"table": root.table, "key": key})
        spec = CheckSpec(check_id, level.name, "error", "", (key,), orphan)
        report.failures += _failures(spec, frame, orphans, language, where)
    report.summary += _not_collected_lines(absent, skipped, unreadable, calculated, rules, language)
    _report_calculated(report, form, calculated, rules, joined, language, where)
    report.failures.justify(justified)
    progress.update(len(schemas) + 1, len(schemas) + 1, _DONE.text(language))
    return report


def _readable(
    specs: list[CheckSpec], unreadable: Mapping[str, frozenset[str]]
) -> tuple[list[CheckSpec], list[CheckSpec]]:
    """The checks that can run, and those reading a name the batch did not collect."""
    if not unreadable:
        return specs, []
    kept: list[CheckSpec] = []
    skipped: list[CheckSpec] = []
    for spec in specs:
        (skipped if references(spec.expression) & unreadable.keys() else kept).append(spec)
    return kept, skipped


def _without(
    schemas: dict[str, pa.DataFrameSchema], ids: set[str]
) -> dict[str, pa.DataFrameSchema]:
    """The schemas without the named checks (pandera keeps each check's rule id)."""
    for schema in schemas.values() if ids else ():
        schema.checks = [c for c in schema.checks if (c.statistics or {}).get("rule") not in ids]
    return schemas


def _not_collected_lines(
    absent: list[NotCollected],
    skipped: list[CheckSpec],
    unreadable: Mapping[str, frozenset[str]],
    calculated: Calculated,
    rules: RuleSet | None,
    language: str = "en",
) -> list[RuleSummary]:
    """One warning per column not collected, naming what it leaves unchecked, and a 'not run'
    line per rule skipped for it, in ``language``."""
    rule_ids = {rule.id for rule in rules.rules} if rules else set()

    def causes(spec: CheckSpec) -> frozenset[str]:
        names = references(spec.expression) & unreadable.keys()
        return frozenset().union(*(unreadable[name] for name in names))

    lines = []
    for column in absent:
        checks = [s.id for s in skipped if s.id not in rule_ids and column.name in causes(s)]
        checks += [s.id for s in skipped if s.id in rule_ids and column.name in causes(s)]
        made = [n for n in calculated.not_made if column.name in unreadable[n]]
        note = joined(
            [
                _NOT_COLLECTED.text(language, file=Path(column.where).name),
                _NOT_CALCULATED.text(language, names=few(made, language)) if made else "",
                _NOT_CHECKED.text(language, names=few(checks, language)) if checks else "",
            ]
        )
        lines.append(
            RuleSummary(f"{column.name}.not_collected", "warning", column.level.name, 0, 0, note)
        )
    for spec in skipped:
        if spec.id in rule_ids:
            note = _READS_NOT_COLLECTED.text(language, names=", ".join(sorted(causes(spec))))
            lines.append(RuleSummary(spec.id, spec.severity, spec.level, 0, 0, note))
    return lines


def _report_calculated(
    report: Report,
    form: Form,
    calculated: Calculated,
    rules: RuleSet | None,
    joined: Mapping[str, pd.DataFrame],
    language: str,
    where: Where,
) -> None:
    """A ``<name>.calculated`` line per calculated column the batch gave (recomputed, or kept
    when it reads a column not collected), and a finding per record where it differed."""
    errors = rules.calculated_errors if rules else frozenset()
    found = {(d.name, d.level): d for d in calculated.disagreements}
    for name, level in calculated.compared:
        severity = "error" if name in errors else "warning"
        check_id = f"{name}.calculated"
        frame = joined[level]
        disagreement = found.get((name, level))
        rows = disagreement.rows if disagreement else np.empty(0, dtype=np.int64)
        report.summary.append(RuleSummary(check_id, severity, level, len(frame), len(rows)))
        if disagreement is not None:
            spec = CheckSpec(check_id, level, severity, "", (name,), CALCULATED_MESSAGE)
            report.failures += _failures(spec, frame, rows, language, where, disagreement.given)
    for name in calculated.kept:
        level = level_of_repeat(form, form.question(name).repeat).name
        note = _KEPT_AS_GIVEN.text(language)
        report.summary.append(RuleSummary(f"{name}.calculated", "warning", level, 0, 0, note))


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


def _derive(
    rules: RuleSet,
    persons: pd.DataFrame,
    households: pd.DataFrame,
    key: str,
    rows: np.ndarray | None = None,
    skip: Collection[str] = (),
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the rules' derived variables: per record of the first level below the root
    (the roster) unless their expression tree places them at the root (an aggregate of the
    roster, or only root variables). ``rows`` is each record's root row, if known; ``skip``
    names those not to make (they read a column the batch did not collect)."""
    placement = rules.placement()
    for name in placement.order:
        if name in skip:
            continue
        calculation = rules.derived[name]
        reads = references(calculation)
        if placement.repeat[name] is None:
            table = Table(households, children=persons, key=key)
            added = _as_column(table.evaluate(calculation)).rename(name)
            households = pd.concat([households.drop(columns=name, errors="ignore"), added], axis=1)
        else:
            if rows is None:
                rows = positions(persons[key], households[key])
            joined = join_households(persons, households, sorted(reads), rows, key=key)
            values = Table(joined, children=persons, key=key).evaluate(calculation)
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
