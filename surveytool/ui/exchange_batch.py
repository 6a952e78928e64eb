"""Exchange ▸ Export batch…: which cases go, for which office, into which file.

The office's public key file is remembered (``QSettings``) so an enumerator chooses it once;
the package is always sealed for that office, since it travels on USB sticks and by email.
The dialog only gathers the choices: the export itself runs in a job (``exchange_jobs``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from surveytool.common.errors import UserError
from surveytool.ui import i18n
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_keys import KEY_FILTER, grouped, role_word

if TYPE_CHECKING:
    from surveytool.package.keys import Identity

OFFICE_KEY_SETTING = "exchange/office_key"
BATCH_FOLDER_SETTING = "exchange/batch_folder"
PACKAGE_FILTER = "*.zip"


class ExportBatchDialog(QDialog):
    """``selected``: the number of cases picked in the case list; ``waiting``: the number
    of complete cases not sent yet. The enumerator sends one group or the other."""

    def __init__(
        self, parent: QWidget, settings: QSettings, *, selected: int, waiting: int
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_batch_dialog")
        self.settings = settings
        self.selected, self.waiting = selected, waiting
        self.all_unsent = QRadioButton(self)
        self.all_unsent.setObjectName("batch_unsent")
        self.only_selected = QRadioButton(self)
        self.only_selected.setObjectName("batch_selected")
        self.only_selected.setEnabled(selected > 0)
        # several rows picked: the enumerator meant those; one row is where the cursor is
        (self.only_selected if selected > 1 else self.all_unsent).setChecked(True)
        self.office_key = QLineEdit(self)
        self.office_key.setObjectName("office_key")
        self.office_key.setText(str(settings.value(OFFICE_KEY_SETTING, "") or ""))
        self.office_key.textChanged.connect(self._show_office)
        self.office = QLabel(self)
        self.office.setObjectName("office_identity")
        self.office.setWordWrap(True)
        self.out = QLineEdit(self)
        self.out.setObjectName("batch_out")
        self.out.setText(str(self._default_out()))
        self.key_button, self.out_button = QPushButton(self), QPushButton(self)
        self.key_button.clicked.connect(self._on_key_clicked)
        self.out_button.clicked.connect(self._on_out_clicked)
        self.error = QLabel(self)
        self.error.setObjectName("batch_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.key_label, self.out_label = QLabel(self), QLabel(self)
        self.key_label.setBuddy(self.office_key)
        self.out_label.setBuddy(self.out)
        form = QFormLayout()
        form.addRow(self.key_label, _with_button(self.office_key, self.key_button))
        form.addRow("", self.office)
        form.addRow(self.out_label, _with_button(self.out, self.out_button))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_unsent)
        layout.addWidget(self.only_selected)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate_ui()
        if not self.office_key.text():  # the one thing to fill in the first time
            self.office_key.setFocus()

    def _default_out(self) -> Path:
        folder = Path(str(self.settings.value(BATCH_FOLDER_SETTING, "") or Path.home()))
        return folder / f"batch-{date.today().isoformat()}.zip"

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export batch"))
        self.all_unsent.setText(
            self.tr("The complete cases not sent yet: {count} case(s)").format(count=self.waiting)
        )
        self.only_selected.setText(
            self.tr("Only the cases selected in the case list: {count}").format(count=self.selected)
        )
        self.key_label.setText(self.tr("Office's &public key"))
        self.out_label.setText(self.tr("Save the &batch as"))
        self.key_button.setText(self.tr("Choose…"))
        self.out_button.setText(self.tr("Choose…"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export"))
        self._show_office()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_key_clicked(self) -> None:
        start = self.office_key.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The office's public key"), start, KEY_FILTER
        )
        if path:
            self.office_key.setText(path)

    def _on_out_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the batch as"), self.out.text(), PACKAGE_FILTER
        )
        if path:
            self.out.setText(path)

    def _show_office(self) -> None:
        """Who the batch will be sealed for, read from the key file as it is typed."""
        text = self.office_key.text().strip()
        if not text:
            self.office.setText(self.tr("Choose the key file the office gave you (.pub)."))
            return
        try:
            identity = _read_identity(Path(text))
        except UserError as error:
            self.office.setText(error.text(i18n.current()))
            return
        self.office.setText(
            self.tr("Sealed for {name} ({role})\nFingerprint: {fingerprint}").format(
                name=identity.name,
                role=role_word(identity.role),
                fingerprint=grouped(identity.fingerprint),
            )
        )

    def chosen_cases(self, selected: list[str]) -> list[str] | None:
        """The uuids to send: ``selected`` if the enumerator chose them, else None (the
        complete cases not sent yet)."""
        return list(selected) if self.only_selected.isChecked() and selected else None

    def office_key_path(self) -> Path:
        return Path(self.office_key.text().strip())

    def out_path(self) -> Path:
        path = Path(self.out.text().strip())
        return path if path.suffix else path.with_suffix(".zip")

    def accept(self) -> None:
        """Refuse an unreadable key or a file that exists; remember the key and folder."""
        if self.all_unsent.isChecked() and not self.waiting:
            self.error.setText(self.tr("No complete case waits to be sent."))
            return
        if not self.office_key.text().strip():
            self.error.setText(self.tr("Choose the office's public key."))
            return
        try:
            _read_identity(self.office_key_path())
        except UserError as error:
            self.error.setText(error.text(i18n.current()))
            return
        out = self.out_path()
        if not self.out.text().strip() or out.is_dir():
            self.error.setText(self.tr("Choose the file to save the batch in."))
            return
        if out.exists():
            self.error.setText(
                self.tr("{path} exists already: choose another name.").format(path=ltr(out))
            )
            return
        self.settings.setValue(OFFICE_KEY_SETTING, str(self.office_key_path()))
        self.settings.setValue(BATCH_FOLDER_SETTING, str(out.parent))
        self.settings.sync()
        super().accept()


def _read_identity(path: Path) -> Identity:
    from surveytool.package.keys import Identity

    return Identity.read(path)


def _with_button(edit: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget(edit.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box
