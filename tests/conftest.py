"""Test configuration shared by every test module."""

from __future__ import annotations

import os

# Qt tests run headless; without a display Qt would abort the process (platform.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No test reads or writes the user's own folders: settings (QSettings: the welcome page's
# choices, recent stores), the default store and demo store, keys and the log all go to a
# folder of this run, set before anything creates a QApplication or asks platformdirs.
import tempfile

_HOME = tempfile.mkdtemp(prefix="surveytool-tests-")
for _variable, _folder in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
    ("SURVEYTOOL_KEYS", "keys"),
    ("SURVEYTOOL_LOG_DIR", "logs"),
):
    os.environ[_variable] = os.path.join(_HOME, _folder)


import pytest  # noqa: E402 - after the environment above


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory):
    """Each test its own settings folder: the welcome page's choices (the interface language
    among them) or the recent stores one test saves are never read by the next. Qt reads the
    user settings folder once per process, so it is moved with ``QSettings.setPath``."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # a command-line install: no settings to isolate
        yield
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(scope="session")
def form():
    """The shipped questionnaire, loaded once for the whole run (a Form is immutable)."""
    from surveytool.common import resource_path
    from surveytool.form import load

    return load(resource_path("forms", "lfs_migration.xlsx"))


@pytest.fixture(scope="session")
def rules(form):
    """The shipped batch rules for that questionnaire."""
    from surveytool.validate import default_rules_path, load_rules

    return load_rules(default_rules_path(form), form)
