#!/usr/bin/env bash
# Install everything (scripts/setup.sh), create the demo store on first run, and open the app.
# Without a display (a server, CI) the app is opened offscreen once (--smoke) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
store=.demo/demo.sqlite
if [ ! -f "$store" ]; then
  mkdir -p .demo
  echo "Creating the demo store $store (200 households, Cameroon)..."
  .venv/bin/surveytool demo --store "$store" --country CMR --households 200 --in-progress 0.1
fi
.venv/bin/surveytool forms check forms/lfs_migration.xlsx
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = "Darwin" ]; then
  exec .venv/bin/surveytool gui --store "$store" "$@"
else
  echo "No display found: opening the app offscreen once to check it starts."
  exec .venv/bin/surveytool gui --store "$store" --smoke
fi
