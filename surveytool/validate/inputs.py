"""Read batch data (a folder of flat CSVs or a store file) and refuse unusable input clearly.

Unusable input (missing file or column, wrong delimiter or encoding, empty file, duplicate
keys) raises ``UnusableInput`` with the file, row and column; nothing is validated then.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from pandas.api.types import union_categoricals

from surveytool.common.errors import Location, UserError
from surveytool.form.model import Form
from surveytool.tables.flat import columns_of
from surveytool.validate.checks import ABSENT

if TYPE_CHECKING:
    from surveytool.store import Store

KEYS = {"households": ("hh_id",), "persons": ("hh_id", "line_no")}
REVIEW_STATUSES = ("complete", "approved")
"""The cases a store validates by default: what enumerators sent for review, and approved."""


class UnusableInput(UserError):
    """The data cannot be validated at all (exit status 2)."""


def read_data(
    path: Path, form: Form, statuses: Collection[str] | None = REVIEW_STATUSES
) -> dict[str, pd.DataFrame]:
    """A folder's CSV files (whole), or a store file's cases of ``statuses`` (None: all)."""
    if path.is_file() and path.suffix in (".sqlite", ".db"):
        return _from_store(path, form, statuses)
    if not path.is_dir():
        raise UnusableInput(
            "expected a folder with households.csv and persons.csv, or a store file",
            Location(str(path)),
        )
    frames = {name: _read_csv(path / f"{name}.csv", keys) for name, keys in KEYS.items()}
    absentees = path / "absentees.csv"  # section I; a batch may come without it
    if absentees.is_file():
        frames["absentees"] = _read_csv(absentees, ("hh_id", "abs_line"), may_be_empty=True)
    for name, repeat in (("households", None), ("persons", "persons"), ("absentees", ABSENT)):
        if name in frames:
            require_columns(form, frames[name], repeat, str(path / f"{name}.csv"))
    return frames


def require_columns(form: Form, frame: pd.DataFrame, repeat: str | None, where: str) -> None:
    """Every column of the form's flat layout must be there: a missing one is not a blank."""
    missing = [q.name for q in columns_of(form, repeat) if q.name not in frame.columns]
    if missing:
        shown = ", ".join(missing[:8]) + (
            f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        )
        raise UnusableInput(
            f"{len(missing)} column(s) of form '{form.form_id}' version {form.version} are "
            f"missing: {shown} (data from another form version?)",
            Location(where, row=1, column=missing[0]),
        )


def _read_csv(path: Path, keys: tuple[str, ...], may_be_empty: bool = False) -> pd.DataFrame:
    where = Location(str(path))
    if not path.is_file():
        raise UnusableInput("the file is missing", where)
    raw = path.read_bytes()
    if not raw.strip():
        raise UnusableInput("the file is empty", where)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise UnusableInput(
            "not UTF-8 text: save the file as CSV UTF-8", Location(str(path), row=line)
        ) from error
    try:
        frame = _read_as_categories(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise UnusableInput(f"not a readable CSV file: {error}", where) from error
    if len(frame.columns) == 1 and any(sep in frame.columns[0] for sep in (";", "\t", "|")):
        raise UnusableInput(
            "the columns are not separated by commas (wrong delimiter?)", Location(str(path), row=1)
        )
    for key in keys:
        if key not in frame.columns:
            raise UnusableInput("a key column is missing", Location(str(path), row=1, column=key))
    if frame.empty and not may_be_empty:
        raise UnusableInput("the file has a header but no rows", where)
    blank = frame[list(keys)].isna().any(axis=1)
    if blank.any():
        row = int(blank.to_numpy().nonzero()[0][0]) + 2
        raise UnusableInput("a key is empty", Location(str(path), row=row, column=", ".join(keys)))
    duplicated = frame.duplicated(list(keys), keep="first")
    if duplicated.any():
        row = int(duplicated.to_numpy().nonzero()[0][0]) + 2
        raise UnusableInput(
            f"duplicate key {', '.join(keys)}: each must appear once",
            Location(str(path), row=row, column=", ".join(keys)),
        )
    return frame


def _read_as_categories(path: Path, rows: int = 100_000) -> pd.DataFrame:
    """Every cell as text (codes such as '01' stay text), held as categories: a column has
    a few distinct answers, so a million rows take a byte or two a cell. Read in chunks so
    the full text is never in memory at once; '' is a blank."""
    parts = [
        chunk.astype("category")
        for chunk in pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            encoding="utf-8-sig",
            chunksize=rows,
        )
    ]
    if len(parts) == 1:
        return parts[0]
    columns = {name: union_categoricals([part[name] for part in parts]) for name in parts[0]}
    return pd.DataFrame(columns)


def _from_store(
    path: Path, form: Form, statuses: Collection[str] | None
) -> dict[str, pd.DataFrame]:
    from surveytool.store import Store

    with Store.open(path, readonly=True) as store:
        return store_frames(store, form, statuses)


def store_frames(
    store: Store, form: Form, statuses: Collection[str] | None = None
) -> dict[str, pd.DataFrame]:
    """A store's cases (optionally of some statuses) as text tables, as CSV files would read.

    ``households.attrs["justified"]`` maps (hh_id, rule, line_no) to the office's notes."""
    from surveytool.store import open_interviews
    from surveytool.tables import CaseData, flatten

    cases = (
        CaseData(row.uuid, row.status, interview)
        for row, interview in open_interviews(store, form)
        if statuses is None or row.status in statuses
    )
    tables = flatten(form, cases)
    frames = {
        name: tables[name].astype(str).where(tables[name].notna(), None)
        for name in ("households", "persons", ABSENT)
        if name in tables
    }
    hh_of = dict(zip(frames["households"]["case_uuid"], frames["households"]["hh_id"], strict=True))
    frames["households"].attrs["justified"] = {
        (hh_of[case], rule, line): note
        for (case, rule, line), note in store.justifications().items()
        if case in hh_of
    }
    return frames
