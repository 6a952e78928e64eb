"""Derived variables of a harmonised export (spec 7.1), computed from the flat tables.

Which variables, at which level, how: all of it is the derivations file beside the form,
``forms/<form_id>.derived.yaml``, loaded by ``load_derivations`` (``derivations_file``); no
survey is named here. Its format::

    derived:                          # computed in this order; each may read those above it
      - name: lfs_status              # a new column (not a column of the form)
        level: person                 # a level of the form, as rules name it
        type: integer                 # integer | number | string
        label: {en: Labour force status, fr: ...}
        universe: ${age} >= ${wa_min} and ${usual_resident} = 1   # optional: blank outside
        expression: if(${employed} = 1, 1, if(${unemployed} = 1, 2, 3))
        choices: {1: {en: Employed}, 2: {en: Unemployed}, 3: {en: Outside the labour force}}
      - name: isic_section
        level: person
        type: string
        universe: ${employed} = 1
        builtin: lookup               # instead of an expression: a named built-in
        parameters: {column: isic4, list: isic4.csv, key: code, value: section, prefix: 2}
        choices_from: {list: isic4.csv, code: code, label: label, where: {level: "1"}}
    disclosure: {...}                 # read by ``disclosure`` (key variables, k, top-coding)
    metadata: {...}                   # spec 8 metadata of the manifest (``harmonised_metadata``)

``expression`` is an XLSForm expression evaluated by the project's vectorised engine
(``surveytool.expr.Table``) over the level's records, with the root record's columns joined
(a person reads ``${survey_year}`` of its household), and every derived column above it.
``builtin`` names a survey-independent block of ``derive_builtins`` (REC group at the
reference date, code-list lookups, the recruitment cost index) with its ``parameters``.
``choices`` (inline, code -> language -> label) or ``choices_from`` (a shipped code list:
its ``code`` column, its ``<label>_<language>`` columns, rows matching ``where``) label the
codes. The form's own calculates (``employed``, ``mig_cbr``, ...) are read, never recomputed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from surveytool.expr import EvalContext, Node, Table, ref_uses
from surveytool.form.levels import CASE_UUID, level_named, levels
from surveytool.form.model import Form
from surveytool.validate.rates import Rates

TYPES = ("integer", "number", "string")


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


def _no_choices() -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class DerivedVariable:
    """One derived column: its level (as ``levels(form)`` names it), its label per language,
    its type (``integer``, ``number`` or ``string``) and, for a coded variable, each code's
    label per language."""

    name: str
    level: str
    labels: Mapping[str, str] = field(default_factory=_empty)
    type: str = "integer"
    choices: Mapping[str, Mapping[str, str]] = field(default_factory=_no_choices)


@dataclass(frozen=True)
class Derivation:
    """How one derived variable is made: an expression or a built-in, within a universe."""

    variable: DerivedVariable
    expression: Node | None = None
    universe: Node | None = None
    builtin: str | None = None
    parameters: Mapping[str, Any] = field(default_factory=dict)

    def reads(self) -> set[str]:
        """The columns the derivation reads."""
        from surveytool.package.derive_builtins import columns_read

        names = {n for tree in (self.expression, self.universe) if tree for n, _ in ref_uses(tree)}
        if self.builtin:
            names |= set(columns_read(self.builtin, self.parameters))
        return names


@dataclass(frozen=True)
class Derivations:
    """A derivations file, loaded and checked against its form."""

    items: tuple[Derivation, ...]
    disclosure: Mapping[str, Any] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)
    path: str = ""

    @property
    def variables(self) -> tuple[DerivedVariable, ...]:
        return tuple(item.variable for item in self.items)


def default_derivations_path(form: Form) -> Path:
    """The shipped derivations of a form: ``forms/<form_id>.derived.yaml``."""
    from surveytool.common.resources import resource_path

    return resource_path("forms", f"{form.form_id}.derived.yaml")


def load_derivations(path: Path, form: Form) -> Derivations:
    """Read and check ``path`` against ``form``; a FormError lists every located problem."""
    from surveytool.package.derivations_file import read

    return read(path, form)


def derive(
    tables: Mapping[str, pd.DataFrame],
    form: Form,
    derivations: Derivations,
    rates: Rates | None,
) -> dict[str, pd.DataFrame]:
    """New tables with every derived column added at the end of its level's table."""
    return derive_with_notes(tables, form, derivations, rates)[0]


