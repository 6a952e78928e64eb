"""One package file: built and signed here, opened and verified here, nowhere else.

The signature covers the exact bytes of ``manifest.json``, and the manifest lists the sha256
and size of every other member, so one Ed25519 signature covers the descriptor and every file;
anyone can verify a package by hand (``sha256sum`` on the members, any Ed25519 tool on the
manifest). The package's **digest** is the sha256 of ``manifest.json``: the same whether the
file is sealed or not, and what receipts and the next package's ``previous`` refer to.

``open_package`` checks in an order where nothing untrusted is believed before it is checked:
the file's size; the seal (only this workstation's key opens it); the zip's structure, reading
only the two manifest members; the manifest's shape; the signer's trust and the signature;
then every member the signed manifest names, and no other, each against its size and sha256;
last what the caller asked for (kind, form). Each refusal is a ``UserError`` naming the file,
the reason and, where there is one, the member.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.package import envelope
from surveytool.package.keys import Identity, KeyRing, read_file, write_atomic
from surveytool.package.zipfiles import Limits, read_zip, zip_bytes
from surveytool.store.exchange.words import KIND_WORDS, word

FORMAT = "surveytool-package"
FORMAT_VERSION = 1
KINDS = ("batch", "harmonised")
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
_SHA256 = re.compile(r"[0-9a-f]{64}")
DEFAULT_LIMITS = Limits()
_TEXT_FIELDS = ("package_id", "form_id", "form_version", "creator", "device", "created_at")
_REQUIRED = (
    "format", "format_version", "package_id", "kind", "form_id", "form_version", "country",
    "round", "creator", "device", "created_at", "app_version", "codelists", "sequence",
    "previous", "cases", "members",
)  # fmt: skip

_TOO_LARGE = message(
    "package.open.too_large", "the file is {size} bytes, above the limit of {limit} bytes"
)
_NEEDS_KEYS = message(
    "package.open.needs_keys",
    "checking a package needs this workstation's keys: create them with 'surveytool keys new'",
)
_NO_MANIFEST = message(
    "package.open.no_manifest", "not a surveytool package: it holds no manifest.json"
)
_UNSIGNED = message(
    "package.open.unsigned",
    "the package is not signed (no manifest.sig): unsigned packages are never imported",
)
_BAD_MANIFEST = message("package.open.bad_manifest", "the manifest is malformed: {reason}")
_BAD_SIGNATURE_FILE = message("package.open.bad_sig_file", "manifest.sig is malformed: {reason}")
_UNTRUSTED = message(
    "package.open.untrusted",
    "signed by {creator} (key {fingerprint}), a key this workstation does not trust: compare "
    "the fingerprint with the sender, then trust their key file (Exchange ▸ Keys, or "
    "'surveytool keys trust')",
)
_BAD_SIGNATURE = message(
    "package.open.bad_signature",
    "the signature does not match the manifest: the package was altered after signing",
)
_MISSING_MEMBER = message(
    "package.open.missing_member", "member '{member}' is listed in the manifest but missing"
)
_MEMBER_SIZE = message(
    "package.open.member_size",
    "member '{member}' holds {actual} bytes, the signed manifest says {expected}: "
    "the package was altered",
)
_MEMBER_DIGEST = message(
    "package.open.member_digest",
    "member '{member}' does not match its sha256 in the signed manifest: the package was "
    "altered or damaged",
)
_WRONG_KIND = message(
    "package.open.wrong_kind", "this is a {kind} package, where a {expected} package is needed"
)
_WRONG_FORM = message(
    "package.open.wrong_form",
    "the package holds form '{form}' version {version}, not '{expected_form}' version "
    "{expected_version}",
)


@dataclass(frozen=True, slots=True)
class Opened:
    """A verified package: its manifest, its members (all but the manifest and signature),
    the trusted key that signed it, its digest and whether it came sealed."""

    manifest: dict[str, Any]
    members: dict[str, bytes]
    sender: Identity
    digest: str
    sealed: bool


def canonical_json(obj: object) -> bytes:
    """The one byte form of a JSON document we sign or hash: sorted keys, 2-space indent,
    UTF-8 text, a final newline."""
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def build(
    manifest: dict[str, Any],
    members: Mapping[str, bytes],
    ring: KeyRing,
    encrypt_to: Identity | None = None,
) -> tuple[bytes, str]:
    """The package file's bytes and its digest. ``members`` are the files beside the manifest;
    the manifest gets ``members`` (sha256 and size of each) and ``device`` (the signing key's
    fingerprint), is signed by ``ring``, and the zip is sealed for ``encrypt_to`` if given."""
    if MANIFEST in members or SIGNATURE in members:
        raise ValueError("manifest.json and manifest.sig are made by build(), not given")
    listed = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        for name, data in members.items()
    }
    signed = {**manifest, "members": listed, "device": ring.identity.fingerprint}
    manifest_bytes = canonical_json(signed)
    signature = {
        "algorithm": "Ed25519",
        "key": ring.identity.fingerprint,
        "signature": base64.b64encode(ring.sign(manifest_bytes)).decode("ascii"),
    }
    data = zip_bytes({**members, MANIFEST: manifest_bytes, SIGNATURE: canonical_json(signature)})
    if encrypt_to is not None:
        data = envelope.seal(data, encrypt_to)
    return data, hashlib.sha256(manifest_bytes).hexdigest()


def write(path: Path, data: bytes) -> None:
    """Write a package file atomically: a crash leaves no half package under its name."""
    write_atomic(path, data)


def open_package(
    path: Path,
    ring: KeyRing | None,
    *,
    kind: str | None = None,
    form: tuple[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Opened:
    """The verified content of the package at ``path``, or a ``UserError`` saying why not.

    ``kind`` and ``form`` (form id, version), when given, must be what the manifest says."""
    where = str(path)
    location = Location(file=where)
    if ring is None:
        raise UserError(_NEEDS_KEYS, location)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_file says why
    if size > limits.total_bytes:
        raise UserError(_TOO_LARGE, location, size=size, limit=limits.total_bytes)
    data = read_file(path)
    sealed = envelope.is_sealed(data[: len(envelope.MAGIC)])
    if sealed:
        data = envelope.unseal(data, ring, where)
    heads = read_zip(data, where, lambda name: True, limits, only=(MANIFEST, SIGNATURE))
    if MANIFEST not in heads:
        raise UserError(_NO_MANIFEST, location)
    if SIGNATURE not in heads:
        raise UserError(_UNSIGNED, location)
    manifest = _manifest(heads[MANIFEST], location)
    sender = _signer(heads[MANIFEST], heads[SIGNATURE], manifest, ring, location)
    listed: dict[str, dict[str, Any]] = manifest["members"]
    expected = {*listed, MANIFEST, SIGNATURE}
    members = read_zip(data, where, expected.__contains__, limits)
    del members[MANIFEST], members[SIGNATURE]
    for name, promise in sorted(listed.items()):
        content = members.get(name)
        if content is None:
            raise UserError(_MISSING_MEMBER, location, member=name)
        if len(content) != promise["bytes"]:
            values = {"actual": len(content), "expected": promise["bytes"]}
            raise UserError(_MEMBER_SIZE, location, member=name, **values)
        if hashlib.sha256(content).hexdigest() != promise["sha256"]:
            raise UserError(_MEMBER_DIGEST, location, member=name)
    if kind is not None and manifest["kind"] != kind:
        raise UserError(
            _WRONG_KIND,
            location,
            kind=word(KIND_WORDS, manifest["kind"]),
            expected=word(KIND_WORDS, kind),
        )
    if form is not None and (manifest["form_id"], manifest["form_version"]) != tuple(form):
        raise UserError(
            _WRONG_FORM, location, form=manifest["form_id"], version=manifest["form_version"],
            expected_form=form[0], expected_version=form[1],
        )  # fmt: skip
    digest = hashlib.sha256(heads[MANIFEST]).hexdigest()
    return Opened(manifest, members, sender, digest, sealed)


def _manifest(data: bytes, location: Location) -> dict[str, Any]:
    """The manifest's fields, each present and of the type the rest of the checks rely on."""
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UserError(_BAD_MANIFEST, location, reason=str(error)) from None
    if not isinstance(manifest, dict):
        raise UserError(_BAD_MANIFEST, location, reason="not a JSON object")
    missing = [name for name in _REQUIRED if name not in manifest]
    if missing:
        raise UserError(_BAD_MANIFEST, location, reason="missing " + ", ".join(missing))

    def bad(field: str) -> UserError:
        return UserError(_BAD_MANIFEST, location, reason=f"'{field}' is {manifest[field]!r}")

    if manifest["format"] != FORMAT:
        raise bad("format")
    if manifest["format_version"] != FORMAT_VERSION or isinstance(manifest["format_version"], bool):
        raise bad("format_version")
    if manifest["kind"] not in KINDS:
        raise bad("kind")
    for field in _TEXT_FIELDS:
        if not isinstance(manifest[field], str):
            raise bad(field)
    for field in ("sequence", "cases"):
        if not isinstance(manifest[field], int) or isinstance(manifest[field], bool):
            raise bad(field)
    if manifest["previous"] is not None and not isinstance(manifest["previous"], str):
        raise bad("previous")
    members = manifest["members"]
    if not isinstance(members, dict) or MANIFEST in members or SIGNATURE in members:
        raise bad("members")
    for name, promise in members.items():
        if not (
            isinstance(promise, dict)
            and isinstance(promise.get("sha256"), str)
            and _SHA256.fullmatch(promise["sha256"])
            and isinstance(promise.get("bytes"), int)
            and not isinstance(promise["bytes"], bool)
            and promise["bytes"] >= 0
        ):
            raise UserError(_BAD_MANIFEST, location, reason=f"member '{name}': {promise!r}")
    return manifest


