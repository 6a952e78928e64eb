"""Is this file a surveytool store? Answered by reading only, before anything is written.

Opening a store for writing changes the file at once: the migrations add our tables and the
connection switches the journal to WAL. Done to someone else's database (a file chosen by
mistake, another program's ``.sqlite``) that would damage it, and done to a store of a newer
surveytool it would make the newer program's file unreadable to itself. So ``recognise`` looks
first, without a lock file, a journal or a ``-wal``/``-shm`` beside the file, and refuses
with a message that names the file and says what it is.

A -wal file beside the store means a writer is (or was, before a crash) at work: only then is
the file read through SQLite's normal read-only mode, which reads that journal; otherwise it
is read as immutable, which creates nothing (``mode=ro`` on a WAL database leaves a -wal and
a -shm behind).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from surveytool.common.catalogue import Message
from surveytool.common.errors import Location
from surveytool.store.errors import (
    A_FOLDER,
    FOREIGN,
    KIND_BINARY,
    KIND_TEXT,
    KIND_ZIP,
    NEWER,
    NOT_SQLITE,
    TRUNCATED,
    UNREADABLE,
    UNUSABLE,
    StoreUnusable,
)
from surveytool.store.schema import MIGRATIONS, VERSION

MAGIC = b"SQLite format 3\x00"
HEADER = 100
_SHOWN_TABLES = 6  # a foreign database may hold hundreds: the message names the first few


def recognise(path: Path) -> int:
    """The schema version of the store at ``path``: 0 for a new store (no file, an empty
    file, or an SQLite database without tables), else the version its file says.

    Raises ``StoreUnusable`` when the file is not ours (not SQLite, another program's
    tables), damaged (cut short, unreadable) or written by a newer surveytool."""
    where = Location(str(path))
    if path.is_dir():
        raise StoreUnusable(A_FOLDER, where)
    try:
        size = path.stat().st_size
    except OSError:  # no such file (or no way to it): a new store, if its folder can be made
        return 0
    if size == 0:
        return 0
    try:
        header = _header(path)
        kind = None if header.startswith(MAGIC) else _kind(path)
    except OSError as error:
        raise StoreUnusable(UNREADABLE, where, reason=error.strerror or str(error)) from error
    if kind is not None:
        raise StoreUnusable(NOT_SQLITE, where, kind=kind)
    writing = _beside(path, "-wal").exists()
    if not writing:
        _whole(header, size, where)
    try:
        version, tables = _contents(path, immutable=not writing)
    except sqlite3.DatabaseError as error:
        raise StoreUnusable(UNUSABLE, where, error=str(error)) from error
    if version > VERSION:
        raise StoreUnusable(NEWER, where, found=version, known=VERSION)
    if version < 0 or (version == 0 and tables) or not expected_tables(version) <= tables:
        shown = sorted(tables)[:_SHOWN_TABLES] + (["…"] if len(tables) > _SHOWN_TABLES else [])
        raise StoreUnusable(FOREIGN, where, tables=", ".join(shown) or "-")
    return version


@cache
def expected_tables(version: int) -> frozenset[str]:
    """The tables a store of schema ``version`` holds (its migrations run in memory)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in MIGRATIONS[:version]:
            memory.executescript(script)
        return _tables(memory)
    finally:
        memory.close()


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEADER)


def _whole(header: bytes, size: int, where: Location) -> None:
    """A copy cut short (a full USB stick, a pulled cable) keeps a valid first page, so SQLite
    would open it and fail only on the missing pages, later. The header says how long the
    file must be: its page size times its page count (valid when its two change counters
    agree, as they do for every file SQLite 3.7 or later wrote)."""
    if len(header) < HEADER:
        raise StoreUnusable(TRUNCATED, where, size=size, expected=HEADER)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and pages and size < page_size * pages:
        raise StoreUnusable(TRUNCATED, where, size=size, expected=page_size * pages)


def _contents(path: Path, *, immutable: bool) -> tuple[int, frozenset[str]]:
    mode = "immutable=1" if immutable else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{mode}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        return version, _tables(connection)
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> frozenset[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    return frozenset(str(name) for (name,) in rows)


def _kind(path: Path) -> Message:
    """What a file that is not SQLite looks like, for the message: an Excel workbook or an
    exchange package (both ZIP archives) chosen by mistake, a text file, or anything else."""
    with path.open("rb") as handle:
        start = handle.read(4096)
    if start.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return KIND_ZIP
    if b"\x00" not in start:
        try:
            start.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(start) - 3:  # not just a character cut at the 4096th byte
                return KIND_BINARY
        return KIND_TEXT
    return KIND_BINARY


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
