#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/surveytool/ from a clean virtual environment
# (.venv-build, made anew each time: PyInstaller bundles whatever the environment holds),
# then run the bundle's own self-test. Usage: bash scripts/build_exe.sh
# On Windows run the same steps from Git Bash, or by hand: python -m venv .venv-build,
# .venv-build\Scripts\pip install ".[gui,build]", pyinstaller build_exe.spec.
set -euo pipefail
cd "$(dirname "$0")/.."
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
