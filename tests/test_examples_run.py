"""`scholarlake run` on the default config: the project's own examples, whose intended
merges are written down in examples/README.md."""

from __future__ import annotations

import pytest

from warehouse import Lake

from .conftest import ROOT


def test_default_run_on_examples(tmp_path, cli):
    lake = tmp_path / "lake"
    cli("run", "--config", ROOT / "scholarlake.toml", "--lake", lake)
    con = Lake(lake).connect()
    counts = dict(con.execute("select regexp_extract(source_uri, '[^/]+$'), count(*) from records group by 1").fetchall())
    assert counts == {"profile_page.txt": 5, "listing_page.txt": 8, "cv.md": 10, "daily_papers.txt": 6, "records.csv": 6}
    assert con.execute("select count(*) from rejects").fetchall() == [(0,)]
    titles = dict(con.execute("select title, n_records from works where n_records > 1").fetchall())
    # the CSV copy misspells "Network"; the canonical title is the wording the copies agree on
    assert titles["Superposing Many Tickets into One: A Performance Booster for Sparse Neural Network Training"] == 4
    for title in ("Sparse Training via Boosting Pruning Plasticity with Neuroregeneration",
                  "Don't Be So Dense: Sparse-to-Sparse GAN Training Without Sacrificing Performance",
                  "The Unreasonable Effectiveness of Random Pruning: Return of the Most Naive Baseline for Sparse Training"):
        assert titles[title] >= 3, title


@pytest.mark.xfail(strict=True, reason="known limit: a 35-record lake leans on the prior model, which cannot tell "
               "a renamed preprint (Graph Ladling) from a second paper under the same main title (the "
               "fictional Calibrated Sparse Mixtures) when the records name no venue to tell them by")
def test_examples_ground_truth_in_full(tmp_path, cli):
    lake = tmp_path / "lake"
    cli("run", "--config", ROOT / "scholarlake.toml", "--lake", lake)
    con = Lake(lake).connect()
    sizes = sorted(n for (n,) in con.execute("select n_records from works").fetchall())
    titles = dict(con.execute("select title, n_records from works where n_records > 1").fetchall())
    assert len(sizes) == 18 and sizes.count(1) == 10
    assert titles["Calibrated Sparse Mixtures: Scaling Dense and Sparse Experts for Language Models"] == 2
    assert titles["Calibrated Sparse Mixtures: Scaling Dense and Sparse Experts for Vision Transformers"] == 2
