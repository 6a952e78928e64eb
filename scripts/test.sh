#!/usr/bin/env bash
# Install everything (scripts/setup.sh), then lint and run the whole test suite.
# The import-linter contracts run as a test (tests/test_architecture.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
