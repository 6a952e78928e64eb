"""The desktop inputs of the types ODK adds (issue 15, point 1; brief point 5), driven from
the keyboard: time and date-time typed and given the computer's zone, places typed as
coordinates, a range in a spin box, one "OK" box, a ranking moved with Shift+arrows, a file
attached from the disk into the store, and what the desktop never takes shown read-only.
Each is checked in a screenshot under the test's folder (``SURVEYTOOL_SHOTS`` keeps them)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from gui_helpers import settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from surveytool.form import Form, Question, load
from surveytool.interview import Address
from surveytool.store import Store, SurveyKey
from surveytool.store.attachments import file_content
from surveytool.ui.inputs import make_input
from surveytool.ui.main_window import MainWindow
from surveytool.ui.media_inputs import ChosenFile, FileInput, RankInput, ReadOnlyInput
from surveytool.ui.type_inputs import (
    AcknowledgeInput,
    MultilineInput,
    RangeInput,
    TypedLineInput,
    with_local_zone,
)

FEATURES = Path(__file__).parent / "forms" / "features"
SHIFT = Qt.KeyboardModifier.ShiftModifier


def form_of(name: str) -> Form:
    return load(FEATURES / f"types_{name}.md")


def input_of(qtbot, form: Form, name: str):
    question: Question = form.question(name)
    choice_list = form.choices_for(question)
    choices = list(choice_list.choices) if choice_list else []
    widget = make_input(question, choices, {c.value: c.value.title() for c in choices})
    qtbot.addWidget(widget)
    widget.show()
    given: list[object] = []
    widget.sig_answered.connect(given.append)
    return widget, given


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SURVEYTOOL_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"input_{name}.png"
    widget.resize(max(widget.sizeHint().width(), 360), widget.sizeHint().height())
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def in_kolkata(monkeypatch):
    """The computer's zone is +05:30 (the machines running the tests are often on UTC)."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_type_gets_its_own_input(qtbot) -> None:
    controls, media, meta = form_of("controls"), form_of("media"), form_of("metadata")
    kinds = {
        (controls, "rooms"): RangeInput,
        (controls, "consent"): AcknowledgeInput,
        (controls, "priorities"): RankInput,
        (controls, "meter"): TypedLineInput,
        (controls, "phone"): TypedLineInput,
        (controls, "remarks"): MultilineInput,
        (form_of("time"), "wake_time"): TypedLineInput,
        (form_of("geo"), "plot"): TypedLineInput,
        (media, "house_photo"): FileInput,
        (media, "ambient"): ReadOnlyInput,
        (meta, "started"): ReadOnlyInput,
    }
    for (form, name), kind in kinds.items():
        widget, _ = input_of(qtbot, form, name)
        assert isinstance(widget, kind), name


def test_a_time_is_typed_and_given_the_computers_zone(qtbot, tmp_path: Path, in_kolkata) -> None:
    widget, given = input_of(qtbot, form_of("time"), "wake_time")
    widget.edit.setFocus()
    type_text(widget.edit, "6:30")
    QTest.keyClick(widget.edit, Qt.Key.Key_Return)
    assert given == ["06:30:00.000+05:30"]
    widget.set_value(given[0])
    assert widget.edit.text() == "06:30"  # shown as typed: the zone is the computer's
    widget.set_value("06:30:00.000+09:30")
    assert widget.edit.text() == "06:30:00.000+09:30"  # another zone is shown
    shot(widget, "time", tmp_path)


def test_a_date_time_keeps_a_zone_given_and_adds_the_days_own(monkeypatch) -> None:
    assert with_local_zone("datetime", "2026-03-01 09:15+02:00") == "2026-03-01T09:15:00.000+02:00"
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:  # the zone of that day: summer time in July, not in January
        assert with_local_zone("datetime", "2026-07-01 09:15") == "2026-07-01T09:15:00.000+02:00"
        assert with_local_zone("datetime", "2026-01-01 09:15") == "2026-01-01T09:15:00.000+01:00"
    finally:
        monkeypatch.undo()
        time.tzset()
    assert with_local_zone("time", "25:99") == "25:99"  # left for the engine to refuse


def test_a_place_is_typed_as_coordinates(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("geo"), "dwelling")
    widget.edit.setFocus()
    type_text(widget.edit, "12.5 -8.25abc")  # letters are not taken
    QTest.keyClick(widget.edit, Qt.Key.Key_Return)
    assert given == ["12.5 -8.25"]
    shot(widget, "geopoint", tmp_path)


def test_a_range_is_a_spin_box_empty_until_given(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("controls"), "rooms")
    assert widget.current() is None and widget.spin.text().strip() == ""
    assert widget.bounds.text() == "from 1 to 9, by 1"
    widget.spin.setFocus()
    QTest.keyClick(widget.spin, Qt.Key.Key_Up)  # from empty to the start
    QTest.keyClick(widget.spin, Qt.Key.Key_Up)
    QTest.keyClick(widget.spin, Qt.Key.Key_Return)
    assert given == [2]
    shot(widget, "range", tmp_path)
    half, said = input_of(qtbot, form_of("controls"), "satisfaction")
    half.spin.setFocus()
    half.spin.lineEdit().selectAll()
    type_text(half.spin, "3.5")
    QTest.keyClick(half.spin, Qt.Key.Key_Return)
    assert said == [3.5]
    half.set_value(None)
    assert half.current() is None


def test_an_acknowledgement_is_one_box(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("controls"), "consent")
    widget.box.setFocus()
    QTest.keyClick(widget.box, Qt.Key.Key_Space)
    QTest.keyClick(widget.box, Qt.Key.Key_Space)
    assert given == ["OK", None]
    widget.set_value("OK")
    assert widget.box.isChecked()
    shot(widget, "acknowledge", tmp_path)


