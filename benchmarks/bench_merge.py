"""The AU's continental merge and tables at scale (issue 13): 55 harmonised packages totalling
5,000,000 persons merged and tabulated, and 20,000,000 persons merged alone, beside a plain
pandas baseline (read the same CSVs, ``pd.concat``, ``groupby(country, sex)`` weighted sum)
in the same run. Targets: 5M merged and tabulated in under 60 s and 6 GB peak; 20M merged
without running out of memory on a 24 GB machine.

The packages: one real harmonised package of a few hundred demo households (simulated,
approved, ``plan_harmonised`` + ``write_harmonised``; made once, cached) is the template. For
each of the 55 AU member states its tables are repeated to the country's size under new
pseudonymous keys (the template's 32-hex keys with their last 8 digits replaced by country
and copy), the country, year and reference period set, and the package is signed again with
the package layer's pieces (``tabular.csv_bytes``, the template's ``datapackage.json`` with
the new sizes and hashes, ``container.build``). Each package carries the Parquet rendering of
each level (``renderings/<table>.parquet``, as ``renderings.parquet_bytes`` writes it: the
template's rendering, with its types and labels, repeated under the same keys), which the
merge reads instead of the CSV; the Stata, SPSS and XLSX renderings are left out (the merge
only checks their hashes, and at this scale they would triple the build).
Sizes run from 1 to about 5 between the smallest and the largest country (the largest
package is what the merge holds in memory at once). Cached under benchmarks/.cache.

Each measurement runs in its own process, so that peaks do not mix: the peak resident
memory is the child's ``ru_maxrss`` (``os.wait4``); a sampling thread kills a child that
passes ``--cap-gb`` (the machine is shared) and the table says so.

Usage: .venv/bin/python benchmarks/bench_merge.py [--persons 5000000] [--large 20000000]
       [--cap-gb 16]       (--large 0 skips the 20M set)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
import warnings
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from demo_data import CACHE, _generator_stamp

from surveytool.common import resource_path
from surveytool.demo.generate import generate
from surveytool.form import Form, load
from surveytool.package import container
from surveytool.package.harmonised import plan_harmonised, write_harmonised
from surveytool.package.keys import KeyRing
from surveytool.package.tabular import csv_bytes, read_csv_bytes
from surveytool.store import Store
from surveytool.validate import default_rules_path, load_rules

HERE = Path(__file__).resolve()
HOUSEHOLDS = 400  # demo households in the template package
BUILDER = "2"  # bump when the way packages are built changes (invalidates the cache)
KEYS = ("case_uuid", "hh_id")  # the pseudonymous keys, 32 hex digits
MARK = "@KEY@"  # stands for a copy's 8 key digits in the template's CSV text
SKEW = 0.97  # country i gets a share proportional to SKEW**i (largest / smallest ~ 5)
SPEC = resource_path("forms", "lfs_migration.tables.yaml")


# -- the packages ---------------------------------------------------------------------------


def office_ring() -> KeyRing:
    """The office key signing every benchmark package (kept with the cache)."""
    return KeyRing.open_or_create("INS benchmark", "office", CACHE / "merge-keys" / "office")


def au_ring(office: KeyRing) -> KeyRing:
    """The AU's ring, trusting the benchmark office."""
    ring = KeyRing.open_or_create("AU statistics", "au", CACHE / "merge-keys" / "au")
    if ring.trusted_key(office.identity.fingerprint) is None:
        ring.trust(office.identity)
    return ring


