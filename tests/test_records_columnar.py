"""The records import built column by column (``normalizers.columnar``, what the extraction
worker runs) gives the same Arrow table and the same rejects as the row path
(``extract_document``: extract -> normalize -> identify, one dict per record), on generated
tables with messy values and on real tables."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unittest import mock

import scholarlake.extraction as extraction
from extractors import Document
from extractors.limits import Limits
from scholarlake.extraction import _work, extract_document, fit_schema

from .conftest import EXTERNAL, ROOT

ER = EXTERNAL / "er_benchmarks"


def both(data: bytes, uri: str = "mem://table.jsonl"):
    """(row path's kind, table, rejects), (the worker's): the worker's table in one chunk."""
    doc = Document("doc1", uri, data, datetime(2026, 1, 1, tzinfo=timezone.utc))
    kind, rows, rejects = extract_document(doc, "records")
    table, misfits = fit_schema(rows)
    assert not misfits  # extract_document drops them itself
    taken, arrow = [], []
    real, real_arrow = extraction._by_columns, extraction._by_arrow

    def spy(*args):
        taken.append(real(*args))
        return taken[-1]

    def spy_arrow(*args):
        arrow.append(real_arrow(*args))
        return arrow[-1]

    with mock.patch.object(extraction, "_by_columns", spy), mock.patch.object(extraction, "_by_arrow", spy_arrow):
        kind2, table2, rejects2 = _work(doc, "records", Limits(isolate=False))
    both.arrow = bool(arrow) and arrow[-1] is not None  # the table was built on Arrow's columns
    return (kind, table, rejects), (kind2, table2.combine_chunks(), rejects2), taken == [True]


def assert_same(data: bytes, uri: str = "mem://table.jsonl", by_columns: bool | None = True,
                by_arrow: bool | None = None) -> int:
    """The two paths agree; ``by_columns``: the worker built the table column by column
    (True), fell back to the row path for the whole document (False), either (None);
    ``by_arrow`` the same for the columns Arrow read (``normalizers.arrow_records``)."""
    (kind, table, rejects), (kind2, table2, rejects2), columnar = both(data, uri)
    if by_columns is not None:
        assert columnar == by_columns
    if by_arrow is not None:
        assert both.arrow == by_arrow
    assert kind2 == kind
    assert rejects2 == rejects
    assert table2.schema == table.schema
    for name in table.column_names:  # column by column, so that a failure names the column
        assert table2[name].to_pylist() == table[name].to_pylist(), name
    assert table2.equals(table)
    return table.num_rows


def jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def as_csv(rows: list[dict], columns: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


# Values as sources write them, and as they go wrong: names in three orders with particles,
# titles, initials and markup; venues long, short and with years; identifiers in the wrong
# column or in the text; years as numbers, strings, floats, "inf", out of range.
NAMES = ["Ann Lee", "Lee, Ann", "A. Lee", "van der Berg, Jan", "Dr. María José García-López", "JOHN SMITH",
         "Zoë O'Brien Jr.", "李 小龙", "Smith, J.", "b&#246;hm, max", "  ", "Fr\\'ed\\'eric Chopin", "de la Cruz",
         "Ajay Kumar Jaiswal*", "Ana Lee1", "Lee, Ann; Bo Chen", "ſtefan Kıng"]
TITLES = ["Deep Learning", "deep learning.", "Deep-Learning: A Survey", '"Quoted Title"', "Index Research (Panel Session)",
          "Ça marche", "Title with arXiv:2101.00001 inside", "See 10.1145/12345.678 and github.com/a/b", "  ", "",
          "Caf\u00e9 \u2028 line", "x" * 230, "\\textbf{Bold} $\\alpha$", "Mojibake: Ã©tude", "\x1arxiv:2101.00002",
          "tab\there", "gıthub.com/x/y", "Ends with arxiv.org/abs/2101.00003", "10.1000/ABC."]
VENUES = ["NeurIPS 2020", "Advances in Neural Information Processing Systems", "arXiv", "arXiv preprint arXiv:2012.12345",
          "Proc. ICML (ICML'19)", "Workshop on Graphs @ ICLR 2021", "SIGMOD Record", "J. Mach. Learn. Res.", "",
          "https://github.com/org/repo"]
YEARS = [2020, 1999, "2021", "2019.0", 2018.0, "inf", "nan", "c. 2005", "n.d.", 999, 3000, True, None, "", -1,
         "2020-05-01", 1e300]
# Persons as mappings (CSL, CFF, a plain name), one with no name (a reject), an acronym.
PERSONS = [{"family": "Lee", "given": "Ann"}, {"literal": "OECD"}, {"name": "Bo Chen"}, {"family": "SMITH", "given": "JOHN"},
           {"family-names": "Roe", "given-names": "Jo", "name-suffix": "Jr."}, {"x": 1}, {}, {"given": "Ann"}]
IDS = ["1", "abc", "", "dup", "dup", 7, 7.0, True, None, "src#2", "a/b"]
DOIS = ["10.1145/1234.5678", "https://doi.org/10.1000/XYZ", "not a doi", "", None]
ARXIV = ["2101.00001", "arXiv:2101.00001v2", "hep-th/9901001", "nonsense", "", None]
URLS = ["https://github.com/org/repo", "https://example.org/paper", "gitlab.com/a/b.git", "", None]

value = st.one_of
row_strategy = st.fixed_dictionaries(
    {},
    optional={
        "id": value(st.sampled_from(IDS), st.text(max_size=6)),
        "title": value(st.sampled_from(TITLES), st.text(max_size=40), st.integers(-5, 5), st.none()),
        "authors": value(st.lists(st.sampled_from(NAMES), max_size=5),
                         st.builds(", ".join, st.lists(st.sampled_from(NAMES), max_size=4)),
                         st.builds("; ".join, st.lists(st.sampled_from(NAMES), max_size=4)),
                         st.lists(value(st.sampled_from(NAMES), st.integers(0, 2), st.none()), max_size=3),
                         st.lists(value(st.sampled_from(NAMES), st.sampled_from(PERSONS)), max_size=3),
                         st.sampled_from(PERSONS), st.none(), st.text(max_size=20)),
        "venue": value(st.sampled_from(VENUES), st.none(), st.integers(0, 3)),
        "year": value(st.sampled_from(YEARS), st.integers(-10, 4000), st.floats(allow_nan=True), st.text(max_size=6)),
        "abstract": value(st.none(), st.text(max_size=60), st.sampled_from(TITLES)),
        "doi": value(st.sampled_from(DOIS), st.text(max_size=12)),
        "arxiv_id": st.sampled_from(ARXIV),
        "url": st.sampled_from(URLS),
        "Title": st.sampled_from(TITLES),  # one column twice, once in capitals
        "notes": value(st.sampled_from(TITLES + VENUES), st.dictionaries(st.sampled_from(["a", "b"]), st.integers()),
                       st.lists(st.integers(), max_size=2)),
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rows=st.lists(row_strategy, min_size=1, max_size=25), repeat=st.integers(1, 3),
       junk=st.lists(st.sampled_from(["", "not json", "[1, 2]", "{bad", " {\"title\": \"indented\"}",
                                      "{\"title\": \"x\"} trailing", "\ufeff{\"title\": \"bom\"}"]), max_size=3))
def test_generated_jsonl_tables_match_the_row_path(rows, repeat, junk):
    """Rows repeated (duplicate ids, values seen before), broken lines among them."""
    lines = [json.dumps(r, ensure_ascii=False) for r in rows * repeat]
    for i, line in enumerate(junk):
        lines.insert((7 * i) % (len(lines) + 1), line)
    assert_same(("\n".join(lines) + "\n").encode(), by_columns=None)


@settings(max_examples=300, deadline=None)
@given(row=row_strategy, ordinal=st.integers(1, 10))
def test_text_fields_are_the_drafts(row, ordinal):
    """``records_table.text_fields`` (what the Arrow path reads of a row whose text may hold
    an identifier) is its draft's, field for field, or the same reject."""
    from extractors import RecordError
    from extractors.records_table import TextFields, column_names, draft, text_fields

    names = column_names(tuple(row))
    entry, fields = draft(ordinal, row, names), text_fields(ordinal, row, names)
    if isinstance(entry, RecordError):
        assert fields == entry
    else:
        assert fields == TextFields(*(getattr(entry, name) for name in TextFields._fields))


# Values of one JSON type per column, as an export writes them: the tables Arrow reads.
# (line ends only ``str.splitlines`` knows are left to the Python rows: not generated here)
_LINE_ENDS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=_LINE_ENDS), max_size=30)
_TITLES = [t for t in TITLES if not set(_LINE_ENDS) & set(t)]
typed_row_strategy = st.fixed_dictionaries(
    {},
    optional={
        "id": value(st.sampled_from([i for i in IDS if isinstance(i, str)]), _text, st.none()),
        "title": value(st.sampled_from(_TITLES), _text, st.none()),
        "authors": value(st.lists(value(st.sampled_from(NAMES), _text), max_size=5), st.none()),
        "venue": value(st.sampled_from(VENUES), _text, st.none()),
        "year": value(st.sampled_from([2020, 1999, 999, 3000, -1, None]), st.integers(-10, 4000)),
        "abstract": value(st.none(), _text, st.sampled_from(_TITLES)),
        "doi": value(st.sampled_from(DOIS), _text),
        "arxiv_id": value(st.sampled_from(ARXIV), _text),
        "url": value(st.sampled_from(URLS), _text),
        "notes": value(st.sampled_from(_TITLES + VENUES), st.none()),
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rows=st.lists(typed_row_strategy, min_size=1, max_size=30), repeat=st.integers(1, 2),
       authors_as_text=st.booleans(), blank=st.booleans())
def test_typed_jsonl_tables_built_on_arrow_match_the_row_path(rows, repeat, authors_as_text, blank):
    """Tables whose columns each hold one JSON type are read by Arrow (``arrow_records``),
    and give what the row path gives: rejects, rows taken by the row path, "#n" keys."""
    if authors_as_text:
        for r in rows:
            if r.get("authors") is not None:
                r["authors"] = "; ".join(r["authors"])
    lines = [json.dumps(r, ensure_ascii=False) for r in rows * repeat]
    if blank:
        lines.insert(len(lines) // 2, "  ")
    # (rows without a single key are no table to Arrow: no columns, no rows)
    assert_same(("\n".join(lines) + "\n").encode(), by_arrow=True if any(rows) else None)


def test_documents_arrow_may_read_otherwise_take_the_python_rows():
    """A line with two objects, a line end only ``str.splitlines`` knows, a key twice, a
    float column, a list holding a null (which pyarrow 26 reads wrong): built from Python
    rows (``columnar``), the same as the row path."""
    for data in (b'{"authors": [null, "Ann Lee"], "title": "a"}\n', b'{"authors": ["Ann Lee", null], "title": "a"}\n',
                 b'{"title": "a", "year": 2020}\n{"title": "b", "year": "2021"}\n',
                 b'{"title": "a"} {"title": "b"}\n', '{"title": "a\u2028b"}\n'.encode(),
                 b'{"title": "a", "title": "b"}\n', b'{"title": "a", "year": 2020}\n{"title": "b", "year": 2020.5}\n',
                 b'{"title": "a"}\r{"title": "b"}\n', b'{"title": "a", "Title": "b"}\n'):
        assert_same(data, by_arrow=False)
    assert_same(b'{"title": "a"}\r\n{"title": "b"}\r\n', by_arrow=True)
    from extractors.limits import using
    from extractors.records_table import arrow_jsonl

    doc = Document("d", "mem://t.jsonl", b'{"title": "a"}\n{"title": "b"}\n', datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert arrow_jsonl(doc) is not None
    with using(Limits(rows=1)):  # over the row limit: the Python rows raise it as they always did
        assert arrow_jsonl(doc) is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(rows=st.lists(row_strategy, min_size=1, max_size=25))
def test_generated_csv_tables_match_the_row_path(rows):
    columns = ["id", "title", "authors", "venue", "year", "doi", "arxiv_id", "url", "abstract"]
    flat = [{k: ("; ".join(map(str, v)) if isinstance(v, list) else v) for k, v in r.items()} for r in rows]
    assert_same(as_csv(flat, columns), "mem://table.csv", by_columns=None)


def test_chunks_and_key_orders_match_the_row_path(monkeypatch):
    """Several chunks, rows whose keys come in different orders or are missing, an entry key
    seen again in a later chunk."""
    import normalizers.columnar as columnar

    monkeypatch.setattr(columnar, "CHUNK_ROWS", 7)
    rows = []
    for i in range(40):
        row = {"id": f"r{i % 13}", "title": TITLES[i % len(TITLES)] or "t", "authors": NAMES[i % 5], "year": 2000 + i % 3}
        if i % 4 == 1:
            row = dict(reversed(row.items()))
        if i % 6 == 2:
            del row["id"]
        if i % 9 == 4:
            row["url"] = URLS[0]
        rows.append(row)
    assert assert_same(jsonl(rows)) > 0


def test_many_chunks_and_slices_match_the_row_path(monkeypatch):
    """A JSON Lines table that Arrow reads in many chunks and builds in many slices
    (``arrow_records`` normalizes each distinct value of the whole table once and takes each
    slice's rows from them): the same names, venues and titles in several slices and
    chunks, authors as lists and as text, a reject and a code URL among them."""
    from extractors import records_table
    from normalizers import arrow_records

    monkeypatch.setattr(records_table, "JSON_BLOCK_BYTES", 1024)
    monkeypatch.setattr(arrow_records, "SLICE_ROWS", 7)
    for as_text in (False, True):
        rows = []
        for i in range(60):
            authors = [NAMES[(i * 3 + k) % 6] for k in range(1 + i % 3)]
            row = {"id": f"r{i % 50}", "title": _TITLES[i % 9] or "t", "authors": "; ".join(authors) if as_text else authors,
                   "venue": VENUES[i % 4], "year": 2000 + i % 5, "url": URLS[i % 4] if i % 5 == 1 else None}
            rows.append(row)
        data = jsonl(rows)
        assert len(data) > 5 * records_table.JSON_BLOCK_BYTES
        assert assert_same(data, by_arrow=True) > 0


def test_examples_match_the_row_path():
    assert assert_same((ROOT / "examples/records.csv").read_bytes(), "file://examples/records.csv") > 0


def _reader_tables() -> list[Path]:
    found = sorted(ER.glob("nocode_er_bench/*/table*.csv")) + sorted(ER.glob("pyjedai_ccer_*/[ad]*.csv"))
    if not found:
        pytest.skip(f"DBLP/ACM/Scholar tables not available: nothing under {ER} (../shared/external)")
    return found


def _read_any_csv(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8", errors="replace")
    delimiter = max(",%>;\t", key=text.split("\n", 1)[0].count)
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def test_dblp_acm_scholar_tables_match_the_row_path():
    """The ER benchmarks' DBLP, ACM and Scholar tables (real titles, names and venues), as the
    CSV they are and as JSON Lines with the year as a number."""
    for path in _reader_tables():
        rows = _read_any_csv(path)
        columns = list(rows[0])
        assert assert_same(as_csv(rows, columns), f"file://{path.name}") > 0, path
        for r in rows:
            try:
                r["year"] = float(r["year"]) if "." in (r.get("year") or "") else int(r["year"])
            except (TypeError, ValueError):
                pass
        assert assert_same(jsonl(rows), f"file://{path.stem}.jsonl") > 0, path


def test_deepmatcher_dirty_records_match_the_row_path():
    """Ditto's Dirty DBLP-ACM serialisations (``COL title VAL ...``): values in the wrong
    columns, empty fields, years as "1997.0"."""
    path = ER / "ditto_er_magellan/Dirty/DBLP-ACM/test.txt"
    if not path.exists():
        pytest.skip(f"Ditto DBLP-ACM not available: {path} is absent (../shared/external)")
    rows = []
    for n, line in enumerate(path.read_text().splitlines()):
        for side in line.split("\t")[:2]:
            fields = dict(re.findall(r"COL (\w+) VAL (.*?)(?= COL |$)", side))
            rows.append({"id": f"{n}", **{k: v.strip() for k, v in fields.items()}})
    assert assert_same(jsonl(rows)) > 0


def test_documents_the_columns_cannot_build_take_the_row_path():
    """A title the ``records`` table cannot hold (a lone surrogate: a schema reject), a value
    nested too deeply to read (the whole document rejected): the row path's answer."""
    surrogate = b'{"id": "1", "title": "ok"}\n{"id": "2", "title": "bad \\ud800"}\n'
    assert assert_same(surrogate, by_columns=False) == 1
    deep = b'{"id": "1", "title": "ok"}\n{"title": "x", "notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    assert assert_same(deep, by_columns=False) == 0


# title_key and clean_name's capitals check skip substitutions that cannot change their
# string; the functions as they were before the shortcuts, for comparison.
def _title_key_before(text):
    from normalizers import titles
    from normalizers.text import clean_text, fold

    key = fold(clean_text(text))
    if "(" in key or "[" in key:
        key = titles._BRACKETED.sub(titles._drop_genre_note, key)
    key = titles._JOINED.sub("", key)
    key = titles._NON_WORD.sub(" ", key).replace("_", " ")
    return re.sub(r"\s+", " ", key).strip()


def _capitalized_before(name):
    from nameparser import HumanName

    from normalizers.names import CAPITALS_NAME_LETTERS  # (the rule's threshold: the shortcuts must keep it)

    letters = [c for c in name if c.isalpha()]
    one_word = len(name.split()) == 1 and not set(".,") & set(name)  # a body's acronym ("OECD"): kept
    if letters and all(c.isupper() for c in letters) and len(letters) >= CAPITALS_NAME_LETTERS and not one_word:
        parsed = HumanName(name)
        parsed.capitalize(force=True)
        name = str(parsed)
    return re.sub(r"\s+", " ", name)


PIECES = list("abcXYZ -'’‐‑_()[]\t\u00a0\u2028\x1c.,:;ÉéßİıſK1230ⓐ†") + [
    "  ", "Panel Session", "Ann", "LEE", "van", "JOHN", "Dr.", "(Extended Abstract)"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=15).map("".join), st.text(max_size=30)))
def test_title_key_and_capitals_shortcuts_change_nothing(text):
    from normalizers.names import _capitalized
    from normalizers.titles import title_key

    assert title_key.__wrapped__(text) == _title_key_before(text)
    assert _capitalized(text) == _capitalized_before(text)


def _lines_by_split(data: bytes) -> tuple:
    """What ``records_table._Lines`` replaced: a Python call per line of ``data.split``."""
    lines = data.split(b"\n")
    starts, kept, at = [], [], 0
    for line in lines:
        starts.append(at)
        kept.append(bool(line.strip()))
        at += len(line) + 1
    return (max(line.count(b"[") for line in lines), max(line.count(b"{") for line in lines),
            [s for s, k in zip(starts, kept) if k], [s + len(x) for s, x, k in zip(starts, lines, kept) if k])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([b"\n", b" ", b"\t", b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x1e", b"[", b"{", b"}", b"a",
                                 b"\xc2\x85", b"\xc2", b"\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xe2\x80", b"\xe2",
                                 b"\xa9", b"\xe2\x80\x94", b'{"title": ["x"]}']), max_size=20).map(b"".join))
def test_line_positions_equal_split(data):
    """``arrow_jsonl``'s lines (positions, blank or not, most brackets in one line) and its
    test for other line ends, read by numpy over the bytes, are those of
    ``data.split(b"\\n")`` line by line and of ``in``."""
    from extractors.records_table import _OTHER_LINE_ENDS, _Lines

    lines = _Lines(data)
    kept = lines.not_blank()
    assert (lines.most(b"["), lines.most(b"{"), lines.starts[kept].tolist(), lines.ends[kept].tolist()) == \
        _lines_by_split(data)
    assert lines.other_line_end() == any(end in data for end in _OTHER_LINE_ENDS)


def test_worker_frames_carry_a_table_out_of_band_and_back():
    """What the worker sends (``extraction._frames``) reads back (``_read_frames``) as the
    same objects: a records table whose buffers went out of band, and a request of plain
    Python values (a document, no buffers)."""
    import pyarrow as pa

    from scholarlake.extraction import _frames, _read_frames

    doc = Document("d", "mem://x.jsonl", b'{"title": "A"}\n', datetime(2026, 1, 1, tzinfo=timezone.utc))
    _, table, rejects = _work(doc, "records", Limits(isolate=False))
    table = pa.concat_tables([table, table])
    for obj in (("records", table, rejects), (doc, "records", Limits(isolate=False))):
        frames = _frames(obj)
        stream = io.BytesIO(b"".join(bytes(f) for f in frames))

        def read(n: int) -> bytearray:
            got = bytearray(stream.read(n))
            assert len(got) == n
            return got

        back = _read_frames(read)
        assert stream.read() == b""
        if obj[0] == "records":
            assert len(frames) > 2  # the table's buffers went out of band
            assert back[0] == obj[0] and back[1].equals(obj[1]) and back[2] == obj[2]
        else:
            assert back == obj


@pytest.mark.parametrize("kept", [30, 40, 50])
def test_an_identifier_cut_by_the_rows_excerpt_is_not_taken_whole(kept):
    """``Draft.raw`` of a row is its JSON cut to 200 characters (``extractors.base.excerpt``):
    a code URL or DOI the cut runs through would be found as a shorter, wrong one. The whole
    values are searched instead, on both paths. ``kept``: characters of the URL before the cut."""
    url = "https://github.com/someone/a-rather-long-project-name"
    doi = "10.1234/journal.2021.567890"
    before_url = len('{"id": "r1", "title": "') + len('", "url": "')
    title = "A title " + "x" * (199 - kept - before_url - 8)
    row = {"id": "r1", "title": title, "url": url, "abstract": f"see doi:{doi} here"}
    data = (json.dumps(row) + "\n").encode()
    assert assert_same(data, by_columns=None) == 1
    (_, table, _), _, _ = both(data)
    got = table.to_pylist()[0]
    assert got["code_url"] == url
    assert got["doi"] == doi


def test_authors_written_as_mappings_are_read_by_name_or_rejected():
    """``records_table.split_author_field``: a person mapping (CSL given/family/literal, CFF's
    parts, name) gives its name, never "{'family': ...}"; one without a name rejects its row.
    Both paths agree (the columns leave such rows to the row path)."""
    rows = [{"id": "1", "title": "A", "year": 2020, "authors": [{"family": "Lee", "given": "Ann"}, {"literal": "OECD"}]},
            {"id": "2", "title": "B", "authors": {"family-names": "Roe", "given-names": "Jo"}},
            {"id": "3", "title": "C", "authors": ["Bo Chen", {"name": "Di Wu"}]},
            {"id": "4", "title": "D", "authors": [{"family": "Lee"}, {"note": "x"}]},
            {"id": "5", "title": "E", "authors": "Ann Lee; Bo Chen"}]
    data = jsonl(rows)
    assert assert_same(data, by_columns=True) == 4
    (_, table, rejects), _, _ = both(data)
    assert table["authors"].to_pylist() == [["Ann Lee", "OECD"], ["Jo Roe"], ["Bo Chen", "Di Wu"], ["Ann Lee", "Bo Chen"]]
    assert [(r["ordinal"], r["reason"]) for r in rejects] == [(4, 'author {"note": "x"} has no name')]
