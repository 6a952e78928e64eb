"""Fuzzing the office's inputs (issue 12, acceptance): mutated batch packages fed to
``import_package`` on a real office store, and mutated CSV files fed to the CSV readers we
expose for input (``package.tabular.read_csv_bytes`` and the validator's ``read_data``).

What must hold, whatever the bytes: an import ends IMPORTED, ALREADY or REFUSED, never with an
exception; a refusal leaves the store's case data as it was (only a log row is written), and a
package imports only when its substance is the valid package's (then the store holds exactly
its cases). A CSV reader returns a table or raises a located ``UserError``, nothing else.

The mutations are plain functions of a ``random.Random``: hypothesis drives them here (and
shrinks a failure to a small one), ``benchmarks/fuzz_import.py`` runs the same loop longer.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surveytool.common.errors import UserError
from surveytool.demo.generate import generate
from surveytool.form.levels import levels
from surveytool.form.model import Form
from surveytool.package import container, envelope
from surveytool.package.batch import export_batch
from surveytool.package.importing import ALREADY, IMPORTED, REFUSED, import_package
from surveytool.package.keys import KeyRing
from surveytool.package.tabular import read_csv_bytes
from surveytool.store import Store
from surveytool.store.exchange import case_data_checksum
from surveytool.validate.inputs import read_data

PACKAGES = 1000  # mutated packages per run of the suite (the acceptance asks for 1,000)
CSV_FILES = 1000  # mutated CSV files, each fed to read_csv_bytes...
FOLDER_SHARE = 0.25  # ...and this share to read_data too (~30 ms a folder: a thread per column)
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
BYTE_KINDS = ("flip", "insert", "delete", "truncate", "splice")
MEMBER_KINDS = ("swap", "exchange", "alter", "duplicate", "drop", "extra", "rezip")
#: re-signed by the trusted enumerator after the change: the signature holds, so what is
#: checked is every reader behind it; such a package may import (its content is new)
SIGNED_KINDS = ("resign", "remanifest")
KINDS = BYTE_KINDS + MEMBER_KINDS + SIGNED_KINDS


# -- the packages ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Packages:
    """A valid batch (plain and sealed: the same package, one digest), a second batch of the
    same workstation (to splice and swap with), the keys, and an empty office store."""

    folder: Path
    plain: bytes
    sealed: bytes
    second: bytes
    members: dict[str, bytes]  # the plain package's members, manifest and signature included
    second_members: dict[str, bytes]
    manifest: dict[str, Any]  # as given to container.build (without members and device)
    enumerator: KeyRing
    office: KeyRing
    pristine: Path  # an office store with no case, to copy
    empty: str  # its case data checksum
    reference: str  # the checksum once the valid package is imported


def make_packages(folder: Path, form: Form, rules: Any, households: int = 5) -> Packages:
    enumerator = KeyRing.create("Enumerator 7", "enumerator", folder / "keys_e")
    office = KeyRing.create("INS", "office", folder / "keys_o")
    office.trust(enumerator.identity)
    with Store.open(folder / "field.sqlite") as store:
        generate(store, form, country="CMR", households=households, seed=3)
        export_batch(store, form, rules, enumerator, folder / "b1.zip")
        first = store.cases()[0].uuid
        export_batch(store, form, rules, enumerator, folder / "b2.zip", cases=[first])
    plain, second = (folder / "b1.zip").read_bytes(), (folder / "b2.zip").read_bytes()
    members = _unzip(plain)
    manifest = json.loads(members[MANIFEST])
    for made_by_build in ("members", "device"):
        manifest.pop(made_by_build)
    content = {n: d for n, d in members.items() if n not in (MANIFEST, SIGNATURE)}
    sealed, _ = container.build(manifest, content, enumerator, office.identity)
    pristine = folder / "pristine.sqlite"
    with Store.open(pristine) as store:
        empty = case_data_checksum(store)
    reference_path = folder / "reference.sqlite"
    shutil.copyfile(pristine, reference_path)
    with Store.open(reference_path) as store:
        assert import_package(store, form, folder / "b1.zip", office).verdict == IMPORTED
        reference = case_data_checksum(store)
    return Packages(
        folder, plain, sealed, second, members, _unzip(second), manifest, enumerator,
        office, pristine, empty, reference,
    )  # fmt: skip


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(rng: random.Random, entries: list[tuple[str, bytes]]) -> bytes:
    """A zip of ``entries`` in their order (a name may repeat), each stored or deflated."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():  # "Duplicate name": wanted here
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries:
                method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
                archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