def template(form: Form, office: KeyRing) -> Path:
    """A real harmonised package of ``HOUSEHOLDS`` approved demo households (made once)."""
    path = CACHE / f"merge-template-{form.version}-{_generator_stamp()}-{HOUSEHOLDS}.zip"
    if path.exists():
        return path
    start = time.perf_counter()
    rules = load_rules(default_rules_path(form), form)
    store_path = path.with_suffix(".sqlite")
    store_path.unlink(missing_ok=True)
    with Store.open(store_path) as store:
        generate(store, form, country="SEN", households=HOUSEHOLDS, seed=13, year=2026)
        with store.transaction():
            for row in store.cases(status="complete"):
                store.set_status(row.uuid, "approved", "officer", role="office")
        plan = plan_harmonised(store, form, rules, office)
        write_harmonised(store, plan, office, path)
    store_path.unlink(missing_ok=True)
    print(f"  template package in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return path


def sizes(total: int, countries: list[str]) -> dict[str, int]:
    """Persons per country: shares falling by ``SKEW`` in the code list's order, summing to
    ``total``."""
    shares = SKEW ** np.arange(len(countries))
    persons = np.floor(shares / shares.sum() * total).astype(int)
    persons[0] += total - persons.sum()
    return dict(zip(countries, persons.tolist(), strict=True))


class Template:
    """The template package's tables as CSV text ready to be copied under new keys."""

    def __init__(self, path: Path, ring: KeyRing) -> None:
        opened = container.open_package(path, ring)
        self.manifest = {k: v for k, v in opened.manifest.items() if k not in ("members", "device")}
        self.members = {
            name: data
            for name, data in opened.members.items()
            if not name.startswith("renderings/")
        }
        self.renderings = {
            name[len("renderings/") : -len(".parquet")]: pq.read_table(pa.BufferReader(data))
            for name, data in opened.members.items()
            if name.startswith("renderings/") and name.endswith(".parquet")
        }
        self.descriptor = json.loads(opened.members["datapackage.json"])
        self.fields = {
            r["path"][: -len(".csv")]: r["schema"]["fields"] for r in self.descriptor["resources"]
        }
        self.tables = {
            name: read_csv_bytes(self.members[f"{name}.csv"], name, fields)
            for name, fields in self.fields.items()
        }
        households = self.tables["households"]
        stems = {str(k)[:24] for key in KEYS for k in households[key]}
        assert len(stems) == 2 * len(households), "template keys not unique on 24 digits"
        self.persons_of = (
            self.tables["persons"].groupby("case_uuid", sort=False).size()
        )  # per household, in the households' order
        self.persons_of = self.persons_of.reindex(households["case_uuid"]).fillna(0).astype(int)

    def copy_text(self, name: str, frame: pd.DataFrame) -> tuple[bytes, bytes]:
        """``frame``'s canonical CSV split into header and body, every key's last 8 digits
        replaced by ``MARK``."""
        frame = frame.copy()
        for key in KEYS:
            if key in frame.columns:
                frame[key] = frame[key].astype("string").str.slice(0, 24) + MARK
        text = csv_bytes(frame)
        header, _, body = text.partition(b"\n")
        return header + b"\n", body


def country_rendering(
    t: Template, name: str, iso3: str, index: int, rows: list[int], year: int
) -> bytes:
    """The Parquet rendering of one country's level ``name``: the template's rendering
    repeated, copy ``c`` holding the template rows ``rows[c]`` (whole copies, then the first
    households), under the keys ``country_tables`` gives them, in one contiguous table."""
    source = t.renderings[name]
    counts = [len(r) for r in rows]
    table = source.take(pa.array(np.concatenate(rows), type=pa.int64())).combine_chunks()
    digits = pa.array(
        np.repeat([f"{index:02x}{copy:06x}" for copy in range(len(rows))], counts).astype(object),
        type=pa.string(),
    )
    fixed = {key: None for key in KEYS} | {"country_iso3": iso3, "country_name": iso3}
    fixed["survey_year"] = year
    for key, value in fixed.items():
        if key not in table.column_names or (name != "households" and value is not None):
            continue
        at = table.column_names.index(key)
        field = table.schema.field(at)
        column = table.column(at)
        if value is None:
            stem = pc.utf8_slice_codeunits(column, 0, 24)
            new = pc.binary_join_element_wise(
                stem, digits.cast(field.type), pa.scalar("", field.type)
            )
        else:
            cell = value if pa.types.is_integer(field.type) else str(value)
            new = pa.array([cell] * table.num_rows, type=field.type)
        table = table.set_column(at, field, new)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")  # as renderings.parquet_bytes writes it
    return sink.getvalue()


def country_tables(
    t: Template, iso3: str, index: int, persons: int, year: int
) -> tuple[dict[str, bytes], dict[str, int]]:
    """The level CSVs of one country with about ``persons`` persons (whole households):
    whole copies of the template, then its first households; and their rows."""
    households = t.tables["households"].copy()
    households["country_iso3"] = iso3
    households["survey_year"] = pd.array([year] * len(households), dtype="Int64")
    if "country_name" in households.columns:
        households["country_name"] = iso3
    tables = {**t.tables, "households": households}
    per_copy = int(t.persons_of.sum())
    whole, rest = divmod(persons, per_copy)
    cumulative = t.persons_of.cumsum().to_numpy()
    partial = int(np.searchsorted(cumulative, rest)) + (1 if rest else 0)
    partial_cases = set(households["case_uuid"].iloc[:partial])
    out, rows = {}, {}
    for name, frame in tables.items():
        header, body = t.copy_text(name, frame)
        part = frame[frame["case_uuid"].isin(partial_cases)]
        _, part_body = t.copy_text(name, part)
        chunks = [header]
        for copy in range(whole + (1 if partial else 0)):
            digits = f"{index:02x}{copy:06x}".encode("ascii")
            chunks.append((body if copy < whole else part_body).replace(MARK.encode(), digits))
        out[name] = b"".join(chunks)
        rows[name] = whole * len(frame) + len(part)
        if name in t.renderings:
            first = np.flatnonzero(frame["case_uuid"].isin(partial_cases).to_numpy())
            copies = [np.arange(len(frame))] * whole + ([first] if partial else [])
            rendering = country_rendering(t, name, iso3, index, copies, year)
            out[f"renderings/{name}.parquet"] = rendering
    return out, rows


def build_package(
    t: Template, office: KeyRing, iso3: str, index: int, persons: int, out: Path
) -> tuple[int, int]:
    """Write one country's signed harmonised package; its households and persons."""
    year = 2025 if index % 5 == 4 else 2026  # a mix of reference years, as in practice
    tables, rows = country_tables(t, iso3, index, persons, year)
    members = dict(t.members)
    described = json.loads(json.dumps(t.descriptor))
    for resource in described["resources"]:
        data = tables[resource["path"][: -len(".csv")]]
        members[resource["path"]] = data
        resource["bytes"] = len(data)
        resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    members.update({name: data for name, data in tables.items() if name.startswith("renderings/")})
    members["datapackage.json"] = container.canonical_json(described)
    manifest = json.loads(json.dumps(t.manifest))
    manifest.update(
        package_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-merge/{iso3}/{year}/{persons}")),
        country=iso3,
        round=str(year),
        cases=rows["households"],
        created_at="2026-11-30T12:00:00+00:00",
        creator=office.identity.name,
    )
    manifest["metadata"].update(country=iso3, reference_period=str(year), reference_year=str(year))
    data, _ = container.build(manifest, members, office)
    container.write(out, data)
    return rows["households"], rows["persons"]


def package_set(form: Form, total: int) -> tuple[list[Path], int]:
    """The 55 packages totalling ``total`` persons (built once, cached); paths and persons."""
    office = office_ring()
    source = template(form, office)
    stamp = hashlib.sha1(source.read_bytes()).hexdigest()[:8]
    folder = CACHE / f"merge-packages-{total}-{stamp}-{BUILDER}"
    done = folder / "done.json"
    if done.exists():
        built = json.loads(done.read_text())
        return [folder / name for name in built["files"]], int(built["persons"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    countries = pd.read_csv(resource_path("resources", "codelists", "au_member_states.csv"))
    iso3s = countries["iso3"].astype(str).tolist()
    t = Template(source, au_ring(office))
    start, files, people = time.perf_counter(), [], 0
    for index, (iso3, persons) in enumerate(sizes(total, iso3s).items()):
        name = f"{iso3}.zip"
        _, rows = build_package(t, office, iso3, index, persons, folder / name)
        files.append(name)
        people += rows
        if (index + 1) % 5 == 0:
            print(
                f"  built {index + 1}/{len(iso3s)} packages, {people:,} persons, "
                f"{time.perf_counter() - start:.0f} s",
                file=sys.stderr,
                flush=True,
            )
    done.write_text(json.dumps({"files": files, "persons": people}))
    return [folder / name for name in files], people


# -- the measured steps, each in a child process ---------------------------------------------


def step_merge(paths: list[Path], out: Path) -> dict[str, Any]:
    from surveytool.merge import merge_packages

    shutil.rmtree(out, ignore_errors=True)
    ring = au_ring(office_ring())
    start = time.perf_counter()
    report = merge_packages(paths, out, ring)
    seconds = time.perf_counter() - start
    verdicts = [o.verdict for o in report.outcomes]
    refused = [str(o.error) for o in report.outcomes if o.error is not None]
    size = sum(p.stat().st_size for p in out.rglob("*.parquet"))
    return {"seconds": seconds, "verdicts": sorted(set(verdicts)), "refused": refused[:3],
            "parquet_mb": size / 1e6}  # fmt: skip


def step_tables(folder: Path) -> dict[str, Any]:
    from surveytool.merge.indicators import compute_tables

    form = load(resource_path("forms", "lfs_migration.xlsx"))
    rates = load_rules(default_rules_path(form), form).rates
    start = time.perf_counter()
    results = compute_tables(folder, SPEC, rates)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "tables": [r.id for r in results],
            "cells": sum(len(r.frame) for r in results)}  # fmt: skip


def step_baseline(paths: list[Path]) -> dict[str, Any]:
    """Plain pandas: every level CSV of every package read, concatenated per level, then
    the persons' weighted sum by country and sex (pandas' own warnings silenced: mixed types
    in a column and a frame widened by one column are what plain pandas does)."""
    warnings.simplefilter("ignore")
    start = time.perf_counter()
    pieces: dict[str, list[pd.DataFrame]] = {}
    countries: dict[str, list[str]] = {}
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".csv") and "/" not in name:
                    frame = pd.read_csv(io.BytesIO(archive.read(name)))
                    pieces.setdefault(name[: -len(".csv")], []).append(frame)
                    countries.setdefault(name[: -len(".csv")], []).append(path.stem)
    read = time.perf_counter() - start
    levels = {}
    for name, frames in pieces.items():
        lengths = [len(frame) for frame in frames]
        levels[name] = pd.concat(frames, ignore_index=True)
        levels[name]["country"] = np.repeat(countries[name], lengths)
        frames.clear()
    concat = time.perf_counter() - start - read
    sums = levels["persons"].groupby(["country", "sex"])["pers_weight"].sum()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "read": read, "concat": concat, "groups": len(sums),
            "persons": len(levels["persons"])}  # fmt: skip


