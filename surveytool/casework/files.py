"""Answering a file question (image, audio, video, file) with a file from the disk.

The file goes into the store first (``store.attachments``: content-addressed, size-limited)
and the answer is the name it is kept under, as ODK's answer is the file's name; both are
refused together when the case cannot be edited, so no file is kept for an answer that was
never given.
"""

from __future__ import annotations

from pathlib import Path

from surveytool.casework.session import CaseSession
from surveytool.interview import Address, AnswerResult
from surveytool.store.attachments import DEFAULT_LIMIT, attach_file
from surveytool.store.statuses import edit_refusal


def answer_with_file(
    session: CaseSession, address: Address, path: Path, limit: int = DEFAULT_LIMIT
) -> AnswerResult:
    """Keep ``path`` with the case and answer ``address`` with its name (``StoreError`` when
    the file is too large or unreadable, or the case is not editable)."""
    refused = edit_refusal(session.status)
    if refused is not None:
        raise refused
    attached = attach_file(session.store, session.case_uuid, path, limit)
    return session.answer(address, attached.name)
