"""``surveytool --self-test``: does this installation work, end to end, on this computer?

Run after installing (a wheel, the bundle unpacked on an NSO laptop) and by CI on the built
bundle: a missing hidden import, data file, code list, catalogue or Qt plugin fails here, not
in front of an enumerator. Every step uses the real parts on real files in a temporary folder
(removed afterwards): the shipped form and rules, a store, the interview engine, validation,
a signed and sealed batch package and its import into a second store. The desktop step
(``gui_check``, given by the launcher) opens the main window offscreen when no screen exists.

Prints one line per step, then ``self-test: ok`` (exit 0), or the step that failed with
its reason and traceback (exit 1). Messages stay in English: the output is read by a
support person or a CI log, and must look the same everywhere.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GuiCheck = Callable[[Path], str]
"""Opens the desktop app on a store and returns what it saw (raises on failure)."""

HOUSEHOLDS = 4


@dataclass
class _Run:
    """What the steps hand to each other."""

    folder: Path
    facts: dict[str, Any] = field(default_factory=dict)


def run(gui_check: GuiCheck | None = None, *, out: Any = None) -> int:
    """Run every step; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    steps: list[tuple[str, Callable[[_Run], str]]] = [
        ("installation", _installation),
        ("form and rules", _form_and_rules),
        ("interviews", _interviews),
        ("replay", _replay),
        ("validation", _validation),
        ("file formats", _file_formats),
        ("batch export", _export),
        ("batch import", _import),
        ("comparison", _compare),
    ]
    if gui_check is not None:
        steps.append(("desktop", lambda state: gui_check(state.facts["office_store"])))
    else:
        steps.append(("desktop", lambda state: "skipped: this installation has no desktop app"))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="surveytool-self-test-") as folder:
        state = _Run(Path(folder))
        for name, step in steps:
            began = time.perf_counter()
            try:
                said = step(state)
            except Exception as error:  # the self-test reports any failure, then stops
                print(f"self-test: {name}: FAILED: {type(error).__name__}: {error}", file=out)
                traceback.print_exc(file=sys.stderr)
                print("self-test: failed", file=out)
                return 1
            print(f"self-test: {name}: {said} ({time.perf_counter() - began:.2f} s)", file=out)
    print(f"self-test: ok ({time.perf_counter() - started:.1f} s)", file=out)
    return 0


def _installation(state: _Run) -> str:
    from surveytool import __version__
    from surveytool.common.resources import SHIPPED_FOLDERS, layout, resource_path

    missing = [name for name in SHIPPED_FOLDERS if not resource_path(name).is_dir()]
    if missing:
        raise FileNotFoundError(f"missing shipped folders {missing} in {resource_path()}")
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return f"surveytool {__version__}, {layout()} layout{frozen}, files in {resource_path()}"


def _form_and_rules(state: _Run) -> str:
    from surveytool.common.resources import shipped_form
    from surveytool.form import load
    from surveytool.validate import default_rules_path, load_rules

    form = load(shipped_form())
    rules = load_rules(default_rules_path(form), form)
    state.facts.update(form=form, rules=rules)
    questions = sum(1 for _ in form.questions())
    return f"{form.form_id} {form.version}: {questions} questions, {len(rules.rules)} rules"


def _interviews(state: _Run) -> str:
    from surveytool.demo.generate import generate
    from surveytool.store import Store

    path = state.folder / "field.sqlite"
    with Store.open(path) as store:
        counts = generate(
            store, state.facts["form"], country="CMR", households=HOUSEHOLDS, seed=7, year=2026
        )
    if counts["complete"] == 0:
        raise AssertionError(f"no simulated household could be completed: {counts}")
    state.facts["field_store"] = path
    return f"{counts['complete']} households completed, {counts['in_progress']} in progress"


def _replay(state: _Run) -> str:
    """A case read back from its events, as the entry screen opens it, is still complete."""
    from surveytool.casework import CaseSession
    from surveytool.store import Store

    with Store.open(state.facts["field_store"], readonly=True) as store:
        complete = [row for row in store.cases() if row.status == "complete"]
        session = CaseSession(store, state.facts["form"], complete[0].uuid, "self-test")
        answers = len(session.interview.answers)
        if not session.interview.can_complete():
            raise AssertionError(f"case {complete[0].key} is no longer complete when replayed")
    return f"case {complete[0].key} replayed from its events: {answers} answers, complete"


