"""Two checkouts' extraction throughput, measured in turns on the same inputs: the fair
before/after on a machine that other processes load. Not a test: reported, never asserted.

    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR [--rounds 5] [--mb 1] [KIND ...]
    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR --records 100000 [--rounds 5] [KIND ...]
    python -m benchmarks.ab_throughput BEFORE_DIR AFTER_DIR --fast-pass 0.1 [--rounds 6] [KIND ...]

Each round runs, for each KIND and for each checkout in turn (the order alternates between
rounds), a fresh Python with that checkout first on ``sys.path``, which times
``extract_throughput``'s pass (detect + extract + normalize, caches emptied before each pass:
"+normalize new") over about ``--mb`` MB of the KIND's input by this process's CPU time. Printed: per KIND the median
MB/s of each checkout over the rounds, and the ratio after / before. Each checkout reads the
inputs of ``extract_throughput.INPUTS`` from its own ``../shared``: to time a snapshot
(``git archive``) put it beside a link named ``shared`` to the real one.

``--fast-pass Q``: each pass timed on its own, and a round's figure is the MB/s of the pass at
quantile Q of the pass times (0.1: a pass faster than nine in ten): on a machine other
processes load heavily, the passes they slowed least, so that a ratio of a few percent is not
lost in the noise of whole-run medians. Still the median of the rounds is printed.

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
quantile = float(sys.argv[2])
out = {}
for kind in sys.argv[3:]:
    path = _input(kind)
    if path is None:
        continue
    data = path.read_bytes()
    clears = caches()
    _one_pass(data, True, clears)  # (imports, compiled patterns: not the document's cost)
    loops = max(1, int(float(sys.argv[1]) * 1e6) // len(data))
    if quantile:  # each pass timed on its own (see --fast-pass)
        times = []
        for _ in range(max(loops, 10)):
            c0 = time.process_time()
            _one_pass(data, True, clears)
            times.append(time.process_time() - c0)
        times.sort()
        out[kind] = len(data) / times[int(quantile * (len(times) - 1))] / 1e6
        continue
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


def run(root: str, kinds: list[str], mb: float, fast_pass: float = 0.0) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(root)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(mb), str(fast_pass), *kinds], env=env,
                          cwd=os.path.abspath(root),
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
    ap.add_argument("--fast-pass", type=float, default=0.0,
                    help="time each pass; a round's figure is the pass at this quantile of the times (0: whole run)")
    args = ap.parse_intermixed_args()  # (kinds after the options too, as the usage line writes them)
    kinds = args.kinds or ([] if args.records else list(INPUTS))
    rates: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(records_throughput.write_input(Path(tmp), args.records)) if args.records else None
        for r in range(args.rounds):
            order = ("before", "after") if r % 2 == 0 else ("after", "before")
            # each KIND in turn, both checkouts one after the other: the load other processes put
            # on the machine changes less between the two runs than over a whole round
            for kind in kinds:
                for side in order:
                    for got_kind, rate in run(getattr(args, side), [kind], args.mb, args.fast_pass).items():
                        rates[side].setdefault(got_kind, []).append(rate)
            for side in order if path else ():
                for kind, rate in run_records(getattr(args, side), path).items():
                    rates[side].setdefault(kind, []).append(rate)
    how = f", each round its pass at quantile {args.fast_pass} of the pass times" if args.fast_pass else ""
    print(f"+normalize new, MB/s by CPU time (records import: records/s), median of {args.rounds} alternating rounds"
          + how)
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