def child(argv: list[str]) -> None:
    what, rest = argv[0], [Path(a) for a in argv[1:]]
    if what == "merge":
        result = step_merge(rest[1:], rest[0])
    elif what == "tables":
        result = step_tables(rest[0])
    else:
        result = step_baseline(rest)
    print(json.dumps(result), flush=True)


def measured(args: list[str], cap: int) -> dict[str, Any]:
    """Run a step in a child process: its result, wall seconds and peak RSS (bytes); killed
    (``capped``) when its resident memory passes ``cap`` bytes."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(HERE), "--child", *args], stdout=subprocess.PIPE, text=True
    )
    capped = threading.Event()

    def watch() -> None:
        status = Path(f"/proc/{process.pid}/status")
        while process.returncode is None:
            try:
                line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS"))
            except (OSError, StopIteration):
                return
            if int(line.split()[1]) * 1024 > cap:
                capped.set()
                process.kill()
                return
            time.sleep(0.05)

    threading.Thread(target=watch, daemon=True).start()
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    result: dict[str, Any] = {"wall": wall, "peak": usage.ru_maxrss * 1024}
    lines = output.strip().splitlines()
    if process.returncode == 0 and lines:
        result.update(json.loads(lines[-1]))
    else:
        why = "killed at the memory cap" if capped.is_set() else f"exit {process.returncode}"
        result["failed"] = why
    return result


# -- the report ------------------------------------------------------------------------------


def line(name: str, r: dict[str, Any], base: dict[str, Any] | None) -> str:
    if "failed" in r:
        return f"{name:<44}{'—':>9}{r['peak'] / 2**30:9.2f}   {r['failed']} after {r['wall']:.0f} s"
    ratios = ""
    if base is not None and "failed" not in base:
        ratios = f"{r['seconds'] / base['seconds']:9.1f}x{r['peak'] / base['peak']:9.1f}x"
    return f"{name:<44}{r['seconds']:9.1f}{r['peak'] / 2**30:9.2f}{ratios}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=5_000_000)
    parser.add_argument("--large", type=int, default=20_000_000, help="0 skips the merge alone")
    parser.add_argument("--cap-gb", type=float, default=16.0, help="kill a step beyond this")
    args, ignored = parser.parse_known_args()
    if ignored:
        print(f"(ignoring {' '.join(ignored)}: meant for the other benchmarks)")
    cap = int(args.cap_gb * 2**30)
    form = load(resource_path("forms", "lfs_migration.xlsx"))
    out = CACHE / f"merge-out-{os.getpid()}"  # others may run the benchmark meanwhile
    header = f"{'step':<44}{'seconds':>9}{'peak GB':>9}{'/ base s':>10}{'/ base GB':>9}"
    try:
        for total, tabulate in ((args.persons, True), (args.large, False)):
            if total <= 0:
                continue
            start = time.perf_counter()
            paths, persons = package_set(form, total)
            built = time.perf_counter() - start
            zipped = sum(p.stat().st_size for p in paths) / 1e6
            print(
                f"\n{len(paths)} packages, {persons:,} persons, {zipped:,.0f} MB zipped "
                f"(ready in {built:.0f} s); cap {args.cap_gb:g} GB per step",
                flush=True,
            )
            base = measured(["baseline", *map(str, paths)], cap)
            merge = measured(["merge", str(out), *map(str, paths)], cap)
            print(header)
            print(line("baseline: read_csv + concat + groupby", base, None))
            if "failed" not in base:
                print(
                    f"{'  of which read_csv / concat':<44}"
                    f"{base['read']:9.1f} / {base['concat']:.1f}"
                )
            print(line("merge (verify, reconcile, Parquet)", merge, base))
            if "failed" not in merge:
                print(f"  merge: {merge['verdicts']}, {merge['parquet_mb']:,.0f} MB of Parquet")
                for reason in merge["refused"]:
                    print(f"  refused: {reason}")
            if tabulate and "failed" not in merge:
                tables = measured(["tables", str(out)], cap)
                print(line("all tables (compute_tables)", tables, base))
                if "failed" not in tables:
                    print(f"  tables: {', '.join(tables['tables'])}; {tables['cells']:,} cells")
                    both = merge["seconds"] + tables["seconds"]
                    peak = max(merge["peak"], tables["peak"])
                    verdict = "met" if both < 60 and peak < 6 * 2**30 else "MISSED"
                    print(
                        f"{'merge + tables':<44}{both:9.1f}{peak / 2**30:9.2f}"
                        f"   target < 60 s and < 6 GB: {verdict}"
                    )
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
    else:
        main()
