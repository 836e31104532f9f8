"""The scorer of ``benchmarks.real_sites`` (the held-out real-sites measurement, #21) can fail.

It runs on a small publication page written for this test (three made-up papers, not from
``../shared`` and not from any fetched repository), never on the real documents of
``/work/realsites``: those stay outside the repository and outside ``make test``."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.real_sites.__main__ import _prf, score_document, truth

PAGE = """# Publications

- Okonkwo, A., & Lindqvist, B. (2019). Tidal mixing in a shallow fjord. *Journal of Coastal Studies*, 12(3), 45-60.
- Lindqvist, B., Okonkwo, A., & Ferreira, C. (2021). Sediment plumes after a spring flood. *Estuarine Letters*, 7, 101-112.
- Ferreira, C., & Okonkwo, A. (2023). A census of eelgrass meadows. *Marine Botany Reports*, 3, 1-9.
"""


def _entry(title, authors, year, venue):
    return {"file": "pubs.md", "format": "markdown_page", "title": title, "authors": authors, "truncated": False,
            "owner_implied": False, "year": year, "venue": venue}


RIGHT = [
    _entry("Tidal mixing in a shallow fjord", ["Okonkwo, A.", "Lindqvist, B."], 2019, "Journal of Coastal Studies"),
    _entry("Sediment plumes after a spring flood", ["Lindqvist, B.", "Okonkwo, A.", "Ferreira, C."], 2021,
           "Estuarine Letters"),
    _entry("A census of eelgrass meadows", ["Ferreira, C.", "Okonkwo, A."], 2023, "Marine Botany Reports"),
]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "pubs.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _shares(s: dict) -> dict:
    p, r, f1 = _prf(s["found"], s["records"], s["entries"])
    return {"p": p, "r": r, "f1": f1, **{f: s[f] / s["entries"] for f in ("title", "authors", "year", "venue")}}


def test_right_truth_scores_full(page):
    s = score_document(page, RIGHT, capped=False)
    assert s["kind"] == "markdown_page" and s["records"] == 3 and s["lost"] == 0
    assert _shares(s) == {"p": 1.0, "r": 1.0, "f1": 1.0, "title": 1.0, "authors": 1.0, "year": 1.0, "venue": 1.0}


def test_a_wrong_title_is_a_miss(page):
    """A title the page does not print matches no record: recall and precision both drop,
    and the entry counts as lost (no record or reject holds its words)."""
    truth = [RIGHT[0], _entry("Tidal mixing in a deep fjord basin", *[RIGHT[1][k] for k in ("authors", "year", "venue")]),
             RIGHT[2]]
    s = score_document(page, truth, capped=False)
    got = _shares(s)
    assert s["found"] == 2 and [t["title"] for t in s["unmatched"]] == ["Tidal mixing in a deep fjord basin"]
    assert got["r"] == pytest.approx(2 / 3) and got["p"] == pytest.approx(2 / 3) and got["title"] == pytest.approx(2 / 3)
    assert s["lost"] == 1


def test_a_wrong_field_counts_against_that_field_only(page):
    truth = [dict(RIGHT[0], year=2018), dict(RIGHT[1], venue="Estuarine Bulletin"),
             dict(RIGHT[2], authors=["Okonkwo, A.", "Ferreira, C."])]
    got = _shares(score_document(page, truth, capped=False))
    assert got["f1"] == 1.0 and got["title"] == 1.0
    assert got["year"] == pytest.approx(2 / 3) and got["venue"] == pytest.approx(2 / 3)
    assert got["authors"] == pytest.approx(2 / 3)  # same people, another order: strict


def test_capped_truth_counts_records_up_to_the_last_matched(page):
    """A truth of a document's first entries does not count the records after them against
    precision; without the cap it does."""
    assert score_document(page, RIGHT[:2], capped=True)["records"] == 2
    capped_off = score_document(page, RIGHT[:2], capped=False)
    assert capped_off["records"] == 3 and _shares(capped_off)["p"] == pytest.approx(2 / 3)


def test_the_committed_truth_parses():
    """Every truth entry has the scored fields and names a manifest document."""
    from benchmarks.real_sites.__main__ import manifest

    about, rows = truth()
    names = {r["local_path"] for r in manifest()}
    assert set(rows) == names and sum(map(len, rows.values())) == 100
    assert all(len(v) <= 25 for v in rows.values())
    for entries in rows.values():
        for t in entries:
            assert {"title", "authors", "year", "venue"} <= set(t) and t["title"]
    assert [n for n, a in about.items() if a.get("_capped")] == ["jinleiphys__jinleiphys.github.io/publications.md"]


def test_batch_two_is_its_own_manifest_and_truth():
    """Batch 2 (a second blind set) has its own manifest and truth: every entry names a batch-2
    document, no document or repository is shared with batch 1 or with ../shared/external/sites
    (the tuned site documents: the next test), and batch 1's truth reads exactly as before."""
    from benchmarks.real_sites.__main__ import BATCHES, manifest

    assert sorted(BATCHES) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    about2, rows2 = truth(2)
    names2 = {r["local_path"] for r in manifest(2)}
    assert set(rows2) == names2 and len(names2) == 13 and sum(map(len, rows2.values())) == 216
    assert all(len(v) <= 25 for v in rows2.values()) and set(about2) == names2
    assert sum(1 for a in about2.values() if a.get("_capped")) == 5
    repos1, repos2 = {r["repo"].lower() for r in manifest(1)}, {r["repo"].lower() for r in manifest(2)}
    assert len(repos2) == 13 and not repos2 & repos1
    assert {t["file"] for v in truth(1)[1].values() for t in v} == {r["local_path"] for r in manifest(1)}


