"""The matcher trained from labels (#18, ``scholarlake train``): labels parsed strictly, the
fit deterministic in any row order, the model stored in the lake and used from then on, and
on a real benchmark better than nothing learned."""

from __future__ import annotations

import random

import pytest

from dedup import deduplicate
from dedup.engine import DEDUP_VERSION
from dedup.supervised import Label, LabelError, fit_labels, parse_labels
from warehouse import Lake

from .conftest import EXTERNAL
from .test_cli_newcomer import sl

DBLP_ACM = EXTERNAL / "er_benchmarks" / "ditto_er_magellan" / "Structured" / "DBLP-ACM"


def test_labels_file_errors_name_the_line():
    assert parse_labels("left,right,match\nR1,R2,1\nR3,R4,no\n") == [Label("R1", "R2", True), Label("R3", "R4", False)]
    with pytest.raises(LabelError, match="line 3: match must be 1 or 0"):
        parse_labels("left,right,match\nR1,R2,1\nR3,R4,maybe\n", "l.csv")
    with pytest.raises(LabelError, match="header"):
        parse_labels("a,b\n1,2\n")
    with pytest.raises(LabelError, match="two different ids"):
        parse_labels("left,right,match\nR1,R1,1\n")


def test_whole_record_likenesses_find_values_in_the_wrong_column(monkeypatch):
    """A "Dirty" record whose authors and year ran into its title still shows them to the
    whole-record likenesses; a word's weight is its rarity among the lake's records."""
    import numpy as np

    from benchmarks.common import make_row
    from dedup.classifier import FEATURES
    from dedup.prepare import prepare
    from dedup.whole_record import COLUMNS, WordWeights, columns

    rows = [make_row("A", "Diluting ACID", ["Tim Kempster", "Colin Stirling", "Peter Thanisch"], 1999, "SIGMOD Record"),
            make_row("B", "Diluting ACID Tim Kempster Colin Stirling Peter Thanisch SIGMOD Record 1999", []),
            make_row("C", "Diluting ACID revisited", ["Ann Other"], 2005, "VLDB"),
            make_row("D", "Query processing in SIGMOD Record", ["Peter Thanisch"], 1999, "SIGMOD Record")]
    recs = prepare(rows)
    words = WordWeights.of(recs)
    assert words.frequency["sigmod"] == 3 and "revisited" not in words.frequency  # words seen once are not kept
    assert words.weight("revisited") > words.weight("kempster") > words.weight("sigmod")
    assert WordWeights.from_dict(words.to_dict()) == words
    monkeypatch.setattr("dedup.whole_record.WEIGHTED_WORDS", 2)
    assert WordWeights.of(recs).frequency == {"1999": 3, "acid": 3}  # the most frequent kept, ties by the word
    got = columns(recs, np.array([[0, 1], [0, 2], [1, 0]]), words)
    assert got["surnames_anywhere"].tolist() == [1.0, 0.0, 1.0]  # kempster, stirling, thanisch in B's title
    assert got["year_anywhere"].tolist() == [1.0, 0.0, 1.0] and got["years_apart"].tolist() == [0.0, 1.0, 0.0]
    assert got["title_anywhere"][0] == 1.0 and got["rare_words"][0] == 1.0 > got["rare_words"][1]
    assert got["rare_words"][2] == got["rare_words"][0]  # either order
    assert [ft.name for ft in FEATURES[-len(COLUMNS):]] == list(COLUMNS)  # the classifier's columns, in its order


def test_the_opening_letters_key_meets_titles_that_lost_their_spaces_for_a_trained_model_only():
    """A scraped title whose words ran together shares no word key with the clean one; its
    opening letters are the same. The key is the trained matcher's alone."""
    from types import SimpleNamespace

    from benchmarks.common import make_row
    from dedup.blocking import _leading_letters, candidate_pairs, spelling_keys
    from dedup.prepare import prepare

    rows = [make_row("A", "Collaborative Analytical Processing: Dream or Reality?", ["William O'Connell", "Goetz Graefe"],
                     2001, "VLDB"),
            make_row("B", "Collaborative analytical processingdream or reality", ["W Connell", "G Graefe"], None, "Proc. VLDB")]
    recs = prepare(rows)
    assert candidate_pairs(recs).tolist() == []
    assert candidate_pairs(recs, spelling=True).tolist() == [[0, 1]]
    assert _leading_letters("the garlic project") == "garlicproj" and _leading_letters("a btree") == ""  # too short
    assert not spelling_keys(None) and not spelling_keys(deduplicate(rows).model)
    assert spelling_keys(SimpleNamespace(classifier={}))


