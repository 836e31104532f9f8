"""Incremental dedup equals a full rebuild: the nightly run scores only new records."""

from __future__ import annotations

import random

import pytest

from dedup import deduplicate, deduplicate_incremental
from scholarlake.pipeline import extract_document

from .conftest import SEED_FILES, make_doc, seed_path
from .test_dedup import DUP, rec


def _partition(result) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for wr in result.work_records:
        groups.setdefault(wr["work_id"], set()).add(wr["record_id"])
    return {frozenset(g) for g in groups.values()}


def _ids(result) -> dict[str, str]:
    return {wr["record_id"]: wr["work_id"] for wr in result.work_records}


def _seed_rows() -> list[dict]:
    rows = []
    for name in SEED_FILES:
        path = seed_path(name)
        _, records, _ = extract_document(make_doc(path.read_bytes(), str(path)))
        rows.extend(records)
    return rows


def _check(rows: list[dict], first: list[dict]) -> None:
    base = deduplicate(first)
    inc = deduplicate_incremental(rows, base, model=base.model)
    full = deduplicate(rows, _ids(base), {}, model=base.model)
    assert inc.stats["mode"] == "incremental"
    assert _partition(inc) == _partition(full) == _partition(deduplicate(rows, model=base.model))
    assert sorted(inc.work_records, key=lambda r: r["record_id"]) == sorted(full.work_records, key=lambda r: r["record_id"])
    assert sorted(inc.works, key=lambda w: w["work_id"]) == sorted(full.works, key=lambda w: w["work_id"])
    assert inc.edges == full.edges
    assert inc.redirects == full.redirects


def test_incremental_equals_full_on_the_seeds():
    rows = _seed_rows()
    for seed in range(3):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        _check(shuffled, shuffled[: len(shuffled) // 2])


def test_incremental_scores_only_new_pairs():
    rows = _seed_rows()
    base = deduplicate(rows[:-5])
    inc = deduplicate_incremental(rows, base, model=base.model)
    assert inc.stats["candidate_pairs"] < base.stats["candidate_pairs"]
    assert inc.stats["new"] == 5


def test_incremental_handles_removed_records():
    base = deduplicate(DUP)
    rows = [r for r in DUP if r["record_id"] != "R1"]
    inc = deduplicate_incremental(rows, base, model=base.model)
    assert _partition(inc) == _partition(deduplicate(rows, _ids(base), model=base.model))
    assert _ids(inc)["R2"] == _ids(base)["R2"]


def test_incremental_merge_of_two_old_works_redirects():
    a = rec("R1", "Graph Ladling: Shockingly Simple Parallel GNN Training", ["Ajay Jaiswal", "Shiwei Liu", "Tianlong Chen"], 2023)
    b = rec("R2", "Graph Laddling: Embarrassingly Scalable Training of GNNs", ["Ann Lee", "Bo Chen"], 2023)
    bridge = rec("R0", "Graph Laddling: Embarrassingly Scalable Training of GNNs",
                 ["Ajay Jaiswal", "Shiwei Liu", "Tianlong Chen"], 2023)
    base = deduplicate([a, b])
    assert len(base.works) == 2
    inc = deduplicate_incremental([a, b, bridge], base, model=base.model)
    full = deduplicate([a, b, bridge], _ids(base), {}, model=base.model)
    assert _ids(inc) == _ids(full) and inc.redirects == full.redirects


def test_nightly_ingest_equals_one_big_ingest(tmp_path, seeds_dir, cli):
    from warehouse import Lake

    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    cli("ingest", *files[:2], "--lake", tmp_path / "a")
    cli("ingest", *files[2:], "--lake", tmp_path / "a")
    cli("ingest", *files, "--lake", tmp_path / "b")

    def groups(lake):
        rows = Lake(lake).connect().execute(
            "select list(record_id order by record_id) from work_records group by work_id").fetchall()
        return {tuple(r[0]) for r in rows}

    assert groups(tmp_path / "a") == groups(tmp_path / "b")
    modes = Lake(tmp_path / "a").read("runs").to_pylist()
    assert len(modes) == 2


@pytest.mark.parametrize("seed", range(3))
def test_incremental_equals_full_when_records_change_under_the_same_id(seed):
    """A page changed: some entries keep their ids with new content (a title retyped, a
    year corrected, authors cut to "et al."). The nightly run rescores them (``changed``)
    and ends where a full rebuild ends."""
    rng = random.Random(seed)
    rows = _seed_rows()
    base = deduplicate(rows)
    edited = []
    changed = set()
    for r in rows:
        if rng.random() < 0.15:
            r = dict(r)
            choice = rng.randrange(3)
            if choice == 0:
                r["title"] = r["title"] + " Revisited"
                r["title_key"] = r["title_key"] + " revisited"
            elif choice == 1:
                r["year"] = (r["year"] or 2020) + 1
            else:
                r["authors"], r["author_keys"] = r["authors"][:1], r["author_keys"][:1]
                r["authors_truncated"] = True
            changed.add(r["record_id"])
        edited.append(r)
    inc = deduplicate_incremental(edited, base, model=base.model, changed=changed)
    full = deduplicate(edited, _ids(base), {}, model=base.model)
    assert inc.stats["mode"] == "incremental" and changed
    assert _partition(inc) == _partition(full) == _partition(deduplicate(edited, model=base.model))
    assert inc.edges == full.edges
    # without being told, the old edges of the changed records would stand
    stale = deduplicate_incremental(edited, base, model=base.model)
    assert stale.edges != full.edges
