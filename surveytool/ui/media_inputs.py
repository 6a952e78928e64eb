"""Inputs for files, rankings, and what the desktop shows but does not take.

- A file question (image, audio, video, file) shows the name of the file kept with the case
  and a button, "Attach a file…", that opens the file chooser; the chosen file is reported
  as a ``ChosenFile`` for the case to keep (``casework.files``), and the answer becomes the
  name it is kept under. "Remove" clears the answer (the file stays in the case's history).
- A ranking lists the choices; Shift+Up and Shift+Down move the highlighted one, Space takes
  the order as it stands: each move is an answer (the codes in order).
- Metadata (start, device id...) and what only a phone records (a SIM card's numbers, a
  background recording, the place where the form was opened, a map drawing) are shown
  read-only with a note that says why nobody types them here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from surveytool.form.model import Choice, Question
from surveytool.interview.metadata import FILLED
from surveytool.ui.input_base import ENTER_KEYS, AnswerInput, pressed
from surveytool.ui.wheel_guard import guard

#: the file chooser's filter per question type (ODK's media types: image/*, audio/*...)
_PATTERNS = {
    "image": "*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.heic",
    "audio": "*.mp3 *.m4a *.aac *.wav *.ogg *.oga *.opus *.amr *.3gp *.flac",
    "video": "*.mp4 *.m4v *.mov *.3gp *.avi *.mkv *.webm",
}


@dataclass(frozen=True, slots=True)
class ChosenFile:
    """A file the enumerator chose for a file question: the case keeps it, then answers."""

    path: Path


class FileInput(AnswerInput):
    """The file kept for the answer, by name, and the buttons to attach or remove one."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = question.type
        self.name = QLineEdit(self)
        self.name.setReadOnly(True)
        self.name.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.name.setMaximumWidth(320)
        self.attach = QPushButton(self)
        self.remove = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.attach, self.remove):
            layout.addWidget(widget)
        layout.addStretch()
        self.attach.clicked.connect(self._on_attach_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        for button in (self.attach, self.remove):
            button.installEventFilter(self)
            guard(button)
        self.chooser = _choose_file  # tests replace the dialog by a function of their own
        self.retranslate_ui()
        self.set_value(None)

    def retranslate_ui(self) -> None:
        self.attach.setText(self.tr("Attach a file…"))
        self.remove.setText(self.tr("Remove"))
        self.name.setPlaceholderText(self.tr("no file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_value(self, value: object) -> None:
        self.name.setText("" if value is None else str(value))
        self.remove.setEnabled(value is not None)

    def filter_text(self) -> str:
        pattern = _PATTERNS.get(self.kind)
        every = self.tr("All files (*)")
        if pattern is None:
            return every
        kinds = {
            "image": self.tr("Images"),
            "audio": self.tr("Recordings"),
            "video": self.tr("Videos"),
        }
        return f"{kinds[self.kind]} ({pattern});;{every}"

    def _on_attach_clicked(self) -> None:
        chosen = self.chooser(self, self.tr("Attach a file"), self.filter_text())
        if chosen:
            self.sig_answered.emit(ChosenFile(Path(chosen)))

    def _on_remove_clicked(self) -> None:
        self.sig_answered.emit(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = pressed(event)
        if key is not None and key.key() in ENTER_KEYS:
            self.sig_accepted.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.attach

    def focus_widgets(self) -> list[QWidget]:
        return [self.attach, self.remove]


def _choose_file(parent: QWidget, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


class RankInput(AnswerInput):
    """The choices in the order given; Shift+arrows move the highlighted one, Space takes
    the order shown. Every move answers with the codes in order."""

    def __init__(
        self, choices: list[Choice], labels: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.labels = {choice.value: labels[choice.value] for choice in choices}
        self.list = QListWidget(self)
        self.list.setMaximumWidth(420)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.list.installEventFilter(self)
        guard(self.list)
        self._fill(list(self.labels))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr("Shift+Up / Shift+Down move the highlighted entry; Space keeps this order.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, codes: list[str]) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for position, code in enumerate(codes, start=1):
            item = QListWidgetItem(f"{position}. {self.labels.get(code, code)}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        rows = max(self.list.count(), 1)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth())

    def order(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def set_value(self, value: object) -> None:
        given = str(value).split() if value else []
        rest = [code for code in self.labels if code not in given]
        codes = [code for code in given if code in self.labels] + rest
        if codes != self.order():
            self._fill(codes)

    def move_entry(self, step: int) -> None:
        codes, row = self.order(), self.list.currentRow()
        target = row + step
        if not 0 <= row < len(codes) or not 0 <= target < len(codes):
            return
        codes[row], codes[target] = codes[target], codes[row]
        self._fill(codes)
        self.list.setCurrentRow(target)
        self.sig_answered.emit(" ".join(codes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = pressed(event)
            if key is not None and key.key() in ENTER_KEYS:
                self.sig_accepted.emit()
                return True
            if key is not None and key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key.key()), 0)
                if step:
                    self.move_entry(step)
                    return True
            if key is not None and key.key() == Qt.Key.Key_Space:
                self.sig_answered.emit(" ".join(self.order()))
                return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.list


class ReadOnlyInput(AnswerInput):
    """A value the desktop shows but never takes: metadata the tool fills, or what only a
    phone records. The note says which."""

    takes_answers = False

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = question.type
        self.value = QLabel(self)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #555; font-style: italic;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate_ui()
        self.set_value(None)

    def retranslate_ui(self) -> None:
        if self.kind in FILLED:
            self.note.setText(self.tr("(filled by surveytool)"))
        elif self.kind == "audit":
            self.note.setText(self.tr("(the case's history, kept by surveytool)"))
        else:  # a SIM card's numbers, a phone's account, sensors, background recording
            self.note.setText(self.tr("(recorded on phones only)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_value(self, value: object) -> None:
        self.value.setText("—" if value is None else str(value))
