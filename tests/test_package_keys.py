"""A workstation's keys: made once, kept private, shared as checked identity files, trusted
by hand; and the ``surveytool keys`` commands over them."""

from __future__ import annotations

import argparse
import base64
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from surveytool.common.errors import UserError
from surveytool.package.keys import Identity, KeyRing, default_keys_folder


def reason(error: UserError) -> str:
    assert not isinstance(error.problem, str)
    return error.problem.template.id


def test_created_keys_open_again_and_sign(tmp_path: Path):
    ring = KeyRing.create("Amina Diallo", "enumerator", tmp_path / "keys")
    again = KeyRing.open(tmp_path / "keys")
    assert again.identity == ring.identity
    assert len(ring.identity.fingerprint) == 32
    assert int(ring.identity.fingerprint, 16) >= 0
    signature = again.sign(b"manifest")
    assert ring.identity.verify(signature, b"manifest")
    assert not ring.identity.verify(signature, b"manifest!")
    assert not ring.identity.verify(signature[:-1], b"manifest")
    other = KeyRing.create("Other", "enumerator", tmp_path / "other")
    assert not other.identity.verify(signature, b"manifest")
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["identity.pub", "private.key"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_private_files_are_the_owners_only(tmp_path: Path):
    ring = KeyRing.create("Office", "office", tmp_path)
    ring.hmac_key()
    for name in ("private.key", "hmac.key"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "identity.pub").st_mode) & 0o044  # shareable


def test_keys_are_never_replaced_and_a_missing_ring_says_how_to_make_one(tmp_path: Path):
    ring = KeyRing.create("Amina", "enumerator", tmp_path)
    with pytest.raises(UserError) as caught:
        KeyRing.create("Amina again", "enumerator", tmp_path)
    assert reason(caught.value) == "package.keys.exists"
    assert ring.identity.fingerprint in caught.value.text()
    assert KeyRing.open_or_create("ignored", "office", tmp_path).identity == ring.identity
    with pytest.raises(UserError) as caught:
        KeyRing.open(tmp_path / "none")
    assert "surveytool keys new" in caught.value.text()
    made = KeyRing.open_or_create("Office", "office", tmp_path / "new")
    assert made.identity.role == "office"


def test_role_and_name_are_checked(tmp_path: Path):
    with pytest.raises(UserError) as caught:
        KeyRing.create("Amina", "admin", tmp_path)
    assert reason(caught.value) == "package.keys.bad_role" and "enumerator" in caught.value.text()
    with pytest.raises(UserError):
        KeyRing.create("  ", "office", tmp_path)
    assert not (tmp_path / "private.key").exists()


def test_a_private_key_of_another_identity_is_refused(tmp_path: Path):
    KeyRing.create("A", "enumerator", tmp_path / "a")
    KeyRing.create("B", "enumerator", tmp_path / "b")
    (tmp_path / "a" / "identity.pub").write_bytes((tmp_path / "b" / "identity.pub").read_bytes())
    with pytest.raises(UserError) as caught:
        KeyRing.open(tmp_path / "a")
    assert reason(caught.value) == "package.keys.mismatch"


def _edited(data: bytes, **changes: object) -> bytes:
    fields = json.loads(data)
    fields.update(changes)
    return json.dumps(fields).encode()


def test_identity_files_round_trip_and_every_edit_is_refused(tmp_path: Path):
    ring = KeyRing.create("Office of Statistics", "office", tmp_path / "o")
    other = KeyRing.create("Thief", "office", tmp_path / "t")
    data = ring.identity.to_bytes()
    assert Identity.from_bytes(data, "o.pub") == ring.identity
    assert json.loads(data)["fingerprint"] == ring.identity.fingerprint  # readable by people
    thief_box = base64.b64encode(other.identity.box_key).decode()
    edits = {
        "box key swapped": _edited(data, box_key=thief_box),
        "renamed": _edited(data, name="Office of Statistics (new)"),
        "role raised": _edited(data, role="au"),
        "fingerprint shown wrong": _edited(data, fingerprint=other.identity.fingerprint),
    }
    for what, edited in edits.items():
        with pytest.raises(UserError) as caught:
            Identity.from_bytes(edited, "o.pub")
        assert reason(caught.value) == "package.keys.binding", what
        assert "o.pub" in caught.value.text()
    broken = {
        "not json": b"\xff\xfe",
        "not an identity": b"{}",
        "no box key": _edited(data, box_key=None),
        "short key": _edited(data, signing_key=base64.b64encode(b"x" * 31).decode()),
        "not base64": _edited(data, binding="***"),
        "unknown role": _edited(data, role="king"),
    }
    for what, edited in broken.items():
        with pytest.raises(UserError) as caught:
            Identity.from_bytes(edited, "o.pub")
        assert reason(caught.value) in {"package.keys.unreadable", "package.keys.bad_role"}, what


