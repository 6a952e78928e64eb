"""Read one raw answer as its question's value, or say why it cannot be one.

Live entry (``interview.coerce``) and the batch reader (``validate.typed``) both call
``read_answer``, so an answer accepted on screen is accepted in the office and gets the same
value (issue 10, point 5). ``read_answer`` returns ``(value, None)``, ``(None, reason)``, or
``(None, None)`` for "no answer" (None, NaN, or text that is only spaces). Text is stripped of
surrounding spaces before it is read, except for text questions, whose answer stays as given.

What each kind accepts (the batch files and the engine's contract; the UI reads numbers in the
interface language itself and passes the number, or text with a '.' decimal point):

- ``integer``: a number written with ASCII digits, an optional sign, at most one '.' decimal
  point and an optional exponent, whose value is whole and at most 2**53 in size (beyond that
  a double, which expressions compute with, no longer holds every whole number). ``007`` is 7;
  ``5.0`` and ``1e3`` are accepted because spreadsheets and statistics packages write whole
  numbers that way (pandas writes ``5.0`` in a column with blanks, R writes ``1e+05``).
- ``decimal``: the same writing, any finite value. The decimal point is '.': a comma is
  refused, since ``1,500`` means fifteen hundred in English and one and a half in French.
  Infinity, NaN, thousands separators and spaces inside the number are refused.
- ``date``: ``YYYY-MM-DD``, a real calendar date (2026-02-30 is refused); the value is that text.
  ``2019-05`` is refused: a date question wants its day (the interview used to guess the 1st).
- ``month-year`` (a date question with appearance ``month-year``): ``YYYY-MM``, stored as the
  first of the month (``YYYY-MM-01``, what the interview has always stored and ODK stores), or a
  full ``YYYY-MM-DD``, kept as given.
- ``select_one``: one code of the list. ``select_multiple``: codes of the list separated by
  spaces, stored once each in list order. Without a list, any code is accepted.
- ``text``: anything. ``computed`` (calculate, note): never answered.
- ``time``, ``datetime``, ``geopoint``, ``geotrace``, ``geoshape``, ``file``, ``acknowledge``,
  ``rank`` and ``range``: see ``form.answer_types``. Metadata questions (``start``, ``today``,
  ``deviceid``...) are read as the kind of value they hold (``TYPE_KINDS``): the tool
  fills them, the reading only judges what a batch file holds.

The ``read_<kind>`` functions expect a value that is not blank: call ``read_answer``, or
``reader`` once for a kind and then its function per value (the batch reads each distinct
value of a column that way).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable
from datetime import date, datetime

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Problem
from surveytool.form import answer_types as more
from surveytool.form.model import Question

Answer = int | float | str
#: ``(value, None)``, ``(None, why)`` or ``(None, None)``: the reason is kept as a catalogued
#: message with its values, so live entry shows it in the interview's language
Read = tuple[Answer | None, Problem | None]

_COMPUTED = message("form.answer.computed", "computed by the form: it cannot be answered")
_WHOLE_EXPECTED = message("form.answer.whole_expected", "a whole number is expected")
_NUMBER_EXPECTED = message("form.answer.number_expected", "a number is expected")
_TOO_LARGE = message("form.answer.too_large", "'{text}' is too large")
_NOT_WHOLE = message("form.answer.not_whole", "'{text}' is not a whole number")
_NOT_NUMBER = message("form.answer.not_number", "'{text}' is not a number (write it like 2.5)")
_NOT_REAL_DATE = message("form.answer.not_real_date", "'{text}' is not a real date")
_NOT_DATE = message("form.answer.not_date", "'{text}' is not a date (write {layout})")
_NOT_A_CHOICE = message("form.answer.not_a_choice", "'{code}' is not one of the choices")
_NOT_CHOICES = message("form.answer.not_choices", "{codes} not among the choices")

KINDS = (
    "integer",
    "decimal",
    "date",
    "month-year",
    "select_one",
    "select_multiple",
    "text",
    "computed",
    "time",
    "datetime",
    "geopoint",
    "geotrace",
    "geoshape",
    "file",
    "acknowledge",
    "rank",
    "range",
)
#: how each question type that is not itself a kind is read
TYPE_KINDS = {
    "start": "datetime",
    "end": "datetime",
    "today": "date",
    "start-geopoint": "geopoint",
    "background-geopoint": "geopoint",
    "image": "file",
    "audio": "file",
    "video": "file",
    "background-audio": "file",
    "audit": "file",
    "osm": "file",
    "barcode": "text",
}
LARGEST_WHOLE = 2**53  # beyond this a double no longer holds every whole number
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


def answer_kind(question: Question) -> str:
    """How ``question``'s answers are read: one of ``KINDS``."""
    if question.type in ("calculate", "note"):
        return "computed"
    if question.type == "date" and "month-year" in (question.appearance or "").split():
        return "month-year"
    if question.type in TYPE_KINDS:
        return TYPE_KINDS[question.type]
    return question.type if question.type in KINDS else "text"


def question_reader(
    question: Question, codes: Collection[str] | None = None
) -> Callable[[object], Read]:
    """The reading function of ``question``'s answers: its kind's, with the range's bounds
    for a range question (the one kind that needs more of the question than its list)."""
    kind = answer_kind(question)
    if kind == "range":
        read = more.range_reader(more.RangeSpec.of(dict(question.parameters)))
        return lambda raw: (None, None) if _blank(raw) else read(raw)
    return reader(kind, codes)