def test_the_closing_letters_key_meets_titles_with_something_before_them_for_a_trained_model_only():
    """A scraped citation with an author and a year before a title whose words ran together
    shares no word key and no opening letters with the clean title; its closing letters
    agree. Like the opening letters, a key of the trained matcher alone."""
    from benchmarks.common import make_row
    from dedup.blocking import _trailing_letters, candidate_pairs
    from dedup.prepare import prepare

    rows = [make_row("A", "Update Propagation Strategies for Improving the Quality of Data on the Web",
                     ["Alexandros Labrinidis", "Nick Roussopoulos"], 2001, "VLDB"),
            make_row("B", "Roussopoulos update propagation strategies forimproving thequalityofdataonthe web", ["A Andn"],
                     None, "Proc. VLDB")]
    recs = prepare(rows)
    assert candidate_pairs(recs).tolist() == []
    assert candidate_pairs(recs, spelling=True).tolist() == [[0, 1]]
    assert _trailing_letters("online view maintenance of the") == "aintenance"  # trailing stopwords dropped
    assert _trailing_letters("a btree") == ""  # too short to say anything


def test_a_title_with_an_author_line_run_into_both_ends_meets_its_clean_copy():
    """A record naming no authors whose author line sits in its title, names before it and
    names, a venue and a year after it, shares no key of either end with its clean copy; the
    core of its title (``title_core``: the names and what follows them taken off) gives the
    clean copy's opening letters and longest words. A record with authors gets no such keys,
    an initial and a word alone mid-title are kept, and only a trained model blocks with them."""
    from benchmarks.common import make_row
    from dedup.blocking import (
        candidate_pairs,
        record_keys,
        shifted_title_keys,
        title_core,
    )
    from dedup.prepare import prepare

    rows = [make_row("A", "The SDSS SkyServer: Public Access to the Sloan Digital Sky Server Data",
                     ["Alex Szalay", "Jim Gray"], 2002, "SIGMOD Conference"),
            make_row("B", "J. Vandenberg. The SDSS SkyServer: public access to the Sloan Digital Sky Server "
                          "data J Gray, A Szalay, A Thakar, technical report MSR-TR-2001-104", [], None, None)]
    recs = prepare(rows)
    assert title_core(recs[1].key) == "the sdss skyserver public access to the sloan digital sky server data"
    assert candidate_pairs(recs).tolist() == []
    assert candidate_pairs(recs, spelling=True).tolist() == [[0, 1]]
    assert not set(record_keys(recs[1])) & set(record_keys(recs[0]))  # without the core's keys: nothing shared
    with_authors = recs[1]._replace(authors=("gray j",))
    assert not set(shifted_title_keys(recs[1].key)) <= set(record_keys(with_authors, spelling=True))
    assert title_core("window systems for the data j gray algorithms") == "window systems for the data j gray algorithms"
    assert title_core("x window systems") == "x window systems"  # four words or fewer: nothing taken off
    assert title_core("a framework for clustering data streams c aggarwal j han 2003") == \
        "a framework for clustering data streams"
    assert shifted_title_keys("a framework for clustering data streams") == []  # nothing to take off


