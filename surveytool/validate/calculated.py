"""The form's calculations made over a batch, as the interview engine makes them for one case.

A batch from another capture tool may lack the form's calculated columns (``employed``,
``rc_eligible``, ...) or bring its own values for them. Either way the checks must read what
the form computes from the answers, or a wrong ``employed`` supplied by another tool hides an
R12 error. So every ``calculate`` of the form is computed here, vectorised per level, with
the engine's semantics and its one definition of them (the form's expressions):

* in the engine's dependency order (``interview.graph``: a calculation after everything it
  reads, relevance included, whatever the sheet order);
* blank where the calculate is not relevant (its own relevance and its groups');
* reading answers as the engine reads them: an answer given where its question does not
  apply reads as blank (the form's ``outside_universe`` check reports it, once);
* a root calculation may aggregate a repeat (``sum()``, ``count()``); a repeat's reads its
  root record's columns, as checks do.

A column the batch brings is replaced by the computed one; each record where they differ is
a disagreement, reported by the runner as ``<name>.calculated``. The columns that identify
records (the root key and each level's position) are the batch's own and are not computed.
A calculation that reads a column the batch did not collect (directly, through relevance or
through another calculate it lacks) cannot be made: a column given for it is kept as given
and read by what depends on it; an answer whose relevance cannot be judged is read as given.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from surveytool.common.catalogue import message
from surveytool.expr import EvalContext, Node, Table, is_volatile, parse, ref_uses
from surveytool.form.levels import Level, level_named, level_of_repeat, levels
from surveytool.form.model import Form, Question
from surveytool.interview.graph import graph_of
from surveytool.validate.checks import universe_of
from surveytool.validate.computed import as_column, disagreeing
from surveytool.validate.nesting import grouped, join_ancestors, shared_lines
from surveytool.validate.typed import join_households


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Records of ``level`` whose given ``name`` differs from the form's calculation."""

    name: str
    level: str
    rows: np.ndarray  # positions in the level's records
    given: pd.Series  # the batch's column as given (text), aligned with the records


@dataclass(slots=True)
class Calculated:
    records: dict[str, pd.DataFrame]  # level name -> records with every calculate computed
    disagreements: list[Disagreement] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # computed because the batch lacked them
    not_made: list[str] = field(default_factory=list)  # lacked, and read a column not collected
    kept: list[str] = field(default_factory=list)  # given, and read a column not collected
    compared: list[tuple[str, str]] = field(default_factory=list)  # (name, level) given


@dataclass(frozen=True, slots=True)
class _Step:
    """One element to settle: a calculate to compute, or an answer to read as the engine."""

    question: Question
    level: Level
    universe: Node | None
    calculation: Node | None
    aggregated: str | None  # the level whose records count()/sum() read, if any


def calculate(
    form: Form,
    records: Mapping[str, pd.DataFrame],
    *,
    key: str,
    root_rows: Mapping[str, np.ndarray],
    absent: Collection[str] = (),
    context: EvalContext | None = None,
) -> Calculated:
    """Every calculate of the form over ``records`` (level name -> typed records, the root
    first; ``root_rows``: each repeat record's root row). ``absent`` names the columns the
    batch did not collect."""
    present = {name for frame in records.values() for name in frame.columns}
    steps, not_made, kept = _plan(form, absent, present)
    context = _with_labels(form, context or EvalContext())
    work = {name: frame.copy(deep=False) for name, frame in records.items()}
    computed: dict[str, pd.Series] = {}
    for group in _groups(steps):
        table = _table(form, group, work, key, root_rows, context)
        table.plan(node for step in group for node in (step.universe, step.calculation) if node)
        for step in group:
            column = _settle(step, table, work[step.level.name])
            if column is None:
                continue
            table.frame[step.question.name] = column
            work[step.level.name][step.question.name] = column
            if step.calculation is not None:
                computed[step.question.name] = column
    result = Calculated(dict(records), not_made=not_made, kept=kept)
    for step in steps:
        name, level = step.question.name, step.level.name
        if name not in computed or level not in records:
            continue
        frame = result.records[level]
        if name in frame.columns:
            result.compared.append((name, level))
            rows = disagreeing(frame[name], computed[name])
            if len(rows):
                result.disagreements.append(Disagreement(name, level, rows, frame[name]))
        else:
            result.added.append(name)
        result.records[level] = frame.assign(**{name: computed[name]})
    return result


MESSAGE = message(
    "validate.calculated.differs",
    "The batch's value differs from what the form calculates from the answers; the checks "
    "used the calculated value: correct the answers or the calculated column.",
)
"""The message of a ``<name>.calculated`` finding (its value is the one the batch gave)."""


def calculated_names(form: Form) -> list[str]:
    """The calculates a batch need not bring: every one but the columns identifying records."""
    return [q.name for q in _calculates(form)]


def _calculates(form: Form) -> list[Question]:
    keys = {level.key for level in levels(form)} | {level.position for level in levels(form)}
    return [q for q in form.questions() if q.calculation is not None and q.name not in keys]


