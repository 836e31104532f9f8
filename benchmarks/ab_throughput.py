"""Two checkouts' extraction throughput, measured in turns on the same inputs: the fair
before/after on a machine that other processes load. Not a test: reported, never asserted.

    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR [--rounds 5] [--mb 1] [KIND ...]
    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR --records 100000 [--rounds 5] [KIND ...]

Each round runs, for each checkout in turn (the order alternates between rounds), a fresh
Python with that checkout first on ``sys.path``, which times ``extract_throughput``'s pass
(detect + extract + normalize, caches emptied before each pass: "+normalize new") over about
``--mb`` MB of each KIND's input by this process's CPU time. Printed: per KIND the median
MB/s of each checkout over the rounds, and the ratio after / before. Each checkout reads the
inputs of ``extract_throughput.INPUTS`` from its own ``../shared``: to time a snapshot
(``git archive``) put it beside a link named ``shared`` to the real one.

``--records N``: also the records import of ``records_throughput`` (``ingest --kind
records`` before dedup, through the extraction worker) on one JSON Lines file of N records
written once by this process: each round, each checkout's ``records_throughput.measure``
of one fresh worker, records/s by CPU time (caller and worker), new and seen. Without
KINDs only the records import is timed.
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


_RECORDS_CHILD = r"""
import json, sys
from pathlib import Path
from benchmarks.records_throughput import measure
_, rates = measure(Path(sys.argv[1]), 1)
print(json.dumps({"records import, new": rates["new cpu"], "records import, seen": rates["seen cpu"]}))
"""
RECORDS_ROWS = ("records import, new", "records import, seen")


def run_records(root: str, path: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(root)}
    done = subprocess.run([sys.executable, "-c", _RECORDS_CHILD, path], env=env, cwd=os.path.abspath(root),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(root: str, kinds: list[str], mb: float) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(root)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(mb), *kinds], env=env, cwd=os.path.abspath(root),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    import tempfile
    from pathlib import Path

    from . import records_throughput
    from .extract_throughput import INPUTS

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("kinds", nargs="*", default=None)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--records", type=int, default=0, help="rows of the records import file (0: not timed)")
    args = ap.parse_intermixed_args()  # (kinds after the options too, as the usage line writes them)
    kinds = args.kinds or ([] if args.records else list(INPUTS))
    rates: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(records_throughput.write_input(Path(tmp), args.records)) if args.records else None
        for r in range(args.rounds):
            order = ("before", "after") if r % 2 == 0 else ("after", "before")
            for side in order:
                got = run(getattr(args, side), kinds, args.mb) if kinds else {}
                if path:
                    got.update(run_records(getattr(args, side), path))
                for kind, rate in got.items():
                    rates[side].setdefault(kind, []).append(rate)
    print(f"+normalize new, MB/s by CPU time (records import: records/s), median of {args.rounds} alternating rounds")
    print(f"{'format':20} {'before':>8} {'after':>8} {'ratio':>6}")
    for kind in kinds + (list(RECORDS_ROWS) if path else []):
        b, a = rates["before"].get(kind), rates["after"].get(kind)
        if not (a and b):
            print(f"{kind:20} (no input)")
            continue
        mb, ma = statistics.median(b), statistics.median(a)
        print(f"{kind:20} {mb:8.2f} {ma:8.2f} {ma / mb:6.2f}")
    if path:
        for kind in RECORDS_ROWS:
            print(f"{kind}: before {' / '.join(f'{x:,.0f}' for x in rates['before'][kind])}; "
                  f"after {' / '.join(f'{x:,.0f}' for x in rates['after'][kind])}")


if __name__ == "__main__":
    main()
