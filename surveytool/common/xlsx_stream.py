"""A fast XLSX writer for big tables: the worksheet XML is written here, column by column.

openpyxl makes a Python object per cell and serialises it through an XML library; for the
harmonised package's 100,000 persons x 150 columns that took a minute. Here each column is
factorised (``pandas.factorize``), the XML of a cell is made once per distinct value, and the
rows are put together by numpy indexing and one ``str.join`` per block of rows, so the Python
work grows with the distinct values, not with the cells.

What a cell holds (the same as ``common.xlsx`` gives through openpyxl):

* **Text** goes through ``cell_text``: control characters XML 1.0 forbids dropped (also the
  non-characters U+FFFE/U+FFFF and lone surrogates, which no XML file can carry), made inert
  (``cells.inert``) and cut at Excel's 32,767 characters. It is a shared string (``t="s"``),
  so a spreadsheet shows it as text and never as a formula: the workbook holds no ``<f>``.
  A carriage return is written ``&#13;`` (an XML reader would turn a literal one into a line
  feed) and text that looks like Excel's escape ``_xHHHH_`` gets Excel's ``_x005F_`` before
  it, so Excel shows it as typed. Text left empty is a blank cell.
* **Numbers**: integers as digits; floats as ``repr`` (the shortest text that reads back as
  the same double), whole floats below 2**53 as integers (as openpyxl's ``%.16g`` writes
  them). Infinity and NaN, which a spreadsheet cannot hold, are blank cells. Booleans are
  ``t="b"``.
* **Blanks** (None, NaN, ``pd.NA``) are cells not written (a row of blanks keeps one empty
  cell, so that readers count it as openpyxl's files have them).

Every sheet starts with a header row of its column names (as text). The bytes depend on the
content only: fixed document dates (``FIXED_TIME``), fixed zip member dates and attributes,
members in one order, shared strings numbered in order of first use.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterator, Sequence
from numbers import Integral, Real
from typing import TYPE_CHECKING

import numpy as np

from surveytool.common.cells import inert

if TYPE_CHECKING:
    import pandas as pd

TEXT_LIMIT = 32_767
"""Excel's most characters in a cell."""
SHEET_NAME_LIMIT = 31
FIXED_TIME = "1980-01-01T00:00:00Z"
"""The document's created and modified dates (the package's zip entries have the same)."""

BLOCK_ROWS = 10_000
"""Rows put together at a time: bounds the memory of one block (rows x 3 cells' parts)."""
COMPRESS_LEVEL = 1
"""zlib level of the zip members: level 6 took three times as long for a few % less."""

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EXCEL_ESCAPE = re.compile("(_x[0-9A-Fa-f]{4}_)")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_WHOLE_FLOAT = float(2**53)
_TEXT = '" t="s"><v>'


def cell_text(value: str) -> str:
    """``value`` as a text cell holds it: without XML-illegal characters, inert, cut."""
    return inert(_ILLEGAL.sub("", value))[:TEXT_LIMIT]


def frames_xlsx(sheets: Sequence[tuple[str, pd.DataFrame]]) -> bytes:
    """A workbook with one sheet per (name, frame): a header row, then the frame's rows.

    Names must be valid sheet names (1 to 31 characters, none of ``[]:*?/\\``, not
    starting or ending with an apostrophe, distinct ignoring case): ``ValueError`` if not.
    """
    names = [name for name, _ in sheets]
    _check_names(names)
    strings = _SharedStrings()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        _put(archive, "[Content_Types].xml", [_content_types(len(sheets))])
        _put(archive, "_rels/.rels", [_ROOT_RELS])
        _put(archive, "docProps/app.xml", [_APP])
        _put(archive, "docProps/core.xml", [_CORE])
        _put(archive, "xl/workbook.xml", [_workbook(names)])
        _put(archive, "xl/_rels/workbook.xml.rels", [_workbook_rels(len(sheets))])
        _put(archive, "xl/styles.xml", [_STYLES])
        for number, (_, frame) in enumerate(sheets, start=1):
            bound = (len(frame) + 1) * (len(frame.columns) * 64 + 32)
            _put(archive, f"xl/worksheets/sheet{number}.xml", _sheet(frame, strings), bound)
        _put(archive, "xl/sharedStrings.xml", strings.xml())
    return out.getvalue()


