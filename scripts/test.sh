#!/usr/bin/env bash
# Install everything (scripts/setup.sh, with the virtual X server the real-window test uses),
# then lint, type-check (mypy, strict on surveytool/: [tool.mypy] in pyproject.toml) and run
# the whole test suite. The import-linter contracts run as a test (tests/test_architecture.py);
# tests/test_real_x.py starts its own Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --for-tests
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
