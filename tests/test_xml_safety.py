"""A workbook whose XML declares entities is refused, never expanded: billion laughs and an
external entity, in a form loaded by ``surveytool.form.load`` and in openpyxl as our code
runs it, even when openpyxl was started without defusedxml (``OPENPYXL_DEFUSEDXML=False``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest

from surveytool.common.xmlsafety import defuse_openpyxl, refused_xml
from surveytool.form import FormError, load
from surveytool.form.render import build_workbook

FORM = """\
| survey |
| | type | name | label |
| | text | q1 | Name |
| settings |
| | form_id | version |
| | safety | 1 |
"""


def laughs(depth: int) -> str:
    """Entities each ten times the one before: ``&lol{depth};`` is 10**depth "lol"s."""
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, depth + 1)
    )
    return f'<!DOCTYPE worksheet [<!ENTITY lol "lol">{entities}]>'


EXTERNAL = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def hostile(folder: Path, name: str, doctype: str, reference: str) -> Path:
    """The clean form with ``doctype`` before its survey sheet and ``reference`` as a label."""
    clean = folder / "clean.xlsx"
    if not clean.exists():
        build_workbook(FORM, clean)
    out = folder / name
    with zipfile.ZipFile(clean) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode().replace("<t>Name</t>", f"<t>{reference}</t>")
                data = (doctype + text).encode()
            target.writestr(info, data)
    return out


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {
        "laughs": hostile(tmp_path, "laughs.xlsx", laughs(9), "&lol9;"),
        "external": hostile(tmp_path, "external.xlsx", EXTERNAL, "&xxe;"),
        "small": hostile(tmp_path, "small.xlsx", laughs(3), "&lol3;"),
    }


def test_the_clean_form_loads(files, tmp_path):
    assert [q.name for q in load(tmp_path / "clean.xlsx").questions()] == ["q1"]


@pytest.mark.parametrize("kind", ["laughs", "external", "small"])
def test_a_form_with_entities_is_refused_with_a_located_reason(files, kind):
    with pytest.raises(FormError) as caught:
        load(files[kind])
    assert caught.value.location.file == files[kind].name
    assert "declares entities" in str(caught.value)


@pytest.mark.parametrize("kind", ["laughs", "external"])
def test_openpyxl_as_our_code_runs_it_refuses_entities(files, kind):
    defuse_openpyxl()
    with pytest.raises(ValueError) as caught:
        openpyxl.load_workbook(files[kind])
    assert refused_xml(caught.value)


def test_the_protection_holds_when_openpyxl_starts_without_defusedxml(files):
    """openpyxl honours OPENPYXL_DEFUSEDXML=False: a plain read then expands the (small)
    entity; loading a form still refuses it, and so does openpyxl afterwards."""
    script = textwrap.dedent(
        f"""
        import openpyxl
        assert openpyxl.DEFUSEDXML is False
        cell = openpyxl.load_workbook({str(files["small"])!r})["survey"]["C2"].value
        print("expanded", len(cell))
        from surveytool.form import FormError, load
        try:
            load({str(files["laughs"])!r})
        except FormError as error:
            print("refused", "declares entities" in str(error))
        from surveytool.common.xmlsafety import refused_xml
        try:
            openpyxl.load_workbook({str(files["small"])!r})
        except ValueError as error:
            print("openpyxl refused", refused_xml(error))
        """
    )
    env = {**os.environ, "OPENPYXL_DEFUSEDXML": "False"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == [
        "expanded 3000",
        "refused True",
        "openpyxl refused True",
    ]
