"""Read batch data (a folder of flat CSVs or a store file) and refuse unusable input clearly.

Unusable input (missing file or key column, wrong delimiter or encoding, empty file, a
duplicate root key) raises ``UnusableInput`` with the file, row and column; nothing is
validated then. Which answer columns a batch may lack is judged with the rules file
(``collected.py``), so each table keeps the name of its file (``attrs[SOURCE]``).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.form.levels import Level, levels
from surveytool.form.model import Form, Group, Repeat
from surveytool.validate.csv_text import UnreadableCsv, read_text_table

if TYPE_CHECKING:
    from surveytool.store import Store

REVIEW_STATUSES = ("complete", "approved")
"""The cases a store validates by default: what enumerators sent for review, and approved."""


#: the frame attribute naming the file a table was read from
SOURCE = "source"

_NOT_A_BATCH = message(
    "validate.input.not_a_batch", "expected a folder with {files}, or a store file"
)
_MISSING_FILE = message("validate.input.missing_file", "the file is missing")
_DELIMITER = message(
    "validate.input.delimiter", "the columns are not separated by commas (wrong delimiter?)"
)
_MISSING_KEY = message("validate.input.missing_key", "a key column is missing")
_NO_ROWS = message("validate.input.no_rows", "the file has a header but no rows")
_EMPTY_KEY = message("validate.input.empty_key", "a key is empty")
_DUPLICATE_KEY = message(
    "validate.input.duplicate_key", "duplicate key {keys}: each must appear once"
)


class UnusableInput(UserError):
    """The data cannot be validated at all (exit status 2)."""


def read_data(
    path: Path,
    form: Form,
    statuses: Collection[str] | None = REVIEW_STATUSES,
    encoding: str = "utf-8",
) -> dict[str, pd.DataFrame]:
    """A folder's CSV files (whole, in ``encoding``: UTF-8 unless the user names another),
    or a store file's cases of ``statuses`` (None: all)."""
    if path.is_file() and path.suffix in (".sqlite", ".db"):
        return _from_store(path, form, statuses)
    if not path.is_dir():
        files = ", ".join(f"{level.table}.csv" for level in levels(form) if _required(form, level))
        raise UnusableInput(_NOT_A_BATCH, Location(str(path)), files=files)
    frames = {}
    for level in levels(form):
        file = path / f"{level.table}.csv"
        if _required(form, level) or file.is_file():
            optional = not _required(form, level)
            frames[level.table] = _read_csv(
                file,
                level.keys,
                may_be_empty=optional,
                unique=level.repeat is None,
                encoding=encoding,
            )
            frames[level.table].attrs[SOURCE] = str(file)  # named when columns are missing
    return frames


def _required(form: Form, level: Level) -> bool:
    """Must a batch bring this level's file? The root always; a repeat unless the form itself
    may leave it empty (a count, or a condition on it or on a group around it), like an
    optional section of former members abroad."""
    if level.repeat is None:
        return True
    return not _may_be_empty(form.children, level.repeat, conditional=False)


def _may_be_empty(elements: tuple[object, ...], repeat: str, conditional: bool) -> bool:
    for element in elements:
        if not isinstance(element, Group):
            continue
        here = conditional or element.relevant is not None
        if isinstance(element, Repeat) and element.name == repeat:
            return here or element.repeat_count is not None
        if _may_be_empty(element.children, repeat, here):
            return True
    return False


def _read_csv(
    path: Path,
    keys: tuple[str, ...],
    may_be_empty: bool = False,
    unique: bool = True,
    encoding: str = "utf-8",
) -> pd.DataFrame:
    """A batch file as text categories. ``unique``: a duplicated key makes the file unusable
    (the root's key: records of other files could not be placed); below the root a repeated
    key (two members with one line number) is left for the rules to report on each record."""
    where = Location(str(path))
    if not path.is_file():
        raise UnusableInput(_MISSING_FILE, where)
    frame = _read_as_categories(path, encoding=encoding)
    if len(frame.columns) == 1 and any(sep in frame.columns[0] for sep in (";", "\t", "|")):
        raise UnusableInput(_DELIMITER, Location(str(path), row=1))
    for key in keys:
        if key not in frame.columns:
            raise UnusableInput(_MISSING_KEY, Location(str(path), row=1, column=key))
    if frame.empty and not may_be_empty:
        raise UnusableInput(_NO_ROWS, where)
    blank = frame[list(keys)].isna().any(axis=1)
    if blank.any():
        row = int(blank.to_numpy().nonzero()[0][0]) + 2
        raise UnusableInput(_EMPTY_KEY, Location(str(path), row=row, column=", ".join(keys)))
    # a root without a root_key has no key column to check (its case_uuid names it)
    duplicated = frame.duplicated(list(keys), keep="first") if unique and keys else None
    if duplicated is not None and duplicated.any():
        row = int(duplicated.to_numpy().nonzero()[0][0]) + 2
        raise UnusableInput(
            _DUPLICATE_KEY,
            Location(str(path), row=row, column=", ".join(keys)),
            keys=", ".join(keys),
        )
    return frame


def _read_as_categories(path: Path, block: int = 16 << 20, encoding: str = "utf-8") -> pd.DataFrame:
    """Every cell as text (codes such as '01' stay text), held as categories: a column has
    a few distinct answers, so a million rows take a byte or two a cell; '' is a blank.
    Read through Arrow (``csv_text.py``) ``block`` bytes at a time: the file's text never
    becomes Python strings."""
    try:
        return read_text_table(path, block, encoding)
    except UnreadableCsv as error:
        raise same_problem(UnusableInput, error) from error


def same_problem(kind: type[UserError], error: UserError) -> UserError:
    """``error``'s problem and location as a ``kind``: still catalogued, so it renders in
    any language (its English text alone would not)."""
    problem = error.problem
    if isinstance(problem, str):
        return kind(problem, error.location)
    return kind(problem.template, error.location, **problem.values)


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
    return text_frames(store, form, store_tables(store, form, statuses))


def store_tables(
    store: Store,
    form: Form,
    statuses: Collection[str] | None = None,
    cases: Collection[str] | None = None,
) -> dict[str, pd.DataFrame]:
    """A store's cases (optionally of some statuses, or only the ``cases`` named by uuid) as
    the typed flat tables of ``surveytool.tables.flatten``."""
    from surveytool.casework import open_interviews
    from surveytool.tables import CaseData, flatten

    wanted = None if cases is None else set(cases)
    chosen = (
        CaseData(row.uuid, row.status, interview)
        for row, interview in open_interviews(store, form, only=wanted)
        if statuses is None or row.status in statuses
    )
    return flatten(form, chosen)


def text_frames(
    store: Store, form: Form, tables: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """Typed flat tables as the text frames validation reads (what CSV files would give), with
    the store's justifications of the tables' households attached."""
    frames = {name: table.astype(str).where(table.notna(), None) for name, table in tables.items()}
    root = levels(form)[0]
    households = frames[root.table]
    key = root.record_key
    hh_of = dict(zip(households["case_uuid"], households[key], strict=True))
    households.attrs["justified"] = {
        (hh_of[case], rule, line): note
        for (case, rule, line), note in store.justifications().items()
        if case in hh_of
    }
    return frames
