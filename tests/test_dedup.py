"""Dedup: the match model on hand-made pairs, no chaining, stable ids and redirects,
curation always wins."""

from __future__ import annotations

import pytest

from dedup import Curation, CurationError, deduplicate
from dedup.prepare import prepare
from dedup.engine import judge
from dedup.model import prior_model
from normalizers.names import name_key
from normalizers.titles import title_key


def rec(rid, title, authors=(), year=None, doc=None, truncated=False, arxiv=None, kind="records", venue=None):
    return {
        "record_id": rid, "doc_id": doc or f"doc-{rid}", "source_kind": kind, "title": title,
        "title_key": title_key(title), "authors": list(authors), "author_keys": [name_key(a) for a in authors],
        "authors_truncated": truncated, "year": year, "arxiv_id": arxiv, "venue": venue,
    }


_MODEL = []


def lake_model():
    """The model a lake of the five seed documents estimates (the hand-made pairs below are
    judged as that lake would judge them); the shipped prior when the seeds are absent."""
    if not _MODEL:
        try:
            from tests.test_incremental import _seed_rows
            _MODEL.append(deduplicate(_seed_rows()).model)
        except (FileNotFoundError, OSError, pytest.skip.Exception):
            _MODEL.append(None)
    if _MODEL[0] is None:
        pytest.skip("../shared/seeds is absent: the pair examples are judged by the seed lake's model")
    return _MODEL[0]


def verdict(a, b):
    """What the matcher decides for a pair, under the model the seed lake estimates."""
    ra, rb = prepare([a, b])
    return judge(ra, rb, lake_model())


def rule_for(a, b):
    v = verdict(a, b)
    if not v.edge:
        return None
    return "same_identifier" if v.identifier else "model"


AUTHORS = ["Ajay Jaiswal", "Shiwei Liu", "Tianlong Chen", "Zhangyang Wang"]


@pytest.mark.parametrize(
    "a, b, rule",
    [
        (rec("R1", 'Ten Lessons in the New "Sparseland" for Researchers', ["Shiwei Liu", "Zhangyang Wang"], 2023),
         rec("R2", 'Ten Lessons in the New "Sparse-land" for Researchers', ["Shiwei Liu", "Zhangyang Wang"], 2023), "model"),
        (rec("R1", "Lottery Pools: Winning More by Interpolating Tickets", ["Lu Yin", "Shiwei Liu", "Meng Fang"], 2022),
         rec("R2", "Lottery Pools: Winning More by Interpolating Tickets", ["Lu Yin", "Shiwei Liu", "Fang Meng"], 2023), "model"),
        (rec("R1", "Junk DNA Hypothesis: Pruning Small Weights Impairs Difficult Tasks", AUTHORS[:3], 2023, truncated=True),
         rec("R2", "Pruning Small Weights Impairs Difficult Tasks", AUTHORS, 2024), "model"),
        (rec("R1", "Sparse Things: v1", arxiv="2401.00001"), rec("R2", "Sparse Things at Scale", arxiv="2401.00001"), "same_identifier"),
        (rec("R1", "Sparse Training via Boosting Pruning Plasticty with Neuroregeneration", ["Shiwei Liu"], 2021),
         rec("R2", "Sparse Training via Boosting Pruning Plasticity with Neuroregeneration", ["Shiwei Liu"], 2021), "model"),
    ],
)
def test_rules_that_should_match(a, b, rule):
    assert rule_for(a, b) == rule


