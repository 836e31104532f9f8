"""The CLI as a newcomer meets it (#17): every command through the installed console script,
in a separate process, as a user types it. No traceback for a known mistake, the right exit
code, messages that name the file, the line and the reason."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warehouse import Lake

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCRIPT = Path(sys.executable).with_name("scholarlake")


def sl(*args, cwd: Path | None = None, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``scholarlake ARGS`` as a user runs it; never a traceback, whatever the outcome."""
    run_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    run_env.pop("SCHOLARLAKE_LAKE", None)
    done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=run_env,
                          timeout=timeout)
    assert "Traceback" not in done.stderr + done.stdout, done.stderr + done.stdout
    return done


@pytest.fixture(scope="module")
def example_lake(tmp_path_factory, examples_lake_factory) -> Path:
    """The examples ingested (the README's first command), shared by this module's tests."""
    return examples_lake_factory(tmp_path_factory.mktemp("examples") / "lake")


# --------------------------------------------------------------------------- config validation


def test_config_errors_name_the_line_and_key_of_every_problem(tmp_path):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text(
        '[limits]\nrows = -3\n\n'
        '[[sources]]\nname = "x"\nkind = "path"\npath = "a.txt"\nformat = "nonsense"\ncolour = "red"\n\n'
        '[[sources]]\nname = "ax"\nkind = "arxiv"\nid_list = "2306.03805"\nmin_intervall = 3\n\n'
        '[[sources]]\nname = "w"\nkind = "url"\nurl = "https://example.org/"\nrespect_robots = "false"\n\n'
        '[[sources]]\nkind = "bogus"\n')
    done = sl("run", "--config", cfg, "--lake", tmp_path / "lake")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    expected = {  # line number -> what the message must say
        2: "rows", 8: "format", 9: "unknown key 'colour'", 14: "id_list", 15: "unknown key 'min_intervall'",
        21: "respect_robots", 23: "kind must be one of",
    }
    for number, words in expected.items():
        assert any(f"cfg.toml:{number}:" in line and words in line for line in lines), (number, done.stderr)
    assert "[[sources]] #1 ('x')" in done.stderr  # Rich markup does not eat the table's brackets
    assert not (tmp_path / "lake").exists()  # nothing ran


def test_a_valid_config_still_loads_every_kind(tmp_path):
    from scholarlake.config import load_config

    cfg = tmp_path / "ok.toml"
    cfg.write_text(
        '[lake]\npath = "lk"\n[limits]\nseconds = 30\n'
        '[[sources]]\nname = "files"\npath = ["a/*.txt", "b.md"]\nformat = "cv"\n'
        '[[sources]]\nname = "ax"\nkind = "arxiv"\nid_list = ["2306.03805"]\nmin_interval = 3\n'
        '[[sources]]\nname = "oai"\nkind = "arxiv_oai"\nset = "cs"\n'
        '[[sources]]\nname = "w"\nkind = "url"\nurls = ["https://example.org/p.html"]\nrespect_robots = false\n'
        '[[sources]]\nname = "d"\nkind = "daily_papers"\n')
    c = load_config(cfg)
    assert [s.kind for s in c.sources] == ["path", "arxiv", "arxiv_oai", "url", "daily_papers"]
    assert c.sources[0].paths == [str(tmp_path / "a/*.txt"), str(tmp_path / "b.md")]
    assert c.sources[1].id_list == ("2306.03805",) and c.sources[1].min_interval == 3.0
    assert c.sources[3].respect_robots is False and c.sources[3].min_interval == 1.0
    assert c.sources[4].urls[0].startswith("https://huggingface.co/api/daily_papers")
    assert c.limits.seconds == 30.0 and c.lake == str(tmp_path / "lk")


# --------------------------------------------------------------------------- tracebacks, exit codes


def test_curation_file_missing_or_malformed_is_a_message(tmp_path):
    doc = EXAMPLES / "profile_page.txt"
    missing = sl("ingest", doc, "--curation", tmp_path / "nonexistent.csv", "--lake", tmp_path / "lake")
    assert missing.returncode == 2 and "nonexistent.csv: curation file not found" in missing.stderr
    bad = tmp_path / "cur.csv"
    bad.write_text("action,left,right\nmust_link,R1,R2\nmerge,R3,R4\n")
    malformed = sl("ingest", doc, "--curation", bad, "--lake", tmp_path / "lake")
    assert malformed.returncode == 2 and "cur.csv: line 3: action must be one of" in malformed.stderr


def test_curation_rows_naming_unknown_ids_are_reported(tmp_path, example_lake):
    cur = tmp_path / "cur.csv"
    cur.write_text("action,left,right\ncannot_link,R0000000000000000,W0000000000000000\n")
    done = sl("dedup", "--lake", example_lake, "--curation", cur)
    assert done.returncode == 0
    assert "cur.csv: line 2: 'R0000000000000000' is no record or work" in done.stderr
    assert "'W0000000000000000' is no record or work" in done.stderr


