"""Crash safety and concurrent writers with real processes (issue #13).

* ``kill -9`` at each step of a run (after extraction, mid-transaction after the records,
  after dedup before commit, after commit) leaves the previous snapshot (or the new one),
  never a mix; the next run ends with the same rows as an uninterrupted one.
* Two ``scholarlake ingest`` processes at once into one lake lose and double nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse import Lake

from .test_record_identity import listing_v2

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHOLARLAKE = str(Path(sys.executable).with_name("scholarlake"))
TABLES = ("records", "rejects", "raw_documents", "works", "work_records", "work_redirects", "match_edges")


def ingest(lake: Path, *paths: Path, crash: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "SCHOLARLAKE_CRASH_AT": crash or ""}
    out = subprocess.run([SCHOLARLAKE, "ingest", *map(str, paths), "--lake", str(lake)], env=env,
                         capture_output=True, text=True, timeout=300)
    if check:
        assert out.returncode == 0, out.stderr[-2000:]
    return out


def content(lake: Path) -> dict:
    """Every table's rows, without the columns that record when things happened."""
    con = Lake(lake).connect()
    got = {}
    for t in TABLES:
        cols = [c for (c, *_) in con.execute(f"describe {t}").fetchall()
                if c not in ("fetched_at", "last_fetched_at")]
        got[t] = con.execute(f"select {', '.join(cols)} from {t} order by all").fetchall()
    got["runs"] = con.execute("select run_id, status, n_documents, n_records, n_works from runs order by 1").fetchall()
    return got


def works_by_members(lake: Path) -> dict:
    con = Lake(lake).connect()
    rows = con.execute("""select list(wr.record_id order by wr.record_id), any_value(w.title), any_value(w.year),
                                 any_value(w.n_records), any_value(w.n_sources), any_value(w.title_from)
                          from works w join work_records wr using (work_id) group by w.work_id""").fetchall()
    return {tuple(r[0]): r[1:] for r in rows}


def _inbox(where: Path) -> dict[str, Path]:
    d = where / "inbox"
    d.mkdir()
    files = {}
    for name in ("listing_page.txt", "profile_page.txt", "daily_papers.txt", "cv.md", "records.csv"):
        shutil.copy(EXAMPLES / name, d / name)
        files[name] = d / name
    return files


@pytest.fixture
def inbox(tmp_path) -> dict[str, Path]:
    return _inbox(tmp_path)


@pytest.fixture(scope="module")
def before_the_kill(tmp_path_factory):
    """What the four kill points share, made once: one inbox, the reference (v1, then the
    changed listing with two new documents, uninterrupted) and the lake after the first run,
    which each kill point copies. Rows name their files' paths, so the kill points use this
    one inbox; each puts the listing back to v1 when it ends."""
    root = tmp_path_factory.mktemp("kill-9")
    inbox = _inbox(root)
    first = [inbox["listing_page.txt"], inbox["profile_page.txt"], inbox["records.csv"]]
    second = [inbox["listing_page.txt"], inbox["daily_papers.txt"], inbox["cv.md"]]
    ref = root / "ref"
    ingest(ref, *first)
    inbox["listing_page.txt"].write_text(listing_v2(), encoding="utf-8")
    ingest(ref, *second)
    expected = content(ref)

    shutil.copy(EXAMPLES / "listing_page.txt", inbox["listing_page.txt"])
    after_first = root / "after-first"
    ingest(after_first, *first)
    return inbox, second, expected, after_first


@pytest.mark.parametrize("point", ["staged", "stored", "deduped", "committed"])
def test_kill_9_at_any_step_leaves_a_whole_snapshot(tmp_path, before_the_kill, point):
    inbox, second, expected, after_first = before_the_kill
    lake = tmp_path / "lake"
    shutil.copytree(after_first, lake)
    before = content(lake)
    inbox["listing_page.txt"].write_text(listing_v2(), encoding="utf-8")
    try:
        killed = ingest(lake, *second, crash=point, check=False)
        assert killed.returncode == -signal.SIGKILL
        after_crash = content(lake)
        assert after_crash == (expected if point == "committed" else before)

        ingest(lake, *second)  # the next run completes the work
        assert content(lake) == expected
    finally:
        shutil.copy(EXAMPLES / "listing_page.txt", inbox["listing_page.txt"])


