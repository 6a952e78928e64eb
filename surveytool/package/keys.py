"""This workstation's key pair and the list of keys it trusts.

Each workstation holds two private keys: an Ed25519 key that signs what it sends (packages,
receipts) and an X25519 key that others seal packages to. Its public half is an ``Identity``:
a small JSON file (``*.pub``) people pass around on a USB stick or by email. Because such a
file travels through hands we do not control, it carries a *binding* signature: the signing
key signs the name, role, box key and date, and reading the file checks it. So nobody can
swap the box key (to read packages meant for someone else) or rename a key without the file
being refused. Trust itself is a human act: an office officer compares the fingerprint read
over the phone with the one ``surveytool keys trust`` prints.

Folder layout (``default_keys_folder()`` or any folder given)::

    private.key            JSON, base64 raw private keys; mode 0600
    identity.pub           this workstation's Identity
    hmac.key               32 random bytes for pseudonyms (office); mode 0600
    trusted/<fingerprint>.pub   one Identity per trusted key

Every file is written to a temporary name and renamed, so a crash leaves the old file or the
new one, never half of one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from surveytool.common.catalogue import Message, message
from surveytool.common.errors import Location, UserError

ROLES = ("enumerator", "office", "au")
ROLE_WORDS: dict[str, Message] = {
    "enumerator": message("package.word.role.enumerator", "enumerator"),
    "office": message("package.word.role.office", "office"),
    "au": message("package.word.role.au", "African Union"),
}
IDENTITY_FORMAT = "surveytool-identity"
_BINDING_PREFIX = b"surveytool-identity-binding-v1\n"
_FINGERPRINT = re.compile(r"[0-9a-f]{32}")
_PRIVATE, _IDENTITY, _HMAC, _TRUSTED = "private.key", "identity.pub", "hmac.key", "trusted"

_UNREADABLE_KEY = message("package.keys.unreadable", "not a surveytool public key file: {reason}")
_BINDING = message(
    "package.keys.binding",
    "the key file was altered: its binding signature does not match its keys",
)
_CANNOT_READ = message("package.keys.cannot_read", "cannot read the file: {reason}")
_NO_KEYS = message(
    "package.keys.none",
    "this workstation has no keys in {folder}: create them with "
    "'surveytool keys new --name NAME --role ROLE'",
)
_EXISTS = message(
    "package.keys.exists",
    "this workstation already has keys in {folder} (fingerprint {fingerprint}); "
    "keys are never replaced, so that packages signed earlier stay verifiable",
)
_MISMATCH = message(
    "package.keys.mismatch",
    "the private key in {folder} does not belong to its identity.pub: restore both from the "
    "same backup",
)
_BAD_ROLE = message("package.keys.bad_role", "unknown role '{role}': use one of {roles}")
_BAD_NAME = message("package.keys.bad_name", "a key needs a name (a person or an office)")
_TRUSTED_FILE = message(
    "package.keys.trusted_file",
    "this trusted key file holds the key {fingerprint}, not the one its name says: "
    "remove it and trust the key again",
)


def default_keys_folder() -> Path:
    """``$SURVEYTOOL_KEYS`` if set, else the ``keys`` folder in the user data folder."""
    chosen = os.environ.get("SURVEYTOOL_KEYS")
    if chosen:
        return Path(chosen)
    from platformdirs import user_data_path

    return user_data_path("surveytool", appauthor=False) / "keys"


def fingerprint_of(signing_key: bytes) -> str:
    """What people compare: the first 32 hex digits (128 bits) of the key's sha256."""
    return hashlib.sha256(signing_key).hexdigest()[:32]


