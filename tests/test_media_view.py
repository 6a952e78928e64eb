"""The media column on the entry screen (issue 15, point 2; offscreen): a question's image
under its label in the interview's language, sound opened in the system's player, choice
images beside their buttons; a file that is not beside the form is not shown. And a list
that a search() filters follows the answer the search reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from surveytool.form import load
from surveytool.interview import Address, Interview
from surveytool.ui.media_view import MediaStrip
from surveytool.ui.question_row import EntryState, QuestionRow

FEATURES = Path(__file__).parent / "forms" / "features"


class Opened(QObject):
    """Receives the URLs the app asks the desktop to open (instead of a real player)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def row_of(qtbot, folder: Path, name: str, language: str = "en") -> QuestionRow:
    interview = Interview(load(folder / "media_labels.md"), language=language)
    row = QuestionRow(interview, Address(name), EntryState())
    qtbot.addWidget(row)
    row.show()
    return row


def test_the_image_shows_under_the_label_and_a_missing_sound_has_no_button(qtbot) -> None:
    row = row_of(qtbot, FEATURES, "roof")
    strip = row.findChild(MediaStrip)
    assert strip is not None and strip.isVisible()
    pixmap = strip.image.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (8, 6)  # never enlarged
    assert not strip.buttons["audio"].isVisible()  # media_roof_question.mp3 is not there
    layout = row.layout()
    assert layout.indexOf(row.label) < layout.indexOf(strip) < layout.indexOf(row.input)


def test_choice_images_sit_beside_their_buttons(qtbot) -> None:
    row = row_of(qtbot, FEATURES, "roof", language="fr")
    buttons = row.input.buttons  # type: ignore[union-attr]
    assert not buttons["1"].icon().isNull()  # Tôle has a picture
    assert (buttons["1"].iconSize().width(), buttons["1"].iconSize().height()) == (8, 6)
    assert buttons["2"].icon().isNull()


def test_a_question_without_media_has_no_strip(qtbot) -> None:
    row = row_of(qtbot, FEATURES, "rooms")
    assert row.findChild(MediaStrip) is None


def test_the_sound_opens_in_the_system_player(qtbot, tmp_path: Path) -> None:
    for file in ("media_labels.md", "media_house.png"):
        shutil.copy(FEATURES / file, tmp_path / file)
    sound = tmp_path / "media_roof_question.mp3"
    sound.write_bytes(b"ID3")
    row = row_of(qtbot, tmp_path, "roof")
    button = row.findChild(QPushButton, "media_audio")
    assert button is not None and button.isVisible()
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(sound.resolve())]


def test_a_searched_list_follows_the_answer_its_search_reads(qtbot) -> None:
    """search('products', 'startswith', 'label', ${initial}): the row watches ``initial``
    and rebuilds its options from the interview when it changes."""
    interview = Interview(load(FEATURES / "external_search.md"))
    row = QuestionRow(interview, Address("product"), EntryState())
    qtbot.addWidget(row)
    assert "initial" in row.watched
    assert list(row.input.buttons) == ["p1", "p2", "p3", "p4"]  # type: ignore[union-attr]
    interview.answer(Address("initial"), "mi")
    row.refresh(interview)
    assert list(row.input.buttons) == ["p1", "p2"]  # type: ignore[union-attr]


def test_choice_images_show_in_a_drop_down_list_too(qtbot, tmp_path: Path) -> None:
    for file in ("media_labels.md", "media_house.png"):
        shutil.copy(FEATURES / file, tmp_path / file)
    form_path = tmp_path / "media_labels.md"
    text = form_path.read_text(encoding="utf-8")
    form_path.write_text(
        text.replace(
            "| media::audio::Français (fr) |", "| media::audio::Français (fr) | appearance |"
        )
        .replace("media_roof_question.mp3 |\n", "media_roof_question.mp3 | minimal |\n", 1)
        .replace(
            "| | integer | rooms | Rooms | Pièces | | | | |",
            "| | integer | rooms | Rooms | Pièces | | | | | |",
        ),
        encoding="utf-8",
    )
    row = row_of(qtbot, tmp_path, "roof")
    combo = row.input.combo  # type: ignore[union-attr]
    icons = {combo.itemData(i): not combo.itemIcon(i).isNull() for i in range(combo.count())}
    assert icons == {None: False, "1": True, "2": False}
