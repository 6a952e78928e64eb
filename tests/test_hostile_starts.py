"""Hostile starts, on real files: a store in a folder we cannot write in, a corrupt or foreign
file, a store of a newer schema. Each is refused with a message that names the file and says
what it is, never an OSError or an sqlite3 traceback, and a refused file is left exactly as
it was: same bytes, nothing beside it (no lock, no -wal, no -shm)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from surveytool.cli import main as cli_main
from surveytool.store import Store, StoreError, SurveyKey
from surveytool.store.errors import (
    FOREIGN,
    NEWER,
    NO_STORE,
    NOT_SQLITE,
    READ_ONLY,
    TRUNCATED,
    UNWRITABLE,
    StoreUnusable,
)
from surveytool.store.schema import VERSION

KEY = SurveyKey("CMR", "2026", "C001", 1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_store(path: Path) -> Path:
    with Store.open(path) as store:
        store.create_case("lfs_migration", "2026.1", KEY, "E01")
    return path


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def truncated(path: Path) -> None:
    whole = a_store(path.with_name("whole.sqlite")).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])


def text_file(path: Path) -> None:
    path.write_text("country,round\nCMR,2026\n", encoding="utf-8")


def workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")


def foreign(path: Path) -> None:
    """Another program's database (a browser's history): user_version 0, tables not ours."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()


