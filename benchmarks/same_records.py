"""Whether two checkouts read the text formats (HTML, markdown, CV text, listing and profile
pages) to exactly the same records: the check of a change meant to make a reader faster
without changing what it reads. Not a test
(it needs two checkouts); prints the documents whose output differs, and exits 1 if any does.

    python -m benchmarks.same_records BEFORE_DIR AFTER_DIR

Read in each checkout by a fresh Python with that checkout first on ``sys.path``: every HTML
and markdown document under ``../shared/external`` (the sites' pages, the CVs' HTML pages),
the seeds, the project's examples, every generated HTML and markdown layout page
(``tests.html_layouts``, ``tests.markdown_layouts``, the pages the layout tests score), the
HTML probes (``tests.html_probes``), the seed formats' generated layouts
(``tests.seed_format_layouts``: listing, profile, daily and CV-text pages) and the CV-text
probes (``tests.test_cv_text_probes``). Everything ``extract_document`` returns is compared:
the detected kind, every record's fields, every reject.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

_CHILD = r"""
import hashlib, json, sys
from pathlib import Path
from scholarlake.extraction import extract_document
from tests.conftest import EXTERNAL, SEEDS, make_doc

out = {}

def emit(name, data):
    got = extract_document(make_doc(data, name))
    out[name] = json.dumps(got, sort_keys=True, default=str)

suffixes = {".html", ".htm", ".md", ".markdown", ".qmd"}
for path in sorted(EXTERNAL.rglob("*")):
    if path.is_file() and path.suffix.lower() in suffixes:
        emit(str(path.relative_to(EXTERNAL)), path.read_bytes())
for path in sorted(SEEDS.glob("*.txt")):
    emit(str(path.name), path.read_bytes())
for path in sorted(Path("examples").iterdir()):
    if path.suffix in {".txt", ".md"} and path.name != "README.md":
        emit(f"examples/{path.name}", path.read_bytes())
from tests import html_probes, seed_format_layouts as sfl, test_cv_text_probes as cv_probes
for name, probe in sorted(html_probes.PROBES.items()):
    emit(f"html_probes/{name}.html", probe()[0].encode())
for layout, (owner, entries) in sorted(sfl.cases(EXTERNAL).items()):
    emit(f"seed_format_layouts/{layout}.txt", sfl.render(layout, owner, entries)[0].encode())
for name, text in sorted(vars(cv_probes).items()):
    if name.isupper() and isinstance(text, str) and "\n" in text:
        emit(f"cv_text_probes/{name}.txt", text.encode())
from tests import cv_layouts, html_layouts
from tests.test_html_layouts import PER_PAGE
from tests.test_markdown_layouts import _cases as markdown_cases, read_files
for layout, pages in sorted(cv_layouts.page_cases(EXTERNAL, html_layouts.LAYOUTS, "html-layouts", PER_PAGE).items()):
    for i, (owner, entries) in enumerate(pages):
        emit(f"https://example.org/{layout}/{i}.html", html_layouts.render(layout, entries, owner, i))
for layout, pages in sorted(markdown_cases().items()):
    for i, (owner, entries) in enumerate(pages):
        out[f"{layout}/{i}.md"] = json.dumps(read_files(layout, owner, entries, i), sort_keys=True, default=str)
json.dump(out, open(sys.argv[1], "w"))
"""


def read_all(root: str, dest: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": os.path.abspath(root)}
    subprocess.run([sys.executable, "-c", _CHILD, dest], env=env, cwd=os.path.abspath(root), check=True)
    with open(dest) as f:
        return json.load(f)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--out", default="/tmp", help="where the two outputs are written (JSON)")
    args = ap.parse_args()
    got = [read_all(root, os.path.join(args.out, f"same_records_{k}.json"))
           for k, root in (("before", args.before), ("after", args.after))]
    names = sorted(set(got[0]) | set(got[1]))
    differing = [n for n in names if got[0].get(n) != got[1].get(n)]
    records = [sum(len(json.loads(v)[1]) for v in side.values()) for side in got]
    rejects = [sum(len(json.loads(v)[2]) for v in side.values()) for side in got]
    print(f"{len(names)} documents; records before / after: {records[0]} / {records[1]}, rejects "
          f"{rejects[0]} / {rejects[1]}; {len(differing)} documents differ")
    for n in differing:
        print("  differs:", n)
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
