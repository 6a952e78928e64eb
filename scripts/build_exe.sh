#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/surveytool/ from a clean virtual environment
# (.venv-build, made anew each time: PyInstaller bundles whatever the environment holds),
# then run the bundle's own self-test. Usage: bash scripts/build_exe.sh
# On Windows, in a terminal in the repository: py -3.11 -m venv .venv-build, then
# .venv-build\Scripts\pip install ".[gui,build]" and .venv-build\Scripts\pyinstaller
# build_exe.spec, then dist\surveytool\surveytool.exe --self-test.
set -euo pipefail
cd "$(dirname "$0")/.."
# the Qt libraries the bundle's own start needs (scripts/setup.sh), and binutils' strip,
# which build_exe.spec runs on the libraries (without it the bundle is ~60 MB larger)
bash scripts/setup.sh >/dev/null
if ! command -v strip >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
python=${PYTHON:-python3}
rm -rf .venv-build build/pyinstaller dist/surveytool
"$python" -m venv .venv-build
.venv-build/bin/python -m pip install -q --upgrade pip
.venv-build/bin/python -m pip install -q ".[gui,build]"
started=$(date +%s)
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist build_exe.spec
echo "PyInstaller: $(( $(date +%s) - started )) s; dist/surveytool: $(du -sh dist/surveytool | cut -f1)"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} dist/surveytool/surveytool --self-test
