"""Two checkouts' extraction throughput, measured in turns on the same inputs: the fair
before/after on a machine that other processes load. Not a test: reported, never asserted.

    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR [--rounds 5] [--mb 1] [KIND ...]

Each round runs, for each checkout in turn (the order alternates between rounds), a fresh
Python with that checkout first on ``sys.path``, which times ``extract_throughput``'s pass
(detect + extract + normalize, caches emptied before each pass: "+normalize new") over about
``--mb`` MB of each KIND's input by this process's CPU time. Printed: per KIND the median
MB/s of each checkout over the rounds, and the ratio after / before. Each checkout reads the
inputs of ``extract_throughput.INPUTS`` from its own ``../shared``: to time a snapshot
(``git archive``) put it beside a link named ``shared`` to the real one.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

_CHILD = r"""
import json, sys, time
from benchmarks.extract_throughput import _input, _one_pass
from benchmarks.common import caches
out = {}
for kind in sys.argv[2:]:
    path = _input(kind)
    if path is None:
        continue
    data = path.read_bytes()
    clears = caches()
    _one_pass(data, True, clears)  # (imports, compiled patterns: not the document's cost)
    loops = max(1, int(float(sys.argv[1]) * 1e6) // len(data))
    c0 = time.process_time()
    for _ in range(loops):
        _one_pass(data, True, clears)
    out[kind] = loops * len(data) / (time.process_time() - c0) / 1e6
print(json.dumps(out))
"""


def run(root: str, kinds: list[str], mb: float) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(root)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(mb), *kinds], env=env, cwd=os.path.abspath(root),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    from .extract_throughput import INPUTS

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("kinds", nargs="*", default=list(INPUTS))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_intermixed_args()  # (KIND ... may come before or after the options)
    rates: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    for r in range(args.rounds):
        order = ("before", "after") if r % 2 == 0 else ("after", "before")
        for side in order:
            for kind, rate in run(getattr(args, side), args.kinds, args.mb).items():
                rates[side].setdefault(kind, []).append(rate)
    print(f"+normalize new, MB/s by CPU time, median of {args.rounds} alternating rounds")
    print(f"{'format':20} {'before':>8} {'after':>8} {'ratio':>6}")
    for kind in args.kinds:
        b, a = rates["before"].get(kind), rates["after"].get(kind)
        if not (a and b):
            print(f"{kind:20} (no input)")
            continue
        mb, ma = statistics.median(b), statistics.median(a)
        print(f"{kind:20} {mb:8.2f} {ma:8.2f} {ma / mb:6.2f}")


if __name__ == "__main__":
    main()