def test_wrong_kind_uses_nothing_and_says_so(tmp_path):
    lake = tmp_path / "lake"
    profile = EXAMPLES / "profile_page.txt"
    assert sl("ingest", profile, "--lake", lake).returncode == 0
    count = lambda: Lake(lake).connect().execute("select count(*) from records").fetchone()[0]  # noqa: E731
    good = count()
    done = sl("ingest", profile, "--kind", "listing_page", "--lake", lake)
    assert done.returncode == 1, done.stdout  # nothing usable: every entry rejected
    assert count() == good  # and the profile's good records stay
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n")
    pdf = sl("ingest", text, "--kind", "cv_pdf", "--lake", lake)
    assert pdf.returncode == 1 and "not a PDF" in pdf.stderr and "truncated" not in pdf.stderr


def test_file_names_with_brackets_are_printed_as_they_are(tmp_path):
    odd = tmp_path / "[bold]notes.txt"
    odd.write_text("nothing a scholar would publish\n")
    done = sl("ingest", odd, "--lake", tmp_path / "lake")
    assert done.returncode == 1 and "[bold]notes.txt" in done.stderr


def test_tables_and_query_on_a_missing_lake_fail_with_exit_2(tmp_path):
    for args in (("tables",), ("query", "select 1"), ("explain", "W1")):
        done = sl(*args, "--lake", tmp_path / "nowhere")
        assert done.returncode == 2 and "no lake here" in done.stderr, args


def test_offline_run_with_its_raw_copy_gone_is_a_reject_not_a_traceback(tmp_path):
    from .http_server import Answer, ScriptedServer

    page = (EXAMPLES / "listing_page.txt").read_bytes()
    with ScriptedServer(lambda req, n: Answer(page) if req.path == "/listing" else Answer(b"", 404)) as srv:
        cfg = tmp_path / "c.toml"
        cfg.write_text(f'[[sources]]\nname = "lab"\nkind = "url"\nurls = ["{srv.url}/listing"]\n'
                       'min_interval = 0.05\nallow_private_addresses = true\n')
        assert sl("run", "-c", cfg, "--lake", tmp_path / "lake").returncode == 0
    for f in (tmp_path / "lake" / "raw").glob("*/*"):
        f.unlink()
    done = sl("run", "-c", cfg, "--lake", tmp_path / "lake", "--offline")
    assert done.returncode == 1 and "offline, and the stored copy cannot be used" in done.stderr


# --------------------------------------------------------------------------- what a newcomer expects


def test_version_help_and_verbose_anywhere(example_lake):
    from importlib.metadata import version

    v = sl("--version")
    assert v.returncode == 0 and v.stdout.strip() == f"scholarlake {version('scholarlake')}"
    top = sl("--help").stdout
    from scholarlake.cli import app

    for command in app.registered_commands:
        assert f"  {command.callback.__name__}" in top, command.callback.__name__
    for command in ("run", "ingest", "query", "dedup", "sources"):
        assert "<bool>" not in sl(command, "--help").stdout
    after = sl("tables", "-v", "--lake", example_lake)
    before = sl("-v", "tables", "--lake", example_lake)
    assert after.returncode == before.returncode == 0 and after.stdout == before.stdout


def test_query_missing_table_names_the_lake_tables_not_duckdb_internals(example_lake):
    done = sl("query", "select * from work", "--lake", example_lake)
    assert done.returncode == 2
    assert "works" in done.stderr and "pg_" not in done.stderr and "Did you mean" not in done.stderr


def test_query_exports_csv_json_and_parquet(tmp_path, example_lake):
    sql = "select work_id, authors, year from works order by work_id"
    shown = sl("query", sql, "--format", "csv", "--lake", example_lake)
    rows = list(csv.DictReader(io.StringIO(shown.stdout)))
    assert rows and all(isinstance(json.loads(r["authors"]), list) for r in rows)
    multi = next(r for r in rows if len(json.loads(r["authors"])) > 1)
    assert "['" not in multi["authors"]  # JSON, not Python's repr
    out = tmp_path / "works.parquet"
    done = sl("query", sql, "--format", "parquet", "--output", out, "--lake", example_lake)
    assert done.returncode == 0 and f"{len(rows)} row(s) written" in done.stderr
    table = pq.read_table(out)
    assert table.num_rows == len(rows) and str(table.schema.field("authors").type).startswith("list")
    assert table.column("work_id").to_pylist() == [r["work_id"] for r in rows]
    js = tmp_path / "works.json"
    sl("query", sql, "-f", "json", "-o", js, "--lake", example_lake)
    assert [r["authors"] for r in json.loads(js.read_text())] == [json.loads(r["authors"]) for r in rows]
    no_file = sl("query", sql, "--format", "parquet", "--lake", example_lake)
    assert no_file.returncode == 2 and "--output" in no_file.stderr
    assert not list(tmp_path.glob(".*partial"))