def test_kill_9_at_random_moments(tmp_path, inbox):
    """Kills from outside at several delays: whatever moment it lands, a whole snapshot."""
    files = list(inbox.values())
    ref = tmp_path / "ref"
    ingest(ref, *files)
    expected = content(ref)
    for delay in (0.5, 1.0, 1.5, 2.0, 3.0):
        lake = tmp_path / f"lake-{delay}"
        proc = subprocess.Popen([SCHOLARLAKE, "ingest", *map(str, files), "--lake", str(lake)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if Lake(lake).exists():
            state = content(lake)
            assert state["records"] in ([], expected["records"])
            assert bool(state["records"]) == bool(state["works"]) == bool(state["runs"])
        ingest(lake, *files)
        assert content(lake) == expected


def test_two_cli_runs_at_once_lose_and_double_nothing(tmp_path, inbox):
    a = [inbox["listing_page.txt"], inbox["profile_page.txt"], inbox["cv.md"]]
    b = [inbox["daily_papers.txt"], inbox["records.csv"], inbox["profile_page.txt"]]  # profile in both
    lake = tmp_path / "lake"
    Lake(lake).init()
    procs = [subprocess.Popen([SCHOLARLAKE, "-v", "ingest", *map(str, files), "--lake", str(lake)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for files in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    # the same documents ingested one run at a time
    ref = tmp_path / "ref"
    ingest(ref, *sorted(set(a + b)))
    got, want = content(lake), content(ref)
    for t in ("records", "rejects"):
        assert got[t] == want[t], t
    # The match model is estimated from the records a lake held when it was estimated, so
    # two histories may hold two models: estimated again on the same records, they agree.
    for where in (lake, ref):
        done = subprocess.run([SCHOLARLAKE, "dedup", "--retrain", "--lake", str(where)], capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    assert content(lake)["match_edges"] == content(ref)["match_edges"]
    # Work ids depend on which run saw a paper first (they stay stable from then on), so
    # the works are compared by what they hold: the same groups of records. (Survivorship
    # prefers the record captured last among equals, and the captures' order differs here.)
    groups = lambda where: {m: (v[1], v[2], v[3]) for m, v in works_by_members(where).items()}  # noqa: E731
    assert groups(lake) == groups(ref)
    con = Lake(lake).connect()
    assert con.execute("select count(*) - count(distinct record_id) from records").fetchone() == (0,)
    assert len(got["runs"]) == 2



@pytest.mark.parametrize("left", ["empty file", "rollback mode"])
def test_a_catalog_left_in_rollback_mode_does_not_lock_out_writers(tmp_path, inbox, left):
    """A kill between creating the catalog file and its first write once left an empty
    catalog, which SQLite then ran in rollback-journal mode; a reader's open connection held a
    lock that kept the next ingest waiting (CI, stop 32). A catalog copied in from elsewhere can
    be in that mode too. The lake makes the first anew and switches the second to WAL, where
    readers never block a writer."""
    lake = tmp_path / "lake"
    lake.mkdir()
    if left == "empty file":
        (lake / "catalog.sqlite").touch()
    else:
        with contextlib.closing(sqlite3.connect(lake / "catalog.sqlite")) as db:
            db.execute("PRAGMA journal_mode=DELETE")
            db.execute("CREATE TABLE unrelated (x INTEGER)")
    reader = Lake(lake).connect()  # held open, as an analyst's session would be
    assert reader.execute("select count(*) from records").fetchone() == (0,)
    out = subprocess.run([SCHOLARLAKE, "ingest", str(inbox["listing_page.txt"]), "--lake", str(lake)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert reader.execute("select count(*) from records").fetchone()[0] > 0
    with contextlib.closing(sqlite3.connect(lake / "catalog.sqlite")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