# -- mutations ------------------------------------------------------------------------------
def _random_bytes(rng: random.Random, most: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, most)))


def _byte_edit(rng: random.Random, data: bytes, kind: str, other: bytes = b"") -> bytes:
    """One edit of the raw bytes."""
    out = bytearray(data)
    at = rng.randrange(len(out) + 1)
    if kind == "flip" and out:
        out[min(at, len(out) - 1)] ^= rng.randint(1, 255)
    elif kind == "insert":
        out[at:at] = _random_bytes(rng, 16)
    elif kind == "delete":
        del out[at : at + rng.randint(1, 64)]
    elif kind == "truncate":
        del out[at:]
    elif kind == "splice" and other:
        out = out[:at] + other[rng.randrange(len(other) + 1) :]
    return bytes(out)


def _edited(rng: random.Random, data: bytes) -> bytes:
    kind = rng.choice(("flip", "insert", "delete", "truncate"))
    for _ in range(rng.randint(1, 3)):
        data = _byte_edit(rng, data, kind)
    return data


def mutate(rng: random.Random, p: Packages) -> tuple[str, bool, bytes]:
    """(kind, sealed, bytes) of one mutated package."""
    sealed = rng.random() < 0.5
    kind = rng.choice(KINDS)
    if kind in BYTE_KINDS:
        data = p.sealed if sealed else p.plain
        for _ in range(rng.randint(1, 3) if kind in ("flip", "insert", "delete") else 1):
            other = rng.choice((p.plain, p.sealed, p.second))
            data = _byte_edit(rng, data, kind, other)
        return kind, sealed, data
    if kind in SIGNED_KINDS:
        return kind, sealed, _resigned(rng, p, kind, sealed)
    entries = list(p.members.items())
    rng.shuffle(entries)
    names = [name for name, _ in entries]
    pick = rng.randrange(len(entries))
    name, data = entries[pick]
    if kind == "swap":  # the same member from the other batch
        entries[pick] = (name, p.second_members.get(name, data))
    elif kind == "exchange":  # two members' contents change places
        there = rng.randrange(len(entries))
        entries[pick], entries[there] = (name, entries[there][1]), (names[there], data)
    elif kind == "alter":
        entries[pick] = (name, _edited(rng, data))
    elif kind == "duplicate":  # the member twice, the copy the same or altered
        copy = data if rng.random() < 0.5 else _edited(rng, data)
        entries.insert(rng.randrange(len(entries) + 1), (name, copy))
    elif kind == "drop":
        del entries[pick]
    elif kind == "extra":
        extra = rng.choice(("notes.txt", "paradata/more.csv", "../up.csv", "/abs.csv", name + "/"))
        entries.insert(rng.randrange(len(entries) + 1), (extra, _random_bytes(rng, 64)))
    # "rezip": the same members in another order and compression: the same package
    inner = _zip(rng, entries)
    return kind, sealed, envelope.seal(inner, p.office.identity) if sealed else inner


def _resigned(rng: random.Random, p: Packages, kind: str, sealed: bool) -> bytes:
    """A member (resign) or a manifest field (remanifest) changed, then signed again by the
    trusted workstation: every check behind the signature gets the bytes."""
    content = {n: d for n, d in p.members.items() if n not in (MANIFEST, SIGNATURE)}
    manifest = dict(p.manifest)
    if kind == "resign":
        name = rng.choice(sorted(content))
        content[name] = _edited(rng, content[name])
    else:
        field = rng.choice(sorted(manifest))
        values: list[Any] = [None, -1, 0, 2**63, 1.5, True, "", "x" * 300, [], {}, "1"]
        manifest[field] = rng.choice([*values, manifest[field]])
    encrypt_to = p.office.identity if sealed else None
    return container.build(manifest, content, p.enumerator, encrypt_to)[0]


