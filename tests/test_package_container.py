"""One package file, built and opened: every way of altering, cutting, mixing, forging or
misaddressing one is refused with its reason; nothing else ever escapes."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveytool.common.errors import UserError
from surveytool.package import container, envelope
from surveytool.package.keys import KeyRing
from surveytool.package.receipts import make_receipt, read_receipt
from surveytool.package.zipfiles import Limits

MANIFEST = {
    "format": "surveytool-package",
    "format_version": 1,
    "package_id": "5b0c3f0e-9a8e-4a7c-8f43-0d5b9c1e2a10",
    "kind": "batch",
    "form_id": "lfs_migration",
    "form_version": "2026010101",
    "country": "CMR",
    "round": "2026Q1",
    "creator": "Amina Diallo",
    "created_at": "2026-01-15T10:00:00+00:00",
    "app_version": "0.1.0",
    "codelists": {"pycountry": "24.6.1"},
    "sequence": 1,
    "previous": None,
    "cases": 2,
}
MEMBERS = {
    "households.csv": b"case_uuid,hh_size\nu1,4\nu2,2\n",
    "persons.csv": b"case_uuid,line,name,age\n" + b"u1,1,Amina,34\nu1,2,Moussa,9\n" * 300,
    "datapackage.json": b'{"profile": "tabular-data-package"}\n',
    "validation.json": b'{"errors": 0}\n',
    "paradata/events.csv": b"case_uuid,seq,event\nu1,1,open\n",
}


@dataclass
class Rings:
    amina: KeyRing  # enumerator: signs
    office: KeyRing  # trusts amina
    other_office: KeyRing  # trusts amina too
    stranger: KeyRing  # nobody trusts


@pytest.fixture(scope="module")
def rings(tmp_path_factory) -> Rings:
    folder = tmp_path_factory.mktemp("keys")
    made = Rings(
        KeyRing.create("Amina Diallo", "enumerator", folder / "amina"),
        KeyRing.create("Office", "office", folder / "office"),
        KeyRing.create("Other office", "office", folder / "other"),
        KeyRing.create("Stranger", "enumerator", folder / "stranger"),
    )
    made.office.trust(made.amina.identity)
    made.other_office.trust(made.amina.identity)
    made.amina.trust(made.office.identity)
    return made


def write(path: Path, data: bytes) -> Path:
    container.write(path, data)
    return path


def refusal(path: Path, ring: KeyRing, **wanted) -> UserError:
    with pytest.raises(UserError) as caught:
        container.open_package(path, ring, **wanted)
    assert str(path) in caught.value.text()  # every refusal names the file
    return caught.value


def reason(error: UserError) -> str:
    assert not isinstance(error.problem, str)
    return error.problem.template.id


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: dict[str, bytes]) -> bytes:
    """A zip of exactly these members in this order, with no check of ours in the way."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_round_trip_plain_and_sealed(tmp_path: Path, rings: Rings):
    plain, digest = container.build(MANIFEST, MEMBERS, rings.amina)
    sealed, sealed_digest = container.build(MANIFEST, MEMBERS, rings.amina, rings.office.identity)
    assert digest == sealed_digest  # the digest is the manifest's, sealed or not
    assert plain == container.build(MANIFEST, MEMBERS, rings.amina)[0]  # deterministic
    assert envelope.is_sealed(sealed) and not envelope.is_sealed(plain)
    for name, data, was_sealed in (("plain.zip", plain, False), ("sealed.zip", sealed, True)):
        opened = container.open_package(
            write(tmp_path / name, data), rings.office, kind="batch",
            form=("lfs_migration", "2026010101"),
        )  # fmt: skip
        assert opened.members == MEMBERS
        assert opened.sealed is was_sealed
        assert opened.sender == rings.amina.identity
        assert opened.digest == digest
        assert opened.manifest["device"] == rings.amina.identity.fingerprint
        assert {k: v for k, v in opened.manifest.items() if k not in ("members", "device")} == (
            MANIFEST
        )
    # verifiable by hand: the manifest's bytes, their signature, each member's sha256
    files = unzip(plain)
    assert hashlib.sha256(files["manifest.json"]).hexdigest() == digest
    signature = json.loads(files["manifest.sig"])
    assert signature["key"] == rings.amina.identity.fingerprint
    assert rings.amina.identity.verify(
        base64.b64decode(signature["signature"]), files["manifest.json"]
    )
    listed = json.loads(files["manifest.json"])["members"]
    assert listed["persons.csv"] == {
        "sha256": hashlib.sha256(MEMBERS["persons.csv"]).hexdigest(),
        "bytes": len(MEMBERS["persons.csv"]),
    }
    assert files["manifest.json"] == container.canonical_json(json.loads(files["manifest.json"]))


