"""Zips we write (deterministic, atomic) and zips we read (untrusted: bounded, never on disk).

A package arrives from a USB stick or an email: anything in it may be hostile. Reading
therefore never extracts to disk (no path in a member name can reach the file system), never
believes a declared size (each member is decompressed through a bounded stream that stops
past the limit, and the bytes it gives must be the bytes its header declared), refuses a
member name that would be unsafe *if* someone extracted the zip by hand, and refuses any
member the caller does not expect. A zip bomb is stopped by the ratio limit (decompressed
over compressed size, for members above ``ratio_floor``) before a byte is inflated, and by the
size limits while inflating if its headers lie.

Writing is deterministic (sorted names, the 1980 epoch as every date, fixed attributes,
DEFLATE): the same members give the same bytes, on any platform.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Location, UserError
from surveytool.package.keys import write_atomic

_EPOCH = (1980, 1, 1, 0, 0, 0)
_BLOCK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
# the errors zipfile raises on a malformed archive, besides BadZipFile: untrusted input must
# become a refusal, never a traceback
_MALFORMED = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
              struct.error, zlib.error, NotImplementedError, IndexError, KeyError, OverflowError,
              RuntimeError)  # fmt: skip

_NOT_ZIP = message(
    "package.zip.not_zip",
    "not a package: the file is not a zip archive, or it is truncated or damaged ({reason})",
)
_UNSAFE_NAME = message("package.zip.unsafe_name", "member '{member}' has an unsafe name: {reason}")
_UNEXPECTED = message("package.zip.unexpected", "member '{member}' is not expected in this package")
_DUPLICATE = message("package.zip.duplicate", "member '{member}' appears twice in the zip")
_TOO_BIG = message(
    "package.zip.too_big", "member '{member}' holds more than the limit of {limit} bytes"
)
_RATIO = message(
    "package.zip.ratio",
    "member '{member}' expands {ratio}:1, above the limit of {limit}:1 (a zip bomb?)",
)
_TOO_MANY = message(
    "package.zip.too_many", "the zip has {count} members, above the limit of {limit}"
)
_TOTAL = message("package.zip.total", "the members add up to more than the limit of {limit} bytes")
_DAMAGED = message("package.zip.damaged", "member '{member}' is damaged: {reason}")
_METHOD = message(
    "package.zip.method",
    "member '{member}' is encrypted or compressed in a way packages never are",
)
_SIZE_LIES = message(
    "package.zip.size_lies",
    "member '{member}' holds {actual} bytes, its header says {declared}: the zip was altered",
)

_WHY_EMPTY = message("package.zip.name.empty", "the name is empty")
_WHY_ABSOLUTE = message("package.zip.name.absolute", "an absolute path")
_WHY_DRIVE = message("package.zip.name.drive", "a drive letter")
_WHY_PARENT = message("package.zip.name.parent", "'..' leads out of the folder")
_WHY_BACKSLASH = message("package.zip.name.backslash", "a backslash")
_WHY_FOLDER = message("package.zip.name.folder", "a folder or an empty path part")
_WHY_CONTROL = message("package.zip.name.control", "a control character")


@dataclass(frozen=True, slots=True)
class Limits:
    """How much an untrusted zip may hold. ``ratio`` applies to members that decompress to
    more than ``ratio_floor`` bytes: small files (a header-only CSV) may compress 500:1
    honestly, and below a megabyte a "bomb" harms nobody."""

    member_bytes: int = 2 << 30
    total_bytes: int = 8 << 30
    ratio: float = 200.0
    members: int = 10_000
    ratio_floor: int = 1 << 20


def zip_bytes(members: Mapping[str, bytes]) -> bytes:
    """The deterministic zip of ``members`` (names checked as a reader would check them)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            why = name_problem(name)
            if why is not None:
                raise ValueError(f"unsafe member name {name!r}: {why.text()}")
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the platform writing it
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name], compresslevel=6)
    return buffer.getvalue()


