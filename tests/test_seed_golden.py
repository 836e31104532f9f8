"""Every record of the five seeds, every field, against golden files a person checked.

``tests/golden/seeds/<seed>.jsonl`` holds one JSON object per record of the seed, in
document order, with the fields that seed's format carries, written from reading the
document itself (facts only: titles, names, years, venues, numbers; never abstracts). The
test extracts the seed and reports every field that differs, record by record.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SEED_FILES, make_doc, seed_path
from .test_extractors import drafts

GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds"

# The fields each format carries. The CV's entry number (``[N]``) rides along so that a
# failure names the entry as the CV numbers it.
FIELDS = {
    "profile": ("title", "record_type", "year", "venue"),
    "listing": ("title", "authors", "authors_truncated", "date_text", "category", "score", "has_code"),
    "cv": ("source_record_id", "title", "authors", "year", "venue", "record_type"),
    "daily_a": ("title", "author_count", "authors_truncated", "org", "date_text", "upvotes"),
    "daily_b": ("title", "author_count", "authors_truncated", "org", "date_text", "upvotes"),
}
KIND = {"profile": "profile_page", "listing": "listing_page", "cv": "cv_text",
        "daily_a": "daily_papers", "daily_b": "daily_papers"}
# Golden values the extractors do not reach yet: (seed, ordinal, field) -> reason. Such a
# case xfails with its reason; it fails once the extractor gets it right, so that the entry
# is removed here.
KNOWN_WRONG: dict[tuple[str, int, str], str] = {}


def load_golden(seed: str) -> list[dict]:
    path = GOLDEN / f"{seed}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, row in enumerate(rows, start=1):
        assert tuple(row) == FIELDS[seed], f"{path.name} record {i}: fields {list(row)}, expected {list(FIELDS[seed])}"
    return rows


def _short(value, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(want, value) -> str:
    """For two strings, the position of their first difference."""
    if not (isinstance(want, str) and isinstance(value, str)):
        return ""
    at = next((i for i, (a, b) in enumerate(zip(want, value)) if a != b), min(len(want), len(value)))
    return f"  (first difference at character {at}: {want[at:at + 12]!r} vs {value[at:at + 12]!r})"


def diff_records(seed: str, expected: list[dict], got: list) -> list[tuple[int, str, object, object]]:
    """(ordinal, field, expected, got) for every field that differs; a missing or extra
    record is one row with field ``<record>``."""
    out = []
    for ordinal in range(1, max(len(expected), len(got)) + 1):
        want = expected[ordinal - 1] if ordinal <= len(expected) else None
        draft = got[ordinal - 1] if ordinal <= len(got) else None
        if want is None or draft is None:
            out.append((ordinal, "<record>", want and want["title"], draft and draft.title))
            continue
        for field in FIELDS[seed]:
            value = getattr(draft, field)
            if value != want[field]:
                out.append((ordinal, field, want[field], value))
    return out


def render(seed: str, rows, expected: list[dict]) -> str:
    lines = [f"{SEED_FILES[seed]} ({seed}): {len(rows)} field(s) differ from tests/golden/seeds/{seed}.jsonl"]
    for ordinal, field, want, value in rows:
        title = expected[ordinal - 1]["title"] if ordinal <= len(expected) else "(no golden record)"
        pad = " " * len(field)
        lines.append(f"  #{ordinal} {_short(title)}\n      {field}: expected {want!r}\n"
                     f"      {pad}  got      {value!r}{_where(want, value)}")
    return "\n".join(lines)


@pytest.mark.parametrize("seed", list(FIELDS))
def test_seed_matches_golden(seed):
    expected = load_golden(seed)
    name, got, errors = drafts(make_doc(seed_path(seed).read_bytes()))
    assert name == KIND[seed]
    assert not errors, f"{seed}: entries rejected: " + "; ".join(f"#{e.ordinal} {e.reason}" for e in errors)
    assert [d.ordinal for d in got] == list(range(1, len(got) + 1))
    rows = diff_records(seed, expected, got)
    known = {key: why for key, why in KNOWN_WRONG.items() if key[0] == seed}
    fixed = [key for key in known if not any((r[0], r[1]) == key[1:] for r in rows)]
    assert not fixed, f"known-wrong cases now extract right, remove them from KNOWN_WRONG: {fixed}"
    unexpected = [r for r in rows if (seed, r[0], r[1]) not in known]
    if unexpected:
        pytest.fail(render(seed, unexpected, expected), pytrace=False)
    if rows:
        pytest.xfail("; ".join(sorted(set(known.values()))))


def test_golden_files_hold_facts_only():
    """No prose from the documents: every string is a short fact (a title, a name, a venue)."""
    for seed in FIELDS:
        for i, row in enumerate(load_golden(seed), start=1):
            for field, value in row.items():
                for text in value if isinstance(value, list) else [value]:
                    assert not isinstance(text, str) or len(text) <= 160, f"{seed} #{i} {field} is long: prose?"


def test_diff_names_record_field_expected_and_got():
    class D:  # a stand-in draft
        ordinal, title, record_type, year, venue = 1, "A Title", "preprint", 2024, "arXiv"

    expected = [{"title": "A Title", "record_type": "preprint", "year": 2023, "venue": "arXiv"},
                {"title": "Second", "record_type": "preprint", "year": 2020, "venue": "arXiv"}]
    rows = diff_records("profile", expected, [D()])
    assert rows == [(1, "year", 2023, 2024), (2, "<record>", "Second", None)]
    text = render("profile", rows, expected)
    assert "#1 A Title" in text and "year: expected 2023" in text and "got      2024" in text
