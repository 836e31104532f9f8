"""The CPU time of starting the ``scholarlake`` command, for one or more checkouts timed in
turns (the fair before/after on a machine that other processes load). Not a test: reported,
never asserted.

    python -m benchmarks.cli_start [BEFORE_DIR] AFTER_DIR [--rounds 10]

Each round runs, for each checkout in turn (the order alternates between rounds), the venv's
``scholarlake`` script with that checkout on ``PYTHONPATH`` for each command below, and
reads the child's user + system CPU time from the kernel (``os.wait4``). Printed: per command
the median CPU and wall seconds of each checkout over the rounds, and the ratio of the last
checkout to the first. ``ingest`` reads one small example file into a fresh lake each time;
``query`` asks ``select 1`` of a lake built once before the rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = str(Path(sys.executable).with_name("scholarlake"))  # the console script, as the tests call it
EXAMPLE = "examples/records.csv"  # the smallest example document: the start, not the reading, dominates

COMMANDS: dict[str, list[str]] = {
    "--help": ["--help"],
    "query": ["query", "select 1", "--lake", "{lake}"],
    "ingest": ["ingest", "{example}", "--lake", "{fresh}"],
}


def _cli(root: Path, args: list[str]) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, exit status) of one ``scholarlake`` process."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([SCRIPT, *args], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - t0, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("roots", nargs="+", type=Path, help="checkouts (the first is the baseline)")
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    roots = [r.resolve() for r in args.roots]
    work = Path(tempfile.mkdtemp(prefix="cli_start."))
    try:
        lake = work / "lake"
        cpu, status = _cli(roots[0], ["ingest", str(roots[0] / EXAMPLE), "--lake", str(lake)])[::2]
        if status != 0:
            sys.exit(f"building the query lake failed (exit {status})")
        times: dict[tuple[str, Path], list[tuple[float, float]]] = {}
        for i in range(args.rounds):
            for root in roots if i % 2 == 0 else roots[::-1]:
                for name, template in COMMANDS.items():
                    fresh = work / f"fresh-{i}-{roots.index(root)}"
                    cmd = [a.format(lake=lake, fresh=fresh, example=root / EXAMPLE) for a in template]
                    cpu, wall, status = _cli(root, cmd)
                    if status != 0:
                        sys.exit(f"{root}: scholarlake {' '.join(cmd)} exited {status}")
                    times.setdefault((name, root), []).append((cpu, wall))
                    shutil.rmtree(fresh, ignore_errors=True)
        print(f"median of {args.rounds} rounds, seconds (CPU = user + system of the process); load average "
              f"{os.getloadavg()[0]:.1f} at the end")
        for name in COMMANDS:
            med = [(statistics.median(c for c, _ in times[name, r]), statistics.median(w for _, w in times[name, r]))
                   for r in roots]
            cells = "  ".join(f"{r.name}: CPU {c:.2f} wall {w:.2f}" for r, (c, w) in zip(roots, med))
            ratio = f"  CPU ratio {med[-1][0] / med[0][0]:.2f}" if len(roots) > 1 else ""
            print(f"scholarlake {name:8} {cells}{ratio}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