def foreign_versioned(path: Path) -> None:
    """Another program that numbers its own schema with user_version (many do)."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("PRAGMA user_version = 2")
    connection.close()


def newer(path: Path) -> None:
    """A store a newer surveytool wrote: ours in every way but its schema number."""
    a_store(path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.commit()
    connection.close()


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "random bytes": (random_bytes, "not an SQLite file, it holds data of another kind"),
    "truncated": (truncated, "it is cut short"),
    "text renamed .sqlite": (text_file, "not an SQLite file, it holds text"),
    "xlsx renamed .sqlite": (workbook, "it holds a ZIP archive (an Excel workbook"),
    "foreign": (foreign, "belongs to another program (it holds tables moz_bookmarks, moz_places)"),
    "foreign, numbered": (foreign_versioned, "belongs to another program (it holds tables notes)"),
    "newer": (newer, f"written by a newer surveytool (schema {VERSION + 1}, we know {VERSION})"),
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    make, said = HOSTILE[request.param]
    folder = tmp_path / "hostile"
    folder.mkdir()
    path = folder / "survey.sqlite"
    make(path)
    for left in folder.iterdir():  # only the file under test stays (truncated's whole copy)
        if left != path:
            left.unlink()
    return path, said


@pytest.mark.parametrize("readonly", [False, True], ids=["open", "read-only"])
def test_a_hostile_file_is_refused_by_name_and_left_unchanged(hostile, readonly: bool):
    path, said = hostile
    before = sha256(path)
    with pytest.raises(StoreUnusable) as refused:
        Store.open(path, readonly=readonly)
    text = str(refused.value)
    assert text.startswith(f"{path}: ") and said in text
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no lock, -wal, -shm


def test_each_kind_has_its_own_catalogued_message(tmp_path: Path):
    kinds = {"random bytes": NOT_SQLITE, "truncated": TRUNCATED, "foreign": FOREIGN}
    kinds["newer"] = NEWER
    for name, template in kinds.items():
        path = tmp_path / f"{name}.sqlite"
        HOSTILE[name][0](path)
        with pytest.raises(StoreUnusable) as refused:
            Store.open(path)
        assert not isinstance(refused.value.problem, str)
        assert refused.value.problem.template is template


def test_a_newer_store_keeps_its_wal_journal_and_its_bytes(tmp_path: Path):
    path = tmp_path / "newer.sqlite"
    newer(path)
    header = path.read_bytes()[:20]
    assert header[18:20] == b"\x02\x02"  # WAL, as our stores are
    before, beside = sha256(path), sorted(tmp_path.iterdir())  # the lock file its writer left
    for readonly in (False, True):
        with pytest.raises(StoreUnusable, match="newer surveytool"):
            Store.open(path, readonly=readonly)
    assert sha256(path) == before and path.read_bytes()[18:20] == b"\x02\x02"
    assert sorted(tmp_path.iterdir()) == beside


def test_an_empty_file_or_a_new_path_is_still_a_new_store(tmp_path: Path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "deeper" / "new.sqlite"):
        with Store.open(path) as store:
            assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_a_store_a_crashed_writer_left_with_its_wal_still_opens(tmp_path: Path):
    """The -wal beside a store holds committed answers: it is read, not refused."""
    path = tmp_path / "crashed.sqlite"
    a_store(path)
    script = (
        "import os, sys\n"
        "from surveytool.store import Store, SurveyKey\n"
        "store = Store.open(sys.argv[1])\n"
        "store.create_case('f', '1', SurveyKey('CMR', '2026', 'C9', 2), 'E')\n"
        "os._exit(0)\n"  # no close: the -wal stays, as after a power cut
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    assert path.with_name("crashed.sqlite-wal").exists()
    with Store.open(path) as store:
        assert store.count_cases() == 2


# -- a folder we cannot write in --------------------------------------------------------------
def test_a_store_under_a_file_names_the_folder_it_cannot_write_in(tmp_path: Path):
    """mkdir fails with NotADirectoryError even for root (CI runs as root)."""
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    path = blocker / "surveytool" / "surveytool.sqlite"
    with pytest.raises(StoreUnusable) as refused:
        Store.open(path)
    assert refused.value.problem.template is UNWRITABLE  # type: ignore[union-attr]
    assert f"cannot write in the folder {path.parent}" in str(refused.value)
    with pytest.raises(StoreError) as missing:
        Store.open(path, readonly=True)
    assert missing.value.problem.template is NO_STORE  # type: ignore[union-attr]


def test_the_default_store_in_an_unusable_data_folder_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    if sys.platform != "linux":
        pytest.skip("XDG_DATA_HOME moves the user data folder on Linux only")
    blocker = tmp_path / "share"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(StoreUnusable, match=f"cannot write in the folder {blocker}"):
        Store.open()


root_ignores_modes = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root (CI) writes whatever the modes"
)


@root_ignores_modes
def test_a_read_only_folder_is_named_and_nothing_is_written(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreUnusable, match=f"cannot write in the folder {folder}"):
            Store.open(folder / "s.sqlite")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@root_ignores_modes
def test_a_read_only_store_file_says_so_and_can_still_be_read(tmp_path: Path):
    path = a_store(tmp_path / "s.sqlite")
    path.chmod(0o400)
    try:
        with pytest.raises(StoreUnusable) as refused:
            Store.open(path)
        assert refused.value.problem.template is READ_ONLY  # type: ignore[union-attr]
        with Store.open(path, readonly=True) as reader:
            assert reader.count_cases() == 1
    finally:
        path.chmod(0o600)


# -- the command line -------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["validate", "tables", "demo"])
def test_the_command_line_says_where_and_exits_2(hostile, command: str, tmp_path: Path, capsys):
    path, said = hostile
    before = sha256(path)
    argv = {
        "validate": ["validate", str(path)],
        "tables": ["tables", "--store", str(path), "--out", str(tmp_path / "out")],
        "demo": ["demo", "--store", str(path), "--households", "1"],
    }[command]
    assert cli_main(argv) == 2
    captured = capsys.readouterr()
    assert said in captured.err and str(path) in captured.err
    assert "Traceback" not in captured.err
    assert sha256(path) == before


def test_the_command_line_names_a_folder_it_cannot_write_in(tmp_path: Path, capsys):
    blocker = tmp_path / "usb"
    blocker.write_text("", encoding="utf-8")
    assert cli_main(["demo", "--store", str(blocker / "s.sqlite"), "--households", "1"]) == 2
    assert f"cannot write in the folder {blocker}" in capsys.readouterr().err
