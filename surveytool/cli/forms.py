"""``surveytool forms check|dump|build``: questionnaire authors' commands.

``check`` without a path checks the shipped form: the first thing to run on a new install
(from a wheel, or the bundle) to see that the questionnaire and its code lists arrived.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surveytool.common.catalogue import message
from surveytool.form.codelists import BUILTIN_LISTS

if TYPE_CHECKING:
    from surveytool.form import Form

_FORM_OK = message("cli.forms.ok", "Form '{form}' version {version}: OK")
_QUESTIONS = message("cli.forms.questions", "  questions:    {count} ({by_type})")
_GROUPS = message("cli.forms.groups", "  groups:       {count}")
_REPEATS = message("cli.forms.repeats", "  repeats:      {repeats}")
_LANGUAGES = message("cli.forms.languages", "  languages:    {count}: {languages}")
_CHOICE_LISTS = message(
    "cli.forms.choice_lists",
    "  choice lists: {count} on the choices sheet; built-in: {builtin}",
)
_BUILTIN_LIST = message("cli.forms.builtin_list", "{name} ({count} codes)")
_OUTSIDE_LISTS = message("cli.forms.outside_lists", "  from outside the workbook: {lists}")
_OUTSIDE_LIST = message("cli.forms.outside_list", "{name} ({source}, {count} codes)")
_DATA_FILES = message("cli.forms.data_files", "  data files beside the form: {files}")
_DATA_FILE = message("cli.forms.data_file", "{file} ({count} rows)")
_NONE = message("cli.none", "none")
_WARNING = message("cli.forms.warning", "warning: {warning}")
_WROTE = message("cli.forms.wrote", "wrote {path}")


def add_commands(commands: Any, spoken: argparse.ArgumentParser) -> None:
    """Add ``forms`` and its sub-commands to the ``surveytool`` parser."""
    forms = commands.add_parser("forms", help="check, dump or build questionnaires (XLSForm)")
    form_commands = forms.add_subparsers(title="forms commands")
    check = form_commands.add_parser(
        "check", help="load a form and report every problem", parents=[spoken]
    )
    check.add_argument("path", type=Path, nargs="?", default=None, help="default: the shipped form")
    check.set_defaults(run=_forms_check)
    dump = form_commands.add_parser(
        "dump", help="render a form as markdown tables (for diffs)", parents=[spoken]
    )
    dump.add_argument("path", type=Path)
    dump.add_argument("--out", type=Path, help="write here instead of standard output")
    dump.set_defaults(run=_forms_dump)
    build = form_commands.add_parser(
        "build", help="write the .xlsx a markdown rendering describes", parents=[spoken]
    )
    build.add_argument("markdown", type=Path)
    build.add_argument("--out", type=Path, required=True)
    build.set_defaults(run=_forms_build)


def _forms_check(args: argparse.Namespace) -> int:
    from surveytool.common.resources import shipped_form
    from surveytool.form import FormError, load

    try:
        form = load(args.path or shipped_form())
    except FormError as error:
        print(error.text(args.language))
        return 1
    print(_summary(form, args.language))
    for warning in form.warnings:
        print(_WARNING.text(args.language, warning=warning.text(args.language)))
    return 0


def _summary(form: Form, language: str = "en") -> str:
    """What a good form holds, in ``language`` (question types and names as the form has them)."""
    types = Counter(question.type for question in form.questions())
    sheet_lists = [name for name, cl in form.choice_lists.items() if cl.source == "choices"]
    builtin = [
        _BUILTIN_LIST.text(language, name=name, count=len(cl.choices))
        for name, cl in form.choice_lists.items()
        if cl.source in BUILTIN_LISTS
    ]
    outside = [
        _OUTSIDE_LIST.text(language, name=name, source=cl.source, count=len(cl.choices))
        for name, cl in form.choice_lists.items()
        if cl.source != "choices" and cl.source not in BUILTIN_LISTS
    ]
    files = [
        _DATA_FILE.text(language, file=data.file, count=len(data.rows))
        for data in form.data_files.values()
        if data.file  # not the choice lists an instance() path reads
    ]
    by_type = ", ".join(f"{count} {kind}" for kind, count in sorted(types.items()))
    spoken = ", ".join(f"{lang.code} ({lang.name})" for lang in form.languages)
    none = _NONE.text(language)
    return "\n".join(
        [
            _FORM_OK.text(language, form=form.form_id, version=form.version),
            _QUESTIONS.text(language, count=sum(types.values()), by_type=by_type),
            _GROUPS.text(language, count=sum(1 for _ in form.groups())),
            _REPEATS.text(language, repeats=", ".join(r.name for r in form.repeats()) or none),
            _LANGUAGES.text(language, count=len(form.languages), languages=spoken),
            _CHOICE_LISTS.text(
                language, count=len(sheet_lists), builtin=", ".join(builtin) or none
            ),
            *([_OUTSIDE_LISTS.text(language, lists=", ".join(outside))] if outside else []),
            *([_DATA_FILES.text(language, files=", ".join(files))] if files else []),
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
    print(_WROTE.text(args.language, path=args.out))
    return 0
