"""Try a corpus of XLSForms nobody here wrote: does each open, walk, flatten and validate?

For every workbook (``.xlsx``, ``.xls``, ``.md``) in the folders given (default: the folder
named by ``SURVEYTOOL_FORM_CORPUS``, else ``../shared/data/xlsforms``) it prints one line:

* whether pyxform's full conversion accepts it (what ODK tools would say);
* whether surveytool opens it, or the refusal (located: file, sheet, row) and its causes;
* the interview walk (``surveytool.demo.walk``): questions answered of those relevant,
  roster members made, whether the case could be completed;
* the walked case written to a new store as events and read back (answers that differ);
* the flat tables' row counts (each level against the members the walk made), written to
  CSV and read back by ``surveytool validate``'s reader, and the validation's error count;

then a summary: counts, and what blocks the rest, as the number of forms each cause blocks
(a form refused for three reasons counts once under each). Every step catches what it
throws: a crash is a result ("crash: ..."), never the end of the run; the exit status is 1
when one happened, so a bug shows. ``tests/forms/real/SOURCES.md`` says which forms are
real field forms and which are tutorials; the summary counts both.

Usage: .venv/bin/python scripts/form_corpus.py [FOLDER ...] [-v] [--json out.json] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import tempfile
import traceback
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "forms" / "real"
SUFFIXES = (".xlsx", ".xls", ".md")
#: the walk's today is the validator's (a constraint such as ``. >= today()`` must read
#: the same day in both, or a case valid on entry fails in the office)
TODAY = date.today()


@dataclass
class FormResult:
    """One workbook's run; ``None`` where a step was not reached."""

    name: str
    kind: str = "?"  # field, tutorial, or ? when SOURCES.md does not list it
    pyxform: str = "?"  # ok, or pyxform's own refusal
    opens: bool = False
    refusal: list[str] = field(default_factory=list)  # located problems, as printed
    unlocated: int = 0  # problems of the refusal without a sheet or row
    causes: list[str] = field(default_factory=list)  # what blocks the form, grouped
    questions: int = 0
    answered: int | None = None
    relevant: int | None = None
    instances: int | None = None
    can_complete: bool | None = None
    walk_blockers: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    lost_rows: dict[str, int] = field(default_factory=dict)  # members missing from a table
    store_differs: int | None = None  # answers read back from a store that differ
    store_volatile: int | None = None  # of which made by uuid(), now(), random(), once()
    validation_errors: int | None = None
    crash: str | None = None

    @property
    def walks(self) -> bool:
        return bool(self.can_complete) and self.crash is None


# -- one form -----------------------------------------------------------------------------------
def run_form(path: Path, kind: str = "?") -> FormResult:
    result = FormResult(path.stem, kind)
    result.pyxform = _pyxform_says(path)
    try:
        _run(path, result)
    except Exception as error:  # a bug of ours: reported, and the run goes on
        result.crash = f"{type(error).__name__}: {error}"[:300]
        result.causes.append(f"crash: {_crash_place(error)}")
    return result


def _run(path: Path, result: FormResult) -> None:
    from surveytool.demo.walk import walk
    from surveytool.form import FormError, load

    try:
        form = load(path)
    except FormError as error:
        result.refusal = [problem.text() for problem in error.problems]
        result.unlocated = sum(1 for p in error.problems if not _located(p.location))
        result.causes = sorted({cause_of(problem) for problem in error.problems})
        return
    result.opens = True
    result.questions = sum(1 for _ in form.questions())
    walked = walk(form, today=TODAY)
    result.answered, result.relevant = walked.answered, walked.relevant
    result.instances, result.can_complete = walked.instances, walked.can_complete
    blockers = [f"walk: {u.type} ({_short(u.reason)})" for u in walked.blocking]
    blockers += [f"roster: {_short(error)}" for error in walked.roster_errors]
    result.walk_blockers = sorted(set(blockers))
    if not walked.can_complete:
        result.causes += result.walk_blockers or ["walk: a rule or check fails"]
    assert walked.interview is not None
    _store_round_trip(form, walked.interview, result)
    _tables_and_validation(form, walked, result)