def test_letter_triples_see_one_title_through_lost_spaces_and_a_garbled_letter():
    """Word comparisons break when a scraped title loses its spaces or garbles a letter;
    letter triples with the spaces taken out change only around the change. They count
    repeats as a multiset, and a title found inside the other record's whole text (a Dirty
    record with its title at the end of another field) counts too."""
    import numpy as np

    from benchmarks.common import make_row
    from dedup.prepare import prepare
    from dedup.whole_record import WordWeights, columns, letter_triples

    assert letter_triples("aaaa") == {"aaa", "aaa1"} and len(letter_triples("aaa") & letter_triples("aaaa")) == 1
    assert letter_triples("ab") == frozenset() and letter_triples("abcab") == {"abc", "bca", "cab"}
    assert letter_triples("on views and xml") == letter_triples("onviews andxml")
    rows = [make_row("A", "Describing and using query capabilities of heterogeneous sources",
                     ["Vasilis Vassalos", "Yannis Papakonstantinou"], 1997, "VLDB"),
            make_row("B", "describing andusingquerycapabilities ofheterogeneous sourses", [], None, "VLDB"),
            make_row("C", "Querying heterogeneous sources with capabilities", ["Ann Other"], 1997, "VLDB"),
            make_row("D", "", ["Vasilis Vassalos"], None, "describing and using query capabilities of heterogeneous sources")]
    recs = prepare(rows)
    got = columns(recs, np.array([[0, 1], [0, 2], [1, 0], [0, 3]]), WordWeights.of(recs))
    assert got["title_triples"][0] > 0.9 > 0.8 > got["title_triples"][1]  # B: one paper; C: shares words only
    assert got["title_triples"][2] == got["title_triples"][0]  # either order
    assert got["title_triples_anywhere"][3] == 1.0 and got["title_triples"][3] == 0.0  # D has no title


def test_surname_share_tells_one_paper_from_a_group_s_other_papers():
    """One shared author of four is a group's other paper; the same list with a garbled
    surname is one paper's. The share is of the longer list, in either order."""
    from benchmarks.common import make_row
    from dedup.classifier import _surname_share
    from dedup.prepare import prepare

    a, b, c, d = prepare([make_row("A", "Reminiscences on influential papers", ["J Hamilton", "L Wong", "K Ross", "L Lakshmanan"]),
                          make_row("B", "Reminiscences on influential papers", ["K Ross"]),
                          make_row("C", "Reminiscences on influential papers", ["Jim Hamilton", "L Wongg", "Kenneth Ross", "L Lakshmanan"]),
                          make_row("D", "Reminiscences on influential papers", [])])
    assert _surname_share(a, b) == _surname_share(b, a) == 0.25
    assert _surname_share(a, c) == 1.0 and _surname_share(a, d) == 0.0


def test_the_decision_line_sits_halfway_between_the_prior_shift_and_the_held_out_line():
    import math

    import numpy as np

    from dedup.classifier import FEATURES, MIN_HELD_OUT, _design, _irls, fit, held_out_threshold
    from dedup.whole_record import WordWeights

    rng = np.random.default_rng(1)
    x = rng.random((400, len(FEATURES)))
    y = x[:, 0] + 0.2 * rng.standard_normal(400) > 0.4
    bits = 10 * x[:, 1]
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    layer = fit(bits, x, y, 0.05, WordWeights(1, {}))
    design = _design(bits, x)
    beta = _irls(design, y.astype(float))
    line = layer["held_out_threshold"]
    prior_shift = logit(0.05) - logit(y.mean())
    assert line == pytest.approx(held_out_threshold(design, y.astype(float), beta))
    assert layer["intercept"] == pytest.approx(beta[0] + (prior_shift - line) / 2, abs=1e-9)
    # the held-out line's F1 over the labels is close to the best any line reaches
    z = design @ beta

    def f1(t):
        tp, fp, fn = int(((z > t) & y).sum()), int(((z > t) & ~y).sum()), int(((z <= t) & y).sum())
        return 2 * tp / (2 * tp + fp + fn)

    assert f1(line) >= max(f1(t) for t in z) - 0.02 > f1(line + 3) and f1(line) > f1(line - 3)
    # too few labels of a class to hold some out: the prior shift alone
    few = np.flatnonzero(y)[:MIN_HELD_OUT - 1].tolist() + np.flatnonzero(~y)[:100].tolist()
    small = fit(bits[few], x[few], y[few], 0.05, WordWeights(1, {}))
    assert small["held_out_threshold"] is None
    beta = _irls(_design(bits[few], x[few]), y[few].astype(float))
    assert small["intercept"] == pytest.approx(beta[0] + logit(0.05) - logit(y[few].mean()), abs=1e-9)


