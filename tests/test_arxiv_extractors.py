"""The three arXiv metadata formats: the Atom API feed, OAI-PMH (metadataPrefix=arXiv) and
arXiv's own .abs files.

Real documents are read from ../shared/external/arxiv (skipped with a reason when absent)
and checked against values read off the files, or against counts computed here in the
simplest way (grep-like line tests) for the 1,212 .abs files. Small feeds for error cases
are written here, with made-up papers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import extractors
from extractors import Draft, ExtractError, RecordError
from extractors.arxiv_authors import split_abs_authors
from extractors.arxiv_oai import resumption_token
from scholarlake.pipeline import extract_document
from warehouse import Lake

from .conftest import EXTERNAL, make_doc

ATOM_FILE = "atom_api/arxiv_api_query_all-science_2019-08-10.xml"
SYNTHETIC_VERSIONS = {"2308.99999.abs", "2403.07874.abs"}  # arxiv-browse fixtures: only v1, v94..v99 dated


@pytest.fixture(scope="module")
def arxiv_dir() -> Path:
    path = EXTERNAL / "arxiv"
    if not path.is_dir():
        pytest.skip(f"external arXiv test data not available: {path} is absent (it lives in ../shared/external)")
    return path


def _items(data: bytes | str, kind: str | None = None, uri: str = "mem://doc"):
    doc = make_doc(data, uri)
    ex = extractors.get(kind) if kind else extractors.detect(doc)
    items = list(ex.extract(doc))
    return ex.name, [i for i in items if isinstance(i, Draft)], [i for i in items if isinstance(i, RecordError)]


def _rows(path: Path) -> tuple[str, list[dict], list[dict]]:
    return extract_document(make_doc(path.read_bytes(), str(path)))


# --------------------------------------------------------------------------- Atom API


def test_atom_real_response(arxiv_dir):
    kind, recs, rejects = _rows(arxiv_dir / ATOM_FILE)
    assert kind == "arxiv_atom" and not rejects and len(recs) == 10
    assert [(r["arxiv_id"], r["arxiv_version"]) for r in recs] == [
        ("1501.05039", 1), ("1503.01162", 1), ("quant-ph/0210005", 1), ("0808.0631", 1), ("0808.0638", 1),
        ("0808.0639", 1), ("0705.1367", 1), ("1802.03292", 1), ("physics/0507092", 1), ("1312.7288", 1)]
    by_id = {r["arxiv_id"]: r for r in recs}
    assert {i: r["doi"] for i, r in by_id.items() if r["doi"]} == {
        "1503.01162": "10.1007/s11191-014-9716-8", "0808.0631": "10.1214/07-sts246b",
        "0808.0638": "10.1214/07-sts246a", "0808.0639": "10.1214/08-sts246rej",
        "physics/0507092": "10.1142/9789812701893_0020", "1312.7288": "10.18483/ijsci.364"}
    assert {i: r["journal_ref"] for i, r in by_id.items() if r["journal_ref"]} == {
        "1503.01162": "Science & Education, September 2014, 23(9): 1853-1873",
        "0808.0631": "Statistical Science 2008, Vol. 23, No. 1, 65-68",
        "0808.0638": "Statistical Science 2008, Vol. 23, No. 1, 69-75",
        "0808.0639": "Statistical Science 2008, Vol. 23, No. 1, 76-77",
        "1312.7288": "International Journal of Sciences 2(12), 52-60, 2013"}
    assert sum(r["comment"] is not None for r in recs) == 8
    # arxiv:affiliation per author: only physics/0507092 has them, on both authors
    assert {i: r["affiliations"] for i, r in by_id.items() if r["affiliations"]} == {
        "physics/0507092": ["Bologna University and INFN", "Bologna University and INFN"]}
    assert by_id["physics/0507092"]["authors"] == ["G. Giacomelli", "R. Giacomelli"]


def test_atom_real_response_fields(arxiv_dir):
    _, recs, _ = _rows(arxiv_dir / ATOM_FILE)
    by_id = {r["arxiv_id"]: r for r in recs}
    r = by_id["1501.05039"]
    assert (r["title"], r["authors"], r["year"], str(r["date"])) == (
        "Defining Data Science", ["Yangyong Zhu", "Yun Xiong"], 2015, "2015-01-21")
    assert (r["venue"], r["record_type"], r["category"], r["categories"]) == ("arXiv", "preprint", "cs.DB", ["cs.DB", "cs.CY"])
    assert (r["version_dates"], r["url"], r["source_record_id"]) == (
        ["2015-01-21"], "http://arxiv.org/abs/1501.05039v1", "1501.05039v1")
    r = by_id["1503.01162"]
    assert r["venue"] == r["journal_ref"] and r["record_type"] != "preprint"
    assert r["categories"] == ["physics.ed-ph", "physics.hist-ph", "physics.soc-ph"]
    assert r["authors"] == ["Peter Garik", "Yann Benétreau-Dupin"]
    # the API lists MSC and ACM classes as <category> terms too: not arXiv categories
    assert by_id["1802.03292"]["categories"] == ["cs.LO"]
    assert by_id["quant-ph/0210005"]["url"] == "http://arxiv.org/abs/quant-ph/0210005v1"


def _feed(entries: str, total: int) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"
      xmlns:arxiv="http://arxiv.org/schemas/atom">
  <link href="http://arxiv.org/api/query?search_query=all:sparse" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=all:sparse</title>
  <id>http://arxiv.org/api/made-up-feed</id>
  <updated>2024-03-01T00:00:00-05:00</updated>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <opensearch:itemsPerPage>10</opensearch:itemsPerPage>{entries}
</feed>
"""


