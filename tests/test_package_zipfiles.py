"""Zips we write are deterministic; zips we read are untrusted: every unsafe one is refused
with its reason, in memory, without inflating more than the limits allow."""

from __future__ import annotations

import io
import struct
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from surveytool.common.errors import UserError
from surveytool.package.zipfiles import Limits, read_zip, write_zip, zip_bytes

MEMBERS = {
    "households.csv": b"case_uuid,hh_size\nabc,4\n",
    "persons.csv": b"case_uuid,line,age\n" + b"abc,1,34\n" * 2000,
    "paradata/events.csv": b"seq,event\n1,open\n",
}


def anything(name: str) -> bool:
    return True


def refusal(data: bytes, allowed=anything, limits: Limits | None = None) -> UserError:
    with pytest.raises(UserError) as caught:
        read_zip(data, "batch.zip", allowed, limits or Limits())
    assert "batch.zip" in caught.value.text()
    return caught.value


def reason(error: UserError) -> str:
    assert not isinstance(error.problem, str)
    return error.problem.template.id


def raw_zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip written by zipfile itself, names as given (zipfile keeps what we refuse)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            with warnings.catch_warnings():  # "Duplicate name": that is the point
                warnings.simplefilter("ignore")
                archive.writestr(info, data)
    return buffer.getvalue()


def test_written_zips_are_deterministic_and_read_back(tmp_path: Path):
    write_zip(tmp_path / "a.zip", MEMBERS)
    write_zip(tmp_path / "b.zip", dict(reversed(MEMBERS.items())))
    first = (tmp_path / "a.zip").read_bytes()
    assert first == (tmp_path / "b.zip").read_bytes() == zip_bytes(MEMBERS)
    assert read_zip(first, "a.zip", anything) == MEMBERS
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert archive.namelist() == sorted(MEMBERS)
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_DEFLATED}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.zip", "b.zip"]  # no leftovers


def test_only_reads_the_members_asked_for_but_checks_them_all():
    data = zip_bytes(MEMBERS)
    assert read_zip(data, "a.zip", anything, only=["persons.csv"]) == {
        "persons.csv": MEMBERS["persons.csv"]
    }
    error = refusal(raw_zip([("persons.csv", b"x"), ("../evil", b"y")]))
    assert reason(error) == "package.zip.unsafe_name"


def test_writing_an_unsafe_name_is_our_bug():
    with pytest.raises(ValueError, match="unsafe"):
        zip_bytes({"../x.csv": b""})


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../x", "'..' leads out of the folder"),
        ("data/../../x", "'..' leads out of the folder"),
        ("/etc/passwd", "an absolute path"),
        ("C:/Windows/x.csv", "a drive letter"),
        ("c:x.csv", "a drive letter"),
        ("paradata\\events.csv", "a backslash"),
        ("folder/", "a folder or an empty path part"),
        ("a//b.csv", "a folder or an empty path part"),
        ("./a.csv", "a folder or an empty path part"),
        ("a\x01.csv", "a control character"),
        ("a\x7f.csv", "a control character"),
    ],
)
def test_unsafe_member_names_are_refused(name: str, why: str):
    error = refusal(raw_zip([("households.csv", b"1"), (name, b"2")]))
    assert reason(error) == "package.zip.unsafe_name"
    assert why in error.text() and f"member '{name}'" in error.text()


def test_an_empty_member_name_is_refused():
    error = refusal(raw_zip([("persons.csv", b"1"), ("", b"2")]))
    assert reason(error) == "package.zip.unsafe_name" and "the name is empty" in error.text()


def test_a_name_hiding_a_nul_is_refused():
    # zipfile cuts a name at NUL when writing: put the NUL into both headers by hand
    data = raw_zip([("persons.csv-exe", b"1")]).replace(b"persons.csv-exe", b"persons.csv\x00exe")
    error = refusal(data)
    assert reason(error) == "package.zip.unsafe_name" and "a control character" in error.text()


def test_duplicate_and_unexpected_members_are_refused():
    error = refusal(raw_zip([("persons.csv", b"1"), ("persons.csv", b"2")]))
    assert reason(error) == "package.zip.duplicate" and "persons.csv" in error.text()
    error = refusal(zip_bytes(MEMBERS), allowed=lambda name: name != "persons.csv")
    assert reason(error) == "package.zip.unexpected" and "'persons.csv'" in error.text()


def test_a_zip_bomb_is_refused_before_it_is_inflated():
    zeros = b"\0" * (50 << 20)
    bomb = raw_zip([("persons.csv", zeros)])
    assert len(bomb) < len(zeros) / 500  # ~1000:1
    started = time.perf_counter()
    error = refusal(bomb)
    assert time.perf_counter() - started < 0.5
    assert reason(error) == "package.zip.ratio" and "zip bomb" in error.text()
    # a small member may compress well honestly
    assert read_zip(raw_zip([("empty.csv", b"," * 100_000)]), "a.zip", anything)


def test_size_and_count_limits():
    data = zip_bytes(MEMBERS)
    assert reason(refusal(data, limits=Limits(member_bytes=1000))) == "package.zip.too_big"
    assert reason(refusal(data, limits=Limits(total_bytes=10_000))) == "package.zip.total"
    assert reason(refusal(data, limits=Limits(members=2))) == "package.zip.too_many"


def _central_sizes(data: bytes, declared: int) -> bytes:
    """The zip with its (only) member's uncompressed size in the central directory changed."""
    central = data.index(b"PK\x01\x02")
    patched = bytearray(data)
    patched[central + 24 : central + 28] = struct.pack("<I", declared)
    return bytes(patched)


def test_declared_sizes_are_never_believed():
    zeros = b"\0" * (20 << 20)
    lying = _central_sizes(raw_zip([("persons.csv", zeros)]), 1000)  # "1000 bytes", ratio ok
    started = time.perf_counter()
    error = refusal(lying)
    assert time.perf_counter() - started < 0.5  # stopped after 1000 bytes, not 20 MB
    assert reason(error) in {"package.zip.damaged", "package.zip.size_lies"}
    assert "persons.csv" in error.text()
    bigger = _central_sizes(raw_zip([("persons.csv", b"abc" * 1000)]), 5000)
    error = refusal(bigger)
    assert reason(error) in {"package.zip.damaged", "package.zip.size_lies"}


def test_crc_errors_truncation_and_non_zips_are_refused():
    data = raw_zip([("persons.csv", b"case,age\n" + b"x,1\n" * 100)], method=zipfile.ZIP_STORED)
    flipped = data.replace(b"x,1\n", b"y,1\n", 1)
    error = refusal(flipped)
    assert reason(error) == "package.zip.damaged" and "CRC" in error.text()
    for cut in (0, 10, len(data) // 2, len(data) - 1):
        assert reason(refusal(data[:cut])) == "package.zip.not_zip"
    assert reason(refusal(b"%PDF-1.4 not a zip")) == "package.zip.not_zip"


def test_encrypted_or_exotic_compression_is_refused():
    data = raw_zip([("persons.csv", b"abc" * 100)], method=zipfile.ZIP_BZIP2)
    assert reason(refusal(data)) == "package.zip.method"
    flagged = bytearray(zip_bytes({"persons.csv": b"abc"}))
    central = flagged.index(b"PK\x01\x02")
    flagged[central + 8] |= 0x1  # "encrypted"
    assert reason(refusal(bytes(flagged))) == "package.zip.method"
