"""The office's signed receipt for one package: what lets an enumerator's cases leave.

A case leaves an enumerator's workstation only once the office has said, in a way nobody
else can forge, that it holds the package: a receipt names the package (id and digest) and
its cases, is signed by the office's key, and is believed only if that key is one the
workstation trusts. Layout::

    {"receipt": {"package_id", "digest", "cases": [uuid...], "received_at", "office",
                 "verdict"},
     "signature": base64 Ed25519 over canonical_json(receipt)}
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.package.container import canonical_json
from surveytool.package.keys import KeyRing

_SHA256 = re.compile(r"[0-9a-f]{64}")
_TEXTS = ("package_id", "digest", "received_at", "office", "verdict")

_MALFORMED = message("package.receipt.malformed", "not a surveytool receipt: {reason}")
_UNTRUSTED = message(
    "package.receipt.untrusted",
    "the receipt is signed by the key {fingerprint}, which this workstation does not trust: "
    "trust the office's key first (Exchange ▸ Keys, or 'surveytool keys trust')",
)
_BAD_SIGNATURE = message(
    "package.receipt.bad_signature",
    "the receipt's signature does not match its content: it was altered",
)


def make_receipt(
    ring: KeyRing, package_id: str, digest: str, cases: Sequence[str], verdict: str
) -> bytes:
    """A receipt for package ``package_id`` (``digest``) holding ``cases``, signed by
    ``ring``; ``verdict`` is what the import made of it (e.g. "imported")."""
    receipt = {
        "package_id": package_id,
        "digest": digest,
        "cases": list(cases),
        "received_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "office": ring.identity.fingerprint,
        "verdict": verdict,
    }
    signature = base64.b64encode(ring.sign(canonical_json(receipt))).decode("ascii")
    return canonical_json({"receipt": receipt, "signature": signature})


def read_receipt(data: bytes, ring: KeyRing, where: str) -> dict[str, Any]:
    """The receipt's content, once its shape, its signer's trust and its signature hold."""
    location = Location(file=where)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UserError(_MALFORMED, location, reason=str(error)) from None
    if not isinstance(document, dict) or not isinstance(document.get("receipt"), dict):
        raise UserError(_MALFORMED, location, reason='no "receipt" object')
    receipt: dict[str, Any] = document["receipt"]
    missing = [name for name in _TEXTS if not isinstance(receipt.get(name), str)]
    if missing:
        raise UserError(_MALFORMED, location, reason="missing " + ", ".join(missing))
    cases = receipt.get("cases")
    if not isinstance(cases, list) or not all(isinstance(case, str) for case in cases):
        raise UserError(_MALFORMED, location, reason='"cases" is not a list of case ids')
    if not _SHA256.fullmatch(receipt["digest"]):
        raise UserError(_MALFORMED, location, reason='"digest" is not a sha256')
    try:
        signature = base64.b64decode(str(document.get("signature")).encode("ascii"), validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise UserError(_MALFORMED, location, reason="the signature is not base64") from None
    office = ring.trusted_key(receipt["office"])
    if office is None:
        raise UserError(_UNTRUSTED, location, fingerprint=receipt["office"])
    if not office.verify(signature, canonical_json(receipt)):
        raise UserError(_BAD_SIGNATURE, location)
    return receipt
