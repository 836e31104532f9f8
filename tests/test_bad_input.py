"""Bad input: a clear message naming the file and the reason, a rejects row, and the run
goes on with the other files. Nothing accepted is lost."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq

from warehouse import Lake

GOOD_CSV = "id,title,authors,venue,year\nA1,Sparse Things at Scale,Ann Lee; Bo Chen,ICML,2024\nA2,Dense Things,Bo Chen,,2023\n"


def test_bad_files_are_rejected_and_the_rest_loads(tmp_path, cli):
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    unknown = tmp_path / "notes.txt"
    unknown.write_text("shopping list\neggs\nmilk\n")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("id,title,authors,venue,year\nB1,Caf\xe9 Networks,Zo\xeb Li,,2021\n".encode("latin-1"))
    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["P1"], "title": ["Parquet Things"], "year": [2020]}), buf)
    truncated = tmp_path / "cut.parquet"
    truncated.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    missing = tmp_path / "missing.txt"
    bad_rows = tmp_path / "rows.csv"
    bad_rows.write_text("id,title,authors,venue,year\nC1,,Ann Lee,,2020\nC2,Fine Row,Ann Lee,,2020\n")

    lake_dir = tmp_path / "lake"
    files = [good, empty, binary, unknown, latin1, truncated, missing, bad_rows]
    result = cli("ingest", *files, "--lake", lake_dir, code=3)  # 3: committed, with rejects
    out = result.output
    for f, reason in [(empty, "empty file"), (binary, "binary content"), (unknown, "no extractor recognises"),
                      (latin1, "not valid UTF-8"), (truncated, "Parquet"), (missing, "no such file"),
                      (bad_rows, "row has no title")]:
        assert str(f) in out.replace("\n", "") or f.name in out, f
        assert reason in out, reason

    con = Lake(lake_dir).connect()
    rejects = dict(con.execute("select source_uri, stage from rejects where ordinal is null").fetchall())
    assert rejects == {str(empty): "detect", str(binary): "detect", str(unknown): "detect",
                       str(latin1): "extract", str(truncated): "extract", str(missing): "read"}
    assert con.execute("select title from records order by title").fetchall() == [
        ("Dense Things",), ("Fine Row",), ("Sparse Things at Scale",)]
    # every readable input is accounted for in raw_documents, with its bytes kept
    assert con.execute("select count(*) from raw_documents").fetchall() == [(7,)]
    row = con.execute("select ordinal, stage, reason from rejects where source_uri = ? and ordinal is not null",
                      [str(bad_rows)]).fetchall()
    assert row == [(1, "extract", "row has no title")]
    assert con.execute("select status, n_rejects from runs").fetchall() == [("partial", 7)]


def test_all_inputs_bad_exits_nonzero(tmp_path, cli):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    result = cli("ingest", f, "--lake", tmp_path / "lake", ok=False)
    assert result.exit_code == 1


def test_fixing_a_missing_file_clears_its_reject(tmp_path, cli):
    f = tmp_path / "later.csv"
    cli("ingest", f, "--lake", tmp_path / "lake", ok=False)
    f.write_text(GOOD_CSV)
    cli("ingest", f, "--lake", tmp_path / "lake")
    con = Lake(tmp_path / "lake").connect()
    assert con.execute("select count(*) from rejects").fetchall() == [(0,)]


def test_usage_errors(tmp_path, cli):
    r = cli("ingest", tmp_path / "x.txt", "--kind", "nonsense", ok=False)
    assert r.exit_code == 2 and "unknown kind 'nonsense'" in r.output
    r = cli("query", "select 1", "--lake", tmp_path / "nowhere", ok=False)
    assert r.exit_code == 2 and "no lake here" in r.output
    Lake(tmp_path / "lake").init()
    r = cli("query", "select * from no_such_table", "--lake", tmp_path / "lake", ok=False)
    assert r.exit_code == 2 and "query failed" in r.output
    r = cli("run", "--config", tmp_path / "absent.toml", ok=False)
    assert r.exit_code == 2 and "config file not found" in r.output


def test_a_year_of_inf_or_nan_rejects_that_row_only(tmp_path, cli):
    table = tmp_path / "t.csv"
    table.write_text("id,title,authors,venue,year\na,Good Paper One,Ann Lee,ICML,2020\n"
                     "b,Bad Year Paper,Bo Xu,ICML,inf\nc,Other Bad Year,Cy Wu,ICML,nan\n")
    r = cli("ingest", table, "--lake", tmp_path / "lake", ok=False)
    assert r.exit_code == 3
    con = Lake(tmp_path / "lake").connect()
    assert con.execute("select title from records").fetchall() == [("Good Paper One",)]
    assert sorted(x for (x,) in con.execute("select ordinal from rejects").fetchall()) == [2, 3]