# -- the import loop, shared with benchmarks/fuzz_import.py ---------------------------------
class OfficeStore:
    """One office store, reused: a refusal writes only a log row; after an import the store
    is checked, fed the package again (ALREADY), and replaced by a fresh empty copy."""

    def __init__(self, p: Packages, form: Form) -> None:
        self.p, self.form, self.number = p, form, 0
        self.receipts = p.folder / "receipts"
        self.receipts.mkdir(exist_ok=True)
        self.store = self._fresh()

    def _fresh(self) -> Store:
        self.number += 1
        path = self.p.folder / f"office-{self.number}.sqlite"
        shutil.copyfile(self.p.pristine, path)
        return Store.open(path)

    def feed(self, kind: str, sealed: bool, data: bytes) -> str:
        """Import one mutated package and check the rules; its verdict."""
        path = self.p.folder / ("mutated.sealed" if sealed else "mutated.zip")
        path.write_bytes(data)
        store, p = self.store, self.p
        outcome = import_package(store, self.form, path, p.office, receipt_folder=self.receipts)
        assert outcome.verdict in (IMPORTED, ALREADY, REFUSED), outcome
        after = case_data_checksum(store)
        if outcome.verdict != IMPORTED:
            assert outcome.error is not None and outcome.error.text()
            assert after == p.empty, f"{kind}: a {outcome.verdict} import changed the store"
            return outcome.verdict
        if kind not in SIGNED_KINDS:  # the valid package's substance, so exactly its cases
            assert after == p.reference, f"{kind}: imported, but not the valid package's cases"
        again = import_package(store, self.form, path, p.office, receipt_folder=self.receipts)
        assert again.verdict == ALREADY and case_data_checksum(store) == after, again.text()
        self.close()
        self.store = self._fresh()
        return outcome.verdict

    def close(self) -> None:
        self.store.close()
        self.store.path.unlink()


# -- mutated CSV files ------------------------------------------------------------------------
CSV_KINDS = (
    "invalid_utf8", "ragged", "nul", "bom", "huge", "quote", "line_ends", "header", "bytes",
    "empty",
)  # fmt: skip


def mutate_csv(rng: random.Random, data: bytes) -> bytes:
    """One to three CSV-shaped mutations of ``data``."""
    for _ in range(rng.randint(1, 3)):
        data = _csv_edit(rng, rng.choice(CSV_KINDS), data)
    return data


