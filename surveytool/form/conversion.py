"""pyxform's last stages as a check: what ODK's own converter refuses, we refuse too.

``xlsform.read`` maps the output of pyxform's ``workbook_to_json`` to our model. ODK tools go
on: ``builder.create_survey_element_from_dict`` and ``Survey.to_xml`` build the XForm, and that
stage refuses more, e.g. a ``${name}`` that is unknown or ambiguous (the same name in two
groups) in an expression, a label or ``instance_name``. This module runs those stages without
ODK Validate (Java) and turns a refusal into our located ``FormProblem``.

Building the XForm costs about 0.9 s on the shipped form, twelve times the rest of loading
(pyxform compares sections through their JSON dicts, quadratically). So a workbook that
passed is remembered by the hash of its bytes (and pyxform's version) in the user cache
folder: the first load of a form pays, the next ones do not. A refusal is not remembered: the
author is editing that workbook anyway. A cache that cannot be read or written only costs time.
"""

from __future__ import annotations

import copy
import hashlib
import json as jsonlib
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from surveytool.common.errors import Location
from surveytool.form.errors import PYXFORM_FAILED, FormProblem
from surveytool.form.sheets import SheetIndex, locate_pyxform_message, strip_row_prefix

log = logging.getLogger(__name__)

#: bump when what is remembered, or what the check covers, changes
_CACHE_FORMAT = 1
#: remembered passes kept; older ones are removed when a new one is written
_CACHE_KEEP = 256


def cache_folder() -> Path:
    """Where passes are remembered: ``SURVEYTOOL_CACHE`` if set, else the user cache folder."""
    chosen = os.environ.get("SURVEYTOOL_CACHE")
    if chosen:
        return Path(chosen) / "pyxform"
    from platformdirs import user_cache_path

    return user_cache_path("surveytool", appauthor=False) / "pyxform"


def check_conversion(
    path: Path, json: Mapping[str, Any], sheets: Mapping[str, SheetIndex]
) -> tuple[list[FormProblem], list[str]]:
    """pyxform's XForm build of ``json`` (``workbook_to_json``'s output for ``path``).

    Returns the refusal as located problems (none, or one: pyxform stops at the first) and
    pyxform's warnings (remembered with a pass)."""
    import pyxform

    digest = _digest(path, str(pyxform.__version__))
    remembered = _remembered(digest)
    if remembered is not None:
        return [], remembered
    warnings: list[str] = []
    problem = _convert(json, path.name, sheets, warnings)
    if problem is not None:
        return [problem], warnings
    _remember(digest, warnings)
    return [], warnings


def _convert(
    json: Mapping[str, Any], file: str, sheets: Mapping[str, SheetIndex], warnings: list[str]
) -> FormProblem | None:
    from pyxform.builder import create_survey_element_from_dict
    from pyxform.errors import PyXFormError

    try:
        survey = create_survey_element_from_dict(copy.deepcopy(dict(json)))
        survey.to_xml(validate=False, pretty_print=False, warnings=warnings)
    except PyXFormError as error:
        message = str(error)
        location = locate_pyxform_message(message, file, sheets)
        if location.row is None:
            location = _element_named(message, file, sheets) or location
        return FormProblem(strip_row_prefix(message), location)
    except Exception as error:  # pyxform's own defect on an odd workbook
        log.warning("pyxform failed on %s", file, exc_info=True)
        said = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return FormProblem(PYXFORM_FAILED, Location(file), {"error": said})
    return None


def _element_named(message: str, file: str, sheets: Mapping[str, SheetIndex]) -> Location | None:
    """pyxform names an element but no row ("... the survey element named 'x'"): its row."""
    match = re.search(r"named '([^']+)'", message)
    survey = sheets.get("survey")
    if match is None or survey is None or survey.index_of(match.group(1)) is None:
        return None
    return survey.location(match.group(1), "name")


def _digest(path: Path, pyxform_version: str) -> str | None:
    try:
        content = path.read_bytes()
    except OSError:
        return None
    hashed = hashlib.sha256(content)
    hashed.update(f"\0{pyxform_version}\0{_CACHE_FORMAT}".encode())
    return hashed.hexdigest()


def _remembered(digest: str | None) -> list[str] | None:
    if digest is None:
        return None
    try:
        entry = jsonlib.loads((cache_folder() / f"{digest}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = entry.get("warnings") if isinstance(entry, dict) else None
    if not isinstance(found, list):
        return None
    return [str(warning) for warning in found]


def _remember(digest: str | None, warnings: list[str]) -> None:
    if digest is None:
        return
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{digest}.{os.getpid()}.partial"
        partial.write_text(jsonlib.dumps({"warnings": warnings}), encoding="utf-8")
        partial.replace(folder / f"{digest}.json")
        _prune(folder)
    except OSError:
        log.info("cannot remember pyxform's pass in %s", folder, exc_info=True)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda entry: entry.stat().st_mtime)
    for old in entries[:-_CACHE_KEEP]:
        old.unlink(missing_ok=True)
