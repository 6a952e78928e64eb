"""The files of file questions travel inside a batch package, as ODK exports a submission's
media beside its data: ``media/<case uuid>/<file name>``, the name the answer holds.

The manifest lists each member's sha256 like any other, so a photo is signed and checked
with the case that names it. On import the files are kept with the cases, under the same names, a
case kept aside as a conflict included (so its files are there whichever version the officer
keeps); a name the office's case already uses for another content keeps the office's file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from surveytool.package.zipfiles import Limits
from surveytool.store import Store
from surveytool.store.attachments import attach_bytes, case_files, file_content

FOLDER = "media/"
KEPT = ("added", "updated", "same", "conflict")


def media_members(store: Store, uuids: Iterable[str]) -> dict[str, bytes]:
    """The files of ``uuids`` as package members."""
    found: dict[str, bytes] = {}
    for uuid in uuids:
        for attached in case_files(store, uuid):
            content = file_content(store, uuid, attached.name)
            if content is not None:
                found[f"{FOLDER}{uuid}/{attached.name}"] = content
    return found


def import_media(store: Store, members: Mapping[str, bytes], outcomes: Mapping[str, str]) -> int:
    """Keep each file of the package with its case (``outcomes``: case uuid -> added,
    updated, same or conflict); returns how many files were kept."""
    kept = 0
    for member, content in members.items():
        if not member.startswith(FOLDER):
            continue
        uuid, _, name = member[len(FOLDER) :].partition("/")
        if outcomes.get(uuid) not in KEPT or not name or "/" in name:
            continue
        if file_content(store, uuid, name) not in (None, content):
            continue  # the office's own file of that name stays
        attach_bytes(store, uuid, name, content, limit=Limits().member_bytes)
        kept += 1
    return kept
