"""Reliability check: kill a writing process at random moments, then audit the store.

A child process appends answer events and prints each one after its commit returns; the
parent kills it with SIGKILL after a random delay, then checks that the file passes
``PRAGMA integrity_check`` and holds every answer the child reported. The test suite runs
50 kills; run ``python -m surveytool.store.crashcheck --kills 1000`` for the long soak.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from surveytool.store.store import Store, SurveyKey

_CHILD = """
import sys
from surveytool.store.store import Store
path, case, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store.open(path)
print("ready", flush=True)
i = start
while True:
    store.record_answer(case, f"q{i}", i, "crash")
    print(i, flush=True)
    i += 1
"""


@dataclass(frozen=True, slots=True)
class CrashReport:
    kills: int
    reported: int  # answers the child said were committed
    stored: int  # answer events found afterwards
    lost: int  # reported but not found: must be 0
    integrity_failures: int  # must be 0
    seconds: float


def run(path: Path, kills: int, seed: int = 20261123, max_delay: float = 0.25) -> CrashReport:
    rng = random.Random(seed)
    with Store.open(path) as store:
        case = store.create_case("crash", "1", SurveyKey("CMR", "2026", "X", 1), "crash")
    reported: set[int] = set()
    stored: set[int] = set()
    last_seq = 0
    integrity_failures = 0
    next_value = 0
    started = time.perf_counter()
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), case, str(next_value)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError("the writer process did not start")
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        values = [int(line) for line in output.split() if line.strip().isdigit()]
        reported.update(values)
        with Store.open(path, readonly=True) as reader:
            if reader.integrity_check() != "ok":
                integrity_failures += 1
            new = reader.events(case, after=last_seq)  # only what this run added
        stored.update(int(str(e.value)) for e in new if e.kind == "set")
        last_seq = new[-1].seq if new else last_seq
        next_value = max(stored, default=-1) + 1
    with Store.open(path, readonly=True) as reader:  # and a final full audit
        stored = {int(str(e.value)) for e in reader.events(case) if e.kind == "set"}
    return CrashReport(
        kills=kills,
        reported=len(reported),
        stored=len(stored),
        lost=len(reported - stored),
        integrity_failures=integrity_failures,
        seconds=time.perf_counter() - started,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--store", type=Path, default=Path("crashcheck.sqlite"))
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{args.store}{suffix}").unlink(missing_ok=True)
    report = run(args.store, args.kills, args.seed)
    print(report)
    raise SystemExit(0 if report.lost == 0 and report.integrity_failures == 0 else 1)


if __name__ == "__main__":
    main()
