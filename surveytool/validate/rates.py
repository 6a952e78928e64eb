"""Exchange rates supplied by the statistics office: local currency units per US dollar.

R20f compares recruitment costs with first-month earnings (SDG 10.7.1). When the two were
recorded in different currencies, both are converted to USD with the rate of the year the
rules file names (spec I19: the year the job started), so a rates file is needed; the tool
ships none, because which series to use (IMF IFS, World Bank WDI, the central bank) is the
office's choice and must be named in the report.

The file is CSV with a header naming at least ``currency, year, lcu_per_usd, source``
(other columns are ignored), one row per currency and year:

    currency,year,lcu_per_usd,source
    XOF,2024,606.57,World Bank WDI PA.NUS.FCRF

It is passed with ``surveytool validate --rates FILE`` or kept beside the rules file as
``<rules stem>.rates.csv``. A file that cannot be trusted whole (a missing column, a rate
that is not a positive number, a currency-year given twice) is unusable input: nothing is
validated with half a table.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Location, Problem
from surveytool.validate.csv_text import NOT_UTF8
from surveytool.validate.inputs import UnusableInput

COLUMNS = ("currency", "year", "lcu_per_usd", "source")
USD = "USD"
_CURRENCY = re.compile(r"[A-Z]{3}")
_YEAR = re.compile(r"[0-9]{4}")


_MISSING = message("validate.rates.missing", "the exchange-rates file is missing")
_UNREADABLE = message("validate.rates.unreadable", "cannot read the exchange-rates file: {reason}")
_EMPTY = message("validate.rates.empty", "the file is empty: expected the columns {columns}")
_NO_COLUMN = message(
    "validate.rates.no_column", "the column '{name}' is missing: the header must name {columns}"
)
_NO_COLUMN_SEMICOLONS = message(
    "validate.rates.no_column_semicolons",
    "the column '{name}' is missing: the header must name {columns} (the columns seem "
    "separated by ';': use commas)",
)
_NOT_CURRENCY = message("validate.rates.currency", "'{currency}' is not an ISO 4217 currency code")
_NOT_YEAR = message("validate.rates.year", "'{year}' is not a year (four digits)")
_NOT_RATE = message("validate.rates.rate", "the rate '{rate}' is not a number greater than 0")
_NOT_RATE_COMMA = message(
    "validate.rates.rate_comma",
    "the rate '{rate}' is not a number greater than 0 (write the decimal point as '.')",
)
_NO_SOURCE = message(
    "validate.rates.source", "the source of the rate is empty: name the series (e.g. IMF IFS)"
)
_TWICE = message(
    "validate.rates.twice", "{currency} {year} is given twice (rows {first} and {again}): keep one"
)
_NO_RATES = message("validate.rates.none", "the file has no rates: one row per currency and year")
_MORE = message("validate.rates.more", "{problem} (and {count} more problem(s))")


class RatesError(UnusableInput):
    """A rates file that cannot be used (exit status 2), with its file, row and column."""


@dataclass(frozen=True, slots=True)
class Rates:
    """Annual rates, (currency, year) -> local currency units per USD, and where they are from."""

    per_usd: Mapping[tuple[str, int], float]
    sources: tuple[str, ...]  # distinct, in file order
    file: str

    def rate(self, currency: object, year: object) -> float:
        """Units of ``currency`` per USD in ``year``; NaN when the file has no such rate (a
        US dollar amount needs none)."""
        if not isinstance(currency, str) or not isinstance(year, int | float):
            return math.nan
        if currency == USD:
            return 1.0
        if isinstance(year, float) and not year.is_integer():
            return math.nan
        return self.per_usd.get((currency, int(year)), math.nan)

    def describe(self) -> str:
        """The sources and the file, as the report names them."""
        return f"{'; '.join(self.sources)} ({Path(self.file).name})"


def rates_beside(rules_path: Path) -> Path:
    """Where a rules file's own rates file sits: ``<rules stem>.rates.csv`` next to it."""
    return rules_path.with_name(f"{rules_path.stem}.rates.csv")


def load_rates(path: Path) -> Rates:
    """Read and check a rates file; raises ``RatesError`` at the first problem (and counts the
    others), naming the file, the row (the header is row 1) and the column."""
    file = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as error:
        raise RatesError(_MISSING, Location(file)) from error
    except OSError as error:
        raise RatesError(_UNREADABLE, Location(file), reason=str(error)) from error
    except UnicodeDecodeError as error:
        raise RatesError(NOT_UTF8, Location(file)) from error
    reader = csv.reader(text.splitlines())
    header = [name.strip().lower() for name in next(reader, [])]
    columns = ", ".join(COLUMNS)
    if not any(header):
        raise RatesError(_EMPTY, Location(file), columns=columns)
    semicolons = len(header) == 1 and ";" in header[0]
    for name in COLUMNS:
        if name not in header:
            raise RatesError(
                _NO_COLUMN_SEMICOLONS if semicolons else _NO_COLUMN,
                Location(file, row=1, column=name),
                name=name,
                columns=columns,
            )
    at = {name: header.index(name) for name in COLUMNS}
    problems: list[tuple[Message, dict[str, object], Location]] = []
    per_usd: dict[tuple[str, int], float] = {}
    first_row: dict[tuple[str, int], int] = {}
    sources: dict[str, None] = {}
    known = _currency_codes()
    for row, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: cells[i].strip() if i < len(cells) else "" for name, i in at.items()}

        def problem(told: Message, column: str, row: int = row, **told_values: object) -> None:
            problems.append((told, told_values, Location(file, row=row, column=column)))

        currency, year, rate = values["currency"].upper(), values["year"], values["lcu_per_usd"]
        if not _CURRENCY.fullmatch(currency) or (known and currency not in known):
            problem(_NOT_CURRENCY, "currency", currency=values["currency"])
            continue
        if not _YEAR.fullmatch(year):
            problem(_NOT_YEAR, "year", year=year)
            continue
        number = _number(rate)
        if number is None:
            problem(_NOT_RATE_COMMA if "," in rate else _NOT_RATE, "lcu_per_usd", rate=rate)
            continue
        if not values["source"]:
            problem(_NO_SOURCE, "source")
            continue
        key = (currency, int(year))
        if key in first_row:
            problem(
                _TWICE, "currency", currency=currency, year=year, first=first_row[key], again=row
            )
            continue
        first_row[key] = row
        per_usd[key] = number
        sources[values["source"]] = None
    if problems:  # the first, located, and how many more
        told, told_values, location = problems[0]
        if len(problems) == 1:
            raise RatesError(told, location, **told_values)
        first = Problem(told, told_values)  # rendered in the language the error is shown in
        raise RatesError(_MORE, location, problem=first, count=len(problems) - 1)
    if not per_usd:
        raise RatesError(_NO_RATES, Location(file))
    return Rates(per_usd, tuple(sources), file)


def _number(text: str) -> float | None:
    """A finite rate above 0, written with a decimal point; None otherwise."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (from pycountry, as the form's currency questions use)."""
    from surveytool.form import codelists

    return frozenset(codelists.currencies("en"))
