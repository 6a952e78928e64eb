"""Desktop app timings: start to first paint, and the case list over 50,000 cases.

(a) ``surveytool gui --smoke`` (start, first paint, load the form, exit) beside
    ``python -c "import PySide6.QtWidgets"``, both timed as fresh processes in this run;
(b) opening a CaseTableModel on 50,000 cases and filtering it, beside a bare
    ``SELECT count(*)`` on the same file (the floor any list must pay).

Usage: .venv/bin/python benchmarks/bench_gui.py [--cases 50000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from surveytool.store import Store, SurveyKey
from surveytool.ui.case_model import CaseTableModel


def process_time(command: list[str], runs: int) -> tuple[float, str]:
    timings, output = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        timings.append(time.perf_counter() - start)
        output = result.stdout.strip()
    return statistics.median(timings), output


def median(function: object, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.sqlite"
        with Store.open(path) as store, store.transaction():
            for number in range(1, args.cases + 1):
                key = SurveyKey("CMR", "2026", f"C{(number - 1) // 12 + 1:04d}", number)
                store.create_case("lfs_migration", "2026.1", key, "E01")

        smoke, output = process_time(
            [sys.executable, "-m", "surveytool.launcher", "gui", "--smoke", "--store", str(path)],
            args.runs,
        )
        bare, _ = process_time([sys.executable, "-c", "import PySide6.QtWidgets"], args.runs)
        print(f"(a) gui --smoke: {smoke:6.3f} s ({output})")
        print(f"    import PySide6.QtWidgets: {bare:6.3f} s; ratio {smoke / bare:5.2f}")

        app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an app
        with Store.open(path, readonly=True) as store:
            opened = median(lambda: CaseTableModel(store), args.runs)
            model = CaseTableModel(store)
            filtered = median(lambda: model.set_filter(search="C0417"), args.runs)
            status = median(lambda: model.set_filter(status="complete"), args.runs)
            count = "SELECT count(*) FROM cases"
            floor = median(lambda: store.connection.execute(count).fetchone(), args.runs)
        print(
            f"(b) {args.cases:,} cases: open {opened * 1e3:7.1f} ms, filter by text "
            f"{filtered * 1e3:7.1f} ms, by status {status * 1e3:7.1f} ms; "
            f"bare count(*) {floor * 1e3:6.2f} ms; ratio open/count {opened / floor:6.1f}"
        )


if __name__ == "__main__":
    main()
