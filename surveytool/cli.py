"""The ``surveytool`` command: every workspace's job is reachable without the GUI.

Heavy libraries load inside the sub-command that needs them, so ``surveytool --help``
answers at once. User errors (a bad form, a bad file) print a located message and exit 1
or 2; they never print a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from surveytool import __version__
from surveytool.common.errors import UserError


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except UserError as error:
        print(str(error), file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point of the desktop app; the GUI arrives with its own issue."""
    print("The surveytool desktop app is not built yet; use the 'surveytool' command.")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="surveytool",
        description="Collect, validate and exchange the JLMP labour migration module.",
    )
    parser.add_argument("--version", action="version", version=f"surveytool {__version__}")
    commands = parser.add_subparsers(title="commands")

    forms = commands.add_parser("forms", help="check, dump or build questionnaires (XLSForm)")
    form_commands = forms.add_subparsers(title="forms commands")
    check = form_commands.add_parser("check", help="load a form and report every problem")
    check.add_argument("path", type=Path)
    check.set_defaults(run=_forms_check)
    dump = form_commands.add_parser("dump", help="render a form as markdown tables (for diffs)")
    dump.add_argument("path", type=Path)
    dump.add_argument("--out", type=Path, help="write here instead of standard output")
    dump.set_defaults(run=_forms_dump)
    build = form_commands.add_parser("build", help="write the .xlsx a markdown rendering describes")
    build.add_argument("markdown", type=Path)
    build.add_argument("--out", type=Path, required=True)
    build.set_defaults(run=_forms_build)

    expr = commands.add_parser("expr", help="evaluate an XLSForm expression (engine demo)")
    expr.add_argument("expression", nargs="?", help="omit to run a short demonstration")
    expr.add_argument("--answers", default="{}", help="answers as JSON, e.g. '{\"age\": 34}'")
    expr.add_argument("--current", help="the value of '.'")
    expr.set_defaults(run=_expr)
    return parser


def _forms_check(args: argparse.Namespace) -> int:
    from surveytool.form import FormError, load

    try:
        form = load(args.path)
    except FormError as error:
        print(str(error))
        return 1
    print(_summary(form))
    for warning in form.warnings:
        print(f"warning: {warning}")
    return 0


def _summary(form: object) -> str:
    from surveytool.form import Form

    assert isinstance(form, Form)
    types = Counter(question.type for question in form.questions())
    sheet_lists = [name for name, cl in form.choice_lists.items() if cl.source == "choices"]
    builtin = [
        f"{name} ({len(cl.choices)} codes)"
        for name, cl in form.choice_lists.items()
        if cl.source != "choices"
    ]
    by_type = ", ".join(f"{count} {kind}" for kind, count in sorted(types.items()))
    languages = ", ".join(f"{lang.code} ({lang.name})" for lang in form.languages)
    return "\n".join(
        [
            f"Form '{form.form_id}' version {form.version}: OK",
            f"  questions:    {sum(types.values())} ({by_type})",
            f"  groups:       {sum(1 for _ in form.groups())}",
            f"  repeats:      {', '.join(r.name for r in form.repeats()) or 'none'}",
            f"  languages:    {len(form.languages)}: {languages}",
            f"  choice lists: {len(sheet_lists)} on the choices sheet; "
            f"built-in: {', '.join(builtin) or 'none'}",
        ]
    )


def _forms_dump(args: argparse.Namespace) -> int:
    from surveytool.form.render import dump_markdown

    text = dump_markdown(args.path)
    if args.out:
        partial = args.out.with_name(args.out.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(args.out)
    else:
        sys.stdout.write(text)
    return 0


def _forms_build(args: argparse.Namespace) -> int:
    from surveytool.form.render import build_workbook

    build_workbook(args.markdown.read_text(encoding="utf-8"), args.out)
    print(f"wrote {args.out}")
    return 0


_DEMO = [
    ("${age} >= 15 and ${usual_resident} = 1", {"age": 34, "usual_resident": "1"}),
    ("${age} >= 15", {"age": None}),
    ("${age} = ''", {"age": None}),
    ("selected(${search_methods}, '7')", {"search_methods": "1 7"}),
    ("count-selected(${search_methods})", {"search_methods": "1 7"}),
    ("if(${earn_status} = 1, ${earn_amount}, 0) div 30", {"earn_status": 1, "earn_amount": 45000}),
    ("${arrival_year} >= ${survey_year} - 3", {"arrival_year": 2024, "survey_year": 2026}),
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
            print(f"--answers is not valid JSON: {error}", file=sys.stderr)
            return 2
        cases = [(args.expression, answers)]
    for expression, answers in cases:
        try:
            result = evaluate(expression, answers, current=args.current)
        except ExprError as error:
            print(f"{expression}\n  error: {error}", file=sys.stderr)
            return 1
        shown = json.dumps(answers, ensure_ascii=False)
        print(f"{expression:<55} {shown:<45} => {result!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
