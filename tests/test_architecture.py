"""The layering of design.md holds: the core never imports Qt, layers point one way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


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
