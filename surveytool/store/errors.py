"""The store's own user error: a request it refuses (unknown case, bad file, forbidden move),
and the catalogued texts it says them with."""

from __future__ import annotations

from surveytool.common.catalogue import message
from surveytool.common.errors import UserError

NO_STORE = message("store.open.missing", "no such store")
UNUSABLE = message("store.open.unusable", "not a usable surveytool store: {error}")
NEWER = message(
    "store.open.newer",
    "not a usable surveytool store: this store was written by a newer surveytool "
    "(schema {found}, we know {known})",
)
NO_SCHEMA = message("store.open.no_schema", "not a surveytool store (no schema)")
UNWRITABLE = message(
    "store.open.unwritable",
    "cannot write in the folder {folder} ({reason}): choose a folder you may write in",
)
IN_THE_WAY = message("store.open.in_the_way", "a file stands where a folder should be")
READ_ONLY = message(
    "store.open.read_only",
    "this store file is read-only: copy it to a folder you may write in, or read it with the "
    "command line (surveytool validate, surveytool tables)",
)
UNREADABLE = message("store.open.unreadable", "cannot read this file ({reason})")
A_FOLDER = message("store.open.folder", "this is a folder, not a store file")
NOT_SQLITE = message(
    "store.open.not_sqlite", "not a surveytool store: not an SQLite file, it holds {kind}"
)
KIND_ZIP = message(
    "store.open.kind.zip", "a ZIP archive (an Excel workbook or an exchange package?)"
)
KIND_TEXT = message("store.open.kind.text", "text")
KIND_BINARY = message("store.open.kind.binary", "data of another kind")
FOREIGN = message(
    "store.open.foreign",
    "not a surveytool store: this SQLite database belongs to another program (it holds "
    "tables {tables}); it was left unchanged",
)
TRUNCATED = message(
    "store.open.truncated",
    "this store file is damaged: it is cut short ({size} bytes of {expected}), as by a copy "
    "that did not finish; it was left unchanged: open a complete copy or a backup",
)
CASE_EXISTS = message("store.case.exists", "household {key} exists already in this store")
NO_CASE = message("store.case.unknown", "no case {case} in this store")
UNKNOWN_STATUS = message("store.status.unknown", "unknown status '{status}'")


class StoreError(UserError):
    """A request the store refuses (unknown case, forbidden status change, bad file)."""


class StoreUnusable(StoreError):
    """The file cannot be opened as a store at all (not ours, damaged, newer, in a folder we
    cannot write in): unlike a refused request, nothing can be done with this store, so the
    app offers another one and the command line exits as for unusable input."""
