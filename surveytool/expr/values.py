"""XPath 1.0 value conversions for one value, as ODK applies them to form answers.

The vectorised evaluator mirrors each function here over whole columns; the property test
keeps the two identical row by row. A value is a ``bool``, a ``float`` or a ``str``;
an unanswered question is the empty string (so it is NaN in number context).
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

Value = bool | float | str

NUMBER_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EPOCH = date(1970, 1, 1).toordinal()


def from_answer(raw: object) -> Value | list[Value]:
    """An answer as given by a caller (int, float, str, None, or a list for a repeat)."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int):
        return float(raw)
    if isinstance(raw, float):
        return "" if math.isnan(raw) else raw
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list | tuple):
        return [_single(item) for item in raw]
    return _missing_or_str(raw)


def _single(raw: object) -> Value:
    value = from_answer(raw)
    return "" if isinstance(value, list) else value


def _missing_or_str(raw: object) -> Value:
    # pandas.NA and numpy scalars arrive here when a caller passes a DataFrame row.
    try:
        if raw != raw or str(raw) in ("<NA>", "NaT"):  # noqa: PLR0124 - NaN/NA test
            return ""
    except TypeError:
        return ""
    if hasattr(raw, "item"):
        return _single(raw.item())
    return str(raw)


def to_number(value: Value) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    text = value.strip()
    if NUMBER_TEXT.fullmatch(text):
        return float(text)
    if DATE_TEXT.fullmatch(text):
        try:
            return float(date.fromisoformat(text).toordinal() - _EPOCH)
        except ValueError:
            return math.nan
    return math.nan


def to_string(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_to_string(value)
    return value


def number_to_string(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number.is_integer():
        return str(int(number))
    text = repr(number)
    return format(Decimal(text), "f") if "e" in text else text  # XPath writes no exponent


def to_boolean(value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return value != ""


def equals(left: Value, right: Value) -> bool:
    """XPath ``=``: booleans first, then numbers, then strings."""
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return to_number(left) == to_number(right)
    return left == right


def round_half_away(number: float, places: float = 0.0) -> float:
    """ODK's round(): half away from zero, computed the same way as the vectorised version."""
    if math.isnan(places) or math.isnan(number) or math.isinf(number):
        return number if not math.isnan(places) else math.nan
    scale = 10.0 ** int(max(-300.0, min(300.0, places)))
    return math.copysign(math.floor(abs(number) * scale + 0.5) / scale, number)


def python_result(value: Value) -> bool | int | float | str:
    """What ``evaluate`` returns: integral finite numbers become ``int``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def substring(text: str, start: float, end: float) -> str:
    """ODK's substr(): 0-based, end exclusive, negative positions count from the end."""
    if math.isnan(start) or math.isnan(end):
        return ""
    limit = len(text) + 1
    return text[int(max(-limit, min(start, limit))) : int(max(-limit, min(end, limit)))]