@pytest.mark.skipif(not DBLP_ACM.exists(), reason="../shared/external/er_benchmarks is absent")
def test_trained_on_dblp_acm_train_beats_the_unsupervised_matcher_on_valid():
    from benchmarks.common import labelled_prf, work_of
    from benchmarks.er_benchmarks import load_ditto

    train_rows, train_pairs = load_ditto(DBLP_ACM / "train.txt")
    valid_rows, valid_pairs = load_ditto(DBLP_ACM / "valid.txt")
    labels = [Label(a, b, bool(y)) for a, b, y in train_pairs]
    model = fit_labels(train_rows, labels, lake_rows=valid_rows, method="fs_lake_u")
    trained = labelled_prf(work_of(deduplicate(valid_rows, model=model)), valid_pairs)["f1"]
    unsupervised = labelled_prf(work_of(deduplicate(valid_rows)), valid_pairs)["f1"]
    assert trained > unsupervised and trained >= 97.5, (trained, unsupervised)  # measured 98.42 vs 96.16
    shuffled = list(train_rows)
    random.Random(1).shuffle(shuffled)
    again = fit_labels(shuffled, labels[::-1], lake_rows=list(reversed(valid_rows)), method="fs_lake_u")
    assert again.model_id == model.model_id  # the same labels and records give the same model


def test_the_trees_read_without_lightgbm_as_lightgbm_reads_them_and_explain_and_bound_their_sum(monkeypatch):
    """``dedup.trees`` keeps LightGBM's trees as arrays: their sum is LightGBM's raw score, a
    row's parts add up to it (as LightGBM's own contributions do), and ``best_raw`` is never
    below the sum of a row whose first column is at most the bound, whatever its others."""
    import lightgbm
    import numpy as np

    from dedup import trees

    rng = np.random.default_rng(0)
    x = rng.random((2000, 6))
    x[:, 0] = 3 * rng.standard_normal(2000)  # the evidence column: unbounded
    y = (x[:, 1] * x[:, 2] + 0.1 * x[:, 0] + 0.2 * rng.standard_normal(2000) > 0.3).astype(float)
    fitted = trees.fit(x, y)
    params = dict(objective="binary", num_leaves=trees.LEAVES, learning_rate=trees.LEARNING_RATE,
                  min_data_in_leaf=trees.MIN_LEAF, lambda_l2=trees.LEAF_L2, num_threads=1, deterministic=True,
                  force_row_wise=True, seed=0, verbose=-1)
    booster = lightgbm.train(params, lightgbm.Dataset(x, y), trees.ROUNDS)
    assert np.allclose(trees.raw(fitted, x), booster.predict(x, raw_score=True), atol=1e-12)
    assert np.allclose(trees.raw(trees.fit(x, y, scale=0.5), x), trees.raw(fitted, x) / 2, atol=1e-12)
    for row in x[:20]:
        base, parts = trees.contributions(fitted, row)
        assert base + parts.sum() == pytest.approx(float(trees.raw(fitted, row[None, :])[0]), abs=1e-9)
        assert base + parts.sum() == pytest.approx(float(booster.predict(row[None, :], pred_contrib=True)[0].sum()),
                                                   abs=1e-9)
    # the bound: rows with any likenesses and evidence at most the bound never sum higher
    bound = rng.normal(size=2000) * 3
    worst = rng.random((2000, 6))
    worst[:, 0] = bound - rng.random(2000) * 2
    best = trees.best_raw(fitted, 0, bound)
    assert (best >= trees.raw(fitted, worst) - 1e-12).all()
    assert (best >= trees.raw(fitted, np.column_stack([bound, x[:, 1:]])) - 1e-12).all()
    assert (np.diff(trees.best_raw(fitted, 0, np.sort(bound))) >= 0).all()  # more evidence, never a lower bound
    assert best.min() < best.max()  # it depends on the evidence: low evidence lets pairs be skipped
    # reading stored trees needs no LightGBM (only fitting them does)
    import sys

    monkeypatch.setitem(sys.modules, "lightgbm", None)
    assert np.array_equal(trees.raw(fitted, x), trees.raw(dict(fitted), x))
    trees.contributions(fitted, x[0])
    trees.best_raw(fitted, 0, bound)
    with pytest.raises(ImportError):
        trees.fit(x, y)


