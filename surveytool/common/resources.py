"""Find shipped files (forms, validators, code lists) from a source checkout or a frozen app.

Nothing in surveytool reads the current directory: every shipped file is found through
``resource_path``. In a PyInstaller bundle the files sit under ``sys._MEIPASS``; from source
they sit at the repository root, beside the ``surveytool`` package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parents[2]
"""The repository root, resolved once: resolving a path asks the file system at each step,
and every catalogued message finds its catalogue through here (0.1 s a validation)."""


def project_root() -> Path:
    """The folder holding ``forms/``, ``validators/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("resources", "codelists", "isco08.csv")``."""
    return project_root().joinpath(*parts)


def shipped_form() -> Path:
    """The questionnaire the app opens by default: the XLSForm shipped in ``forms/`` (the
    first by name if an office ships several; ``--form`` chooses another)."""
    found = sorted(resource_path("forms").glob("*.xlsx"))
    if not found:
        raise FileNotFoundError(f"no XLSForm (.xlsx) in {resource_path('forms')}")
    return found[0]
