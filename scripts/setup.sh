#!/usr/bin/env bash
# Set up surveytool on a fresh Debian machine: the Debian libraries Qt needs (only the missing
# ones), a virtual environment in .venv and the package with its GUI and development extras.
# Idempotent: a second run only checks. Used by scripts/run.sh and scripts/test.sh (which passes
# --for-tests: a virtual X server and an input driver for the real-window test).
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen (see ../shared/notes/platform.md) ...
apt_packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 fonts-dejavu-core python3-venv)
# ... and the xcb platform plugin, which opens the real window on a desktop.
apt_packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xfixes0)
if [ "${1:-}" = "--for-tests" ]; then
  apt_packages+=(xvfb xauth xdotool)  # tests/test_real_x.py: a real X server, real input events
fi
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
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
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

# Whatever the xcb plugin still lacks (another distribution, a newer Qt) is named here rather
# than as Qt's "could not load the Qt platform plugin" when the window should open.
xcb_plugin=$(ls .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so \
  2>/dev/null | head -n1 || true)
if [ -n "$xcb_plugin" ] && command -v ldd >/dev/null 2>&1; then
  lacking=$(ldd "$xcb_plugin" | awk '/not found/ {print $1}' | tr '\n' ' ')
  if [ -n "$lacking" ]; then
    echo "warning: the Qt xcb platform plugin lacks: $lacking(install them to open a window)" >&2
  fi
fi