ENTRY = """
  <entry>
    <id>http://arxiv.org/abs/2402.01234v3</id>
    <updated>2024-02-20T10:00:00Z</updated>
    <published>2024-02-02T09:00:00Z</published>
    <title>Tiny Sparse Networks
  That Wrap Over Two Lines</title>
    <summary>Our own made-up summary.</summary>
    <author><name>Ada Quill</name></author>
    <author><name>Ben Ortho</name><arxiv:affiliation>Example Institute</arxiv:affiliation></author>
    <author><name>Cleo Vance</name></author>
    <arxiv:comment>9 pages</arxiv:comment>
    <link href="http://arxiv.org/abs/2402.01234v3" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/2402.01234v3" rel="related" type="application/pdf"/>
    <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="stat.ML" scheme="http://arxiv.org/schemas/atom"/>
  </entry>"""

ERROR_ENTRY = """
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_2402.0123x</id>
    <title>Error</title>
    <summary>incorrect id format for 2402.0123x</summary>
    <updated>2024-03-01T00:00:00-05:00</updated>
    <link href="http://arxiv.org/api/errors#incorrect_id_format_for_2402.0123x" rel="alternate" type="text/html"/>
    <author><name>arXiv api core</name></author>
  </entry>"""


def test_atom_small_feed_versions_and_per_author_affiliations():
    name, ds, errs = _items(_feed(ENTRY, 1))
    assert name == "arxiv_atom" and not errs and len(ds) == 1
    d = ds[0]
    assert (d.arxiv_id, d.arxiv_version, d.title) == ("2402.01234", 3, "Tiny Sparse Networks That Wrap Over Two Lines")
    # feedparser alone would keep only the last affiliation of the entry, for nobody in particular
    assert (d.authors, d.affiliations) == (["Ada Quill", "Ben Ortho", "Cleo Vance"], ["", "Example Institute", ""])
    # v1 from <published>, v3 from <updated>; the API does not date v2
    assert (d.version_dates, d.year, d.date_text) == (["2024-02-02", "", "2024-02-20"], 2024, "2024-02-02")
    assert (d.category, d.categories, d.venue, d.record_type) == ("cs.LG", ["cs.LG", "stat.ML"], "arXiv", "preprint")


def test_atom_api_error_feed_is_a_document_error():
    doc = make_doc(_feed(ERROR_ENTRY, 1))
    assert extractors.detect(doc).name == "arxiv_atom"
    with pytest.raises(ExtractError, match=r"arXiv API error: incorrect id format for 2402\.0123x"):
        list(extractors.get("arxiv_atom").extract(doc))
    kind, recs, rejects = extract_document(doc)
    assert recs == [] and [r["ordinal"] for r in rejects] == [None]
    assert "incorrect id format" in rejects[0]["reason"]


