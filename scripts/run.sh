#!/usr/bin/env bash
# Install everything (scripts/setup.sh) and run the app's main job. Until the desktop app
# lands, that is: check the shipped questionnaire and demonstrate the expression engine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/surveytool forms check forms/lfs_migration.xlsx
echo
.venv/bin/surveytool expr
