"""The network edge against hostile servers (issue #15), over real HTTP on 127.0.0.1: every
redirect hop is checked like the first URL, the final URL is kept, a trickling answer meets a
total deadline, robots.txt is read only up to its size limit, and response bytes are never
handed to an API that could open them as a path. Each case ends in a clear reject while a
good page of the same run lands."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from scholarlake.arxiv import atom_page_info
from scholarlake.fetch import FetchError
from scholarlake.http import FINAL_URL, ROBOTS_MAX_BYTES, HttpClient, Unusable
from scholarlake.web import fetch_page
from warehouse import Lake

from .http_server import Answer
from .test_web_fetch import client as web_client
from .test_web_fetch import pages as serve

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LISTING = (EXAMPLES / "listing_page.txt").read_bytes()


def client(**kw) -> HttpClient:
    kw.setdefault("retries", 0)
    return web_client(**kw)  # 2 s timeouts, 127.0.0.1 allowed


def redirect(to: str, status: int = 302) -> Answer:
    return Answer(b"", status, headers={"Location": to})


@pytest.fixture
def lake(tmp_path) -> Lake:
    lake = Lake(tmp_path / "lake")
    lake.init()
    return lake


def _fetch_both(lake: Lake, c: HttpClient, bad_url: str, good_url: str):
    bad = fetch_page(lake, c, bad_url)
    good = fetch_page(lake, c, good_url)
    assert good.n_records > 0, "the good page of the same run must land"
    return bad


def _reason(result) -> str:
    assert result.n_records == 0 and len(result.rejects) == 1, result
    return result.rejects[0]["reason"]


def test_a_redirect_to_another_host_is_refused_unless_allowed(lake):
    with serve({"/good": Answer(LISTING)}) as other:
        # another server, named "localhost": not the requested site 127.0.0.1
        elsewhere = other.url.replace("127.0.0.1", "localhost") + "/good"
        with serve({"/jump": redirect(elsewhere), "/good": Answer(LISTING)}) as site:
            reason = _reason(_fetch_both(lake, client(), site.url + "/jump", site.url + "/good"))
            assert "refused a redirect" in reason and "localhost" in reason and "allow_hosts" in reason
            assert not other.requests, "the other host was never asked"
            followed = fetch_page(lake, client(allow_hosts=("localhost",)), site.url + "/jump")
    assert followed.n_records > 0
    row = lake.read("raw_documents").to_pylist()
    final = [dict(r["http_headers"]).get(FINAL_URL) for r in row if r["source_uri"].endswith("/jump")]
    assert final == [elsewhere], "the URL the answer came from is stored with it"


def test_a_redirect_into_a_robots_disallowed_path_is_refused(lake):
    script = {"/robots.txt": Answer(b"User-agent: *\nDisallow: /private/\n"),
              "/open": redirect("/private/page"), "/private/page": Answer(LISTING), "/good": Answer(LISTING)}
    with serve(script) as srv:
        reason = _reason(_fetch_both(lake, client(respect_robots=True), srv.url + "/open", srv.url + "/good"))
        assert "robots.txt" in reason and "/private/page" in reason
        assert "/private/page" not in [r.path for r in srv.requests]


def test_a_redirect_to_a_link_local_address_is_refused_even_when_private_ones_are_allowed(lake):
    with serve({"/meta": redirect("http://169.254.169.254/latest/meta-data/"), "/good": Answer(LISTING)}) as srv:
        c = client(allow_hosts=("169.254.169.254",))
        reason = _reason(_fetch_both(lake, c, srv.url + "/meta", srv.url + "/good"))
    assert "169.254.169.254" in reason and "link-local" in reason


def test_private_addresses_are_refused_by_default():
    with serve({"/good": Answer(LISTING)}) as srv:
        with pytest.raises(FetchError, match="loopback address"):
            HttpClient(retries=0).get(srv.url + "/good")
        assert not srv.requests


def test_redirect_chains_are_bounded_and_a_non_http_target_is_refused(lake):
    with serve({"/a": redirect("/b"), "/b": redirect("/a"), "/file": redirect("file:///etc/passwd")}) as srv:
        with pytest.raises(FetchError, match="redirect loop"):
            client().get(srv.url + "/a")
        with pytest.raises(FetchError, match="only http"):
            client().get(srv.url + "/file")


def test_a_trickling_answer_meets_the_total_deadline(lake):
    slow = Answer(LISTING[:400], trickle=0.05)  # 400 bytes at 20 bytes/s: 20 s, every read on time
    with serve({"/slow": slow, "/good": Answer(LISTING)}) as srv:
        reason = _reason(_fetch_both(lake, client(total_timeout=1.0), srv.url + "/slow", srv.url + "/good"))
        # the deadline stopped the read: the client hung up while the server was still sending
        # (had it read on, the server would have sent all 400 bytes and seen no hang-up); the
        # server notices at its next byte, so wait for that, not for the 20 s body
        waited_until = time.monotonic() + 15
        while "/slow" not in srv.hung_up and time.monotonic() < waited_until:
            time.sleep(0.05)
        assert "/slow" in srv.hung_up, "the client read the trickling body to its end"
    assert "no complete answer within 1 s" in reason


def test_robots_txt_is_read_only_up_to_its_size_limit():
    # 2 MB of comments that gzip to a few kB; the rule that matters comes first
    body = b"User-agent: *\nDisallow: /private/\n" + b"# padding padding padding\n" * 80_000
    packed = gzip.compress(body)
    assert len(body) > 4 * ROBOTS_MAX_BYTES and len(packed) < len(body) // 50
    robots = Answer(packed, headers={"Content-Encoding": "gzip", "Content-Type": "text/plain"})
    with serve({"/robots.txt": robots, "/public/x": Answer(LISTING)}) as srv:
        c = client(respect_robots=True)
        assert c.allowed(srv.url + "/public/x") and not c.allowed(srv.url + "/private/y")
        parser = c._robots[srv.url]
        assert parser is not None


@pytest.mark.parametrize("body", [b"/etc/passwd", b"/dev/zero", b"file:///etc/passwd"])
def test_response_bytes_that_look_like_a_path_are_never_opened(body):
    """feedparser.parse(bytes) opens a path it is given: the harvester hands it a stream."""
    with pytest.raises(Unusable):  # opening /dev/zero would never return
        atom_page_info(body)


def test_one_run_with_every_hostile_server_and_a_good_page(tmp_path, cli):
    """`scholarlake run` over a web source whose URLs misbehave in every way above, an arXiv
    source whose server answers with a path, and a good local file: the run commits (exit 3),
    the good documents land, each bad URL is one reject."""
    script = {"/robots.txt": Answer(gzip.compress(b"User-agent: *\nDisallow: /private/\n" + b"#\n" * 600_000),
                                    headers={"Content-Encoding": "gzip"}),
              "/jump": redirect("http://localhost:1/elsewhere"),
              "/meta": redirect("http://169.254.169.254/latest/meta-data/"),
              "/open": redirect("/private/page"),
              "/slow": Answer(LISTING[:200], trickle=0.05),
              "/good": Answer(LISTING),
              "/api/query": Answer(b"/etc/passwd")}
    good = tmp_path / "good.csv"
    good.write_text("id,title,authors,venue,year\nG1,A Good Local Paper,Ann Lee,,2024\n")
    with serve(script) as srv:
        urls = ", ".join(f'"{srv.url}{p}"' for p in ("/jump", "/meta", "/open", "/slow", "/good"))
        config = tmp_path / "scholarlake.toml"
        config.write_text(
            f'[[sources]]\nname = "files"\nkind = "path"\npath = "{good}"\n\n'
            f'[[sources]]\nname = "web"\nkind = "url"\nurls = [{urls}]\nmin_interval = 0\nretries = 0\n'
            f'total_timeout = 1.0\nallow_private_addresses = true\n\n'
            f'[[sources]]\nname = "lg"\nkind = "arxiv"\nquery = "cat:cs.LG"\nurl = "{srv.url}/api/query"\n'
            f'min_interval = 0\nretries = 0\nallow_private_addresses = true\n')
        lake = tmp_path / "lake"
        cli("run", "--config", config, "--lake", lake, "--date", "2026-01-01", code=3)
    con = Lake(lake).connect()
    titles = {t for (t,) in con.execute("select title from records").fetchall()}
    assert "A Good Local Paper" in titles and len(titles) > 1  # the local file and the good page
    reasons = dict(con.execute("select source_uri, reason from rejects").fetchall())
    by_path = {uri.split(srv.url, 1)[-1].split("?")[0]: r for uri, r in reasons.items()}
    assert "refused a redirect" in by_path["/jump"]
    assert "refused" in by_path["/meta"] and "169.254.169.254" in by_path["/meta"]  # another host, and link-local
    assert "robots.txt" in by_path["/open"]
    assert "no complete answer" in by_path["/slow"]
    assert any("/api/query" in u for u in reasons), "the arXiv answer is a reject, never a file's content"
    assert "root:" not in str(reasons)


def test_offline_never_replays_damaged_bytes(tmp_path, cli):
    """A stored page whose raw file was truncated: `run --offline` rejects that URL (the
    bytes do not match their sha256) instead of reading the cut bytes as a new document;
    the other sources still land."""
    good = tmp_path / "good.csv"
    good.write_text("id,title,authors,venue,year\nG1,A Good Local Paper,Ann Lee,,2024\n")
    with serve({"/robots.txt": Answer(b"", 404), "/listing": Answer(LISTING)}) as srv:
        config = tmp_path / "scholarlake.toml"
        config.write_text(f'[[sources]]\nname = "files"\nkind = "path"\npath = "{good}"\n\n'
                          f'[[sources]]\nname = "web"\nkind = "url"\nurl = "{srv.url}/listing"\nmin_interval = 0\n'
                          'allow_private_addresses = true\n')
        lake = Lake(tmp_path / "lake")
        cli("run", "--config", config, "--lake", lake.root)
    con = lake.connect()
    doc_id, before = con.execute("select doc_id, count(*) from records where source_uri like '%/listing' "
                                 "group by 1").fetchone()
    con.close()
    raw = lake.raw_path(doc_id)
    raw.write_bytes(raw.read_bytes()[:200])
    result = cli("run", "--config", config, "--lake", lake.root, "--offline", code=3)
    assert "damaged" in result.output
    con = lake.connect()
    assert con.execute("select count(*) from records where source_uri like '%/listing'").fetchone()[0] == before
    assert con.execute("select count(*) from raw_documents").fetchone()[0] == 2  # no document from the cut bytes
    assert con.execute("select count(*) from records where title = 'A Good Local Paper'").fetchone()[0] == 1
