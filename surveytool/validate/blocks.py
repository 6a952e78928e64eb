"""A large level's checks run over blocks of rows, on two threads: one ``Table`` per block.

A check is numpy work over whole columns (comparisons, gathers through category codes) and
numpy releases the GIL while it works, so two blocks are checked side by side on two cores
(the Python between the numpy calls still takes turns). Each block costs the Python of every
check once (0.11 s for the 430 person checks), so a level has as few blocks as keep every
thread busy: ``threads.WORKERS`` of them, more only when a block would pass ``BLOCK_ROWS``
records. Measured on a million persons: person checks 1.5-1.8 s in one piece, 1.0-1.05 s
in two blocks, 1.15-1.25 s in four (four lower the peak memory, 1.66 GB against 2.28 GB, but
the run took 0.2-0.8 s longer).

Every check reads its own record's values, its root record's (joined) and the repeat's
records of its root record (``count()``/``sum()`` over the children, which every block keeps
whole), so a record's result does not depend on the block it is in: the failing records of
the blocks, united, are those of one pass. A level of fewer than ``threads.LARGE`` records
is one block.

Each block has its own ``Table``: its conversions and memo are of its rows only, never
shared with the level's table, which later readers (``universes.py``) still use. The checks
find their block's table through ``ACTIVE_TABLES``, set inside the worker: a thread does not
inherit the caller's context variables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

import numpy as np
import pandas as pd
import pandera.pandas as pa

from surveytool.expr import Node, Table
from surveytool.validate import threads
from surveytool.validate.schema import ACTIVE_TABLES

BLOCK_ROWS = 500_000
"""The most records in a block (beyond, a block's arrays set the run's peak memory)."""

_RULE_IN_CHECK = re.compile(r"rule=([^,)]+)")


def failing_rows(
    schema: pa.DataFrameSchema, table: Table, expressions: Iterable[str | Node]
) -> dict[str, np.ndarray]:
    """The positions of the records failing each check of ``schema`` (by check id), over
    ``table``'s records; ``expressions`` are the level's, for each table's plan."""
    planned = list(expressions)
    bounds = _bounds(table.size)
    if len(bounds) == 1:
        return _checked(schema, table, planned)
    blocks = [_block(table, start, stop) for start, stop in bounds]
    found = threads.each(lambda block: _checked(schema, block, planned), blocks, threads=True)
    united: dict[str, list[np.ndarray]] = {}
    for part in found:  # blocks in row order, each check's rows sorted within a block
        for check, rows in part.items():
            united.setdefault(check, []).append(rows)
    return {check: np.concatenate(parts) for check, parts in united.items()}


def _bounds(size: int) -> list[tuple[int, int]]:
    """(start, stop) of each block: about equal ones of at most ``BLOCK_ROWS`` records, as
    many as the threads or a multiple of them."""
    if size < threads.LARGE:
        return [(0, size)]
    rounds = -(-size // (BLOCK_ROWS * threads.WORKERS))
    edges = np.linspace(0, size, rounds * threads.WORKERS + 1).astype(int)
    return [(int(a), int(b)) for a, b in pairwise(edges)]


def _block(table: Table, start: int, stop: int) -> Table:
    """A table of the rows ``start:stop`` with the same children, key, position and context
    (and a memo of its own)."""
    return Table(
        table.frame.iloc[start:stop],
        position=table.position,
        children=table.children,
        key=table.key,
        context=table.context,
    )


def _checked(
    schema: pa.DataFrameSchema, table: Table, expressions: list[str | Node]
) -> dict[str, np.ndarray]:
    """The schema validated over ``table``: pandera sees a one-column frame of row numbers
    (one post-processed column per check, not hundreds) while the checks read the table."""
    rows = pd.DataFrame({"_row": np.arange(table.size)}, index=table.frame.index)
    table.plan(expressions)
    token = ACTIVE_TABLES.set({"current": table})
    try:
        schema.validate(rows, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return failing_cases(errors.failure_cases)
    finally:
        ACTIVE_TABLES.reset(token)
    return {}


def failing_cases(cases: pd.DataFrame) -> dict[str, np.ndarray]:
    """pandera lists a frame-wide failure once per column: keep one row index per check."""
    found: dict[str, np.ndarray] = {}
    for check, group in cases.groupby("check", sort=False):
        match = _RULE_IN_CHECK.search(str(check))
        if match is None:
            continue
        index = pd.to_numeric(group["index"], errors="coerce").dropna().astype(np.int64)
        found[match.group(1)] = np.unique(index.to_numpy())
    return found
