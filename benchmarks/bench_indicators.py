"""The indicator engine alone at scale (issue 13): ``compute_tables`` over a merged folder of
N persons, its time and peak memory, and a digest of the ILOSTAT CSV it gives (so that a
faster engine can be checked to give the same bytes).

The merged folder is written directly in the documented layout (``merge.folder.partition``,
``merge.dataset.to_arrow``), without packages: the benchmark merge's template harmonised
package (benchmarks/bench_merge.py, cached) is repeated under new keys across the 55 AU
members, sizes falling by 0.97 per country, one in five surveys of 2025. Cached under
benchmarks/.cache/indicators-<persons>.

Each run is its own process (peak = the child's ``ru_maxrss``); ``cpu_s`` is the child's
processor time, which other processes on a shared machine do not inflate as they do the
wall-clock ``seconds``.

Usage: .venv/bin/python benchmarks/bench_indicators.py [--persons 1000000] [--profile F]
       [--csv F]

Measured on the shared 2-core machine (29 Nov 2026), the same CSV bytes before and after:
engine of 6776740 -> now, wall s / processor s / peak GB:
  1,000,000 persons   13.4 / 11.1 / 1.89  ->   8.6 /  8.5 / 1.51
  5,000,000 persons   64.2 / 56.1 / 8.23  ->  32.7 / 32.4 / 4.95
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from demo_data import CACHE

from surveytool.common import resource_path
from surveytool.merge.dataset import to_arrow, write_parquet
from surveytool.merge.folder import REGISTRY_FORMAT, partition
from surveytool.package import container
from surveytool.package.keys import KeyRing
from surveytool.package.tabular import read_csv_bytes

SPEC = resource_path("forms", "lfs_migration.tables.yaml")
SKEW = 0.97


def _template() -> dict[str, pd.DataFrame]:
    found = sorted(CACHE.glob("merge-template-*.zip"))
    if not found:
        raise SystemExit("run benchmarks/bench_merge.py once first (it builds the template)")
    ring = KeyRing.open_or_create("AU statistics", "au", CACHE / "merge-keys" / "au")
    opened = container.open_package(found[-1], ring)
    descriptor = json.loads(opened.members["datapackage.json"])
    tables = {}
    for entry in descriptor["resources"]:
        name = entry["path"][: -len(".csv")]
        if name in ("persons", "households"):
            data = opened.members[entry["path"]]
            tables[name] = read_csv_bytes(data, name, entry["schema"]["fields"])
    return tables


def _kind(dtype: object) -> str:
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    return "number" if pd.api.types.is_float_dtype(dtype) else "string"


def build(persons_total: int) -> Path:
    """The merged folder of about ``persons_total`` persons (made once)."""
    folder = CACHE / f"indicators-{persons_total}"
    if (folder / "variables.json").exists():
        return folder
    start = time.perf_counter()
    tables = _template()
    persons, households = tables["persons"], tables["households"]
    per_copy = len(persons)
    countries = pd.read_csv(resource_path("resources", "codelists", "au_member_states.csv"))
    iso3s = countries["iso3"].astype(str).tolist()
    shares = SKEW ** np.arange(len(iso3s))
    copies = np.maximum(1, np.round(shares / shares.sum() * persons_total / per_copy)).astype(int)
    types = {
        name: {c: _kind(frame[c].dtype) for c in frame.columns}
        for name, frame in (("persons", persons), ("households", households))
    }
    entries = []
    for index, (iso3, k) in enumerate(zip(iso3s, copies.tolist(), strict=True)):
        year = 2025 if index % 5 == 4 else 2026
        factor = 1.0 + (index % 7)
        package = f"bench-{iso3}-{year}"
        files = {}
        for name, frame in (("persons", persons), ("households", households)):
            big = pd.concat([frame] * k, ignore_index=True)
            copy = np.repeat(np.arange(k), len(frame))
            prefix = pd.Series([f"{iso3}{c:05d}" for c in range(k)])[copy].reset_index(drop=True)
            big["case_uuid"] = prefix + big["case_uuid"].astype(str)
            if name == "households":
                big["country_iso3"] = iso3
                big["survey_year"] = pd.array([year] * len(big), dtype="Int64")
                big["hh_weight"] = big["hh_weight"] * factor
            else:
                big["pers_weight"] = big["pers_weight"] * factor
            files[name] = partition(name, iso3, str(year))
            provenance = {"source_package": package, "source_form_version": "2026.1"}
            write_parquet(to_arrow(big, types[name], provenance), folder / files[name])
        entries.append(
            {
                "country": iso3,
                "round": str(year),
                "package_id": package,
                "files": files,
                "metadata": {"migrant_basis": "citizenship" if index % 9 == 3 else "both"},
            }
        )
    (folder / "packages.json").write_text(
        json.dumps({"format": REGISTRY_FORMAT, "packages": entries}), encoding="utf-8"
    )
    levels = {
        name: {"level": name, "variables": {c: {"type": t} for c, t in kinds.items()}}
        for name, kinds in types.items()
    }
    (folder / "variables.json").write_text(json.dumps({"levels": levels}), encoding="utf-8")
    print(
        f"  built {folder.name}: {int(copies.sum()) * per_copy:,} persons in "
        f"{time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )
    return folder


def run(folder: Path, profile: str, csv: str) -> None:
    """In the child: compute every table, print seconds and the CSV's digest."""
    from surveytool.merge.indicators import compute_tables
    from surveytool.merge.outputs import ilostat_csv_bytes

    start, cpu = time.perf_counter(), time.process_time()
    if profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        results = profiler.runcall(compute_tables, folder, SPEC)
        profiler.dump_stats(profile)
    else:
        results = compute_tables(folder, SPEC)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    data = ilostat_csv_bytes(results)
    if csv:
        Path(csv).write_bytes(data)
    rows = sum(len(r.frame) for r in results)
    digest = hashlib.sha256(data).hexdigest()[:16]
    found = {"seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "rows": rows}
    print(json.dumps({**found, "csv_sha256": digest}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--profile", default="", help="write cProfile stats to this file")
    parser.add_argument("--csv", default="", help="write the ILOSTAT CSV to this file")
    parser.add_argument("--child", default="")
    args = parser.parse_args()
    if args.child:
        run(Path(args.child), args.profile, args.csv)
        return
    folder = build(args.persons)
    command = [sys.executable, __file__, "--child", str(folder)]
    command += ["--profile", args.profile] if args.profile else []
    command += ["--csv", args.csv] if args.csv else []
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    out, _ = child.communicate()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e6  # kB -> GB
    found = json.loads(out.strip().splitlines()[-1])
    print(json.dumps({"persons": args.persons, **found, "peak_gb": round(peak, 2)}))


if __name__ == "__main__":
    main()