def test_batch_three_is_its_own_manifest_and_truth():
    """Batch 3 (a third blind set) has its own manifest and truth: every entry names a batch-3
    document, every document has an _about row, and no repository (nor owner) is shared with
    batch 1 or 2."""
    from benchmarks.real_sites.__main__ import manifest

    about3, rows3 = truth(3)
    names3 = {r["local_path"] for r in manifest(3)}
    assert set(rows3) == names3 and len(names3) == 12 and sum(map(len, rows3.values())) == 174
    assert all(len(v) <= 25 for v in rows3.values()) and set(about3) == names3
    assert sum(1 for a in about3.values() if a.get("_capped")) == 2
    fmt = {r["local_path"]: r["format"] for r in manifest(3)}
    assert all(t["format"] == fmt[name] for name, v in rows3.items() for t in v)
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in (1, 2, 3)}
    assert len(owners[3]) == 12 and not owners[3] & (owners[1] | owners[2])


def test_batch_four_is_its_own_manifest_and_truth():
    """Batch 4 (a fourth blind set) has its own manifest and truth: every entry names a batch-4
    document with that document's format, every document has an _about row, and no owner is
    shared with batches 1-3."""
    from benchmarks.real_sites.__main__ import manifest

    about4, rows4 = truth(4)
    names4 = {r["local_path"] for r in manifest(4)}
    assert set(rows4) == names4 and len(names4) == 10 and sum(map(len, rows4.values())) == 144
    assert all(len(v) <= 25 for v in rows4.values()) and set(about4) == names4
    assert sum(1 for a in about4.values() if a.get("_capped")) == 2
    fmt = {r["local_path"]: r["format"] for r in manifest(4)}
    assert all(t["format"] == fmt[name] for name, v in rows4.items() for t in v)
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in (1, 2, 3, 4)}
    assert len(owners[4]) == 10 and not owners[4] & (owners[1] | owners[2] | owners[3])


def test_batch_five_is_its_own_manifest_and_truth():
    """Batch 5 (a fifth blind set) has its own manifest and truth: every entry names a batch-5
    document with that document's format, every document has an _about row, one document per
    owner, and no owner is shared with batches 1-4."""
    from benchmarks.real_sites.__main__ import manifest

    about5, rows5 = truth(5)
    names5 = {r["local_path"] for r in manifest(5)}
    assert set(rows5) == names5 and len(names5) == 11 and sum(map(len, rows5.values())) == 167
    assert all(len(v) <= 25 for v in rows5.values()) and set(about5) == names5
    assert sum(1 for a in about5.values() if a.get("_capped")) == 2
    fmt = {r["local_path"]: r["format"] for r in manifest(5)}
    assert all(t["format"] == fmt[name] for name, v in rows5.items() for t in v)
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in (1, 2, 3, 4, 5)}
    assert len(owners[5]) == 11 and not owners[5] & (owners[1] | owners[2] | owners[3] | owners[4])


