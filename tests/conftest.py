"""Test configuration shared by every test module."""

from __future__ import annotations

import os

# Qt tests run headless; without a display Qt would abort the process (platform.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
