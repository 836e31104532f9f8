"""The canonical title of a work as a reader sees it (#17): from the best source present,
in the spelling most sources agree on, with informative casing; never from the members'
order. Property tests on generated works, and the CLI's ``explain`` on my own documents."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from dedup.survivorship import (
    TITLE_SOURCES, explain_title, informative_casing, rank_key, survivor_fields, title_source_tier,
)
from normalizers.titles import title_key

TITLE = "Graph Ladling: Embarrassingly Scalable Training of GNNs"
TYPO = "Graph Laddling: Embarrassingly Scalable Training of GNNs"
KINDS = ["arxiv_atom", "bibtex", "records", "cv_pdf", "cv_text", "html_publications", "listing_page"]


def _record(i: int, title: str, kind: str, venue: str | None = None) -> dict:
    return {"record_id": f"R{i:04d}", "title": title, "title_key": title_key(title), "source_kind": kind,
            "venue": venue, "record_type": None, "authors": ["Ajay Jaiswal", "Shiwei Liu"], "year": 2023}


@st.composite
def works(draw):
    """Members of one work: each a source kind, the right spelling or the typo, and the
    casing as written, lower-cased (a BibTeX style) or in capitals."""
    n = draw(st.integers(2, 7))
    members = []
    for i in range(n):
        kind = draw(st.sampled_from(KINDS))
        title = draw(st.sampled_from([TITLE, TYPO]))
        casing = draw(st.sampled_from(["as written", "lower", "upper"]))
        title = {"as written": title, "lower": title.lower(), "upper": title.upper()}[casing]
        venue = draw(st.sampled_from([None, "ICML", "arXiv"]))
        members.append(_record(i, title, kind, venue))
    return members


@settings(max_examples=300, deadline=None)
@given(works(), st.randoms())
def test_title_from_the_best_source_with_informative_casing_in_any_order(members, rnd):
    ranks = {r["record_id"]: rank_key(r) for r in members}
    chosen = survivor_fields(members, ranks)
    same_key = [r for r in members if r["title_key"] == title_key(chosen["title"])]
    metadata = [r for r in members if title_source_tier(r) == 0]
    if metadata:  # arXiv or API metadata present: the wording is theirs
        assert any(title_source_tier(r) == 0 for r in same_key)
    else:  # else a wording most members write wins, when the published ones (or all) include it
        published = [r for r in members if ranks[r["record_id"]][0] == 0] or members
        counts = {k: sum(1 for r in members if r["title_key"] == k) for k in {r["title_key"] for r in members}}
        top = sorted(counts.values(), reverse=True)
        majority = max(counts, key=counts.get)
        if (len(top) == 1 or top[0] > top[1]) and any(r["title_key"] == majority for r in published):
            assert title_key(chosen["title"]) == majority
    # informative casing whenever some member wrote this wording with it
    if any(informative_casing(r["title"]) for r in same_key):
        assert informative_casing(chosen["title"])
    # the title and its provenance agree, and do not depend on the members' order
    assert next(r for r in members if r["record_id"] == chosen["title_from"])["title"] == chosen["title"]
    shuffled = list(members)
    rnd.shuffle(shuffled)
    assert survivor_fields(shuffled, ranks)["title"] == chosen["title"]


def test_a_scraped_typo_never_beats_metadata_and_lower_case_takes_casing_from_another_copy():
    cv = _record(1, TYPO, "cv_pdf", "International Conference on Machine Learning (ICML)")
    arxiv = _record(2, TITLE, "arxiv_atom", "arXiv")
    assert survivor_fields([cv, arxiv])["title"] == TITLE  # the CV is "published", arXiv is not: source wins
    bib = _record(3, "Selfish sparse rnn training", "bibtex", "ICML")
    page = _record(4, "Selfish Sparse RNN Training", "html_publications", "ICML")
    fields = survivor_fields([bib, page])
    assert fields["title"] == "Selfish Sparse RNN Training" and fields["title_from"] == "R0004"
    why = explain_title([bib, page])
    assert "title from R0003 (bibtex" in why and "casing from R0004 (html_publications)" in why
    assert "2 of 2" in why


def test_the_source_table_names_real_extractors():
    import extractors

    assert set(TITLE_SOURCES) <= set(extractors.kinds())


def test_informative_casing():
    assert informative_casing("Selfish Sparse RNN Training") and informative_casing("Sparse training of BERT")
    assert not informative_casing("selfish sparse rnn training")
    assert not informative_casing("Selfish sparse rnn training")  # only the first letter: no information
    assert not informative_casing("SELFISH SPARSE RNN TRAINING")


def test_every_structured_export_ranks_above_scraped_text():
    """Formats whose fields come as named keys (no reading of layout) are the structured tier."""
    structured = ("bibtex", "records", "markdown_front_matter", "publication_data")
    assert all(title_source_tier({"source_kind": k}) == 1 for k in structured)
    assert title_source_tier({"source_kind": "cv_pdf"}) == title_source_tier({"source_kind": "html_publications"}) == 2
