"""The merged dataset: how a partition is written, and the reading API the tables use.

One Parquet file per (level table, country, round) holds that package's variables and two
provenance columns (``source_package``, ``source_form_version``); the country and round are
the hive partition folders. Files are never rewritten when a later form version adds a
variable: readers unify the schemas from ``variables.json`` (a missing column reads as nulls
of the merged type). Types: integer -> Int64, number -> float64, text and dates -> string
(ISO dates kept as text, as in the packages' CSVs).

Parquet is written deterministically (no timestamps, zstd, fixed row groups, no pandas
metadata), so the same package merged gives the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from surveytool.merge.folder import VARIABLES, read_json, read_registry, recover

PROVENANCE = ("source_country", "source_round", "source_package", "source_form_version")
IN_FILE = ("source_package", "source_form_version")  # country and round are the folders
ROW_GROUP = 1 << 20
_ARROW = {"integer": pa.int64(), "number": pa.float64()}


def arrow_type(kind: str) -> pa.DataType:
    """The Arrow type of a dictionary type (integer, number, date, string)."""
    return _ARROW.get(kind, pa.string())


def to_arrow(
    frame: pd.DataFrame, types: Mapping[str, str], provenance: Mapping[str, str]
) -> pa.Table:
    """``frame`` (typed Int64 / Float64 / str) as an Arrow table of the merged ``types``,
    with the in-file provenance columns."""
    arrays, names = [], []
    for name in frame.columns:
        target = arrow_type(types.get(str(name), "string"))
        column = frame[name]
        if column.isna().all():
            arrays.append(pa.nulls(len(frame), target))
        elif target == pa.string():
            arrays.append(pa.array(column.astype(object), type=target, from_pandas=True))
        else:
            arrays.append(pa.array(column, type=target, from_pandas=True))
        names.append(str(name))
    for name in IN_FILE:
        arrays.append(_constant(provenance[name], len(frame)))
        names.append(name)
    return pa.table(arrays, names=names)


def conformed(table: pa.Table, types: Mapping[str, str], provenance: Mapping[str, str]) -> pa.Table:
    """A package's level ``table`` (Arrow, in its descriptor types) in the merged ``types``,
    with the in-file provenance columns: what ``to_arrow`` gives for the same rows, without
    going through pandas (an empty column takes the merged type)."""
    arrays, rows = [], table.num_rows
    for name, column in zip(table.column_names, table.columns, strict=True):
        target = arrow_type(types.get(name, "string"))
        kind = column.type.value_type if pa.types.is_dictionary(column.type) else column.type
        if column.null_count == rows:
            arrays.append(pa.nulls(rows, target))
        else:  # text may come dictionary-encoded: written so, it reads back as text
            arrays.append(column if kind == target else column.cast(target))
    for name in IN_FILE:
        arrays.append(_constant(provenance[name], rows))
    return pa.table(arrays, names=[*table.column_names, *IN_FILE])


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` with fixed options, flushed to disk. Numbers carry
    min/max statistics; text does not (keys and free text gain nothing from them, and they
    are a fifth of the writing time of a level)."""
    numeric = [
        f.name for f in table.schema if pa.types.is_integer(f.type) or pa.types.is_floating(f.type)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as sink:
        pq.write_table(
            table,
            sink,
            compression="zstd",
            row_group_size=ROW_GROUP,
            use_dictionary=True,
            write_statistics=numeric,
            store_schema=False,
        )
        sink.flush()
        os.fsync(sink.fileno())


def registry(folder: Path) -> list[dict[str, Any]]:
    """The packages merged into ``folder``, one entry per (country, round), sorted."""
    recover(folder)
    return read_registry(folder)


def variables(folder: Path) -> dict[str, Any]:
    """The merged dictionary: ``{"levels": {table: {"level": name, "variables": {name:
    {type, labels, categories, multiple, versions, has_values}}}}, "versions": [...]}``."""
    recover(folder)
    found = read_json(folder / VARIABLES, {})
    return found if isinstance(found, dict) else {}


def read_level(
    folder: Path,
    table: str,
    columns: Sequence[str] | None = None,
    countries: Iterable[str] | None = None,
    categorical: Iterable[str] = (),
    floats: Iterable[str] = (),
) -> pd.DataFrame:
    """The merged rows of level ``table``: ``columns`` (default: every variable, then the
    provenance columns) of the ``countries`` given (default: all), reading only those
    columns of those partitions. Integers are Int64, decimals float64, text str, the
    provenance columns categorical. Rows come by country, round, then package order.

    The text columns named in ``categorical`` come as categoricals with sorted categories
    (what ``astype("category")`` gives), read from Parquet's dictionary pages as codes:
    no string is made per row, which is most of the reading time of millions of rows.
    The integer columns named in ``floats`` come as float64 (NaN for blank), converted by
    Arrow, without the nullable Int64 copy (what ``astype(float64)`` of it gives)."""
    folder = Path(folder)
    known = variables(folder).get("levels", {}).get(table)
    if known is None:
        raise KeyError(f"{folder} holds no level table '{table}'")
    types = {name: str(v["type"]) for name, v in known["variables"].items()}
    wanted = list(columns) if columns is not None else [*types, *PROVENANCE]
    unknown = [name for name in wanted if name not in types and name not in PROVENANCE]
    if unknown:
        raise KeyError(f"level table '{table}' has no column {', '.join(unknown)}")
    chosen = {c.upper() for c in countries} if countries is not None else None
    coded = {n for n in categorical if n in types and arrow_type(types[n]) == pa.string()}
    real = {n for n in floats if n in types and arrow_type(types[n]) == pa.int64()}
    kinds = {**types, **dict.fromkeys(real, "number")}
    parts = [
        (folder / entry["files"][table], entry)
        for entry in read_registry(folder)
        if (chosen is None or entry["country"] in chosen) and table in entry.get("files", {})
    ]
    if real:
        return _streamed(parts, wanted, kinds, coded)
    pieces = [_conformed(path, entry, wanted, kinds, coded) for path, entry in parts]
    schema = pa.schema([(n, _read_type(n, kinds, coded)) for n in wanted])
    joined = pa.concat_tables(pieces) if pieces else schema.empty_table()
    frame: pd.DataFrame = joined.to_pandas(
        types_mapper={pa.int64(): pd.Int64Dtype()}.get, split_blocks=bool(coded or real)
    )
    for name in sorted(coded & set(wanted)):
        frame[name] = _used_sorted(frame[name])
    return frame


def _streamed(
    parts: Sequence[tuple[Path, Mapping[str, Any]]],
    wanted: list[str],
    kinds: Mapping[str, str],
    coded: Collection[str],
) -> pd.DataFrame:
    """``read_level`` with float columns: one partition at a time, its float columns copied
    into one preallocated block (the frame's own, not copied again), so that the rows are
    held once, not as Arrow buffers and then as their pandas copy (at 5M persons, touching
    fresh memory is most of the reading time)."""
    sizes = [pq.ParquetFile(path).metadata.num_rows for path, _ in parts]
    floats = [n for n in wanted if n not in PROVENANCE and kinds[n] == "number"]
    others = [n for n in wanted if n not in floats]
    block = np.empty((len(floats), sum(sizes)), dtype=np.float64)
    chunks: dict[str, list[pa.Array]] = {n: [] for n in others}
    at = 0
    for (path, entry), size in zip(parts, sizes, strict=True):
        piece = _conformed(path, entry, wanted, kinds, coded)
        for row, name in enumerate(floats):
            column = piece.column(name)
            block[row, at : at + size] = column.to_numpy(zero_copy_only=False)
        for name in others:
            chunks[name].extend(piece.column(name).chunks)
        at += size
    mapper = {pa.int64(): pd.Int64Dtype()}.get
    out: dict[str, Any] = {name: block[row] for row, name in enumerate(floats)}
    for name in others:
        target = _read_type(name, kinds, coded)
        column = pa.chunked_array(chunks.pop(name), type=target)
        out[name] = pa.table([column], names=[name]).to_pandas(types_mapper=mapper)[name]
        if name in coded:
            out[name] = _used_sorted(out[name])
    return pd.DataFrame({name: out[name] for name in wanted}, copy=False)


def _used_sorted(column: pd.Series) -> pd.Series:
    """A categorical ``column`` with only the categories its rows use, sorted (what
    ``astype("category")`` of its text gives)."""
    codes = column.cat.codes.to_numpy()
    categories = column.cat.categories
    used = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(categories)))
    kept = categories[used]
    ordered = pd.Index(sorted(kept), dtype=categories.dtype)
    lookup = np.full(len(categories) + 1, -1, dtype=np.int64)  # the last one for -1 (blank)
    lookup[used] = ordered.get_indexer(kept)
    dtype = pd.CategoricalDtype(ordered)
    values = pd.Categorical.from_codes(lookup[codes], dtype=dtype, validate=False)
    return pd.Series(values, index=column.index, name=column.name)


