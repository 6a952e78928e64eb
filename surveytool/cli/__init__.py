"""The ``surveytool`` command: every workspace's job is reachable without the GUI.

Heavy libraries load inside the sub-command that needs them, so ``surveytool --help``
answers at once. User errors (a bad form, a bad file) print a located message and exit 1
or 2; they never print a traceback.

What the command prints for people is catalogued and printed in ``--language`` (every
sub-command has it, English by default); tables of figures keep their column names, and
argparse's own usage and help stay in English.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from surveytool import __version__
from surveytool.common.catalogue import languages, message
from surveytool.common.errors import UserError

if TYPE_CHECKING:  # forms and validation load when a command needs them, not at start-up
    from surveytool.form import Form
    from surveytool.validate import Report, RuleSet

GuiRunner = Callable[..., int]

_NO_GUI = message("cli.gui.no_runner", "the desktop app is started by the 'surveytool' command")
_DEMO_DONE = message("cli.demo.done", "{store}: {complete} complete, {in_progress} in progress")
_TABLE_WRITTEN = message("cli.tables.written", "{path}: {rows} rows")
_BAD_STATUS = message("cli.validate.bad_status", "surveytool validate: error: --status: {error}")
_UNUSABLE = message("cli.validate.unusable", "unusable input: {error}")
_SYSTEMATIC_ALL = message(
    "cli.validate.systematic_all",
    "systematic: {check} fails on all {checked} {level} records: the column is wrong "
    "throughout{example}; fix it at the source",
)
_SYSTEMATIC_SHARE = message(
    "cli.validate.systematic_share",
    "systematic: {check} fails on {share} of {checked} {level} records: the column is wrong "
    "throughout{example}; fix it at the source",
)
_EXAMPLE = message("cli.validate.example", ", e.g. {values}")
_NOTE = message("cli.validate.note", "note: {check}: {note}")
_NOTE_NOT_RUN = message("cli.validate.note_not_run", "note: {check}: {note} (not run)")
_STATUSES = message("cli.validate.statuses", "{count} case(s) with status {statuses}")
_TABLE_HEADS = (
    message("cli.validate.head.check", "check"),
    message("cli.validate.head.severity", "severity"),
    message("cli.validate.head.level", "level"),
    message("cli.validate.head.checked", "checked"),
    message("cli.validate.head.failed", "failed"),
)
_TOTALS = message(
    "cli.validate.totals", "{checks} checks: {errors} error(s), {warnings} warning(s)"
)
_TOTALS_NOT_RUN = message(
    "cli.validate.totals_not_run",
    "{checks} checks: {errors} error(s), {warnings} warning(s); not run: {missing}",
)
_BAD_ANSWERS = message("cli.expr.bad_answers", "--answers is not valid JSON: {error}")
_EXPR_ERROR = message("cli.expr.error", "{expression}\n  error: {error}")


def main(
    argv: Sequence[str] | None = None,
    gui: GuiRunner | None = None,
    gui_check: Callable[[Path], str] | None = None,
) -> int:
    """The command line; ``gui`` is the desktop app's runner and ``gui_check`` the desktop
    step of the self-test, given by ``surveytool.launcher`` (the CLI itself never imports Qt)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from surveytool.cli import selftest

        return selftest.run(gui_check)
    args.gui_runner = gui
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except UserError as error:
        from surveytool.store.errors import StoreUnusable
        from surveytool.store.lock import StoreLocked

        print(error.text(args.language), file=sys.stderr)
        # a store that cannot be used (not ours, damaged, newer, locked) is unusable input:
        # 2, as validate's own, so that 1 keeps meaning "the data has errors"
        return 2 if isinstance(error, StoreUnusable | StoreLocked) else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="surveytool",
        description="Collect, validate and exchange the JLMP labour migration module.",
    )
    parser.add_argument("--version", action="version", version=f"surveytool {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        dest="self_test",
        help="check this installation end to end in a temporary folder; prints 'self-test: ok'",
    )
    parser.set_defaults(language="en")  # what a bare ``surveytool`` prints an error in
    commands = parser.add_subparsers(title="commands")
    # every sub-command speaks the language of its messages; a parent parser gives it once
    spoken = argparse.ArgumentParser(add_help=False)
    spoken.add_argument(
        "--language",
        default="en",
        choices=languages(),
        help="language of the messages (default: en)",
    )

    gui = commands.add_parser("gui", help="open the desktop app")
    # its own --language, not spoken's: set_defaults on a sub-parser changes the default of
    # the action object it shares with every other sub-command through the parent parser
    gui.add_argument(
        "--language",
        default=None,  # not given: the language chosen on the welcome page, else English
        choices=languages(),
        help="interface language (default: the one chosen on the welcome page)",
    )
    gui.add_argument("--store", type=Path, default=None, help="default: the user data folder")
    gui.add_argument("--smoke", action="store_true", help="open, load the form, exit (checks)")
    gui.add_argument("--form", type=Path, default=None, help="default: the shipped form")
    gui.set_defaults(run=_gui)

    demo = commands.add_parser(
        "demo", help="fill a store with simulated households", parents=[spoken]
    )
    demo.add_argument("--store", type=Path, required=True)
    demo.add_argument("--country", default="CMR", help="ISO 3166 alpha-3 code of an AU member")
    demo.add_argument("--households", type=int, default=100)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--year", type=int, default=2026)
    demo.add_argument(
        "--in-progress",
        type=float,
        default=0.0,
        dest="in_progress",
        help="share of households left in progress (0-1)",
    )
    demo.add_argument("--form", type=Path, default=None, help="default: the shipped form")
    demo.set_defaults(run=_demo)

    tables = commands.add_parser(
        "tables", help="write a store's cases as flat CSV tables", parents=[spoken]
    )
    tables.add_argument("--store", type=Path, required=True)
    tables.add_argument("--out", type=Path, required=True)
    tables.add_argument("--form", type=Path, default=None, help="default: the shipped form")
    tables.set_defaults(run=_tables)

    validate = commands.add_parser(
        "validate", help="validate a batch (folder of CSVs or store)", parents=[spoken]
    )
    validate.add_argument(
        "data", type=Path, help="folder with households.csv and persons.csv, or a store"
    )
    validate.add_argument("--form", type=Path, default=None, help="default: the shipped form")
    validate.add_argument(
        "--rules", type=Path, default=None, help="default: validators/<form id>.yaml"
    )
    validate.add_argument(
        "--rates",
        type=Path,
        default=None,
        metavar="FILE",
        help="exchange rates (CSV: currency, year, lcu_per_usd, source) to compare amounts in "
        "different currencies; default: <rules stem>.rates.csv beside the rules, if present",
    )
    validate.add_argument(
        "--encoding",
        default="utf-8",
        help="the CSV files' encoding when it is not UTF-8 (e.g. cp1252); never guessed",
    )
    validate.add_argument("--json", type=Path, default=None, help="write the report as JSON")
    validate.add_argument("--xlsx", type=Path, default=None, help="write the report as a workbook")
    validate.add_argument(
        "--status",
        action="append",
        default=None,
        metavar="STATUS",
        help="which cases of a store to validate: new, in_progress, complete, approved, "
        "rejected, or all; repeat it or give a comma list. Default: complete,approved, the "
        "cases sent for review, as the office workspace does. A folder is validated whole.",
    )
    validate.set_defaults(run=_validate)

    schema = commands.add_parser("schema", help="export the pandera schemas of a form")
    schema_commands = schema.add_subparsers(title="schema commands")
    export = schema_commands.add_parser(
        "export", help="write one YAML schema per level", parents=[spoken]
    )
    export.add_argument("--form", type=Path, default=None)
    export.add_argument("--rules", type=Path, default=None)
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(run=_schema_export)

    expr = commands.add_parser(
        "expr", help="evaluate an XLSForm expression (engine demo)", parents=[spoken]
    )
    expr.add_argument("expression", nargs="?", help="omit to run a short demonstration")
    expr.add_argument("--answers", default="{}", help="answers as JSON, e.g. '{\"age\": 34}'")
    expr.add_argument("--current", help="the value of '.'")
    expr.set_defaults(run=_expr)

    from surveytool.cli import exchange, forms, indicators, keys, merge

    forms.add_commands(commands, spoken)
    keys.add_commands(commands, spoken)
    exchange.add_commands(commands, spoken)
    merge.add_commands(commands, spoken)
    indicators.add_commands(commands, spoken)
    return parser