def test_batch_six_is_its_own_manifest_and_truth():
    """Batch 6 (a sixth blind set) has its own manifest and truth: every entry names a batch-6
    document with that document's format, every document has an _about row, one document per
    owner, and no owner is shared with batches 1-5."""
    from benchmarks.real_sites.__main__ import manifest

    about6, rows6 = truth(6)
    names6 = {r["local_path"] for r in manifest(6)}
    assert set(rows6) == names6 and len(names6) == 10 and sum(map(len, rows6.values())) == 233
    assert all(len(v) <= 25 for v in rows6.values()) and set(about6) == names6
    assert sum(1 for a in about6.values() if a.get("_capped")) == 7
    fmt = {r["local_path"]: r["format"] for r in manifest(6)}
    assert all(t["format"] == fmt[name] for name, v in rows6.items() for t in v)
    assert {r["format"] for r in manifest(6)} == {"cv_pdf", "markdown_page", "html_handwritten", "html_rendered", "bibtex"}
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in (1, 2, 3, 4, 5, 6)}
    assert len(owners[6]) == 10 and not owners[6] & (owners[1] | owners[2] | owners[3] | owners[4] | owners[5])


def test_batch_seven_is_its_own_manifest_and_truth():
    """Batch 7 (a seventh blind set) has its own manifest and truth: every entry names a batch-7
    document with that document's format, every document has an _about row, the five formats
    are present, one document per owner, and no owner is shared with batches 1-6."""
    from benchmarks.real_sites.__main__ import manifest

    about7, rows7 = truth(7)
    names7 = {r["local_path"] for r in manifest(7)}
    assert set(rows7) == names7 and len(names7) == 10 and sum(map(len, rows7.values())) == 211
    assert all(len(v) <= 25 for v in rows7.values()) and set(about7) == names7
    assert sum(1 for a in about7.values() if a.get("_capped")) == 5
    fmt = {r["local_path"]: r["format"] for r in manifest(7)}
    assert all(t["format"] == fmt[name] for name, v in rows7.items() for t in v)
    assert {r["format"] for r in manifest(7)} == {"cv_pdf", "markdown_page", "html_handwritten", "html_rendered", "bibtex"}
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in (1, 2, 3, 4, 5, 6, 7)}
    earlier = set().union(*(owners[b] for b in (1, 2, 3, 4, 5, 6)))
    assert len(owners[7]) == 10 and not owners[7] & earlier


def test_batch_eight_is_its_own_manifest_and_truth():
    """Batch 8 (an eighth blind set) has its own manifest and truth: every entry names a batch-8
    document with that document's format, every document has an _about row, the five formats
    are present, one document per owner, and no owner is shared with batches 1-7."""
    from benchmarks.real_sites.__main__ import manifest

    about8, rows8 = truth(8)
    names8 = {r["local_path"] for r in manifest(8)}
    assert set(rows8) == names8 and len(names8) == 10 and sum(map(len, rows8.values())) == 192
    assert all(len(v) <= 25 for v in rows8.values()) and set(about8) == names8
    assert sum(1 for a in about8.values() if a.get("_capped")) == 6
    fmt = {r["local_path"]: r["format"] for r in manifest(8)}
    assert all(t["format"] == fmt[name] for name, v in rows8.items() for t in v)
    assert {r["format"] for r in manifest(8)} == {"cv_pdf", "markdown_page", "html_handwritten", "html_rendered", "bibtex"}
    # held out when measured; rows studied since then say by which branch (the CV PDFs: wt-realstudy8pdf, the others: wt-realstudy8web)
    assert all(not r["status"] or r["status"].startswith("studied since wt-") for r in manifest(8))
    assert all(r["status"] == "studied since wt-realstudy8pdf" for r in manifest(8) if r["format"] == "cv_pdf")
    assert all(r["status"] == "studied since wt-realstudy8web" for r in manifest(8) if r["format"] != "cv_pdf")
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in range(1, 9)}
    earlier = set().union(*(owners[b] for b in range(1, 8)))
    assert len(owners[8]) == 10 and not owners[8] & earlier