def _check_names(names: Sequence[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if (
            not 0 < len(name) <= SHEET_NAME_LIMIT
            or _SHEET_FORBIDDEN.search(name)
            or _ILLEGAL.search(name)
            or name.startswith("'")
            or name.endswith("'")
            or name.lower() in seen
        ):
            raise ValueError(f"not a valid or distinct sheet name: {name!r}")
        seen.add(name.lower())


def _put(
    archive: zipfile.ZipFile, name: str, parts: Iterator[bytes] | list[str], size: int = 0
) -> None:
    """Write a member with fixed metadata; ``size`` is an upper bound of its length, so a
    member over 4 GiB gets ZIP64 sizes (zipfile decides before it knows the length)."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]  # no public setter in 3.11
    info.create_system = 0
    info.external_attr = 0
    info.file_size = size
    with archive.open(info, "w") as member:
        for part in parts:
            member.write(part.encode() if isinstance(part, str) else part)


class _SharedStrings:
    """The workbook's shared-string table: text -> index, in order of first use."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.uses = 0

    def add(self, text: str) -> int:
        number = self.index.get(text)
        if number is None:
            number = self.index[text] = len(self.index)
        return number

    def xml(self) -> Iterator[bytes]:
        yield (
            f'{_HEAD}<sst xmlns="{_MAIN}" count="{self.uses}" uniqueCount="{len(self.index)}">'
        ).encode()
        texts = list(self.index)
        for start in range(0, len(texts), BLOCK_ROWS):
            yield "".join(_si(text) for text in texts[start : start + BLOCK_ROWS]).encode()
        yield b"</sst>"


def _si(text: str) -> str:
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f"<si><t{space}>{_escape(text)}</t></si>"


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "_x" in text or "_X" in text:
        text = _EXCEL_ESCAPE.sub(r"_x005F\1", text)
    return text


def _attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def column_letter(number: int) -> str:
    """Excel's name of the column ``number`` (1 -> A, 27 -> AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet(frame: pd.DataFrame, strings: _SharedStrings) -> Iterator[bytes]:
    """The worksheet XML in blocks of rows."""
    width = len(frame.columns)
    last = f"{column_letter(width)}{len(frame) + 1}" if width else "A1"
    yield f'{_HEAD}<worksheet xmlns="{_MAIN}"><dimension ref="A1:{last}"/><sheetData>'.encode()
    prefixes = [f'<c r="{column_letter(j)}' for j in range(1, width + 1)]
    header = [_value_xml(str(name), strings) for name in frame.columns]
    strings.uses += sum(1 for cell in header if cell)
    yield (
        '<row r="1">'
        + "".join(p + "1" + x for p, x in zip(prefixes, header, strict=True) if x)
        + "</row>"
    ).encode()
    for start in range(0, len(frame), BLOCK_ROWS):
        yield _block(frame.iloc[start : start + BLOCK_ROWS], start + 2, prefixes, strings)
    yield b"</sheetData></worksheet>"


def _block(frame: pd.DataFrame, first: int, prefixes: list[str], strings: _SharedStrings) -> bytes:
    """Rows ``first``.. as XML: a matrix of parts (per cell its ``<c r="B``, row number and
    the rest), blank cells all empty parts, joined once."""
    rows = len(frame)
    numbers = np.array([str(n) for n in range(first, first + rows)], dtype=object)
    parts = np.full((rows, 2 + 3 * len(prefixes)), "", dtype=object)
    parts[:, 0] = [f'<row r="{n}">' for n in range(first, first + rows)]
    parts[:, -1] = "</row>"
    filled = np.zeros(rows, dtype=bool)
    for j, prefix in enumerate(prefixes):
        cells = _column_xml(frame.iloc[:, j], strings)
        present = cells != ""
        parts[present, 1 + 3 * j] = prefix
        parts[present, 2 + 3 * j] = numbers[present]
        parts[:, 3 + 3 * j] = cells
        filled |= present
    if prefixes and not filled.all():  # a row of blanks keeps one empty cell, so it is read
        empty = ~filled
        parts[empty, 1], parts[empty, 2], parts[empty, 3] = prefixes[0], numbers[empty], '"/>'
    return "".join(parts.ravel().tolist()).encode()


def _column_xml(column: pd.Series, strings: _SharedStrings) -> np.ndarray:
    """Per row the end of its cell's XML (after the row number), ``""`` for a blank."""
    codes, uniques = _factorize(column)
    table = np.array([_value_xml(v, strings) for v in uniques] + [""], dtype=object)
    cells: np.ndarray = table[codes]  # code -1 (blank) takes the last entry, ""
    texts = np.array([v.startswith(_TEXT) for v in table], dtype=bool)
    if texts.any():
        strings.uses += int(np.count_nonzero(texts[codes]))
    return cells


def _factorize(column: pd.Series) -> tuple[np.ndarray, list[object]]:
    """Codes (-1 for a blank) and distinct values. An object column is read value by value,
    keyed by type too: ``pandas.factorize`` would merge ``1``, ``1.0`` and ``True``."""
    import pandas as pd

    if column.dtype != object:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        return np.asarray(codes, dtype=np.intp), np.asarray(uniques, dtype=object).tolist()
    index: dict[tuple[type, object], int] = {}
    found: list[object] = []
    codes = np.full(len(column), -1, dtype=np.intp)
    for row, value in enumerate(column.tolist()):
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            continue
        key = (type(value), value)
        number = index.get(key)
        if number is None:
            number = index[key] = len(found)
            found.append(value)
        codes[row] = number
    return codes, found


def _value_xml(value: object, strings: _SharedStrings) -> str:
    """The end of a cell's XML for ``value``: ``"`` closing the reference, type, value."""
    if isinstance(value, str):
        text = cell_text(value)
        return f"{_TEXT}{strings.add(text)}</v></c>" if text else ""
    if isinstance(value, bool | np.bool_):
        return f'" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Integral):
        return f'"><v>{int(value)}</v></c>'
    if isinstance(value, Real):
        number = float(value)
        if not math.isfinite(number):
            return ""
        if number.is_integer() and abs(number) < _WHOLE_FLOAT:
            return f'"><v>{int(number)}</v></c>'
        return f'"><v>{number!r}</v></c>'
    raise TypeError(f"no XLSX cell for a {type(value).__name__}: {value!r}")


def _content_types(sheets: int) -> str:
    main = "application/vnd.openxmlformats-officedocument"
    overrides = [
        ("/xl/workbook.xml", f"{main}.spreadsheetml.sheet.main+xml"),
        *(
            (f"/xl/worksheets/sheet{n}.xml", f"{main}.spreadsheetml.worksheet+xml")
            for n in range(1, sheets + 1)
        ),
        ("/xl/styles.xml", f"{main}.spreadsheetml.styles+xml"),
        ("/xl/sharedStrings.xml", f"{main}.spreadsheetml.sharedStrings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{main}.extended-properties+xml"),
    ]
    return (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )


def _workbook(names: Sequence[str]) -> str:
    sheets = "".join(
        f'<sheet name="{_attribute(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    return (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f'<bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheets}</sheets></workbook>'
    )


def _workbook_rels(sheets: int) -> str:
    kinds = [(f"worksheets/sheet{n}.xml", "worksheet") for n in range(1, sheets + 1)]
    kinds += [("styles.xml", "styles"), ("sharedStrings.xml", "sharedStrings")]
    return (
        f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/{kind}" Target="{target}"/>'
            for n, (target, kind) in enumerate(kinds, start=1)
        )
        + "</Relationships>"
    )


_ROOT_RELS = (
    f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Target="docProps/core.xml" Type="http://schemas.openxmlformats.org/'
    'package/2006/relationships/metadata/core-properties"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_APP = (
    f"{_HEAD}<Properties xmlns="
    '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>surveytool</Application></Properties>"
)
_CORE = (
    f"{_HEAD}<cp:coreProperties "
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>surveytool</dc:creator>'
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_TIME}</dcterms:modified>'
    "</cp:coreProperties>"
)
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
