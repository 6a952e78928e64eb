"""The built wheel, installed in a fresh virtual environment, works outside the checkout.

A normal (non-editable) wheel must carry the questionnaire, the rules, the code lists and the
catalogues (``setup.py`` copies them to ``surveytool/shipped``), and the code must find them
there: the editable install the other tests use reads them from the checkout, so only this
test sees a file the wheel forgets. It needs the package index (or pip's cache) for the
dependencies, as ``scripts/setup.sh`` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from surveytool.common.resources import SHIPPED_FOLDERS, resource_path

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(command: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    # conftest moves XDG_CACHE_HOME into the run's folder; pip keeps its own cache of wheels
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    done = subprocess.run(
        command, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    if check and done.returncode != 0:
        raise AssertionError(f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")  # not the checkout's build/: a clean tree each run
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        cwd=build,
    )
    (found,) = out.glob("surveytool-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    """A fresh environment with the wheel and its dependencies only (no GUI, no dev tools)."""
    folder = tmp_path_factory.mktemp("venv") / "env"
    _run([sys.executable, "-m", "venv", str(folder)], cwd=folder.parent)
    python = folder / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "-q", str(wheel)], cwd=folder.parent)
    return folder


def test_wheel_carries_every_shipped_file(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for folder in SHIPPED_FOLDERS:
        for path in resource_path(folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(resource_path()).as_posix()
                assert f"surveytool/shipped/{relative}" in names, relative


def test_installed_wheel_checks_the_form_and_validates_outside_the_checkout(venv, tmp_path):
    surveytool = str(venv / "bin" / "surveytool")
    checked = _run([surveytool, "forms", "check"], cwd=tmp_path)
    assert "Form 'lfs_migration' version" in checked.stdout and ": OK" in checked.stdout
    code = (
        "import surveytool.common.resources as r, surveytool.cli as c;"
        "print(r.layout(), r.project_root(), c.__file__)"
    )
    where = _run([str(venv / "bin" / "python"), "-c", code], cwd=tmp_path).stdout.split()
    assert where[0] == "installed"
    assert Path(where[1]).is_relative_to(venv) and Path(where[2]).is_relative_to(venv)

    store = tmp_path / "batch.sqlite"
    _run([surveytool, "demo", "--store", str(store), "--households", "12"], cwd=tmp_path)
    report = tmp_path / "report.json"
    validated = _run(
        [surveytool, "validate", str(store), "--json", str(report), "--language", "fr"],
        cwd=tmp_path,
        check=False,
    )
    assert validated.returncode in (0, 1), validated.stderr  # 1: errors found, still a report
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    assert len(summary) > 100  # every rule of the shipped rules file ran
    assert "vérification" in validated.stdout or "erreur" in validated.stdout  # fr catalogue


def test_installed_self_test_passes_then_names_a_missing_file(venv, tmp_path):
    surveytool = str(venv / "bin" / "surveytool")
    passed = _run([surveytool, "--self-test"], cwd=tmp_path)
    assert passed.stdout.rstrip().splitlines()[-1].startswith("self-test: ok")
    assert "installed layout" in passed.stdout
    assert "desktop: skipped" in passed.stdout  # the wheel alone has no Qt

    site = next((venv / "lib").glob("python3*/site-packages"))
    code_list = site / "surveytool" / "shipped" / "resources" / "codelists" / "isco08.csv"
    code_list.rename(code_list.with_suffix(".moved"))
    try:
        failed = _run([surveytool, "--self-test"], cwd=tmp_path, check=False)
    finally:
        code_list.with_suffix(".moved").rename(code_list)
    assert failed.returncode == 1
    assert "self-test: form and rules: FAILED" in failed.stdout
    assert "isco08" in failed.stdout
    assert "self-test: ok" not in failed.stdout