def derive_with_notes(
    tables: Mapping[str, pd.DataFrame],
    form: Form,
    derivations: Derivations,
    rates: Rates | None,
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """``derive``, and the notes of what could not be derived (blank values counted)."""
    out = {name: frame.copy(deep=False) for name, frame in tables.items()}
    root = levels(form)[0]
    root_rows: dict[str, np.ndarray] = {}
    notes: list[str] = []
    for item in derivations.items:
        level = level_named(form, item.variable.level)
        frame = out[level.table]
        if level.repeat is not None and level.table not in root_rows:
            index = pd.Index(out[root.table][CASE_UUID])
            root_rows[level.table] = index.get_indexer(frame[CASE_UUID])
        work = _work_frame(item, frame, out[root.table], root_rows.get(level.table))
        values, told = _compute(item, work, rates)
        notes += told
        out[level.table] = frame.assign(**{item.variable.name: values})
    return out, notes


def _work_frame(
    item: Derivation, frame: pd.DataFrame, root: pd.DataFrame, rows: np.ndarray | None
) -> pd.DataFrame:
    """The columns the derivation reads: the level's own, then its root record's."""
    data: dict[str, Any] = {}
    for name in sorted(item.reads()):
        if name in frame.columns:
            data[name] = frame[name]
        elif rows is not None and name in root.columns:
            column = root[name].iloc[np.maximum(rows, 0)].set_axis(frame.index)
            data[name] = column.where(pd.Series(rows >= 0, index=frame.index))
    return pd.DataFrame(data, index=frame.index)


def _compute(
    item: Derivation, work: pd.DataFrame, rates: Rates | None
) -> tuple[pd.Series, list[str]]:
    from surveytool.package.derive_builtins import BUILTINS

    table = Table(work, context=EvalContext())
    inside = None
    if item.universe is not None:
        inside = table.evaluate(item.universe).to_numpy(dtype=bool, na_value=False)
    notes: list[str] = []
    if item.builtin is not None:
        rows = work if inside is None else work[inside]
        result = BUILTINS[item.builtin](rows, item.parameters, rates)
        raw = result.values.reindex(work.index)
        notes += result.notes
    else:
        assert item.expression is not None
        raw = table.evaluate(item.expression)
    values = typed(raw, item.variable.type)
    if inside is not None:
        values = values.where(pd.Series(inside, index=values.index))
    return values, notes


def typed(values: pd.Series, kind: str) -> pd.Series:
    """An evaluated column as the tables type it: Int64, Float64 or text (blank: missing)."""
    if kind == "string":
        text = values.astype(object)
        blank = text.isna() | (text == "")
        return text.where(~blank).astype("str")
    if pd.api.types.is_bool_dtype(values.dtype):
        values = values.astype("Int64")
    numbers = pd.to_numeric(values.astype(object).replace("", None), errors="coerce")
    floats = numbers.astype("Float64")
    if kind == "number":
        return floats
    present = floats.dropna()
    if not (present == present.round()).all():
        raise ValueError(f"an integer derivation gave a fraction: {present.iloc[0]}")
    return floats.astype("Int64")


def variables_of(
    derivations: Derivations | Sequence[DerivedVariable],
) -> tuple[DerivedVariable, ...]:
    """The derived variables, from a loaded file or as given."""
    if isinstance(derivations, Derivations):
        return derivations.variables
    return tuple(derivations)