def _store_round_trip(form: Any, interview: Any, result: FormResult) -> None:
    """Write the walked case into a new store as an enumerator's events (rosters, outer ones
    first, then answers), read it back as the office does, and count the answers that
    differ: what a tablet saved must be what the office reads."""
    from surveytool.casework.session import load_interview
    from surveytool.store.store import Store, SurveyKey

    folder = tempfile.TemporaryDirectory()
    with folder, Store.open(Path(folder.name) / "corpus.sqlite") as store:
        key = SurveyKey("XX", "1", "1", 1)
        case = store.create_case(form.form_id, form.version, key, "walker")
        rosters = _rosters(interview)
        for roster in sorted(rosters, key=lambda text: text.count("#")):
            for uid in rosters[roster]:
                store.record_roster(case, "add", roster, uid, "walker")
        for address, value in interview.answers.items():
            store.record_answer(case, str(address), value, "walker")
        back, _ = load_interview(store, form, case, today=TODAY)
    differ = [a for a in interview.walk() if not _same(interview.value(a), back.value(a))]
    volatile = _volatile(form)
    result.store_differs = sum(1 for a in differ if a.name not in volatile)
    result.store_volatile = len(differ) - result.store_differs
    if result.store_differs:
        result.causes.append("store: answers read back from the store differ from those given")
    if result.store_volatile:
        result.causes.append(
            "store: a uuid()/now()/random() calculation, once() too, reads anew when reopened"
        )


def _same(one: object, other: object) -> bool:
    """Equal, NaN included (a sum of blanks is NaN both before and after)."""
    if isinstance(one, float) and isinstance(other, float):
        return one == other or (math.isnan(one) and math.isnan(other))
    return one == other


_VOLATILE = re.compile(r"\b(?:uuid|now|random|randomize|once)\s*\(")
_NAME = re.compile(r"\$\{([^}]+)\}")


def _volatile(form: Any) -> set[str]:
    """The calculations whose value a volatile function makes, or one they read: each
    reading of the case computes them anew unless the value is kept."""
    calculations = {q.name: str(q.calculation) for q in form.questions() if q.calculation}
    found = {name for name, text in calculations.items() if _VOLATILE.search(text)}
    grown = True
    while grown:
        more = {n for n, text in calculations.items() if set(_NAME.findall(text)) & found}
        grown = not more <= found
        found |= more
    return found


def _rosters(interview: Any) -> dict[str, list[int]]:
    """Roster key -> instance ids; an engine from before nested repeats (a baseline run on an
    older commit) keeps one flat list per repeat instead."""
    if hasattr(interview, "rosters_text"):
        return dict(interview.rosters_text())
    return {name: list(ids) for name, ids in interview._instances.items()}


def _tables_and_validation(form: Any, walked: Any, result: FormResult) -> None:
    """Flatten the walked case, check each level's table holds every member the walk made,
    write the tables as CSV and validate them as the office would."""
    from surveytool.common.errors import UserError
    from surveytool.form.levels import levels
    from surveytool.tables import flatten
    from surveytool.tables.csv_files import write_csv
    from surveytool.tables.flat import CaseData
    from surveytool.validate.batch import validate_path

    tables = flatten(form, [CaseData("corpus-case-1", "complete", walked.interview)])
    result.rows = {name: len(frame) for name, frame in tables.items()}
    for level in levels(form)[1:]:
        made = walked.members.get(level.repeat, 0)
        if result.rows.get(level.table, 0) != made:
            result.causes.append("tables: a level's rows are not the members the walk made")
            result.lost_rows[level.table] = made - result.rows.get(level.table, 0)
    with tempfile.TemporaryDirectory() as folder:
        write_csv(tables, Path(folder))
        try:
            report = validate_path(Path(folder), form, None).report
        except UserError as error:  # the reader refused the files: located, not a crash
            result.causes.append(f"validation refused the CSV files: {_generic(str(error))}")
            return
    result.validation_errors = report.errors
    if report.errors:
        result.causes.append("validation: the walked case fails its own form's checks")


