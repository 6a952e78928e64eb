"""The validation report: a summary line per check, and every failure held column-wise.

A batch with one column wrong on every record has a million failures. As Python objects (a
``Failure`` with its dict of values, a few hundred bytes each) they took most of the run and
of the memory, although the console shows one line per check and a workbook is read a few
hundred rows at a time. So each check's failures are kept as one ``FailureBlock``: the failing
records' key, position and reported variables as a small frame of columns (categories stay
categories). ``Report.failures`` becomes ``Failure`` objects only when someone iterates it
(the office's list, tests); the JSON and XLSX writers read the blocks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import IO, TYPE_CHECKING, overload

import numpy as np
import pandas as pd

from surveytool.common.catalogue import SOURCE_LANGUAGE, message
from surveytool.common.errors import Problem
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.validate.nesting import locator

if TYPE_CHECKING:
    from surveytool.validate.checks import CheckSpec

Justified = Mapping[tuple[str, str, str | None], str]
"""The office's notes on accepted warnings, by (root key, check, position)."""


SEVERITY_WORDS = {
    "error": message("validate.severity.error", "error"),
    "warning": message("validate.severity.warning", "warning"),
}


def severity_word(severity: str, language: str = SOURCE_LANGUAGE) -> str:
    """A severity as people read it; the value itself ("error") stays in JSON and code."""
    word = SEVERITY_WORDS.get(severity)
    return word.text(language) if word is not None else severity


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


@dataclass(frozen=True, slots=True)
class Where:
    """Which columns locate a failure at each level: the root key and the level's position."""

    key: str
    position: dict[str, str | None]

    @classmethod
    def of(cls, form: Form) -> Where:
        return cls(
            levels(form)[0].record_key,
            {level.name: locator(level) or level.line for level in levels(form)},
        )


@dataclass(frozen=True, slots=True)
class FailureBlock:
    """One check's failures: one row of ``records`` per failing record, with the key, the
    position (if the level has one) and the reported variables found in the batch."""

    rule: str
    severity: str
    level: str
    variables: tuple[str, ...]
    message: str
    records: pd.DataFrame
    key: str
    position: str | None

    def __len__(self) -> int:
        return len(self.records)

    def columns(self, start: int = 0, stop: int | None = None) -> dict[str, list[object]]:
        """The key, position and each reported variable of failures ``start`` to ``stop``
        as plain Python values (None for blanks); distinct values are looked up once."""
        records = self.records.iloc[start:stop]
        return {name: _plain_values(records[name]) for name in records.columns}

    def failures(
        self, justified: Justified | None = None, start: int = 0, stop: int | None = None
    ) -> list[Failure]:
        """Failures ``start`` to ``stop`` (all by default) as ``Failure`` objects."""
        columns = self.columns(start, stop)
        keys = columns[self.key]
        lines = columns.get(self.position or "", [None] * len(keys))
        reported = [v for v in self.variables if v in columns]
        made = [
            Failure(
                self.rule,
                self.severity,
                self.level,
                str(keys[i]),
                None if self.position is None else _text(lines[i]),
                self.variables,
                {v: columns[v][i] for v in reported},
                self.message,
            )
            for i in range(len(keys))
        ]
        if justified and self.severity == "warning":
            made = [_justified(f, justified) for f in made]
        return made

    def sample(self, count: int = 3) -> list[object]:
        """A few distinct values of the first reported variable (what a systematic failure
        looks like), in order of appearance."""
        names = [v for v in self.variables if v in self.records.columns]
        if not names:
            return []
        column = self.records[names[0]]
        if isinstance(column.dtype, pd.CategoricalDtype):  # codes in order of appearance
            codes = pd.unique(column.cat.codes.to_numpy())
            seen = [column.cat.categories[code] for code in codes[codes >= 0][:count]]
        else:
            seen = list(pd.unique(column.dropna().to_numpy())[:count])
        return [_plain(value) for value in seen]


def failure_block(
    spec: CheckSpec,
    frame: pd.DataFrame,
    rows: np.ndarray,
    language: str,
    where: Where,
    text_found: pd.Series | None = None,
) -> FailureBlock:
    """The failures of ``spec`` on ``frame``'s ``rows``; ``text_found`` replaces the typed
    value of a type failure (the text that could not be read)."""
    message = _message_text(spec, language)
    variables = [v for v in spec.variables if v in frame.columns]
    position = where.position.get(spec.level)
    line = [position] if position in frame.columns else []
    names = list(dict.fromkeys([where.key, *line, *variables]))
    if len(rows) == 0:  # most checks of a batch: no frame to cut
        records = pd.DataFrame(columns=names)
    else:
        records = frame[names].iloc[rows].reset_index(drop=True)
    if text_found is not None and len(rows) and spec.variables[0] in variables:
        records[spec.variables[0]] = text_found.iloc[rows].array
    return FailureBlock(
        spec.id,
        spec.severity,
        spec.level,
        spec.variables,
        message,
        records,
        where.key,
        position,
    )


def _message_text(spec: CheckSpec, language: str) -> str:
    """A check's message in ``language``: a ``Problem`` renders its values; a mapping by
    language falls back to English, then to the check's id."""
    if isinstance(spec.message, Problem):
        return spec.message.text(language)
    return spec.message.get(language) or spec.message.get(SOURCE_LANGUAGE) or spec.id