def test_run_summary_says_how_works_changed_and_a_rerun_reads_nothing_again(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("profile_page.txt", "listing_page.txt"):
        (docs / name).write_bytes((EXAMPLES / name).read_bytes())
    lake = tmp_path / "lake"
    first = sl("ingest", docs, "--lake", lake)
    assert first.returncode == 0
    n_works = Lake(lake).connect().execute("select count(*) from works").fetchone()[0]
    assert f"works: {n_works} new, 0 merged into others, 0 changed, 0 removed, 0 unchanged" in first.stdout
    con = Lake(lake).connect()
    before = {t: con.execute(f"select * from {t} order by all").fetchall()
              for t in ("records", "works", "rejects", "raw_documents", "extractions")}
    con.close()
    again = sl("-v", "ingest", docs, "--lake", lake)
    assert again.returncode == 0
    assert again.stderr.count("not extracted again") == 2  # both documents: unchanged
    assert f"works: 0 new, 0 merged into others, 0 changed, 0 removed, {n_works} unchanged" in again.stdout
    con = Lake(lake).connect()
    assert {t: con.execute(f"select * from {t} order by all").fetchall() for t in before} == before
    # a changed document is read again, and only it
    (docs / "listing_page.txt").write_text((EXAMPLES / "listing_page.txt").read_text() + "\n")
    third = sl("-v", "ingest", docs, "--lake", lake)
    assert third.stderr.count("not extracted again") == 1


def test_sources_lists_ingested_files_without_a_config(tmp_path, example_lake):
    lake = tmp_path / "lake"
    assert sl("ingest", EXAMPLES / "profile_page.txt", "--lake", lake).returncode == 0
    done = sl("sources", "--lake", lake, cwd=tmp_path)  # no scholarlake.toml here
    assert done.returncode == 0
    line = next(line for line in done.stdout.splitlines() if "(ingest)" in line)
    n = Lake(lake).connect().execute("select count(*) from records").fetchone()[0]
    assert f" {n} " in line and "never" not in line


# --------------------------------------------------------------------------- survivorship as a reader sees it

OWN_BIB = """@inproceedings{liu2021selfish,
  title = {Selfish sparse rnn training},
  author = {Liu, Shiwei and Mocanu, Decebal Constantin and Pei, Yulong and Pechenizkiy, Mykola},
  booktitle = {International Conference on Machine Learning},
  year = {2021}
}
@inproceedings{jaiswal2023graph,
  title = {Graph Ladling: Embarrassingly Scalable and Efficient Training of Powerful GNNs via Data-Centric Model Averaging},
  author = {Jaiswal, Ajay and Liu, Shiwei and Chen, Tianlong and Ding, Ying and Wang, Zhangyang},
  booktitle = {International Conference on Machine Learning},
  year = {2023}
}
"""

OWN_CV = """CURRICULUM VITAE SHIWEI LIU

SHIWEI LIU

A short CV written for this test.

PUBLICATIONS

- [1] Ajay Jaiswal, **Shiwei Liu**, Tianlong Chen, Ying Ding, Zhangyang Wang. *Graph Laddling: Embarrassingly Scalable and Efficient Training of Powerful GNNs via Data-Centric Model Averaging*. International Conference on Machine Learning (ICML), 2023.
- [2] **Shiwei Liu**, Decebal Constantin Mocanu, Yulong Pei, Mykola Pechenizkiy. *Selfish Sparse RNN Training*. International Conference on Machine Learning (ICML), 2021.
"""


def test_canonical_titles_come_from_the_better_source_and_explain_says_why(tmp_path):
    (tmp_path / "papers.bib").write_text(OWN_BIB)
    (tmp_path / "cv.md").write_text(OWN_CV)
    lake = tmp_path / "lake"
    assert sl("ingest", tmp_path / "papers.bib", tmp_path / "cv.md", "--lake", lake).returncode == 0
    con = Lake(lake).connect()
    works = dict(con.execute("select title, work_id from works where n_records = 2").fetchall())
    con.close()
    ladling = "Graph Ladling: Embarrassingly Scalable and Efficient Training of Powerful GNNs via Data-Centric Model Averaging"
    assert set(works) == {ladling, "Selfish Sparse RNN Training"}, works  # the BibTeX wording, the CV's casing
    why = sl("explain", works["Selfish Sparse RNN Training"], "--lake", lake).stdout
    assert "(bibtex: a structured export" in why and "casing from" in why and "(cv_text)" in why
    assert "(bibtex" in sl("explain", works[ladling], "--lake", lake).stdout


def test_package_metadata_uses_the_spdx_license_string():
    """setuptools deprecated ``license = { text = ... }`` (a warning on every install); the
    PEP 639 form is an SPDX expression, which needs setuptools >= 77 to build."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert isinstance(project["project"]["license"], str) and project["project"]["license"] == "MIT"
    assert any(r.replace(" ", "").startswith("setuptools>=77") for r in project["build-system"]["requires"])
