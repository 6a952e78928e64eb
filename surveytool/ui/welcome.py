"""The welcome page: how this computer is used, asked once at the first start.

One short page, keyboard first (Tab goes down the page, Enter continues, Esc quits), like the
first login of CSPro or Survey Solutions Interviewer: the workspace shown at each start
(Enumerator, Office, AU), the interface language, and for an enumerator the id written into
each new case and the office's public key that batches are sealed for. The key is optional
here (Export batch asks for it again); when given, it is read at once, so the enumerator
can compare its fingerprint with the office by phone before trusting it.

Nothing is written until Continue: quitting the page at the first start ends the app and
leaves no trace. Help ▸ Welcome page… opens it again over the running window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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
from surveytool.ui.bidi import isolated, ltr
from surveytool.ui.exchange_keys import KEY_FILTER, grouped, role_word
from surveytool.ui.preferences import WORKSPACES, Choices, Preferences

if TYPE_CHECKING:
    from surveytool.package.keys import Identity

ERROR_STYLE = "color: #b00020;"
# The words the user already knows from elsewhere are looked up where they are defined,
# so the page says exactly what the tabs and the other dialogs say (and is translated
# wherever they are).
_TAB_NAMES = {"enumerator": "Enumerator", "office": "Office", "au": "AU"}


def _tab_name(workspace: str) -> str:
    return QCoreApplication.translate("MainWindow", _TAB_NAMES[workspace])


class WelcomeDialog(QDialog):
    """The choices of ``preferences``, shown and changed; saved on Continue only.

    ``switch_language`` installs an interface language (the app's translator, or the main
    window's whole switch when opened again); the page retranslates itself through Qt's
    ``LanguageChange`` like every widget. ``keys_folder``: this workstation's keys (None:
    ``SURVEYTOOL_KEYS`` or the user data folder). ``first_run``: the reject button quits the
    app rather than cancelling."""

    def __init__(
        self,
        preferences: Preferences,
        *,
        switch_language: Callable[[str], None],
        keys_folder: Path | None = None,
        first_run: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.preferences = preferences
        self.keys_folder = keys_folder
        self.first_run = first_run
        self._switch_language = switch_language
        self.identity: Identity | None = None  # the office key read from the path typed
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.workspace_box = QGroupBox(self)
        self.radios = {name: QRadioButton(self.workspace_box) for name in WORKSPACES}
        self.descriptions = {name: QLabel(self.workspace_box) for name in WORKSPACES}
        box = QVBoxLayout(self.workspace_box)
        for name in WORKSPACES:
            self.radios[name].setObjectName(f"workspace_{name}")
            self.radios[name].toggled.connect(self._on_workspace_toggled)
            description = self.descriptions[name]
            description.setWordWrap(True)
            description.setIndent(24)  # under the radio's text, not its circle
            box.addWidget(self.radios[name])
            box.addWidget(description)
        self.language = QComboBox(self)
        self.language.setObjectName("welcome_language")
        for code, name in i18n.languages().items():  # each in its own name: not translated
            self.language.addItem(name, code)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self._build_enumerator_box()
        self.error = _error_label(self, "welcome_error")
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("welcome_continue")
        self.continue_button.setDefault(True)  # Enter anywhere on the page
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("welcome_quit")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        language_row = QFormLayout()
        language_row.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.workspace_box)
        layout.addLayout(language_row)
        layout.addWidget(self.enumerator_box)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._show(preferences.choices())
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.office_key.textChanged.connect(self._on_office_key_changed)
        self.office_key.editingFinished.connect(self._on_office_key_finished)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.retranslate_ui()

    def _build_enumerator_box(self) -> None:
        self.enumerator_box = QGroupBox(self)
        self.enumerator_box.setObjectName("enumerator_box")
        self.enumerator = QLineEdit(self.enumerator_box)
        self.enumerator.setObjectName("welcome_enumerator")
        self.enumerator_error = _error_label(self.enumerator_box, "enumerator_error")
        self.office_key = QLineEdit(self.enumerator_box)
        self.office_key.setObjectName("welcome_office_key")
        self.choose_button = QPushButton(self.enumerator_box)
        self.choose_button.setObjectName("choose_office_key")
        self.office_info = QLabel(self.enumerator_box)
        self.office_info.setObjectName("office_key_info")
        self.office_info.setWordWrap(True)
        self.office_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_error = _error_label(self.enumerator_box, "office_key_error")
        self.enumerator_label, self.office_key_label = QLabel(self), QLabel(self)
        self.enumerator_label.setBuddy(self.enumerator)
        self.office_key_label.setBuddy(self.office_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.office_key, 1)
        key_row.addWidget(self.choose_button)
        form = QFormLayout(self.enumerator_box)
        form.addRow(self.enumerator_label, _column(self.enumerator, self.enumerator_error))
        form.addRow(self.office_key_label, _column(key_row, self.office_info, self.office_error))

    def _show(self, choices: Choices) -> None:
        """Fill the page with what is remembered (nothing the first time)."""
        self.radios[choices.workspace].setChecked(True)
        current = self.language.findData(i18n.current())
        self.language.setCurrentIndex(max(0, current))
        self.enumerator.setText(choices.enumerator_id)
        self.office_key.setText(str(choices.office_key) if choices.office_key else "")
        self._read_office_key()
        self._on_workspace_toggled()
        self.radios[choices.workspace].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to surveytool"))
        self.intro.setText(
            self.tr(
                "Choose how this computer is used. It is asked once; "
                "Help ▸ Welcome page… changes it later."
            )
        )
        self.workspace_box.setTitle(self.tr("Workspace shown at start"))
        descriptions = {
            "enumerator": self.tr("Interviews households and sends batches to the office."),
            "office": self.tr(
                "The national statistics office: imports batches, reviews and validates "
                "the cases, exports the harmonised package."
            ),
            "au": self.tr("The African Union: merges the countries' packages into tables."),
        }
        for name in WORKSPACES:
            self.radios[name].setText(_tab_name(name))
            self.descriptions[name].setText(descriptions[name])
        self.language_label.setText(self.tr("Interface &language"))
        self.enumerator_box.setTitle(_tab_name("enumerator"))
        self.enumerator_label.setText(QCoreApplication.translate("NewCaseDialog", "&Enumerator id"))
        self.office_key_label.setText(
            QCoreApplication.translate("ExportBatchDialog", "Office's &public key")
        )
        self.choose_button.setText(QCoreApplication.translate("ExportBatchDialog", "Choose…"))
        self.continue_button.setText(self.tr("&Continue"))
        self.quit_button.setText(self.tr("&Quit") if self.first_run else self.tr("Cancel"))
        for label in (self.error, self.enumerator_error, self.office_error):
            self._say(label, "")  # shown again, in the new language, on Continue
        self._show_office_info()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reactions ------------------------------------------------------------------------
    def workspace(self) -> str:
        checked = (name for name in WORKSPACES if self.radios[name].isChecked())
        return next(checked, WORKSPACES[0])  # none while one radio hands over to another

    def _on_workspace_toggled(self) -> None:
        """The enumerator's fields are for enumerators only: hidden for the others."""
        self.enumerator_box.setVisible(self.workspace() == "enumerator")
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at this width (Qt sizes a window by its
        labels' unwrapped widths, which cuts wrapped lines off), and no taller."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        if layout is not None and layout.hasHeightForWidth():
            self.resize(width, layout.totalHeightForWidth(width))
        else:
            self.adjustSize()

    def _say(self, label: QLabel, text: str) -> None:
        """An inline message, or none: an empty label takes no room."""
        label.setText(text)
        label.setVisible(bool(text))
        self._fit()

    def _on_language_changed(self) -> None:
        code = self.language.currentData()
        if isinstance(code, str) and code != i18n.current():
            self._switch_language(code)

    def _on_choose_clicked(self) -> None:
        start = self.office_key.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ExportBatchDialog", "The office's public key"),
            start,
            KEY_FILTER,
        )
        if path:
            self.office_key.setText(path)
            self._on_office_key_finished()

    def _on_office_key_changed(self) -> None:
        """Read the file as the path is typed: the office is named as soon as it is right;
        what is wrong waits until the field is left (a half-typed path is not an error)."""
        self._say(self.office_error, "")
        self._read_office_key()

    def _on_office_key_finished(self) -> None:
        self._check_office_key()

    # -- the office's key -----------------------------------------------------------------
    def _read_office_key(self) -> str:
        """Read the key file typed; returns why it cannot be used ('' when it can, or when
        no file is typed)."""
        self.identity = None
        text = self.office_key.text().strip()
        problem = ""
        if text:
            from surveytool.package.keys import Identity

            try:
                identity = Identity.read(Path(text))
            except UserError as error:
                problem = error.text(i18n.current())
            else:
                if identity.role == "office":
                    self.identity = identity
                else:
                    problem = self.tr(
                        "This is the key of {name}, {role}: choose the key of the office."
                    ).format(name=isolated(identity.name), role=role_word(identity.role))
        self._show_office_info()
        return problem

    def _show_office_info(self) -> None:
        identity = self.identity
        if identity is None:
            text = self.tr(
                "Optional now: Exchange ▸ Export batch asks for it. The office gives "
                "you its key file (.pub)."
            )
        else:
            text = self.tr(
                "Office: {name}\nFingerprint: {fingerprint}\n"
                "Read the fingerprint to the office by phone: it must be the same."
            ).format(name=isolated(identity.name), fingerprint=ltr(grouped(identity.fingerprint)))
        self.office_info.setText(text)
        self._fit()

    def _check_office_key(self) -> bool:
        problem = self._read_office_key()
        self._say(self.office_error, problem)
        return not problem

    # -- finishing ------------------------------------------------------------------------
    def choices(self) -> Choices:
        """What the page shows now (checked or not: see ``accept``)."""
        enumerator = self.workspace() == "enumerator"
        office_key = self.office_key.text().strip()
        return Choices(
            self.workspace(),
            str(self.language.currentData()),
            self.enumerator.text().strip() if enumerator else "",
            Path(office_key) if enumerator and office_key else None,
        )

    def accept(self) -> None:
        """Refuse what is missing or wrong next to its field; else set up this workstation's
        keys (an enumerator's), remember everything and close."""
        for label in (self.error, self.enumerator_error, self.office_error):
            self._say(label, "")
        choices = self.choices()
        if choices.workspace == "enumerator":
            if not choices.enumerator_id:  # the rule of the new-case dialog
                self._refuse(
                    self.enumerator_error,
                    QCoreApplication.translate("NewCaseDialog", "Enter your enumerator id."),
                    self.enumerator,
                )
                return
            if choices.office_key is not None and not self._check_office_key():
                self.office_key.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            try:
                choices = self._set_up_keys(choices)
            except (UserError, OSError) as error:
                text = error.text(i18n.current()) if isinstance(error, UserError) else str(error)
                self._refuse(
                    self.error,
                    self.tr("This computer's keys could not be set up: {problem}").format(
                        problem=text
                    ),
                    self.enumerator,
                )
                return
        self.preferences.save(choices)
        super().accept()

    def _set_up_keys(self, choices: Choices) -> Choices:
        """The workstation's key ring (created once, named after the enumerator) trusts the
        office's key. The key is remembered as the ring's own copy of it, which stays when
        the USB stick it came on is gone."""
        from surveytool.package.keys import KeyRing

        ring = KeyRing.open_or_create(
            name=choices.enumerator_id, role="enumerator", folder=self.keys_folder
        )
        if self.identity is None:
            return choices
        ring.trust(self.identity)
        kept = ring.folder / "trusted" / f"{self.identity.fingerprint}.pub"
        return Choices(choices.workspace, choices.language, choices.enumerator_id, kept)

    def _refuse(self, label: QLabel, text: str, field: QWidget) -> None:
        self._say(label, text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)


def _column(*parts: QWidget | QHBoxLayout) -> QWidget:
    """A field with its notes under it, in one cell of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QWidget):
            column.addWidget(part)
        else:
            column.addLayout(part)
    return box


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def start(
    app: QApplication,
    language: str | None,
    *,
    ask: bool = True,
    preferences: Preferences | None = None,
    keys_folder: Path | None = None,
) -> str | None:
    """The interface language of this start, installed: ``language`` if given, else the one
    remembered, else English. Before it, the welcome page when it was never finished and
    ``ask`` (never in ``--smoke``). None: the user quit the page (nothing was written)."""
    from surveytool.ui.menus import default_settings

    preferences = preferences or Preferences(default_settings())
    chosen = language or preferences.language or "en"
    if chosen != i18n.current():
        i18n.install(app, chosen)
    if not ask or preferences.done:
        return chosen
    dialog = WelcomeDialog(
        preferences,
        switch_language=lambda code: i18n.install(app, code),
        keys_folder=keys_folder,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices().language
