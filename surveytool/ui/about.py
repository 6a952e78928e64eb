"""Help > About: what a support call needs first — versions, and where the data and log are.

The paths are selectable text, and the log folder opens in the file manager, so a
statistics office can send the log file without hunting for a hidden folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def app_version() -> str:
    """The installed distribution's version, else the package's own (a source checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("surveytool")
    except PackageNotFoundError:
        from surveytool import __version__

        return __version__


class AboutDialog(QDialog):
    def __init__(
        self,
        *,
        store_path: Path,
        log_path: Path,
        form_id: str | None = None,
        form_version: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.form_id, self.form_version = form_id, form_version
        self.store_path, self.log_path = store_path, log_path
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.version = self._value("about_version", f"{app_version()} (Qt {pyside_version})")
        self.form = self._value("about_form", "")
        self.store = self._value("about_store", str(store_path))
        self.log = self._value("about_log", str(log_path))
        self.rows = QFormLayout()
        self.captions = [QLabel(self) for _ in range(4)]
        for caption, value in zip(
            self.captions, (self.version, self.form, self.store, self.log), strict=True
        ):
            self.rows.addRow(caption, value)
        self.open_logs = QPushButton(self)
        self.open_logs.setObjectName("open_log_folder")
        self.open_logs.clicked.connect(self._on_open_logs_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def texts(self) -> str:
        """Everything the dialog says, one line per row (tests, and a support e-mail)."""
        lines = [self.heading.text()]
        for caption, value in zip(
            self.captions, (self.version, self.form, self.store, self.log), strict=True
        ):
            lines.append(f"{caption.text()} {value.text()}")
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About surveytool"))
        self.heading.setText(self.tr("surveytool: JLMP labour migration module"))
        for caption, text in zip(
            self.captions,
            (self.tr("Version:"), self.tr("Questionnaire:"), self.tr("Store:"), self.tr("Log:")),
            strict=True,
        ):
            caption.setText(text)
        if self.form_id:
            self.form.setText(f"{self.form_id} {self.form_version or ''}".strip())
        else:
            self.form.setText(self.tr("still loading"))
        self.open_logs.setText(self.tr("Open the log folder"))

    def _on_open_logs_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