class Failures(Sequence[Failure]):
    """Every failure of a report, block by block; a sequence of ``Failure`` objects made on
    first use (and kept, so a failure is the same object each time it is read).

    ``failures += block`` adds a check's block, ``failures += [Failure(...)]`` single ones."""

    __slots__ = ("_listed", "_parts", "justified")

    def __init__(self, parts: Iterable[FailureBlock | Failure] = ()) -> None:
        self._parts: list[FailureBlock | list[Failure]] = []
        self._listed: list[Failure] | None = None
        self.justified: Justified | None = None
        self += parts

    def __iadd__(self, more: FailureBlock | Iterable[FailureBlock | Failure]) -> Failures:
        items = [more] if isinstance(more, FailureBlock) else list(more)
        for item in items:
            if isinstance(item, FailureBlock):
                if len(item):
                    self._parts.append(item)
            elif self._parts and isinstance(self._parts[-1], list):
                self._parts[-1].append(item)
            else:
                self._parts.append([item])
        self._listed = None
        return self

    def justify(self, justified: Justified | None) -> None:
        """Attach the office's notes to the warnings they accept."""
        self.justified = justified
        self._listed = None

    @property
    def blocks(self) -> list[FailureBlock | list[Failure]]:
        """The parts in order: check blocks, and lists of failures added one by one."""
        return list(self._parts)

    def severity_count(self, severity: str) -> int:
        total = 0
        for part in self._parts:
            if isinstance(part, FailureBlock):
                total += len(part) if part.severity == severity else 0
            else:
                total += sum(f.severity == severity for f in part)
        return total

    def listed(self, per_check: int | None = None) -> Iterator[Failure]:
        """The failures in order, at most ``per_check`` of each check (all by default)."""
        shown: dict[str, int] = {}
        for part in self._parts:
            if isinstance(part, FailureBlock):
                room = None if per_check is None else per_check - shown.get(part.rule, 0)
                if room is not None and room <= 0:
                    continue
                made = part.failures(self.justified, 0, room)
                shown[part.rule] = shown.get(part.rule, 0) + len(made)
                yield from made
                continue
            for failure in part:
                if per_check is not None and shown.get(failure.rule, 0) >= per_check:
                    continue
                shown[failure.rule] = shown.get(failure.rule, 0) + 1
                yield _justified(failure, self.justified)

    def _all(self) -> list[Failure]:
        if self._listed is None:
            self._listed = list(self.listed())
        return self._listed

    def __len__(self) -> int:
        return sum(len(part) for part in self._parts)

    @overload
    def __getitem__(self, index: int) -> Failure: ...

    @overload
    def __getitem__(self, index: slice) -> list[Failure]: ...

    def __getitem__(self, index: int | slice) -> Failure | list[Failure]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Failure]:
        return iter(self._all())

    def __add__(self, other: Iterable[Failure]) -> list[Failure]:
        return [*self._all(), *other]  # as lists add: a new list

    def __radd__(self, other: Iterable[Failure]) -> list[Failure]:
        return [*other, *self._all()]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Failures | list):
            return self._all() == list(other)
        return NotImplemented

    # Unhashable, as a list is; typeshed declares list's __hash__ the same way (a method of
    # object set to None), which mypy accepts only with this code.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Failures({len(self)} in {len(self._parts)} parts)"


@dataclass(slots=True)
class Report:
    summary: list[RuleSummary] = field(default_factory=list)
    failures: Failures = field(default_factory=Failures)
    #: the language its messages and notes were written in (a workbook's headers follow it)
    language: str = SOURCE_LANGUAGE

    def __post_init__(self) -> None:
        if not isinstance(self.failures, Failures):
            self.failures = Failures(self.failures)

    @property
    def errors(self) -> int:
        return self.failures.severity_count("error")

    @property
    def warnings(self) -> int:
        return self.failures.severity_count("warning")

    def to_dict(self) -> dict[str, object]:
        return {
            "summary": [asdict(s) for s in self.summary],
            "failures": [_as_dict(f) for f in self.failures],
        }

    def write_json(self, out: IO[str], rows: int = 20_000) -> None:
        """The report as ``to_dict`` gives it, ``rows`` failures at a time, encoded column
        by column (``report_json.py``)."""
        from surveytool.validate.report_json import write_json

        write_json(self, out, rows)


def _as_dict(failure: Failure) -> dict[str, object]:
    return {**asdict(failure), "variables": list(failure.variables)}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _justified(failure: Failure, justified: Justified | None) -> Failure:
    if not justified or failure.severity != "warning":
        return failure
    note = justified.get((failure.hh_id, failure.rule, failure.line_no))
    return replace(failure, justification=note)


def _plain_values(series: pd.Series) -> list[object]:
    """A column's cells as plain Python values (None for blanks), categories looked up once."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        distinct = np.array([*series.cat.categories, None], dtype=object)  # code -1: blank
        plain: list[object] = distinct[series.cat.codes.to_numpy()].tolist()
        return plain
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


def systematic(
    report: Report, share: float = 0.99, least: int = 100
) -> list[tuple[RuleSummary, list[object]]]:
    """The checks failing on (nearly) every record they checked, at least ``least`` of them,
    with a few of the values found: a column wrong throughout (labels instead of codes,
    another date format) is one problem to fix at the source, not a million to read."""
    lines = [
        line
        for line in report.summary
        if line.failed >= least and line.failed >= share * line.checked
    ]
    wanted = {line.id for line in lines}
    samples = {
        part.rule: part.sample()
        for part in report.failures.blocks
        if isinstance(part, FailureBlock) and part.rule in wanted
    }
    return [(line, samples.get(line.id, [])) for line in lines]
