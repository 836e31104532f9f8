"""One current version of every record (issue #13): a source that changed leaves exactly its
new version's records current, unchanged entries keep their ids and rows, and the lake
answers like a fresh lake that only ever saw the new version. Checked for every kind of
source: a path, a URL, an arXiv harvest and a records table."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from scholarlake.arxiv import Harvest
from scholarlake.http import HttpClient
from scholarlake.pipeline import dedup
from scholarlake.web import fetch_page
from warehouse import Lake

from .http_server import Answer, ScriptedServer
from .test_arxiv_fetch import PAPERS, atom

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# An entry this test invents for the top of the listing page (our own words).
NEW_ENTRY = [
    "LGNov 2, 2026",
    "Pruning Twice: When Sparse Models Forget What They LearnedNora Vey, Omar Quist",
    "A made-up study for this test: pruning a model that was already pruned removes the weights that held its rarest skills first.",
]


def listing_v2() -> str:
    """The example listing with a new entry at the top (every ordinal shifts), the second
    entry removed, and the abstract of the third one reworded (same entry, new content)."""
    lines = (EXAMPLES / "listing_page.txt").read_text(encoding="utf-8").split("\n")
    entries = [lines[i:i + 3] for i in range(0, len(lines) - 2, 3)]
    entries[2][2] = entries[2][2] + " This sentence was added by the test."
    return "\n".join(sum([NEW_ENTRY, *[e for i, e in enumerate(entries) if i != 1]], [])) + "\n"


def state(lake: Lake) -> dict:
    con = lake.connect()
    return {
        "records": sorted(con.execute("select record_id, source_uri, title, content_hash from records").fetchall()),
        "works": sorted(con.execute("select title, n_records, n_sources from works").fetchall()),
        "multi_source": con.execute("select count(*) from works where n_sources > 1").fetchone()[0],
        "records_per_uri": dict(con.execute("select source_uri, count(*) from records group by 1").fetchall()),
    }


def rows_by_id(lake: Lake) -> dict[str, dict]:
    return {r["record_id"]: r for r in lake.read("records").to_pylist()}


def test_a_changed_file_leaves_only_its_new_version(tmp_path, cli):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    listing, profile = inbox / "listing.txt", inbox / "profile.txt"
    shutil.copy(EXAMPLES / "listing_page.txt", listing)
    shutil.copy(EXAMPLES / "profile_page.txt", profile)
    lake = Lake(tmp_path / "lake")
    cli("ingest", listing, profile, "--lake", lake.root)
    before = rows_by_id(lake)
    old_listing = {k: r for k, r in before.items() if r["source_uri"] == str(listing)}
    assert len(old_listing) == 8
    (first_run,) = lake.connect().execute("select run_id from runs").fetchone()

    listing.write_text(listing_v2(), encoding="utf-8")
    cli("ingest", listing, "--lake", lake.root)
    after = rows_by_id(lake)
    new_listing = {k: r for k, r in after.items() if r["source_uri"] == str(listing)}
    assert len(new_listing) == 8  # 8 - 1 removed + 1 added: no doubling
    titles_before = {r["title"]: k for k, r in old_listing.items()}
    titles_after = {r["title"]: k for k, r in new_listing.items()}
    removed = set(titles_before) - set(titles_after)
    added = set(titles_after) - set(titles_before)
    assert len(removed) == 1 and len(added) == 1 and next(iter(added)).startswith("Pruning Twice")
    for title in set(titles_before) & set(titles_after):
        rid = titles_before[title]
        assert titles_after[title] == rid  # the same entry keeps its id though every ordinal moved
        old, new = before[rid], after[rid]
        if old["abstract"] == new["abstract"]:
            assert new["doc_id"] == old["doc_id"] and new["content_hash"] == old["content_hash"]  # row kept
        else:
            assert new["doc_id"] != old["doc_id"] and "added by the test" in new["abstract"]  # updated
    assert sum(before[r]["abstract"] != after[r]["abstract"] for r in set(before) & set(after)) == 1

    # Time travel, as the README shows it: the records as the first run left them.
    sql = "select record_id from records order by 1"
    out = cli("query", sql, "--as-of", first_run, "--lake", lake.root, "--format", "csv").stdout.split()[1:]
    assert out == sorted(before)
    snaps = {s.message: s.snapshot_id for s in lake.snapshots()}
    con = lake.connect()
    changes = con.execute(f"select change_type, title from ducklake_table_changes('lake', 'main', 'records', "
                          f"{snaps[first_run] + 1}, {max(snaps.values())}) order by all").fetchall()
    assert {t for c, t in changes if c == "insert"} == added | {before[k]["title"] for k in before
                                                              if k in after and before[k]["abstract"] != after[k]["abstract"]}
    assert {t for c, t in changes if c == "delete"} - {t for c, t in changes if c == "insert"} == removed

    # The lake answers as a fresh lake that only ever saw the new version.
    fresh = Lake(tmp_path / "fresh")
    cli("ingest", listing, profile, "--lake", fresh.root)
    assert state(lake) == state(fresh)


def test_a_failed_read_never_replaces_good_records(tmp_path, cli):
    profile = tmp_path / "profile.txt"
    shutil.copy(EXAMPLES / "profile_page.txt", profile)
    lake = Lake(tmp_path / "lake")
    cli("ingest", profile, "--lake", lake.root)
    good = state(lake)
    r = cli("ingest", profile, "--kind", "cv_pdf", "--lake", lake.root, ok=False)
    assert r.exit_code == 1
    assert state(lake)["records"] == good["records"]
    con = lake.connect()
    assert con.execute("select count(*) from rejects where source_uri = ?", [str(profile)]).fetchone()[0] == 1
    profile.unlink()  # gone from disk: a read reject, and the records it had stay
    cli("ingest", profile, "--lake", lake.root, ok=False)
    assert state(lake)["records"] == good["records"]


def test_capture_date_is_when_the_lake_first_saw_the_bytes(tmp_path, cli):
    listing = tmp_path / "listing.txt"
    shutil.copy(EXAMPLES / "listing_page.txt", listing)  # has an undated entry, "Jun 3"
    lake = Lake(tmp_path / "lake")
    cli("ingest", listing, "--lake", lake.root)
    before = lake.read("records").to_pylist(), lake.read("raw_documents").to_pylist()
    os.utime(listing, (978_307_200, 978_307_200))  # mtime 2001-01-01: a checkout or a touch
    cli("ingest", listing, "--lake", lake.root)
    assert (lake.read("records").to_pylist(), lake.read("raw_documents").to_pylist()) == before
    years = {r["date_text"]: r["year"] for r in before[0]}
    assert years["Jun 3"] >= 2025  # resolved against the first ingest, not the 2001 mtime


def test_a_changed_records_table_keeps_ids_by_its_own_id_column(tmp_path, cli):
    table = tmp_path / "records.csv"
    lines = (EXAMPLES / "records.csv").read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lake = Lake(tmp_path / "lake")
    cli("ingest", table, "--kind", "records", "--lake", lake.root)
    before = rows_by_id(lake)
    # v2: the first row dropped, the venue of the second one corrected, the rest reordered
    header, first, second, *rest = lines
    second = second.replace("Sparsity in Neural Networks Workshop at ICLR", "ICLR Workshop on Sparsity in Neural Networks")
    table.write_text("\n".join([header, *reversed(rest), second]) + "\n", encoding="utf-8")
    cli("ingest", table, "--kind", "records", "--lake", lake.root)
    after = rows_by_id(lake)
    by_src = lambda rows: {r["source_record_id"]: k for k, r in rows.items()}
    assert set(by_src(after)) == set(by_src(before)) - {"ex-001"}
    assert all(by_src(after)[s] == by_src(before)[s] for s in by_src(after))
    changed = [k for k in after if after[k]["content_hash"] != before[k]["content_hash"]]
    assert [after[k]["source_record_id"] for k in changed] == ["ex-002"]
    fresh = Lake(tmp_path / "fresh")
    cli("ingest", table, "--kind", "records", "--lake", fresh.root)
    assert state(lake) == state(fresh)


def _client() -> HttpClient:
    return HttpClient(timeout=2.0, retries=1, backoff=0.05, min_interval=0, allow_private=True)


def test_a_changed_url_leaves_only_its_new_version(tmp_path):
    version = {"body": (EXAMPLES / "listing_page.txt").read_bytes()}

    def respond(req, n):
        if req.path == "/robots.txt":
            return Answer(b"", 404)
        return Answer(version["body"], headers={"Content-Type": "text/plain", "ETag": f'"{hash(version["body"])}"'})

    lake, fresh = Lake(tmp_path / "lake"), Lake(tmp_path / "fresh")
    with ScriptedServer(respond) as srv:
        url = srv.url + "/papers"
        fetch_page(lake, _client(), url)
        dedup(lake)
        before = rows_by_id(lake)
        version["body"] = listing_v2().encode()
        fetch_page(lake, _client(), url)
        dedup(lake)
        fetch_page(fresh, _client(), url)
        dedup(fresh)
    after = rows_by_id(lake)
    assert len(after) == 8
    kept = set(before) & set(after)
    assert len(kept) == 7 and sum(after[k]["doc_id"] == before[k]["doc_id"] for k in kept) == 6
    assert state(lake) == state(fresh)
    assert lake.count("raw_documents") == 2  # both versions stay in the history


def test_a_refetched_arxiv_page_replaces_its_older_copy(tmp_path):
    papers = {"list": list(PAPERS)}

    def respond(req, n):
        return Answer(atom(papers["list"], len(papers["list"]), 0), headers={"Content-Type": "application/atom+xml"})

    lake, fresh = Lake(tmp_path / "lake"), Lake(tmp_path / "fresh")
    with ScriptedServer(respond) as srv:
        url = srv.url + "/api/query"
        Harvest(lake, _client()).api("cat:cs.LG", url=url, page_size=10)
        dedup(lake)
        before = rows_by_id(lake)
        pid, title, authors = PAPERS[2]
        papers["list"] = [p for p in PAPERS if p[0] != PAPERS[1][0]]
        papers["list"][1] = (pid, title + ", Revised", authors)  # a new version of one paper
        Harvest(lake, _client(), refresh=True).api("cat:cs.LG", url=url, page_size=10)
        dedup(lake)
        Harvest(fresh, _client()).api("cat:cs.LG", url=url, page_size=10)
        dedup(fresh)
    after = rows_by_id(lake)
    assert sorted(r["arxiv_id"] for r in after.values()) == sorted(p[0] for p in papers["list"])
    assert set(after) <= set(before)  # ids come from the arXiv id: the same papers, the same ids
    assert [after[k]["title"] for k in after if after[k]["content_hash"] != before[k]["content_hash"]] == [
        title + ", Revised"]
    assert state(lake) == state(fresh)


@pytest.mark.parametrize("n_copies", [2])
def test_identical_bytes_under_two_uris_are_two_sources(tmp_path, cli, n_copies):
    for i in range(n_copies):
        shutil.copy(EXAMPLES / "profile_page.txt", tmp_path / f"copy{i}.txt")
    lake = Lake(tmp_path / "lake")
    cli("ingest", *(tmp_path / f"copy{i}.txt" for i in range(n_copies)), "--lake", lake.root)
    s = state(lake)
    assert len(s["records_per_uri"]) == n_copies and len(set(s["records_per_uri"].values())) == 1
    assert {n for _, n, _ in s["works"]} == {n_copies}  # each paper: one work, seen in both