@pytest.mark.parametrize("member", sorted(MEMBERS))
def test_a_flipped_byte_in_any_member_is_refused_naming_it(tmp_path: Path, rings: Rings, member):
    files = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
    altered = bytearray(files[member])
    altered[len(altered) // 2] ^= 0x01
    files[member] = bytes(altered)
    error = refusal(write(tmp_path / "p.zip", rezip(files)), rings.office)
    assert reason(error) == "package.open.member_digest"
    assert f"member '{member}'" in error.text()
    files[member] = files[member] + b"\n"
    error = refusal(write(tmp_path / "p.zip", rezip(files)), rings.office)
    assert reason(error) == "package.open.member_size" and f"'{member}'" in error.text()


def test_an_altered_manifest_or_signature_is_refused(tmp_path: Path, rings: Rings):
    files = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
    forged = dict(
        files, **{"manifest.json": files["manifest.json"].replace(b'"cases": 2', b'"cases": 3')}
    )
    error = refusal(write(tmp_path / "p.zip", rezip(forged)), rings.office)
    assert reason(error) == "package.open.bad_signature"
    signature = json.loads(files["manifest.sig"])
    raw = bytearray(base64.b64decode(signature["signature"]))
    raw[0] ^= 1
    signature["signature"] = base64.b64encode(raw).decode()
    forged = dict(files, **{"manifest.sig": json.dumps(signature).encode()})
    error = refusal(write(tmp_path / "p.zip", rezip(forged)), rings.office)
    assert reason(error) == "package.open.bad_signature" and "altered" in error.text()
    signature["key"] = rings.stranger.identity.fingerprint
    forged = dict(files, **{"manifest.sig": json.dumps(signature).encode()})
    error = refusal(write(tmp_path / "p.zip", rezip(forged)), rings.office)
    assert reason(error) == "package.open.bad_sig_file"


def _member_data_offsets(data: bytes) -> dict[str, int]:
    """Where each member's compressed bytes sit in the zip: the middle of them."""
    found = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            local = info.header_offset
            name_length = int.from_bytes(data[local + 26 : local + 28], "little")
            extra_length = int.from_bytes(data[local + 28 : local + 30], "little")
            found[info.filename] = local + 30 + name_length + extra_length + info.compress_size // 2
    return found


def test_a_flipped_byte_in_the_raw_zip_is_refused(tmp_path: Path, rings: Rings):
    data, _ = container.build(MANIFEST, MEMBERS, rings.amina)
    offsets = _member_data_offsets(data)
    assert set(offsets) == {*MEMBERS, "manifest.json", "manifest.sig"}
    for name, offset in offsets.items():
        altered = bytearray(data)
        altered[offset] ^= 0x20
        error = refusal(write(tmp_path / "p.zip", bytes(altered)), rings.office)
        assert name in error.text() or reason(error) in {
            "package.open.bad_manifest", "package.open.bad_sig_file", "package.open.bad_signature",
        }, name  # fmt: skip


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "sealed"])
def test_a_truncated_package_is_refused(tmp_path: Path, rings: Rings, sealed: bool):
    to = rings.office.identity if sealed else None
    data, _ = container.build(MANIFEST, MEMBERS, rings.amina, to)
    for cut in (0, 5, 40, len(data) // 3, len(data) // 2, len(data) - 22, len(data) - 1):
        error = refusal(write(tmp_path / "p.zip", data[:cut]), rings.office)
        expected = "package.sealed.truncated" if sealed and cut >= 40 else None
        assert expected is None or reason(error) == expected, cut
        assert "truncated" in error.text() or reason(error) == "package.sealed.header", cut


def test_an_altered_sealed_package_is_refused(tmp_path: Path, rings: Rings):
    data, _ = container.build(MANIFEST, MEMBERS, rings.amina, rings.office.identity)
    for offset in (len(envelope.MAGIC) + 40, len(data) // 2, len(data) - 1):
        altered = bytearray(data)
        altered[offset] ^= 0x01
        error = refusal(write(tmp_path / "p.zip", bytes(altered)), rings.office)
        assert reason(error) == "package.sealed.tampered", offset
    error = refusal(write(tmp_path / "p.zip", data + b"\0"), rings.office)
    assert reason(error) == "package.sealed.tampered"


def test_a_member_swapped_between_two_packages_is_refused(tmp_path: Path, rings: Rings):
    first = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
    other_members = dict(MEMBERS, **{"persons.csv": b"case_uuid,line,name,age\nu9,1,Eve,40\n"})
    second = unzip(container.build(dict(MANIFEST, sequence=2), other_members, rings.amina)[0])
    mixed = dict(first, **{"persons.csv": second["persons.csv"]})
    error = refusal(write(tmp_path / "p.zip", rezip(mixed)), rings.office)
    assert reason(error) in {"package.open.member_size", "package.open.member_digest"}
    assert "'persons.csv'" in error.text()
    mixed = dict(first, **{name: second[name] for name in ("manifest.json", "manifest.sig")})
    error = refusal(write(tmp_path / "p.zip", rezip(mixed)), rings.office)
    assert "'persons.csv'" in error.text()


def test_unsigned_untrusted_and_misaddressed_packages_are_refused(tmp_path: Path, rings: Rings):
    files = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
    del files["manifest.sig"]
    error = refusal(write(tmp_path / "p.zip", rezip(files)), rings.office)
    assert reason(error) == "package.open.unsigned" and "not signed" in error.text()

    data, _ = container.build(MANIFEST, MEMBERS, rings.stranger)
    error = refusal(write(tmp_path / "p.zip", data), rings.office)
    assert reason(error) == "package.open.untrusted"
    assert rings.stranger.identity.fingerprint in error.text() and "does not trust" in error.text()

    data, _ = container.build(MANIFEST, MEMBERS, rings.amina, rings.other_office.identity)
    error = refusal(write(tmp_path / "p.zip", data), rings.office)
    assert reason(error) == "package.sealed.other_key"
    assert rings.other_office.identity.fingerprint in error.text()
    assert rings.office.identity.fingerprint in error.text()
    assert container.open_package(tmp_path / "p.zip", rings.other_office).members == MEMBERS

    with pytest.raises(UserError) as caught:
        container.open_package(tmp_path / "p.zip", None)
    assert "keys" in caught.value.text()


def test_unsafe_unexpected_and_duplicate_members_are_refused(tmp_path: Path, rings: Rings):
    files = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
    cases = {
        "../x": ("package.zip.unsafe_name", "'..'"),
        "/etc/cron.d/x": ("package.zip.unsafe_name", "absolute"),
        "notes.txt": ("package.zip.unexpected", "not expected"),
    }
    for name, (why, words) in cases.items():
        error = refusal(write(tmp_path / "p.zip", rezip(dict(files, **{name: b"x"}))), rings.office)
        assert reason(error) == why and words in error.text() and name in error.text(), name
    duplicated = rezip(files) + b""
    buffer = io.BytesIO(duplicated)
    with zipfile.ZipFile(buffer, "a") as archive, pytest.warns(UserWarning):
        archive.writestr("persons.csv", b"case_uuid,line,name,age\nu1,1,Eve,40\n")
    error = refusal(write(tmp_path / "p.zip", buffer.getvalue()), rings.office)
    assert reason(error) == "package.zip.duplicate" and "'persons.csv'" in error.text()


def test_a_signed_zip_bomb_is_refused(tmp_path: Path, rings: Rings):
    bomb = dict(MEMBERS, **{"persons.csv": b"\0" * (50 << 20)})
    data, _ = container.build(MANIFEST, bomb, rings.amina)
    assert len(data) < 200_000
    error = refusal(write(tmp_path / "p.zip", data), rings.office)
    assert reason(error) == "package.zip.ratio" and "'persons.csv'" in error.text()


def test_kind_form_size_and_manifest_shape_are_checked(tmp_path: Path, rings: Rings):
    path = write(tmp_path / "p.zip", container.build(MANIFEST, MEMBERS, rings.amina)[0])
    assert reason(refusal(path, rings.office, kind="harmonised")) == "package.open.wrong_kind"
    error = refusal(path, rings.office, form=("lfs_migration", "2025"))
    assert reason(error) == "package.open.wrong_form" and "2026010101" in error.text()
    error = refusal(path, rings.office, limits=Limits(total_bytes=1000))
    assert reason(error) == "package.open.too_large"
    assert (
        reason(refusal(write(tmp_path / "x.zip", b"hello"), rings.office)) == "package.zip.not_zip"
    )
    shapes = {
        "no sequence": {k: v for k, v in MANIFEST.items() if k != "sequence"},
        "wrong format": dict(MANIFEST, format="something-else"),
        "kind": dict(MANIFEST, kind="everything"),
        "cases as text": dict(MANIFEST, cases="2"),
        "a member listed as a folder": dict(MANIFEST, members={"a": {"sha256": "x", "bytes": 1}}),
    }
    for what, shape in shapes.items():
        files = unzip(container.build(MANIFEST, MEMBERS, rings.amina)[0])
        listed = json.loads(files["manifest.json"])["members"]
        manifest = dict(shape) if "members" in shape else dict(shape, members=listed)
        manifest["device"] = rings.amina.identity.fingerprint
        body = container.canonical_json(manifest)
        signature = {
            "algorithm": "Ed25519",
            "key": rings.amina.identity.fingerprint,
            "signature": base64.b64encode(rings.amina.sign(body)).decode(),
        }
        files.update({"manifest.json": body, "manifest.sig": json.dumps(signature).encode()})
        error = refusal(write(tmp_path / "p.zip", rezip(files)), rings.office)
        assert reason(error) == "package.open.bad_manifest", what


def test_receipts_are_signed_and_believed_only_from_a_trusted_office(rings: Rings):
    digest = hashlib.sha256(b"manifest").hexdigest()
    data = make_receipt(rings.office, MANIFEST["package_id"], digest, ["u1", "u2"], "imported")
    receipt = read_receipt(data, rings.amina, "receipt.json")
    assert receipt["cases"] == ["u1", "u2"] and receipt["digest"] == digest
    assert receipt["office"] == rings.office.identity.fingerprint
    assert receipt["verdict"] == "imported"
    forged = data.replace(b'"u2"', b'"u3"')
    with pytest.raises(UserError) as caught:
        read_receipt(forged, rings.amina, "receipt.json")
    assert reason(caught.value) == "package.receipt.bad_signature"
    with pytest.raises(UserError) as caught:
        read_receipt(
            make_receipt(rings.other_office, "p", digest, [], "imported"), rings.amina, "r"
        )
    assert reason(caught.value) == "package.receipt.untrusted"
    for broken in (b"", b"[]", b'{"receipt": {}}', data.replace(digest.encode(), b"abc")):
        with pytest.raises(UserError) as caught:
            read_receipt(broken, rings.amina, "receipt.json")
        assert reason(caught.value) == "package.receipt.malformed"


@pytest.fixture(scope="module")
def valid(rings: Rings, tmp_path_factory) -> tuple[bytes, container.Opened, Path]:
    data, _ = container.build(MANIFEST, MEMBERS, rings.amina)
    folder = tmp_path_factory.mktemp("fuzz")
    opened = container.open_package(write(folder / "valid.zip", data), rings.office)
    return data, opened, folder


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_random_mutations_are_refused_cleanly_or_harmless(rings: Rings, valid, data):
    original, opened, folder = valid
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]), label="kind")
        at = data.draw(st.integers(0, max(len(mutated) - 1, 0)), label="at")
        if kind == "flip" and mutated:
            mutated[at] ^= data.draw(st.integers(1, 255), label="bits")
        elif kind == "cut":
            del mutated[at:]
        elif kind == "insert":
            mutated[at:at] = data.draw(st.binary(min_size=1, max_size=8), label="bytes")
        elif mutated:
            del mutated[at : at + data.draw(st.integers(1, 8), label="length")]
    path = folder / "mutated.zip"
    path.write_bytes(bytes(mutated))
    try:
        again = container.open_package(path, rings.office)
    except UserError as error:
        assert error.text()  # a clean refusal with its reason
        return
    # only bytes outside every member's data (dates, comments, padding) may change harmlessly
    assert again.members == opened.members
    assert again.manifest == opened.manifest
    assert again.digest == opened.digest and again.sender == opened.sender


@pytest.mark.parametrize("size", [0, 1, envelope.CHUNK, 2 * envelope.CHUNK + 1])
def test_sealing_round_trips_any_length(rings: Rings, size: int):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sealed = envelope.seal(data, rings.office.identity)
    assert envelope.unseal(sealed, rings.office, "p.zip") == data
    assert envelope.seal(data, rings.office.identity) != sealed  # a fresh key every time


def test_reordered_chunks_are_refused(rings: Rings):
    chunk = envelope.CHUNK + 16
    sealed = envelope.seal(
        b"a" * envelope.CHUNK + b"b" * envelope.CHUNK + b"c", rings.office.identity
    )
    header = len(sealed) - 2 * chunk - 17
    first, second = sealed[header : header + chunk], sealed[header + chunk : header + 2 * chunk]
    swapped = sealed[:header] + second + first + sealed[header + 2 * chunk :]
    with pytest.raises(UserError) as caught:
        envelope.unseal(swapped, rings.office, "p.zip")
    assert reason(caught.value) == "package.sealed.tampered" and "chunk 1" in caught.value.text()
