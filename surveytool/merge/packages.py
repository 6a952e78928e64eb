"""One harmonised package as the merge sees it: verified, then read table by table.

Verification is the package layer's (``container.open_package``: the signer is one of the
offices the AU trusts, the signature covers the manifest, every member matches its sha256);
nothing here believes a byte before that. What the merge adds is the shape it needs: one
country and one round per package (they name the partition), the level tables the
descriptor lists (``<table>.csv`` at the top of the zip) with their typed fields, and the
reference date of spec reading I2 from the package's §8 metadata.

A level is read from the package's Parquet rendering (``renderings/<table>.parquet``, signed
and hash-checked like every member, and equal to the canonical CSV read with the descriptor's
types: tests/test_package_harmonised.py) straight into Arrow: no CSV parse, no pandas. Its
columns must be the descriptor's fields, in order, or the package is refused naming the
member. The rendering keeps coded answers as text (``0110`` keeps its zero), so a column is
cast to its descriptor type (integer -> int64, number -> float64, anything else -> string);
a column whose cast is not exact (text in an integer field, a number in a text field) sends
the level back to the canonical CSV, which names the cell. A package without the rendering is
read from its CSV.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.package import container
from surveytool.package.keys import Identity, KeyRing
from surveytool.package.tabular import read_csv_bytes

KIND = "harmonised"
_COUNTRY = re.compile(r"[A-Z]{3}")
_ROUND = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_PERIOD = re.compile(r"([0-9]{4})(?:Q([1-4]))?")

_ONE_PARTITION = message(
    "merge.package.one_partition",
    "the package holds country '{country}' and round '{round}': a package merged for the AU "
    "must hold one country (ISO 3166 alpha-3) and one round; export one package per country "
    "and round",
)
_NO_TABLES = message(
    "merge.package.no_tables", "datapackage.json describes no level table: {reason}"
)
_RENDERING_COLUMNS = message(
    "merge.package.rendering_columns",
    "{member} does not hold the columns datapackage.json describes for table {table} "
    "(expected {expected}; found {found}): the package is refused",
)
_RENDERING_UNREADABLE = message(
    "merge.package.rendering_unreadable",
    "{member} is not a readable Parquet file ({reason}): the package is refused",
)
RENDERINGS = "renderings"
_KINDS = {"integer": pa.int64(), "number": pa.float64()}


@dataclass(frozen=True)
class Incoming:
    """A verified harmonised package: its manifest, its level tables' fields (in the
    descriptor's order, keyed by table name) and the bytes of their CSVs."""

    path: Path
    manifest: dict[str, Any]
    digest: str
    sender: Identity
    levels: dict[str, str]  # table -> level name
    fields: dict[str, list[dict[str, Any]]]  # table -> descriptor fields
    csv: dict[str, bytes]  # table -> canonical CSV
    parquet: dict[str, bytes] = field(default_factory=dict)  # table -> its Parquet rendering

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def country(self) -> str:
        return str(self.manifest["country"])

    @property
    def round(self) -> str:
        return str(self.manifest["round"])

    @property
    def form_id(self) -> str:
        return str(self.manifest["form_id"])

    @property
    def form_version(self) -> str:
        return str(self.manifest["form_version"])

    @property
    def created_at(self) -> datetime:
        return parse_time(str(self.manifest["created_at"]))

    @property
    def metadata(self) -> dict[str, Any]:
        found = self.manifest.get("metadata")
        return found if isinstance(found, dict) else {}

    def table(self, name: str) -> pd.DataFrame:
        """The level table ``name`` typed by its descriptor fields (Int64, Float64, str)."""
        where = f"{self.path}: {name}.csv"
        return read_csv_bytes(self.csv[name], where, self.fields[name])

    def arrow(self, name: str) -> pa.Table:
        """The level table ``name`` as Arrow, each column in its descriptor type (int64,
        float64, string), from the Parquet rendering when the package has one (see the
        module docstring), else from the canonical CSV."""
        data = self.parquet.get(name)
        found = None if data is None else self._from_parquet(name, data)
        return found if found is not None else self._from_csv(name)

    def _from_parquet(self, name: str, data: bytes) -> pa.Table | None:
        member = f"{RENDERINGS}/{name}.parquet"
        where = Location(str(self.path), column=member)
        try:
            schema = pq.read_schema(pa.BufferReader(data))
            text = [f.name for f in schema if _is_text(f.type)]
            stored = pq.read_table(pa.BufferReader(data), read_dictionary=text, use_threads=False)
        except (pa.ArrowException, OSError) as error:
            raise UserError(
                _RENDERING_UNREADABLE, where, member=member, reason=str(error)
            ) from None
        expected = [str(item["name"]) for item in self.fields[name]]
        if stored.column_names != expected:
            values = {"expected": ", ".join(expected), "found": ", ".join(stored.column_names)}
            raise UserError(_RENDERING_COLUMNS, where, member=member, table=name, **values)
        arrays = []
        for item, column in zip(self.fields[name], stored.columns, strict=True):
            typed = descriptor_typed(column, str(item.get("type", "string")))
            if typed is None:
                return None
            arrays.append(typed)
        return pa.table(arrays, names=expected)

    def _from_csv(self, name: str) -> pa.Table:
        frame = self.table(name)
        arrays = []
        for item in self.fields[name]:
            column = frame[str(item["name"])]
            target = _KINDS.get(str(item.get("type")), pa.string())
            values = column.astype(object) if target == pa.string() else column
            arrays.append(pa.array(values, type=target, from_pandas=True))
        return pa.table(arrays, names=[str(item["name"]) for item in self.fields[name]])


