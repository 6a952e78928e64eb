"""The Qt binding itself must not crash a long session.

PySide6 6.12.0 on Python 3.11 takes one reference from ``None`` on every Qt call returning
nothing (``setText``, ``processEvents``…); after a few thousand calls the interpreter aborts
with "none_dealloc". An enumerator's day is millions of such calls, so the version is pinned
in pyproject.toml and this test keeps a future upgrade honest.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2_000):
        label.setText(str(number))
    # other code running meanwhile may move the count a little; the bug moves it by 2,000
    assert sys.getrefcount(None) - before > -100