def write_zip(path: Path, members: Mapping[str, bytes]) -> None:
    """Write the deterministic zip of ``members`` to ``path`` atomically."""
    write_atomic(path, zip_bytes(members))


def read_zip(
    data: bytes,
    where: str,
    allowed: Callable[[str], bool],
    limits: Limits = Limits(),  # frozen: one shared default is safe
    *,
    only: Collection[str] | None = None,
) -> dict[str, bytes]:
    """Every member of the zip ``data``, by name, read in memory within ``limits``.

    Every member's name, method and declared sizes are checked, and every member must be
    ``allowed``; ``only`` (when given) names the members to decompress and return, the others
    being checked but left compressed. Refusals are ``UserError``s located at ``where`` and
    naming the member."""
    location = Location(file=where)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _MALFORMED as error:
        raise UserError(_NOT_ZIP, location, reason=str(error) or type(error).__name__) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.members:
            raise UserError(_TOO_MANY, location, count=len(infos), limit=limits.members)
        _check_entries(infos, location, allowed, limits)
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if only is not None and info.orig_filename not in only:
                continue
            content = _inflate(archive, info, location, limits)
            total += len(content)
            if total > limits.total_bytes:
                raise UserError(_TOTAL, location, limit=limits.total_bytes)
            members[info.orig_filename] = content
    return members


def name_problem(name: str) -> Message | None:
    """Why ``name`` is not a safe member name, or None. Checked on the name as stored (the
    ``orig_filename``), before zipfile translates separators."""
    why = None
    if not name:
        why = _WHY_EMPTY
    elif "\\" in name:
        why = _WHY_BACKSLASH
    elif name.startswith("/"):
        why = _WHY_ABSOLUTE
    elif _DRIVE.match(name):
        why = _WHY_DRIVE
    elif any(ord(char) < 32 or ord(char) == 127 for char in name):
        why = _WHY_CONTROL
    elif ".." in name.split("/"):
        why = _WHY_PARENT
    elif any(part in ("", ".") for part in name.split("/")):
        why = _WHY_FOLDER
    return why


def _check_entries(
    infos: list[zipfile.ZipInfo],
    location: Location,
    allowed: Callable[[str], bool],
    limits: Limits,
) -> None:
    """The central directory's promises, checked before anything is inflated."""
    seen: set[str] = set()
    declared = 0
    for info in infos:
        name = info.orig_filename
        why = name_problem(name)
        if why is not None:
            raise UserError(_UNSAFE_NAME, location, member=name, reason=why)
        if name in seen:
            raise UserError(_DUPLICATE, location, member=name)
        seen.add(name)
        if not allowed(name):
            raise UserError(_UNEXPECTED, location, member=name)
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise UserError(_METHOD, location, member=name)
        if info.file_size > limits.member_bytes:
            raise UserError(_TOO_BIG, location, member=name, limit=limits.member_bytes)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.ratio:
            shown = f"{ratio:.0f}"
            raise UserError(_RATIO, location, member=name, ratio=shown, limit=f"{limits.ratio:g}")
        declared += info.file_size
        if declared > limits.total_bytes:
            raise UserError(_TOTAL, location, limit=limits.total_bytes)


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, location: Location, limits: Limits
) -> bytes:
    """One member through a bounded stream: at most its declared size (itself within the
    limits) plus one block is ever inflated, whatever the compressed data holds."""
    name = info.orig_filename
    bound = min(limits.member_bytes, info.file_size)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                block = stream.read(_BLOCK)
                if not block:
                    break
                size += len(block)
                if size > bound:
                    break
                chunks.append(block)
    except _MALFORMED as error:
        raise UserError(
            _DAMAGED, location, member=name, reason=str(error) or type(error).__name__
        ) from None
    if size != info.file_size:
        raise UserError(_SIZE_LIES, location, member=name, actual=size, declared=info.file_size)
    return b"".join(chunks)