def descriptor_typed(column: pa.ChunkedArray, kind: str) -> pa.ChunkedArray | None:
    """A rendering's column in the type its descriptor field ``kind`` reads as (what the
    canonical CSV gives), or None when that cast would not be exact. Text read as a
    dictionary (``_from_parquet``) stays one: a text column as ``dictionary<string>``,
    coded answers cast once per distinct code, not once per row."""
    target = _KINDS.get(kind, pa.string())
    if column.null_count == len(column) or pa.types.is_null(column.type):
        return pa.chunked_array([pa.nulls(len(column), target)])
    if pa.types.is_dictionary(column.type):
        found = _from_dictionary(column, target)
        if found is not None:
            return _no_nan(found) if target == pa.float64() else found
        if not _is_text(column.type.value_type):
            return None
        column = column.cast(column.type.value_type)
    source = column.type
    if target == pa.string():
        if not _is_text(source):
            return None
        column = column.cast(target) if source != target else column
        if pc.any(pc.equal(column, "")).as_py():  # the CSV holds a blank, never an empty text
            column = pc.if_else(pc.equal(column, ""), pa.scalar(None, target), column)
        return column
    exact = pa.types.is_integer(source) or (target == pa.float64() and pa.types.is_floating(source))
    if not exact and not (_is_text(source) and target == pa.int64()):
        return None
    try:
        column = column if source == target else column.cast(target)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return _no_nan(column) if target == pa.float64() else column


def _no_nan(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Decimals with NaN as null: the CSV writes NaN as a blank."""
    if pc.any(pc.is_nan(column)).as_py():
        return pc.if_else(pc.is_nan(column), pa.scalar(None, column.type), column)
    return column


def _from_dictionary(column: pa.ChunkedArray, target: pa.DataType) -> pa.ChunkedArray | None:
    """A dictionary-encoded text column as ``target``, its values cast once each: text stays
    encoded (written so, it reads back as text), codes are taken by the indices (Parquet
    writes plain integers faster than encoded ones). None when a value is empty text (then
    decoded by the caller) or does not cast exactly."""
    chunks = []
    for chunk in column.chunks:
        values = chunk.dictionary
        if not _is_text(values.type) or pc.any(pc.equal(values, "")).as_py():
            return None
        try:
            cast = values.cast(target)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            return None
        if target == pa.string():
            chunks.append(pa.DictionaryArray.from_arrays(chunk.indices, cast))
        else:
            chunks.append(cast.take(chunk.indices))
    kind = pa.dictionary(pa.int32(), target) if target == pa.string() else target
    return pa.chunked_array(chunks, type=kind)


def _is_text(kind: pa.DataType) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def open_harmonised(path: Path, ring: KeyRing) -> Incoming:
    """The verified package at ``path``, or a ``UserError`` saying why it is refused."""
    opened = container.open_package(path, ring, kind=KIND)
    manifest = opened.manifest
    country, round_ = str(manifest["country"]), str(manifest["round"])
    if not _COUNTRY.fullmatch(country) or not _ROUND.fullmatch(round_):
        raise UserError(_ONE_PARTITION, Location(str(path)), country=country, round=round_)
    where = Location(str(path), column="datapackage.json")
    try:
        described = json.loads(opened.members["datapackage.json"].decode("utf-8"))
        resources = [
            r
            for r in described["resources"]
            if isinstance(r.get("path"), str)
            and r["path"].endswith(".csv")
            and "/" not in r["path"]
            and r["path"] in opened.members
        ]
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise UserError(_NO_TABLES, where, reason=str(error)) from None
    if not resources:
        raise UserError(_NO_TABLES, where, reason="no resource names a CSV member")
    levels, fields, csv, parquet = {}, {}, {}, {}
    for resource in resources:
        table = str(resource["path"])[: -len(".csv")]
        levels[table] = str(resource.get("name", table))
        fields[table] = list(resource["schema"]["fields"])
        csv[table] = opened.members[str(resource["path"])]
        rendering = opened.members.get(f"{RENDERINGS}/{table}.parquet")
        if rendering is not None:
            parquet[table] = rendering
    sender = opened.sender
    return Incoming(path, manifest, opened.digest, sender, levels, fields, csv, parquet)


def parse_time(text: str) -> datetime:
    """A manifest's ``created_at`` (ISO 8601); a text that is not one sorts first."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=datetime.now().astimezone().tzinfo)


def reference_date(metadata: dict[str, Any]) -> str | None:
    """Spec reading I2: 1 July of the survey year for annual or pooled data, the 15th of the
    quarter's middle month for one quarter (2025Q2 -> 2025-05-15); None when the package
    spans several years (no one date stands for it)."""
    period = metadata.get("reference_period")
    found = _PERIOD.fullmatch(str(period)) if period is not None else None
    if found is None:
        return None
    year, quarter = int(found.group(1)), found.group(2)
    if quarter is None:
        return date(year, 7, 1).isoformat()
    return date(year, 3 * int(quarter) - 1, 15).isoformat()