def read_answer(kind: str, raw: object, codes: Collection[str] | None = None) -> Read:
    """``raw`` (text, a number, a date, a list of codes) as an answer of ``kind``.

    ``codes`` are the select list's codes in list order (None: no list to check against)."""
    return reader(kind, codes)(raw)


def reader(kind: str, codes: Collection[str] | None = None) -> Callable[[object], Read]:
    """The reading function of ``kind`` (``codes`` bound), for callers that read many values."""
    if kind in ("select_one", "select_multiple", "rank"):
        select = {
            "select_one": read_select_one,
            "select_multiple": read_select_multiple,
            "rank": more.read_rank,
        }[kind]
        return lambda raw: (None, None) if _blank(raw) else select(raw, codes)
    if kind == "range":
        read = more.range_reader(more.RangeSpec())
        return lambda raw: (None, None) if _blank(raw) else read(raw)
    found = _READERS.get(kind)
    if found is None:
        raise ValueError(f"unknown answer kind {kind!r}")
    return lambda raw: (None, None) if _blank(raw) else found(raw)


def _blank(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, float):
        return math.isnan(raw)
    return isinstance(raw, str) and raw.strip() == ""


def read_text(raw: object) -> Read:
    return str(raw), None


def read_computed(raw: object) -> Read:
    return None, Problem(_COMPUTED)


def read_integer(raw: object) -> Read:
    if isinstance(raw, bool):
        return None, Problem(_WHOLE_EXPECTED)
    if isinstance(raw, int):
        return (raw, None) if abs(raw) <= LARGEST_WHOLE else _refused(_TOO_LARGE, text=raw)
    if isinstance(raw, float):
        return _whole(raw, str(raw))
    text = str(raw).strip()
    if _WHOLE.fullmatch(text):
        number = int(text)
        return (number, None) if abs(number) <= LARGEST_WHOLE else _refused(_TOO_LARGE, text=text)
    if _NUMBER.fullmatch(text):
        return _whole(float(text), text)
    return _refused(_NOT_WHOLE, text=text)


def _refused(why: Message, **values: object) -> Read:
    return None, Problem(why, values)


def _whole(number: float, text: str) -> Read:
    if not math.isfinite(number) or not number.is_integer():
        return _refused(_NOT_WHOLE, text=text)
    if abs(number) > LARGEST_WHOLE:
        return _refused(_TOO_LARGE, text=text)
    return int(number), None


def read_decimal(raw: object) -> Read:
    if isinstance(raw, bool):
        return None, Problem(_NUMBER_EXPECTED)
    if isinstance(raw, int | float):
        number = float(raw)
        return (number, None) if math.isfinite(number) else _refused(_NOT_NUMBER, text=raw)
    text = str(raw).strip()
    if _NUMBER.fullmatch(text):
        number = float(text)
        if math.isfinite(number):
            return number, None
    return _refused(_NOT_NUMBER, text=text)


def read_date(raw: object) -> Read:
    if isinstance(raw, datetime):
        return raw.date().isoformat(), None
    if isinstance(raw, date):
        return raw.isoformat(), None
    text = str(raw).strip()
    return _calendar(text, text) if _DATE.fullmatch(text) else _not_date(text, "YYYY-MM-DD")


def read_month_year(raw: object) -> Read:
    if isinstance(raw, date):
        return read_date(raw)
    text = str(raw).strip()
    if _MONTH.fullmatch(text):
        return _calendar(f"{text}-01", text)
    return _calendar(text, text) if _DATE.fullmatch(text) else _not_date(text, "YYYY-MM")


def _calendar(iso: str, text: str) -> Read:
    try:
        return date.fromisoformat(iso).isoformat(), None
    except ValueError:
        return _refused(_NOT_REAL_DATE, text=text)


def _not_date(text: str, layout: str) -> Read:
    return _refused(_NOT_DATE, text=text, layout=layout)


def read_select_one(raw: object, codes: Collection[str] | None) -> Read:
    code = _code(raw)
    if codes is not None and code not in codes:
        return _refused(_NOT_A_CHOICE, code=code)
    return code, None


def read_select_multiple(raw: object, codes: Collection[str] | None) -> Read:
    given = raw.split() if isinstance(raw, str) else [_code(item) for item in _items(raw)]
    picked = dict.fromkeys(code for code in given if code)
    if codes is None:
        return (" ".join(picked) or None), None
    unknown = [code for code in picked if code not in codes]
    if unknown:
        return _refused(_NOT_CHOICES, codes=", ".join(repr(c) for c in unknown))
    return (" ".join(code for code in codes if code in picked) or None), None


_READERS: dict[str, Callable[[object], Read]] = {
    "integer": read_integer,
    "decimal": read_decimal,
    "date": read_date,
    "month-year": read_month_year,
    "text": read_text,
    "computed": read_computed,
    "time": more.read_time,
    "datetime": more.read_datetime,
    "geopoint": more.read_geopoint,
    "geotrace": more.read_geotrace,
    "geoshape": more.read_geoshape,
    "file": more.read_file,
    "acknowledge": more.read_acknowledge,
}


def _items(raw: object) -> Iterable[object]:
    return raw if isinstance(raw, list | tuple | set | frozenset) else [raw]


def _code(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return str(raw).strip()
