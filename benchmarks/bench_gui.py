"""Desktop app timings: start to first paint, the case list over 50,000 cases, and one answer
in a 50-member household.

(a) ``surveytool gui --smoke`` (start, first paint, load the form, exit) beside
    ``python -c "import PySide6.QtWidgets"``, both timed as fresh processes in this run;
(b) opening a CaseTableModel on 50,000 cases and filtering it, beside a bare
    ``SELECT count(*)`` on the same file (the floor any list must pay);
(c) a 50-member household open on a member's page: the time from one answer, given as the
    input widget gives it (``sig_answered``, through FormView: the store write, the engine,
    the refresh of what ``AnswerResult.changed`` names, the navigator) to the end of the
    repaint it causes (events processed, the entry screen repainted), beside the engine's own
    recompute (``Interview.answer`` alone) and the store write measured in the same run.
    Median and p95 over ``--answers`` answers per kind; target: median under 16 ms (a frame).

Usage: .venv/bin/python benchmarks/bench_gui.py [--cases 50000] [--runs 5] [--answers 60]
       [--only c]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from surveytool.casework import CaseSession
from surveytool.store import Store, SurveyKey
from surveytool.ui.case_model import CaseTableModel

MEMBERS = 50
PERSON = {  # what every member answers (the demo's shape, kept simple)
    "sex": 2,
    "age": 30,
    "relationship": 3,
    "usual_resident": 1,
    "marital_status": 1,
    "edu_level_nat": "3",
    "respondent_line": 1,
    "work_wage": 1,
    "birthplace": 1,
    "citizenship": 1,
    "ever_abroad_12m": 2,
}


def process_time(command: list[str], runs: int) -> tuple[float, str]:
    timings, output = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        timings.append(time.perf_counter() - start)
        output = result.stdout.strip()
    return statistics.median(timings), output


def median(function: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def percentiles(timings: list[float]) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1e3, p95 * 1e3


def household(folder: Path) -> tuple[Store, str]:
    """A store holding one household of ``MEMBERS`` members, each with the ``PERSON`` answers."""
    from surveytool.common import resource_path
    from surveytool.form import load

    form = load(resource_path("forms", "lfs_migration.xlsx"))
    store = Store.open(folder / "household.sqlite")
    case = store.create_case(form.form_id, form.version, SurveyKey("CMR", "2026", "C1", 1), "E")
    session = CaseSession(store, form, case, "E")
    with store.transaction():
        for number in range(1, MEMBERS + 1):
            uid = session.add_person("persons")
            session.answer(session.interview.address("person_name", uid), f"Member {number}")
            for name, value in PERSON.items():
                session.answer(session.interview.address(name, uid), value)
        session.save_snapshot()
    return store, case


def answer_timings(folder: Path, answers: int) -> None:
    """(c): one answer through the entry screen, beside the engine and the store write."""
    from surveytool.common import resource_path
    from surveytool.form import load
    from surveytool.ui.form_page import FormPage
    from surveytool.ui.main_window import MainWindow
    from surveytool.validate import default_rules_path, load_rules

    app = QApplication.instance() or QApplication([])
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rules = load_rules(default_rules_path(form), form)
    store, case = household(folder)
    window = MainWindow(store, form, rules=rules)
    window.resize(1200, 800)
    window.show()
    view = window.open_case(case)
    assert view is not None
    interview = view.interview
    uid = interview.instances("persons")[MEMBERS // 2]
    view.open_page(("section_a", uid))
    app.processEvents()
    page = view.page
    assert isinstance(page, FormPage)
    kinds = {  # question -> the two answers it alternates between
        "age (value only)": ("age", 30, 31),
        "age (sections B-H appear and go)": ("age", 30, 10),
        "name (every label on the page)": ("person_name", "Awa", "Binta"),
    }
    print(f"(c) {MEMBERS}-member household, member {MEMBERS // 2 + 1}'s first page, rules live:")
    for kind, (name, first, second) in kinds.items():
        address = interview.address(name, uid)
        row = page.rows[address]
        ui: list[float] = []
        for index in range(answers):
            value = first if index % 2 else second
            start = time.perf_counter()
            row.input.sig_answered.emit(value)  # what the input emits when the answer is done
            app.processEvents()  # the refresh's layout and paint events
            view.repaint()  # and the entry screen painted, to the end
            ui.append(time.perf_counter() - start)
        engine: list[float] = []
        for index in range(answers):
            value = first if index % 2 else second
            start = time.perf_counter()
            interview.answer(address, value)
            engine.append(time.perf_counter() - start)
        write: list[float] = []
        for index in range(answers):
            value = first if index % 2 else second
            start = time.perf_counter()
            store.record_answer(case, str(address), value, "E")
            write.append(time.perf_counter() - start)
        ui_median, ui_p95 = percentiles(ui)
        engine_median, engine_p95 = percentiles(engine)
        write_median, _ = percentiles(write)
        print(
            f"    {kind:34s} answer to repaint: median {ui_median:6.2f} ms, p95 "
            f"{ui_p95:6.2f} ms | engine alone: median {engine_median:5.2f} ms, p95 "
            f"{engine_p95:5.2f} ms | store write: median {write_median:5.2f} ms | "
            f"ratio screen/engine {ui_median / engine_median:5.1f}"
        )
    window.close()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=60)
    parser.add_argument("--only", choices=("a", "b", "c"), default=None)
    args = parser.parse_args()
    if args.only == "c":
        with tempfile.TemporaryDirectory() as folder:
            answer_timings(Path(folder), args.answers)
        return
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
        answer_timings(Path(folder), args.answers)


if __name__ == "__main__":
    main()
