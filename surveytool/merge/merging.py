"""``merge_packages``: national harmonised packages into one continental folder.

Each package is handled alone, start to end, while the next one is verified and read on a
reader thread (``_read_ahead``), so memory holds two packages at most whatever the number of
countries: verify it (``packages.open_harmonised``),
decide against the registry (the same package already there; an older package than the one
merged for its country and round is reported and not applied; a newer one replaces it), read
its tables, reconcile its form version with the merged dictionary (``reconcile``), write one
Parquet file per level under a temporary name, then land the step through the folder's
journal (``folder.commit``). A refused package changes nothing; a crash leaves the folder as
it was before or after the package, never between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.common.progress import NullProgress, Progress, stop_if_cancelled
from surveytool.form.codelists import membership_caveats, recs_of
from surveytool.merge import folder as layout
from surveytool.merge.dataset import conformed, registry, write_parquet
from surveytool.merge.packages import Incoming, open_harmonised, parse_time, reference_date
from surveytool.merge.reconcile import reconcile
from surveytool.merge.report import (
    ADDED,
    ALREADY,
    OLDER,
    REFUSED,
    REPLACED,
    MergeReport,
    PackageOutcome,
)
from surveytool.package.keys import ROLE_WORDS, KeyRing

_NOT_OFFICE = message(
    "merge.package.not_office",
    "signed by {signer}, a trusted key whose role is {role}: the AU merges harmonised "
    "packages signed by a national office's key only",
)


def merge_packages(
    paths: Sequence[Path],
    out: Path,
    ring: KeyRing,
    progress: Progress | None = None,
) -> MergeReport:
    """Merge the harmonised packages at ``paths`` into the folder ``out`` (created if
    needed), in the order given; returns what happened to each and writes it to
    ``out/merge_report.json``. Cancelling stops between packages: those merged stay."""
    progress = progress or NullProgress()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    layout.recover(out, clean=True)
    outcomes: list[PackageOutcome] = []
    total = len(paths)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="merge-read") as reader:
        folder = _Folder(layout.read_registry(out), layout.read_json(out / layout.VARIABLES, {}))
        ahead = _read_ahead(reader, paths, 0, folder, ring)
        try:
            for index, path in enumerate(paths):
                stop_if_cancelled(progress)
                progress.update(index, total, Path(path).name)
                assert ahead is not None
                read = ahead.result()
                ahead = _read_ahead(reader, paths, index + 1, folder, ring)
                outcomes.append(_merge_one(read, out, folder))
        finally:
            if ahead is not None:
                ahead.cancel()
    progress.update(total, total, "")
    merged_at = datetime.now(UTC).isoformat(timespec="seconds")
    report = MergeReport(out, outcomes, merged_at, rec_membership(out))
    layout.write_json(out / layout.REPORT, report.as_json())
    return report


def rec_membership(folder: Path) -> list[dict[str, Any]]:
    """For each survey in the folder: its reference date, the RECs its country belonged to
    on that date (what the REC aggregates apply) and the membership caveats of that date that
    concern the country or the whole of one of those RECs (imprecise or unresolved periods)."""
    found = []
    for entry in registry(folder):
        country, day = str(entry.get("country", "")), entry.get("reference_date")
        if not country or not day:
            continue
        recs = sorted(recs_of(country, str(day)))
        caveats = [
            caveat
            for caveat in membership_caveats(str(day))
            if caveat.get("iso3") == country
            or (not caveat.get("iso3") and caveat["rec_code"] in recs)
        ]
        found.append(
            {
                "country": country,
                "round": entry.get("round"),
                "reference_date": str(day),
                "recs": recs,
                "caveats": caveats,
            }
        )
    return found


@dataclass
class _Read:
    """A package opened (or why it is refused) and, read ahead, its level tables (or why
    they cannot be read); ``frames`` None when they were not read ahead."""

    path: Path
    incoming: Incoming | None = None
    error: UserError | None = None
    frames: dict[str, pa.Table] | None = None
    frames_error: UserError | None = None


@dataclass
class _Folder:
    """The registry and dictionary of the folder being merged into, as last committed (read
    once, then kept by each step rather than read back from disk)."""

    entries: list[dict[str, Any]]
    dictionary: dict[str, Any]


def _read_ahead(
    reader: ThreadPoolExecutor, paths: Sequence[Path], index: int, folder: _Folder, ring: KeyRing
) -> Future[_Read] | None:
    """Verify and read package ``index`` on the reader thread while this one reconciles and
    writes the one before (unzipping, hashing and Parquet release the GIL: on two cores the
    two halves overlap). Its tables are read unless the registry already holds that very
    package (then they are not needed); whether it is merged is decided when its turn comes."""
    if index >= len(paths):
        return None
    merged = frozenset(str(e.get("digest")) for e in folder.entries)
    return reader.submit(_read, Path(paths[index]), ring, merged)


def _read(path: Path, ring: KeyRing, merged: frozenset[str]) -> _Read:
    try:
        incoming = open_harmonised(path, ring)
        if incoming.sender.role != "office":
            role = ROLE_WORDS.get(incoming.sender.role, incoming.sender.role)
            values = {"signer": incoming.sender.name, "role": role}
            raise UserError(_NOT_OFFICE, Location(str(path)), **values)
    except UserError as error:
        return _Read(path, error=error)
    if incoming.digest in merged:
        return _Read(path, incoming)
    try:
        return _Read(path, incoming, frames=_frames(incoming))
    except UserError as error:
        return _Read(path, incoming, frames_error=error)


def _frames(incoming: Incoming) -> dict[str, pa.Table]:
    return {table: incoming.arrow(table) for table in incoming.fields}


def _merge_one(read: _Read, out: Path, folder: _Folder) -> PackageOutcome:
    path, incoming = read.path, read.incoming
    if incoming is None:
        return PackageOutcome(path, REFUSED, error=read.error)
    entries = folder.entries
    current = next(
        (e for e in entries if (e["country"], e["round"]) == (incoming.country, incoming.round)),
        None,
    )
    if current is not None and current["digest"] == incoming.digest:
        return _outcome(incoming, ALREADY)
    if current is not None and incoming.created_at <= parse_time(str(current["created_at"])):
        return _outcome(incoming, OLDER, replaced=str(current["package_id"]))
    try:
        if read.frames_error is not None:
            raise read.frames_error
        frames = read.frames if read.frames is not None else _frames(incoming)
        read.frames = None  # held here only, so that it goes when written
        empty = {
            t: [n for n, c in zip(f.column_names, f.columns, strict=True) if c.null_count == len(c)]
            for t, f in frames.items()
        }
        dictionary = folder.dictionary
        reconciled = reconcile(
            dictionary,
            form_id=incoming.form_id,
            version=incoming.form_version,
            levels=incoming.levels,
            fields=incoming.fields,
            empty=empty,
            where=str(path),
        )
    except UserError as error:
        return PackageOutcome(path, REFUSED, error=error, **_ids(incoming))
    provenance = {
        "source_package": incoming.package_id,
        "source_form_version": incoming.form_version,
    }
    moves, files, rows = [], {}, {}
    for table, frame in frames.items():
        recoded = _recoded(frame, reconciled.recodes.get(table, {}), reconciled.dictionary, table)
        relative = layout.partition(table, incoming.country, incoming.round)
        temporary = layout.temporary_beside(out / relative)
        write_parquet(conformed(recoded, reconciled.types[table], provenance), temporary)
        moves.append((temporary.relative_to(out).as_posix(), relative))
        files[table], rows[table] = relative, frame.num_rows
        del recoded
    del frames
    stale = (
        [] if current is None else [f for f in current["files"].values() if f not in files.values()]
    )
    entry = _entry(incoming, files, rows, current)
    others = [e for e in entries if e is not current]
    listed = sorted([*others, entry], key=lambda e: (e["country"], e["round"]))
    changed = reconciled.dictionary != dictionary  # the same version again: not rewritten
    layout.commit(out, moves, stale, listed, reconciled.dictionary if changed else None)
    folder.entries, folder.dictionary = listed, reconciled.dictionary
    verdict = ADDED if current is None else REPLACED
    replaced = None if current is None else str(current["package_id"])
    return _outcome(incoming, verdict, replaced=replaced, notes=reconciled.notes, rows=rows)


def _recoded(
    frame: pa.Table,
    recodes: Mapping[str, Mapping[str, str]],
    dictionary: Mapping[str, Any],
    table: str,
) -> pa.Table:
    """``frame`` with each recoded column's package codes replaced by the merged codes
    (every code at once, from the original cells, so swapped codes stay right)."""
    known = dictionary["levels"][table]["variables"]
    for name, mapping in recodes.items():
        index = frame.column_names.index(name)
        column = frame.column(index)
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if known[name].get("multiple"):
            cells = pc.unique(column)
            mapped = [_tokens(cell, mapping) for cell in cells.to_pylist()]
            values = pa.array(mapped, type=column.type)
            recoded = pc.take(values, pc.index_in(column, value_set=cells))
        else:
            integer = pa.types.is_integer(column.type)
            old = pa.array([int(c) if integer else c for c in mapping], type=column.type)
            new = pa.array([int(c) if integer else c for c in mapping.values()], type=column.type)
            recoded = pc.coalesce(pc.take(new, pc.index_in(column, value_set=old)), column)
        frame = frame.set_column(index, name, recoded)
    return frame


def _tokens(cell: object, mapping: Mapping[str, str]) -> object:
    """A select_multiple cell (space-separated codes) with each code mapped."""
    if not isinstance(cell, str):
        return cell
    return " ".join(mapping.get(token, token) for token in cell.split())


def _entry(
    incoming: Incoming,
    files: dict[str, str],
    rows: dict[str, int],
    current: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The registry entry of a package just merged (keeping the history it replaces)."""
    replaced: list[dict[str, Any]] = []
    if current is not None:
        replaced = [
            {
                "package_id": current["package_id"],
                "digest": current["digest"],
                "created_at": current["created_at"],
                "replaced_at": datetime.now(UTC).isoformat(timespec="seconds"),
            },
            *current.get("replaced", []),
        ]
    return {
        "country": incoming.country,
        "round": incoming.round,
        "package_id": incoming.package_id,
        "digest": incoming.digest,
        "form_id": incoming.form_id,
        "form_version": incoming.form_version,
        "created_at": str(incoming.manifest["created_at"]),
        "file": incoming.path.name,
        "sender": {"name": incoming.sender.name, "fingerprint": incoming.sender.fingerprint},
        "cases": incoming.manifest.get("cases"),
        "metadata": incoming.metadata,
        "reference_date": reference_date(incoming.metadata),
        "files": files,
        "rows": rows,
        "replaced": replaced,
    }


def _ids(incoming: Incoming) -> dict[str, Any]:
    return {
        "package_id": incoming.package_id,
        "country": incoming.country,
        "round": incoming.round,
        "form_version": incoming.form_version,
    }


def _outcome(incoming: Incoming, verdict: str, **more: Any) -> PackageOutcome:
    return PackageOutcome(incoming.path, verdict, **_ids(incoming), **more)
