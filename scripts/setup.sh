#!/usr/bin/env bash
# Set up surveytool on a fresh Debian machine: Qt runtime libraries (when missing), a virtual
# environment in .venv and the package with its GUI and development extras. Idempotent: a
# second run only checks. Used by scripts/run.sh and scripts/test.sh; not meant to be run alone.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian libraries Qt needs to run headless (see ../shared/notes/platform.md).
apt_packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 fonts-dejavu-core python3-venv)
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for package in "${apt_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.surveytool-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[gui,dev]"
  echo "$wanted" > "$stamp"
fi
