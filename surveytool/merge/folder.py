"""The merged folder on disk: where each file lives, and how a merge step lands whole.

Layout (the contract in the module docstring of ``surveytool.merge``)::

    DIR/<table>/source_country=<ISO3>/source_round=<round>/part-0.parquet
    DIR/packages.json       the registry, one entry per (country, round)
    DIR/variables.json      the merged dictionary
    DIR/merge_report.json   what the last merge did

A merge step (one package) writes its Parquet files, its registry and its dictionary under
temporary names starting with a dot (which pyarrow's dataset discovery skips), then a small
*journal* naming the renames to do (the dictionary, a megabyte at scale, is written once and
renamed, not copied into the journal), then does them, then removes the journal.
A crash before the journal is written leaves only temporary files (removed by the next
merge); a crash after it is rolled forward by ``recover`` (the next merge or read). So the
folder is always a whole merge step before or after, never half of one.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from surveytool.package.keys import write_atomic

REGISTRY, VARIABLES, REPORT = "packages.json", "variables.json", "merge_report.json"
JOURNAL = ".merge-journal.json"
PART = "part-0.parquet"
REGISTRY_FORMAT = "surveytool-merged-packages"
_PARTIAL = ".partial"


def partition(table: str, country: str, round_: str) -> str:
    """The folder-relative path of one (level, country, round) file."""
    return f"{table}/source_country={country}/source_round={round_}/{PART}"


def temporary_beside(path: Path) -> Path:
    """A fresh hidden name beside ``path`` for writing it before the rename."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{_PARTIAL}")


def read_json(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default


def json_bytes(obj: object) -> bytes:
    """Deterministic JSON: keys in the order the merge built them (the dictionary keeps its
    variables in their form order), UTF-8, compact (``,`` and ``:`` with no spaces: the
    standard library's C encoder; an indent makes it use its pure-Python one, ten times
    slower on a megabyte of dictionary), final newline."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def write_json(path: Path, obj: object) -> None:
    write_atomic(path, json_bytes(obj))


def read_registry(folder: Path) -> list[dict[str, Any]]:
    found = read_json(folder / REGISTRY, {})
    packages = found.get("packages", []) if isinstance(found, dict) else []
    return [entry for entry in packages if isinstance(entry, dict)]


def commit(
    folder: Path,
    moves: list[tuple[str, str]],
    removals: list[str],
    registry: list[dict[str, Any]],
    dictionary: dict[str, Any] | None,
) -> None:
    """Land one merge step: the registry and the dictionary (None: unchanged) under
    temporary names, the journal naming every rename, then the renames (``moves``:
    temporary -> final, folder-relative) and the removals."""
    moves = list(moves)
    documents = [(REGISTRY, {"format": REGISTRY_FORMAT, "packages": registry})]
    if dictionary is not None:
        documents.append((VARIABLES, dictionary))
    for name, document in documents:
        temporary = temporary_beside(folder / name)
        _write_synced(temporary, json_bytes(document))
        moves.append((temporary.name, name))
    write_json(folder / JOURNAL, {"moves": moves, "removals": removals})
    _apply(folder, {"moves": moves, "removals": removals})


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as sink:
        sink.write(data)
        sink.flush()
        os.fsync(sink.fileno())


def recover(folder: Path, *, clean: bool = False) -> bool:
    """Finish a merge step a crash interrupted after its journal was written (idempotent:
    the same renames and writes); ``clean`` (the merge, the one writer of a folder) also
    removes the temporary files of a step interrupted before its journal. True when there
    was a step to finish."""
    journal = read_json(folder / JOURNAL, None)
    if isinstance(journal, dict):
        _apply(folder, journal)
    if clean:
        for pattern in (f"*/*/*/.*{_PARTIAL}", f".*{_PARTIAL}"):
            for path in folder.glob(pattern):
                path.unlink(missing_ok=True)
    return isinstance(journal, dict)


def _apply(folder: Path, journal: dict[str, Any]) -> None:
    for temporary, final in journal["moves"]:
        source = folder / temporary
        if source.exists():
            os.replace(source, folder / final)
    for name in journal["removals"]:
        (folder / name).unlink(missing_ok=True)
    if "registry" in journal:  # a journal of an earlier release carries them whole
        write_json(folder / REGISTRY, journal["registry"])
    if "variables" in journal:
        write_json(folder / VARIABLES, journal["variables"])
    (folder / JOURNAL).unlink(missing_ok=True)