def _shipped_form(path: Path | None) -> Form:
    from surveytool.common.resources import shipped_form
    from surveytool.form import load

    return load(path or shipped_form())


class _Bar:
    """A one-line progress bar on standard error for long CLI jobs (only on a terminal)."""

    def __init__(self) -> None:
        self._shown = -1
        self._terminal = sys.stderr.isatty()

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        if not total or not self._terminal:
            return
        percent = 100 * done // total
        if percent == self._shown and done < total:
            return
        self._shown = percent
        bar = "#" * (percent * 30 // 100) + "." * (30 - percent * 30 // 100)
        end = "\n" if done >= total else ""
        print(f"\r[{bar}] {done}/{total} {message:<30}", end=end, file=sys.stderr, flush=True)

    @property
    def cancelled(self) -> bool:
        return False


def _gui(args: argparse.Namespace) -> int:
    chosen = args.language  # None: not given, the app uses the language remembered
    args.language = chosen or "en"  # what this command itself prints
    if args.gui_runner is None:
        print(_NO_GUI.text(args.language), file=sys.stderr)
        return 2
    return int(args.gui_runner(args.store, language=chosen, smoke=args.smoke, form_path=args.form))


def _demo(args: argparse.Namespace) -> int:
    from surveytool.demo import generate
    from surveytool.store import Store

    form = _shipped_form(args.form)
    with Store.open(args.store) as store:
        counts = generate(
            store,
            form,
            country=args.country.upper(),
            households=args.households,
            seed=args.seed,
            in_progress_share=args.in_progress,
            year=args.year,
            progress=_Bar(),
        )
    done = {"complete": counts["complete"], "in_progress": counts["in_progress"]}
    print(_DEMO_DONE.text(args.language, store=args.store, **done))
    return 0


def _tables(args: argparse.Namespace) -> int:
    from surveytool.casework import open_interviews
    from surveytool.store import Store
    from surveytool.tables import CaseData, flatten, write_csv

    form = _shipped_form(args.form)
    with Store.open(args.store, readonly=True) as store:
        cases = (
            CaseData(row.uuid, row.status, interview)
            for row, interview in open_interviews(store, form, progress=_Bar())
        )
        tables = flatten(form, cases)
    for path in write_csv(tables, args.out):
        rows = len(tables[path.stem])
        print(_TABLE_WRITTEN.text(args.language, path=path, rows=rows))
    return 0


def _form_and_rules(args: argparse.Namespace) -> tuple[Form, RuleSet | None]:
    """The form and its rules (None without a rules file), with the exchange rates of
    ``--rates`` if the command has it; a bad rates file raises ``RatesError``."""
    from surveytool.validate import default_rules_path, load_rules

    form = _shipped_form(args.form)
    rules_path = args.rules or default_rules_path(form)
    rates = getattr(args, "rates", None)
    rules = load_rules(rules_path, form, rates=rates) if rules_path.is_file() else None
    return form, rules


def _validate(args: argparse.Namespace) -> int:
    from surveytool.validate import UnusableInput
    from surveytool.validate.batch import UnknownStatus, parse_statuses, validate_path

    try:
        statuses = parse_statuses(args.status)
    except UnknownStatus as error:  # a usage error, like argparse's own
        print(_BAD_STATUS.text(args.language, error=error.text(args.language)), file=sys.stderr)
        return 2
    try:
        form, rules = _form_and_rules(args)  # a bad rates file is unusable input too
        result = validate_path(
            args.data,
            form,
            rules,
            statuses=statuses,
            language=args.language,
            progress=_Bar(),
            encoding=args.encoding,
        )
    except UnusableInput as error:
        print(_UNUSABLE.text(args.language, error=error.text(args.language)), file=sys.stderr)
        return 2
    report = result.report
    if args.json:
        partial = args.json.with_name(args.json.name + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            report.write_json(out)  # failures a block at a time, never all at once
        partial.replace(args.json)
    if args.xlsx:
        from surveytool.validate.report_xlsx import write_xlsx

        write_xlsx(report, args.xlsx)
    from surveytool.validate.report import severity_word

    failed = [s for s in report.summary if s.failed]
    language = args.language
    heads = [head.text(language) for head in _TABLE_HEADS]
    rows = [
        (line.id, severity_word(line.severity, language), line.level, line.checked, line.failed)
        for line in sorted(failed, key=lambda s: (s.severity != "error", -s.failed))
    ]
    widths = [max(len(str(cell)) for cell in column) for column in zip(heads, *rows, strict=True)]
    for cells in (heads, *rows):  # columns as wide as their longest cell, in any language
        left = [f"{cell:<{width}}" for cell, width in zip(cells[:3], widths[:3], strict=True)]
        right = [f"{cell:>{width}}" for cell, width in zip(cells[3:], widths[3:], strict=True)]
        print("  ".join(left + right).rstrip())
    _print_findings(report, args.language)
    if result.statuses is not None:
        chosen = ", ".join(result.statuses)
        print(_STATUSES.text(args.language, count=result.households, statuses=chosen))
    missing = [s.id for s in report.summary if s.note and not s.checked]
    totals = {
        "checks": len(report.summary),
        "errors": report.errors,
        "warnings": report.warnings,
    }
    if missing:
        print(_TOTALS_NOT_RUN.text(args.language, missing=", ".join(missing), **totals))
    else:
        print(_TOTALS.text(args.language, **totals))
    return 1 if report.errors else 0


def _print_findings(report: Report, language: str) -> None:
    """The checks failing (nearly) throughout, said once each, then every check's note."""
    from surveytool.validate.report import systematic

    for line, found in systematic(report):
        values = ", ".join(repr(value) for value in found)
        example = _EXAMPLE.text(language, values=values) if found else ""
        said = _SYSTEMATIC_ALL if line.failed == line.checked else _SYSTEMATIC_SHARE
        share = f"{line.failed / line.checked:.0%}"  # one sentence each: no pieces to join
        print(
            said.text(
                language,
                check=line.id,
                share=share,
                checked=f"{line.checked:,}",
                level=line.level,
                example=example,
            )
        )
    for line in report.summary:
        if line.note:
            told = _NOTE if line.checked else _NOTE_NOT_RUN
            print(told.text(language, check=line.id, note=line.note))


def _schema_export(args: argparse.Namespace) -> int:
    from surveytool.validate import build_schemas

    form, rules = _form_and_rules(args)
    args.out.mkdir(parents=True, exist_ok=True)
    for level, schema in build_schemas(form, rules).items():
        path = args.out / f"{level}.schema.yaml"
        path.write_text(schema.to_yaml() or "", encoding="utf-8")
        print(path)
    return 0


_DEMO: list[tuple[str, dict[str, object]]] = [
    ("${age} >= 15 and ${usual_resident} = 1", {"age": 34, "usual_resident": "1"}),
    ("${age} >= 15", {"age": None}),
    ("${age} = ''", {"age": None}),
    ("selected(${search_methods}, '7')", {"search_methods": "1 7"}),
    ("count-selected(${search_methods})", {"search_methods": "1 7"}),
    ("if(${earn_status} = 1, ${earn_amount}, 0) div 30", {"earn_status": 1, "earn_amount": 45000}),
    ("${arrival_year} >= ${reference_year} - 3", {"arrival_year": 2024, "reference_year": 2026}),
    ("round(7 div 3, 2)", {}),
    ("-7 mod 3", {}),
    ("regex(${hh_phone}, '^[+0-9 ]{6,20}$')", {"hh_phone": "+237 6 99 00 11 22"}),
    ("count(${age}) = 3 and sum(${age}) > 60", {"age": [34, 30, 5]}),
]


def _expr(args: argparse.Namespace) -> int:
    from surveytool.expr import ExprError, evaluate

    cases = _DEMO
    if args.expression:
        try:
            answers = json.loads(args.answers)
        except json.JSONDecodeError as error:
            print(_BAD_ANSWERS.text(args.language, error=error), file=sys.stderr)
            return 2
        cases = [(args.expression, answers)]
    for expression, answers in cases:
        try:
            result = evaluate(expression, answers, current=args.current)
        except ExprError as error:
            print(
                _EXPR_ERROR.text(args.language, expression=expression, error=error), file=sys.stderr
            )
            return 1
        shown = json.dumps(answers, ensure_ascii=False)
        print(f"{expression:<55} {shown:<45} => {result!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
