"""``surveytool indicators``: the continental tables of a merged folder, as XLSX (and CSV).

``surveytool indicators --merged DIR --out F.xlsx [--csv F.csv] [--rates FILE] [--spec FILE]``
computes every table of the tables spec (``merge.indicators.compute_tables``) and writes the
workbook (``merge.outputs.write_xlsx``: a sheet per table, a chart each, a metadata sheet) and,
with ``--csv``, the same figures in the ILOSTAT long layout. The spec is the form's own
(``forms/<form id>.tables.yaml``, by the form id of the merged packages) unless ``--spec``
names another. Same merged folder, spec and rates: the same bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from surveytool.common.catalogue import message

_WROTE = message("indicators.cli.wrote", "wrote {path}: {tables} tables, {figures} figures")
_FLAGGED = message(
    "indicators.cli.flagged",
    "flags: {unreliable} U (fewer than 30 observations), {empty} N (empty denominator), "
    "{missing} X (not computed)",
)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    spoken: argparse.ArgumentParser,
) -> None:
    """Add ``indicators`` to the ``surveytool`` command."""
    indicators = commands.add_parser(
        "indicators",
        help="compute the continental tables of a merged folder (XLSX with charts, CSV)",
        parents=[spoken],
    )
    indicators.add_argument(
        "--merged", type=Path, required=True, help="the merged folder (surveytool merge --out)"
    )
    indicators.add_argument("--out", type=Path, required=True, help="the workbook to write")
    indicators.add_argument(
        "--csv", type=Path, default=None, help="also write the ILOSTAT long CSV here"
    )
    indicators.add_argument(
        "--rates",
        type=Path,
        default=None,
        help="exchange rates (currency,year,lcu_per_usd,source) for the USD figures",
    )
    indicators.add_argument(
        "--spec",
        type=Path,
        default=None,
        help="tables spec (default: forms/<form id>.tables.yaml of the merged packages)",
    )
    indicators.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Compute the tables and write them; prints what was written and how many cells are
    flagged."""
    from surveytool.merge.indicators.engine import compute_tables
    from surveytool.merge.labels import TableLabels
    from surveytool.merge.outputs import write_ilostat_csv, write_xlsx
    from surveytool.merge.outputs_metadata import folder_metadata
    from surveytool.merge.specs import tables_spec_for
    from surveytool.validate.rates import load_rates

    folder: Path = args.merged
    rates = load_rates(args.rates) if args.rates is not None else None
    spec = args.spec if args.spec is not None else tables_spec_for(folder)
    results = compute_tables(folder, spec, rates, language=args.language)
    sources = rates.sources if rates is not None else ()
    metadata = folder_metadata(folder, args.rates, sources)
    labels = TableLabels.of(folder, spec, args.language)  # the workbook's words for codes
    write_xlsx(results, metadata, args.out, language=args.language, labels=labels)
    written = [args.out]
    if args.csv is not None:
        write_ilostat_csv(results, args.csv)
        written.append(args.csv)
    figures = sum(len(result.frame) for result in results)
    for path in written:
        print(_WROTE.text(args.language, path=path, tables=len(results), figures=figures))
    flags = {"U": 0, "N": 0, "X": 0}
    for result in results:
        for flag, count in result.frame["obs_status"].value_counts().items():
            if flag in flags:
                flags[str(flag)] += int(count)
    print(_FLAGGED.text(args.language, unreliable=flags["U"], empty=flags["N"], missing=flags["X"]))
    return 0