@pytest.mark.parametrize(
    "a, b",
    [
        # same seven authors, two papers about low-rank gradients
        (rec("R1", "Q-GaLore: Quantized GaLore with INT4 Projection and Low-Rank Gradients",
             ["Zhenyu Zhang", "Ajay Jaiswal", "Lu Yin"], 2024),
         rec("R2", "From GaLore to WeLore: How Low-Rank Weights Emerge from Low-Rank Gradients",
             ["Ajay Jaiswal", "Lu Yin", "Zhenyu Zhang"], 2024)),
        # same leading authors, same year, different papers
        (rec("R1", "Instant Soup: Cheap Pruning Ensembles in A Single Pass", AUTHORS[:3], 2023),
         rec("R2", "The Emergence of Essential Sparsity in Large Pre-trained Models", AUTHORS[:3], 2023)),
        # identical title, different arXiv ids
        (rec("R1", "Introduction to the Special Issue on Sparsity", arxiv="2101.00001"),
         rec("R2", "Introduction to the Special Issue on Sparsity", arxiv="2201.00002")),
        # an arXiv id copied into the wrong entry: nothing else agrees
        (rec("R1", "OwLore: Layerwise Sampled Low-Rank Projection", ["Pengxiang Li", "Lu Yin"], 2024, arxiv="2501.06842"),
         rec("R2", "SPAM: Spike-Aware Adam with Momentum Reset", ["Tianjin Huang", "Ziquan Zhu"], 2025, arxiv="2501.06842")),
        # a conference paper and its journal extension a year later: two publications
        (rec("R1", "QuickStore: A High Performance Mapped Object Store", ["Seth White", "David DeWitt"], 1994,
             venue="SIGMOD Conference"),
         rec("R2", "QuickStore: A High Performance Mapped Object Store", ["Seth White", "David DeWitt"], 1995,
             venue="The VLDB Journal")),
        # a related paper of the same authors and year, both published: not a renamed preprint
        (rec("R1", "Join Synopses for Approximate Query Answering", AUTHORS, 1999, venue="SIGMOD Conference"),
         rec("R2", "The Aqua Approximate Query Answering System", AUTHORS, 1999, venue="SIGMOD Conference")),
        # two parts of one tutorial
        (rec("R1", "Database Tuning: Principles, Experiments (Part I)", ["Dennis Shasha", "Philippe Bonnet"], 2002),
         rec("R2", "Database Tuning: Principles, Experiments (Part II)", ["Dennis Shasha", "Philippe Bonnet"], 2002)),
    ],
)
def test_rules_that_must_not_match(a, b):
    assert rule_for(a, b) is None


@pytest.mark.parametrize(
    "a, b",
    [
        # a short title needs every author and the same year
        (rec("R1", "Diluting ACID", ["Tim Kempster", "Colin Stirling", "Peter Thanisch"], 1999),
         rec("R2", "Diluting ACID", ["Peter Thanisch", "Colin Stirling", "Tim Kempster"], 1999)),
        # a genre note and a broken character reference
        (rec("R1", "Data Management in Ecommerce (Tutorial Session): The Good, the Bad, and the Ugly",
             ["Avigdor Gal"], 2000),
         rec("R2", "Data Management in Ecommerce: The Good, the Bad, and the Ugly", ["Avigdor Gal"], 2000)),
        (rec("R1", "Optimizing Multi-Feature Queries for Image Databases", ["Ulrich G &252; ntzer", "Wolf-Tilo Balke"], 2000),
         rec("R2", "Optimizing Multi-Feature Queries for Image Databases", ["Ulrich Güntzer", "Wolf-Tilo Balke"], 2000)),
        # the same venue under a long and a short name, same year
        (rec("R1", "Type-Checking OQL Queries in the ODMG Type Systems", ["Suad Alagic"], 1999,
             venue="ACM Trans. Database Syst."),
         rec("R2", "Type-Checking OQL Queries in the ODMG Type Systems", ["Suad Alagic"], 1999,
             venue="ACM Transactions on Database Systems (TODS)")),
    ],
)
def test_rules_that_should_match_despite_noise(a, b):
    assert rule_for(a, b) is not None


@pytest.mark.xfail(strict=True, reason="known limit: the seed lake's model (about 200 candidate pairs) "
                   "weighs an identical long title above two disjoint author lists")
def test_same_title_by_other_authors():
    assert rule_for(rec("R1", "A Survey of Sparse Neural Networks", ["Ann Lee", "Bo Chen"], 2022),
                    rec("R2", "A Survey of Sparse Neural Networks", ["Cy Dunn", "Di Eng"], 2022)) is None


@pytest.mark.xfail(strict=True, reason="known limit: with nothing but two titles one word apart, the "
                   "prior model's share of matches outweighs the extra word; authors or a year decide it")
