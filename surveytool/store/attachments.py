"""Files attached to a case's answers: a photo, a recording, a scanned register.

ODK keeps such a file beside the submission and the answer is its file name; we keep it in
the store, so a case and its files are one file to back up and to send. The content is
stored once by its sha256 (the same photo attached twice costs nothing more) and each case
names its files: the name the answer holds. A file larger than the limit is refused before
anything is read in full (default ``DEFAULT_LIMIT``, 10 MB; the caller passes the limit its
settings say).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path, PurePath

from surveytool.common.catalogue import message
from surveytool.store.errors import NO_CASE, StoreError
from surveytool.store.store import Store, now

DEFAULT_LIMIT = 10 * 1024 * 1024

TOO_LARGE = message(
    "store.attachment.too_large",
    "{name} is {size} MB: files larger than {limit} MB are not kept (make it smaller, or ask "
    "the office to raise the limit)",
)
UNREADABLE = message("store.attachment.unreadable", "cannot read {name} ({reason})")


@dataclass(frozen=True, slots=True)
class Attached:
    """One file of a case: the name its answer holds, its digest and size in bytes."""

    name: str
    sha256: str
    size: int


def attach_file(store: Store, case_uuid: str, path: Path, limit: int = DEFAULT_LIMIT) -> Attached:
    """Keep the file at ``path`` with the case; returns what the answer names.

    The name is made as ODK Collect makes it, from the time of attaching in milliseconds and
    the file's extension (``1772800000123.jpg``), made unique within the case: the name a
    file had on the laptop often holds a person's name (``amina_house.jpg``), which must not
    travel in every table and export. Attaching the very same content again returns the name
    it has."""
    name = PurePath(path).name
    try:
        size = path.stat().st_size
        if size > limit:
            raise StoreError(TOO_LARGE, name=name, size=_mb(size), limit=_mb(limit))
        content = path.read_bytes()
    except OSError as error:
        raise StoreError(UNREADABLE, name=name, reason=error.strerror or str(error)) from error
    stamped = f"{time.time_ns() // 1_000_000}{PurePath(path).suffix.lower()}"
    return attach_bytes(store, case_uuid, stamped, content, limit)


def attach_bytes(
    store: Store, case_uuid: str, name: str, content: bytes, limit: int = DEFAULT_LIMIT
) -> Attached:
    """``attach_file`` for content already in memory (a package being imported)."""
    if len(content) > limit:
        raise StoreError(TOO_LARGE, name=name, size=_mb(len(content)), limit=_mb(limit))
    digest = hashlib.sha256(content).hexdigest()
    stamp = now()
    with store.transaction() as connection:
        if (
            connection.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()
            is None
        ):
            raise StoreError(NO_CASE, case=case_uuid)
        same = connection.execute(
            "SELECT name FROM case_attachments WHERE case_uuid = ? AND sha256 = ?",
            (case_uuid, digest),
        ).fetchone()
        if same is not None:
            return Attached(str(same[0]), digest, len(content))
        taken = {
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM case_attachments WHERE case_uuid = ?", (case_uuid,)
            )
        }
        unique = _unique(name, taken)
        connection.execute(
            "INSERT OR IGNORE INTO attachments (sha256, size, content, added_at) "
            "VALUES (?, ?, ?, ?)",
            (digest, len(content), content, stamp),
        )
        connection.execute(
            "INSERT INTO case_attachments (case_uuid, name, sha256, added_at) VALUES (?, ?, ?, ?)",
            (case_uuid, unique, digest, stamp),
        )
    return Attached(unique, digest, len(content))


def case_files(store: Store, case_uuid: str) -> list[Attached]:
    """The files of a case, by name."""
    rows = store.connection.execute(
        "SELECT c.name, c.sha256, a.size FROM case_attachments c "
        "JOIN attachments a ON a.sha256 = c.sha256 WHERE c.case_uuid = ? ORDER BY c.name",
        (case_uuid,),
    ).fetchall()
    return [Attached(str(name), str(digest), int(size)) for name, digest, size in rows]


def file_content(store: Store, case_uuid: str, name: str) -> bytes | None:
    """The content of the case's file ``name``, None when the case has no such file."""
    row = store.connection.execute(
        "SELECT a.content FROM case_attachments c JOIN attachments a ON a.sha256 = c.sha256 "
        "WHERE c.case_uuid = ? AND c.name = ?",
        (case_uuid, name),
    ).fetchone()
    return None if row is None else bytes(row[0])


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    number = 2
    while f"{stem}-{number}{suffix}" in taken:
        number += 1
    return f"{stem}-{number}{suffix}"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"
