"""A whole household entered with the keyboard alone, as an enumerator in heads-down entry.

Every key goes to whatever has the focus (``Keyboard``): no mouse, no call on a widget. The
test only reads the screen to know which question the cursor is on, then answers it with
keys, from the case list to "Mark complete"; the answers are then read back from the store
file.
"""

from __future__ import annotations

from pathlib import Path

from gui_helpers import Keyboard, settle
from household_answers import FINAL, HEAD, HOUSEHOLD, MIGRANT, MIGRANT_REST, SPOUSE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from surveytool.casework import load_interview
from surveytool.interview import Address
from surveytool.store import Store
from surveytool.ui.form_page import QuestionRow
from surveytool.ui.inputs import CheckInput, ComboInput, LineInput, RadioInput
from surveytool.ui.main_window import MainWindow

MEMBERS = (HEAD, SPOUSE, MIGRANT | {"rc_cost_total": 195000} | MIGRANT_REST)
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def open_window(qtbot, store: Store, form, rules) -> MainWindow:
    window = MainWindow(store, form, rules=rules)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    settle()
    return window


def row_of(widget: QWidget | None) -> QuestionRow | None:
    while widget is not None and not isinstance(widget, QuestionRow):
        widget = widget.parentWidget()
    return widget


def answer_with_keys(keys: Keyboard, row: QuestionRow, value: object) -> None:
    """Answer the focused question with keys, ending with Enter (accept and move on)."""
    widget = row.input
    if isinstance(widget, LineInput):
        keys.type(str(value))
    elif isinstance(widget, RadioInput):
        index = list(widget.buttons).index(str(value))
        keys.press(DIGITS[min(index, 8)])  # n-th option
        for _ in range(index - 8):
            keys.press(Qt.Key.Key_Down)  # beyond the ninth: arrows pick the next one
    elif isinstance(widget, CheckInput):
        codes = list(widget.buttons)
        at = 0
        for code in str(value).split():
            for _ in range(codes.index(code) - at):
                keys.press(Qt.Key.Key_Down)
            at = codes.index(code)
            keys.press(Qt.Key.Key_Space)
    elif isinstance(widget, ComboInput):
        keys.type(f"({value})")  # the code as every entry shows it: "Nigeria (NGA)"
    else:
        raise AssertionError(f"no input for {row.address}")
    keys.press(Qt.Key.Key_Return)


def test_whole_household_with_keys_only(qtbot, form, rules, tmp_path: Path, capsys):
    path = tmp_path / "enumerator.sqlite"
    store = Store.open(path)
    window = open_window(qtbot, store, form, rules)
    keys = Keyboard()
    assert QApplication.focusWidget() is window.cases.search  # the list opens ready to search

    keys.press(
        Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.cases.dialog is not None and window.cases.dialog.isVisible())
    assert QApplication.focusWidget() is window.cases.dialog.cluster  # what a person types first
    keys.type("C014")
    keys.press(Qt.Key.Key_Tab)
    keys.type("7")
    keys.press(Qt.Key.Key_Tab)
    keys.type("E07")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form_view is not None and window.form_view.isVisible())
    settle()
    view = window.form_view
    interview = view.interview
    assert interview.value(Address("hh_id")) == "CMR-2026-C014-7"

    skipped: list[str] = []
    for _ in range(2000):
        focus = QApplication.focusWidget()
        if focus is view.complete_button:
            break
        assert focus is not None, "nothing has the keyboard focus"
        if focus is getattr(view.page, "table", None):
            members = interview.instances("persons")
            keys.press(Qt.Key.Key_Insert if len(members) < len(MEMBERS) else Qt.Key.Key_PageDown)
            continue
        row = row_of(focus)
        assert row is not None, f"the cursor left the questions: {focus!r}"
        address = row.address
        if address.repeat == "persons":
            answers = MEMBERS[interview.instances("persons").index(address.instance)]
        else:
            answers = HOUSEHOLD | FINAL
        if address.name in answers:
            answer_with_keys(keys, row, answers[address.name])
        else:
            skipped.append(address.name)  # not asked of this household: pass it
            keys.press(Qt.Key.Key_Tab)
    else:
        raise AssertionError("the keyboard never reached the end of the questionnaire")
    keys.press(Qt.Key.Key_F10)
    assert view.session.status == "complete", (
        [str(p.address) for p in interview.problems()],
        skipped,
    )
    assert "complete" in view.notice.text().lower()
    inputs = [row.input for row in view.page.rows.values() if row.input is not None]
    assert inputs and not any(widget.isEnabled() for widget in inputs)  # now read-only
    assert view.reopen_button.isVisibleTo(view)
    case_uuid = view.session.case_uuid
    with capsys.disabled():
        print(f"\nkeystrokes: {keys.count} (questions passed without an answer: {len(skipped)})")
    window.close()
    store.close()

    with Store.open(path, readonly=True) as reader:
        stored, _ = load_interview(reader, form, case_uuid)
        assert reader.case(case_uuid).status == "complete"
    assert stored.instances("persons") == interview.instances("persons")
    for name, value in (HOUSEHOLD | FINAL).items():
        assert same(stored.value(Address(name)), value), name
    for uid, answers in zip(stored.instances("persons"), MEMBERS, strict=True):
        for name, value in answers.items():
            found = stored.value(stored.address(name, uid))
            assert same(found, value), (uid, name, found, value)


def same(stored: object, given: object) -> bool:
    if isinstance(given, int | float) and not isinstance(stored, str):
        return stored is not None and float(stored) == float(given)  # type: ignore[arg-type]
    return str(stored).startswith(str(given))  # '2025-03' is stored as '2025-03-01'
