"""Run every benchmark in this folder, one after the other (by hand, not in CI).

Every ``bench_*.py`` (bench_exchange.py among them) gets this command's arguments; then the
import fuzz soak (``fuzz_import.py``) runs with its own defaults (20,000 packages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script), *sys.argv[1:]], check=True)
    print("== fuzz_import.py", flush=True)
    subprocess.run([sys.executable, str(HERE / "fuzz_import.py")], check=True)
