"""A CSV file as a table of text categories, read through Arrow, or a located reason why not.

Batch files are a few hundred MB (a million persons, 130 columns) whose columns each hold a
few distinct answers. Arrow's CSV reader parses them on every core and dictionary-encodes each
column while parsing, so the full text of the file is never held as Python or pandas strings:
a column comes out as small integer codes over its distinct values, which is what validation
works on (``typed.py``). Every column is text, so codes such as '01' stay as written; an empty
cell (quoted or not) is a blank; nothing else (no 'NA', no 'null') is.

The categories are pandas' default ``str`` dtype, which with pyarrow installed (a dependency)
is Arrow-backed. Measured on a million persons against the Python-backed storage
(``mode.string_storage = "python"``): validation took the same time (7.5-8.7 s against
7.7-8.0 s, within the shared machine's noise), reading was 1.3 s faster and the peak 0.7 GB
lower (2.5 GB against 3.2 GB, the Python strings that expressions make over text columns), so
the default stays.

When Arrow refuses a file, the file is scanned again in Python only to say where (the first
row with the wrong number of cells, the first line that is not UTF-8): a slow path taken
only for files that cannot be validated anyway.
"""

from __future__ import annotations

import codecs
import csv
import mmap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from surveytool.common.catalogue import message
from surveytool.common.cells import restore
from surveytool.common.errors import Location, UserError

_BLOCK = 4 << 20
"""Bytes per parsing block. Measured on a million persons (CPU seconds of the parse): 4 MB
2.2-2.4, 16 MB 2.9-3.4; the dictionaries of the blocks are unified once afterwards."""

_TEXT = pa.dictionary(pa.int32(), pa.string())

NOT_UTF8 = message("validate.input.not_utf8", "not UTF-8 text: save the file as CSV UTF-8")
NOT_UTF8_AT = message(
    "validate.input.not_utf8_at",
    "not UTF-8 text: byte {byte} of this line is 0x{value}; save the file as CSV UTF-8, or "
    "name the file's encoding (--encoding)",
)
_NOT_ENCODED = message(
    "validate.input.not_encoded", "not {encoding} text: {reason}; check the --encoding given"
)
_NOT_CSV = message("validate.input.not_csv", "not a readable CSV file: {reason}")
_RAGGED = message(
    "validate.input.ragged",
    "not a readable CSV file: this row has {cells} cells, the header names {columns} columns",
)
_EMPTY = message("validate.input.empty", "the file is empty")
_NO_HEADER = message("validate.input.no_header", "the first row must name the columns")
_NAME_TWICE = message("validate.input.name_twice", "a column name appears twice in the header")


class UnreadableCsv(UserError):
    """The file is not a CSV table we can read (empty, not UTF-8, ragged, no header)."""


