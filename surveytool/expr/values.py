"""XPath 1.0 value conversions for one value, as ODK applies them to form answers.

The vectorised evaluator mirrors each function here over whole columns; the property test
keeps the two identical row by row. A value is a ``bool``, a ``float`` or a ``str``;
an unanswered question is the empty string (so it is NaN in number context).
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Context, Decimal

from surveytool.expr import datetimes

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
    if isinstance(raw, datetime):  # pandas Timestamps too: ODK's text, offset kept
        if raw != raw:  # noqa: PLR0124 - pandas' NaT, a missing timestamp
            return ""
        return datetimes.iso(raw if raw.tzinfo else raw.replace(tzinfo=UTC))
    if isinstance(raw, date):
        return raw.isoformat()
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
    if datetimes.DATE_TIME_TEXT.fullmatch(text):
        return datetimes.date_time_days(text)
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


#: JavaRosa's tolerance for ``=`` between numbers (XPathEqExpr): 6.1 - 7.8 = -1.7 is true
TOLERANCE = 1e-12


def numbers_equal(a: float, b: float) -> bool:
    """``=`` on numbers as JavaRosa: within 1e-12; an infinity still equals itself."""
    return a == b or abs(a - b) < TOLERANCE


def equals(left: Value, right: Value) -> bool:
    """XPath ``=``: booleans first, then numbers (within ``TOLERANCE``), then strings."""
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return numbers_equal(to_number(left), to_number(right))
    return left == right


_RELATIONS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def compare(op: str, left: Value | list[Value], right: Value | list[Value]) -> bool:
    """Any comparison operator, with XPath 1.0's node-set rule (section 3.4) when a side is
    a list (a repeat's values read from outside it): true if some member compares true,
    each member taken as its text, as a node's string-value; a node-set beside a boolean
    is true when it is not empty."""
    if isinstance(left, list) or isinstance(right, list):
        if isinstance(left, bool) or isinstance(right, bool):
            left = bool(left) if isinstance(left, list) else left
            right = bool(right) if isinstance(right, list) else right
            return compare(op, left, right)
        lefts = [to_string(x) for x in left] if isinstance(left, list) else [left]
        rights = [to_string(x) for x in right] if isinstance(right, list) else [right]
        return any(compare(op, a, b) for a in lefts for b in rights)
    if op == "=":
        return equals(left, right)
    if op == "!=":
        return not equals(left, right)
    return bool(_RELATIONS[op](to_number(left), to_number(right)))


_DECIMALS = Context(prec=400)


def round_xpath(number: float, places: float = 0.0) -> float:
    """round() as JavaRosa: on the number's shortest decimal text, halves toward +infinity
    (XPath 1.0 round(): 2.5 -> 3, -2.5 -> -2, 2.675 to 2 places -> 2.68); places are
    truncated to an integer, NaN places count as 0, more than 30 either way give NaN."""
    if math.isnan(number) or math.isinf(number):
        return number
    digits = 0 if math.isnan(places) else int(max(-1e9, min(1e9, places)))
    if abs(digits) > 30:
        return math.nan
    mode = ROUND_HALF_DOWN if number < 0 else ROUND_HALF_UP
    exact = Decimal(repr(number))
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=mode, context=_DECIMALS)
    return float(rounded) + 0.0  # no negative zero, as JavaRosa's BigDecimal


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
