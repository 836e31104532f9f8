"""Hostile and broken documents (issue #15): each is fed to ``scholarlake ingest`` next to a
good document. The run commits, the good document lands, and the hostile one ends as records
or rejects (never an exception, never a half run). The documents are built by
``benchmarks.hostile_inputs``, which also measures their time and memory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks.hostile_inputs import CASES, GOOD_CSV, GOOD_TITLE
from warehouse import Lake

# Cases whose document cannot be used at all: one document reject, and which stage says so.
WHOLE_DOCUMENT_REJECTS = {
    "json_nested_100k": ("detect", "no extractor recognises"),
    "parquet_10m_rows": ("limit", "rows, over the per-document limit"),
    "pdf_100k_pages": ("limit", "more than 200 pages"),
    "csv_1m_garbage_rows": ("limit", "rows, over the per-document limit"),
    "pdf_decompression_bomb": (None, None),  # a MemoryError in the parser or the watchdog: either way a reject
    "atom_charref_out_of_range": ("extract", "malformed XML"),
    "atom_charref_surrogate": ("extract", "malformed XML"),
}


def _ingest(cli, tmp_path: Path, files: list[Path]) -> tuple[Lake, str]:
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV)
    lake = Lake(tmp_path / "lake")
    result = cli("ingest", *files, good, "--lake", lake.root, ok=False)
    assert result.exit_code in (0, 3), result.output  # committed; 3 = some documents were rejected
    con = lake.connect()
    assert con.execute("select count(*) from records where title = ?", [GOOD_TITLE]).fetchone()[0] == 1
    runs = con.execute("select status, n_documents from runs").fetchall()
    assert len(runs) == 1 and runs[0][0] == ("partial" if result.exit_code == 3 else "ok")
    return lake, result.output


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_document_next_to_a_good_one(case, tmp_path, cli):
    hostile = case.build(tmp_path)
    lake, output = _ingest(cli, tmp_path, hostile)
    con = lake.connect()
    n_records, n_rejects = con.execute(
        "select (select count(*) from records where title <> ?), (select count(*) from rejects)", [GOOD_TITLE]).fetchone()
    assert n_records + n_rejects > 0, "the hostile document must be accounted for"
    if case.name in WHOLE_DOCUMENT_REJECTS:
        stage, reason = WHOLE_DOCUMENT_REJECTS[case.name]
        rows = con.execute("select source_uri, stage, reason from rejects where ordinal is null").fetchall()
        assert len(rows) == 1 and n_records == 0, rows
        uri, got_stage, got_reason = rows[0]
        assert uri == str(hostile[0]) and uri in output.replace("\n", "")
        if stage:
            assert got_stage == stage and reason in got_reason, rows[0]


def test_the_non_utf8_file_name_is_stored_readably(tmp_path, cli):
    case = next(c for c in CASES if c.name == "non_utf8_file_name")
    hostile = case.build(tmp_path)
    lake, _ = _ingest(cli, tmp_path, hostile)
    uris = [u for (u,) in lake.connect().execute("select distinct source_uri from records").fetchall()]
    assert any(u.endswith("notes-\\xff.csv") for u in uris), uris


def test_links_hidden_files_and_other_spellings_in_an_input_folder(tmp_path, cli):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text("id,title,authors,venue,year\nA1,Counted Once Only,Ann Lee,,2020\n")
    secret = tmp_path / "secret.csv"
    secret.write_text("id,title,authors,venue,year\nS1,Outside the Folder,Eve Doe,,2020\n")
    os.symlink(secret, folder / "link.csv")
    os.symlink(tmp_path, folder / "loop")  # a link to a folder (here, a cycle) is not descended
    (folder / ".hidden.csv").write_text("id,title,authors,venue,year\nH1,Hidden Row,Ann Lee,,2020\n")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.csv").write_text("id,title,authors,venue,year\nG1,Inside Git,Ann Lee,,2020\n")
    spellings = [folder, folder / "a.csv", Path(f"{folder}/./a.csv"), folder / ".." / "in" / "a.csv"]
    lake, output = _ingest(cli, tmp_path, spellings)
    con = lake.connect()
    titles = sorted(t for (t,) in con.execute("select title from records").fetchall())
    assert titles == ["Counted Once Only", GOOD_TITLE], "one file under four spellings is one document"
    reasons = dict(con.execute("select source_uri, reason from rejects").fetchall())
    assert "symbolic link" in reasons[str(folder / "link.csv")]
    assert "symbolic link" in reasons[str(folder / "loop")]
    assert "hidden" in reasons[str(folder / ".hidden.csv")] and "hidden" in reasons[str(folder / ".git")]
    assert "Outside the Folder" not in output and not any("secret" in u for u in reasons)


def test_the_summary_counts_what_the_tables_hold(tmp_path, cli):
    a = tmp_path / "a.csv"
    a.write_text("id,title,authors,venue,year\nA1,First Title,Ann Lee,,2020\nA2,Second Title,Bo Chen,,2021\n")
    twin = tmp_path / "twin.csv"
    twin.write_bytes(a.read_bytes())  # byte-identical, another source
    lake = Lake(tmp_path / "lake")
    out = cli("ingest", a, f"{tmp_path}/./a.csv", twin, "--lake", lake.root).output
    con = lake.connect()
    n_documents, n_records, seconds_write = con.execute(
        "select n_documents, n_records, seconds_write from runs").fetchone()
    assert (n_documents, n_records) == (2, 4) == (
        con.execute("select count(distinct source_uri), count(*) from records").fetchone())
    assert seconds_write is not None and seconds_write >= 0
    assert "│ 2 " in out and "│ 4 " in out


def test_brackets_in_names_and_messages_are_printed_as_they_are(tmp_path, cli):
    odd = tmp_path / "[bold]notes.txt"
    odd.write_text("shopping list\neggs\n")
    _, output = _ingest(cli, tmp_path, [odd])
    assert "[bold]notes.txt" in output.replace("\n", "")