def test_atom_empty_result_yields_nothing():
    name, ds, errs = _items(_feed("", 0))
    assert name == "arxiv_atom" and ds == [] and errs == []


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_atom_truncated_feed_is_never_taken_as_complete(cut):
    text = _feed(ENTRY + ENTRY.replace("2402.01234", "2402.05678"), 2)
    doc = make_doc(text[: int(len(text) * cut)])
    with pytest.raises(ExtractError, match="truncated or malformed XML"):
        list(extractors.get("arxiv_atom").extract(doc))


def test_atom_entry_without_an_arxiv_id_is_rejected_alone():
    bad = ENTRY.replace("http://arxiv.org/abs/2402.01234v3</id>", "http://example.org/paper/7</id>", 1)
    _, ds, errs = _items(_feed(bad + ENTRY.replace("2402.01234", "2402.05678"), 2), "arxiv_atom")
    assert [d.arxiv_id for d in ds] == ["2402.05678"] and [e.ordinal for e in errs] == [1]


# --------------------------------------------------------------------------- OAI-PMH

OAI_FILES = {  # file -> records, counted with grep -c '<record>'
    "functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-ex.xml": 3,
    "functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-th.xml": 3,
    "functional__arxiv__fixtures__http_server__records__arxiv-single.xml": 1,
    "unit__responses__arxiv__sample_arxiv_record.xml": 12,
    **{f"unit__responses__arxiv__sample_arxiv_record{i}.xml": 1 for i in range(11)},
}


def test_oai_all_hepcrawl_records(arxiv_dir):
    folder = arxiv_dir / "oai_pmh_hepcrawl"
    assert sorted(p.name for p in folder.glob("*.xml")) == sorted(OAI_FILES)  # 15 files
    total, with_ref = 0, {}
    for name, expected in OAI_FILES.items():
        kind, recs, rejects = _rows(folder / name)
        assert (kind, len(recs), rejects) == ("arxiv_oai", expected, []), name
        assert all(r["arxiv_version"] is None and r["arxiv_id"] and r["categories"] for r in recs)
        total += len(recs)
        with_ref.update({r["arxiv_id"]: r["journal_ref"] for r in recs if r["journal_ref"]})
    assert total == 30
    assert with_ref == {
        "1706.09418": "Eur. Phys. J. C (2017) 77:856", "1507.07790": "J. Phys. A: Math. Theor. 51 (2018) 035201",
        "1401.2122": "Lett. Math. Phys. 108 (2018), no. 2, 359-376", "1603.00997": "PoS(CD15) (2015) 045",
        "1601.03238": "Phys.Rev. D93 (2015) 016005"}


def test_oai_record_fields(arxiv_dir):
    folder = arxiv_dir / "oai_pmh_hepcrawl"
    _, recs, _ = _rows(folder / "functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-th.xml")
    r = next(r for r in recs if r["arxiv_id"] == "1507.07790")
    assert r["authors"] == ["Luis B. Castro", "Edilberto O. Silva"] and r["affiliations"] is None
    assert (r["doi"], r["categories"], r["category"]) == (
        "10.1088/1751-8121/aa9c53", ["hep-th", "math-ph", "math.MP", "quant-ph"], "hep-th")
    assert (r["version_dates"], r["year"], r["venue"], r["comment"]) == (
        ["2015-07-28"], 2015, "J. Phys. A: Math. Theor. 51 (2018) 035201", "7 pages")
    assert r["url"] == "https://arxiv.org/abs/1507.07790"
    # <arXiv> left in the OAI namespace; a <doi> listing three DOIs: the first is the record's
    _, recs, _ = _rows(folder / "unit__responses__arxiv__sample_arxiv_record0.xml")
    assert recs[0]["doi"] == "10.1103/physrevd.93.016005" and recs[0]["authors"][:2] == ["Planck Collaboration", "Jieci Wang"]
    _, recs, _ = _rows(folder / "unit__responses__arxiv__sample_arxiv_record7.xml")
    assert recs[0]["authors"][:2] == ["Curtis J. Saxton", "Ziri Younsi"]
    assert recs[0]["affiliations"] == ["Technion; DESY", "U.Frankfurt", ""]
    _, recs, _ = _rows(folder / "unit__responses__arxiv__sample_arxiv_record8.xml")
    assert ":" not in recs[0]["authors"]  # a <keyname>:</keyname> is no author


