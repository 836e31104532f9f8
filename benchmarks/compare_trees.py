"""Two checkouts' outputs on the same documents, compared: the check that a speed change
altered nothing. Not a test (it needs two trees); reported, never asserted.

    python -m benchmarks.compare_trees BEFORE_DIR AFTER_DIR [--kinds bibtex listing_page ...] [--no-generated]

Each checkout runs, in a fresh Python with that checkout first on ``sys.path``, every
document of ``../shared`` (seeds and external, files up to 4 MB) and the documents the
tests' layout generators write (``tests.bibtex_layouts``, ``tests.seed_format_layouts``, the
listing pages of ``tests.test_listing_generalization``)
through ``detect``, ``extract``, ``normalize`` and ``identify``, and prints per document the
extractor's name, the rows (every column), the record errors and the rejects. Printed here:
how many documents each kind had, and every document whose output differs between the two
trees (the first differing row in full). ``--kinds``: only documents detected as these kinds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

_CHILD = r"""
import json, sys
from pathlib import Path
import extractors
from extractors import Draft, RecordError, UnknownFormat
from extractors.base import ExtractError
from normalizers.record import identify, normalize
from tests.conftest import EXTERNAL, SEEDS, make_doc

def docs(generated):
    for root in (SEEDS, EXTERNAL):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.stat().st_size <= 4_000_000:
                yield str(path.relative_to(root.parent)), path.read_bytes()
    if not generated:
        return
    from tests import bibtex_layouts, seed_format_layouts
    for layout, entries in bibtex_layouts.cases(EXTERNAL).items():
        yield f"generated/bibtex/{layout}", bibtex_layouts.render(layout, entries)[0].encode()
    for layout, (owner, entries) in seed_format_layouts.cases(EXTERNAL).items():
        yield f"generated/seed_format/{layout}", seed_format_layouts.render(layout, owner, entries)[0].encode()
    from tests import test_listing_generalization as lg
    for folder, pattern, kind, _, _ in lg.SOURCES:
        yield f"generated/listing/{folder}", lg.render(lg._metadata(folder, pattern, kind)).encode()

out = open(sys.argv[1], "w")
for name, data in docs(sys.argv[2] == "1"):
    doc = make_doc(data, uri="file://" + name)
    try:
        ex = extractors.detect(doc)
    except UnknownFormat as exc:
        out.write(json.dumps({"doc": name, "kind": None, "why": exc.reason}) + "\n")
        continue
    rows, errors = [], []
    try:
        for item in ex.extract(doc):
            if isinstance(item, Draft):
                try:
                    rows.append(normalize(item, doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=ex.name,
                                          extractor=ex.name, capture=doc.capture_date))
                except ValueError as exc:
                    errors.append(["reject", item.ordinal, str(exc)])
            else:
                errors.append([item.ordinal, item.reason, item.excerpt])
    except ExtractError as exc:
        errors.append(["extract error", exc.reason])
    out.write(json.dumps({"doc": name, "kind": ex.name, "rows": identify(rows, doc.source_uri), "errors": errors},
                         default=str, sort_keys=True) + "\n")
out.close()
"""


def run(root: str, path: str, generated: bool) -> dict[str, dict]:
    env = {**os.environ, "PYTHONPATH": os.path.abspath(root), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, "-c", _CHILD, path, "1" if generated else "0"], env=env,
                   cwd=os.path.abspath(root), check=True)
    with open(path) as fh:
        return {d["doc"]: d for d in map(json.loads, fh)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--kinds", nargs="*", default=None)
    ap.add_argument("--no-generated", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = run(args.before, os.path.join(tmp, "before.jsonl"), not args.no_generated)
        after = run(args.after, os.path.join(tmp, "after.jsonl"), not args.no_generated)
    kinds: Counter[str] = Counter()
    rows: Counter[str] = Counter()
    differ = []
    for name in sorted(before.keys() | after.keys()):
        b, a = before.get(name), after.get(name)
        kind = (b or a)["kind"] or "(unknown)"
        if args.kinds and kind not in args.kinds and (a or b)["kind"] not in args.kinds:
            continue
        kinds[kind] += 1
        rows[kind] += len((b or {}).get("rows") or [])
        if a != b:
            differ.append((name, b, a))
    print(f"{'kind':24} {'documents':>9} {'rows':>7}")
    for kind, n in sorted(kinds.items()):
        print(f"{kind:24} {n:9d} {rows[kind]:7d}")
    print(f"documents whose output differs: {len(differ)}")
    for name, b, a in differ:
        print(f"--- {name}")
        if not (a and b) or a.get("kind") != b.get("kind"):
            print(f"    kind {b and b.get('kind')} -> {a and a.get('kind')}")
            continue
        for rb, ra in zip(b["rows"], a["rows"]):
            if rb != ra:
                print("    before:", json.dumps({k: v for k, v in rb.items() if ra.get(k) != v}))
                print("    after: ", json.dumps({k: v for k, v in ra.items() if rb.get(k) != v}))
                break
        if len(b["rows"]) != len(a["rows"]) or b["errors"] != a["errors"]:
            print(f"    rows {len(b['rows'])} -> {len(a['rows'])}; errors {len(b['errors'])} -> {len(a['errors'])}")


if __name__ == "__main__":
    main()
