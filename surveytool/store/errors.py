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
CASE_EXISTS = message("store.case.exists", "household {key} exists already in this store")
NO_CASE = message("store.case.unknown", "no case {case} in this store")
UNKNOWN_STATUS = message("store.status.unknown", "unknown status '{status}'")


class StoreError(UserError):
    """A request the store refuses (unknown case, forbidden status change, bad file)."""
