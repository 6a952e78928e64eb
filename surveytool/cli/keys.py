"""``surveytool keys new|list|trust|export``: this workstation's keys and the keys it trusts.

Trust is given by a person: ``trust`` and ``list`` print each key's fingerprint so that the
officer can compare it with the one the sender reads out over the phone before relying on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from surveytool.common.catalogue import message

_CREATED = message(
    "cli.keys.created",
    "created the keys of {name} ({role}) in {folder}\nfingerprint: {fingerprint}",
)
_OWN = message("cli.keys.own", "this workstation: {name} ({role})  {fingerprint}")
_TRUSTED = message("cli.keys.trusted", "trusted:          {name} ({role})  {fingerprint}")
_NONE_TRUSTED = message("cli.keys.none_trusted", "no trusted keys yet")
_TRUST_DONE = message(
    "cli.keys.trust_done",
    "now trusting {name} ({role}), fingerprint {fingerprint}: check it with the key's owner",
)
_EXPORTED = message("cli.keys.exported", "wrote {path}: {name} ({role}), fingerprint {fingerprint}")


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    spoken: argparse.ArgumentParser,
) -> None:
    """Add ``keys`` and its sub-commands to the ``surveytool`` command."""
    from surveytool.package.keys import ROLES

    keys = commands.add_parser("keys", help="this workstation's keys and the keys it trusts")
    keys_commands = keys.add_subparsers(title="keys commands")
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument(
        "--keys", type=Path, default=None, help="keys folder (default: the user data folder)"
    )

    new = keys_commands.add_parser(
        "new", help="create this workstation's key pair", parents=[spoken, folder]
    )
    new.add_argument("--name", required=True, help="the person or office the keys belong to")
    new.add_argument("--role", required=True, choices=ROLES)
    new.set_defaults(run=_new)

    listing = keys_commands.add_parser(
        "list", help="show this workstation's key and the trusted keys", parents=[spoken, folder]
    )
    listing.set_defaults(run=_list)

    trust = keys_commands.add_parser(
        "trust", help="trust the key in a .pub file", parents=[spoken, folder]
    )
    trust.add_argument("file", type=Path, help="a public key file (.pub)")
    trust.set_defaults(run=_trust)

    export = keys_commands.add_parser(
        "export", help="write this workstation's public key file", parents=[spoken, folder]
    )
    export.add_argument("--out", type=Path, required=True, help="where to write the .pub file")
    export.set_defaults(run=_export)


def _new(args: argparse.Namespace) -> int:
    from surveytool.package.keys import KeyRing

    ring = KeyRing.create(args.name, args.role, args.keys)
    me = ring.identity
    print(
        _CREATED.text(
            args.language,
            name=me.name,
            role=_role(me.role, args.language),
            folder=ring.folder,
            fingerprint=me.fingerprint,
        )
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from surveytool.package.keys import KeyRing

    ring = KeyRing.open(args.keys)
    me = ring.identity
    print(
        _OWN.text(
            args.language,
            name=me.name,
            role=_role(me.role, args.language),
            fingerprint=me.fingerprint,
        )
    )
    trusted = ring.trusted()
    for other in trusted:
        shown = {
            "name": other.name,
            "role": _role(other.role, args.language),
            "fingerprint": other.fingerprint,
        }
        print(_TRUSTED.text(args.language, **shown))
    if not trusted:
        print(_NONE_TRUSTED.text(args.language))
    return 0


def _trust(args: argparse.Namespace) -> int:
    from surveytool.package.keys import Identity, KeyRing

    ring = KeyRing.open(args.keys)
    other = Identity.read(args.file)
    ring.trust(other)
    shown = {
        "name": other.name,
        "role": _role(other.role, args.language),
        "fingerprint": other.fingerprint,
    }
    print(_TRUST_DONE.text(args.language, **shown))
    return 0


def _export(args: argparse.Namespace) -> int:
    from surveytool.package.keys import KeyRing

    ring = KeyRing.open(args.keys)
    me = ring.identity
    me.write(args.out)
    shown = {"name": me.name, "role": _role(me.role, args.language), "fingerprint": me.fingerprint}
    print(_EXPORTED.text(args.language, path=args.out, **shown))
    return 0


def _role(role: str, language: str) -> str:
    """A role in ``language`` (an unknown one as written)."""
    from surveytool.package.keys import ROLE_WORDS

    found = ROLE_WORDS.get(role)
    return found.text(language) if found is not None else role
