"""Date and time functions of the ODK XForms specification ("Date and Time Functions").

Values stay text (see ``surveytool.expr.datetimes``). A blank argument gives a blank
result, as in JavaRosa; text that is not a date gives a blank result where JavaRosa stops
with an error, so that a mistyped answer cannot break an interview.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from surveytool.expr import datetimes
from surveytool.expr.library.base import Arg, Function, Value, functions, single, text

_SPEC = "spec §fn:Date-and-Time-Functions"
_EPOCH = date(1970, 1, 1)


def moment_of(value: Value) -> datetime | None:
    """A value as an instant: a number is days since the epoch (UTC), text a date or
    date-time as written; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return datetimes.from_days(value)
    return datetimes.parse(value)


def _date(args: Sequence[Arg]) -> Value:
    value = single(args[0], "date()")
    if value == "":
        return ""
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > 2_900_000:
            return ""
        try:
            return (_EPOCH + timedelta(days=math.trunc(value))).isoformat()
        except OverflowError:  # before year 1
            return ""
    moment = moment_of(value)
    return "" if moment is None else moment.date().isoformat()


def _date_time(args: Sequence[Arg]) -> Value:
    value = single(args[0], "date-time()")
    if value == "":
        return ""
    moment = moment_of(value)
    return "" if moment is None else datetimes.iso(moment)


def _decimal_date_time(args: Sequence[Arg]) -> Value:
    value = single(args[0], "decimal-date-time()")
    if value == "" or isinstance(value, float):
        return value
    moment = moment_of(value)
    return math.nan if moment is None else datetimes.days(moment)


def _decimal_time(args: Sequence[Arg]) -> Value:
    value = single(args[0], "decimal-time()")
    if value == "":
        return ""
    if isinstance(value, float):
        return value - math.floor(value) if math.isfinite(value) else math.nan
    if isinstance(value, bool):
        return math.nan
    clock = datetimes.parse_time(value)
    if clock is None:
        moment = datetimes.parse(value) if "T" in value else None
        clock = None if moment is None else moment.timetz()
    return math.nan if clock is None else datetimes.day_fraction(clock)


def _format(args: Sequence[Arg]) -> Value:
    """format-date()/format-date-time() of a date, a date-time, days, or a time of day (the
    hours of a time question, as Enketo formats them; JavaRosa stops there)."""
    value = single(args[0], "format-date()")
    moment = moment_of(value)
    if moment is None and isinstance(value, str):
        clock = datetimes.parse_time(value)
        moment = None if clock is None else datetime.combine(_EPOCH, clock)
    return "" if moment is None else datetimes.format_moment(moment, text(args[1]))


def now_text(moment: datetime | None) -> str:
    """now(): the instant with its offset (the machine's zone when not given one)."""
    found = moment or datetime.now(UTC).astimezone()
    return datetimes.iso(found if found.tzinfo else found.replace(tzinfo=UTC))


FUNCTIONS: dict[str, Function] = functions(
    Function("date", 1, 1, _date, _SPEC),
    Function("date-time", 1, 1, _date_time, "JavaRosa XPathFuncExpr date-time()"),
    Function("decimal-date-time", 1, 1, _decimal_date_time, _SPEC),
    Function("decimal-time", 1, 1, _decimal_time, _SPEC),
    Function("format-date", 2, 2, _format, _SPEC),
    Function("format-date-time", 2, 2, _format, _SPEC),
)