def _csv_edit(rng: random.Random, kind: str, data: bytes) -> bytes:
    lines = data.split(b"\n")
    line = rng.randrange(len(lines))
    at = rng.randrange(len(data) + 1)
    if kind == "invalid_utf8":
        bad = rng.choice((b"\x80", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"))
        return data[:at] + bad + data[at:]
    if kind == "ragged":
        cells = lines[line].split(b",")
        if rng.random() < 0.5 and len(cells) > 1:
            del cells[rng.randrange(len(cells))]
        else:
            cells.insert(rng.randrange(len(cells) + 1), _random_bytes(rng, 4).replace(b"\n", b""))
        lines[line] = b",".join(cells)
        return b"\n".join(lines)
    if kind == "nul":
        return data[:at] + b"\x00" * rng.randint(1, 3) + data[at:]
    if kind == "bom":
        return _bom(rng, data, at)
    if kind == "huge":
        size = rng.choice((1 << 10, (1 << 17) + 7, (1 << 20) + 7))  # 128 KiB: csv's limit
        body = rng.choice((b"a", b"9", b"\xc3\xa9", b" ")) * size
        field = b'"' + body + b'"' if rng.random() < 0.5 else body
        cells = lines[line].split(b",")
        cells[rng.randrange(len(cells))] = field
        lines[line] = b",".join(cells)
        return b"\n".join(lines)
    if kind == "quote":
        piece = rng.choice((b'"', b'""', b'"a"b', b'"\n"', b'"\r'))
        return data[:at] + piece + data[at:]
    if kind == "line_ends":
        return data.replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\n", b"\r\r\n")))
    if kind == "header":
        header = lines[0].split(b",")
        choice = rng.randrange(4)
        if choice == 0:  # a name twice
            header.append(rng.choice(header))
        elif choice == 1:  # a name blank
            header[rng.randrange(len(header))] = b""
        elif choice == 2:  # a name dropped
            del header[rng.randrange(len(header))]
        else:  # a name renamed
            header[rng.randrange(len(header))] += b"_x"
        lines[0] = b",".join(header)
        return b"\n".join(lines) if rng.random() < 0.8 else lines[0]
    if kind == "bytes":
        return _edited(rng, data)
    return b"" if rng.random() < 0.5 else rng.choice((b"\n", b",", b'"', b"\xef\xbb\xbf"))


def _bom(rng: random.Random, data: bytes, at: int) -> bytes:
    """A UTF-8 byte-order mark at the start (allowed), twice, or inside the text."""
    bom = b"\xef\xbb\xbf"
    return rng.choice((bom + data, bom + bom + data, data[:at] + bom + data[at:]))


def read_one_csv(data: bytes, where: str, fields: list[dict[str, Any]]) -> str:
    """``read_csv_bytes`` on ``data``: "read" or "refused", a refusal located in ``where``."""
    try:
        frame = read_csv_bytes(data, where, fields)
    except UserError as error:
        assert error.location is not None and error.location.file == where, error
        assert error.text()
        return "refused"
    assert isinstance(frame, pd.DataFrame)
    return "read"


def read_csv_folder(folder: Path, form: Form) -> str:
    """``read_data`` on a folder of level CSVs: "read" or "refused" (located)."""
    try:
        frames = read_data(folder, form)
    except UserError as error:
        assert error.location is not None and error.location.file, error
        assert error.text()
        return "refused"
    assert all(isinstance(frame, pd.DataFrame) for frame in frames.values())
    return "read"


def csv_inputs(p: Packages, form: Form) -> dict[str, tuple[bytes, list[dict[str, Any]]]]:
    """Each level's CSV (as the package holds it) with its descriptor fields."""
    package = json.loads(p.members["datapackage.json"])
    fields = {r["path"]: r["schema"]["fields"] for r in package["resources"]}
    files = [f"{level.table}.csv" for level in levels(form)]
    return {name: (p.members[name], fields[name]) for name in files}


# -- the tests --------------------------------------------------------------------------------
_FUZZ = settings(
    deadline=None,
    database=None,  # a failure shows its input in the report; no file written beside the suite
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _run(max_examples: int, body: Callable[[random.Random], None]) -> None:
    @settings(_FUZZ, max_examples=max_examples)
    @given(st.randoms(use_true_random=False))
    def run(rng: random.Random) -> None:
        body(rng)

    run()


def test_a_thousand_mutated_packages_import_whole_or_not_at_all(tmp_path, form, rules):
    p = make_packages(tmp_path, form, rules)
    office = OfficeStore(p, form)
    verdicts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()

    def one(rng: random.Random) -> None:
        kind, sealed, data = mutate(rng, p)
        verdicts[office.feed(kind, sealed, data)] += 1
        kinds[kind] += 1

    try:
        _run(PACKAGES, one)
    finally:
        office.close()
    assert sum(verdicts.values()) >= PACKAGES, verdicts
    assert verdicts[REFUSED] and verdicts[IMPORTED], verdicts  # both ways were taken
    assert set(kinds) == set(KINDS), kinds


def test_a_thousand_mutated_csv_files_are_read_or_refused_with_a_place(tmp_path, form, rules):
    p = make_packages(tmp_path, form, rules, households=4)
    inputs = csv_inputs(p, form)
    folder = tmp_path / "batch"
    folder.mkdir()
    outcomes: Counter[str] = Counter()

    def one(rng: random.Random) -> None:
        name = rng.choice(sorted(inputs))
        data, fields = inputs[name]
        mutated = mutate_csv(rng, data)
        outcomes["tabular " + read_one_csv(mutated, name, fields)] += 1
        if rng.random() >= FOLDER_SHARE:
            return
        for other, (original, _) in inputs.items():
            (folder / other).write_bytes(mutated if other == name else original)
        outcomes["read_data " + read_csv_folder(folder, form)] += 1

    _run(CSV_FILES, one)
    assert outcomes["tabular read"] + outcomes["tabular refused"] >= CSV_FILES, outcomes
    assert outcomes["read_data read"] + outcomes["read_data refused"] >= CSV_FILES // 5, outcomes
    assert outcomes["tabular refused"] and outcomes["read_data refused"], outcomes


def test_the_csv_inputs_the_fuzz_found_are_refused_with_a_place(tmp_path, form):
    """Found by the fuzz above (read_data crashed in csv_text's locating scan): a cell above
    the csv module's 128 KiB field limit, and half a UTF-8 character ending a short row."""
    found = {
        "huge cell, short row": b"hh_id,case_uuid\nH1,u1\nH2," + b"a" * 200_000 + b"\nH3\n",
        "half a character": b"hh_id,case_uuid,x\nH1,\xd8",
    }
    for name, data in found.items():
        folder = tmp_path / name.replace(" ", "_").replace(",", "")
        folder.mkdir()
        (folder / "households.csv").write_bytes(data)
        assert read_csv_folder(folder, form) == "refused", name