def _oai(body: str, request: str = '<request verb="ListRecords" metadataPrefix="arXiv">http://export.arxiv.org/oai2</request>') -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
<responseDate>2024-03-02T00:00:00Z</responseDate>
{request}
{body}
</OAI-PMH>
"""


def _oai_record(pid: str, title: str, status: str = "") -> str:
    return f"""<record><header{status}><identifier>oai:arXiv.org:{pid}</identifier><datestamp>2024-03-01</datestamp></header>
<metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>{pid}</id><created>2024-02-28</created><updated>2024-03-01</updated>
<authors><author><keyname>Quill</keyname><forenames>Ada</forenames><affiliation>Example Institute</affiliation></author>
<author><keyname>Ortho</keyname><forenames>Ben</forenames><suffix>Jr</suffix></author></authors>
<title>{title}</title><categories>cs.LG stat.ML</categories><comments>8 pages</comments>
<license>http://creativecommons.org/licenses/by/4.0/</license><abstract>Our own made-up abstract.</abstract></arXiv></metadata></record>"""


def test_oai_small_page_deleted_record_and_token():
    deleted = '<record><header status="deleted"><identifier>oai:arXiv.org:2402.00002</identifier>' \
              '<datestamp>2024-03-01</datestamp></header></record>'
    token = '<resumptionToken cursor="0" completeListSize="1234">6447261|1001</resumptionToken>'
    page = _oai("<ListRecords>" + _oai_record("2402.00001", "Sparse Things") + deleted
                + _oai_record("2402.00003", "Dense Things") + token + "</ListRecords>")
    name, ds, errs = _items(page)
    assert name == "arxiv_oai" and not errs
    assert [(d.ordinal, d.arxiv_id, d.title) for d in ds] == [(1, "2402.00001", "Sparse Things"), (3, "2402.00003", "Dense Things")]
    d = ds[0]
    assert (d.authors, d.affiliations) == (["Ada Quill", "Ben Ortho Jr"], ["Example Institute", ""])
    assert (d.arxiv_version, d.version_dates, d.categories, d.comment) == (None, ["2024-02-28"], ["cs.LG", "stat.ML"], "8 pages")
    assert resumption_token(page.encode()) == ("6447261|1001", 1234)
    last = _oai("<ListRecords>" + _oai_record("2402.00001", "Sparse Things")
                + '<resumptionToken cursor="1000" completeListSize="1001"/></ListRecords>')
    assert resumption_token(last.encode()) == (None, 1001)
    assert resumption_token(_oai("<GetRecord>" + _oai_record("2402.00001", "Sparse Things") + "</GetRecord>").encode()) == (None, None)


def test_oai_error_codes():
    empty = _oai('<error code="noRecordsMatch">The combination of the values results in an empty list.</error>')
    name, ds, errs = _items(empty)
    assert name == "arxiv_oai" and ds == [] and errs == []
    assert resumption_token(empty.encode()) == (None, 0)
    expired = _oai('<error code="badResumptionToken">The value of the resumptionToken argument is invalid or expired.</error>',
                   request='<request verb="ListRecords" resumptionToken="6447261|1001">http://export.arxiv.org/oai2</request>')
    assert extractors.detect(make_doc(expired)).name == "arxiv_oai"
    with pytest.raises(ExtractError, match="OAI-PMH error badResumptionToken: The value of the resumptionToken"):
        _items(expired)
    with pytest.raises(ExtractError, match="badResumptionToken"):
        resumption_token(expired.encode())


