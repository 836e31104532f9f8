"""The same bytes give the same records in every process.

Re-running the same input must change nothing (README, the lake's guarantees), and a record's
content hash is computed from what the extractor read, so an extractor whose output depends
on the process (the hash seed's order of a ``set``, where the allocator put an object whose
``id()`` was used as a key) would make a re-run rewrite records that did not change. Until
2026-12-06 the HTML reader grouped list items by ``id()`` of lxml's proxies, which can be
reused once a proxy is freed: one generated page read two venues or none depending on the
process. Each check here extracts the same documents in two child processes with different
``PYTHONHASHSEED`` values and compares a digest of everything read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import EXTERNAL

ROOT = Path(__file__).resolve().parent.parent

# Run in a child: prints one digest per document of everything extract_document returned.
_CHILD = r"""
import hashlib, json, sys
from pathlib import Path
from scholarlake.extraction import extract_document
from tests.conftest import EXTERNAL, make_doc

def emit(name, data):
    kind, records, rejects = extract_document(make_doc(data, name))
    blob = json.dumps([kind, records, rejects], sort_keys=True, default=str).encode()
    print(name, hashlib.sha256(blob).hexdigest())

for path in sorted(Path("examples").iterdir()):
    if path.is_file() and path.suffix != ".csv" and path.name != "README.md":
        emit(str(path), path.read_bytes())
if EXTERNAL.is_dir():
    from tests import cv_layouts, html_layouts
    from tests.test_html_layouts import PER_PAGE
    from tests.test_markdown_layouts import _cases as markdown_cases, read_files
    for layout, pages in sorted(cv_layouts.page_cases(EXTERNAL, html_layouts.LAYOUTS, "html-layouts", PER_PAGE).items()):
        for i, (owner, entries) in enumerate(pages):
            emit(f"https://example.org/{layout}/{i}.html", html_layouts.render(layout, entries, owner, i))
    for layout, pages in sorted(markdown_cases().items()):
        for i, (owner, entries) in enumerate(pages):
            got = read_files(layout, owner, entries, i)
            print(f"{layout}/{i}.md", hashlib.sha256(json.dumps(got, sort_keys=True, default=str).encode()).hexdigest())
"""


def _digests(seed: int) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout
    return dict(line.rsplit(" ", 1) for line in out.splitlines() if line.strip())


def test_extraction_is_the_same_in_every_process():
    """The examples (and, with ``../shared``, every generated HTML and markdown layout page)
    read the same under three hash seeds."""
    runs = [_digests(seed) for seed in (0, 1, 2)]
    assert len(runs[0]) >= (70 if EXTERNAL.is_dir() else 4), sorted(runs[0])
    differing = sorted(name for name in runs[0] if len({run.get(name) for run in runs}) > 1)
    assert not differing, differing