def test_one_word_apart_with_no_other_evidence():
    assert rule_for(rec("R1", "Dynamic Sparse No Training: Fine-tuning for Sparse LLMs"),
                    rec("R2", "Dynamic Sparse Training: Fine-tuning for Sparse LLMs")) is None


def test_one_word_apart_with_other_authors():
    assert rule_for(rec("R1", "Dynamic Sparse No Training: Fine-tuning for Sparse LLMs", ["Yuxin Zhang", "Lirui Zhao"], 2023),
                    rec("R2", "Dynamic Sparse Training: Fine-tuning for Sparse LLMs", ["Ann Lee", "Bo Chen"], 2023)) is None


def test_online_first_and_renamed_venues_still_match():
    """A journal's online-first year and its issue year, a conference under its acronym and
    its long name a year apart: one paper (no venue-and-year veto)."""
    assert rule_for(rec("R1", "Sparse Mixtures of Experts for Vision Transformers", AUTHORS, 2023,
                        venue="IEEE Transactions on Pattern Analysis and Machine Intelligence"),
                    rec("R2", "Sparse Mixtures of Experts for Vision Transformers", AUTHORS, 2024,
                        venue="IEEE Trans. Pattern Anal. Mach. Intell.")) == "model"
    assert rule_for(rec("R1", "Dynamic Sparsity Is Channel-Level Sparsity Learner", AUTHORS, 2023, venue="NeurIPS 2023"),
                    rec("R2", "Dynamic Sparsity Is Channel-Level Sparsity Learner", AUTHORS, 2024,
                        venue="Advances in Neural Information Processing Systems")) == "model"


def test_a_recurring_title_is_not_one_paper():
    """A column that many author lists carry, year after year, is many works: its exact
    title weighs little (the model's recurring titles)."""
    rows = [rec(f"R{i}", "Reminiscences on Influential Papers", [first, "Kenneth Ross"], year, venue="SIGMOD Record")
            for i, (first, year) in enumerate([("Ann Lee", 2000), ("Bo Chen", 2001), ("Cy Dunn", 2002),
                                               ("Di Eng", 2003)])]
    rows += [rec(f"S{i}", f"Sparse Paper Number {w} on Pruning", AUTHORS, 2020 + i) for i, w in enumerate(
        ["One", "Two", "Three", "Four", "Five"])]
    res = deduplicate(rows)
    assert "reminiscences on influential papers" in res.model.recurring
    ids = _ids(res)
    assert len({ids[f"R{i}"] for i in range(4)}) == 4


def test_explanations_are_the_model_weights():
    """The waterfall starts with the prior and names every comparison with its level; its
    weights add up to the match probability."""

    v = verdict(rec("R1", "Sparse Training via Boosting Pruning Plasticity", AUTHORS, 2021),
                rec("R2", "Sparse training via boosting pruning plasticity", AUTHORS[:1], 2021, truncated=True))
    names = [name for name, _, _ in v.waterfall]
    assert names == ["prior", "title", "authors", "year", "venue", "code"]
    total = sum(w for _, _, w in v.waterfall)
    assert abs(1 / (1 + 2 ** -total) - v.probability) < 1e-9
    assert dict((n, lvl) for n, lvl, _ in v.waterfall)["year"] == "same year"


def test_no_chaining_across_a_conflict():
    # B is a near-duplicate of both A and C, but A and C carry different arXiv ids.
    rows = [
        rec("RA", "Sparse Networks at Scale: Part One", ["Ann Lee"], 2022, arxiv="2201.00001"),
        rec("RB", "Sparse Networks at Scale: Part One", ["Ann Lee"], 2022),
        rec("RC", "Sparse Networks at Scale: Part One", ["Ann Lee"], 2022, arxiv="2201.00002"),
    ]
    res = deduplicate(rows)
    work = {w["record_id"]: w["work_id"] for w in res.work_records}
    assert work["RA"] != work["RC"]
    assert len(res.works) == 2


def test_same_document_records_are_never_merged():
    rows = [rec("R1", "Sparse Networks at Scale", ["Ann Lee"], 2022, doc="cv", kind="cv_text"),
            rec("R2", "Sparse Networks at Scale", ["Ann Lee"], 2022, doc="cv", kind="cv_text")]
    assert len(deduplicate(rows).works) == 2


