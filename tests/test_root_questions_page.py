"""Questions in no group get a page of their own on the entry screen.

Many real ODK forms ask every question at the top of the survey sheet, in no group: the
entry screen once had no page for them and crashed opening such a case (found by the corpus
and by the helpers' feature forms)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import answer, settle

from surveytool.form import load
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.ui import page_flow
from surveytool.ui.form_page import FormPage
from surveytool.ui.main_window import MainWindow

NO_GROUP = """
| survey |
| | type | name | label | relevant |
| | text | village | Village? | |
| | integer | people | How many people live here? | |
| | text | head | Name of the head? | ${people} > 0 |
"""

THEN_A_GROUP = (
    NO_GROUP.rstrip()
    + """
| | begin_group | water | Water | |
| | text | source | Main source of water? | |
| | end_group | | | |
"""
)


def _window(qtbot, tmp_path: Path, text: str) -> tuple[MainWindow, object]:
    path = tmp_path / "form.md"
    path.write_text(text.strip() + "\n", encoding="utf-8")
    form = load(path)
    store = Store.open(tmp_path / "store.sqlite")
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.show()
    settle()
    key = SurveyKey("CMR", "2026", "C1", 1)
    case = store.create_case(form.form_id, form.version, key, "E01")
    view = window.open_case(case)
    assert view is not None
    settle()
    return window, view


@pytest.mark.parametrize("text", [NO_GROUP, THEN_A_GROUP], ids=["no group", "then a group"])
def test_questions_in_no_group_have_the_first_page(qtbot, tmp_path, text):
    window, view = _window(qtbot, tmp_path, text)
    assert view.current == (page_flow.CASE_PAGE, None)
    page = view.page
    assert isinstance(page, FormPage)
    assert [a.name for a in page.rows] == ["village", "people", "head"]
    answer(page, Address("village"), "Bafia")
    answer(page, Address("people"), 4)
    settle()
    assert view.interview.value(Address("people")) == 4
    assert page.rows[Address("head")].isVisibleTo(page)  # relevance still applies per question
    window.store.close()


def test_the_walk_goes_on_to_the_group_after_them(qtbot, tmp_path):
    window, view = _window(qtbot, tmp_path, THEN_A_GROUP)
    pages = page_flow.pages(view.interview)
    assert pages == [(page_flow.CASE_PAGE, None), ("water", None)]
    assert page_flow.neighbour(view.interview, pages[0], 1) == ("water", None)
    assert page_flow.page_of(view.interview, Address("people")) == pages[0]
    assert page_flow.page_of(view.interview, Address("source")) == pages[1]
    window.store.close()
