"""Turn what the enumerator typed into a typed answer, or say why it cannot be one.

Returns ``(value, None)`` or ``(None, reason)``; ``None`` as value means "no answer".
A select answer must be one of the question's choices; a date must be a real date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from surveytool.form.model import ChoiceList, Question

Answer = int | float | str
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def coerce(
    question: Question, raw: object, choices: ChoiceList | None
) -> tuple[Answer | None, str | None]:
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return None, None
    if question.type in ("calculate", "note"):
        return None, f"'{question.name}' is computed by the form and cannot be answered"
    kind = question.type
    if kind == "integer":
        return _integer(raw)
    if kind == "decimal":
        return _decimal(raw)
    if kind == "date":
        return _date(raw)
    if kind == "select_one":
        return _select_one(raw, choices)
    if kind == "select_multiple":
        return _select_multiple(raw, choices)
    return str(raw), None


def _integer(raw: object) -> tuple[Answer | None, str | None]:
    if isinstance(raw, bool):
        return None, "a whole number is expected"
    if isinstance(raw, int):
        return raw, None
    if isinstance(raw, float) and raw.is_integer():
        return int(raw), None
    text = str(raw).strip()
    if _INTEGER.fullmatch(text):
        return int(text), None
    return None, f"'{text}' is not a whole number"


def _decimal(raw: object) -> tuple[Answer | None, str | None]:
    if isinstance(raw, bool):
        return None, "a number is expected"
    if isinstance(raw, int | float):
        return float(raw), None
    text = str(raw).strip()
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", ".")), None
    return None, f"'{text}' is not a number"


def _date(raw: object) -> tuple[Answer | None, str | None]:
    if isinstance(raw, date):
        return raw.isoformat(), None
    text = str(raw).strip()
    try:
        if len(text) == 7:  # YYYY-MM, from a month-year field
            text += "-01"
        return date.fromisoformat(text).isoformat(), None
    except ValueError:
        return None, f"'{text}' is not a date (write YYYY-MM-DD)"


def _select_one(raw: object, choices: ChoiceList | None) -> tuple[Answer | None, str | None]:
    code = _code(raw)
    if choices is not None and code not in choices.values():
        return None, f"'{code}' is not one of the choices"
    return code, None


def _select_multiple(raw: object, choices: ChoiceList | None) -> tuple[Answer | None, str | None]:
    codes = raw.split() if isinstance(raw, str) else [_code(item) for item in _items(raw)]
    allowed = choices.values() if choices is not None else tuple(codes)
    unknown = [code for code in codes if code not in allowed]
    if unknown:
        return None, f"{', '.join(repr(c) for c in unknown)} not among the choices"
    picked = set(codes)
    ordered = [code for code in allowed if code in picked]
    return (" ".join(ordered) or None), None


def _items(raw: object) -> Iterable[object]:
    return raw if isinstance(raw, list | tuple | set | frozenset) else [raw]


def _code(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).strip()