def _pyxform_says(path: Path) -> str:
    from pyxform.xls2xform import convert

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(xlsform=str(path), validate=False)
    except Exception as error:  # pyxform's refusal, or its own crash
        return f"refuses: {type(error).__name__}: {_short(str(error), 120)}"
    return "ok"


# -- causes ---------------------------------------------------------------------------------------
_FUNCTION = re.compile(r"(?:unknown function|function) '?([\w:-]+)'?(?:\(\))?", re.IGNORECASE)


def cause_of(problem: object) -> str:
    """What a refusal's problem is about, in words that group forms: 'type geopoint',
    'column media', 'function pulldata()', 'pyxform: ...', or the message's id."""
    from surveytool.common.catalogue import Message

    told = getattr(problem, "told", None)
    values: dict[str, object] = getattr(problem, "values", {}) or {}
    if not isinstance(told, Message):
        return "pyxform: " + _generic(str(told))
    if "type" in values:  # "select_one_external districts": the type, not the list
        written = str(values["type"]).split() or [""]
        kind = written[0] if written[0].startswith(("select", "rank")) else " ".join(written)
        return f"type {kind}"
    if "key" in values:
        return f"column {values['key']}"
    if told.id == "form.expression.invalid":
        reason = str(values.get("reason", ""))
        found = _FUNCTION.search(reason)
        return f"function {found.group(1)}()" if found else f"expression: {_short(reason, 60)}"
    files = [str(v) for k, v in values.items() if k in ("itemset", "file")]
    if files:  # the kind of file, not its name
        return f"{told.id} *{Path(files[0]).suffix or ' (a list name)'}"
    return told.id


def _generic(text: str) -> str:
    """A message without what differs between forms (rows, names), so that forms group."""
    text = re.sub(r"\[row : \d+\]\s*", "", text)
    text = re.sub(r"(?:/[^/\s]+)+/", "", text)  # a file's folder (a temporary one, say)
    text = re.sub(r"\d+", "N", text)
    return _short(text, 90)


def _located(location: object) -> bool:
    return bool(getattr(location, "sheet", None) or getattr(location, "row", None))


