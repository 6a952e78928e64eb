"""Open cases: the interview engine driven over the store, one layer above both.

``CaseSession`` ties an open case's ``Interview`` to the store (every change appended at once);
``replay``, ``load_interview`` and ``open_interviews`` rebuild cases from their events;
``key_answers`` gives a new case its key questions; ``review`` holds the office's decisions
(approve, reject, revoke) and the enumerator's reopen.

Why a package of its own: the store holds events and statuses and knows the form, the interview
engine holds the state of one case and knows no database; what needs both lives here, so
neither of them imports the other (docs/architecture.md).
"""

from surveytool.casework.session import (
    CaseSession,
    key_answers,
    load_interview,
    open_interviews,
    replay,
)

__all__ = ["CaseSession", "key_answers", "load_interview", "open_interviews", "replay"]
