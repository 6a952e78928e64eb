"""Readers of the answer kinds ODK adds to the basic ones: times, places, files, ranks, ranges.

``form.answers`` registers these beside its own, so live entry and batch validation accept and
refuse the same answers (issue 15, point 2). Each stored value is the text ODK Collect writes
in a submission, so an export needs no conversion (the XForms specification's data types,
getodk.github.io/xforms-spec/#data-types):

- ``time``: ``HH:MM``, ``HH:MM:SS`` or ``HH:MM:SS.sss``, with an optional zone (``Z``,
  ``+02:00``, ``-0530``); stored ``HH:MM:SS.sss`` and the zone as ``+zz:zz`` when one was given
  (the desktop input adds the computer's own; a batch value without a zone keeps none rather
  than take the zone of whichever machine reads it).
- ``datetime``: a date and a time joined by ``T`` or a space, same zone rule; stored
  ``YYYY-MM-DDTHH:MM:SS.sss+zz:zz``. A spreadsheet's date-time cell is read too.
- ``geopoint``: ``lat lon [alt [acc]]`` separated by spaces (or a comma between latitude and
  longitude, as maps copy them); latitude -90..90, longitude -180..180, accuracy not negative.
  Stored with all four numbers (``0`` for what was not given), as Collect writes them.
- ``geotrace``: at least 2 points separated by ``;``; ``geoshape``: at least 4, the last the
  same place as the first (a closed ring). Stored ``"p1; p2; ..."`` as Collect writes them
  since it dropped the trailing ``;`` (getodk/collect#4451); a trailing ``;`` is read too.
- ``file`` (image, audio, video, file, and what a phone records): a file name, without a
  folder (the answer names a file kept with the case, as in an ODK submission).
- ``acknowledge``: ``OK`` (also yes/true/1, read as ``OK``).
- ``rank``: codes of the list separated by spaces, each once, in the order given.
- ``range``: a number from ``start`` to ``end`` on a ``step`` from ``start``: ``range_reader``
  takes the question's parameters.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal, InvalidOperation

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Problem

Read = tuple[int | float | str | None, Problem | None]

_NOT_TIME = message("form.answer.not_time", "'{text}' is not a time (write HH:MM)")
_NOT_DATETIME = message(
    "form.answer.not_datetime", "'{text}' is not a date and time (write YYYY-MM-DD HH:MM)"
)
_NOT_POINT = message(
    "form.answer.not_point", "'{text}' is not a place (write latitude longitude, like 12.5 -8.25)"
)
_LATITUDE = message("form.answer.latitude", "latitude {value} is not between -90 and 90")
_LONGITUDE = message("form.answer.longitude", "longitude {value} is not between -180 and 180")
_ACCURACY = message("form.answer.accuracy", "accuracy {value} cannot be negative")
_FEW_POINTS = message(
    "form.answer.few_points", "a {kind} needs at least {least} points ({count} given)"
)
_OPEN_SHAPE = message(
    "form.answer.open_shape", "a shape must end where it starts (repeat the first point last)"
)
_NOT_FILE = message(
    "form.answer.not_file", "'{text}' is not a file name (a name only, without a folder)"
)
_NOT_OK = message("form.answer.not_ok", "'{text}' is not an acknowledgement (OK)")
_RANK_TWICE = message("form.answer.rank_twice", "{codes} ranked twice")
_NOT_RANKED = message("form.answer.not_ranked", "{codes} not among the choices")
_OUT_OF_RANGE = message("form.answer.out_of_range", "{value} is not from {start} to {end}")
_OFF_STEP = message("form.answer.off_step", "{value} is not on a step of {step} from {start}")
_NOT_RANGE_NUMBER = message("form.answer.range_number", "'{text}' is not a number")

_ZONE = r"(?P<zone>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
_TIME = re.compile(
    r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2})(?:\.(?P<f>[0-9]{1,9}))?)?" + _ZONE
)
_DATETIME = re.compile(r"(?P<d>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[Tt ]+(?P<t>.+))?")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_OK_WORDS = frozenset({"ok", "yes", "true", "1", "true()"})
GEO_LEAST = {"geotrace": 2, "geoshape": 4}


def _refused(why: Message, **values: object) -> Read:
    return None, Problem(why, values)


# -- time and date-time ---------------------------------------------------------------------
def zone_text(offset: timedelta) -> str:
    """``+02:00`` for an offset of two hours (``-05:30``, ``+00:00``)."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _time_of(text: str) -> str | None:
    """``text`` as ``HH:MM:SS.sss[+zz:zz]``, or None when it is no time of day."""
    found = _TIME.fullmatch(text)
    if found is None:
        return None
    hours, minutes = int(found["h"]), int(found["m"])
    seconds = int(found["s"] or 0)
    fraction = (found["f"] or "").ljust(3, "0")[:3]
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    zone = found["zone"] or ""
    if zone == "Z":
        zone = "+00:00"
    elif zone:
        digits = zone[1:].replace(":", "").ljust(4, "0")
        if int(digits[:2]) > 14 or int(digits[2:]) > 59:
            return None
        zone = f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{fraction}{zone}"