def read_text_table(path: Path, block: int = _BLOCK, encoding: str = "utf-8") -> pd.DataFrame:
    """Every column of ``path`` as pandas categories of text (blank: a missing value);
    ``block`` bytes are parsed at a time. UTF-8 unless the user names another ``encoding``
    (an old export in windows-1252, say): never guessed."""
    header = _header(path, encoding)
    options = pacsv.ReadOptions(
        column_names=header, skip_rows=1, block_size=block, encoding=encoding
    )
    try:
        table = pacsv.read_csv(
            path,
            read_options=options,
            parse_options=pacsv.ParseOptions(newlines_in_values=_quoted(path)),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(header, _TEXT),
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except UnicodeDecodeError as error:  # another encoding, transcoded by Python's codecs
        raise UnreadableCsv(
            _NOT_ENCODED, Location(str(path)), encoding=encoding, reason=str(error)
        ) from error
    except pa.ArrowInvalid as error:
        raise _located(path, header, error, encoding) from error
    with ThreadPoolExecutor(max_workers=2) as pool:  # Arrow's kernels release the GIL
        columns = list(pool.map(_categorical, table.columns))
    del table
    return pd.DataFrame(dict(zip(header, columns, strict=True)), copy=False)


def _quoted(path: Path) -> bool:
    """Does the file hold a quote at all? Only a quoted cell can hold a line break, and
    reading with line breaks in cells allowed costs a third more (Arrow must track quotes
    across its blocks), so it is allowed only then. The search runs at memory speed."""
    if path.stat().st_size == 0:
        return False
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return data.find(b'"') >= 0


def _categorical(column: pa.ChunkedArray) -> pd.Categorical:
    """One dictionary-encoded column as a pandas categorical with the smallest codes.

    Each parsing block has its own dictionary: they are unified here, one set of categories
    per column, on the reading threads (the whole table's unification ran on one thread,
    0.56 s of a million persons)."""
    chunks = [chunk for chunk in column.unify_dictionaries().chunks if len(chunk)]
    if not chunks:
        return pd.Categorical([], categories=pd.Index([], dtype="str"))
    indices = pa.chunked_array([chunk.indices for chunk in chunks], type=pa.int32())
    codes = pc.fill_null(indices, -1).to_numpy()
    distinct = chunks[0].dictionary
    size = np.int8 if len(distinct) < 127 else np.int16 if len(distinct) < 32_767 else np.int32
    categories = _unmarked(pd.Index(distinct.to_numpy(zero_copy_only=False), dtype="str"))
    return pd.Categorical.from_codes(
        codes.astype(size, copy=False), categories=categories, validate=False
    )


def _unmarked(categories: pd.Index) -> pd.Index:
    """Text as entered: the apostrophe our CSV writers put before text a spreadsheet would
    run (``common.cells.inert``) taken off again. Only values starting with an apostrophe are
    looked at; if taking a mark off would make two categories equal, they stay as written."""
    marked = np.flatnonzero(categories.str.startswith("'"))
    if not len(marked):
        return categories
    values = categories.to_numpy(dtype=object, copy=True)
    values[marked] = [restore(str(value)) for value in values[marked]]
    fixed = pd.Index(values, dtype="str")
    return fixed if fixed.is_unique else categories


def _header(path: Path, encoding: str = "utf-8") -> list[str]:
    """The column names in the first row; an empty file or a repeated name is refused."""
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError as error:
        raise UnreadableCsv(
            _NOT_ENCODED, Location(str(path)), encoding=encoding, reason=str(error)
        ) from error
    try:
        with path.open(encoding="utf-8-sig" if utf8 else encoding, newline="") as handle:
            header = next(csv.reader(handle), [])
    except UnicodeDecodeError as error:
        if not utf8:
            raise UnreadableCsv(
                _NOT_ENCODED, Location(str(path), row=1), encoding=encoding, reason=str(error)
            ) from error
        raise _not_utf8(path) from error
    except csv.Error as error:
        raise UnreadableCsv(_NOT_CSV, Location(str(path), row=1), reason=str(error)) from error
    if not any(name.strip() for name in header):
        with path.open("rb") as handle:
            if not handle.read(1 << 16).strip():
                raise UnreadableCsv(_EMPTY, Location(str(path)))
        raise UnreadableCsv(_NO_HEADER, Location(str(path), row=1))
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise UnreadableCsv(_NAME_TWICE, Location(str(path), row=1, column=name))
        seen.add(name)
    return header


def _located(
    path: Path, header: list[str], error: pa.ArrowInvalid, encoding: str = "utf-8"
) -> UnreadableCsv:
    """Arrow's refusal, with the row it is about found again by a plain Python scan."""
    utf8 = codecs.lookup(encoding).name == "utf-8"
    if utf8 and ("UTF8" in str(error) or "UTF-8" in str(error)):
        return _not_utf8(path)
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # a long cell is not the fault
    try:
        with path.open(encoding="utf-8-sig" if utf8 else encoding, newline="") as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for cells in reader:
                if cells and len(cells) != len(header):
                    return UnreadableCsv(
                        _RAGGED,
                        Location(str(path), row=reader.line_num),
                        cells=len(cells),
                        columns=len(header),
                    )
    except UnicodeDecodeError as undecodable:  # Arrow stopped at another problem first
        if utf8:
            return _not_utf8(path)
        return UnreadableCsv(
            _NOT_ENCODED, Location(str(path)), encoding=encoding, reason=str(undecodable)
        )
    except csv.Error as unreadable:  # a NUL byte, an unterminated quote at the end
        return UnreadableCsv(_NOT_CSV, Location(str(path)), reason=str(unreadable))
    return UnreadableCsv(_NOT_CSV, Location(str(path)), reason=str(error))


def _not_utf8(path: Path) -> UnreadableCsv:
    """The first byte that is not UTF-8, found by its line and its byte within the line, the
    file read in blocks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, offset = 1, 0  # offset: the bytes of the current line before this block
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                before = bytes(error.object[: error.start])
                line += before.count(b"\n")
                byte = (
                    error.start - before.rfind(b"\n")
                    if b"\n" in before
                    else offset + error.start + 1
                )
                value = f"{error.object[error.start]:02X}"
                return UnreadableCsv(
                    NOT_UTF8_AT, Location(str(path), row=line), byte=byte, value=value
                )
            line += block.count(b"\n")
            offset = len(block) - block.rfind(b"\n") - 1 if b"\n" in block else offset + len(block)
    return UnreadableCsv(NOT_UTF8, Location(str(path), row=line))