def test_boosted_layer_is_the_mean_of_logistic_and_trees_with_the_same_decision_line():
    """``boosted``: the stored logistic terms are half the fit's and the trees' leaves half
    theirs; the decision line is halfway between the prior shift and the held-out line of
    the mean of the two."""
    import math

    import numpy as np

    from dedup import trees
    from dedup.classifier import FEATURES, TREES_SHARE, _design, _irls, fit, held_out_threshold, log_odds
    from dedup.whole_record import WordWeights

    rng = np.random.default_rng(1)
    x = rng.random((400, len(FEATURES)))
    y = x[:, 0] + 0.2 * rng.standard_normal(400) > 0.4
    bits = 10 * x[:, 1]
    layer = fit(bits, x, y, 0.05, WordWeights(1, {}), boosted=True)
    design = _design(bits, x)
    beta = _irls(design, y.astype(float))
    line = layer["held_out_threshold"]
    assert line == pytest.approx(held_out_threshold(design, y.astype(float), beta, boosted=True))
    prior_shift = math.log(0.05 / 0.95) - math.log(y.mean() / (1 - y.mean()))
    assert layer["intercept"] == pytest.approx(beta[0] * (1 - TREES_SHARE) + (prior_shift - line) / 2, abs=1e-9)
    whole = trees.fit(design[:, 1:], y.astype(float))
    want = (1 - TREES_SHARE) * (design @ beta) + TREES_SHARE * trees.raw(whole, design[:, 1:]) + (prior_shift - line) / 2
    assert np.allclose(log_odds(layer, bits, x), want, atol=1e-9)


def test_a_model_whose_trees_are_stored_in_another_layout_is_refused():
    import json

    from dedup.classifier import FEATURES
    from dedup.model import MatchModel, prior_model

    params = json.loads(prior_model().to_json())
    names = [ft.name for ft in FEATURES]
    params["classifier"] = {"features": names, "coef": [0.0] * len(names), "intercept": 0.0, "evidence": 1.0,
                            "words": {"records": 1, "frequency": {}}, "trees": {"format": 1, "trees": []}}
    assert MatchModel.from_json(json.dumps(params)).classifier["trees"]["trees"] == []
    params["classifier"]["trees"]["format"] = 2
    with pytest.raises(ValueError, match="trees are stored in layout 2.*reads layout 1.*scholarlake train"):
        MatchModel.from_json(json.dumps(params))


@pytest.mark.skipif(not DBLP_ACM.exists(), reason="../shared/external/er_benchmarks is absent")
@pytest.mark.parametrize("method", ["stacked", "boosted"])
def test_the_stacked_layer_learns_more_than_the_levels_and_explains_itself(method):
    import math

    import numpy as np

    from benchmarks.common import labelled_prf, work_of
    from benchmarks.er_benchmarks import load_ditto
    from dedup.blocking import candidate_pairs
    from dedup.engine import judge, pair_table, probabilities, score_pairs
    from dedup.features import RecordColumns
    from dedup.model import MatchModel
    from dedup.prepare import prepare
    from dedup.rules import same_identifier, vetoed

    train_rows, train_pairs = load_ditto(DBLP_ACM / "train.txt")
    valid_rows, valid_pairs = load_ditto(DBLP_ACM / "valid.txt")
    labels = [Label(a, b, bool(y)) for a, b, y in train_pairs]
    model = fit_labels(train_rows, labels, lake_rows=valid_rows, method=method)
    semi = fit_labels(train_rows, labels, lake_rows=valid_rows, method="semi")
    stacked = labelled_prf(work_of(deduplicate(valid_rows, model=model)), valid_pairs)["f1"]
    levels_only = labelled_prf(work_of(deduplicate(valid_rows, model=semi)), valid_pairs)["f1"]
    # measured 99.44 (stacked), 99.10 (boosted) vs 95.89
    assert stacked > levels_only and stacked >= 98.5, (stacked, levels_only)
    shuffled = list(train_rows)
    random.Random(2).shuffle(shuffled)
    assert fit_labels(shuffled, labels[::-1], lake_rows=valid_rows[::-1], method=method).model_id == model.model_id
    assert MatchModel.from_json(model.to_json()).model_id == model.model_id

    recs = prepare(sorted(valid_rows, key=lambda r: r["record_id"]))
    pairs = candidate_pairs(recs)
    cols = RecordColumns(recs)
    cols.mark_recurring(model.recurring)
    _, f = pair_table(recs, pairs, cols, workers=1)  # every pair, no bound
    probs = probabilities(model, f, recs, pairs)
    # the pairs the bound lets through give exactly the edges scoring every pair gives
    want = {(int(a), int(b)) for (a, b), p, v, i in zip(pairs, probs, vetoed(f), same_identifier(f)) if not v and (i or p > 0.5)}
    got = {(e.a, e.b) for e in score_pairs(recs, pairs, model, workers=1, cols=RecordColumns(recs))}
    assert got == want and len(want) > 100
    # explain's terms add up to the pair's log-odds, for pairs on both sides of the line
    for k in np.argsort(np.abs(probs - 0.5))[:20]:
        a, b = recs[pairs[k, 0]], recs[pairs[k, 1]]
        v = judge(a, b, model)
        assert v.probability == pytest.approx(float(probs[k]), abs=1e-9)
        assert sum(w for _, _, w in v.waterfall) == pytest.approx(math.log2(v.probability / (1 - v.probability)), abs=1e-6)


