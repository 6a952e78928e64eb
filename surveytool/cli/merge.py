"""``surveytool merge PACKAGES... --out DIR [--keys DIR]``: the AU's continental merge.

Prints each package's verdict, then a summary. Exit codes: 0 when every package was merged,
replaced one, or was already there or older (nothing to do); 1 when any was refused (the
folder is unchanged for a refused package).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from surveytool.common.catalogue import message

_VERDICT = message("cli.merge.verdict", "{file}: {verdict}")
_SUMMARY = message(
    "cli.merge.summary",
    "{folder}: {added} merged, {replaced} replaced, {already} already there, {older} older "
    "(not applied), {refused} refused",
)
_NOTES = message(
    "cli.merge.notes", "  {count} reconciliation note(s) between form versions: see {report}"
)


def add_commands(commands: Any, spoken: argparse.ArgumentParser) -> None:
    """Add ``merge`` to the ``surveytool`` parser."""
    merge = commands.add_parser(
        "merge",
        help="verify harmonised packages and merge them into a continental folder (AU)",
        parents=[spoken],
    )
    merge.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")
    merge.add_argument("--out", type=Path, required=True, metavar="DIR")
    merge.add_argument(
        "--keys", type=Path, default=None, help="this workstation's keys (default: user data)"
    )
    merge.set_defaults(run=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    """The command's handler (``args``: packages, out, keys, language)."""
    from surveytool.cli import _Bar
    from surveytool.merge import merge_packages
    from surveytool.merge.folder import REPORT
    from surveytool.merge.report import ALREADY, OLDER, REFUSED, REPLACED
    from surveytool.package.keys import KeyRing

    ring = KeyRing.open(args.keys)
    report = merge_packages(args.packages, args.out, ring, progress=_Bar())
    language = args.language
    for outcome in report.outcomes:
        if outcome.verdict == REFUSED and outcome.error is not None:
            print(outcome.text(language))  # the refusal names its file itself
        else:
            print(_VERDICT.text(language, file=outcome.path, verdict=outcome.text(language)))
    counts = report.counts()
    print(
        _SUMMARY.text(
            language,
            folder=args.out,
            added=counts["added"],
            replaced=counts[REPLACED],
            already=counts[ALREADY],
            older=counts[OLDER],
            refused=counts[REFUSED],
        )
    )
    if report.notes:
        print(_NOTES.text(language, count=len(report.notes), report=args.out / REPORT))
    return 1 if report.refused else 0