def test_trust_is_kept_and_looked_up_by_fingerprint(tmp_path: Path):
    office = KeyRing.create("Office", "office", tmp_path / "o")
    amina = KeyRing.create("Amina", "enumerator", tmp_path / "a")
    bakary = KeyRing.create("Bakary", "enumerator", tmp_path / "b")
    assert office.trusted() == []
    assert office.trusted_key(amina.identity.fingerprint) is None
    office.trust(amina.identity)
    office.trust(bakary.identity)
    office.trust(amina.identity)  # twice is once
    reopened = KeyRing.open(tmp_path / "o")
    assert reopened.trusted() == [amina.identity, bakary.identity]
    assert reopened.trusted_key(amina.identity.fingerprint) == amina.identity
    assert reopened.trusted_key(office.identity.fingerprint) == office.identity  # its own
    assert reopened.trusted_key("../../a/identity") is None  # never a path
    assert reopened.trusted_key(amina.identity.fingerprint.upper()) is None


def test_a_trusted_file_under_another_keys_name_is_refused(tmp_path: Path):
    office = KeyRing.create("Office", "office", tmp_path / "o")
    amina = KeyRing.create("Amina", "enumerator", tmp_path / "a")
    thief = KeyRing.create("Thief", "enumerator", tmp_path / "t")
    office.trust(amina.identity)
    thief.identity.write(tmp_path / "o" / "trusted" / f"{amina.identity.fingerprint}.pub")
    with pytest.raises(UserError) as caught:
        office.trusted_key(amina.identity.fingerprint)
    assert reason(caught.value) == "package.keys.trusted_file"


def test_the_hmac_key_is_made_once_and_kept(tmp_path: Path):
    ring = KeyRing.create("Office", "office", tmp_path)
    key = ring.hmac_key()
    assert len(key) == 32 and key != bytes(32)
    assert KeyRing.open(tmp_path).hmac_key() == key
    other = KeyRing.create("Other office", "office", tmp_path / "other")
    assert other.hmac_key() != key


def test_the_default_folder_follows_the_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SURVEYTOOL_KEYS", str(tmp_path / "k"))
    assert default_keys_folder() == tmp_path / "k"
    ring = KeyRing.create("Amina", "enumerator")
    assert ring.folder == tmp_path / "k" and (tmp_path / "k" / "private.key").is_file()
    monkeypatch.delenv("SURVEYTOOL_KEYS")
    assert default_keys_folder().name == "keys"


def _keys_command(argv: list[str]) -> int:
    """``surveytool keys ...`` as the CLI runs it: through main once the lead has wired the
    commands in, else through a parser made the same way (add_commands + a --language parent)."""
    import surveytool.cli as cli

    if "keys.add_commands" in Path(cli.__file__).read_text(encoding="utf-8"):
        return cli.main(["keys", *argv])
    from surveytool.cli.keys import add_commands
    from surveytool.common.catalogue import languages

    parser = argparse.ArgumentParser(prog="surveytool")
    spoken = argparse.ArgumentParser(add_help=False)
    spoken.add_argument("--language", default="en", choices=languages())
    add_commands(parser.add_subparsers(), spoken)
    args = parser.parse_args(["keys", *argv])
    try:
        return int(args.run(args))
    except UserError as error:
        print(error.text(args.language), file=sys.stderr)
        return 1


def test_the_keys_commands(tmp_path: Path, capsys):
    office, amina = str(tmp_path / "office"), str(tmp_path / "amina")
    assert _keys_command(["new", "--name", "Office", "--role", "office", "--keys", office]) == 0
    made = capsys.readouterr().out
    fingerprint = KeyRing.open(Path(office)).identity.fingerprint
    assert fingerprint in made
    assert _keys_command(["new", "--name", "Amina", "--role", "enumerator", "--keys", amina]) == 0
    capsys.readouterr()
    pub = tmp_path / "amina.pub"
    assert _keys_command(["export", "--out", str(pub), "--keys", amina]) == 0
    amina_fingerprint = Identity.read(pub).fingerprint
    assert amina_fingerprint in capsys.readouterr().out
    assert _keys_command(["list", "--keys", office]) == 0
    listed = capsys.readouterr().out
    assert fingerprint in listed and "no trusted keys" in listed
    assert _keys_command(["trust", str(pub), "--keys", office]) == 0
    assert amina_fingerprint in capsys.readouterr().out
    assert _keys_command(["list", "--keys", office]) == 0
    listed = capsys.readouterr().out
    assert "Amina (enumerator)" in listed and amina_fingerprint in listed
    # a user error is a message and exit 1, never a traceback
    assert _keys_command(["new", "--name", "Again", "--role", "office", "--keys", office]) == 1
    assert "already has keys" in capsys.readouterr().err
    pub.write_bytes(pub.read_bytes().replace(b"Amina", b"Anima"))
    assert _keys_command(["trust", str(pub), "--keys", office]) == 1
    assert "altered" in capsys.readouterr().err
