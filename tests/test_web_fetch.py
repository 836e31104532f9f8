"""Web sources over real HTTP on 127.0.0.1: the project's example documents (and, when
present, the seeds and the daily-papers JSON) served by a scripted server that misbehaves
on demand. Each case ends in the right records or a clear ``rejects`` row; request counts
and spacing are asserted."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from scholarlake.config import load_config
from scholarlake.http import HttpClient
from scholarlake.web import fetch_page, fetch_source
from warehouse import Lake

from .http_server import Answer, ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LISTING = (EXAMPLES / "listing_page.txt").read_bytes()
PROFILE = (EXAMPLES / "profile_page.txt").read_bytes()
N_LISTING = 8  # records in examples/listing_page.txt (examples/README.md)
HF_JSON = ROOT.parent / "shared" / "external" / "hf_daily_papers"


def client(**kw) -> HttpClient:
    kw.setdefault("timeout", 2.0)
    kw.setdefault("retries", 2)
    kw.setdefault("backoff", 0.05)
    kw.setdefault("allow_private", True)  # the test server is on 127.0.0.1
    return HttpClient(**kw)


@pytest.fixture
def lake(tmp_path) -> Lake:
    lake = Lake(tmp_path / "lake")
    lake.init()
    return lake


def pages(script: dict[str, object]) -> ScriptedServer:
    """Serve ``path -> Answer | callable(req, n) -> Answer``; anything else is a 404."""

    def respond(req, n):
        got = script.get(req.path)
        if got is None:
            return Answer(b"not here", 404)
        return got(req, n) if callable(got) else got

    return ScriptedServer(respond)


def n_records(lake: Lake) -> int:
    return lake.count("records")


def rejects(lake: Lake) -> list[dict]:
    return lake.read("rejects").to_pylist()


def test_500_then_200(lake):
    flaky = lambda req, n: Answer(b"oops", 500) if n == 0 else Answer(LISTING, headers={"Content-Type": "text/plain"})
    with pages({"/listing": flaky}) as srv:
        r = fetch_page(lake, client(), srv.url + "/listing")
    assert len(srv.requests) == 2 and r.n_records == N_LISTING and n_records(lake) == N_LISTING
    row = lake.read("raw_documents").to_pylist()[0]
    assert (row["source_uri"], row["http_status"]) == (srv.url + "/listing", 200)
    assert dict(row["http_headers"])["content-type"] == "text/plain"


def test_429_retry_after_and_spacing(lake):
    busy = lambda req, n: Answer(b"slow down", 429, {"Retry-After": "1"}) if n == 0 else Answer(LISTING)
    with pages({"/a": busy, "/b": Answer(PROFILE)}) as srv:
        c = client(min_interval=0.3)
        fetch_page(lake, c, srv.url + "/a")
        fetch_page(lake, c, srv.url + "/b")
    times = [r.at for r in srv.requests]
    assert [r.path for r in srv.requests] == ["/a", "/a", "/b"]
    assert times[1] - times[0] >= 0.95  # Retry-After, not the 0.05 s backoff
    assert times[2] - times[1] >= 0.25  # per-host spacing of 0.3 s, less arrival jitter
    assert n_records(lake) == N_LISTING + 5


def test_slower_than_the_timeout_then_fine(lake):
    slow = lambda req, n: Answer(LISTING, delay=1.5) if n == 0 else Answer(LISTING)
    with pages({"/listing": slow}) as srv:
        r = fetch_page(lake, client(timeout=0.5), srv.url + "/listing")
    assert len(srv.requests) == 2 and r.n_records == N_LISTING


def test_truncated_body_is_retried_not_loaded(lake):
    cut = lambda req, n: Answer(LISTING, cut=len(LISTING) // 2) if n == 0 else Answer(LISTING)
    with pages({"/listing": cut}) as srv:
        r = fetch_page(lake, client(), srv.url + "/listing")
    assert len(srv.requests) == 2 and r.n_records == N_LISTING
    assert lake.count("raw_documents") == 1  # the half page was never stored


def test_wrong_content_type_is_ignored_format_comes_from_content(lake):
    with pages({"/p": Answer(PROFILE, headers={"Content-Type": "application/octet-stream"})}) as srv:
        r = fetch_page(lake, client(), srv.url + "/p")
    assert r.kind == "profile_page" and r.n_records == 5


def test_redirect_loop_is_a_clear_reject(lake):
    loop = lambda req, n: Answer(b"", 302, {"Location": "/loop"})
    with pages({"/loop": loop, "/ok": Answer(LISTING)}) as srv:
        r = fetch_page(lake, client(), srv.url + "/loop")
        ok = fetch_page(lake, client(), srv.url + "/ok")
    assert r.failed and "redirect" in r.rejects[0]["reason"]
    assert [x["source_uri"] for x in rejects(lake)] == [srv.url + "/loop"]
    assert ok.n_records == N_LISTING  # the other sources still run


def test_unchanged_page_costs_one_304_and_adds_nothing(lake):
    def etagged(req, n):
        return Answer(b"", 304) if req.params == {} and n > 0 else Answer(LISTING, headers={"ETag": '"v1"'})

    seen_headers = []

    class Recording(HttpClient):
        def get(self, url, params=None, validate=None, etag=None, last_modified=None):
            seen_headers.append(etag)
            return super().get(url, params, validate, etag, last_modified)

    with pages({"/listing": etagged}) as srv:
        first = fetch_page(lake, Recording(timeout=2, retries=0, allow_private=True), srv.url + "/listing")
        before = lake.read("raw_documents").to_pylist()[0]
        time.sleep(0.01)
        second = fetch_page(lake, Recording(timeout=2, retries=0, allow_private=True), srv.url + "/listing")
    assert seen_headers == [None, '"v1"']
    assert (first.doc_id, first.n_records) == (second.doc_id, second.n_records) == (first.doc_id, N_LISTING)
    after = lake.read("raw_documents").to_pylist()[0]
    assert n_records(lake) == N_LISTING and lake.count("raw_documents") == 1
    assert after["last_fetched_at"] > before["last_fetched_at"] and after["fetched_at"] == before["fetched_at"]


def test_body_over_the_size_limit_is_refused(lake):
    with pages({"/big": Answer(b"x" * 5000)}) as srv:
        r = fetch_page(lake, client(max_bytes=1000), srv.url + "/big")
    assert r.failed and "over the 1000-byte limit" in r.rejects[0]["reason"]
    assert not lake.count("raw_documents")


def test_non_utf8_page_with_declared_charset(lake):
    latin = LISTING.decode("utf-8").replace("Sparse", "Spärse").encode("latin-1")
    other = PROFILE.decode("utf-8").replace("Sparse", "Spärse").encode("latin-1")
    with pages({"/l1": Answer(latin, headers={"Content-Type": "text/plain; charset=ISO-8859-1"}),
                "/nocharset": Answer(other, headers={"Content-Type": "text/plain"})}) as srv:
        ok = fetch_page(lake, client(), srv.url + "/l1")
        bad = fetch_page(lake, client(), srv.url + "/nocharset")
    assert ok.n_records == N_LISTING
    titles = [t for (t,) in lake.connect().execute("select title from records").fetchall()]
    assert any("Spärse" in t for t in titles)
    assert bad.failed and "not valid UTF-8" in bad.rejects[0]["reason"]


def test_robots_txt_is_honoured(lake):
    robots = Answer(b"User-agent: *\nDisallow: /private/\n")
    with pages({"/robots.txt": robots, "/private/cv.txt": Answer(LISTING), "/public/l.txt": Answer(LISTING)}) as srv:
        c = client(respect_robots=True)
        blocked = fetch_page(lake, c, srv.url + "/private/cv.txt")
        fine = fetch_page(lake, c, srv.url + "/public/l.txt")
    assert blocked.failed and "robots.txt" in blocked.rejects[0]["reason"]
    assert fine.n_records == N_LISTING
    assert [r.path for r in srv.requests] == ["/robots.txt", "/public/l.txt"]  # robots read once, never the page


def test_url_source_run_offline_and_sources_command(tmp_path, cli):
    with pages({"/listing": Answer(LISTING), "/profile": Answer(PROFILE), "/robots.txt": Answer(b"", 404)}) as srv:
        config = tmp_path / "scholarlake.toml"
        config.write_text(f'[[sources]]\nname = "lab"\nkind = "url"\n'
                          f'urls = ["{srv.url}/listing", "{srv.url}/profile"]\nmin_interval = 0.05\n'
                          'allow_private_addresses = true\n')
        lake = tmp_path / "lake"
        first = cli("run", "--config", str(config), "--lake", str(lake))
        assert first.exit_code == 0, first.output
        served = len(srv.requests)
    con = Lake(lake).connect()
    snapshot = lambda c: c.execute("select (select count(*) from records), (select count(*) from works)").fetchall()
    before = snapshot(con)
    assert before[0][0] == N_LISTING + 5 and served == 3  # robots.txt + two pages
    offline = cli("run", "--config", str(config), "--lake", str(lake), "--offline")  # the server is gone
    assert offline.exit_code == 0, offline.output
    assert snapshot(Lake(lake).connect()) == before
    listed = cli("sources", "--config", str(config), "--lake", str(lake))
    assert listed.exit_code == 0, listed.output
    line = next(l for l in listed.output.splitlines() if "lab" in l)
    assert "url" in line and "200" in line and str(N_LISTING + 5) in line


@pytest.mark.skipif(not HF_JSON.exists(), reason="../shared/external/hf_daily_papers is absent")
def test_daily_papers_source_fetches_one_day(lake):
    data = next(HF_JSON.glob("*.json")).read_bytes()
    with pages({"/api/daily_papers": lambda req, n: Answer(data, headers={"Content-Type": "application/json"})}) as srv:
        cfg_path = lake.root.parent / "c.toml"
        cfg_path.write_text(f'[[sources]]\nname = "daily"\nkind = "daily_papers"\n'
                            f'url = "{srv.url}/api/daily_papers?date={{ds}}"\nmin_interval = 0\n'
                            'allow_private_addresses = true\n')
        src = load_config(cfg_path).sources[0]
        results = fetch_source(lake, src, "2025-03-07")
    assert [(r.path, r.params) for r in srv.requests] == [("/robots.txt", {}), ("/api/daily_papers", {"date": "2025-03-07"})]
    assert results[0].kind == "daily_papers_json" and results[0].result.n_records > 0


def test_seed_documents_over_http_and_an_unknown_page(lake, seeds_dir):
    """The five seeds served as web pages give the same records as local files; a page no
    extractor recognises is kept raw with a reject naming its URL, and the rest still load."""
    seeds = sorted(seeds_dir.glob("00*.txt"))
    script = {f"/{p.name}": Answer(p.read_bytes(), headers={"Content-Type": "text/html; charset=utf-8"})
              for p in seeds}
    script["/mystery.bin"] = Answer(bytes(range(256)) * 4, headers={"Content-Type": "text/html"})
    with pages(script) as srv:
        c = client(min_interval=0.05)
        got = [fetch_page(lake, c, f"{srv.url}/{p.name}") for p in seeds]
        odd = fetch_page(lake, c, srv.url + "/mystery.bin")
    assert [r.n_records for r in got] == [10, 50, 61, 53, 54]
    assert odd.failed and odd.doc_id and "binary" in odd.rejects[0]["reason"]
    assert lake.get_raw(odd.doc_id) == bytes(range(256)) * 4  # kept raw
    assert [r["source_uri"] for r in rejects(lake)] == [srv.url + "/mystery.bin"]
    assert len(srv.requests) == 6  # one request per page, no duplicates


def test_a_cv_pdf_at_a_url(lake):
    """A CV published as a PDF: fetched, kept raw, read by the PDF extractor."""
    from .pdf_builder import cv_pdf
    from .test_extractors import CV

    pdf = cv_pdf(CV)
    with pages({"/cv.pdf": Answer(pdf, headers={"Content-Type": "application/pdf"})}) as srv:
        r = fetch_page(lake, client(), srv.url + "/cv.pdf")
    assert r.kind == "cv_pdf" and r.n_records > 0
    assert lake.get_raw(r.doc_id) == pdf


def test_a_run_whose_only_source_cannot_be_fetched_is_not_ok(tmp_path, cli):
    """Harvested (network) sources count in the run's status and rejects like files do."""
    with pages({"/robots.txt": Answer(b"", 404)}) as srv:  # every page is a 404
        config = tmp_path / "scholarlake.toml"
        config.write_text(f'[[sources]]\nname = "lab"\nkind = "url"\nurl = "{srv.url}/gone"\nmin_interval = 0\n'
                          'allow_private_addresses = true\n')
        lake = tmp_path / "lake"
        result = cli("run", "--config", str(config), "--lake", str(lake), ok=False)
    assert result.exit_code == 1, result.output
    (status, n_rejects), = Lake(lake).connect().execute("select status, n_rejects from runs").fetchall()
    assert (status, n_rejects) == ("failed", 1)
