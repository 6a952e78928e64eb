"""Sealing a package for one recipient: X25519 + HKDF-SHA256 + AES-256-GCM, in STREAM chunks.

Why this construction (all primitives from ``cryptography``, nothing home-made below them):

- **Ephemeral-static X25519.** The sender makes a fresh key pair for every package and
  agrees a secret with the recipient's long-term box key. The ephemeral private key is
  forgotten at once, so a stolen enumerator laptop cannot decrypt what it sent earlier
  (forward secrecy for the sender's side); only the recipient's private key opens a package.
  The sender needs no key of its own to seal: authenticity comes from the Ed25519 signature
  inside the package, checked after unsealing.
- **HKDF-SHA256** turns the shared secret into the AES key; its ``info`` holds both public
  keys, so the key belongs to this ephemeral key and this recipient only.
- **AES-256-GCM** (an AEAD) encrypts and authenticates. Its one hazard is a repeated nonce
  under one key; here every package has a fresh key, and within a package each chunk's nonce
  is its own counter, so no nonce ever repeats.
- **The header is bound as associated data** of every chunk: changing the recipient
  fingerprint, the ephemeral key or the version makes every chunk fail.
- **STREAM chunking** (Hoang, Reyhanitabar, Rogaway, Vizár 2015): 1 MiB chunks, nonce = 11-byte
  big-endian chunk counter + 1 byte that is 1 on the last chunk only. Reordered, repeated or
  dropped chunks fail (wrong counter), and a file cut at a chunk boundary fails even if the
  cutter also edited the length below (its new last chunk was sealed as "not last"). Each
  AEAD call stays at 1 MiB (GCM's per-message limit is far away), at AES-NI speed.

Layout: ``MAGIC`` (``surveytool-sealed`` + NUL + version 1) | recipient fingerprint (32 ASCII hex)
| ephemeral X25519 public key (32) | plaintext length (8, big-endian) | chunks, each ciphertext +
16-byte tag. The length (authenticated as part of the header) says how long the file must be,
so a file cut anywhere, even inside a chunk, reads as truncated rather than as altered.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from surveytool.common.catalogue import message
from surveytool.common.errors import Location, UserError
from surveytool.package.keys import Identity, KeyRing

MAGIC = b"surveytool-sealed\x00\x01"
CHUNK = 1 << 20
_TAG = 16
_HEADER = len(MAGIC) + 32 + 32 + 8
_INFO = b"surveytool-seal-v1"

_OTHER_KEY = message(
    "package.sealed.other_key",
    "this package is sealed for the key {recipient}, not for this workstation's key {own}: "
    "it was meant for another office",
)
_TRUNCATED = message(
    "package.sealed.truncated",
    "the sealed package is truncated (cut after {chunks} chunk(s)): copy the whole file again",
)
_TAMPERED = message(
    "package.sealed.tampered",
    "the sealed package was altered or damaged (chunk {chunk} does not decrypt)",
)
_HEADER_BAD = message("package.sealed.header", "the sealed package's header is damaged")


def is_sealed(head: bytes) -> bool:
    """Does a file starting with ``head`` hold a sealed package?"""
    return head.startswith(MAGIC)


def seal(data: bytes, recipient: Identity) -> bytes:
    """``data`` encrypted so that only ``recipient``'s private box key can read it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    length = len(data).to_bytes(8, "big")
    header = MAGIC + recipient.fingerprint.encode("ascii") + ephemeral_public + length
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box_key))
    aead = AESGCM(_key(shared, ephemeral_public, recipient.box_key))
    view = memoryview(data)
    starts = range(0, max(len(data), 1), CHUNK)
    last = len(starts) - 1
    out = [header]
    for index, start in enumerate(starts):
        out.append(aead.encrypt(_nonce(index, index == last), view[start : start + CHUNK], header))
    return b"".join(out)


def unseal(data: bytes, ring: KeyRing, where: str) -> bytes:
    """The package inside a sealed file; refuses (``UserError``) one sealed for another key,
    a truncated one and an altered one."""
    location = Location(file=where)
    if len(data) < _HEADER or not is_sealed(data):
        raise UserError(_TRUNCATED if is_sealed(data) else _HEADER_BAD, location, chunks=0)
    header = data[:_HEADER]
    recipient = header[len(MAGIC) : len(MAGIC) + 32].decode("ascii", errors="replace")
    own = ring.identity.fingerprint
    if recipient != own:
        raise UserError(_OTHER_KEY, location, recipient=recipient, own=own)
    ephemeral_public = header[len(MAGIC) + 32 : len(MAGIC) + 64]
    length = int.from_bytes(header[len(MAGIC) + 64 :], "big")
    try:
        shared = ring.box_private().exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # an all-zero (low-order) point: an altered header
        raise UserError(_HEADER_BAD, location) from None
    aead = AESGCM(_key(shared, ephemeral_public, ring.identity.box_key))
    body = memoryview(data)[_HEADER:]
    segment = CHUNK + _TAG
    count = max(1, -(-length // CHUNK))
    expected = length + count * _TAG
    if len(body) < expected:
        raise UserError(_TRUNCATED, location, chunks=len(body) // segment)
    if len(body) > expected:  # bytes appended, or a length field altered
        raise UserError(_TAMPERED, location, chunk=count)
    out = []
    for index in range(count):
        piece = body[index * segment : (index + 1) * segment]
        try:
            out.append(aead.decrypt(_nonce(index, index == count - 1), piece, header))
        except InvalidTag:
            raise UserError(_TAMPERED, location, chunk=index + 1) from None
    return b"".join(out)


def _key(shared: bytes, ephemeral_public: bytes, recipient_box: bytes) -> bytes:
    kdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=_INFO + ephemeral_public + recipient_box,
    )
    return kdf.derive(shared)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
