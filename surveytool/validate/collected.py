"""Which of the form's columns a batch brings: all it must, and which it did not collect.

A batch in the specification's layout, exported by another capture tool, lacks the form's
calculates (computed by ``calculated.py``) and the questions the form adds to the
specification. The rules file lists those additions (``optional_columns``): such a column
is "not collected", its checks are skipped and the report says so once. Any other missing
column is unusable input, every one of them listed with its file, since the data then come
from another form or version and judging them would only mislead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from surveytool.common.catalogue import SOURCE_LANGUAGE, message
from surveytool.common.errors import Location
from surveytool.expr import references
from surveytool.form.levels import Level, levels
from surveytool.form.model import Form
from surveytool.tables.flat import columns_of
from surveytool.validate.calculated import calculated_names, reads_of
from surveytool.validate.inputs import SOURCE, UnusableInput
from surveytool.validate.rules import RuleSet

_MISSING_COLUMNS = message(
    "validate.input.missing_columns",
    "{count} column(s) of form '{form}' version {version} are missing ({listed}): data from "
    "another form version? A column the form adds beyond the survey's specification may be "
    "left out only if the rules file lists it in optional_columns",
)
_TABLE = message("validate.input.table", "{table} table")


@dataclass(frozen=True, slots=True)
class NotCollected:
    """A question column the batch lacks and may lack."""

    name: str
    level: Level
    where: str  # the file (or table) that lacks it


def not_collected(
    form: Form,
    rules: RuleSet | None,
    frames: Mapping[str, pd.DataFrame],
    language: str = SOURCE_LANGUAGE,
) -> list[NotCollected]:
    """The question columns ``frames`` (by table name) lack that the rules file lets a batch
    lack; raises ``UnusableInput`` listing, per file, every other missing column. A table
    not read from a file is named in ``language``."""
    optional = rules.optional_columns if rules is not None else frozenset()
    calculated = set(calculated_names(form))
    found: list[NotCollected] = []
    refused: dict[str, list[str]] = {}
    for level in levels(form):
        frame = frames.get(level.table)
        if frame is None:
            continue
        where = str(frame.attrs.get(SOURCE) or _TABLE.text(language, table=level.table))
        for question in columns_of(form, level.repeat):
            name = question.name
            if name in frame.columns or name in calculated:
                continue
            if name in optional:
                found.append(NotCollected(name, level, where))
            else:
                refused.setdefault(where, []).append(name)
    if refused:
        count = sum(len(names) for names in refused.values())
        listed = "; ".join(f"{where}: {', '.join(names)}" for where, names in refused.items())
        first, names = next(iter(refused.items()))
        raise UnusableInput(
            _MISSING_COLUMNS,
            Location(first, row=1, column=names[0]),
            count=count,
            form=form.form_id,
            version=form.version,
            listed=listed,
        )
    return found


def unavailable(
    form: Form,
    rules: RuleSet | None,
    absent: list[NotCollected],
    not_made: list[str],
) -> dict[str, frozenset[str]]:
    """The names no check can read, each with the columns not collected that make it so:
    those columns, the calculates that could not be made from them (``not_made``, in the
    engine's order) and the rules' derived variables reading any of these."""
    out = {column.name: frozenset({column.name}) for column in absent}

    def causes(names: set[str] | frozenset[str]) -> frozenset[str]:
        return frozenset().union(*(out[name] for name in names if name in out))

    for name in not_made:
        out[name] = causes(reads_of(form, form.question(name)))
    derived = rules.derived if rules is not None else {}
    for name in rules.placement().order if rules is not None else ():
        found = causes(references(derived[name]))
        if found:
            out[name] = found
    return out
