"""Exchange ▸ Keys…: this workstation's key, created on first use, and the keys it trusts.

A workstation signs what it sends with its own key and accepts packages only from keys it
trusts. Trust is a human act: the officer reads the fingerprint of a key file aloud (or
over the phone) with its owner before trusting it, so the dialog shows the fingerprint
and asks before adding a key. Keys are small files: no job needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveytool.common.errors import UserError
from surveytool.ui import i18n
from surveytool.ui.bidi import ltr
from surveytool.ui.exchange_run import confirm, show_info, show_message
from surveytool.ui.office_models import RowsModel, plain

if TYPE_CHECKING:
    from surveytool.package.keys import Identity, KeyRing

KEY_FILTER = "*.pub"
ROLES = ("enumerator", "office", "au")


def role_word(role: object) -> str:
    words = {
        "enumerator": QCoreApplication.translate("ExchangeWords", "enumerator"),
        "office": QCoreApplication.translate("ExchangeWords", "office"),
        "au": QCoreApplication.translate("ExchangeWords", "African Union"),
    }
    return words.get(str(role), plain(role))


def grouped(fingerprint: object) -> str:
    """``1a2b 3c4d …``: a fingerprint as people read it aloud, four digits at a time."""
    text = plain(fingerprint)
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def open_ring(folder: Path | None) -> KeyRing:
    """This workstation's keys (``UserError`` if it has none yet)."""
    from surveytool.package.keys import KeyRing

    return KeyRing.open(folder)