def _validation(state: _Run) -> str:
    from surveytool.store import Store
    from surveytool.validate.batch import validate_store

    with Store.open(state.facts["field_store"], readonly=True) as store:
        result = validate_store(store, state.facts["form"], state.facts["rules"])
    report = result.report
    if not report.summary:
        raise AssertionError("validation ran no check")
    return (
        f"{result.households} households, {len(report.summary)} checks: "
        f"{report.errors} error(s), {report.warnings} warning(s)"
    )


def _file_formats(state: _Run) -> str:
    """The harmonised package's renderings (Parquet, Stata, SPSS, XLSX) written and read back
    by their own readers: the compiled libraries behind them are the likeliest to be missing
    from a bundle."""
    import pyarrow.parquet as pq
    import pyreadstat
    from openpyxl import load_workbook

    from surveytool.package.renderings import render
    from surveytool.store import Store
    from surveytool.validate.inputs import store_frames

    form = state.facts["form"]
    with Store.open(state.facts["field_store"], readonly=True) as store:
        tables = store_frames(store, form, ("complete",))
    members = render(tables, form)
    folder = state.folder / "renderings"
    folder.mkdir()
    read_back: dict[str, Callable[[Path], int]] = {
        ".parquet": lambda path: int(pq.read_table(path).num_rows),
        ".dta": lambda path: len(pyreadstat.read_dta(str(path))[0]),
        ".sav": lambda path: len(pyreadstat.read_sav(str(path))[0]),
    }
    for name, data in members.items():
        path = folder / Path(name).name
        path.write_bytes(data)
        table = path.stem
        if path.suffix in read_back and read_back[path.suffix](path) != len(tables[table]):
            raise AssertionError(f"{path.name}: not the {len(tables[table])} rows written")
        if path.suffix == ".xlsx":
            workbook = load_workbook(path, read_only=True)
            sheets = len(workbook.sheetnames)
            workbook.close()
    rows = ", ".join(f"{len(frame)} {name}" for name, frame in tables.items())
    return f"{len(members)} files ({rows}) read back as written; the workbook has {sheets} sheets"


def _export(state: _Run) -> str:
    from surveytool.package.batch import export_batch
    from surveytool.package.keys import KeyRing
    from surveytool.store import Store

    enumerator = KeyRing.create("Self-test enumerator", "enumerator", state.folder / "keys_e")
    office = KeyRing.create("Self-test office", "office", state.folder / "keys_o")
    office.trust(enumerator.identity)
    enumerator.trust(office.identity)
    out = state.folder / "batch.sealed"
    with Store.open(state.facts["field_store"]) as store:
        done = export_batch(
            store,
            state.facts["form"],
            state.facts["rules"],
            enumerator,
            out,
            encrypt_to=office.identity,
        )
    state.facts.update(office=office, package=out, exported=done.cases)
    return f"{done.cases} cases signed and sealed for the office ({out.stat().st_size:,} bytes)"


def _import(state: _Run) -> str:
    from surveytool.package.importing import IMPORTED, import_package
    from surveytool.store import Store

    path = state.folder / "office.sqlite"
    with Store.open(path) as store:
        outcome = import_package(
            store, state.facts["form"], state.facts["package"], state.facts["office"]
        )
    if outcome.verdict != IMPORTED:
        raise AssertionError(f"the package was {outcome.verdict}: {outcome.text()}")
    state.facts["office_store"] = path
    added = outcome.counts.added if outcome.counts else 0
    return f"verified, decrypted and imported into a second store: {added} cases added"


def _compare(state: _Run) -> str:
    """Every case sent arrives whole: its row and every event, in order."""
    from surveytool.store import Store

    def events(store: Store, uuid: str) -> list[tuple[object, ...]]:
        return [(e.at, e.enumerator, e.kind, e.path, e.value) for e in store.events(uuid)]

    with (
        Store.open(state.facts["field_store"], readonly=True) as field_store,
        Store.open(state.facts["office_store"], readonly=True) as office_store,
    ):
        sent = [row for row in field_store.cases() if row.status == "complete"]
        if len(sent) != state.facts["exported"]:
            raise AssertionError(f"{len(sent)} complete cases, {state.facts['exported']} sent")
        compared = 0
        for row in sent:
            if office_store.case(row.uuid) != row:
                raise AssertionError(f"case {row.key} differs after the import")
            theirs, ours = events(office_store, row.uuid), events(field_store, row.uuid)
            if theirs != ours:
                raise AssertionError(f"case {row.key}: its events differ after the import")
            compared += len(ours)
    return f"{len(sent)} cases identical in both stores ({compared} events compared)"
