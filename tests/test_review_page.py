"""The review page (#18) in a real headless browser (Debian's Chromium, driven by Playwright):
it opens from disk, a person's clicks become a labels file and a curation file that the
CLI accepts, and a screenshot is taken."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dedup.review import build
from dedup.supervised import parse_labels
from warehouse import Lake

from .test_cli_newcomer import sl

CHROMIUM = Path("/usr/bin/chromium")
# As the machine's notes say: without the background-networking flags Chromium tries hosts
# this closed network refuses.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, examples_lake_factory) -> tuple[Path, Path]:
    """The examples' lake and its review page."""
    tmp = tmp_path_factory.mktemp("review")
    lake = examples_lake_factory(tmp / "lake")
    page = tmp / "review.html"
    done = sl("review", "--lake", lake, "--out", page)
    assert done.returncode == 0 and page.exists(), done.stderr
    return lake, page


def test_review_items_name_real_records_and_every_kind_has_a_reason(reviewed):
    lake, _ = reviewed
    con = Lake(lake).connect()
    rows = con.execute("select * from records").fetch_arrow_table().to_pylist()
    work_of = dict(con.execute("select record_id, work_id from work_records").fetchall())
    from scholarlake.pipeline import current_model

    model, _ = current_model(con)
    review = build(rows, work_of, model)
    assert review.items and review.n_works == len(set(work_of.values()))
    ids = {r["record_id"] for r in rows}
    for it in review.items:
        assert {it.left["record_id"], it.right["record_id"]} <= ids and it.why
        assert it.same_work == (work_of[it.left["record_id"]] == work_of[it.right["record_id"]])
        if it.kind == "weak merge":
            assert it.same_work and it.probability < 0.95
        if it.kind == "near miss":
            assert not it.same_work
    assert sum(review.merged_scores) + sum(review.apart_scores) > 0
    assert sum(review.works_per_source.values()) >= review.n_works


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: `make test` installs Debian's chromium "
                                                  "when it runs as root with apt-get")
def test_review_page_in_chromium_clicks_become_labels_and_curation(reviewed, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    lake, page_file = reviewed
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400}, accept_downloads=True)
            page.goto(page_file.as_uri())
            items = page.locator("section.item")
            assert items.count() >= 2
            first, second = items.nth(0), items.nth(1)
            first.locator("button.same").click()
            second.locator("button.different").click()
            assert page.locator("#count").inner_text() == "2"
            assert "same paper" in first.locator(".decision").inner_text()
            expected = {(first.get_attribute("data-left"), first.get_attribute("data-right")): True,
                        (second.get_attribute("data-left"), second.get_attribute("data-right")): False}
            with page.expect_download() as got:
                page.locator("#labels").click()
            labels_file = tmp_path / "labels.csv"
            got.value.save_as(labels_file)
            with page.expect_download() as got:
                page.locator("#curation").click()
            curation_file = tmp_path / "curation.csv"
            got.value.save_as(curation_file)
            shot = tmp_path / "review.png"
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    labels = parse_labels(labels_file.read_text(), str(labels_file))
    assert {(lb.left, lb.right): lb.match for lb in labels} == expected
    rows = list(csv.DictReader(io.StringIO(curation_file.read_text())))
    assert {(r["left"], r["right"]): r["action"] for r in rows} == {
        k: "must_link" if v else "cannot_link" for k, v in expected.items()}
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    # what the page downloads, the CLI takes
    assert sl("dedup", "--lake", lake, "--curation", curation_file).returncode == 0
    trained = sl("train", labels_file, "--lake", lake)
    assert trained.returncode == 0, trained.stderr