def is_fingerprint(text: object) -> bool:
    return isinstance(text, str) and _FINGERPRINT.fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class Identity:
    """The public half of a workstation's keys: shareable, checked when read.

    ``binding`` is the signature of the other fields by ``signing_key``; an Identity made by
    ``KeyRing.create`` or read from a file always has a valid one."""

    name: str
    role: str
    signing_key: bytes
    box_key: bytes
    created_at: str
    binding: bytes = b""

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Did this key sign ``data``? False for any wrong, truncated or foreign signature."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def bound(self) -> bytes:
        """The bytes the binding signature covers."""
        return _BINDING_PREFIX + _canonical(self._public_fields())

    def to_bytes(self) -> bytes:
        if not self.binding:
            raise ValueError("an Identity is written only with its binding signature")
        return _canonical({**self._public_fields(), "binding": _b64(self.binding)})

    @classmethod
    def from_bytes(cls, data: bytes, where: str) -> Identity:
        """The Identity of a ``.pub`` file's bytes; refuses anything malformed or altered."""
        location = Location(file=where)
        try:
            fields = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise UserError(_UNREADABLE_KEY, location, reason=str(error)) from None
        if not isinstance(fields, dict) or fields.get("format") != IDENTITY_FORMAT:
            raise UserError(_UNREADABLE_KEY, location, reason=f'no "format": "{IDENTITY_FORMAT}"')
        texts = ("name", "role", "signing_key", "box_key", "created_at", "binding")
        missing = [name for name in texts if not isinstance(fields.get(name), str)]
        if missing:
            raise UserError(_UNREADABLE_KEY, location, reason="missing " + ", ".join(missing))
        if fields["role"] not in ROLES:
            raise UserError(_BAD_ROLE, location, role=fields["role"], roles=", ".join(ROLES))
        keys = [_unb64(fields[name], location) for name in ("signing_key", "box_key", "binding")]
        if len(keys[0]) != 32 or len(keys[1]) != 32 or len(keys[2]) != 64:
            raise UserError(_UNREADABLE_KEY, location, reason="a key has the wrong length")
        identity = cls(
            fields["name"], fields["role"], keys[0], keys[1], fields["created_at"], keys[2]
        )
        shown = fields.get("fingerprint")
        if shown != identity.fingerprint or not identity.verify(identity.binding, identity.bound()):
            raise UserError(_BINDING, location)
        return identity

    def write(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> Identity:
        return cls.from_bytes(read_file(path), str(path))

    def _public_fields(self) -> dict[str, Any]:
        return {
            "format": IDENTITY_FORMAT,
            "name": self.name,
            "role": self.role,
            "signing_key": _b64(self.signing_key),
            "box_key": _b64(self.box_key),
            "created_at": self.created_at,
            "fingerprint": self.fingerprint,  # for people reading the file; derived, checked
        }


class KeyRing:
    """This workstation's private keys, its Identity and its trust list, in one folder.

    A workstation trusts its own key too (it can re-open what it wrote)."""

    def __init__(
        self, folder: Path, identity: Identity, signing: Ed25519PrivateKey, box: X25519PrivateKey
    ) -> None:
        self.folder, self.identity = folder, identity
        self._signing, self._box = signing, box

    @classmethod
    def open(cls, folder: Path | None = None) -> KeyRing:
        folder = folder or default_keys_folder()
        private_path = folder / _PRIVATE
        if not private_path.is_file():
            raise UserError(_NO_KEYS, Location(file=str(folder)), folder=folder)
        identity = Identity.read(folder / _IDENTITY)
        location = Location(file=str(private_path))
        try:
            fields = json.loads(read_file(private_path))
            signing = Ed25519PrivateKey.from_private_bytes(_unb64(fields["signing"], location))
            box = X25519PrivateKey.from_private_bytes(_unb64(fields["box"], location))
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            raise UserError(_MISMATCH, location, folder=folder) from None
        if _raw_public(signing) != identity.signing_key or _raw_box(box) != identity.box_key:
            raise UserError(_MISMATCH, location, folder=folder)
        return cls(folder, identity, signing, box)

    @classmethod
    def create(cls, name: str, role: str, folder: Path | None = None) -> KeyRing:
        folder = folder or default_keys_folder()
        if role not in ROLES:
            raise UserError(_BAD_ROLE, role=role, roles=", ".join(ROLES))
        if not name.strip():
            raise UserError(_BAD_NAME)
        if (folder / _PRIVATE).exists():
            existing = cls.open(folder)
            raise UserError(
                _EXISTS,
                Location(file=str(folder)),
                folder=folder,
                fingerprint=existing.identity.fingerprint,
            )
        signing, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        created = datetime.now(UTC).isoformat(timespec="seconds")
        unsigned = Identity(name.strip(), role, _raw_public(signing), _raw_box(box), created)
        identity = Identity(*_fields(unsigned), binding=signing.sign(unsigned.bound()))
        private = {"signing": _b64(_raw_private(signing)), "box": _b64(_raw_private(box))}
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / _PRIVATE, _canonical(private), private=True)
        identity.write(folder / _IDENTITY)
        return cls(folder, identity, signing, box)

    @classmethod
    def open_or_create(cls, name: str, role: str, folder: Path | None = None) -> KeyRing:
        folder = folder or default_keys_folder()
        if (folder / _PRIVATE).is_file():
            return cls.open(folder)
        return cls.create(name, role, folder)

    def sign(self, data: bytes) -> bytes:
        return self._signing.sign(data)

    def box_private(self) -> X25519PrivateKey:
        return self._box

    def hmac_key(self) -> bytes:
        """The office's pseudonym key: 32 random bytes made on first use and kept; losing it
        means the next export's pseudonyms no longer match the last one's."""
        path = self.folder / _HMAC
        if not path.is_file():
            write_atomic(path, secrets.token_bytes(32), private=True, keep_existing=True)
        key = read_file(path)
        if len(key) != 32:
            raise UserError(_CANNOT_READ, Location(file=str(path)), reason="not a 32-byte key")
        return key

    def trust(self, other: Identity) -> None:
        folder = self.folder / _TRUSTED
        folder.mkdir(parents=True, exist_ok=True)
        other.write(folder / f"{other.fingerprint}.pub")

    def trusted(self) -> list[Identity]:
        """Every trusted key (not this workstation's own), by name then fingerprint."""
        folder = self.folder / _TRUSTED
        found = [self._trusted_file(path) for path in sorted(folder.glob("*.pub"))]
        return sorted(found, key=lambda identity: (identity.name, identity.fingerprint))

    def trusted_key(self, fingerprint: str) -> Identity | None:
        """The trusted Identity with this fingerprint (this workstation's own included)."""
        if not is_fingerprint(fingerprint):
            return None
        if fingerprint == self.identity.fingerprint:
            return self.identity
        path = self.folder / _TRUSTED / f"{fingerprint}.pub"
        return self._trusted_file(path) if path.is_file() else None

    def _trusted_file(self, path: Path) -> Identity:
        identity = Identity.read(path)
        if path.stem != identity.fingerprint:
            raise UserError(
                _TRUSTED_FILE, Location(file=str(path)), fingerprint=identity.fingerprint
            )
        return identity


def write_atomic(
    path: Path, data: bytes, *, private: bool = False, keep_existing: bool = False
) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it.

    ``private`` makes the file readable by its owner only (0600) from its creation on;
    ``keep_existing`` leaves a file another process wrote meanwhile in place (first wins)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    mode = 0o600 if private else 0o644
    handle = os.open(
        temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if keep_existing:
            try:
                os.link(temporary, path)  # fails if the file exists: the first writer wins
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links
                if not path.exists():
                    os.replace(temporary, path)
        else:
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            _CANNOT_READ, Location(file=str(path)), reason=error.strerror or str(error)
        ) from None


def _fields(identity: Identity) -> tuple[str, str, bytes, bytes, str]:
    return identity.name, identity.role, identity.signing_key, identity.box_key, identity.created_at


def _canonical(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, location: Location) -> bytes:
    try:
        if not isinstance(text, str):
            raise ValueError("not text")
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise UserError(_UNREADABLE_KEY, location, reason="a key is not base64") from None


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_box(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