def test_oai_malformed_and_foreign_metadata():
    page = _oai("<ListRecords>" + _oai_record("2402.00001", "Sparse Things") + "</ListRecords>")
    with pytest.raises(ExtractError, match="truncated or malformed XML"):
        _items(page[: len(page) // 2], "arxiv_oai")
    dc = page.replace('<arXiv xmlns="http://arxiv.org/OAI/arXiv/">', '<dc xmlns="http://www.openarchives.org/OAI/2.0/oai_dc/">') \
             .replace("</arXiv>", "</dc>")
    _, ds, errs = _items(dc, "arxiv_oai")
    assert ds == [] and len(errs) == 1 and "no <arXiv> metadata" in errs[0].reason


# --------------------------------------------------------------------------- .abs files


def _abs_files(arxiv_dir: Path) -> list[Path]:
    return sorted((arxiv_dir / "abs_files_arxiv_browse").rglob("*.abs"))


def _truth(data: bytes) -> dict:
    """What the file says, read as plainly as possible: header lines that start with a key."""
    lines = data.splitlines()
    labels = [int(m) for m in re.findall(rb"^Date \(revised v(\d+)\):", data, re.M)]
    return {
        "date_lines": sum(1 for line in lines if line.startswith(b"Date")),
        "latest_label": max(labels, default=1),
        "revised": any(line.startswith(b"Date (revised") for line in lines),
        "journal_ref": next((line[len(b"Journal-ref:"):].strip() for line in lines if line.startswith(b"Journal-ref:")), None),
        "doi": next((line[len(b"DOI:"):].strip() for line in lines if line.startswith(b"DOI:")), None),
    }


def test_abs_all_files_against_an_independent_count(arxiv_dir):
    files = _abs_files(arxiv_dir)
    assert len(files) == 1212
    ex = extractors.get("arxiv_abs")
    counts = dict(files=0, revised=0, journal_ref=0, doi=0)
    got = dict(records=0, revised=0, journal_ref=0, doi=0)
    for path in files:
        data = path.read_bytes()
        if not data:  # ftp/math-ph/papers/0509/0509037.abs is an empty file
            assert path.name == "0509037.abs"
            with pytest.raises(ExtractError, match="empty"):
                list(ex.extract(make_doc(data, str(path))))
            continue
        truth = _truth(data)
        counts["files"] += 1
        counts["revised"] += truth["revised"]
        counts["journal_ref"] += truth["journal_ref"] is not None
        counts["doi"] += truth["doi"] is not None
        doc = make_doc(data, str(path))
        assert extractors.detect(doc).name == "arxiv_abs", path
        (draft,) = list(ex.extract(doc))
        assert isinstance(draft, Draft) and draft.title and draft.authors and draft.arxiv_id, path
        # versions: one Date line each; the two synthetic fixtures number theirs v1, v94..v99
        expected = truth["latest_label"] if path.name in SYNTHETIC_VERSIONS else truth["date_lines"]
        assert draft.arxiv_version == expected == len(draft.version_dates), path
        assert draft.version_dates[0] == draft.date_text and draft.year == int(draft.date_text[:4]), path
        if truth["journal_ref"] is not None:  # continuation lines are appended to the first
            assert draft.journal_ref.startswith(" ".join(truth["journal_ref"].decode("latin-1").split())[:10]), path
        got["records"] += 1
        got["revised"] += draft.arxiv_version > 1
        got["journal_ref"] += draft.journal_ref is not None
        got["doi"] += draft.doi is not None
        assert (draft.venue == draft.journal_ref) if draft.journal_ref else (draft.venue, draft.record_type) == ("arXiv", "preprint")
    # SOURCES.md: 475 files have revised versions, 611 a Journal-ref, 654 a DOI
    assert counts == dict(files=1211, revised=475, journal_ref=611, doi=654)
    # one DOI line holds a Handle, not a DOI (2009.01669.abs): no doi for that record
    assert got == dict(records=1211, revised=475, journal_ref=611, doi=653)


def test_abs_fields(arxiv_dir):
    root = arxiv_dir / "abs_files_arxiv_browse"
    kind, recs, rejects = _rows(root / "ftp/arxiv/papers/0704/0704.0001.abs")
    r = recs[0]
    assert (kind, rejects, r["arxiv_id"], r["arxiv_version"]) == ("arxiv_abs", [], "0704.0001", 2)
    assert r["version_dates"] == ["2007-04-02", "2007-07-24"] and (r["year"], str(r["date"])) == (2007, "2007-04-02")
    assert r["authors"] == ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"]  # from C. Bal\'azs
    assert (r["doi"], r["journal_ref"], r["venue"], r["categories"]) == (
        "10.1103/physrevd.76.013009", "Phys.Rev.D76:013009,2007", "Phys.Rev.D76:013009,2007", ["hep-ph"])
    assert (r["url"], r["source_record_id"]) == ("https://arxiv.org/abs/0704.0001v2", "0704.0001v2")
    # numbered affiliations: "A (1), B (1,2) ((1) Inst, (2) Inst)"
    _, recs, _ = _rows(root / "ftp/arxiv/papers/0704/0704.0234.abs")
    assert recs[0]["authors"] == ["G. Ghirlanda", "L. Nava", "G. Ghisellini", "C. Firmani"]
    assert recs[0]["affiliations"] == ["Osserv. Astr. di Brera", "Osserv. Astr. di Brera; Univ. degli Studi dell'Insubria",
                                       "Osserv. Astr. di Brera", "Osserv. Astr. di Brera; U.N.A.M."]
    # an old-style id, no Categories line: the archive is the category
    _, recs, _ = _rows(root / "orig/hep-th/papers/9709/9709111v1.abs")
    assert (recs[0]["arxiv_id"], recs[0]["arxiv_version"], recs[0]["categories"]) == ("hep-th/9709111", 1, ["hep-th"])
    assert recs[0]["affiliations"] == ["CERN-TH", "Padua Univ.", "INFN-Padua"]
    # a Latin-1 file
    _, recs, rejects = _rows(root / "ftp/arxiv/papers/1607/1607.08199.abs")
    assert not rejects and recs[0]["journal_ref"].startswith("Épijournal de Géométrie Algébrique")
    assert recs[0]["arxiv_version"] == 5 and recs[0]["authors"][1] == "Emanuele Macrì"


def test_abs_listings_file_is_not_an_abs_file(arxiv_dir):
    path = arxiv_dir / "listings_arxiv_browse" / "q-fin__listings__new"
    doc = make_doc(path.read_bytes(), str(path))
    assert extractors.REGISTRY["arxiv_abs"].sniff(doc) == 0.0
    with pytest.raises(ExtractError, match="holds 16 papers"):
        list(extractors.get("arxiv_abs").extract(doc))


ABS = r"""------------------------------------------------------------------------------
\\
Paper: hep-th/9901999
From: Ada Quill <ada@example.org>
Date: Fri, 1 Jan 1999 10:00:00 GMT   (10kb)
Date (revised v3): Mon, 1 Mar 1999 10:00:00 GMT   (12kb)

Title: Tiny Strings
  on Two Lines
Authors: Ada Quill (Example U.), Ben Ortho and Cleo Vance
Comments: 5 pages
\\
  Our own made-up abstract.
\\
"""


def test_abs_small_file_old_paper_line_and_missing_version():
    name, ds, errs = _items(ABS)
    assert name == "arxiv_abs" and not errs
    d = ds[0]
    assert (d.arxiv_id, d.arxiv_version, d.version_dates) == ("hep-th/9901999", 3, ["1999-01-01", "", "1999-03-01"])
    assert (d.title, d.categories, d.comment, d.abstract) == ("Tiny Strings on Two Lines", ["hep-th"], "5 pages",
                                                              "Our own made-up abstract.")
    assert (d.authors, d.affiliations) == (["Ada Quill", "Ben Ortho", "Cleo Vance"], ["Example U.", "", ""])
    _, ds, errs = _items(ABS.replace("Title: Tiny Strings\n  on Two Lines\n", ""), "arxiv_abs")
    assert ds == [] and "no Title" in errs[0].reason
    with pytest.raises(ExtractError, match="no arXiv id"):
        _items(ABS.replace("Paper: hep-th/9901999", "Paper: nonsense"), "arxiv_abs")


@pytest.mark.parametrize(
    "text, people, truncated",
    [
        ("Ann Lee, Bo Chen and Cy Dunn (Some Lab)", [("Ann Lee", ""), ("Bo Chen", ""), ("Cy Dunn", "Some Lab")], False),
        ("Ann Lee (1 and 2), Bo Chen (2) ((1) Lab One, (2) Lab Two)",
         [("Ann Lee", "Lab One; Lab Two"), ("Bo Chen", "Lab Two")], False),
        ("Ann Lee (1,2), Bo Chen (2) (1 Lab One, Town; 2 Lab Two)",
         [("Ann Lee", "Lab One, Town; Lab Two"), ("Bo Chen", "Lab Two")], False),
        ("Tiny Collaboration: Ann Lee, Bo Chen, et al", [("Tiny Collaboration", ""), ("Ann Lee", ""), ("Bo Chen", "")], True),
        ("Ann Lee,\\, Jr., Bo (Bobby) Chen", [("Ann Lee Jr.", ""), ("Bo (Bobby) Chen", "")], False),
        ("Ann Lee (Lab, Dept. (Annex), Town)", [("Ann Lee", "Lab, Dept. (Annex), Town")], False),
        ("", [], False),
    ],
)
def test_split_abs_authors(text, people, truncated):
    assert split_abs_authors(text) == (people, truncated)


# --------------------------------------------------------------------------- records rows


def test_other_sources_get_null_arxiv_columns():
    from normalizers.record import normalize

    row = normalize(Draft(ordinal=1, title="Sparse Things", authors=["Ann Lee"]), doc_id="d", source_uri="u",
                    source_kind="records", extractor="x", capture=make_doc("x").capture_date)
    assert {k: row[k] for k in ("categories", "comment", "journal_ref", "affiliations", "version_dates")} == dict.fromkeys(
        ("categories", "comment", "journal_ref", "affiliations", "version_dates"))


def test_affiliations_stay_aligned_when_a_name_cleans_to_nothing():
    from normalizers.record import authors_and_affiliations

    draft = Draft(ordinal=1, authors=["Ann Lee", "**", "Bo Chen"], affiliations=["Lab A", "Lab X", ""])
    assert authors_and_affiliations(draft) == (["Ann Lee", "Bo Chen"], ["Lab A", ""])


def test_an_abstract_doi_is_not_taken_for_the_papers_own():
    text = ABS.replace("Our own made-up abstract.", "We extend doi:10.1234/earlier.work and arXiv:2101.00001.")
    kind, recs, _ = extract_document(make_doc(text))
    assert (recs[0]["doi"], recs[0]["arxiv_id"]) == (None, "hep-th/9901999")


# --------------------------------------------------------------------------- the CLI and the lake


def test_ingest_arxiv_formats_into_a_lake(arxiv_dir, tmp_path, cli):
    abs_root = arxiv_dir / "abs_files_arxiv_browse" / "ftp" / "arxiv" / "papers"
    files = [arxiv_dir / ATOM_FILE,
             arxiv_dir / "oai_pmh_hepcrawl" / "functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-th.xml",
             abs_root / "0704" / "0704.0001.abs", abs_root / "0704" / "0704.0234.abs", abs_root / "1607" / "1607.08199.abs"]
    lake_dir = tmp_path / "lake"
    cli("ingest", *files, "--lake", lake_dir)
    con = Lake(lake_dir).connect()
    kinds = dict(con.execute("select source_kind, count(*) from records group by 1").fetchall())
    assert kinds == {"arxiv_atom": 10, "arxiv_oai": 3, "arxiv_abs": 3}
    assert con.execute("select count(*) from rejects").fetchone() == (0,)
    row = con.execute(
        """select arxiv_id, arxiv_version, version_dates, categories, journal_ref, venue, doi, comment
           from records where arxiv_id = '0704.0001'""").fetchone()
    assert row == ("0704.0001", 2, ["2007-04-02", "2007-07-24"], ["hep-ph"], "Phys.Rev.D76:013009,2007",
                   "Phys.Rev.D76:013009,2007", "10.1103/physrevd.76.013009", "37 pages, 15 figures; published version")
    assert con.execute("select affiliations from records where arxiv_id = 'physics/0507092'").fetchone() == (
        ["Bologna University and INFN", "Bologna University and INFN"],)
    assert con.execute("select count(*) from records where record_type = 'preprint' and journal_ref is null "
                       "and venue = 'arXiv'").fetchone() == (8,)  # 5 Atom, 2 OAI, 1 .abs
    out = cli("query", "select arxiv_id, categories[1] as primary_cat, len(version_dates) as versions "
                       "from records where source_kind = 'arxiv_abs' order by 1", "--lake", lake_dir, "-f", "csv").output
    assert "1607.08199,math.AG,5" in out and "0704.0234,astro-ph,1" in out