@pytest.mark.parametrize("method", ["semi", "stacked", "boosted"])
def test_train_through_the_cli_stores_the_model_and_later_runs_keep_it(tmp_path, examples_lake, method):
    lake = examples_lake
    con = Lake(lake).connect()
    members = con.execute("select work_id, list(record_id order by record_id) from work_records "
                          "group by work_id having count(*) > 1 order by work_id").fetchall()
    singles = [r for (r,) in con.execute("select min(record_id) from work_records group by work_id "
                                         "having count(*) = 1 order by 1").fetchall()]
    con.close()
    rows = ["left,right,match"]
    rows += [f"{ids[0]},{other},1" for _, ids in members for other in ids[1:]]
    rows += [f"{a},{b},0" for a, b in zip(singles, singles[1:])]
    labels = tmp_path / "labels.csv"
    labels.write_text("\n".join(rows) + "\n")
    done = sl("train", labels, "--lake", lake, "--method", method)
    assert done.returncode == 0, done.stderr
    model_id = done.stdout.split()[1]
    con = Lake(lake).connect()
    assert con.execute("select distinct dedup_version from works").fetchall() == [(f"{DEDUP_VERSION}/{model_id}",)]
    con.close()
    work = members[0][0]
    why = sl("explain", work, "--lake", lake).stdout
    assert f"match weights (model {model_id}, labels {labels} (sha256 " in why  # explain names the model
    # a later ingest of new records keeps the trained model
    extra = tmp_path / "more.csv"
    extra.write_text("id,title,authors,venue,year\n"
                     "m1,Graph Ladling: Embarrassingly Scalable and Efficient Training of Powerful GNNs via "
                     "Data-Centric Model Averaging,Ajay Jaiswal; Shiwei Liu; Tianlong Chen,ICML,2023\n"
                     "m2,A Paper Nobody Else Lists,Ann Lee; Bo Xu,NeurIPS,2024\n")
    assert sl("ingest", extra, "--lake", lake).returncode == 0
    con = Lake(lake).connect()
    assert con.execute("select distinct dedup_version from works").fetchall() == [(f"{DEDUP_VERSION}/{model_id}",)]
    groups = "select list(record_id order by record_id) as g from work_records group by work_id order by g"
    incremental = con.execute(groups).fetchall()
    con.close()
    # the incremental run with the trained model grouped as a full rebuild with it does
    assert sl("dedup", "--full", "--lake", lake).returncode == 0
    con = Lake(lake).connect()
    assert con.execute(groups).fetchall() == incremental
    assert con.execute("select distinct dedup_version from works").fetchall() == [(f"{DEDUP_VERSION}/{model_id}",)]
    bad = tmp_path / "bad.csv"
    bad.write_text("left,right,match\nR-nope,R-none,1\nR-a,R-b,0\n")
    refused = sl("train", bad, "--lake", lake)
    assert refused.returncode == 2 and "not among the records" in refused.stderr
    # works an older dedup version built with this trained model: rebuilt without it, and the
    # user is told so and what to run
    con = Lake(lake).connect()
    con.execute("update works set dedup_version = ?", [f"11/{model_id}"])
    con.close()
    rebuilt = sl("dedup", "--lake", lake)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "dedup version 11 with a model trained from labels" in rebuilt.stderr
    assert "run `scholarlake train` on those labels again" in rebuilt.stderr
    con = Lake(lake).connect()
    (version,), = con.execute("select distinct dedup_version from works").fetchall()
    assert version.startswith(f"{DEDUP_VERSION}/") and version != f"{DEDUP_VERSION}/{model_id}"


