"""The arXiv harvest over real HTTP on 127.0.0.1: paging, spacing, retries, Retry-After,
timeouts, truncated answers, API errors, resumption after a failure, expired OAI tokens.

The server is a real HTTP server that answers from a script (tests/http_server.py); the
client under test is the real one. Feeds are small hand-written documents."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from scholarlake.arxiv import Harvest, Window, api_params
from scholarlake.fetch import FetchError
from scholarlake.http import HttpClient, parse_retry_after
from warehouse import Lake

from .http_server import Answer, ScriptedServer

# Made-up papers: (id, title, authors)
PAPERS = [
    (f"2401.{i:05d}", title, authors)
    for i, (title, authors) in enumerate([
        ("Sparse Gradients for Tiny Transformers", ["Ada Quill", "Ben Ortho"]),
        ("A Field Guide to Pruning Schedules", ["Cleo Vance"]),
        ("Counting Lottery Tickets at Scale", ["Dara Moss", "Eli Park", "Fay Lund"]),
        ("Low-Rank Adapters Under Distribution Shift", ["Gus Hale"]),
        ("Why Warmup Helps Adaptive Optimisers", ["Hana Reyes", "Ivo Stein"]),
    ], start=1)
]


def atom(entries: list[tuple], total: int, start: int) -> bytes:
    items = "".join(
        f"""<entry><id>http://arxiv.org/abs/{pid}v1</id><updated>2024-01-0{1 + n % 2}T10:00:00Z</updated>
<published>2024-01-01T10:00:00Z</published><title>{title}</title><summary>Our own test summary.</summary>
{''.join(f'<author><name>{a}</name></author>' for a in authors)}
<link href="http://arxiv.org/abs/{pid}v1" rel="alternate" type="text/html"/>
<arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
<category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/></entry>"""
        for n, (pid, title, authors) in enumerate(entries)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"
      xmlns:arxiv="http://arxiv.org/schemas/atom">
<link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>
<title type="html">ArXiv Query</title><id>http://arxiv.org/api/test</id><updated>2024-01-02T00:00:00-05:00</updated>
<opensearch:totalResults>{total}</opensearch:totalResults><opensearch:startIndex>{start}</opensearch:startIndex>
<opensearch:itemsPerPage>{len(entries)}</opensearch:itemsPerPage>{items}</feed>""".encode()