def read_time(raw: object) -> Read:
    if isinstance(raw, datetime):
        raw = raw.timetz()
    if isinstance(raw, clock):  # a spreadsheet's time cell
        offset = raw.utcoffset()
        text = raw.strftime("%H:%M:%S") + f".{raw.microsecond // 1000:03d}"
        return text + (zone_text(offset) if offset is not None else ""), None
    text = str(raw).strip()
    value = _time_of(text)
    return (value, None) if value is not None else _refused(_NOT_TIME, text=text)


def read_datetime(raw: object) -> Read:
    if isinstance(raw, datetime):
        offset = raw.utcoffset()
        stamp = raw.strftime("%Y-%m-%dT%H:%M:%S") + f".{raw.microsecond // 1000:03d}"
        return stamp + (zone_text(offset) if offset is not None else ""), None
    if isinstance(raw, date):
        return f"{raw.isoformat()}T00:00:00.000", None
    text = str(raw).strip()
    found = _DATETIME.fullmatch(text)
    if found is None:
        return _refused(_NOT_DATETIME, text=text)
    try:
        day = date.fromisoformat(found["d"]).isoformat()
    except ValueError:
        return _refused(_NOT_DATETIME, text=text)
    time = _time_of(found["t"].strip()) if found["t"] else "00:00:00.000"
    if time is None:
        return _refused(_NOT_DATETIME, text=text)
    return f"{day}T{time}", None


def local_datetime(moment: datetime | None = None) -> str:
    """``moment`` (now by default) in the computer's zone, as a ``datetime`` answer."""
    moment = (moment or datetime.now(UTC)).astimezone()
    value, _ = read_datetime(moment)
    return str(value)


# -- places -------------------------------------------------------------------------------
def _number_text(number: float) -> str:
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def _point(text: str) -> tuple[str | None, Problem | None]:
    """One ``lat lon [alt [acc]]`` as its four numbers, or why it is no place."""
    parts = text.replace(",", " ").split() if text.count(",") == 1 else text.split()
    if not 2 <= len(parts) <= 4 or not all(_NUMBER.fullmatch(part) for part in parts):
        return None, Problem(_NOT_POINT, {"text": text})
    numbers = [float(part) for part in parts] + [0.0] * (4 - len(parts))
    if not all(math.isfinite(number) for number in numbers):
        return None, Problem(_NOT_POINT, {"text": text})
    latitude, longitude, _, accuracy = numbers
    if not -90 <= latitude <= 90:
        return None, Problem(_LATITUDE, {"value": parts[0]})
    if not -180 <= longitude <= 180:
        return None, Problem(_LONGITUDE, {"value": parts[1]})
    if accuracy < 0:
        return None, Problem(_ACCURACY, {"value": parts[3]})
    return " ".join(_number_text(number) for number in numbers), None


def read_geopoint(raw: object) -> Read:
    return _point(str(raw).strip())


