"""One level's table as a Stata 118 ``.dta`` or an SPSS ``.sav`` file, through pyreadstat.

What the formats cannot hold as the tables do, and what we do about it:

* **Names**: Stata allows 32 characters, SPSS 64 bytes, both ``[A-Za-z_][A-Za-z0-9_]*`` and
  no reserved word (SPSS names also cannot start with ``_``). A name that does not fit is
  rewritten deterministically (``rendered_names``): invalid characters become ``_``, a
  reserved or badly starting name gets a ``v_`` prefix, a long name keeps its start and gets
  ``_`` and six hex characters of its SHA-256, so two long names never meet.
* **Numbers** are written as 32-bit integers where every value is a whole number in Stata's
  integer range (integer questions, coded answers), else as doubles; a blank is the system
  missing value (``.``). Readers give them back as floats when a column has a blank.
* **Coded answers** whose codes are all integers (``labels.Labels.numeric``) become numbers
  with value labels; other codes stay text.
* **Text**: neither format has a missing string, so a blank is ``""``. Stata's ``str#`` holds
  2045 bytes; longer text is written as ``strL`` by readstat (checked in the tests), SPSS's
  very long strings hold it too.
* **Labels**: Stata's variable labels hold 80 characters and are cut with ``…``; SPSS keeps
  256 bytes of a variable label and 120 of a value label, cut here (whole characters) rather
  than by readstat.

pyreadstat writes to a path only, so each file goes through a temporary directory. The time
of writing that both headers hold is replaced by a fixed one (1 January 1980, the date of the
package's zip entries), so that the same tables give the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from surveytool.package.labels import Labels

STATA_NAME = 32
SPSS_NAME = 64
STATA_VARIABLE_LABEL = 80
STATA_VALUE_LABEL = 32_000
SPSS_VARIABLE_LABEL = 256  # bytes
SPSS_VALUE_LABEL = 120  # bytes
INT32_LIMIT = 2_147_483_620  # Stata's largest long; its missing values sit above
STATA_TIME = b"01 Jan 1980 00:00"  # as the package's zip entries: same tables, same bytes
SPSS_TIME = b"01 Jan 8000:00:00"
_VALID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STATA_RESERVED = frozenset(
    {
        *("_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int"),
        *("long", "_n", "_N", "_pi", "_pred", "_rc", "_se", "_skip", "str", "strL"),
        *("using", "with"),
    }
)
_SPSS_RESERVED = frozenset(
    {"ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"}
)


def rendered_names(columns: Iterable[str], kind: str) -> dict[str, str]:
    """Column -> the name it has in a ``dta`` or ``sav`` file (itself when it fits)."""
    limit = STATA_NAME if kind == "dta" else SPSS_NAME
    names: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        name = re.sub(r"[^A-Za-z0-9_]", "_", column)
        if not _VALID.fullmatch(name) or _reserved(name, kind):
            name = f"v_{name}"
        if len(name.encode()) > limit or name.lower() in taken:
            digest = hashlib.sha256(column.encode()).hexdigest()[:6]
            name = f"{name[: limit - 7]}_{digest}"
        names[column] = name
        taken.add(name.lower())
    return names


def _reserved(name: str, kind: str) -> bool:
    if kind == "dta":
        return name in _STATA_RESERVED or bool(re.fullmatch(r"str[0-9]+", name))
    return name.upper() in _SPSS_RESERVED or name.startswith("_")


def stat_frame(frame: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """The table as both formats store it: numbers (coded answers included) as int32 or
    float64 with NaN for blanks, text as Python strings with ``""`` for blanks."""
    data: dict[str, pd.Series] = {}
    for name in frame.columns:
        column = frame[name]
        if name in labels.numeric or _is_number(column):
            data[name] = _number(column)
        else:
            text = column.astype(object).where(column.notna(), "")
            data[name] = text.map(str).astype(object)
    return pd.DataFrame(data, index=pd.RangeIndex(len(frame)))


def _is_number(column: pd.Series) -> bool:
    dtype = column.dtype
    return pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)


def _number(column: pd.Series) -> pd.Series:
    values = pd.to_numeric(column.astype(object), errors="coerce").astype(np.float64).to_numpy()
    present = values[~np.isnan(values)]
    whole = bool(np.all(np.mod(present, 1) == 0)) and bool(np.all(np.abs(present) <= INT32_LIMIT))
    if whole:
        return pd.Series(pd.array(values, dtype="Float64").astype("Int32"))
    return pd.Series(values, dtype=np.float64)


def _prepared(
    frame: pd.DataFrame, labels: Labels, kind: str, variable_limit: int, value_limit: int
) -> tuple[pd.DataFrame, dict[str, str | None], dict[str, dict[int | float, str]]]:
    """The table with names the format accepts, its variable labels and its value labels,
    each cut to the format's limits."""
    names = rendered_names(frame.columns, kind)
    cut_variable = cut if kind == "dta" else cut_bytes
    table = stat_frame(frame, labels).rename(columns=names)
    variable_labels: dict[str, str | None] = {
        names[c]: cut_variable(labels.variables.get(c, ""), variable_limit) for c in frame.columns
    }
    value_labels: dict[str, dict[int | float, str]] = {
        names[c]: {
            int(code): cut_bytes(text, value_limit) for code, text in labels.value_labels(c).items()
        }
        for c in frame.columns
        if c in labels.numeric
    }
    return table, variable_labels, value_labels


