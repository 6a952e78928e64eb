"""``compute_tables``: every table of a tables spec, from a merged folder (the contract in
``surveytool.merge.indicators``).

For each table and migrant basis (I6) the universe and the measures' conditions are
evaluated once over all persons with the project's vectorised XPath engine, the records
are summed once (``partial``), and the areas, sexes and totals are built from those sums
(``cells``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from surveytool.common.catalogue import message
from surveytool.expr import EvalContext, Table
from surveytool.merge.indicators.areas import Area, build_areas
from surveytool.merge.indicators.cells import COLUMNS, Dim, Layout, cells
from surveytool.merge.indicators.classify import mapper, raw_codes
from surveytool.merge.indicators.columns import add_computed
from surveytool.merge.indicators.data import Microdata, read_microdata
from surveytool.merge.indicators.partial import Records, partial_sums
from surveytool.merge.indicators.spec import Basis, Measure, Spec, TableSpec, load_spec, resolve
from surveytool.validate.rates import Rates

_DONT_KNOW = message(
    "indicators.note.dont_know",
    "{basis}: {count} record(s) whose migrant status is not known count as non-migrants (I6)",
)
_COUNTED = message("indicators.note.counted", "{text}: {count}")
_RATES = message("indicators.note.rates", "exchange rates: {rates}")
_NO_RATES = message(
    "indicators.note.no_rates",
    "no exchange-rates file: amounts in other currencies are not converted",
)


@dataclass(frozen=True)
class TableResult:
    """One table in the long ILOSTAT layout (see ``cells.COLUMNS``), with its texts."""

    id: str
    title: Mapping[str, str]
    universe: Mapping[str, str]
    notes: list[str]
    sources: list[str]
    frame: pd.DataFrame = field(repr=False)


class _Evaluator:
    """Expressions and columns over the persons, each computed once."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.table = Table(frame, context=EvalContext())
        self.masks: dict[str, np.ndarray] = {}
        self.numbers: dict[str, np.ndarray] = {}
        self.dims: dict[tuple[str, str], tuple[np.ndarray, list[str]]] = {}

    def mask(self, text: str) -> np.ndarray:
        if text not in self.masks:
            result = self.table.evaluate(text)
            self.masks[text] = result.to_numpy(dtype=bool, na_value=False)
        return self.masks[text]

    def series(self, text: str) -> pd.Series:
        return self.table.evaluate(text)

    def values(self, name: str) -> np.ndarray:
        if name not in self.numbers:
            column = self.frame[name]
            if isinstance(column.dtype, pd.CategoricalDtype):
                table = pd.to_numeric(pd.Series(column.cat.categories.astype(str)), errors="coerce")
                lookup = np.append(table.to_numpy(dtype=np.float64), np.nan)
                self.numbers[name] = lookup[column.cat.codes.to_numpy()]
            else:
                self.numbers[name] = pd.to_numeric(column, errors="coerce").to_numpy(
                    dtype=np.float64, na_value=np.nan
                )
        return self.numbers[name]


def compute_tables(
    folder: Path, spec: Spec | Path, rates: Rates | None = None, language: str = "en"
) -> list[TableResult]:
    """Every table of ``spec`` over the merged ``folder``, per survey, REC and Africa."""
    spec = spec if isinstance(spec, Spec) else load_spec(Path(spec))
    data = read_microdata(Path(folder), spec)
    frame = add_computed(data.frame, spec.computed, rates)
    data = Microdata(frame, data.surveys)
    evaluator = _Evaluator(frame)
    evaluator.table.plan(_planned(spec))
    areas = build_areas(data.surveys)
    rates_note = _RATES.text(rates=rates.describe()) if rates is not None else _NO_RATES.text()
    return [_table(t, spec, data, evaluator, areas, rates_note) for t in spec.tables]