DUP = [
    rec("R1", "Superposing Many Tickets into One: A Performance Booster", ["Lu Yin", "Vlado Menkovski"], 2022),
    rec("R2", "Superposing many tickets into one: a performance booster", ["Lu Yin", "Vlado Menkovski"], 2022),
    rec("R3", "A Completely Different Paper About Graphs", ["Bo Chen"], 2020),
]


def _ids(res):
    return {w["record_id"]: w["work_id"] for w in res.work_records}


def test_ids_are_stable_across_runs_and_from_scratch():
    first = deduplicate(DUP)
    assert len(first.works) == 2
    again = deduplicate(list(reversed(DUP)))  # from scratch, other order
    assert _ids(again) == _ids(first)
    incremental = deduplicate(DUP + [rec("R4", "Superposing Many Tickets into One: A Performance Booster",
                                         ["Lu Yin", "Vlado Menkovski"], 2022)], previous=_ids(first))
    ids = _ids(incremental)
    assert ids["R4"] == ids["R1"] == _ids(first)["R1"]  # the new record joins the existing work


def test_merge_leaves_a_redirect():
    a = rec("R1", "Graph Ladling: Shockingly Simple Parallel GNN Training", AUTHORS[:3], 2023, truncated=True)
    b = rec("R2", "Graph Laddling: Embarrassingly Scalable Training of GNNs", AUTHORS, 2023)
    cannot = Curation(cannot_link=[("R1", "R2")])
    split = deduplicate([a, b], curation=cannot)
    assert len(split.works) == 2
    merged = deduplicate([a, b], previous=_ids(split))
    assert len(merged.works) == 1
    live = merged.works[0]["work_id"]
    retired = (set(_ids(split).values()) - {live}).pop()
    assert merged.redirects == [{"old_work_id": retired, "merged_into": live, "reason": "merged"}]
    # and a later run keeps resolving the retired id
    later = deduplicate([a, b], previous=_ids(merged), old_redirects={retired: live})
    assert {r["old_work_id"]: r["merged_into"] for r in later.redirects} == {retired: live}


def test_curation_wins_over_scores():
    must = Curation(must_link=[("R1", "R3")])
    res = deduplicate(DUP, curation=must)
    ids = _ids(res)
    assert ids["R1"] == ids["R3"] == ids["R2"]
    row = next(w for w in res.work_records if w["rule"] == "curation_must_link@1")
    assert row["record_id"] in ("R1", "R3")
    cannot = Curation(cannot_link=[("R1", "R2")])
    ids = _ids(deduplicate(DUP, curation=cannot))
    assert ids["R1"] != ids["R2"]


def test_curation_by_work_id_and_contradictions():
    first = deduplicate(DUP)
    wid = _ids(first)["R1"]
    ids = _ids(deduplicate(DUP, previous=_ids(first), curation=Curation(cannot_link=[(wid, "R2")])))
    assert ids["R1"] != ids["R2"]
    with pytest.raises(CurationError):
        deduplicate(DUP, curation=Curation(must_link=[("R1", "R2")], cannot_link=[("R1", "R2")]))
    with pytest.raises(CurationError, match="action"):
        Curation.parse("action,left,right\nmaybe_link,R1,R2\n")
    parsed = Curation.parse("action,left,right,note\nmust_link,R1,R3,same talk\n")
    assert parsed.must_link == [("R1", "R3")]


def test_survivorship_prefers_published_and_complete():
    rows = [
        rec("R1", "Sparse Things: preprint title", ["Ann Lee", "Bo Chen"], 2023, truncated=True, venue="arXiv"),
        rec("R2", "Sparse Things: Published Title", ["Ann Lee", "Bo Chen", "Cy Dunn"], 2024, venue="ICML"),
    ]
    rows[0]["arxiv_id"] = "2301.00001"
    res = deduplicate(rows, curation=Curation(must_link=[("R1", "R2")]))
    (w,) = res.works
    assert (w["title"], w["venue"], w["year"], w["title_from"]) == ("Sparse Things: Published Title", "ICML", 2024, "R2")
    assert w["authors"] == ["Ann Lee", "Bo Chen", "Cy Dunn"] and w["arxiv_id"] == "2301.00001"