def stata_bytes(frame: pd.DataFrame, labels: Labels, file_label: str = "") -> bytes:
    """A Stata 118 file (Stata 14 and later) of ``frame``."""
    import pyreadstat

    table, variable_labels, value_labels = _prepared(
        frame, labels, "dta", STATA_VARIABLE_LABEL, STATA_VALUE_LABEL
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.dta"
        pyreadstat.write_dta(
            table,
            path,
            file_label=cut(file_label, 80),
            column_labels=variable_labels,
            version=14,  # pyreadstat's Stata 14 is file format 118 (15 would be 119)
            variable_value_labels=value_labels,
        )
        return _fixed_stata_time(path.read_bytes())


def spss_bytes(frame: pd.DataFrame, labels: Labels, file_label: str = "") -> bytes:
    """An SPSS system file (uncompressed ``.sav``) of ``frame``."""
    import pyreadstat

    table, variable_labels, value_labels = _prepared(
        frame, labels, "sav", SPSS_VARIABLE_LABEL, SPSS_VALUE_LABEL
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.sav"
        pyreadstat.write_sav(
            table,
            path,
            file_label=cut(file_label, 64),
            column_labels=variable_labels,
            variable_value_labels=value_labels,
        )
        return _fixed_spss_time(path.read_bytes())


def _fixed_stata_time(data: bytes) -> bytes:
    """The file with the fixed time: readstat stamps the time of writing in the header
    (``<timestamp>``, a length byte, then ``dd Mon yyyy hh:mm``)."""
    tag = b"<timestamp>"
    at = data.find(tag, 0, 512)
    if at < 0 or data[at + len(tag)] != len(STATA_TIME):
        return data
    start = at + len(tag) + 1
    return data[:start] + STATA_TIME + data[start + len(STATA_TIME) :]


def _fixed_spss_time(data: bytes) -> bytes:
    """The file with the fixed time: the header's creation date and time (bytes 92-108,
    ``dd mmm yy`` and ``hh:mm:ss``) are the time of writing."""
    if not data.startswith(b"$FL2") or len(data) < 109:
        return data
    return data[:92] + SPSS_TIME + data[109:]


def cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, ``…`` marking a cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cut_bytes(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` UTF-8 bytes, never half a character."""
    data = text.encode()
    return text if len(data) <= limit else data[:limit].decode(errors="ignore")