def _planned(spec: Spec) -> list[str]:
    """Every distinct expression the tables evaluate (each once: ``_Evaluator`` keeps its
    masks), so that the expression engine lets a column or sub-result go after its last
    use instead of holding every column it converted (gigabytes at millions of persons)."""
    texts = [*spec.expressions(None), *(b.dont_know for b in spec.bases)]
    for basis in spec.bases:
        texts += spec.expressions(basis)
    return sorted(set(texts))


def _table(
    t: TableSpec, spec: Spec, data: Microdata, ev: _Evaluator, areas: list[Area], rates_note: str
) -> TableResult:
    pieces = []
    notes = list(t.notes)
    passes = [(b, kind) for b in spec.bases for kind in ("split", "basis")]
    for basis, kind in [*passes, (None, "none")]:
        measures = [_resolved(m, basis) for m in t.measures if m.status == kind]
        if not measures:
            continue
        inside = ev.mask(resolve(t.universe, basis))
        status = np.zeros(len(data.frame), dtype=np.int64)
        statuses = ("", "")
        if basis is not None:
            statuses = (basis.code, f"NONMIG_{basis.code}")
            if kind == "split":
                status = np.where(ev.values(basis.migrant) == 1, 0, 1)
            unknown = int((inside & ev.mask(basis.dont_know)).sum())
            note = _DONT_KNOW.text(basis=basis.code, count=unknown)
            if unknown and note not in notes:
                notes.append(note)
        second = _dim(spec, t.classif2, basis, ev) if t.classif2 and basis is None else None
        records = Records(data.frame, np.flatnonzero(inside), status, ev.mask, ev.values)
        for entry in t.by:
            first = [_dim(spec, name, basis, ev) for name in entry]
            codes = [d.codes for d in [*first, second] if d is not None]
            partial = partial_sums(records, codes, measures, len(data.surveys))
            second_dim = second.dim if second else None
            layout = Layout(t.id, [d.dim for d in first], second_dim, statuses, spec.threshold)
            pieces.append(cells(partial, measures, layout, areas, data.surveys))
    for text, label in t.counts:
        notes.append(_COUNTED.text(text=label, count=int(ev.mask(text).sum())))
    if any(m.unavailable for m in t.measures):
        notes.append(rates_note)
    frame = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame(columns=list(COLUMNS))
    frame = frame.drop_duplicates(subset=list(COLUMNS[:7]))
    surveys = data.surveys
    sources = [s.id for s in surveys] + sorted({p for s in surveys for p in s.packages})
    return TableResult(t.id, t.title, t.universe_text, notes, sources, frame.reset_index(drop=True))


@dataclass(frozen=True)
class _Coded:
    dim: Dim
    codes: np.ndarray


def _dim(spec: Spec, name: str, basis: Basis | None, ev: _Evaluator) -> _Coded:
    """A classification's raw codes on ``basis`` (``origin``/``migrant`` read its columns)."""
    c = spec.classifications[name]
    if c.kind == "expression":
        c = replace(c, source=resolve(c.source, basis))
    elif basis is not None:
        c = replace(c, source=_placeholders(basis).get(c.source, c.source))
    key = (name, c.source)
    if key not in ev.dims:
        codes, labels = raw_codes(c, ev.frame, ev.series)
        ev.dims[key] = codes.astype(np.int32), labels  # kept for every table: 4 bytes a row
    codes, labels = ev.dims[key]
    return _Coded(Dim(c, labels, mapper(c, spec.unknown_origin)), codes)


def _placeholders(basis: Basis) -> dict[str, str]:
    return {"migrant": basis.migrant, "origin": basis.origin}


def _resolved(m: Measure, basis: Basis | None) -> Measure:
    """The measure's expressions on ``basis``."""
    return replace(
        m,
        base=resolve(m.base, basis),
        numerator=resolve(m.numerator, basis),
        unavailable=resolve(m.unavailable, basis) if m.unavailable else "",
        value=_placeholders(basis).get(m.value, m.value) if basis else m.value,
    )