def test_the_prefilter_never_drops_an_edge():
    """score_pairs skips pairs whose weight cannot reach the threshold even with the best
    author evidence (``MatchModel.upper_bound``). Scoring every pair in full must give the
    same edges, on the synthetic corpus and on look-alike titles."""
    import numpy as np

    from benchmarks.synthetic import generate
    from dedup import engine
    from dedup.blocking import candidate_pairs
    from dedup.features import RecordColumns
    from dedup.model import levels
    from dedup.rules import same_identifier, vetoed

    rows, _ = generate(3000, seed=7)
    recs = prepare(rows)
    pairs = candidate_pairs(recs)
    model = prior_model()
    got = {(e.a, e.b) for e in engine.score_pairs(recs, pairs, model, workers=1)}
    cols = RecordColumns(recs)
    sel, f = engine.pair_table(recs, pairs, cols, 1)  # no model: every pair
    assert len(sel) == len(pairs)
    ok = ~vetoed(f) & (same_identifier(f) | model.is_match(model.probability(levels(f))))
    expected = {tuple(p) for p in pairs[np.flatnonzero(ok)].tolist()}
    skipped, _ = engine.pair_table(recs, pairs, cols, 1, model)
    assert len(expected) > 1000 and len(skipped) < len(pairs)  # the check has something to check
    assert got == expected


def test_vectorised_scoring_agrees_with_the_per_pair_path():
    """score_pairs decides all pairs at once over feature columns; judge(a, b) decides one
    pair alone. They must give the same edges and probabilities."""
    from benchmarks.synthetic import generate
    from dedup import engine
    from dedup.blocking import candidate_pairs

    rows, _ = generate(3000, seed=11)
    recs = prepare(rows)
    pairs = candidate_pairs(recs)
    model = prior_model()
    expected = {}
    for a, b in pairs.tolist():
        v = judge(recs[a], recs[b], model)
        if v.edge:
            expected[(a, b)] = 1.0 if v.identifier else round(v.probability, 6)
    assert len(expected) > 1000
    got = {(e.a, e.b): round(e.score, 6) for e in engine.score_pairs(recs, pairs, model, workers=1)}
    assert got == expected