class NewKeyDialog(QDialog):
    """The name (a person or an office) and role of the key this workstation creates."""

    def __init__(self, parent: QWidget, role: str = "enumerator") -> None:
        super().__init__(parent)
        self.setObjectName("new_key_dialog")
        self.name = QLineEdit(self)
        self.name.setObjectName("key_name")
        self.role = QComboBox(self)
        self.role.setObjectName("key_role")
        for code in ROLES:
            self.role.addItem(role_word(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.name_label, self.role_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Create this workstation's key"))
        self.explain.setText(
            self.tr(
                "This workstation signs what it sends with its own key. Give the key the "
                "name people will recognise: your name, or your office's."
            )
        )
        self.name_label.setText(self.tr("&Name"))
        self.role_label.setText(self.tr("&Role"))

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter a name for the key."))
            self.name.setFocus()
            return
        super().accept()


class KeysDialog(QDialog):
    """This workstation's key (name, role, fingerprint), its export, and the trusted keys."""

    def __init__(self, parent: QWidget, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_dialog")
        self.folder = folder
        self.ring: KeyRing | None = None
        self.own = QLabel(self)
        self.own.setObjectName("own_key")
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own.setWordWrap(True)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_key")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_key")
        self.trust_button = QPushButton(self)
        self.trust_button.setObjectName("trust_key")
        self.trusted_label = QLabel(self)
        self.trusted_model: RowsModel[Identity] = RowsModel([plain, role_word, grouped, plain])
        self.trusted_view = QTableView(self)
        self.trusted_view.setObjectName("trusted_keys")
        self.trusted_view.setModel(self.trusted_model)
        self.trusted_view.verticalHeader().hide()
        self.trusted_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.trusted_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.create_button, self.export_button, self.trust_button):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addLayout(row)
        layout.addWidget(self.trusted_label)
        layout.addWidget(self.trusted_view, 1)
        layout.addWidget(buttons)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.trust_button.clicked.connect(self._on_trust_clicked)
        self.resize(720, 420)
        self.problem = ""  # why the keys could not be opened
        self.reload()

    # -- state -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.ring = open_ring(self.folder)
            self.problem = ""
        except UserError as error:
            self.ring, self.problem = None, error.text(i18n.current())
        trusted = self._trusted()
        rows = [(t.name, t.role, t.fingerprint, t.created_at[:10]) for t in trusted]
        self.trusted_model.set_rows(rows, trusted)
        has = self.ring is not None
        self.create_button.setVisible(not has)
        self.export_button.setEnabled(has)
        self.trust_button.setEnabled(has)
        self.retranslate_ui()

    def _trusted(self) -> list[Identity]:
        if self.ring is None:
            return []
        try:
            return self.ring.trusted()
        except UserError as error:
            self.problem = error.text(i18n.current())
            return []

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keys"))
        if self.ring is not None:
            me = self.ring.identity
            text = self.tr(
                "This workstation: {name} ({role})\nFingerprint: {fingerprint}\n"
                "Keys kept in {folder}"
            ).format(
                name=me.name,
                role=role_word(me.role),
                fingerprint=grouped(me.fingerprint),
                folder=ltr(self.ring.folder),
            )
            self.own.setText(f"{text}\n{self.problem}" if self.problem else text)
        else:
            self.own.setText(self.tr("This workstation has no key yet.") + "\n" + self.problem)
        self.create_button.setText(self.tr("Create this workstation's key…"))
        self.export_button.setText(self.tr("Export the public key…"))
        self.trust_button.setText(self.tr("Trust a key file…"))
        self.trusted_label.setText(
            self.tr("Trusted keys: packages and receipts signed by these are accepted")
        )
        self.trusted_model.set_headers(
            [self.tr("Name"), self.tr("Role"), self.tr("Fingerprint"), self.tr("Created")]
        )
        self.trusted_model.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------
    def _on_create_clicked(self) -> None:
        dialog = NewKeyDialog(self)
        dialog.accepted.connect(
            lambda: self.create_key(dialog.name.text().strip(), dialog.role.currentData())
        )
        dialog.open()

    def create_key(self, name: str, role: str) -> bool:
        from surveytool.package.keys import KeyRing

        try:
            KeyRing.create(name, role, self.folder)
        except UserError as error:
            show_message(self, error.text(i18n.current()), self.tr("Keys"))
            return False
        self.reload()
        return True

    def _on_export_clicked(self) -> None:
        if self.ring is None:
            return
        me = self.ring.identity
        suggested = Path.home() / f"{me.name.replace(' ', '_')}-{me.fingerprint[:8]}.pub"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the public key"), str(suggested), KEY_FILTER
        )
        if path:
            self.export_key(Path(path))

    def export_key(self, path: Path) -> bool:
        """Write this workstation's public key (never the private one) to ``path``."""
        if self.ring is None:
            return False
        path = path if path.suffix else path.with_suffix(".pub")
        try:
            self.ring.identity.write(path)
        except OSError as error:
            show_message(self, str(error), self.tr("Export the public key"))
            return False
        show_info(
            self,
            self.tr("Public key written to {path}. Fingerprint: {fingerprint}").format(
                path=ltr(path), fingerprint=grouped(self.ring.identity.fingerprint)
            ),
            self.tr("Export the public key"),
        )
        return True

    def _on_trust_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a key file"), str(Path.home()), KEY_FILTER
        )
        if path:
            self.ask_trust(Path(path))

    def ask_trust(self, path: Path) -> QMessageBox | None:
        """Read the key file and ask, showing its fingerprint, before trusting it."""
        from surveytool.package.keys import Identity

        try:
            other = Identity.read(path)
        except UserError as error:
            show_message(self, error.text(i18n.current()), self.tr("Trust a key file"))
            return None
        text = self.tr(
            "Trust the key of {name} ({role})?\n\nFingerprint: {fingerprint}\n\n"
            "Compare it with the fingerprint its owner reads to you. Packages and receipts "
            "signed by this key will be accepted."
        ).format(
            name=other.name, role=role_word(other.role), fingerprint=grouped(other.fingerprint)
        )
        box = confirm(
            self, self.tr("Trust a key file"), text, lambda: self.trust(other), "confirm_trust"
        )
        return box

    def trust(self, other: Identity) -> None:
        if self.ring is not None:
            self.ring.trust(other)
            self.reload()