def test_a_ranking_is_moved_with_shift_and_arrows(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("controls"), "priorities")
    assert widget.order() == ["water", "food", "shelter"]
    widget.list.setFocus()
    widget.list.setCurrentRow(2)
    QTest.keyClick(widget.list, Qt.Key.Key_Up, SHIFT)
    QTest.keyClick(widget.list, Qt.Key.Key_Up, SHIFT)
    assert given[-1] == "shelter water food"
    QTest.keyClick(widget.list, Qt.Key.Key_Space)
    assert given[-1] == "shelter water food"
    widget.set_value("food water shelter")
    assert widget.order() == ["food", "water", "shelter"]
    shot(widget, "rank", tmp_path)


def test_metadata_and_phone_only_values_are_shown_read_only(qtbot, tmp_path: Path) -> None:
    widget, _ = input_of(qtbot, form_of("metadata"), "started")
    widget.set_value("2026-03-01T09:15:00.000+01:00")
    assert "filled by surveytool" in widget.note.text()
    phone, _ = input_of(qtbot, form_of("media"), "ambient")
    assert "phones only" in phone.note.text()
    sim, _ = input_of(qtbot, form_of("metadata"), "sim")  # a desktop has no SIM card
    assert "phones only" in sim.note.text()
    audit, _ = input_of(qtbot, form_of("metadata"), "audit")
    assert "history" in audit.note.text()
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    shot(widget, "metadata", tmp_path)


def test_a_file_is_chosen_from_the_disk(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("media"), "house_photo")
    photo = tmp_path / "house.jpg"
    widget.chooser = lambda parent, title, filters: str(photo)
    assert "*.jpg" in widget.filter_text()
    widget.attach.setFocus()
    QTest.keyClick(widget.attach, Qt.Key.Key_Space)
    assert given == [ChosenFile(photo)]
    widget.set_value("house.jpg")
    assert widget.name.text() == "house.jpg" and widget.remove.isEnabled()
    shot(widget, "file", tmp_path)


@pytest.fixture
def media_window(qtbot, tmp_path: Path):
    form = form_of("media")
    store = Store.open(tmp_path / "media.sqlite")
    window = MainWindow(store, form)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    settle()
    yield window, form, store
    window.close()
    store.close()


def test_attaching_on_the_entry_screen_keeps_the_file_in_the_store(
    media_window, tmp_path: Path
) -> None:
    window, form, store = media_window
    case = store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", 1), "E1")
    view = window.open_case(case)
    assert view is not None
    settle()
    photo = tmp_path / "house.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    row = view.page.rows[Address("house_photo")]
    assert isinstance(row.input, FileInput)
    row.input.chooser = lambda parent, title, filters: str(photo)
    row.input.attach.click()
    settle()
    name = view.interview.value(Address("house_photo"))
    assert isinstance(name, str) and name.endswith(".jpg") and "house" not in name
    assert file_content(store, case, name) == b"\xff\xd8 photo"
    assert row.input.name.text() == name
    shot(view, "media_page", tmp_path)


def test_the_attachment_limit_is_read_from_the_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from surveytool.store.attachments import DEFAULT_LIMIT
    from surveytool.ui.preferences import ATTACHMENT_LIMIT_KEY, Preferences

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Preferences(settings).attachment_limit == DEFAULT_LIMIT == 10 * 1024 * 1024
    settings.setValue(ATTACHMENT_LIMIT_KEY, "25")
    assert Preferences(settings).attachment_limit == 25 * 1024 * 1024
    settings.setValue(ATTACHMENT_LIMIT_KEY, "lots")
    assert Preferences(settings).attachment_limit == DEFAULT_LIMIT


def test_a_multiline_text_takes_new_lines_and_is_kept_on_leaving(qtbot, tmp_path: Path) -> None:
    widget, given = input_of(qtbot, form_of("controls"), "remarks")
    widget.box.setFocus()
    type_text(widget.box, "Roof leaks")
    QTest.keyClick(widget.box, Qt.Key.Key_Return)  # a new line, not "next question"
    type_text(widget.box, "Door broken")
    assert given == []
    widget.commit()
    assert given == ["Roof leaks\nDoor broken"]
    shot(widget, "multiline", tmp_path)
    story, _ = input_of(qtbot, form_of("kobo"), "story")  # the rows column: 5 lines
    assert isinstance(story, MultilineInput) and story.box.height() > widget.box.height()


def test_the_whole_gallery_on_one_page_is_walked_with_tab(media_window, tmp_path: Path) -> None:
    """Every entered type on one page (types_gallery.md): Tab stops at each in form order,
    and what is not entered (a background recording) is shown but not a stop."""
    window, _, store = media_window
    form = form_of("gallery")
    window.close()
    gallery = MainWindow(store, form)
    gallery.resize(900, 1250)
    gallery.show()
    settle()
    try:
        case = store.create_case(form.form_id, form.version, SurveyKey("X", "1", "C", 9), "E1")
        view = gallery.open_case(case)
        assert view is not None
        settle()
        stops = [row.address.name for row in view.page.stops()]
        assert stops == [
            "arrived",
            "booked",
            "rooms",
            "consent",
            "meter",
            "dwelling",
            "plot",
            "phone",
            "remarks",
            "needs",
            "house_photo",
        ]
        assert isinstance(view.page.rows[Address("ambient")].input, ReadOnlyInput)
        assert view.interview.value(Address("started")) is not None  # filled on opening
        folder = Path(os.environ.get("SURVEYTOOL_SHOTS", tmp_path))
        assert gallery.grab().save(str(folder / "input_gallery_page.png"))
    finally:
        gallery.close()
