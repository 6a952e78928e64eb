"""pulldata() against a CSV beside the form (issue 15, point 2): the form's data files are
read once at load, checked there (a missing file or column is a located problem, not a blank
during the interview), and handed to expressions through ``EvalContext.external`` by the
interview and by batch validation alike.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from surveytool.expr import EvalContext, ExprError
from surveytool.form import FormError, load
from surveytool.form.external import FormData, with_data_files

FEATURES = Path(__file__).parent / "forms" / "features"


def test_the_form_data_files_answer_pulldata_lookups() -> None:
    form = load(FEATURES / "external_files.md")
    data = FormData(form.data_files)
    assert data.pulldata("crops", "label::English (en)", "name", "0230") == "Cassava"
    assert data.pulldata("markets", "district", "name", "m3") == "201"
    assert data.pulldata("crops", "kind", "name", "9999") == ""  # no such key: blank
    with pytest.raises(ExprError, match="no column 'price'"):
        data.pulldata("crops", "price", "name", "0110")
    with pytest.raises(ExprError, match=r"prices\.csv"):
        data.pulldata("prices", "price", "code", "007")


def test_interview_and_batch_contexts_carry_the_data_files() -> None:
    from surveytool.interview import Interview

    form = load(FEATURES / "external_files.md")
    external = Interview(form).context().external
    assert external is not None
    assert external.pulldata("crops", "kind", "name", "0110") == "cereal"
    given = EvalContext()
    assert with_data_files(given, {}) is given  # a form without files: nothing to add
    mine = FormData({})
    assert with_data_files(EvalContext(external=mine), form.data_files).external is mine


def copy_feature(tmp_path: Path, name: str, *files: str) -> Path:
    for file in (f"{name}.md", *files):
        shutil.copy(FEATURES / file, tmp_path / file)
    return tmp_path / f"{name}.md"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(FormError) as caught:
        load(path)
    return [problem.text() for problem in caught.value.problems]
