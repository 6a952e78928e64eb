"""Numbers as the enumerator types and reads them, in the interface's locale.

A French enumerator types ``2,5`` and reads ``2,5``; an English one types and reads ``2.5``.
The store always keeps the number itself (2.5), never the text. A point is also accepted
where the locale writes a comma (people type both), but a comma where the locale writes a
point is refused with an example, since ``1,500`` means fifteen hundred in English.
Locales that write other digits (Arabic-Indic) still read and show Western digits, which is
what the enumerators' forms and keyboards use.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_WHOLE = re.compile(r"[+-]?\d+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def _usable(locale: QLocale) -> QLocale:
    """The locale itself, or C when it writes digits other than 0-9."""
    return locale if locale.zeroDigit() == "0" else QLocale.c()


def parse_number(text: str, locale: QLocale, *, whole: bool) -> int | float | None:
    """The number ``text`` means in ``locale``; None when it is not one (say why: ``example``)."""
    text = text.strip()
    if not text:
        return None
    usable = _usable(locale)
    if whole:
        value, ok = usable.toLongLong(text)
        if ok:
            return int(value)
        compact = _SPACES.sub("", text)
        return int(compact) if _WHOLE.fullmatch(compact) else None
    number, ok = usable.toDouble(text)
    if ok:
        return float(number)
    compact = _SPACES.sub("", text)
    if usable.decimalPoint() != "." and _PLAIN.fullmatch(compact):
        return float(compact)
    number, ok = usable.toDouble(compact)
    return float(number) if ok else None


def format_number(value: object, locale: QLocale) -> str:
    """A stored number as the enumerator would have typed it: ``500000``, not ``500000.0``;
    ``2,5`` in French. Anything else is shown as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    usable = QLocale(_usable(locale))
    usable.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return usable.toString(float(value), "f", shortest)


def example(locale: QLocale) -> str:
    """How a decimal number is written in ``locale`` (for messages): 2.5 or 2,5."""
    return format_number(2.5, locale)