def test_a_model_trained_on_other_likenesses_is_refused_with_what_differs():
    """A stored model whose layer weighs likenesses this version no longer computes (or
    lacks some it computes) is refused when read, naming them and what to do."""
    import json

    from dedup.classifier import FEATURES
    from dedup.model import MatchModel, prior_model

    params = json.loads(prior_model().to_json())
    names = [ft.name for ft in FEATURES]
    params["classifier"] = {"features": names, "coef": [0.0] * len(names), "intercept": 0.0, "evidence": 1.0,
                            "words": {"records": 1, "frequency": {}}}
    assert MatchModel.from_json(json.dumps(params)).classifier["features"] == names
    params["classifier"]["features"] = names[:-2]  # a model fitted before the last two were added
    with pytest.raises(ValueError, match=f"missing: {FEATURES[-2].name}, {FEATURES[-1].name}; .*scholarlake train"):
        MatchModel.from_json(json.dumps(params))


def test_label_asks_the_least_certain_pairs_and_appends_each_answer(tmp_path, examples_lake):
    import subprocess

    from .test_cli_newcomer import SCRIPT

    lake = examples_lake
    labels = tmp_path / "labels.csv"

    def answer(text: str) -> str:
        done = subprocess.run([str(SCRIPT), "label", "--lake", str(lake), "--labels", str(labels), "--n", "4"],
                              input=text, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        return done.stdout

    answer("y\nmaybe\nn\nu\nq\n")  # an answer it does not know is asked again
    first = parse_labels(labels.read_text())
    assert [lb.match for lb in first] == [True, False]
    answer("n\n")  # stdin ends: the rest counts as quit, and nothing asked before is asked again
    second = parse_labels(labels.read_text())
    assert second[:2] == first and len(second) == 3
    assert frozenset((second[2].left, second[2].right)) not in {frozenset((lb.left, lb.right)) for lb in first}


@pytest.mark.seeds
def test_incremental_equals_full_with_a_trained_model_and_its_blocking_key():
    """A trained model blocks with one more key (``blocking.spelling_keys``); the nightly run
    with it stores and looks up the same keys as a full rebuild, and groups alike."""
    from benchmarks.common import make_row
    from dedup import deduplicate_incremental

    from .test_incremental import _ids, _partition, _seed_rows

    rows = sorted(_seed_rows(), key=lambda r: r["record_id"])
    random.Random(3).shuffle(rows)
    groups: dict[str, list[str]] = {}
    for wr in deduplicate(rows).work_records:
        groups.setdefault(wr["work_id"], []).append(wr["record_id"])
    labels = [Label(g[0], other, True) for g in groups.values() for other in g[1:]]
    singles = sorted(g[0] for g in groups.values() if len(g) == 1)
    labels += [Label(a, b, False) for a, b in zip(singles, singles[1:])]
    model = fit_labels(rows, labels)
    # one paper whose later record lost the spaces between its title's words: only the
    # opening-letters key brings the two together
    old = make_row("X1", "Collaborative Analytical Processing: Dream or Reality?", ["William O'Connell", "Goetz Graefe"],
                   2001, "VLDB")
    new = make_row("X2", "Collaborative analytical processingdream or reality", [], 2001, "VLDB")  # no author keys
    first = rows[: len(rows) // 2] + [old]
    rows = rows + [old, new]
    base = deduplicate(first, model=model)
    assert base.keys.num_rows > deduplicate(first).keys.num_rows  # the opening-letters key adds rows
    inc = deduplicate_incremental(rows, base, model=model)
    full = deduplicate(rows, _ids(base), {}, model=model)
    assert inc.stats["mode"] == "incremental"
    assert _partition(inc) == _partition(full)
    assert inc.edges == full.edges
    assert frozenset(("X1", "X2")) in _partition(full)


def test_the_fits_blocked_products_equal_the_whole_products():
    """The fit sums the normal equations over row blocks (one BLAS thread each) and multiplies
    vectors without BLAS: the same numbers as the whole products, for row counts that are and
    are not a multiple of the block."""
    import numpy as np

    from dedup import classifier

    rng = np.random.default_rng(3)
    for n in (1, 311, 5_000):
        design, w, beta = rng.random((n, 29)), rng.random(n), rng.normal(size=29)
        assert np.allclose(classifier._weighted_gram(design, w), (design.T * w) @ design, rtol=1e-12, atol=1e-9)
        assert np.allclose(classifier._times(design, beta), design @ beta, rtol=1e-12, atol=1e-12)
