"""The exchange dialogs under a right-to-left interface (Arabic): paths, dates and quoted
values are laid out whole, and a table row is selected as in English."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from surveytool.common.errors import Location, UserError, problem_record
from surveytool.package.container import _UNTRUSTED as SIGNED  # the refusal that showed it
from surveytool.ui import i18n
from surveytool.ui.bidi import LRI, PDI, ltr
from surveytool.ui.exchange_run import error_text, record_text
from surveytool.ui.selection import select_row


@pytest.fixture
def arabic(qapp: QApplication):
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")


def test_left_to_right_texts_are_untouched_in_english():
    assert ltr("/tmp/a.zip") == "/tmp/a.zip"
    error = UserError(SIGNED, Location(file="/tmp/a.zip"), creator="E 7", fingerprint="1055fe")
    assert error_text(error, "en") == error.text("en")
    assert record_text(problem_record(error), "en") == error.text("en")


def test_paths_and_quoted_values_are_isolated_in_arabic(arabic):
    assert ltr("2026-03-01 12:00") == f"{LRI}2026-03-01 12:00{PDI}"
    error = UserError(SIGNED, Location(file="/tmp/a.zip"), creator="E 7", fingerprint="1055fe")
    text = error_text(error, "ar")
    assert f"{LRI}/tmp/a.zip{PDI}" in text
    assert "\u20681055fe\u2069" in text  # digits then letters: one run, not two
    assert record_text(problem_record(error), "ar") == text
    assert record_text("plain words", "ar") == "plain words"
    assert record_text(json.dumps([1]), "ar") == "[1]"


def test_a_row_is_selected_right_to_left_when_the_columns_fill_the_view(qtbot, arabic):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(3, 3, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(300, 200)
    view.show()
    view.selectRow(1)  # Qt's own: nothing selected (why select_row exists)
    select_row(view, 1)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
    assert view.currentIndex().row() == 1
