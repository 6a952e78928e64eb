"""The layering of docs/architecture.md holds: the core never imports Qt, layers point one way,
and the contracts deny by default (a new package, or Qt in any core module, breaks them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINTER = Path(sys.executable).with_name("lint-imports")
LAYERS = "Layers: every package has one, every import points down"
QT = "Only the desktop app imports Qt"


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports with the project's contracts on the ``surveytool`` package under ``root``."""
    return subprocess.run(
        [str(LINTER), "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},  # the copy under root, not the installed one
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_linter_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


# (file under surveytool/, text appended, the contract it breaks, what the report must name)
BAD_IMPORTS = {
    "qt in the store": (
        "store/crashcheck.py",
        "import PySide6\n",
        QT,
        "surveytool.store.crashcheck -> PySide6",
    ),
    "qt in casework": (
        "casework/review.py",
        "from shiboken6 import isValid\n",
        QT,
        "surveytool.casework.review -> shiboken6",
    ),
    "qt in cli": ("cli/__init__.py", "from PySide6.QtCore import Qt\n", QT, "surveytool.cli -> PySide6"),
    "a package with no layer": ("extras/__init__.py", "", LAYERS, "- surveytool.extras"),
    "a module with no layer": ("helpers.py", "", LAYERS, "- surveytool.helpers"),
    "the store reads the form": (
        "store/lock.py",
        "from surveytool.form import model\n",
        "The store knows no form: it imports common only",
        "surveytool.store.lock -> surveytool.form.model",
    ),
}


@pytest.mark.parametrize("case", BAD_IMPORTS, ids=list(BAD_IMPORTS))
def test_a_bad_import_is_caught(tmp_path: Path, case: str):
    """Deny by default: the contracts cover code nobody listed in them yet."""
    relative, text, contract, named = BAD_IMPORTS[case]
    shutil.copytree(
        ROOT / "surveytool",
        tmp_path / "surveytool",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    target = tmp_path / "surveytool" / relative
    target.parent.mkdir(exist_ok=True)
    with target.open("a", encoding="utf-8") as file:
        file.write(text)
    result = lint(tmp_path)
    assert result.returncode != 0, result.stdout
    assert f"{contract} BROKEN" in result.stdout
    assert result.stdout.count("BROKEN") == 1, result.stdout  # that contract alone
    assert named in result.stdout, result.stdout


def test_cli_import_loads_no_qt():
    code = (
        "import sys, surveytool.cli, surveytool.form, surveytool.expr;"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')));"
        "print(','.join(qt))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_entry_path_does_not_import_heavy_libraries():
    """The CLI and the interview path (what the entry screen needs) load no pandas."""
    code = (
        "import sys, surveytool.cli, surveytool.form, surveytool.interview, surveytool.store,"
        " surveytool.casework;"
        "heavy = [m for m in ('pandas', 'pyxform', 'openpyxl', 'pandera') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
