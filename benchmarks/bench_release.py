"""The desktop bundle: its size on disk, and its start beside the app run from Python.

(a) size of ``dist/surveytool`` (``bash scripts/build_exe.sh`` builds it): the bytes of its
    files and the disk blocks they take (``du``), and the ten largest parts; target under
    350 MB;
(b) start: the bundle's ``surveytool gui --smoke`` (offscreen: start, first paint, load the
    form, exit) beside ``python -m surveytool gui --smoke`` from the virtual environment,
    alternated in this run, each as a fresh process on the same demo store. From spawn to the
    first paint of the window (the app prints the wall-clock moment it painted), and from
    spawn to exit (the form loaded in between, as the app does in the background). ``--cold``
    drops the page cache before each start (root only; the first start on a laptop after a
    reboot), otherwise files are warm from the previous run. Target: under 2 s.

Usage: .venv/bin/python benchmarks/bench_release.py [--bundle dist/surveytool] [--runs 5]
       [--cold]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET = 350e6
START_TARGET = 2.0
PAINT = re.compile(r"painted at ([0-9.]+)")


def size(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(path.stat().st_size for path in files)
    blocks = sum(path.stat().st_blocks * 512 for path in files)
    print(
        f"(a) {bundle}: {len(files):,} files, {total / 1e6:.1f} MB of data, {blocks / 1e6:.1f} MB"
    )
    print(
        f"    on disk; target under {SIZE_TARGET / 1e6:.0f} MB: "
        + ("met" if blocks < SIZE_TARGET else "MISSED")
    )
    inside = bundle / "_internal"
    parts: dict[str, int] = {}
    for path in files:
        top = path.relative_to(inside).parts[0] if path.is_relative_to(inside) else path.name
        parts[top] = parts.get(top, 0) + path.stat().st_size
    for name, amount in sorted(parts.items(), key=lambda item: -item[1])[:10]:
        print(f"    {amount / 1e6:7.1f} MB  {name}")


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start_once(command: list[str], env: dict[str, str], cold: bool) -> tuple[float, float]:
    if cold:
        drop_caches()
    spawned = time.time()  # wall clock, as the app's "painted at": comparable across processes
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - began
    found = PAINT.search(done.stdout)
    if done.returncode != 0 or not found:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return wall, float(found.group(1)) - spawned


def starts(bundle: Path, runs: int, cold: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        programs = {
            "bundle": [str(bundle / "surveytool")],
            "python": [sys.executable, "-m", "surveytool"],
        }
        commands = {}
        for name, program in programs.items():  # each its own store: their schemas may differ
            store = Path(folder) / f"{name}.sqlite"
            subprocess.run(
                [*program, "demo", "--store", str(store), "--households", "200"],
                check=True,
                capture_output=True,
            )
            commands[name] = [*program, "gui", "--smoke", "--store", str(store)]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SURVEYTOOL_LOG_DIR=folder)
        env["XDG_CONFIG_HOME"] = folder
        if cold and not drop_caches():
            print("(b) --cold needs root (it writes /proc/sys/vm/drop_caches): warm starts")
            cold = False
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        start_once(commands["bundle"], env, False)  # the first start ever writes caches
        for _ in range(runs):
            for name, command in commands.items():
                results[name].append(start_once(command, env, cold))
    kind = "cold (page cache dropped)" if cold else "warm"
    print(f"(b) {kind} starts, median of {runs}: spawn to first paint, and to exit (form loaded)")
    medians: dict[str, float] = {}
    exits: dict[str, float] = {}
    for name, timings in results.items():
        wall = statistics.median(t[0] for t in timings)
        paint = statistics.median(t[1] for t in timings)
        medians[name] = paint
        exits[name] = wall
        print(f"    {name:<7} first paint {paint:6.3f} s   exit {wall:6.3f} s")
    ratio = medians["bundle"] / medians["python"]
    met = "met" if medians["bundle"] < START_TARGET else "MISSED"
    print(
        f"    bundle / python: first paint {ratio:.2f}, exit "
        f"{exits['bundle'] / exits['python']:.2f}; first paint under {START_TARGET:.0f} s: {met}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "surveytool")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true")
    args, _ = parser.parse_known_args()  # benchmarks/run.py passes every bench its arguments
    if not (args.bundle / "surveytool").is_file():
        print(f"no bundle at {args.bundle}: build it first with `bash scripts/build_exe.sh`")
        return 0
    size(args.bundle)
    starts(args.bundle, args.runs, args.cold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