def _plan(
    form: Form, absent: Collection[str], present: Collection[str]
) -> tuple[list[_Step], list[str], list[str]]:
    """The calculates and every answer they read (through relevance too), in the engine's
    order; the calculates the batch lacks that read a column not collected (not made); and
    those it gives that do (kept as given)."""
    graph = graph_of(form)
    questions = {q.name: q for q in form.questions()}
    calculates = {q.name for q in _calculates(form)}
    wanted, todo = set(calculates), list(calculates)
    while todo:
        for name in reads_of(form, questions[todo.pop()]) - wanted:
            if name in questions:
                wanted.add(name)
                todo.append(name)
    tainted = {name for name in absent if name in questions}
    steps, not_made, kept = [], [], []
    for name in sorted(wanted, key=graph.rank.__getitem__):
        question = questions[name]
        blocked = bool(reads_of(form, question) & tainted)
        if name in tainted:
            continue
        is_calculate = name in calculates
        if is_calculate and name in present and _volatile(question):
            kept.append(name)  # uuid(), now(), once(): never made again the same; as given
        elif blocked and is_calculate and name in present:
            kept.append(name)
        elif blocked and is_calculate:
            not_made.append(name)
            tainted.add(name)
        elif not blocked:
            universe = universe_of(form, question)
            tree = question.calculation.tree if is_calculate and question.calculation else None
            steps.append(
                _Step(
                    question,
                    level_of_repeat(form, question.repeat),
                    parse(universe) if universe else None,
                    tree,
                    _aggregated_level(form, questions, tree) if tree is not None else None,
                )
            )
    return steps, not_made, kept


def _volatile(question: Question) -> bool:
    calculation = question.calculation
    return calculation is not None and is_volatile(calculation.tree)


def reads_of(form: Form, question: Question) -> set[str]:
    """The names a question's value depends on: its calculation and its universe."""
    found: set[str] = set()
    if question.calculation is not None:
        found |= {name for name, _ in ref_uses(question.calculation.tree)}
    universe = universe_of(form, question)
    if universe:
        found |= {name for name, _ in ref_uses(parse(universe))}
    return found - {question.name}


def _aggregated_level(form: Form, questions: Mapping[str, Question], tree: Node) -> str | None:
    repeats = {repeat.name for repeat in form.repeats()}
    for name, aggregated in ref_uses(tree):
        if aggregated and name in questions:
            return level_of_repeat(form, questions[name].repeat).name
        if aggregated and name in repeats:  # count(${visits}): the repeat's own records
            return level_of_repeat(form, name).name
    return None


def _groups(steps: list[_Step]) -> list[list[_Step]]:
    """Consecutive steps that one table serves: same level, same repeat aggregated."""
    groups: list[list[_Step]] = []
    reading: str | None = None  # the level the current group's aggregates read
    for step in steps:
        same = bool(groups) and groups[-1][-1].level == step.level
        if same and step.aggregated is not None and reading not in (None, step.aggregated):
            same = False
        if not same:
            groups.append([])
            reading = None
        groups[-1].append(step)
        reading = reading or step.aggregated
    return groups


def _table(
    form: Form,
    group: list[_Step],
    work: Mapping[str, pd.DataFrame],
    key: str,
    root_rows: Mapping[str, np.ndarray],
    context: EvalContext,
) -> Table:
    """The expression table for a group's level: its records, with their root record's
    columns joined below the root, and the records a count()/sum() reads."""
    level = group[0].level
    aggregated = next((step.aggregated for step in group if step.aggregated), None)
    children = work.get(aggregated) if aggregated else None
    frame = work[level.name]
    if level.repeat is not None:
        root = levels(form)[0].name
        names = {
            name
            for step in group
            for node in (step.universe, step.calculation)
            if node is not None
            for name, _ in ref_uses(node)
            if name not in frame.columns
        }
        frame = join_households(frame, work[root], sorted(names), root_rows[level.name], key=key)
        frame = join_ancestors(frame, level, levels(form), work, key, names)
    grouping = key
    if children is not None and aggregated is not None:  # a member's own trips, if nested
        read = level_named(form, aggregated)
        reader = level if level.repeat is not None else None
        lines = shared_lines(reader, read)
        frame, children, grouping = grouped(frame, children, key, lines)
    return Table(
        frame.copy(deep=False),
        position=level.line,
        children=children,
        key=grouping,
        context=context,
    )


def _settle(step: _Step, table: Table, records: pd.DataFrame) -> pd.Series | None:
    """A calculate's column (blank where not relevant); an answer's column as the engine
    reads it (blank where its question does not apply); None when nothing changes."""
    name = step.question.name
    inside = None
    if step.universe is not None:
        inside = table.evaluate(step.universe).to_numpy(dtype=bool, na_value=False)
    if step.calculation is None:
        if inside is None or name not in records.columns or inside.all():
            return None
        given = records[name]
        if not (given.notna().to_numpy() & ~inside).any():
            return None
        return given.where(inside)
    index = table.frame.index
    if inside is None or inside.all():
        return as_column(table.evaluate(step.calculation).to_numpy(), None, index)
    rows = np.flatnonzero(inside)
    if 2 * len(rows) < len(inside):  # a rare universe (section E): compute those rows only
        values = _rows_table(table, step.calculation, rows).evaluate(step.calculation)
    else:
        values = table.evaluate(step.calculation).iloc[rows]
    return as_column(values.to_numpy(), rows, index)


def _rows_table(table: Table, calculation: Node, rows: np.ndarray) -> Table:
    """The table's ``rows`` with the columns ``calculation`` reads (and the key and the
    position, which aggregates and ``position(..)`` read)."""
    wanted = {name for name, _ in ref_uses(calculation)} | {table.key, table.position}
    columns = [name for name in table.frame.columns if name in wanted]
    return Table(
        table.frame[columns].iloc[rows],
        position=table.position,
        children=table.children,
        key=table.key,
        context=table.context,
    )


def _with_labels(form: Form, context: EvalContext) -> EvalContext:
    """``context`` with the choice labels ``jr:choice-name()`` reads, in the form's default
    language, as a new interview has them."""
    if context.choice_labels:
        return context
    language = form.settings.default_language
    lists = {q.name: form.choices_for(q) for q in form.questions() if q.is_select}
    labels = {
        name: choice_list.labels(language, language)
        for name, choice_list in lists.items()
        if choice_list is not None
    }
    return replace(context, choice_labels=labels)  # keeps now, data files...
