"""The local store (stdlib sqlite3): cases, append-only answer events, statuses, snapshots.

API: ``Store.open(path=None, readonly=False)`` (one writer per file, enforced by an OS lock;
readers need none), ``create_case``, ``record_answer`` (durable when it returns),
``record_roster``, ``events``, ``cases`` / ``count_cases`` (filter by status and key text),
``set_status`` (only allowed transitions, each an event), ``save_snapshot`` / ``snapshot``.
``CaseSession`` ties an open case's ``Interview`` to the store.
"""

from surveytool.store.lock import StoreLocked
from surveytool.store.session import CaseSession, open_interviews, replay
from surveytool.store.store import (
    STATUSES,
    TRANSITIONS,
    CaseRow,
    Event,
    Store,
    StoreError,
    SurveyKey,
    default_path,
)

__all__ = [
    "STATUSES",
    "TRANSITIONS",
    "CaseRow",
    "CaseSession",
    "Event",
    "Store",
    "StoreError",
    "StoreLocked",
    "SurveyKey",
    "default_path",
    "open_interviews",
    "replay",
]