def test_batch_nine_is_its_own_manifest_and_truth():
    """Batch 9 (a ninth blind set) has its own manifest and truth: every entry names a batch-9
    document with that document's format, every document has an _about row, the five formats
    are present, one document per owner, and no owner is shared with batches 1-8."""
    from benchmarks.real_sites.__main__ import manifest

    about9, rows9 = truth(9)
    names9 = {r["local_path"] for r in manifest(9)}
    assert set(rows9) == names9 and len(names9) == 10 and sum(map(len, rows9.values())) == 184
    assert all(len(v) <= 25 for v in rows9.values()) and set(about9) == names9
    assert sum(1 for a in about9.values() if a.get("_capped")) == 2
    fmt = {r["local_path"]: r["format"] for r in manifest(9)}
    assert all(t["format"] == fmt[name] for name, v in rows9.items() for t in v)
    assert {r["format"] for r in manifest(9)} == {"cv_pdf", "markdown_page", "html_handwritten", "html_rendered", "bibtex"}
    assert all(not r["status"] for r in manifest(9))
    owners = {b: {r["repo"].split("/")[0].lower() for r in manifest(b)} for b in range(1, 10)}
    earlier = set().union(*(owners[b] for b in range(1, 9)))
    assert len(owners[9]) == 10 and not owners[9] & earlier


def test_no_real_sites_document_is_one_of_the_tuned_site_documents():
    """No batch holds a repository of ../shared/external/sites (the tuned site documents); batches
    3-9 hold no owner of its MANIFEST, and batches 5-9 no owner of its directory names either."""
    import csv

    from benchmarks.real_sites.__main__ import BATCHES, manifest

    shared = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "sites" / "MANIFEST.tsv"
    if not shared.is_file():
        pytest.skip(f"../shared/external/sites is absent ({shared}): nothing to compare the batches with")
    with shared.open(encoding="utf-8", newline="") as fh:
        tuned = {r["repo"].lower() for r in csv.DictReader(fh, delimiter="\t")}
    tuned_owners = {repo.split("/")[0] for repo in tuned}
    for batch in BATCHES:
        assert not {r["repo"].lower() for r in manifest(batch)} & tuned, batch
    shared_dirs = {d.name.split("__")[0].lower() for d in shared.parent.iterdir() if "__" in d.name}
    for batch in (3, 4, 5, 6, 7, 8, 9):
        assert not {r["repo"].split("/")[0].lower() for r in manifest(batch)} & tuned_owners, batch
    for batch in (5, 6, 7, 8, 9):
        assert not {r["repo"].split("/")[0].lower() for r in manifest(batch)} & shared_dirs, batch


def test_export_reports_every_missing_document_of_a_batch(tmp_path):
    """With no mirror at all, exporting batch 2 counts each of its documents as missing (a
    non-zero exit), and writes nothing."""
    from benchmarks.real_sites.__main__ import export, main

    assert export(tmp_path / "no-mirror", tmp_path / "out", batch=2) == 13
    assert main(["export", "--mirror", str(tmp_path / "no-mirror"), "--out", str(tmp_path / "out"), "--batch", "2"]) == 1
    assert not (tmp_path / "out").exists()


def test_the_author_key_takes_a_name_in_any_printed_form_but_not_another_person_or_order():
    """``same_people``: "Okonkwo A.B." (surname first, initials after), "Okonkwo, A. B.",
    "AB Okonkwo", Vancouver's "Okonkwo AB" and "A. B. Okonkwo" are one person; a surname in
    capitals is its name in any case; another initial, another surname or another order is a
    different list."""
    from tests.test_sites_cv_pdf import same_people

    want = ["A. B. Okonkwo", "B. Lindqvist"]
    for got in (["Okonkwo A.B.", "Lindqvist B."], ["Okonkwo, A. B.", "Lindqvist, B."], ["AB Okonkwo", "B. Lindqvist"],
                ["Okonkwo AB", "Lindqvist B"], want):
        assert same_people(got, want) and same_people(want, got), got
    assert same_people(["Ann OKONKWO", "Bo LINDQVIST"], ["Ann Okonkwo", "Bo Lindqvist"])
    assert not same_people(["A. C. Okonkwo", "B. Lindqvist"], want)
    assert not same_people(["B. Lindqvist", "A. B. Okonkwo"], want)
    assert not same_people(["A. B. Okonkwa", "B. Lindqvist"], want)
    assert not same_people(["A. B. Okonkwo"], want)
