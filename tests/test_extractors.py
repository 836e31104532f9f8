"""Extractors on small documents written for these tests, plus field checks on the seeds."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import extractors
from extractors import Draft, RecordError, UnknownFormat
from extractors.cv_text import parse_entry, split_authors
from extractors.listing_page import split_title_authors

from .conftest import make_doc, seed_path


def drafts(doc, kind=None):
    ex = extractors.get(kind) if kind else extractors.detect(doc)
    items = list(ex.extract(doc))
    return ex.name, [d for d in items if isinstance(d, Draft)], [e for e in items if isinstance(e, RecordError)]


@pytest.mark.parametrize(
    "line, title, authors, truncated",
    [
        ("Sparse Things at ScaleAda Lovelace, Alan Turing et al.", "Sparse Things at Scale", ["Ada Lovelace", "Alan Turing"], True),
        ("Why LLMs Fail?Grace Hopper, Kurt Gödel", "Why LLMs Fail?", ["Grace Hopper", "Kurt Gödel"], False),
        ("Pre-LN and Post-LNPengxiang Li, Lu Yin", "Pre-LN and Post-LN", ["Pengxiang Li", "Lu Yin"], False),
        ("Cats, Dogs, and Other Sparse ThingsMary O'Brien, Jo March et al.",
         "Cats, Dogs, and Other Sparse Things", ["Mary O'Brien", "Jo March"], True),
        ('Learning What to "see\'\'Qiao Xiao, Boqian Wu', 'Learning What to "see\'\'', ["Qiao Xiao", "Boqian Wu"], False),
        ("A HyperNetwork StudyJia-Bin Huang, Tim Van der Lee", "A HyperNetwork Study", ["Jia-Bin Huang", "Tim Van der Lee"], False),
    ],
)
def test_listing_title_author_split(line, title, authors, truncated):
    assert split_title_authors(line) == (title, authors, truncated)


def test_listing_split_gives_up_without_a_name():
    assert split_title_authors("a title with no authors at all") is None


LISTING = """94.5LGJun 3Code
Tiny Sparse NetworksAda Lovelace, Alan Turing et al.
We write our own abstract here about tiny sparse networks and $4\\times$ speedups.
CVJul 7, 2022
Bigger Dense NetworksGrace Hopper
Another abstract that we wrote ourselves.
"""


def test_listing_page_fields():
    name, ds, errs = drafts(make_doc(LISTING))
    assert name == "listing_page" and not errs
    a, b = ds
    assert (a.score, a.category, a.date_text, a.has_code) == (94.5, "LG", "Jun 3", True)
    assert (b.score, b.category, b.date_text, b.has_code) == (None, "CV", "Jul 7, 2022", False)
    assert b.authors == ["Grace Hopper"] and not b.authors_truncated


def test_listing_bad_entry_is_rejected_rest_loads():
    text = LISTING + "LGMar 2, 2023\nno capital split here at all\nabstract\n"
    _, ds, errs = drafts(make_doc(text), "listing")
    assert len(ds) == 2 and len(errs) == 1 and errs[0].ordinal == 3


def test_cv_entry_with_italics_badges_and_equal_contribution():
    e = parse_entry("Ann Lee*, **Bo Chen***, Cy Dunn. *A Title: With Colon?*. The Tenth Conference on Things (ToC), 2024. **[Oral & Best Paper Award]**.")
    assert e.authors == ["Ann Lee", "Bo Chen", "Cy Dunn"]
    assert e.owner == "Bo Chen" and e.equal_contribution == ["Ann Lee", "Bo Chen"]
    assert e.title == "A Title: With Colon?" and e.year == 2024
    assert e.venue == "The Tenth Conference on Things (ToC)"
    assert e.badges == ["Oral", "Best Paper"]


def test_cv_entry_without_italics_and_initials():
    e = parse_entry("Duc N.M Hoang, Michael W. Mahoney, **Bo Chen**. Dont prune it! Your mask is a weapon. NeurIPS, 2023.")
    assert e.authors == ["Duc N.M Hoang", "Michael W. Mahoney", "Bo Chen"]
    assert e.title == "Dont prune it! Your mask is a weapon"
    assert (e.venue, e.year) == ("NeurIPS", 2023)


@pytest.mark.parametrize(
    "rest, venue, year",
    [
        ("The Tenth Conference on Things (ToC), PMLR, 2024.", "The Tenth Conference on Things (ToC)", 2024),
        ("2020 Symposium on Stuff (SoS). IEEE, 2020.", "2020 Symposium on Stuff (SoS)", 2020),
        ("The Conference on Things (ToC), Ghent, Belgium, 2020.", "The Conference on Things (ToC)", 2020),
        ("Journal of Things (ToC 2022 journal track).", "Journal of Things (ToC 2022 journal track)", 2022),
        ("Journal of Things, 1-16. 2021.", "Journal of Things", 2021),
        ("Workshop on Stuff at ToC, USA, 2023.", "Workshop on Stuff at ToC", 2023),
    ],
)
def test_cv_venue_without_publisher_place_or_cut_parenthesis(rest, venue, year):
    e = parse_entry(f"Ann Lee, **Bo Chen**. *A Title*. {rest}")
    assert (e.venue, e.year) == (venue, year)


def test_cv_title_keeps_its_quotes_as_printed():
    assert parse_entry("**Bo Chen**. *Why “Sparse” Works*. ToC, 2024.").title == "Why “Sparse” Works"


@pytest.mark.parametrize(
    "text, names",
    [
        ("Jaiswal, Ajay, **Bo Chen**, and Cy Dunn", ["Ajay Jaiswal", "Bo Chen", "Cy Dunn"]),
        ("Huang, Tianjin and Meng, Fang and **Bo Chen**", ["Tianjin Huang", "Fang Meng", "Bo Chen"]),
        ("Bo Chen, and Zhangyang Wang., 2023.", ["Bo Chen", "Zhangyang Wang"]),
        ("Bo Chen, Cy Dunn. (2021).", ["Bo Chen", "Cy Dunn"]),
    ],
)
def test_cv_author_lists(text, names):
    assert split_authors(text)[0] == names


CV = """CURRICULUM VITAE BO CHEN

