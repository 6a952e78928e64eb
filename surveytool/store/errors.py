"""The store's own user error: a request it refuses (unknown case, bad file, forbidden move)."""

from __future__ import annotations

from surveytool.common.errors import UserError


class StoreError(UserError):
    """A request the store refuses (unknown case, forbidden status change, bad file)."""
