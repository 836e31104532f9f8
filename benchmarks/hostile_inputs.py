"""Hostile and broken documents (issue #15), each fed to ``scholarlake ingest`` next to a good
document: the good one must land, the hostile one must end as records or rejects, and neither time nor
memory may pass the configured per-document limits.

    python -m benchmarks.hostile_inputs [--case NAME ...] [--json OUT]

prints, per case, the wall time of the whole ``ingest`` (a fresh process, so start-up is
included), the peak resident memory of the run's largest process (the ingest or its
extraction worker, whose idle size plus the per-document allowance is the limit), the exit code, and whether the good document landed and the hostile one was
rejected. The documents are made here (small writers of their own, no third-party text):
the tests (``tests/test_hostile_input.py``) build the same ones.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

GOOD_CSV = ("id,title,authors,venue,year\n"
            "G1,Sparse Mixtures of Experts under Memory Limits,Ann Lee; Bo Chen,ICML,2024\n")
GOOD_TITLE = "Sparse Mixtures of Experts under Memory Limits"

_ATOM_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"'
              ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\n'
              '<title>arXiv Query: search_query=all:sparse</title>\n'
              '<id>http://arxiv.org/api/x</id><updated>2024-01-01T00:00:00-05:00</updated>\n'
              '<opensearch:totalResults>1</opensearch:totalResults>\n')


def _atom(title: str, extra_ns: str = "", author: str = "<name>Ann Lee</name>") -> bytes:
    head = _ATOM_HEAD.replace("<feed ", f"<feed {extra_ns} ") if extra_ns else _ATOM_HEAD
    return (head + "<entry><id>http://arxiv.org/abs/2401.00001v1</id>"
            "<published>2024-01-01T00:00:00Z</published><updated>2024-01-01T00:00:00Z</updated>"
            f"<title>{title}</title><summary>We look at one thing.</summary>"
            f"<author>{author}</author>"
            '<arxiv:primary_category term="cs.LG"/></entry></feed>\n').encode("utf-8")


def _daily(paper: dict) -> bytes:
    base = {"id": "2401.00002", "title": "Dense Retrieval at Scale", "authors": [{"name": "Ann Lee"}],
            "summary": "One idea.", "publishedAt": "2024-01-02T00:00:00.000Z", "upvotes": 3}
    base.update(paper)
    return json.dumps([{"paper": base, "title": base["title"], "publishedAt": base["publishedAt"]}]).encode()


def _deep_json(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def _parquet_many_rows(rows: int) -> bytes:
    """A small file holding many rows: one repeated row, dictionary- and run-length encoded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    chunk = pa.table({"id": pa.array(["R"] * 1_000_000), "title": pa.array(["Same Title"] * 1_000_000)})
    buf = io.BytesIO()
    with pq.ParquetWriter(buf, chunk.schema, compression="zstd") as writer:
        for _ in range(rows // 1_000_000):
            writer.write_table(chunk, row_group_size=1_000_000)
    return buf.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 = catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf_bomb(inflated: int = 2_000_000_000) -> bytes:
    """One page whose content stream is ``inflated`` bytes of spaces, deflated (~1000:1)."""
    comp = zlib.compressobj(9)
    block = b" " * (1 << 20)
    parts = [comp.compress(block) for _ in range(inflated >> 20)]
    stream = b"".join(parts) + comp.flush()
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"])


def _pdf_many_pages(pages: int = 100_000) -> bytes:
    """``pages`` empty pages sharing one content stream."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Length 0 >>\nstream\n\nendstream"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"
    objects += [page] * pages
    return _pdf(objects)


def _garbage_csv(rows: int = 1_000_000) -> bytes:
    line = b"x1,Garbage Row Title That Repeats,Somebody,,2020\n"
    return b"id,title,authors,venue,year\n" + line * rows


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    build: Callable[[Path], list[Path]]  # writes the hostile file(s) into a folder; returns them


def _file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return [path]
    return build


def _non_utf8_name(folder: Path) -> list[Path]:
    path = os.path.join(os.fsencode(folder), b"notes-\xff.csv")
    with open(path, "wb") as fh:
        fh.write(b"id,title,authors,venue,year\nN1,A Title Under a Strange Name,Ann Lee,,2021\n")
    return [Path(os.fsdecode(path))]


CASES: list[Case] = [
    Case("bibtex_year_superscript", "BibTeX year = {\u00b2}",
         _file("bad.bib", "@article{k1, title={A Paper}, author={Lee, Ann}, year={\u00b2}}\n".encode())),
    Case("csv_year_inf", "a CSV year 'inf'",
         _file("inf.csv", b"id,title,authors,venue,year\nI1,Infinite Years,Ann Lee,,inf\n")),
    Case("atom_charref_out_of_range", "Atom with &#x110000;", _file("cr1.xml", _atom("Bad &#x110000; ref"))),
    Case("atom_charref_surrogate", "Atom with &#xD800;", _file("cr2.xml", _atom("Bad &#xD800; ref"))),
    Case("atom_nel_in_namespace", "U+0085 in a namespace URI",
         _file("nel.xml", _atom("A Title", 'xmlns:x="http://example.org/\u0085ns"'))),
    Case("atom_author_name_element", "an author name with child elements",
         _file("nested.xml", _atom("A Title", author="<name><b>Ann</b> Lee</name>"))),
    Case("daily_author_name_null", "daily-papers author name null",
         _file("d1.json", _daily({"authors": [{"name": None}]}))),
    Case("daily_author_name_int", "daily-papers author name an integer",
         _file("d2.json", _daily({"authors": [{"name": 7}]}))),
    Case("daily_id_int", "daily-papers id an integer", _file("d3.json", _daily({"id": 240100002}))),
    Case("daily_upvotes_text", "daily-papers upvotes 'many'", _file("d4.json", _daily({"upvotes": "many"}))),
    Case("daily_upvotes_huge", "daily-papers upvotes 1e30", _file("d5.json", _daily({"upvotes": 1e30}))),
    Case("daily_summary_object", "daily-papers summary an object",
         _file("d6.json", _daily({"summary": {"text": "x"}}))),
    Case("json_nested_100k", "JSON nested 100k deep", _file("deep.json", _deep_json(100_000))),
    Case("non_utf8_file_name", "a file name with a non-UTF-8 byte", _non_utf8_name),
    Case("parquet_10m_rows", "a small Parquet file holding 10M rows",
         _file("many.parquet", lambda: _parquet_many_rows(10_000_000))),
    Case("pdf_decompression_bomb", "a PDF page that inflates to 2 GB",
         _file("bomb.pdf", lambda: _pdf_bomb())),
    Case("pdf_100k_pages", "a PDF of 100k pages", _file("pages.pdf", lambda: _pdf_many_pages())),
    Case("csv_1m_garbage_rows", "a CSV of 1M rows", _file("big.csv", lambda: _garbage_csv())),
]


def _robots_bomb():
    import gzip

    from tests.http_server import Answer

    return {"/robots.txt": Answer(gzip.compress(b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 2_000_000),
                                  headers={"Content-Encoding": "gzip"}),
            "/page": Answer(GOOD_CSV.encode())}


def _metadata_redirect():
    from tests.http_server import Answer

    return {"/page": Answer(b"", 302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})}


def _path_body():
    from tests.http_server import Answer

    return {"/api/query": Answer(b"/dev/zero")}


# Network cases: a server on 127.0.0.1 answers as scripted; ``scholarlake run`` reads a web
# source (or an arXiv source) from it next to the good local file.
NETWORK_CASES: dict[str, tuple[str, Callable[[], dict], str]] = {
    "robots_txt_gzip_bomb": ("a robots.txt of 20 MB gzipped to 60 kB", _robots_bomb, "url"),
    "redirect_to_metadata_service": ("a redirect to 169.254.169.254", _metadata_redirect, "url"),
    "arxiv_answer_is_a_path": ("an arXiv API answer '/dev/zero'", _path_body, "arxiv"),
}
BY_NAME = {c.name: c for c in CASES}


def _measure(cmd: list[str]) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run ``cmd`` under a fresh wrapper process, so that the peak resident memory of its
    largest process (the ingest or its extraction worker) is this command's alone."""
    wrapper = ("import json, resource, subprocess, sys, time\n"
               "t0 = time.perf_counter()\n"
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True, errors='replace')\n"
               "print(json.dumps([time.perf_counter() - t0, "
               "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode, p.stdout, p.stderr]))\n")
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    seconds, maxrss_kb, code, stdout, stderr = json.loads(out.stdout)
    return seconds, maxrss_kb // 1024, subprocess.CompletedProcess(cmd, code, stdout, stderr)


