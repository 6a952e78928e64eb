"""``surveytool export batch|harmonised``, ``surveytool import`` and ``surveytool conflicts``.

Exit codes: 0 done (an import whose packages were all imported or already there), 1 a refusal
or a user error (each package's verdict is printed; the store is unchanged for a refused one).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from surveytool.common.catalogue import message

_EXPORTED = message(
    "cli.export.batch_done",
    "{path}: batch {sequence}, {cases} case(s), package {package}{sealed}",
)
_SEALED = message("cli.export.sealed", ", encrypted for {office}")
_HARMONISED = message(
    "cli.export.harmonised_done",
    "{path}: harmonised package {package}, {cases} case(s); smallest key cell {smallest}",
)
_VERDICT = message("cli.import.verdict", "{file}: {verdict}")
_RECEIPT = message("cli.import.receipt_written", "  receipt for the enumerator: {path}")
_COUNTS = message(
    "cli.import.counts",
    "  {added} added, {updated} updated, {same} unchanged, {conflicts} conflict(s)",
)
_RECEIPT_APPLIED = message(
    "cli.import.receipt_applied",
    "{file}: {removed} case(s) received by the office left this store; {changed} changed "
    "since they were sent stay",
)
_CONFLICT_LINE = message(
    "cli.conflicts.line", "{id}: case {case} from package {package}: {reason} ({found})"
)
_NO_CONFLICTS = message("cli.conflicts.none", "no unresolved conflict")
_RESOLVED = message("cli.conflicts.resolved", "conflict {id} resolved: kept {kept}")
_KEEP_WHICH = message(
    "cli.conflicts.keep_which", "--resolve needs --keep ours (this store's version) or theirs"
)


def add_commands(commands: Any, spoken: argparse.ArgumentParser) -> None:
    """Add the exchange commands to the ``surveytool`` parser."""
    keys = argparse.ArgumentParser(add_help=False)
    keys.add_argument(
        "--keys", type=Path, default=None, help="this workstation's keys (default: user data)"
    )
    keys.add_argument("--form", type=Path, default=None, help="default: the shipped form")

    export = commands.add_parser("export", help="write an exchange package")
    kinds = export.add_subparsers(title="package kinds")
    batch = kinds.add_parser(
        "batch", help="an enumerator's complete cases, for the office", parents=[spoken, keys]
    )
    batch.add_argument("--store", type=Path, required=True)
    batch.add_argument("--out", type=Path, required=True)
    batch.add_argument("--encrypt-to", type=Path, default=None, metavar="OFFICE.pub")
    batch.add_argument("--rules", type=Path, default=None)
    batch.add_argument(
        "--case", action="append", default=None, metavar="UUID", help="only these cases"
    )
    batch.set_defaults(run=_export_batch)

    harmonised = kinds.add_parser(
        "harmonised", help="de-identified national package, for the AU", parents=[spoken, keys]
    )
    harmonised.add_argument("--store", type=Path, required=True)
    harmonised.add_argument("--out", type=Path, required=True)
    harmonised.add_argument("--include", choices=("approved", "complete"), default="approved")
    harmonised.add_argument("--rules", type=Path, default=None)
    harmonised.add_argument("--rates", type=Path, default=None, metavar="FILE")
    harmonised.set_defaults(run=_export_harmonised)

    importing = commands.add_parser(
        "import",
        help="import batch packages into a store; 'import receipt FILE' applies a receipt",
        parents=[spoken, keys],
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument("--store", type=Path, required=True)
    importing.add_argument("--receipts", type=Path, default=None, help="folder for receipts")
    importing.add_argument("--accept-gap", action="store_true", dest="accept_gap")
    importing.set_defaults(run=_import)

    conflicts = commands.add_parser(
        "conflicts", help="list or resolve import conflicts", parents=[spoken]
    )
    conflicts.add_argument("--store", type=Path, required=True)
    conflicts.add_argument("--resolve", type=int, default=None, metavar="ID")
    conflicts.add_argument("--keep", choices=("ours", "theirs"), default=None)
    conflicts.add_argument("--who", default="office")
    conflicts.set_defaults(run=_conflicts)


def _ring(args: argparse.Namespace) -> Any:
    from surveytool.package.keys import KeyRing

    return KeyRing.open(args.keys)


def _export_batch(args: argparse.Namespace) -> int:
    from surveytool.cli import _Bar, _form_and_rules
    from surveytool.package.batch import export_batch
    from surveytool.package.keys import Identity
    from surveytool.store import Store

    form, rules = _form_and_rules(args)
    ring = _ring(args)
    office = Identity.read(args.encrypt_to) if args.encrypt_to else None
    with Store.open(args.store) as store:
        done = export_batch(
            store, form, rules, ring, args.out, encrypt_to=office, cases=args.case, progress=_Bar()
        )
    sealed = _SEALED.text(args.language, office=office.name) if office else ""
    print(
        _EXPORTED.text(
            args.language,
            path=done.path,
            sequence=done.sequence,
            cases=done.cases,
            package=done.package_id,
            sealed=sealed,
        )
    )
    return 0


def _export_harmonised(args: argparse.Namespace) -> int:
    from surveytool.cli import _Bar, _form_and_rules
    from surveytool.package.harmonised import export_harmonised
    from surveytool.store import Store

    form, rules = _form_and_rules(args)
    ring = _ring(args)
    include = ("approved",) if args.include == "approved" else ("approved", "complete")
    with Store.open(args.store) as store:  # the package is recorded as sent
        done = export_harmonised(
            store, form, rules, ring, args.out, include=include, progress=_Bar()
        )
    print(
        _HARMONISED.text(
            args.language,
            path=done.path,
            package=done.package_id,
            cases=done.cases,
            smallest=done.smallest_cell,
        )
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from surveytool.cli import _Bar, _shipped_form
    from surveytool.package.importing import IMPORTED, import_package, import_receipt
    from surveytool.store import Store

    ring = _ring(args)
    files: list[Path] = args.files
    with Store.open(args.store) as store:
        if files[0].name == "receipt" and not files[0].exists():
            for path in files[1:]:
                outcome = import_receipt(store, path, ring)
                print(
                    _RECEIPT_APPLIED.text(
                        args.language,
                        file=path,
                        removed=len(outcome.removed),
                        changed=len(outcome.changed_since),
                    )
                )
            return 0
        form = _shipped_form(args.form)
        failed = False
        for path in files:
            result = import_package(
                store,
                form,
                path,
                ring,
                receipt_folder=args.receipts,
                accept_gap=args.accept_gap,
                progress=_Bar(),
            )
            if result.error is not None:  # a located refusal names its file itself
                print(result.text(args.language))
            else:
                print(_VERDICT.text(args.language, file=path, verdict=result.text(args.language)))
            if result.counts is not None:
                counts = result.counts
                print(
                    _COUNTS.text(
                        args.language,
                        added=counts.added,
                        updated=counts.updated,
                        same=counts.same,
                        conflicts=counts.conflicts,
                    )
                )
            if result.receipt is not None:
                print(_RECEIPT.text(args.language, path=result.receipt))
            failed = failed or result.verdict not in (IMPORTED, "already imported")
    return 1 if failed else 0


def _conflicts(args: argparse.Namespace) -> int:
    from surveytool.store import Store
    from surveytool.store.exchange import conflicts, resolve_conflict
    from surveytool.store.exchange.words import KEEP_WORDS, REASON_WORDS, word

    with Store.open(args.store) as store:
        if args.resolve is not None:
            if args.keep is None:
                print(_KEEP_WHICH.text(args.language), file=sys.stderr)
                return 2
            resolve_conflict(store, args.resolve, args.keep, args.who)
            kept = word(KEEP_WORDS, args.keep)
            print(_RESOLVED.text(args.language, id=args.resolve, kept=_spoken(kept, args.language)))
            return 0
        found = conflicts(store)
        if not found:
            print(_NO_CONFLICTS.text(args.language))
        for item in found:
            print(
                _CONFLICT_LINE.text(
                    args.language,
                    id=item.id,
                    case=item.case_uuid,
                    package=item.package_id,
                    reason=_spoken(word(REASON_WORDS, item.reason), args.language),
                    found=item.found_at,
                )
            )
    return 0


def _spoken(value: object, language: str) -> str:
    """A catalogued word in ``language``; anything else as it is."""
    text = getattr(value, "text", None)
    return str(text(language)) if callable(text) else str(value)