EDUCATION
- Somewhere University, PhD

PEER REVIEWED PUBLICATIONS

Peer-Reviewed Conference Publications
- [1] **Bo Chen**, Ann Lee. *Sparse Things*. The Tenth Conference on Things (ToC), 2024. **[Spotlight]**.
- [2] Ann Lee, Boqian Wua, **Bo Chen**. *Other Things*. Workshop on Stuff at ICLR 2023.

Peer-Reviewed Journal Publications
- [3] Ann Lee, Boqian Wu, **Bo Chen**. *Journal Things*. TMLR. 2023.

Pre-print and Under-Review
- [4] Boqian Wu, **Bo Chen**. *Future Things*. Under Review.
"""


def test_cv_sections_owner_and_affiliation_letters():
    name, ds, errs = drafts(make_doc(CV))
    assert name == "cv_text" and not errs
    assert [d.record_type for d in ds] == ["conference", "conference", "journal", "preprint"]
    assert [d.source_record_id for d in ds] == ["1", "2", "3", "4"]
    assert all(d.owner == "Bo Chen" for d in ds)
    assert ds[1].authors == ["Ann Lee", "Boqian Wu", "Bo Chen"]  # "Wua": a stray affiliation letter
    assert ds[3].venue is None and ds[3].year is None
    assert ds[0].badges == ["Spotlight"]


DAILY = """Daily Papers

byAK and the research community

Jan 8

A Paper With Everything

""" + "Our own words about a paper with every block present; " * 5 + """

  • 7 authors
·
Feb 7, 2024 3

A Paper Without A Block

""" + "Our own words about a paper that lacks its author and date block entirely here; " * 3 + """

A Paper From An Org

""" + "Our own words about a paper that an organisation posted rather than its authors; " * 3 + """

moonshotai Moonshot AI
·
Mar 16
"""


def test_daily_papers_blocks():
    name, ds, errs = drafts(make_doc(DAILY))
    assert name == "daily_papers" and not errs
    assert [d.title for d in ds] == ["A Paper With Everything", "A Paper Without A Block", "A Paper From An Org"]
    assert (ds[0].author_count, ds[0].date_text, ds[0].upvotes) == (7, "Feb 7, 2024", 3)
    assert ds[1].author_count is None and ds[1].date_text is None
    assert (ds[2].org, ds[2].date_text, ds[2].upvotes) == ("Moonshot AI", "Mar 16", None)
    assert all(d.page_date_text == "Jan 8" for d in ds)


PROFILE = """Researcher profile

Bo Chen

Published work

2 published item(s)

preprint2026arXiv

First Paper Title

Our own abstract.

conference2023ICML