def _short(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _crash_place(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "surveytool" in f.filename] or frames
    last = ours[-1] if ours else None
    where = f"{Path(last.filename).name}:{last.name}" if last else "?"
    return f"{type(error).__name__} in {where}"


# -- the corpus -----------------------------------------------------------------------------------
def corpus_folder() -> Path | None:
    """Where the real forms are: ``SURVEYTOOL_FORM_CORPUS``, else ``tests/forms/real``, else
    ``../shared/data/xlsforms`` beside the checkout; None when none holds a workbook (the
    workbooks are not committed: tests/forms/real/SOURCES.md says why)."""
    env = os.environ.get("SURVEYTOOL_FORM_CORPUS")
    shipped = [ROOT / "tests" / "forms" / "real", ROOT.parent / "shared" / "data" / "xlsforms"]
    for folder in [Path(env)] if env else shipped:
        if folder.is_dir() and corpus_files([folder]):
            return folder
    return None


def corpus_files(folders: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found += sorted(
            p
            for p in folder.iterdir()
            if p.suffix in SUFFIXES and p.is_file() and p.name not in ("SOURCES.md", "README.md")
        )
    return found


def kinds(folders: Iterable[Path]) -> dict[str, str]:
    """Form name -> kind, from the SOURCES.md tables beside the forms and in tests/forms/real
    (columns: file, ..., kind)."""
    found: dict[str, str] = {}
    for folder in [DEFAULT, *folders]:
        sources = folder / "SOURCES.md"
        if not sources.is_file():
            continue
        for line in sources.read_text(encoding="utf-8").splitlines():
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and cells[-1] in ("field", "tutorial"):
                found[Path(cells[0]).stem] = cells[-1]
    return found


def run(folders: Sequence[Path]) -> list[FormResult]:
    known = kinds(folders)
    return [run_form(path, known.get(path.stem, "?")) for path in corpus_files(folders)]


def summary(results: Sequence[FormResult]) -> list[str]:
    lines = []
    for kind in ("all", "field", "tutorial"):
        chosen = [r for r in results if kind in ("all", r.kind)]
        if not chosen:
            continue
        accepted = [r for r in chosen if r.pyxform == "ok"]
        lines.append(
            f"{kind}: {len(chosen)} forms, pyxform accepts {len(accepted)}, surveytool opens "
            f"{sum(r.opens for r in chosen)} ({sum(r.opens for r in accepted)} of those pyxform "
            f"accepts), walks to completion {sum(r.walks for r in chosen)}, "
            f"validates clean {sum(r.validation_errors == 0 for r in chosen)}"
        )
    refused = [r for r in results if not r.opens and r.crash is None]
    located = sum(r.unlocated == 0 for r in refused)
    crashes = sum(r.crash is not None for r in results)
    lines.append(
        f"refusals: {len(refused)}, with every problem located by sheet or row: {located}; "
        f"crashes: {crashes}"
    )
    blocked = Counter(c for r in results if r.pyxform == "ok" for c in set(r.causes))
    if blocked:
        lines.append("what blocks the forms pyxform accepts (forms per cause):")
        lines += [f"  {count:3d}  {cause}" for cause, count in blocked.most_common()]
    return lines


def line(result: FormResult) -> str:
    if result.crash:
        state = f"CRASH {result.crash}"
    elif not result.opens:
        state = f"refused ({len(result.refusal)} problems): " + "; ".join(result.causes[:4])
    else:
        rows = " ".join(f"{k}={v}" for k, v in result.rows.items())
        state = (
            f"opens, {result.questions} questions; walk {result.answered}/{result.relevant} "
            f"answered, {result.instances} members, complete={result.can_complete}; "
            f"store round trip differs {result.store_differs} (+{result.store_volatile} "
            f"volatile); rows {rows}; "
            f"validation errors {result.validation_errors}"
        )
    pyxform = {"ok": "pyxform ok", "?": "pyxform ?"}.get(result.pyxform, "pyxform refuses")
    return f"{result.name} [{result.kind}, {pyxform}]: {state}"


def markdown(results: Sequence[FormResult]) -> list[str]:
    rows = ["| form | kind | pyxform | opens | walk (answered/relevant, complete) | blockers |"]
    rows.append("|---|---|---|---|---|---|")
    for r in results:
        walked = (
            f"{r.answered}/{r.relevant}, {'yes' if r.can_complete else 'no'}" if r.opens else ""
        )
        pyxform = "ok" if r.pyxform == "ok" else "refuses"
        blockers = ", ".join(r.causes[:5]) + (" …" if len(r.causes) > 5 else "")
        rows.append(
            f"| {r.name} | {r.kind} | {pyxform} | {'yes' if r.opens else 'no'} | {walked} | "
            f"{blockers.replace('|', '/')} |"
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="write every result here")
    parser.add_argument("--markdown", action="store_true", help="print the results table")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print each refusal's located problems"
    )
    args = parser.parse_args(argv)
    folders = args.folders or [corpus_folder() or DEFAULT]
    results = run(folders)
    for result in results:
        print(line(result), flush=True)
        for problem in result.refusal[:8] if args.verbose else []:
            print(f"    {problem}")
    print("\n".join(summary(results)))
    if args.markdown:
        print("\n".join(markdown(results)))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")
    return 1 if any(r.crash for r in results) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
