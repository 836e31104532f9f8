"""Structure-aware fuzzing of the real documents in ``../shared/external`` (issue #15): JSON
values swapped for other types, huge numbers and deep nesting; XML with out-of-range
character references, surrogates, stray control characters and cut elements; BibTeX and
CSV fields replaced by hostile values. Whatever the mutation, the per-document boundary
answers with records or rejects, never an exception, and every record fits the ``records``
table's types (so the run's commit cannot fail on it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import TABLES
from scholarlake.extraction import extract_document

from .conftest import EXTERNAL, make_doc

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAX_BYTES = 60_000  # a prefix of a long document is enough and keeps each example fast

HOSTILE_VALUES = [None, 0, -1, 2**31, 2**63, 1e30, float("inf"), "", "many", "²", "\u0085", "\ud800x", [], {},
                  {"text": "x"}, [None], "x" * 5000, True]
HOSTILE_TEXT = ["&#x110000;", "&#xD800;", "&#0;", "\u0085", "\x00", "\x0b", "]]>", "<![CDATA[", "</entry>",
                "&undefined;", "\ufeff", "{", "}", "@", "\"", ",", ";", "\n", "9" * 40, "²", "inf", "-1e309"]


def _files(folder: str, pattern: str) -> list[Path]:
    base = EXTERNAL / folder
    return sorted(p for p in base.rglob(pattern) if p.is_file()) if base.is_dir() else []


def _need(files: list[Path], what: str) -> list[Path]:
    if not files:
        pytest.skip(f"{what} not available: ../shared/external is absent")
    return files


def _check(data: bytes, uri: str = "mem://fuzzed") -> None:
    kind, records, rejects = extract_document(make_doc(data, uri))  # must not raise
    pa.Table.from_pylist(records, schema=TABLES["records"])  # every record fits the table
    for r in rejects:
        assert r["reason"] and r["stage"] in {"detect", "extract", "normalize", "schema", "limit", "identify"}


def _mutate_json(value, data, depth: int = 0):
    """Swap a few values for hostile ones, at any depth."""
    if isinstance(value, dict) and value:
        key = data.draw(st.sampled_from(sorted(value)))
        if data.draw(st.booleans()):
            return {**value, key: data.draw(st.sampled_from(HOSTILE_VALUES))}
        return {**value, key: _mutate_json(value[key], data, depth + 1)}
    if isinstance(value, list) and value:
        i = data.draw(st.integers(0, len(value) - 1))
        copy = list(value)
        copy[i] = _mutate_json(value[i], data, depth + 1) if depth < 6 else None
        return copy
    return data.draw(st.sampled_from(HOSTILE_VALUES))


@SETTINGS
@given(data=st.data())
def test_fuzzed_daily_papers_json(data):
    path = data.draw(st.sampled_from(_need(_files("hf_daily_papers", "*.json"), "daily-papers JSON")))
    doc = json.loads(path.read_text(encoding="utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        doc = _mutate_json(doc, data)
    text = json.dumps(doc, allow_nan=True)
    if data.draw(st.booleans()):  # bury it deep
        depth = data.draw(st.sampled_from([10, 1000, 50_000]))
        text = "[" * depth + text + "]" * depth
    _check(text.encode("utf-8", "surrogatepass"))


def _mutate_text(text: str, data) -> str:
    """Insert hostile fragments, cut the text, or drop a span, a few times."""
    for _ in range(data.draw(st.integers(1, 6))):
        if not text:
            break
        i = data.draw(st.integers(0, len(text) - 1))
        op = data.draw(st.sampled_from(["insert", "cut", "drop", "replace_value"]))
        if op == "insert":
            text = text[:i] + data.draw(st.sampled_from(HOSTILE_TEXT)) + text[i:]
        elif op == "cut":
            text = text[:i]
        elif op == "drop":
            text = text[:i] + text[i + data.draw(st.integers(1, 400)):]
        else:  # a field's value (between = { } or > <) replaced
            m = list(re.finditer(r"(?<=[>{=])[^<>{}\n]{1,80}(?=[<}\n])", text))
            if m:
                hit = m[data.draw(st.integers(0, len(m) - 1))]
                text = text[:hit.start()] + data.draw(st.sampled_from(HOSTILE_TEXT)) + text[hit.end():]
    return text


def _text_of(path: Path) -> str:
    return path.read_bytes()[:MAX_BYTES].decode("utf-8", "replace")


@pytest.mark.parametrize("folder,pattern", [
    ("arxiv/atom_api", "*.xml"),
    ("arxiv/oai_pmh_hepcrawl", "*.xml"),
    ("arxiv/abs_files_arxiv_browse", "*.abs"),
    ("bibtex", "*.bib"),
    ("sites", "*.bib"),
    ("sites", "*.html"),
    ("sites", "*.md"),
])
@SETTINGS
@given(data=st.data())
def test_fuzzed_real_text_documents(folder, pattern, data):
    files = _need(_files(folder, pattern), f"{folder}/{pattern}")
    path = data.draw(st.sampled_from(files[:200]))
    _check(_mutate_text(_text_of(path), data).encode("utf-8", "surrogatepass"), str(path))


@SETTINGS
@given(data=st.data())
def test_fuzzed_records_tables(data):
    """CSV cells replaced by hostile values: a bad cell rejects its row, never the file."""
    rows = [["id", "title", "authors", "venue", "year"],
            ["A1", "Sparse Things at Scale", "Ann Lee; Bo Chen", "ICML", "2024"],
            ["A2", "Dense Things", "Bo Chen", "", "2023"]]
    for _ in range(data.draw(st.integers(1, 5))):
        r = data.draw(st.integers(1, len(rows) - 1))
        c = data.draw(st.integers(0, 4))
        rows[r][c] = str(data.draw(st.sampled_from(HOSTILE_VALUES + HOSTILE_TEXT)))
    text = "\n".join(",".join(cell.replace(",", " ").replace("\n", " ") for cell in row) for row in rows)
    _check(text.encode("utf-8", "surrogatepass"))
