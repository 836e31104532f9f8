"""Whether two checkouts' extraction workers build the same ``records`` tables from the same
records files (CSV, JSON Lines, Parquet): the check of a change to the column-by-column
import (``normalizers.columnar``, ``normalizers.arrow_records``) meant to make it faster
without changing what it builds. Not a test (it needs two checkouts); prints the files whose
table or rejects differ, and exits 1 if any does.

    python -m benchmarks.same_tables BEFORE_DIR AFTER_DIR FILE ... [--slice-rows 997]

Each checkout runs, in a fresh Python with that checkout first on ``sys.path``, what the
worker runs on each file (``extraction._work`` with ``--kind records``, in this process) and
writes the table as Arrow IPC; the tables are compared column for column with their schema,
the rejects as Python values. ``--slice-rows``: also with the Arrow path's slices (and the
row chunks of ``columnar``) that many rows, so that a small file is built in several.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

_CHILD = r"""
import hashlib, sys
from datetime import datetime, timezone
from pathlib import Path
import pyarrow as pa
from extractors import Document
from extractors.limits import Limits
from scholarlake.extraction import _work
rows = int(sys.argv[2])
if rows:
    import normalizers.arrow_records as arrow_records, normalizers.columnar as columnar
    arrow_records.SLICE_ROWS = columnar.CHUNK_ROWS = rows
out = Path(sys.argv[1])
for k, name in enumerate(sys.argv[3:]):
    data = Path(name).read_bytes()
    doc = Document(hashlib.sha256(data).hexdigest(), "file://" + name, data, datetime(2026, 1, 1, tzinfo=timezone.utc))
    kind, table, rejects = _work(doc, "records", Limits(isolate=False))
    with pa.OSFile(str(out / f"{k}.arrow"), "wb") as f, pa.ipc.new_file(f, table.schema) as w:
        w.write_table(table)
    (out / f"{k}.rejects").write_text(repr((kind, rejects)))
"""


def build(root: str, dest: str, files: list[str], rows: int) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": os.path.abspath(root)}
    subprocess.run([sys.executable, "-c", _CHILD, dest, str(rows), *map(os.path.abspath, files)], env=env,
                   cwd=os.path.abspath(root), check=True)


def main() -> None:
    import pyarrow as pa

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--slice-rows", type=int, default=0, help="also build in slices of this many rows")
    args = ap.parse_intermixed_args()
    differing, total = [], 0
    for rows in sorted({0, args.slice_rows}):
        with tempfile.TemporaryDirectory() as before, tempfile.TemporaryDirectory() as after:
            build(args.before, before, args.files, rows)
            build(args.after, after, args.files, rows)
            for k, name in enumerate(args.files):
                a = pa.ipc.open_file(os.path.join(before, f"{k}.arrow")).read_all().combine_chunks()
                b = pa.ipc.open_file(os.path.join(after, f"{k}.arrow")).read_all().combine_chunks()
                with open(os.path.join(before, f"{k}.rejects")) as fa, open(os.path.join(after, f"{k}.rejects")) as fb:
                    same_rejects = fa.read() == fb.read()
                total += a.num_rows
                if not (a.schema == b.schema and a.equals(b) and same_rejects):
                    differing.append(f"{name} (slices of {rows or 'the default'} rows)")
    print(f"{len(args.files)} files, built {2 if args.slice_rows else 1} ways, {total} rows before; "
          f"{len(differing)} differ")
    for name in differing:
        print("  differs:", name)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