def _points(kind: str, raw: object) -> Read:
    texts = [part.strip() for part in str(raw).split(";") if part.strip()]
    points = []
    for text in texts:
        point, why = _point(text)
        if why is not None:
            return None, why
        points.append(str(point))
    least = GEO_LEAST[kind]
    if len(points) < least:
        return _refused(_FEW_POINTS, kind=kind, least=least, count=len(points))
    if kind == "geoshape" and points[0].split()[:2] != points[-1].split()[:2]:
        return None, Problem(_OPEN_SHAPE)
    return "; ".join(points), None


def read_geotrace(raw: object) -> Read:
    return _points("geotrace", raw)


def read_geoshape(raw: object) -> Read:
    return _points("geoshape", raw)


# -- files, acknowledgements, ranks ---------------------------------------------------------
def read_file(raw: object) -> Read:
    text = str(raw).strip()
    if "/" in text or "\\" in text or text in (".", "..") or "\x00" in text:
        return _refused(_NOT_FILE, text=text)
    return text, None


def read_acknowledge(raw: object) -> Read:
    if raw is True:
        return "OK", None
    text = str(raw).strip()
    return ("OK", None) if text.lower() in _OK_WORDS else _refused(_NOT_OK, text=text)


def read_rank(raw: object, codes: Collection[str] | None) -> Read:
    given = str(raw).split() if not isinstance(raw, list | tuple) else [str(c) for c in raw]
    twice = sorted({code for code in given if given.count(code) > 1})
    if twice:
        return _refused(_RANK_TWICE, codes=", ".join(repr(code) for code in twice))
    unknown = [code for code in given if codes is not None and code not in codes]
    if unknown:
        return _refused(_NOT_RANKED, codes=", ".join(repr(code) for code in unknown))
    return (" ".join(given) or None), None


# -- range --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RangeSpec:
    """A range question's ``start``, ``end`` and ``step`` (pyxform's defaults: 1, 10, 1)."""

    start: Decimal = Decimal(1)
    end: Decimal = Decimal(10)
    step: Decimal = Decimal(1)

    @classmethod
    def of(cls, parameters: dict[str, str] | None) -> RangeSpec:
        given = parameters or {}
        try:
            return cls(
                Decimal(str(given.get("start", "1")).strip()),
                Decimal(str(given.get("end", "10")).strip()),
                Decimal(str(given.get("step", "1")).strip()),
            )
        except InvalidOperation:  # pyxform refuses such parameters before we see them
            return cls()

    @property
    def whole(self) -> bool:
        """Every value on the range is a whole number (pyxform binds it as ``int``)."""
        return all(part == part.to_integral_value() for part in (self.start, self.step))

    def values(self) -> list[Decimal]:
        """Every allowed value, from ``start`` towards ``end`` (a negative step counts down)."""
        if self.step == 0:
            return [self.start]
        low, high = sorted((self.start, self.end))
        found: list[Decimal] = []
        value = self.start
        while low <= value <= high and len(found) < 100_000:
            found.append(value)
            value += abs(self.step) if self.start <= self.end else -abs(self.step)
        return found


def range_reader(spec: RangeSpec) -> Callable[[object], Read]:
    """Reads a number on ``spec``: an int when the range is whole, else a float."""

    def read(raw: object) -> Read:
        if isinstance(raw, bool):
            return _refused(_NOT_RANGE_NUMBER, text=raw)
        text = repr(raw) if isinstance(raw, float) else str(raw).strip()
        if not _NUMBER.fullmatch(text) or not math.isfinite(float(text)):
            return _refused(_NOT_RANGE_NUMBER, text=text)
        value = Decimal(text)
        low, high = sorted((spec.start, spec.end))
        shown = {"value": text, "start": str(spec.start), "end": str(spec.end)}
        shown["step"] = str(abs(spec.step))
        if not low <= value <= high:
            return _refused(_OUT_OF_RANGE, **shown)
        if spec.step != 0 and (value - spec.start) % abs(spec.step) != 0:
            return _refused(_OFF_STEP, **shown)
        if spec.whole:
            return int(value), None
        return float(value), None

    return read
