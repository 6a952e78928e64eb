"""Text that a spreadsheet would run, made inert before we write it to a CSV or XLSX cell.

Excel, LibreOffice and Google Sheets execute a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and some start a formula after a leading tab or carriage return), so a name entered as
``=HYPERLINK("http://x", "click")`` becomes a live link, or worse, in the office's export
(OWASP "CSV injection"). Every CSV and XLSX we write passes its text cells through
``inert``: such a cell gets a leading apostrophe, the convention spreadsheets themselves use
for "this is text". A NUL is dropped (no reader keeps it intact).

A cell that is a plain number (``-5``, ``+2.5``) is left alone: a spreadsheet reads it as that
number, runs nothing, and codes such as ``-1`` keep their meaning. So is a cell made only of
digits, spaces and ``+ - . , ( ) / %`` (a telephone number such as ``+237 6 99 12 34 56``):
without a letter, quote, ``=``, ``@``, ``!``, ``:``, ``|`` or ``$`` a formula can name no
function, reference, link or DDE program, so there is nothing to run; marking such cells
would change every international phone number in the tables the validator reads. Only text
columns are touched: numeric columns cannot hold a formula.

The mark can be taken off again (``restore``), so a CSV we wrote reads back as what was
entered: a text that already starts with apostrophes before a trigger (``'=x``) gets one more,
so every apostrophe ``restore`` takes off is one ``inert`` put on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula (OWASP's list)."""

_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_ARITHMETIC = re.compile(r"[-+0-9 .,()/%\t\r]*")
"""Cells that can name nothing a spreadsheet would call (see the module docstring)."""


def inert(text: str) -> str:
    """``text`` as a spreadsheet shows it without running it (itself when it is safe)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return "'" + text if _marked(text) else text


def restore(text: str) -> str:
    """What ``inert`` was given (less any NUL): the mark it added taken off, if any."""
    return text[1:] if text.startswith("'") and _marked(text[1:]) else text


def is_live(text: str) -> bool:
    """True when a spreadsheet could run ``text``."""
    if not text.startswith(TRIGGERS):
        return False
    return not (_PLAIN_NUMBER.fullmatch(text) or _ARITHMETIC.fullmatch(text))


def _marked(text: str) -> bool:
    """Does ``inert`` put an apostrophe before ``text``: live text, or apostrophes before
    live text (so that ``restore`` knows which apostrophes are marks)."""
    return is_live(text.lstrip("'"))


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell made inert; numeric columns and blanks unchanged.

    Returns the same object when nothing needs to change (the common case costs one pass
    over each text column's distinct values)."""
    import pandas as pd  # here: writing a workbook row must not load pandas

    changed: dict[str, pd.Series] = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype):
            continue
        if isinstance(column.dtype, pd.CategoricalDtype):
            categories = column.cat.categories
            if categories.dtype == object or pd.api.types.is_string_dtype(categories.dtype):
                fixed = [inert(c) if isinstance(c, str) else c for c in categories]
                if fixed != list(categories) and len(set(fixed)) == len(fixed):
                    changed[str(name)] = column.cat.rename_categories(fixed)
                    continue
                if fixed == list(categories):
                    continue
                column = column.astype(object)
        present = column.dropna().unique()
        live = [value for value in present if isinstance(value, str) and inert(value) != value]
        if live:
            changed[str(name)] = column.map(
                lambda value: inert(value) if isinstance(value, str) else value
            ).astype(column.dtype)
    if not changed:
        return frame
    out = frame.copy()
    for name, column in changed.items():
        out[name] = column
    return out
