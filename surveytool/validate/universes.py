"""Answers given outside their question's universe are not judged by the code-list checks.

The form's own ``<name>.outside_universe`` check reports such an answer once; a code-list
check judging it as well would say the same thing twice (spec reading 11: a rule is judged
inside its universe). Those built-ins receive their columns with such answers blanked.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from surveytool.expr import Table, references
from surveytool.form.levels import level_of_repeat
from surveytool.form.model import Form, Question
from surveytool.validate.builtin import ANSWER_BUILTINS
from surveytool.validate.checks import universe_of
from surveytool.validate.rules import RuleSet


def inside_universes(
    form: Form, rules: RuleSet, tables: Mapping[str, Table], frames: Mapping[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """``frames`` (level name -> records) with every column a built-in reads blanked where
    its question does not apply; a column is masked in its own level's frame only."""
    read = {
        name for rule in rules.rules if rule.check in ANSWER_BUILTINS for name in rule.columns_read
    }
    masked = dict(frames)
    for name in sorted(read):
        question = _question(form, name)
        universe = universe_of(form, question) if question is not None else None
        if question is None or universe is None:
            continue
        level = level_of_repeat(form, question.repeat).name
        frame = masked.get(level)
        if frame is None or name not in frame.columns or level not in tables:
            continue
        if not references(universe) <= set(tables[level].frame.columns):
            continue  # it reads a column the batch did not collect: every answer is judged
        inside = tables[level].evaluate(universe).to_numpy(dtype=bool, na_value=False)
        if inside.all():
            continue
        masked[level] = frame.assign(**{name: frame[name].where(inside)})
    return masked


def _question(form: Form, name: str) -> Question | None:
    try:
        return form.question(name)
    except KeyError:
        return None
