"""This workstation's stable id, as ODK Collect has one per phone (``collect:<id>``).

The id is a random uuid made the first time it is asked for and kept in the user data
folder, so it survives updates and never reveals anything of the machine (no MAC address, no
host name). A folder that cannot be written gives an id for this run only: a metadata value
must never stop an interview.
"""

from __future__ import annotations

import uuid
from pathlib import Path

PREFIX = "surveytool:"
FILE_NAME = "device-id"


def default_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("surveytool", appauthor=False)


def device_id(folder: Path | None = None) -> str:
    """``surveytool:<32 hex digits>``, the same on every call on this workstation."""
    path = (folder or default_folder()) / FILE_NAME
    try:
        kept = path.read_text(encoding="ascii").strip()
        if len(kept) == 32 and all(c in "0123456789abcdef" for c in kept):
            return PREFIX + kept
    except (OSError, UnicodeDecodeError):
        pass  # not made yet, or damaged: make a new one
    made = uuid.uuid4().hex
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(FILE_NAME + ".partial")
        partial.write_text(made + "\n", encoding="ascii")
        partial.replace(path)
    except OSError:
        pass  # read-only profile: this run's id
    return PREFIX + made
