"""What the user chose on the welcome page, remembered so that it is asked once.

The choices live in the user's ``QSettings`` file beside the recent stores; reading them
never trusts that file: it is plain text a person (or an older version) may have edited, so
a value we do not know reads as "not chosen" and the welcome page or a default fills in.
The office's key path is the one Exchange ▸ Export batch reads (``OFFICE_KEY_SETTING``),
so the key chosen on the welcome page is already filled in there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from surveytool.store.attachments import DEFAULT_LIMIT
from surveytool.ui.exchange_batch import OFFICE_KEY_SETTING
from surveytool.ui.i18n import languages

WORKSPACES = ("enumerator", "office", "au")
"""The main window's workspaces (its tabs), in their order."""
DONE_KEY = "welcome/done"
WORKSPACE_KEY = "welcome/workspace"
LANGUAGE_KEY = "welcome/language"
ENUMERATOR_KEY = "welcome/enumerator_id"
#: the largest file kept for a file question, in MB (an office may raise it for videos)
ATTACHMENT_LIMIT_KEY = "entry/attachment_limit_mb"


@dataclass(frozen=True, slots=True)
class Choices:
    """One answer to the welcome page. ``office_key`` is None when none was chosen (an
    enumerator may choose it later in Export batch; the other workspaces have none)."""

    workspace: str
    language: str
    enumerator_id: str = ""
    office_key: Path | None = None


class Preferences:
    """Typed access to the remembered choices in ``settings``."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @property
    def done(self) -> bool:
        """The welcome page was finished once (Continue): not shown at start again."""
        return _text(self.settings.value(DONE_KEY, "")).lower() == "true"

    @property
    def workspace(self) -> str:
        """The workspace shown at start; the enumerator's when none (or a strange one) is
        remembered, since most workstations are enumerators' laptops."""
        value = _text(self.settings.value(WORKSPACE_KEY, ""))
        return value if value in WORKSPACES else WORKSPACES[0]

    @property
    def language(self) -> str | None:
        """The interface language chosen, or None (none chosen, or its catalogue is gone)."""
        value = _text(self.settings.value(LANGUAGE_KEY, ""))
        return value if value in languages() else None

    @property
    def enumerator_id(self) -> str:
        return _text(self.settings.value(ENUMERATOR_KEY, "")).strip()

    @property
    def office_key(self) -> Path | None:
        value = _text(self.settings.value(OFFICE_KEY_SETTING, "")).strip()
        return Path(value) if value else None

    @property
    def attachment_limit(self) -> int:
        """The largest file kept for a file question, in bytes: ``entry/attachment_limit_mb``
        in the settings file, 10 MB (``store.attachments.DEFAULT_LIMIT``) when not set or
        not a positive number."""
        try:
            megabytes = float(_text(self.settings.value(ATTACHMENT_LIMIT_KEY, "")).strip())
        except ValueError:
            return DEFAULT_LIMIT
        return round(megabytes * 1024 * 1024) if megabytes > 0 else DEFAULT_LIMIT

    def choices(self) -> Choices:
        """What is remembered now, as the welcome page shows it when opened again."""
        return Choices(self.workspace, self.language or "en", self.enumerator_id, self.office_key)

    def save(self, choices: Choices) -> None:
        """Remember ``choices`` and that the welcome page is done, on disk at once (the app
        may be killed, the laptop's battery may run out)."""
        settings = self.settings
        settings.setValue(WORKSPACE_KEY, choices.workspace)
        settings.setValue(LANGUAGE_KEY, choices.language)
        settings.setValue(ENUMERATOR_KEY, choices.enumerator_id.strip())
        if choices.office_key is not None:
            settings.setValue(OFFICE_KEY_SETTING, str(choices.office_key))
        settings.setValue(DONE_KEY, "true")
        settings.sync()


def _text(value: object) -> str:
    """A setting as text; an INI file edited by hand may hold a list or a number."""
    return value if isinstance(value, str) else str(value) if isinstance(value, int) else ""