def worker_baseline_mb() -> int:
    """Resident memory of an idle extraction worker (after its imports): the per-document
    allowance is counted from here."""
    from scholarlake.extraction import _Worker

    worker = _Worker(512)
    try:
        last = -1
        for _ in range(100):  # until its imports are done and its memory settles
            time.sleep(0.2)
            with open(f"/proc/{worker.proc.pid}/status") as fh:
                rss = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
            if rss == last:
                return rss // 1024
            last = rss
        return last // 1024
    finally:
        worker.kill()


def _run_case(case: Case, workdir: Path) -> dict:
    folder = workdir / case.name
    folder.mkdir()
    good = folder / "good.csv"
    good.write_text(GOOD_CSV)
    hostile = case.build(folder)
    lake = folder / "lake"
    cmd = [str(Path(sys.executable).with_name("scholarlake")), "ingest", *map(str, hostile), str(good), "--lake", str(lake)]
    seconds, peak_mb, proc = _measure(cmd)
    return _outcome(case.name, case.what, seconds, peak_mb, proc, lake, good)


def _outcome(name, what, seconds, peak_mb, proc, lake: Path, good: Path) -> dict:
    landed = rejected = None
    if (lake / "catalog.sqlite").exists():
        from warehouse import Lake

        con = Lake(lake).connect()
        try:
            landed = bool(con.execute("select count(*) from records where title = ?", [GOOD_TITLE]).fetchone()[0])
            rejected = (con.execute("select count(*) from rejects where source_uri <> ?", [str(good)]).fetchone()[0],
                        con.execute("select count(*) from records where source_uri <> ?", [str(good)]).fetchone()[0])
        finally:
            con.close()
    return {"case": name, "what": what, "seconds": round(seconds, 2), "peak_mb": peak_mb, "exit": proc.returncode,
            "good_landed": landed, "hostile_rejects": rejected[0] if rejected else None,
            "hostile_records": rejected[1] if rejected else None, "stderr_tail": proc.stderr.strip().splitlines()[-1:]}


