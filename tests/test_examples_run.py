"""`scholarlake run` on the default config: the project's own examples, whose intended
merges are written down in examples/README.md."""

from __future__ import annotations

from warehouse import Lake

from .conftest import ROOT


def test_default_run_on_examples(tmp_path, cli):
    lake = tmp_path / "lake"
    cli("run", "--config", ROOT / "scholarlake.toml", "--lake", lake)
    con = Lake(lake).connect()
    counts = dict(con.execute("select regexp_extract(source_uri, '[^/]+$'), count(*) from records group by 1").fetchall())
    assert counts == {"profile_page.txt": 5, "listing_page.txt": 8, "cv.md": 10, "daily_papers.txt": 6, "records.csv": 6}
    assert con.execute("select count(*) from rejects").fetchall() == [(0,)]
    sizes = sorted(n for (n,) in con.execute("select n_records from works").fetchall())
    assert len(sizes) == 18 and sizes.count(1) == 10
    titles = dict(con.execute("select title, n_records from works where n_records > 1").fetchall())
    # the CSV copy misspells "Network"; the canonical title is the wording the copies agree on
    assert titles["Superposing Many Tickets into One: A Performance Booster for Sparse Neural Network Training"] == 4
    assert titles["Calibrated Sparse Mixtures: Scaling Dense and Sparse Experts for Language Models"] == 2
    assert titles["Calibrated Sparse Mixtures: Scaling Dense and Sparse Experts for Vision Transformers"] == 2