ERROR_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
<title>ArXiv Query</title><id>http://arxiv.org/api/err</id><updated>2024-01-02T00:00:00-05:00</updated>
<opensearch:totalResults>1</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex>
<opensearch:itemsPerPage>1</opensearch:itemsPerPage>
<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_bogus</id><title>Error</title>
<summary>incorrect id format for bogus</summary><updated>2024-01-02T00:00:00-05:00</updated>
<link href="http://arxiv.org/api/errors#incorrect_id_format_for_bogus" rel="alternate" type="text/html"/>
<author><name>arXiv api core</name></author></entry></feed>"""


def api_server(page_size: int = 2, papers=PAPERS, special=None) -> ScriptedServer:
    """Serves ``papers`` in pages; ``special(req, n)`` may override any answer."""

    def respond(req, n):
        if special:
            got = special(req, n)
            if got is not None:
                return got
        start = int(req.params.get("start", 0))
        return Answer(atom(papers[start:start + page_size], len(papers), start),
                      headers={"Content-Type": "application/atom+xml"})

    return ScriptedServer(respond)


def client(**kw) -> HttpClient:
    kw.setdefault("timeout", 2.0)
    kw.setdefault("retries", 2)
    kw.setdefault("backoff", 0.05)
    kw.setdefault("min_interval", 0.0)
    kw.setdefault("allow_private", True)  # the test server is on 127.0.0.1
    return HttpClient(**kw)


def record_ids(lake: Lake) -> list[str]:
    return sorted(r["arxiv_id"] for r in lake.read("records", ["arxiv_id"]).to_pylist())


def test_pages_until_total_with_spacing(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    with api_server() as srv:
        Harvest(lake, client(min_interval=0.3)).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    assert [int(r.params["start"]) for r in srv.requests] == [0, 2, 4]
    gaps = [b.at - a.at for a, b in zip(srv.requests, srv.requests[1:])]
    assert min(gaps) >= 0.25, gaps  # min_interval 0.3 at the client; the server sees arrival jitter
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


def test_window_is_a_submitted_date_range():
    w = Window.day("2024-01-05")
    q = api_params("cat:cs.LG", None, w, 0, 50)["search_query"]
    assert q == "(cat:cs.LG) AND submittedDate:[202401050000 TO 202401052359]"


def test_503_with_retry_after_is_honoured(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    busy = lambda req, n: Answer(b"busy", 503, {"Retry-After": "1"}) if req.params.get("start") == "2" and n == 0 else None
    with api_server(special=busy) as srv:
        Harvest(lake, client()).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    page2 = [r for r in srv.requests if r.params["start"] == "2"]
    assert len(page2) == 2 and page2[1].at - page2[0].at >= 0.95  # waited as told, not the 0.05 s backoff
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


def test_slow_answer_times_out_and_is_retried(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    slow = lambda req, n: Answer(atom(PAPERS[:2], 5, 0), delay=1.5) if req.params.get("start") == "0" and n == 0 else None
    with api_server(special=slow) as srv:
        Harvest(lake, client(timeout=0.5)).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    assert sum(r.params["start"] == "0" for r in srv.requests) == 2
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


def test_truncated_feed_is_retried_never_taken_as_complete(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    full = atom(PAPERS[2:4], 5, 2)
    cut = lambda req, n: Answer(full, cut=len(full) // 2) if req.params.get("start") == "2" and n == 0 else None
    with api_server(special=cut) as srv:
        Harvest(lake, client()).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    assert sum(r.params["start"] == "2" for r in srv.requests) == 2
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


def test_a_feed_that_stays_broken_fails_with_a_clear_message(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    full = atom(PAPERS[:2], 5, 0)
    broken = lambda req, n: Answer(full[: len(full) - 40])  # well-delivered, but the XML is cut
    with api_server(special=broken) as srv, pytest.raises(FetchError) as err:
        Harvest(lake, client(retries=1)).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    assert "gave up after 2 attempts" in str(err.value) and "malformed Atom XML" in str(err.value)
    assert srv.url in str(err.value)
    assert not lake.count("records")  # nothing half-loaded


def test_a_source_whose_feed_stays_broken_keeps_it_raw_with_rejects(tmp_path):
    """Through harvest_source (what `run` and the DAG call): a read reject naming the request,
    the malformed answer kept raw with its extraction error, and the next run fetches again."""
    from scholarlake.arxiv import harvest_source
    from scholarlake.config import SourceConfig

    lake = Lake(tmp_path / "lake")
    lake.init()
    full = atom(PAPERS[:2], 5, 0)
    state = {"broken": True}
    broken = lambda req, n: Answer(full[: len(full) - 40]) if state["broken"] else None
    with api_server(special=broken) as srv:
        src = SourceConfig("lg", "arxiv", [], query="cat:cs.LG", url=srv.url + "/api/query", page_size=2,
                           min_interval=0, retries=1)
        harvest_source(lake, src, Window.day("2024-01-02"), client=client(retries=1))
        stages = sorted(r["stage"] for r in lake.read("rejects").to_pylist())
        assert stages == ["extract", "read"]
        kept = [r for r in lake.read("raw_documents").to_pylist() if r["source_uri"].endswith("#unusable")]
        assert len(kept) == 1 and lake.get_raw(kept[0]["doc_id"]) == full[: len(full) - 40]
        state["broken"] = False
        harvest_source(lake, src, Window.day("2024-01-02"), client=client(retries=1))
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


def test_empty_result_is_not_an_error(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    with api_server(papers=[]) as srv:
        results = Harvest(lake, client()).api("au:Nobody", url=srv.url + "/api/query")
    assert len(srv.requests) == 1 and len(results) == 1
    assert not lake.count("records") and not lake.count("rejects")  # no papers is not a failure


def test_api_error_feed_becomes_a_reject_with_the_raw_kept(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    with api_server(special=lambda req, n: Answer(ERROR_FEED)) as srv:
        results = Harvest(lake, client()).api(id_list=["bogus"], url=srv.url + "/api/query")
    assert len(srv.requests) == 1
    rejects = lake.read("rejects").to_pylist()
    assert rejects and any("incorrect id format" in (r["reason"] or "") + (r["excerpt"] or "") for r in rejects)
    assert lake.get_raw(results[0].doc_id) == ERROR_FEED


def test_failure_midway_resumes_without_refetching_or_duplicates(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    down = lambda req, n: Answer(b"down", 500) if req.params.get("start") == "4" else None
    with api_server(special=down) as srv, pytest.raises(FetchError, match="HTTP 500"):
        Harvest(lake, client(retries=1)).api("cat:cs.LG", url=srv.url + "/api/query", page_size=2)
    assert record_ids(lake) == sorted(p[0] for p in PAPERS[:4])  # what arrived is kept

    with api_server() as srv:  # the server is back
        h = Harvest(lake, client())
        h.api("cat:cs.LG", url=srv.url.replace(srv.url, srv.url) + "/api/query", page_size=2)
    # The stored pages were named by the old server's URL; this one is new, so it fetches
    # every page: another source URI, whose records stand beside the old URI's (each URI
    # holds every paper once; dedup makes them one work per paper).
    assert sorted(set(record_ids(lake))) == sorted(p[0] for p in PAPERS)
    per_uri = [r["source_uri"] + r["arxiv_id"] for r in lake.read("records", ["source_uri", "arxiv_id"]).to_pylist()]
    assert len(per_uri) == len(set(per_uri)) == 4 + 5


def test_resume_and_rerun_on_the_same_endpoint(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    state = {"down": True}
    down = lambda req, n: Answer(b"down", 500) if state["down"] and req.params.get("start") == "4" else None
    with api_server(special=down) as srv:
        url = srv.url + "/api/query"
        with pytest.raises(FetchError):
            Harvest(lake, client(retries=1)).api("cat:cs.LG", url=url, page_size=2)
        before = len(srv.requests)
        state["down"] = False
        h = Harvest(lake, client())
        h.api("cat:cs.LG", url=url, page_size=2)
        resumed = [int(r.params["start"]) for r in srv.requests[before:]]
        assert resumed == [4] and h.fetched == 1  # pages 0 and 2 replayed from raw
        assert record_ids(lake) == sorted(p[0] for p in PAPERS)

        before = len(srv.requests)
        again = Harvest(lake, client())
        again.api("cat:cs.LG", url=url, page_size=2)
        assert len(srv.requests) == before and again.fetched == 0  # a finished window fetches nothing
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)


# --------------------------------------------------------------------------- OAI-PMH


def oai_page(papers, token: str | None, total: int) -> bytes:
    recs = "".join(
        f"""<record><header><identifier>oai:arXiv.org:{pid}</identifier><datestamp>2024-01-02</datestamp>