def _run_network_case(name: str, workdir: Path) -> dict:
    from tests.http_server import ScriptedServer

    what, script_of, kind = NETWORK_CASES[name]
    script = script_of()
    folder = workdir / name
    folder.mkdir()
    good = folder / "good.csv"
    good.write_text(GOOD_CSV)
    lake = folder / "lake"
    with ScriptedServer(lambda req, n: script.get(req.path) or _missing()) as srv:
        source = (f'kind = "url"\nurl = "{srv.url}/page"\nrespect_robots = true\n' if kind == "url" else
                  f'kind = "arxiv"\nquery = "cat:cs.LG"\nurl = "{srv.url}/api/query"\n')
        config = folder / "scholarlake.toml"
        config.write_text(f'[[sources]]\nname = "files"\nkind = "path"\npath = "{good}"\n\n'
                          f'[[sources]]\nname = "net"\n{source}min_interval = 0\nretries = 0\n'
                          'allow_private_addresses = true\n')
        cmd = [str(Path(sys.executable).with_name("scholarlake")), "run", "--config", str(config), "--lake", str(lake),
               "--date", "2026-01-01"]
        seconds, peak_mb, proc = _measure(cmd)
    return _outcome(name, what, seconds, peak_mb, proc, lake, good)


def _missing():
    from tests.http_server import Answer

    return Answer(b"not here", 404)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=sorted([*BY_NAME, *NETWORK_CASES]),
                        help="run only these cases")
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = parser.parse_args(argv)
    from extractors.limits import Limits

    limits = Limits()
    names = args.case or [*BY_NAME, *NETWORK_CASES]
    baseline = worker_baseline_mb()
    allowed = baseline + limits.memory_mb
    print(f"idle extraction worker: {baseline} MB; a document may take it to {allowed} MB "
          f"({limits.memory_mb} MB allowance); peak = the run's largest process\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            rows.append(_run_case(BY_NAME[name], Path(tmp)) if name in BY_NAME else _run_network_case(name, Path(tmp)))
            r = rows[-1]
            print(f"{r['case']:28} {r['seconds']:7.2f} s {r['peak_mb']:6d} MB  exit {r['exit']}  "
                  f"good landed: {r['good_landed']}  hostile: {r['hostile_records']} records, "
                  f"{r['hostile_rejects']} rejects", flush=True)
    over = [r for r in rows if r["seconds"] > limits.seconds or r["peak_mb"] > allowed]
    print(f"\nlimits: {limits.seconds:g} s and {limits.memory_mb} MB per document; "
          f"{len(over)} case(s) over them; {sum(bool(r['good_landed']) for r in rows)} of {len(rows)} "
          "runs landed the good document")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    unaccounted = [r for r in rows if not (r["hostile_rejects"] or r["hostile_records"])]
    return 1 if over or unaccounted or not all(r["good_landed"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
