"""Dates, date-times and times as ODK writes them, read and written as text values.

ODK keeps a date as ``YYYY-MM-DD``, a date-time as ``YYYY-MM-DDTHH:MM:SS.sss+HH:MM`` (the
offset is kept, not normalised to UTC: XForms spec, "Data Types", dateTime) and a time as
``HH:MM:SS.sss+HH:MM``. The engine keeps them as that text, so they compare and display as
the answers do, and reads them as numbers where a number is wanted: days since 1970-01-01
UTC, with the time of day as the fraction (spec, number()).

Time zones: a value without an offset is read as UTC, so that the same text gives the same
number on every machine (Collect reads it in the device's zone). Functions that take the
date or the time of day of a date-time (``date()``, ``decimal-time()``, ``format-date()``)
use the wall clock as written, in the value's own offset.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone

_DATE_TIME = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"(?:T(?P<h>[0-9]{2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]+))?)?"
    r"(?P<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)
_TIME = re.compile(
    r"(?P<h>[0-9]{2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]+))?)?"
    r"(?P<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)
#: text that may be a date-time (a quick test before the full parse)
DATE_TIME_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.,+\-Z]+")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_SECONDS = 86400.0
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _zone(text: str | None) -> timezone:
    if not text or text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) > 2 else 0)
    return timezone(sign * timedelta(minutes=minutes))


def _clock(match: re.Match[str]) -> tuple[int, int, int, int] | None:
    hour, minute = int(match["h"] or 0), int(match["m"] or 0)
    second = int(match["s"] or 0)
    micro = int((match["f"] or "0")[:6].ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second, micro


def parse(text: str) -> datetime | None:
    """A date or date-time text as an aware datetime (midnight UTC for a date), else None."""
    match = _DATE_TIME.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["date"])
    except ValueError:
        return None
    clock = _clock(match)
    if clock is None:
        return None
    return datetime(day.year, day.month, day.day, *clock, tzinfo=_zone(match["zone"]))


def parse_time(text: str) -> time | None:
    """A time of day (``HH:MM[:SS[.sss]][offset]``) as a time with its zone, else None."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        return None
    clock = _clock(match)
    return None if clock is None else time(*clock, tzinfo=_zone(match["zone"]))


def days(moment: datetime) -> float:
    """Days since 1970-01-01 UTC, with the time of day as the fraction."""
    return (moment - _EPOCH).total_seconds() / _DAY_SECONDS


def date_time_days(text: str) -> float:
    """A date-time text in number context: fractional days, NaN if it is not one."""
    moment = parse(text) if DATE_TIME_TEXT.fullmatch(text) else None
    return math.nan if moment is None else days(moment)


def from_days(number: float) -> datetime | None:
    """The UTC instant ``number`` days after the epoch; None when out of range or NaN."""
    if not math.isfinite(number) or abs(number) > 2_900_000:
        return None
    try:
        return _EPOCH + timedelta(days=number)
    except OverflowError:  # before year 1
        return None


def iso(moment: datetime) -> str:
    """ODK's dateTime text: milliseconds and the offset written ``+HH:MM``."""
    text = moment.isoformat(timespec="milliseconds")
    return text if moment.utcoffset() else text.replace("Z", "+00:00")


def day_fraction(clock: time) -> float:
    """The time of day as a fraction of a day (noon is 0.5), on the clock as written."""
    seconds = clock.hour * 3600 + clock.minute * 60 + clock.second + clock.microsecond / 1e6
    return seconds / _DAY_SECONDS


def format_moment(moment: datetime, pattern: str) -> str:
    """format-date()/format-date-time(): ``%Y %y %m %n %b %d %e %a %H %h %M %S %3`` as in the
    XForms spec ("Date and Time Functions"); names in English; unknown ``%x`` are dropped and
    ``%W`` gives the ISO week, as JavaRosa does."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char != "%" or index + 1 == len(pattern):
            out.append(char)
            index += 1
            continue
        code = pattern[index + 1]
        index += 2
        out.append(_field(moment, code))
    return "".join(out)


def _field(moment: datetime, code: str) -> str:
    fields: dict[str, Callable[[], str]] = {
        "Y": lambda: f"{moment.year:04d}",
        "y": lambda: f"{moment.year % 100:02d}",
        "m": lambda: f"{moment.month:02d}",
        "n": lambda: str(moment.month),
        "b": lambda: _MONTHS[moment.month - 1],
        "d": lambda: f"{moment.day:02d}",
        "e": lambda: str(moment.day),
        "a": lambda: _DAYS[moment.weekday()],
        "H": lambda: f"{moment.hour:02d}",
        "h": lambda: str(moment.hour),
        "M": lambda: f"{moment.minute:02d}",
        "S": lambda: f"{moment.second:02d}",
        "3": lambda: f"{moment.microsecond // 1000:03d}",
        "W": lambda: str(moment.isocalendar()[1]),
        "%": lambda: "%",
    }
    found = fields.get(code)
    return found() if found is not None else ""
