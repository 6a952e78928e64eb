"""Find shipped files (forms, validators, code lists, catalogues, icons) wherever we run.

Nothing in surveytool reads the current directory: every shipped file is found through
``resource_path``. There are two layouts, decided once at import:

- **installed** (a wheel, or the PyInstaller bundle, whose modules sit under
  ``sys._MEIPASS/surveytool``): the folders travel inside the package, as
  ``surveytool/shipped/forms`` etc. (``setup.py`` and ``build_exe.spec`` put them there);
- **source checkout** (and the editable install made by ``scripts/setup.sh``): the folders sit at
  the repository root, beside the ``surveytool`` package, where people edit them.

One rule for both installed cases keeps the bundle from needing its own branch: a frozen
module's ``__file__`` lies under ``sys._MEIPASS`` like a wheel's under ``site-packages``.
"""

from __future__ import annotations

from pathlib import Path

SHIPPED_FOLDERS = ("forms", "validators", "resources")
"""The data folders every layout provides (``setup.py`` and ``build_exe.spec`` copy these)."""

_PACKAGE = Path(__file__).resolve().parents[1]


def _find_root() -> Path:
    installed = _PACKAGE / "shipped"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent


_ROOT = _find_root()
"""Resolved once: resolving a path asks the file system at each step, and every catalogued
message finds its catalogue through here (0.1 s a validation)."""


def project_root() -> Path:
    """The folder holding ``forms/``, ``validators/`` and ``resources/``."""
    return _ROOT


def layout() -> str:
    """``"installed"`` or ``"checkout"``: said by ``--version`` and the self-test."""
    return "installed" if _ROOT.name == "shipped" else "checkout"


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("resources", "codelists", "isco08.csv")``."""
    return _ROOT.joinpath(*parts)


def shipped_form() -> Path:
    """The questionnaire the app opens by default: the XLSForm shipped in ``forms/`` (the
    first by name if an office ships several; ``--form`` chooses another)."""
    found = sorted(resource_path("forms").glob("*.xlsx"))
    if not found:
        raise FileNotFoundError(f"no XLSForm (.xlsx) in {resource_path('forms')}")
    return found[0]