Second Paper Title
"""


def test_profile_page():
    name, ds, errs = drafts(make_doc(PROFILE))
    assert name == "profile_page" and not errs
    assert [(d.record_type, d.year, d.venue, d.title) for d in ds] == [
        ("preprint", 2026, "arXiv", "First Paper Title"),
        ("conference", 2023, "ICML", "Second Paper Title"),
    ]
    assert ds[0].owner == "Bo Chen" and ds[1].abstract is None


def test_records_csv_jsonl_parquet_agree():
    csv_text = 'id,title,authors,venue,year,doi\nA1,"Sparse, Things","Ann Lee; Bo Chen",ICML,2024,10.1/X\nA2,,Bo Chen,,2020,\nA3,Bad Year,Bo Chen,,soon,\n'
    _, ds_csv, errs = drafts(make_doc(csv_text))
    assert [d.title for d in ds_csv] == ["Sparse, Things"] and len(errs) == 2
    assert ds_csv[0].authors == ["Ann Lee", "Bo Chen"] and ds_csv[0].source_record_id == "A1"
    jsonl = '{"id": "A1", "title": "Sparse, Things", "authors": ["Ann Lee", "Bo Chen"], "venue": "ICML", "year": 2024}\nnot json\n'
    _, ds_json, errs = drafts(make_doc(jsonl))
    assert ds_json[0].authors == ds_csv[0].authors and len(errs) == 1
    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["A1"], "title": ["Sparse, Things"], "authors": ["Ann Lee, Bo Chen"], "year": [2024]}), buf)
    _, ds_pq, errs = drafts(make_doc(buf.getvalue()))
    assert ds_pq[0].authors == ds_csv[0].authors and ds_pq[0].year == 2024 and not errs


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary content"),
        (b"just some words\nthat are not a known format\n", "no extractor recognises"),
        ("CVJul 7, 2022\n".encode("utf-16"), "binary content"),
        (b"Daily Papers\n\xff\xfe broken \xe9 latin-1\n", "not valid UTF-8"),
    ],
)
def test_detection_says_why_nothing_fits(data, reason):
    with pytest.raises(UnknownFormat) as exc:
        extractors.detect(make_doc(data, "file:///x.txt"))
    assert reason in str(exc.value) and "file:///x.txt" in str(exc.value)


@pytest.mark.parametrize("name, kind", [("profile", "profile_page"), ("listing", "listing_page"),
                                        ("cv", "cv_text"), ("daily_a", "daily_papers"), ("daily_b", "daily_papers")])
def test_seed_formats_detected(name, kind):
    doc = make_doc(seed_path(name).read_bytes())
    assert extractors.detect(doc).name == kind


def test_seed_listing_splits_all_fifty():
    _, ds, errs = drafts(make_doc(seed_path("listing").read_bytes()))
    assert len(ds) == 50 and not errs
    by_title = {d.title: d for d in ds}
    d = by_title["Outlier Weighed Layerwise Sparsity (OWL): A Missing Secret Sauce for Pruning LLMs to High Sparsity"]
    assert d.authors == ["Lu Yin", "You Wu", "Zhenyu Zhang"] and d.authors_truncated
    d = by_title["From Low Rank Gradient Subspace Stabilization to Low-Rank Weights: Observations, Theories, and Applications"]
    assert d.authors == ["Ajay Jaiswal", "Yifan Wang", "Lu Yin"]
    d = by_title["Layer Collapse in Diffusion Language Models"]
    assert d.authors == ["Alexander Conzelmann", "Albert Catalan-Tatjer", "Shiwei Liu"] and not d.authors_truncated
    assert (d.score, d.category, d.date_text, d.has_code) == (90.8, "LG", "May 7", True)
    assert "Composable Interventions for Language Models" in by_title
    assert by_title["Composable Interventions for Language Models"].authors[1] == "Kyle O'Brien"


def test_seed_cv_fields():
    _, ds, errs = drafts(make_doc(seed_path("cv").read_bytes()))
    assert len(ds) == 61 and not errs
    by_n = {d.source_record_id: d for d in ds}
    assert by_n["14"].authors[:2] == ["Ajay Jaiswal", "Shiwei Liu"]
    assert by_n["21"].badges == ["Oral"] and by_n["30"].badges == ["Oral", "Best Paper"]
    assert by_n["26"].equal_contribution == ["Shiwei Liu", "Tianlong Chen"]
    assert by_n["57"].authors[:2] == ["Boqian Wu", "Qiao Xiao"]
    assert by_n["61"].record_type == "thesis" and by_n["61"].year == 2022
    assert by_n["45"].year == 2021 and by_n["45"].venue == "Neural Computing and Applications"
    assert by_n["47"].record_type == "preprint"
    assert all(d.owner == "Shiwei Liu" for d in ds)


def test_records_author_field_keeps_broken_character_references_whole():
    """``fr &233; d &233; ric`` is one name written with broken character references (as
    tokenised bibliographic exports have them): its ";" are not author separators."""
    from extractors.records_table import split_author_field

    assert split_author_field("fr &233; d &233; ric dupont, ann lee") == ["frédéric dupont", "ann lee"]
    assert split_author_field("Lee, Ann; Chen, Bo") == ["Lee, Ann", "Chen, Bo"]


BIBTEX_NAMES = r"""@article{k1,
  title = {Learning \textit{Irreversibly} and \emph{Monotonically} in {BERT}},
  author = {Sch{\"o}lkopf, Bernhard and {Barnes and Noble} and Gr\'egory Schehr and First M. Last and Erd{\H{o}}s, Paul and others},
  journal = {Journal of Things \& Stuff},
  year = {2021},
  url = {https://example.org/~lee/paper_50%.pdf}
}
"""


def test_bibtex_names_and_latex_come_out_as_text():
    from extractors.bibtex import BibtexExtractor

    (draft,) = list(BibtexExtractor().extract(make_doc(BIBTEX_NAMES)))
    assert draft.title == "Learning Irreversibly and Monotonically in BERT"
    assert draft.authors == ["Bernhard Schölkopf", "Barnes and Noble", "Grégory Schehr", "First M. Last", "Paul Erdős"]
    assert draft.authors_truncated
    assert draft.venue == "Journal of Things & Stuff"
    assert draft.url == "https://example.org/~lee/paper_50%.pdf"  # links are not LaTeX


FRONT_MATTER_TOML = """+++
title = "Sparse Mixtures under Memory Limits"
authors = ["Ann Lee", "admin", "Bo Chen*"]
date = 2023-05-02
publication = "_Journal of Made-up Results_"
publication_types = ["2"]
doi = "10.1234/made.up.1"
+++
A page of our own about the paper.
"""
FRONT_MATTER_CITATION = """---
title: 'Dense Things: A Study'
collection: publications
date: 2019-01-01
venue: '<b>Workshop on Things</b>'
citation: 'Lee, A., Chen, B., &amp; Roe, J. (2019). Dense Things: A Study. <i>Workshop on Things</i>.'
---
"""
BLOG_POST = """---
title: "My trip to a conference"
author: Ann Lee
date: 2024-03-01
tags: [travel]
---
We went to a conference.
"""


def test_markdown_front_matter_toml_yaml_and_a_blog_post():
    from extractors import UnknownFormat, detect

    doc = make_doc(FRONT_MATTER_TOML)
    assert detect(doc).name == "markdown_front_matter"
    (d,) = list(detect(doc).extract(doc))
    assert (d.title, d.authors, d.authors_truncated, d.year, d.venue, d.record_type) == (
        "Sparse Mixtures under Memory Limits", ["Ann Lee", "Bo Chen"], True, 2023, "Journal of Made-up Results", "journal")
    doc = make_doc(FRONT_MATTER_CITATION)
    (d,) = list(detect(doc).extract(doc))
    assert (d.authors, d.venue, d.year) == (["A. Lee", "B. Chen", "J. Roe"], "Workshop on Things", 2019)
    with pytest.raises(UnknownFormat):  # a blog post with an author is not a publication
        detect(make_doc(BLOG_POST))


@pytest.mark.parametrize("text,names,truncated", [
    ("A One, B Two, C Three, D Four, Owner Name, E Five, and F Six",
     ["A One", "B Two", "C Three", "D Four", "Owner Name", "E Five", "F Six"], False),
    ("Miller, Aryeh H, Stroud, James T, and Losos, Jonathan B", ["Aryeh H Miller", "James T Stroud", "Jonathan B Losos"], False),
    ("Reynolds, R.G., Reger, M.E., and Gerber, G.P.", ["R.G. Reynolds", "M.E. Reger", "G.P. Gerber"], False),
    ("Lee, Ann; Chen, Bo", ["Ann Lee", "Bo Chen"], False),
    ("Ann Lee, Bo Chen, and 3 others", ["Ann Lee", "Bo Chen"], True),
    ("van der Berg, Jos, and Smith, J.", ["Jos van der Berg", "J. Smith"], False),
    # Chicago / MLA: only the first author inverted
    ("Lee, Ann, Bo Chen, and Cy Roe", ["Ann Lee", "Bo Chen", "Cy Roe"], False),
    # ... but surnames alone stay surnames
    ("Lee, Chen, Roe", ["Lee", "Chen", "Roe"], False),
    # the last initial's period, taken by the citation's period, back when the others have theirs
    ("Lee, A., Chen, B. J., and Roe, C", ["A. Lee", "B. J. Chen", "C. Roe"], False),
    # ... and not when the list prints initials without periods
    ("Lee, A, Chen, B, Roe, C", ["A Lee", "B Chen", "C Roe"], False),
])
def test_rendered_author_lists_keep_order_and_initials(text, names, truncated):
    from extractors.author_lists import split_author_list

    assert split_author_list(text) == (names, truncated)


def test_html_author_list_across_inline_markup():
    from extractors import detect

    page = ('<html><body><h2>2024</h2><ol class="bibliography"><li><div class="row">'
            '<div class="title">Sparse Things at Scale</div>'
            '<div class="author">A One, B Two, C Three, D Four, <em>Owner Name</em>, E Five, and F Six</div>'
            '<div class="periodical"><em>Journal of Things</em> 2024</div></div></li></ol></body></html>')
    doc = make_doc(page)
    (d,) = list(detect(doc).extract(doc))
    assert d.authors == ["A One", "B Two", "C Three", "D Four", "Owner Name", "E Five", "F Six"] and d.year == 2024


@pytest.mark.parametrize("text,authors,title,venue,year", [
    ("Lee, A., & Chen, B. W. (2023). Sparse mixtures of experts in practice. medRxiv, 2023-04.",
     ["A. Lee", "B. W. Chen"], "Sparse mixtures of experts in practice", "medRxiv", 2023),
    ("Lee, A., Chen, B., Roe, J. and M. Doe. (2015) Dense things at scale. Theoretical Things 8:333-347",
     ["A. Lee", "B. Chen", "J. Roe", "M. Doe"], "Dense things at scale", "Theoretical Things", 2015),
    ('Lee A., Chen B. (2018): "Graph Ladders for Sparse Things". Water 10(2), 186.',
     ["Lee A.", "Chen B."], "Graph Ladders for Sparse Things", "Water", 2018),
    # one name alone keeps its initial's period as written (the Vancouver rule that drops a
    # last name's period needs other names without one)
    ('Lee A. (2019): "Graph Ladders for Sparse Things" Water 10, 186.',
     ["Lee A."], "Graph Ladders for Sparse Things", "Water", 2019),
    ("Lee AH, Chen BT. (2019). Graph Ladders for Sparse Things. Water 10, 186.",
     ["Lee AH", "Chen BT"], "Graph Ladders for Sparse Things", "Water", 2019),
    ("Lee, Ann and Chen, Bo (2021). Unmasking Sparse Things. Journal of Made-up Results.",
     ["Ann Lee", "Bo Chen"], "Unmasking Sparse Things", "Journal of Made-up Results", 2021),
])
def test_author_year_citations(text, authors, title, venue, year):
    from extractors.citations import parse_citation

    e = parse_citation(text)
    assert e is not None and (e.authors, e.title, e.venue, e.year) == (authors, title, venue, year)


def test_title_first_citation_and_non_citations():
    from extractors.citations import parse_citation, parse_title_first

    e = parse_title_first("Sparse things at scale (Lee, Chen & Roe, 2025) Journal of Things Abstract We look.")
    assert (e.title, e.authors, e.year, e.venue) == ("Sparse things at scale", ["Lee", "Chen", "Roe"], 2025,
                                                     "Journal of Things")
    assert parse_citation("Back to top") is None and parse_title_first("Back to top") is None
    assert parse_citation("In 2021 we moved. The lab grew.") is None


MARKDOWN_PAGE = """---
title: "Publications"
layout: archive
---

Papers I wrote, newest first.

## Journal articles

1. Ann Lee, Bo Chen, and Cy Dee. "Sparse Mixtures under Memory Limits." *Journal of Things* 12 (2024): 1-9.
2. Lee, A., & Roe, J. (2021). Dense retrieval at scale. Machine Learning Letters, 4(2), 10-20.

**Preprints**

**Ann Lee**, Bo Chen, *et al.*  
*Graph Ladders for Sparse Things*  
arXiv e-prints, [arXiv:2401.00001 (2024)](https://arxiv.org/abs/2401.00001)

## Talks

- A talk at a workshop, 2023.
"""


def test_markdown_publication_page_by_structure():
    from extractors import detect

    doc = make_doc(MARKDOWN_PAGE)
    ex = detect(doc)
    assert ex.name == "markdown_page"
    items = list(ex.extract(doc))
    drafts = [d for d in items if isinstance(d, Draft)]
    got = [(d.title, d.authors, d.year, d.venue) for d in drafts]
    assert got == [
        ("Sparse Mixtures under Memory Limits", ["Ann Lee", "Bo Chen", "Cy Dee"], 2024, "Journal of Things"),
        ("Dense retrieval at scale", ["A. Lee", "J. Roe"], 2021, "Machine Learning Letters"),
        ("Graph Ladders for Sparse Things", ["Ann Lee", "Bo Chen"], 2024, "arXiv e-prints"),
    ]
    assert drafts[2].authors_truncated
    # the prose line (no digit, mostly lower case) is neither a record nor a reject (until
    # 2026-12-06 it was a reject); the talk section is not read at all
    assert [r.excerpt for r in items if isinstance(r, RecordError)] == []


def test_a_missing_comma_before_the_owner_is_two_names():
    from extractors.cv_entries import split_authors

    names, owner, _ = split_authors("Yu-Chen Lin, Hsin-Ying Lee **Jia-Bin Huang**, Ming-Hsuan Yang")
    assert names == ["Yu-Chen Lin", "Hsin-Ying Lee", "Jia-Bin Huang", "Ming-Hsuan Yang"] and owner == "Jia-Bin Huang"
    names, _, _ = split_authors("Juan Pablo Narvaez Gomez, Ann Lee, Bo Chen")  # no mark: one long name
    assert names[0] == "Juan Pablo Narvaez Gomez"


def test_cv_entry_with_a_leading_mark_and_an_arxiv_tail():
    from extractors.cv_entries import entry_draft

    d = entry_draft(1, "(∗) Ann Lee, Bo Chen. Sparse Corners Process, arXiv:2607.27810 [math.PR].",
                    number=None, section_kind=None, owner=None)
    assert (d.title, d.authors) == ("Sparse Corners Process", ["Ann Lee", "Bo Chen"])
    assert d.venue.startswith("arXiv:2607.27810")


@pytest.mark.parametrize("text,authors,title,venue,year", [
    # DBLP: the names end at a colon, the year in brackets at the end
    ("Ann Lee, Bo Chen, Cy Roe: Sparse Mixtures under Memory Limits. J. Made-up Res. 3(2): 1-9 (2021)",
     ["Ann Lee", "Bo Chen", "Cy Roe"], "Sparse Mixtures under Memory Limits", "J. Made-up Res", 2021),
    # ... and a title that holds a colon of its own
    ("Ann Lee, Bo Chen: Ladders: How Sparse Things Climb. ICLR 2022",
     ["Ann Lee", "Bo Chen"], "Ladders: How Sparse Things Climb", "ICLR", 2022),
    # Vancouver: bare initials after the surname, the year after the venue
    ("Lee AB, Chen B, Roe C. Sparse mixtures under memory limits. Made-up Med J. 2021;3(2):1-9.",
     ["A. B. Lee", "B. Chen", "C. Roe"], "Sparse mixtures under memory limits", "Made-up Med J", 2021),
    # Chicago author-date: the first author inverted, the year after the names
    ("Lee, Ann, Bo Chen, and Cy Roe. 2021. \u201cSparse Mixtures under Memory Limits.\u201d Made-up Review 3 (2): 1\u20139.",
     ["Ann Lee", "Bo Chen", "Cy Roe"], "Sparse Mixtures under Memory Limits", "Made-up Review", 2021),
])
def test_citation_styles_read_by_the_entry_readers(text, authors, title, venue, year):
    from extractors.markdown_page import read_block

    got = read_block(text)
    assert got[:5] == (authors, False, title, venue, year)


def test_a_sentence_with_a_colon_is_not_a_dblp_entry():
    from extractors.citations import parse_names_colon, parse_vancouver

    assert parse_names_colon("Selected talks: Sparse Mixtures under Memory Limits. Made-up Workshop 2021") is None
    assert parse_names_colon("Sparse Firm Dynamics: A Global Perspective. Made-up Summer Forum 2015") is None
    assert parse_vancouver("Invited talk. Sparse mixtures under memory limits. Made-up Workshop. 2021.") is None


@pytest.mark.parametrize("name,ok", [
    ("Phys.Lett.B", False), ("Astrophys.J", False), ("Phys. Rev. Lett", False), ("Comput.Phys.Commun", False),
    ("Ann Lee", True), ("J.-P. Bouchaud", True), ("Ch. Lee", True), ("John Smith Jr.", True), ("A. B. Lee", True),
    # a company's legal suffix is no part of a person's name (a thesis printer beside the owner)
    ("ProQuest LLC", False), ("Made-up Press Inc.", False), ("William H. Press", True),
])
def test_abbreviated_venues_are_not_names(name, ok):
    from extractors.author_lists import plausible_name

    assert plausible_name(name) is ok


WOWCHEMY_CARDS = """<html><body><h1>Publications</h1>
<div class="card-simple"><div class="article-metadata"><div><span>Ann Lee</span>, <span>Bo Chen</span></div>
<span class="article-date">July 2025</span><span class="middot-divider"></span><span class="pub-publication"></span></div>
<h3 class="article-title"><a href="/publication/a/">Sparse Mixtures under Memory Limits</a></h3>
<div class="article-style"><p>We write a made-up abstract of one sentence here.</p></div></div>
<div class="card-simple"><div class="article-metadata"><div><span>Cy Roe</span>, <span>Ann Lee</span></div>
<span class="article-date">2024</span><span class="pub-publication"><em>Journal of Made-up Results</em>, 3(2), pp. 1-9</span></div>
<h3 class="article-title"><a href="/publication/b/">Dense Ladders in Practice</a></h3></div>
</body></html>"""


def test_html_items_with_names_in_a_metadata_line():
    """Hugo Academic / Wowchemy cards: no "author" class; the names are the metadata line's
    first element, the year in the date element, the venue in ``pub-publication``."""
    from extractors import detect

    doc = make_doc(WOWCHEMY_CARDS.encode(), "https://example.org/publication/")
    drafts = [d for d in detect(doc).extract(doc) if isinstance(d, Draft)]
    assert [(d.title, d.authors, d.year, d.venue) for d in drafts] == [
        ("Sparse Mixtures under Memory Limits", ["Ann Lee", "Bo Chen"], 2025, None),
        ("Dense Ladders in Practice", ["Cy Roe", "Ann Lee"], 2024, "Journal of Made-up Results"),
    ]


WORD_EXPORT = ("""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>
<p class=MsoNormal><b>Curriculum vitae</b></p>""" + "<p><b>x</b></p>" * 45 + """
<h2>Research and Publications</h2>
<p class=MsoListParagraph><![if !supportLists]>1.<span>\xa0\xa0 </span><![endif]>Ann Lee and Bo Chen. Sparse Mixtures under Memory
Limits. <i>Journal of Made-up Results</i>, 2021.</p>
<p class=MsoListParagraph><![if !supportLists]>2.<span>\xa0\xa0 </span><![endif]>Ann Lee. Dense Ladders in Practice\xa0and Theory.
<i>Made-up Letters</i>, 2019.</p></body></html>""").encode("cp1252")

GRID_LABEL = b"""<html><head><title>Ann Lee</title></head><body>
<div class="row"><div class="col-md-3 sidebar_box">Publications</div><div class="col-md-9"><ul>
<li>Sparse Mixtures under Memory Limits (with Bo Chen). <i>Journal of Made-up Results</i>, 2021.</li>
<li>Dense Ladders in Practice (with Cy Roe). <i>Made-up Letters</i>, 2019.</li></ul></div></div></body></html>"""


def test_html_in_a_declared_legacy_charset_with_a_late_heading():
    """A word processor's HTML export: windows-1252 declared in a meta tag (not valid UTF-8),
    the section heading after many bold words, list numbers in conditional comments."""
    from extractors import detect

    doc = make_doc(WORD_EXPORT, "https://example.org/index.html")
    assert detect(doc).name == "html_publications"
    drafts = [d for d in detect(doc).extract(doc) if isinstance(d, Draft)]
    assert [(d.title, d.year) for d in drafts] == [("Sparse Mixtures under Memory Limits", 2021),
                                                   ("Dense Ladders in Practice and Theory", 2019)]
    assert not any("supportLists" in d.title for d in drafts)


def test_html_section_label_in_a_plain_grid_cell():
    from extractors import detect

    doc = make_doc(GRID_LABEL, "https://example.org/cv.html")
    assert detect(doc).name == "html_publications"
    drafts = [d for d in detect(doc).extract(doc) if isinstance(d, Draft)]
    assert [d.title for d in drafts] == ["Sparse Mixtures under Memory Limits", "Dense Ladders in Practice"]


def test_co_author_initials_are_not_sentence_ends():
    from extractors.citations import parse_with_coauthors

    e = parse_with_coauthors("Sparse Mixtures under Memory Limits (with M. Lee, Ș. Roe and T. Chen). J. Made-up 4 (2020).")
    assert e.authors == ["M. Lee", "Ș. Roe", "T. Chen"] and e.year == 2020


def test_a_venue_paragraph_in_italics_belongs_to_the_entry_before_it():
    """Word-processor HTML prints an entry's venue as a paragraph of its own, in italics."""
    from extractors.markdown_page import entry_blocks, read_block

    lines = ["*12.* [Sparse Mixtures under Memory Limits](https://example.org/a) *(* with A. Lee and B. Chen)", "",
             "*J. Made-up Algebra 48 (2020), no. 11, 4663-4680*", "",
             "We give a made-up abstract here, of one sentence.", "", "*Journal papers*", ""]
    blocks = entry_blocks(lines)
    got = read_block(*blocks[0])
    assert got[:5] == (["A. Lee", "B. Chen"], True, "Sparse Mixtures under Memory Limits", "J. Made-up Algebra", 2020)
    assert ("*Journal papers*", None) in blocks  # an italic sub-heading stays apart


def test_a_question_in_a_title_with_its_second_half_in_lower_case():
    from extractors.citations import parse_names_colon

    e = parse_names_colon("Ann Lee, Bo Chen: Is sparsity enough? Measuring dense ladders in made-up settings. "
                          "Made-up Letters 3(2): 1-9 (2019)")
    assert (e.title, e.venue, e.year) == ("Is sparsity enough? Measuring dense ladders in made-up settings",
                                          "Made-up Letters", 2019)


def test_a_title_may_start_with_a_lower_case_software_name():
    from extractors.markdown_page import read_block

    got = read_block("Lee, A., & Chen, B. (2025). sparsemix: Sparse mixtures in practice. Journal of Made-up Software, 3(2), 1-9.")
    assert got[:5] == (["A. Lee", "B. Chen"], False, "sparsemix: Sparse mixtures in practice", "Journal of Made-up Software", 2025)


def test_daily_papers_json_parsed_once_gives_the_same_drafts():
    """daily_papers_json keeps the items its sniffer parsed for the extract that follows: the
    drafts are those of a fresh parse, and a document sniffed earlier never lends its items to
    another one (same text, other object; other text)."""
    from extractors.daily_papers_json import DailyPapersJsonExtractor

    ex = DailyPapersJsonExtractor()
    one = make_doc('[{"paper": {"id": "2410.00001", "title": "Sparse Things", "authors": [{"name": "Ann Lee"}]}}]')
    two = make_doc('[{"paper": {"id": "2410.00002", "title": "Dense Things", "authors": [{"name": "Bo Li"}]}}]')
    fresh = list(ex.extract(make_doc(one.data)))
    assert ex.sniff(one) == 0.97
    assert list(ex.extract(one)) == fresh
    assert ex.sniff(one) == 0.97
    assert [d.title for d in ex.extract(two)] == ["Dense Things"]
    assert list(ex.extract(one)) == fresh  # the kept parse was handed over once, then read again


def test_markdown_link_reference_definitions_are_no_cv_entries():
    """"[t1]: https://..." defines a link in markdown; cv_text's numbered-entry sniffer counted
    such lines as entries "[t1] ...", so a markdown page with them was read as a text CV."""
    from extractors.cv_text import ENTRY

    page = ("# Publications\n\n"
            "- Ada Lovelace, Charles Babbage. A note on the engine. [PDF][t1] Journal of Engines, 1843.\n"
            "- Ada Lovelace. Sketch of the analytical engine. [PDF][t2] Scientific Memoirs, 1842.\n\n"
            "[t1]: https://example.org/engine.pdf\n"
            "[t2]: /files/sketch.pdf \"the sketch\"\n")
    assert not any(ENTRY.match(line) for line in page.splitlines())
    assert extractors.detect(make_doc(page, "file:///pubs.md")).name != "cv_text"
    # A CV entry whose label is followed by a colon and text is still an entry.
    assert ENTRY.match("[1]: Ada Lovelace. A note on the engine. Journal of Engines, 1843.")
    assert ENTRY.match("[J3] Lovelace, A. Sketch of the analytical engine.")
