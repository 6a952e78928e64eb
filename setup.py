"""Wheel contents beyond the Python package: the questionnaires (``forms/``), the batch rules
(``validators/``) and the code lists, catalogues and icons (``resources/``).

They live at the top of the repository, where people edit them, and an installed package
cannot reach outside itself: the wheel (and the PyInstaller bundle, ``build_exe.spec``) carry
them as ``surveytool/shipped/<folder>``, which ``surveytool.common.resources`` looks for
first. Everything else about the build is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("forms", "validators", "resources")
"""The data folders, copied whole; what they must hold is checked by tests/test_wheel.py."""

SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildWithShippedData(build_py):
    """``build_py`` that also copies the data folders into the built package.

    An editable install reads them in place from the checkout, so nothing is copied then."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "surveytool" / "shipped"
        for folder in SHIPPED:
            destination = target / folder
            if destination.exists():
                shutil.rmtree(destination)
            shutil.copytree(root / folder, destination, ignore=SKIPPED)


setup(cmdclass={"build_py": BuildWithShippedData})
