"""Levels inside levels in batch validation: a repeat inside a repeat (a member's trips).

A record below the root is located by the root key and the positions of each enclosing
record (``Level.lines``). Two things need them here:

* **grouping** for ``count()``/``sum()``: a member's rule or calculate adding its trips reads
  the trips of that member, not of the household; a trip reading ``count()`` of its own
  level reads its member's trips, as the interview reads them (``graph.shared_depth``). The
  expression tables group children by one column, so the root key and the shared position
  columns are joined into one (``GROUP``) in both frames;
* **splitting** a level's checks by the level their count()/sum() read (a household rule
  adding every trip reads the trips, not the members);
* **joining** the enclosing records' columns: a trip reads its member's answers;
* **locating** a failure: a trip's failure says member 2, trip 1 as ``2.1`` in the report's
  position (``LOCATOR`` columns), where a one-level record says ``2``.

A form without nesting is unaffected: no column is added, the root key groups as before.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa

from surveytool.expr import Table, parse, ref_uses
from surveytool.form.levels import Level, level_named, level_of_repeat
from surveytool.form.model import Form

GROUP = "__record_group"  # the root key and the shared position columns, as one text


def shared_lines(reader: Level | None, read: Level) -> tuple[str, ...]:
    """The position columns ``read``'s records share with a ``reader`` record that reads
    them through count()/sum() (None: the root): those of the innermost record enclosing
    both."""
    if reader is None:
        return ()
    shared = []
    for one, other in zip(read.lines[:-1], reader.lines, strict=False):
        if one != other:
            break
        shared.append(one)
    return tuple(shared)


def grouped(
    reader: pd.DataFrame, children: pd.DataFrame, key: str, lines: tuple[str, ...]
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """``reader`` and ``children`` with the column their aggregates group by, and its name:
    the root key alone when no position is shared (and nothing is added)."""
    if not lines:
        return reader, children, key
    return _with_group(reader, key, lines), _with_group(children, key, lines), GROUP


def _with_group(frame: pd.DataFrame, key: str, lines: tuple[str, ...]) -> pd.DataFrame:
    return frame.assign(**{GROUP: _group_text(frame, key, lines)})


def locator(level: Level) -> str | None:
    """The column holding a nested level's dotted position (``2.1``), None for a level
    without ancestors (its own position column locates it)."""
    return f"__{level.table}_at" if level.ancestors else None


def with_locator(frame: pd.DataFrame, level: Level) -> pd.DataFrame:
    column = locator(level)
    if column is None:
        return frame
    return frame.assign(**{column: _joined(frame, level.lines, ".", "?")})


def children_of(levels: tuple[Level, ...], level: Level) -> Level | None:
    """The first level nested directly in ``level`` (below the root), if any."""
    return next((other for other in levels if other.ancestors[-1:] == (level.name,)), None)


def join_ancestors(
    frame: pd.DataFrame,
    level: Level,
    levels: tuple[Level, ...],
    frames: Mapping[str, pd.DataFrame],
    key: str,
    names: Collection[str] | None = None,
) -> pd.DataFrame:
    """``frame`` (records of ``level``) with the columns of its enclosing records that it
    lacks (``names`` only, if given), the innermost record's first: a trip's rule or
    calculate reads its member's answers as the interview does."""
    by_name = {other.name: other for other in levels}
    added: dict[str, Any] = {}
    for name in reversed(level.ancestors):
        ancestor, records = by_name[name], frames.get(name)
        if records is None:
            continue
        wanted = [
            column
            for column in records.columns
            if column not in frame.columns
            and column not in added
            and (names is None or column in names)
            and not column.startswith("__")
        ]
        if not wanted:
            continue
        mine = _group_text(frame, key, ancestor.lines)
        theirs = _group_text(records, key, ancestor.lines)
        rows = pd.Index(theirs, dtype=object).get_indexer(pd.Index(mine, dtype=object))
        for column in wanted:
            added[column] = records[column].array.take(rows, allow_fill=True)
    return frame.assign(**added) if added else frame


def _group_text(frame: pd.DataFrame, key: str, lines: tuple[str, ...]) -> np.ndarray:
    return _joined(frame, (key, *lines), "\x1f", "")


def _joined(frame: pd.DataFrame, columns: tuple[str, ...], sep: str, blank: str) -> np.ndarray:
    """Each row's ``columns`` as text joined by ``sep`` (``blank`` for a missing value)."""
    found: np.ndarray | None = None
    for column in columns:
        text = np.asarray(frame[column].astype("string").fillna(blank), dtype=object)
        found = text if found is None else found + sep + text
    assert found is not None
    return found


def by_children(
    form: Form,
    schema: pa.DataFrameSchema,
    table: Table,
    level: Level,
    read: Level | None,
    records: Mapping[str, pd.DataFrame],
    key: str,
) -> list[tuple[pa.DataFrameSchema, Table]]:
    """``schema`` split by the level its checks' count()/sum() read, each part with a table
    whose children are that level's records: a household rule adding every trip, a field's
    rule adding its samples, a household rule counting a second roster. ``read`` is the
    level ``table``'s children hold; checks reading it (or nothing) stay together, so the
    usual level (whose rules read its first roster) keeps its one pass."""
    kept: list[pa.Check] = []
    apart: dict[str, list[pa.Check]] = {}
    for check in schema.checks:
        expression = check.statistics.get("expression") if check.statistics else None
        found = aggregated_level(form, expression) if expression else None
        if found is None or read is None or found.name == read.name:
            kept.append(check)
        else:
            apart.setdefault(found.name, []).append(check)
    if not apart:
        return [(schema, table)]
    parts = [(pa.DataFrameSchema(schema.columns, checks=kept, name=schema.name), table)]
    reader = level if level.repeat is not None else None
    for name, checks in apart.items():
        other = level_named(form, name)
        frame, children, grouping = grouped(
            table.frame, records[name], key, shared_lines(reader, other)
        )
        own = Table(
            frame, position=table.position, children=children, key=grouping, context=table.context
        )
        parts.append((pa.DataFrameSchema(checks=checks, name=schema.name), own))
    return parts


def aggregated_level(form: Form, expression: str) -> Level | None:
    """The level whose records an expression's first count()/sum() reads, if any."""
    repeats = {repeat.name for repeat in form.repeats()}
    questions = {question.name: question for question in form.questions()}
    for name, aggregated in ref_uses(parse(expression)):
        if aggregated and name in repeats:
            return level_of_repeat(form, name)
        if aggregated and name in questions and questions[name].repeat is not None:
            return level_of_repeat(form, questions[name].repeat)
    return None
