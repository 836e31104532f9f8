"""HTML publication pages, the daily-papers JSON and BibTeX files from ../shared/external,
checked against values read off the files by hand."""

from __future__ import annotations


import pytest

from scholarlake.pipeline import extract_document

from .conftest import EXTERNAL, make_doc


def _load(rel: str) -> tuple[str, list[dict], list[dict]]:
    path = EXTERNAL / rel
    if not path.exists():
        pytest.skip(f"external test data not available: {path} is absent (it lives in ../shared/external)")
    return extract_document(make_doc(path.read_bytes(), str(path)))


def _by_title(records: list[dict], prefix: str) -> dict:
    hits = [r for r in records if r["title"].startswith(prefix)]
    assert len(hits) == 1, (prefix, [r["title"] for r in hits])
    return hits[0]


def test_html_publications_page():
    kind, recs, rejects = _load("cvs/shiwei_liu/publications_index.html")
    assert kind == "html_publications" and not rejects
    assert len(recs) == 31  # the page renders its list twice; one record per publication
    r = _by_title(recs, "Diffusion language models know the answer before decoding")
    assert r["authors"][:2] == ["Pengxiang Li", "Yefan Zhou"] and len(r["authors"]) == 8
    assert (r["year"], r["venue_acronym"], r["badges"]) == (2026, "ICLR", ["Oral"])
    assert r["arxiv_id"] == "2508.19982" and r["code_url"] == "https://github.com/pixeli99/Prophet"
    r = _by_title(recs, "GPAS:")
    assert r["authors_truncated"] and len(r["authors"]) == 10 and r["authors"][5] == "Ajay Kumar Jaiswal"
    r = _by_title(recs, "Selfish sparse rnn training")
    assert (r["year"], r["venue_acronym"], r["authors"][0]) == (2021, "ICML", "Shiwei Liu")
    r = _by_title(recs, "Junk DNA Hypothesis")  # the page carries a mangled "$\\backslashtextit {...}$"
    assert r["title"] == ('Junk DNA Hypothesis: Pruning Small Pre-Trained Weights Irreversibly and Monotonically '
                          'Impairs"Difficult" Downstream Tasks in LLMs')


def test_html_template_cv_page_is_rejected_per_entry():
    kind, recs, rejects = _load("cvs/shiwei_liu/cv_index.html")
    # an al-folio template's filler (lorem ipsum under dates): no records, and what looked
    # like entries is rejected with the reason
    assert recs == [] and rejects
    assert all(r["reason"].startswith(("not a publication entry", "entry read, but")) for r in rejects)


def test_daily_papers_json():
    kind, recs, rejects = _load("hf_daily_papers/daily_papers_2024-10-25_first4.json")
    assert kind == "daily_papers_json" and not rejects and len(recs) == 4
    r = recs[0]
    assert r["title"] == "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss"
    assert (r["arxiv_id"], r["upvotes"], r["author_count"], str(r["date"])) == ("2410.17243", 64, 9, "2024-10-22")
    assert r["authors"][0] == "Zesen Cheng" and r["source_record_id"] == "2410.17243"
    assert [x["upvotes"] for x in recs] == [64, 41, 37, 35]


def test_bibtex_shiwei_liu():
    kind, recs, rejects = _load("bibtex/shiwei_liu_papers.bib")
    assert kind == "bibtex" and not rejects and len(recs) == 38
    r = _by_title(recs, "GradientStabilizer")
    assert r["authors"][0] == "Tianjin Huang" and r["authors"][-1] == "Shiwei Liu" and len(r["authors"]) == 13
    assert (r["year"], r["venue_acronym"], r["record_type"], r["arxiv_id"]) == (2026, "ICML", "conference", "2502.17055")
    r = _by_title(recs, "OwLore")
    # its 'paper' field is given twice with two different arXiv ids: trust neither
    assert r["arxiv_id"] is None and r["source_record_id"] == "li2024owlore"
    r = _by_title(recs, "When Does Sparsity Mitigate")
    assert r["code_url"] == "https://github.com/pUmpKin-Co/SparsityAndCoD"


def test_bibtex_yang_song_keeps_duplicate_keys():
    kind, recs, rejects = _load("bibtex/yang_song_papers.bib")
    assert not rejects and len(recs) == 43
    keys = [r["source_record_id"] for r in recs]
    assert "gao2020learning" in keys and "gao2020learning#2" in keys
    r = _by_title(recs, "Anytime Sampling for Autoregressive Models")
    assert r["authors"][:2] == ["Yilun Xu", "Yang Song"] and r["year"] == 2021 and r["venue_acronym"] == "ICLR"
    r = _by_title(recs, "Simplifying, Stabilizing and Scaling Continuous-Time Consistency Models")
    assert r["badges"] == ["Oral"] and r["arxiv_id"] == "2410.11081" and r["record_type"] == "conference"
