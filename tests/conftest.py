"""Test configuration shared by every test module."""

from __future__ import annotations

import os

# Qt tests run headless; without a display Qt would abort the process (platform.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest


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
