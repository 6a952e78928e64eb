"""ODK's metadata questions, filled by the tool as ODK Collect fills them on a phone.

``metadata_answers`` says what to write at a moment of a case's life; the caller
(``casework.CaseSession``) answers them through the engine, so each is an event in the store
like any answer, and the reading of each value is the type's own (``form.answer_types``).
Nobody types them: the entry screen shows them read-only.

- ``start``: the date-time the case was first opened (kept ever after);
- ``end``: the date-time of its last change, written when it is completed or closed after a
  change (ODK writes it when the form is finalised);
- ``today``: the date it was first opened;
- ``deviceid``: the workstation (``surveytool:<id>``, ``common.device``, as Collect writes
  ``collect:<id>``); ``username``: the enumerator's id;
- ``audit``: no file is written: the store's events already are the case's paradata (who
  changed which answer when, every status change), and the exchange package carries them;
- ``subscriberid``, ``simserial``, ``phonenumber``, ``email``: a desktop has no SIM card and
  no account of the phone's; they stay empty, as on recent versions of Collect;
- the date-times carry the computer's zone (``2026-03-01T09:15:00.000+01:00``).

The case's ``instanceID`` (``uuid:<case uuid>`` in ODK) is the case's uuid, which every table
carries as ``case_uuid``: it is no question of the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from surveytool.form.answer_types import local_datetime
from surveytool.interview.address import Address

if TYPE_CHECKING:
    from surveytool.interview.engine import Interview

Moment = Literal["open", "change", "complete"]
#: the metadata a desktop fills, and when
FILLED = frozenset({"start", "end", "today", "deviceid", "username"})


def metadata_answers(
    interview: Interview,
    moment: Moment,
    *,
    now: datetime | None = None,
    device_id: str = "",
    username: str = "",
) -> list[tuple[Address, str]]:
    """The metadata answers to write at ``moment`` (``now``: the clock, for tests).

    ``open``: start, today, deviceid and username, each only if not yet answered (the first
    opening's values stay); ``change`` and ``complete``: end."""
    stamp = local_datetime(now)
    found: list[tuple[Address, str]] = []
    for address, kind in _metadata(interview):
        given = interview.answers.get(address) is not None
        if moment == "open" and not given:
            value = {
                "start": stamp,
                "today": stamp[:10],
                "deviceid": device_id,
                "username": username,
            }.get(kind, "")
            if value:
                found.append((address, value))
        elif moment in ("change", "complete") and kind == "end":
            found.append((address, stamp))
    return found


def has_metadata(interview: Interview) -> bool:
    """Does the form hold a metadata question the desktop fills (most forms do not)?"""
    return any(True for _ in _metadata(interview))


def _metadata(interview: Interview) -> Iterator[tuple[Address, str]]:
    for question in interview.form.questions():
        if question.type in FILLED and question.repeat is None:
            yield Address(question.name), question.type
