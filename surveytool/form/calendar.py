"""Dates the tables group by: a survey's reference date, and any date a caller hands in.

Here, low in the layers, so that validation (R26), the harmonised package's derived variables
and the continental merge and tables all take the same day for the same survey: a REC
aggregate is only consistent if every part of the code reads membership on that day.
"""

from __future__ import annotations

import datetime
import math

DateLike = datetime.date | datetime.datetime | str
"""What the membership functions accept; a pandas Timestamp is a ``datetime``."""


def reference_date(year: float | None, quarter: float | None) -> datetime.date | None:
    """The survey's reference date (spec reading I2): the 15th of the quarter's middle month
    (Q2 -> 15 May), or 1 July for an annual or pooled survey (no or no valid quarter).

    None when the year is missing or out of range: there is no date to judge membership on.
    Numbers arrive as floats (NaN for a blank cell) because they come from typed columns.
    """
    if year is None or math.isnan(year) or not 1 <= year <= 9999:
        return None
    if quarter is None or math.isnan(quarter) or quarter not in (1, 2, 3, 4):
        return datetime.date(int(year), 7, 1)
    return datetime.date(int(year), 3 * int(quarter) - 1, 15)


def as_date(on: object) -> datetime.date:
    """``on`` as a calendar day: a date, a datetime (the day it names, in its own time zone),
    a pandas Timestamp, or an ISO 8601 text ("2026-05-15", "2026-05-15T00:00:00").

    A datetime and a date never compare in Python (TypeError), so every entry point that
    compares membership days goes through here. NaT, other types and other texts raise,
    naming the value: a silent empty membership would look like a real answer.
    """
    if isinstance(on, datetime.datetime):
        day = on.date()
        if type(day) is not datetime.date:
            raise ValueError(f"not a date: {on!r}")  # pandas.NaT: a datetime whose day is NaT
        return day
    if isinstance(on, datetime.date):
        return on
    if isinstance(on, str):
        text = on.strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"not an ISO date: {on!r}") from None
    raise TypeError(f"not a date: {on!r} ({type(on).__name__})")