def _conformed(
    path: Path,
    entry: Mapping[str, Any],
    wanted: list[str],
    types: Mapping[str, str],
    coded: Collection[str] = (),
) -> pa.Table:
    """One partition's ``wanted`` columns in the merged types (absent ones as nulls); the
    ``coded`` text columns as dictionaries."""
    present = set(pq.read_schema(path).names)
    found = [n for n in wanted if n in present]
    stored = pq.read_table(path, columns=found, read_dictionary=[n for n in found if n in coded])
    rows = stored.num_rows
    arrays = []
    for name in wanted:
        target = _read_type(name, types, coded)
        if name == "source_country":
            arrays.append(_constant(str(entry["country"]), rows))
        elif name == "source_round":
            arrays.append(_constant(str(entry["round"]), rows))
        elif name not in present:
            arrays.append(pa.nulls(rows, target))
        else:
            column = stored.column(name)
            arrays.append(column if column.type == target else column.cast(target))
    return pa.table(arrays, names=wanted)


def _read_type(name: str, types: Mapping[str, str], coded: Collection[str] = ()) -> pa.DataType:
    if name in PROVENANCE or name in coded:
        return pa.dictionary(pa.int32(), pa.string())
    return arrow_type(types[name])


def _constant(value: str, rows: int) -> pa.DictionaryArray:
    """A column holding ``value`` on every row, at the cost of one int32 per row."""
    indices = pa.array(np.zeros(rows, dtype=np.int32))
    return pa.DictionaryArray.from_arrays(indices, pa.array([value], type=pa.string()))
