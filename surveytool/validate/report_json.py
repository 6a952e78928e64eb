"""The JSON report, written a piece at a time and encoded column by column.

A million failures as Python dicts passed to ``json.dumps`` took 22 s; each column's distinct
values are encoded once per piece instead (a household key repeats on every member's row, a
wrong code on every record), and a failure's JSON object is put together from those pieces of
text: about 4 s, the same JSON as ``Report.to_dict``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from typing import IO

import numpy as np
import pandas as pd

from surveytool.validate.report import (
    Failure,
    FailureBlock,
    Justified,
    Report,
    _as_dict,
    _dumps,
    _justified,
    _plain_values,
    _text,
)

_KEYS = tuple(f"{json.dumps(item.name)}: " for item in fields(Failure))
"""The JSON keys of a failure, in ``to_dict``'s order, each with its colon."""


def write_json(report: Report, out: IO[str], rows: int = 20_000) -> None:
    """The report as ``to_dict`` gives it, written ``rows`` failures at a time and encoded
    column by column (each distinct value once): a million failures never exist as
    Python objects, and take seconds rather than half a minute."""
    out.write('{\n "summary": [\n  ')
    out.write(",\n  ".join(_dumps(asdict(s)) for s in report.summary))
    out.write('\n ],\n "failures": [')
    separator = "\n  "
    for encoded in _pieces(report, rows):
        out.write(separator + ",\n  ".join(encoded))
        separator = ",\n  "
    out.write("\n ]\n}\n")


def _pieces(report: Report, rows: int) -> Iterator[list[str]]:
    justified = report.failures.justified
    for part in report.failures.blocks:
        if not isinstance(part, FailureBlock):
            yield [_dumps(_as_dict(_justified(f, justified))) for f in part]
            continue
        for start in range(0, len(part), rows):
            yield json_rows(part, justified, start, start + rows)


def json_rows(
    block: FailureBlock, justified: Justified | None = None, start: int = 0, stop: int | None = None
) -> list[str]:
    """Failures ``start`` to ``stop`` as the JSON objects ``Report.to_dict`` holds,
    assembled from each column's distinct values encoded once."""
    if justified and block.severity == "warning":  # a note per record: the plain way
        return [_dumps(_as_dict(f)) for f in block.failures(justified, start, stop)]
    records = block.records.iloc[start:stop]
    keys = _encoded(records[block.key], str)
    lines = (
        _encoded(records[block.position], _text)
        if block.position in records.columns
        else ["null"] * len(records)
    )
    reported = [v for v in block.variables if v in records.columns]
    values = [_encoded(records[v], _same) for v in reported]
    names = [_dumps(v) + ": " for v in reported]
    rule, severity, level, key, line, variables, given, message, note = _KEYS
    head = (
        f"{{{rule}{_dumps(block.rule)}, {severity}{_dumps(block.severity)}, "
        f"{level}{_dumps(block.level)}, {key}"
    )
    middle = f", {variables}{_dumps(list(block.variables))}, {given}{{"
    tail = f"}}, {message}{_dumps(block.message)}, {note}null}}"
    return [
        f"{head}{record}, {line}{position}{middle}"
        + ", ".join(name + value for name, value in zip(names, row, strict=True))
        + tail
        for record, position, *row in zip(keys, lines, *values, strict=True)
    ]


def _encoded(series: pd.Series, shown: Callable[[object], object]) -> list[str]:
    """Each cell as JSON text of ``shown(plain value)``; each distinct value encoded once."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = np.array([*series.cat.categories, None], dtype=object)
        used, rows = np.unique(series.cat.codes.to_numpy(), return_inverse=True)
        table = np.array([_dumps(shown(c)) for c in categories[used]], dtype=object)
        encoded: list[str] = table[rows].tolist()  # code -1 (blank) reads the None appended
        return encoded
    memo: dict[tuple[type, object], str] = {}
    encoded = []
    for value in _plain_values(series):
        token = (type(value), value)
        if token not in memo:
            memo[token] = _dumps(shown(value))
        encoded.append(memo[token])
    return encoded


def _same(value: object) -> object:
    return value
