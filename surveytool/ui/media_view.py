"""The ``media`` column on the entry screen: a question's image under its label, its sound
or video one click away.

Files are found beside the form (the folder of the workbook, as ODK Collect finds a form's
media files) in the interview's language, else the form's default language, else any
language the form gives; a file that is not there is not shown (the loader warned about it).
An image is scaled down to fit the row, never up. PySide6-Essentials has no QtMultimedia,
so sound and video open in the system's player (``QDesktopServices``) rather than play
inside the window; ``big-image`` opens the full-size picture the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.model import Choice, Media

IMAGE_BOX = QSize(360, 240)
"""The largest an image under a label is shown (a phone screen's width of a desktop row)."""


def media_file(
    media: Media, kind: str, language: str, default: str | None, folder: Path
) -> Path | None:
    """The file of one kind of media to show in ``language``, or None when there is none
    beside the form."""
    files: Mapping[str, str] = media.get(kind, {})
    for candidate in (language, default, "default", *files):
        name = files.get(candidate) if candidate else None
        if name and (folder / name).is_file():
            return folder / name
    return None


class MediaStrip(QWidget):
    """A question's media under its label; hidden when the question has none to show."""

    sig_open_requested = Signal(str)
    """A sound, video or large image is to be opened in the system's viewer (its path)."""

    def __init__(self, media: Media, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media_strip")
        self.media = media
        self.folder = folder
        self.shown_language: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.image = QLabel(self)
        self.image.setObjectName("media_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.image)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "audio": self.tr("▶ Play the sound"),
            "video": self.tr("▶ Play the video"),
            "big-image": self.tr("Show the picture larger"),
        }
        for kind, text in texts.items():
            button = QPushButton(text, self)
            button.setObjectName(f"media_{kind}")
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the answers
            button.clicked.connect(lambda _=False, k=kind: self._on_button_clicked(k))
            buttons.addWidget(button)
            self.buttons[kind] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.files: dict[str, Path] = {}
        self.sig_open_requested.connect(self._on_open_requested)

    def show_for(self, language: str, default: str | None) -> None:
        """Show the files of ``language`` (refreshed only when the language changed)."""
        if language == self.shown_language:
            return
        self.shown_language = language
        self.files = {}
        for kind in ("image", "audio", "video", "big-image"):
            found = media_file(self.media, kind, language, default, self.folder)
            if found is not None:
                self.files[kind] = found
        image = self.files.get("image")
        pixmap = QPixmap(str(image)) if image is not None else QPixmap()
        if not pixmap.isNull() and (
            pixmap.width() > IMAGE_BOX.width() or pixmap.height() > IMAGE_BOX.height()
        ):
            pixmap = pixmap.scaled(
                IMAGE_BOX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(pixmap)
        self.image.setVisible(not pixmap.isNull())
        for kind, button in self.buttons.items():
            button.setVisible(kind in self.files)
            button.setToolTip(self.files[kind].name if kind in self.files else "")
        self.setVisible(not pixmap.isNull() or any(k in self.files for k in self.buttons))

    def _on_button_clicked(self, kind: str) -> None:
        if kind in self.files:
            self.sig_open_requested.emit(str(self.files[kind]))

    def _on_open_requested(self, path: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def form_folder(source: str) -> Path:
    """The folder a form was loaded from, where its media files sit."""
    return Path(source).resolve().parent if source else Path()


CHOICE_ICON = QSize(64, 64)


def decorate_choices(
    answer_input: QWidget,
    choices: Sequence[Choice],
    language: str,
    default: str | None,
    folder: Path,
) -> None:
    """Put each choice's image (the choices sheet's ``image`` column) beside it: on its radio
    button or check box, or on its entry of a drop-down list."""
    icons = {}
    for choice in choices:
        found = media_file(choice.media, "image", language, default, folder)
        pixmap = QPixmap(str(found)) if found is not None else QPixmap()
        if not pixmap.isNull():
            icons[choice.value] = pixmap
    if not icons:
        return
    buttons = getattr(answer_input, "buttons", None)
    if isinstance(buttons, dict):
        for value, pixmap in icons.items():
            button = buttons.get(value)
            if isinstance(button, QAbstractButton):
                button.setIcon(QIcon(pixmap))
                button.setIconSize(_icon_size(pixmap))  # a small picture keeps its size
    combo = getattr(answer_input, "combo", None)
    if isinstance(combo, QComboBox):
        for index in range(combo.count()):
            picture = icons.get(str(combo.itemData(index)))
            if picture is not None:
                combo.setItemIcon(index, QIcon(picture))


def _icon_size(pixmap: QPixmap) -> QSize:
    size = pixmap.size()
    if size.width() > CHOICE_ICON.width() or size.height() > CHOICE_ICON.height():
        size = size.scaled(CHOICE_ICON, Qt.AspectRatioMode.KeepAspectRatio)
    return size