def test_forked_workers_change_nothing():
    """Blocking and scoring in forked workers give what one process gives. Run in a fresh
    interpreter: forking this test process, with its server and database threads, could
    hang the workers (dedup.parallel refuses to fork while Python threads run)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "tests.workers_check"], cwd=root, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "forked workers used: blocking, scoring" in done.stdout


def test_single_record_works_take_the_general_survivorship():
    from dedup.survivorship import _from_many, _from_one

    rows = [rec("R1", "A Title", ["Ann Lee"], 2020, venue="NeurIPS 2020"),
            dict(rec("R2", "", [], None), arxiv_id="2301.00001", arxiv_version=2, doi=""),
            dict(rec("R3", "Other", ["Bo Chen", "Cy Dunn"], 2021), code_url="https://github.com/x/y")]
    for r in rows:
        assert _from_one(r) == _from_many([r])


def test_editorial_titles_weigh_less_than_ordinary_titles():
    """Editorial matter (the documented table ``features.GENERIC_TITLE``) gets its own title
    level, which weighs less than an ordinary identical title."""
    ed = ["Richard T. Snodgrass"]
    v = verdict(rec("R1", "Editorial", ed, 2001), rec("R2", "Editorial", ["Richard Snodgrass"], 2001))
    title = dict((n, (lvl, w)) for n, lvl, w in v.waterfall)["title"]
    ordinary = dict((n, (lvl, w)) for n, lvl, w in verdict(
        rec("R1", "Reminiscences on Influential Database Papers", ed, 2001),
        rec("R2", "Reminiscences on Influential Database Papers", ed, 2001)).waterfall)["title"]
    assert title[0].startswith("exact, a recurring title") and ordinary[0].startswith("exact, 4+")
    assert title[1] < ordinary[1]


def test_blocks_split_into_partitions_by_key_give_the_same_pairs():
    """The Spark engine's blocking: entries partitioned by key hash (every block whole in one
    partition), each partition's pairs by ``candidate_pairs`` over ``sorted_entries``; the
    union of the partitions' pairs and the sum of their oversized blocks are the whole run's."""
    import numpy as np

    from benchmarks.synthetic import generate
    from dedup.blocking import build_blocks, candidate_pairs, key_entries, sorted_entries

    recs = prepare(generate(3000, seed=5)[0])
    whole: dict = {}
    expected = candidate_pairs(recs, report=whole, entries=build_blocks(recs))
    keys, pos, lim = key_entries(recs)
    keys, pos, lim = (np.concatenate([x, x[:100]]) for x in (keys, pos, lim))  # repeated entries too
    got, over, largest = set(), 0, 0
    for part in range(4):
        sel = np.flatnonzero(keys % 4 == part)[::-1]  # any order within a partition
        report: dict = {}
        got |= {tuple(p) for p in candidate_pairs([], report, entries=sorted_entries(keys[sel], pos[sel], lim[sel])).tolist()}
        over, largest = over + report["oversized_blocks"], max(largest, report["largest_oversized_block"])
    assert len(expected) > 3000 and got == {tuple(p) for p in expected.tolist()}
    assert (over, largest) == (whole["oversized_blocks"], whole["largest_oversized_block"])


@pytest.mark.parametrize(
    "left, right, vetoed_",
    [
        ("Database Tuning: Principles, Experiments (Part I)", "Database Tuning: Principles, Experiments (Part II)", True),
        ("Relational Databases, Volume 2: Algebra", "Relational Databases, Volume 3: Algebra", True),
        # one part, in roman numerals, digits or a word
        ("Relational Databases, Part I: Algebra", "Relational Databases, Part 1: Algebra", False),
        ("Relational Databases, Part Two: Algebra", "Relational Databases, Part II: Algebra", False),
        # only one title names a part (the other lost the word "part", or never had it):
        # no evidence on the other side, so no veto; the likenesses decide
        ("Relational Databases I: Algebra", "Relational Databases, Part I: Algebra", False),
        ("Relational Databases: Algebra", "Relational Databases, Volume 2: Algebra", False),
        ("Relational Databases, Part I: Algebra", "Relational Databases, Part I: Algebra", False),
    ],
)
def test_the_parts_veto_needs_a_part_on_both_sides(left, right, vetoed_):
    """"different parts" vetoes a pair only when both titles name a part and the parts
    differ: a title that names none says nothing about which part it is."""
    import numpy as np

    from dedup.features import RecordColumns, RecordFields
    from dedup.rules import vetoed

    recs = prepare([rec("R1", left, ["Ann Lee"], 2001), rec("R2", right, ["Ann Lee"], 2001)])
    f = RecordFields.of(RecordColumns(recs), np.array([[0, 1]], dtype=np.int64))
    assert bool(vetoed(f)[0]) is vetoed_


def test_two_groups_join_only_through_two_edges():
    """Clustering joins two groups of two or more records only when two or more edges run
    between them: one pair alone (A2-B1, the weakest edge) does not chain A1 to B2."""
    from dedup.cluster import Edge, cluster

    never = lambda xs, ys: False  # noqa: E731
    pairs = [Edge(0, 1, 0.99, "m"), Edge(2, 3, 0.99, "m"), Edge(1, 2, 0.6, "m")]
    clusters, tree = cluster(range(4), pairs, never)
    assert sorted(clusters.groups()) == [[0, 1], [2, 3]] and len(tree) == 2
    clusters, _ = cluster(range(4), pairs + [Edge(0, 3, 0.55, "m")], never)
    assert clusters.groups() == [[0, 1, 2, 3]]
    clusters, _ = cluster(range(3), [Edge(0, 1, 0.99, "m"), Edge(1, 2, 0.6, "m")], never)  # a record joins a group
    assert clusters.groups() == [[0, 1, 2]]
    # a group made by a must-link alone: its records have no edge, so they give no evidence
    # (until the fix this raised a TypeError; found by the curation property test)
    clusters, _ = cluster(range(4), [Edge(2, 3, 0.99, "m"), Edge(1, 2, 0.6, "m")], never, must_link=[(0, 1)])
    assert sorted(clusters.groups()) == [[0, 1], [2, 3]]