def _signer(
    manifest_bytes: bytes,
    signature_bytes: bytes,
    manifest: dict[str, Any],
    ring: KeyRing,
    location: Location,
) -> Identity:
    """The trusted key that signed ``manifest_bytes``; refuses an unknown key or a bad
    signature."""
    try:
        fields = json.loads(signature_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UserError(_BAD_SIGNATURE_FILE, location, reason=str(error)) from None
    if not isinstance(fields, dict) or fields.get("algorithm") != "Ed25519":
        raise UserError(_BAD_SIGNATURE_FILE, location, reason="the algorithm is not Ed25519")
    key = fields.get("key")
    if not isinstance(key, str) or key != manifest["device"]:
        reason = "its key is not the manifest's device"
        raise UserError(_BAD_SIGNATURE_FILE, location, reason=reason)
    try:
        signature = base64.b64decode(
            str(fields.get("signature", "")).encode("ascii"), validate=True
        )
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise UserError(
            _BAD_SIGNATURE_FILE, location, reason="the signature is not base64"
        ) from None
    sender = ring.trusted_key(key)
    if sender is None:
        creator = manifest["creator"]
        raise UserError(_UNTRUSTED, location, creator=repr(creator), fingerprint=key)
    if not sender.verify(signature, manifest_bytes):
        raise UserError(_BAD_SIGNATURE, location)
    return sender