<setSpec>cs</setSpec></header><metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>{pid}</id>
<created>2024-01-01</created><authors>{''.join(f'<author><keyname>{a.split()[-1]}</keyname><forenames>{a.split()[0]}</forenames></author>' for a in authors)}</authors>
<title>{title}</title><categories>cs.LG stat.ML</categories><abstract>Our own test abstract.</abstract></arXiv></metadata></record>"""
        for pid, title, authors in papers
    )
    tok = f'<resumptionToken cursor="0" completeListSize="{total}">{token}</resumptionToken>' if token else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-03T00:00:00Z</responseDate>
<request verb="ListRecords">http://export.arxiv.org/oai2</request><ListRecords>{recs}{tok}</ListRecords></OAI-PMH>""".encode()


def oai_error(code: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-03T00:00:00Z</responseDate>
<request verb="ListRecords">http://export.arxiv.org/oai2</request><error code="{code}">said the server</error></OAI-PMH>""".encode()


def test_oai_follows_tokens_and_restarts_when_a_token_expires(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    passes = {"n": 0}

    def respond(req, n):
        tok = req.params.get("resumptionToken")
        if tok is None:
            passes["n"] += 1
            return Answer(oai_page(PAPERS[:2], f"pass{passes['n']}-2", 5))
        pass_no, page = tok.split("-")
        if pass_no == "pass1" and page == "3":
            return Answer(oai_error("badResumptionToken"))  # expired mid-harvest
        nxt = f"{pass_no}-{int(page) + 1}" if page == "2" else None
        return Answer(oai_page(PAPERS[2:4] if page == "2" else PAPERS[4:], nxt, 5))

    with ScriptedServer(respond) as srv:
        h = Harvest(lake, client())
        h.oai(Window.day("2024-01-02"), url=srv.url + "/oai")
    assert passes["n"] == 2  # restarted once
    first = srv.requests[0].params
    assert (first["verb"], first["metadataPrefix"], first["from"], first["until"]) == \
        ("ListRecords", "arXiv", "2024-01-02", "2024-01-02")
    assert record_ids(lake) == sorted(p[0] for p in PAPERS)  # none lost, none twice


def test_oai_no_records_match_is_an_empty_window(tmp_path):
    lake = Lake(tmp_path / "lake")
    lake.init()
    with ScriptedServer(lambda req, n: Answer(oai_error("noRecordsMatch"))) as srv:
        results = Harvest(lake, client()).oai(Window.day("2024-01-02"), url=srv.url + "/oai")
    assert results == [] and not lake.count("records")


def test_retry_after_header_forms():
    assert parse_retry_after("7") == 7.0
    now = datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()
    assert parse_retry_after("Mon, 01 Jan 2024 00:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_run_replays_a_harvested_day_with_no_network(tmp_path, cli):
    """``scholarlake run --date D`` harvests D once; with the server gone, the same command
    replays the stored pages and changes nothing."""
    with api_server(page_size=2) as srv:
        config = tmp_path / "scholarlake.toml"
        config.write_text(f'[[sources]]\nname = "lg"\nkind = "arxiv"\nquery = "cat:cs.LG"\n'
                          f'url = "{srv.url}/api/query"\npage_size = 2\nmin_interval = 0.05\n'
                          'allow_private_addresses = true\n')
        lake = tmp_path / "lake"
        first = cli("run", "--config", str(config), "--lake", str(lake), "--date", "2024-01-02")
        assert first.exit_code == 0, first.output
        assert len(srv.requests) == 3
    con = Lake(lake).connect()
    counts = lambda: con.execute("select (select count(*) from records), (select count(*) from works), "
                                 "(select count(*) from raw_documents)").fetchall()
    before = counts()
    assert before == [(5, 5, 3)]
    again = cli("run", "--config", str(config), "--lake", str(lake), "--date", "2024-01-02")
    assert again.exit_code == 0, again.output
    con = Lake(lake).connect()
    assert counts() == before


def test_versions_of_one_paper_become_one_work_listing_them(tmp_path):
    """v1 in one day's feed, v2 (retitled) in a later one: one work, versions [1, 2]."""
    lake = Lake(tmp_path / "lake")
    lake.init()
    v1 = atom([PAPERS[0]], 1, 0)
    v2 = atom([(PAPERS[0][0], "Sparse Gradients for Tiny Transformers, Revisited", PAPERS[0][2])], 1, 0) \
        .replace(f"{PAPERS[0][0]}v1".encode(), f"{PAPERS[0][0]}v2".encode())
    feeds = {"20240101": v1, "20240109": v2}  # by the first day of the submittedDate window
    respond = lambda req, n: Answer(feeds[re.search(r"\[(\d{8})", req.params["search_query"])[1]])
    with ScriptedServer(respond) as srv:
        for day in ("2024-01-01", "2024-01-09"):
            Harvest(lake, client()).api("cat:cs.LG", window=Window.day(day), url=srv.url + "/api/query")
    from scholarlake.pipeline import dedup

    dedup(lake)
    rows = lake.connect().execute("select arxiv_id, arxiv_versions, n_records from works").fetchall()
    assert rows == [(PAPERS[0][0], [1, 2], 2)]
