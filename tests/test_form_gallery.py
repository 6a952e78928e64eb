"""docs/forms.md, the form gallery, says what surveytool supports: keep it true.

Every feature the page marks *yes* is probed the way ``scripts/form_gallery.py`` probes it
(a one-feature form loaded and a case of it walked to completion), and every feature the
probe knows has its row on the page. A feature the page marks *no* that starts to work does
not fail here: the probe prints it, and the page is updated when someone reads it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "forms.md"
_ROW = re.compile(r"^\| `(?P<feature>[^`]+)` \| (?P<surveytool>[^|]*) \|")


def _gallery() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "form_gallery", ROOT / "scripts" / "form_gallery.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["form_gallery"] = module
    spec.loader.exec_module(module)
    return module


def _rows() -> dict[str, str]:
    found = {}
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            found[match["feature"]] = match["surveytool"].strip()
    return found


def test_every_probed_feature_has_its_row_on_the_page() -> None:
    missing = [feature for feature in _gallery().FEATURES if feature not in _rows()]
    assert not missing, missing


@pytest.mark.parametrize("feature", [f for f, says in _rows().items() if says.startswith("yes")])
def test_a_feature_the_page_marks_yes_opens_and_completes(feature: str) -> None:
    assert _gallery().probe(feature) == "yes"


def test_the_probe_tells_a_refusal_from_a_form_that_loads() -> None:
    gallery = _gallery()
    assert gallery.probe("integer") == "yes"
    gallery.FEATURES["a type nobody knows"] = ["no_such_type | q | Q"]
    try:
        answer = gallery.probe("a type nobody knows")
    finally:
        del gallery.FEATURES["a type nobody knows"]
    assert answer.startswith("no: ") and "no_such_type" in answer
