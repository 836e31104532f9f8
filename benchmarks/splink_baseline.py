"""Splink (DuckDB backend) on the same ``records`` rows, as a reference point for the
deduplicator's speed and quality. Optional: needs ``pip install splink`` (not a project
dependency). Library-like: logs, never prints.

The model is a conventional unsupervised Fellegi-Sunter setup for bibliographic records:

* comparisons: title key (exact / Jaro-Winkler >= 0.97 / word Jaccard >= 0.75, 0.5; a lower
  Jaro-Winkler level would over-reward the shared prefixes of look-alike titles), author
  keys (array intersection >= 3, 2, 1), year (exact / within 1), arXiv id and DOI (exact).
  The first author is a blocking key, not a comparison: with the author overlap it would
  count the same evidence twice and outweigh a different title;
* blocking for prediction: first three title words, last three title words, first author
  and year, arXiv id, DOI;
* training: lambda from a deterministic rule (same title and first author, recall 0.7),
  u by random sampling, m by EM blocked on title words and on first author + year;
* clusters: connected components of pairs with match probability >= ``threshold``
  (fixed in advance, not tuned on the truth).
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

THRESHOLD = 0.9


def available() -> str | None:
    """None when Splink can be imported, else the reason it cannot."""
    try:
        import splink  # noqa: F401
    except ImportError as exc:
        return f"splink is not installed ({exc}); pip install splink"
    return None


def to_frame(rows: list[dict]):
    """The columns the Splink model reads, as a pandas DataFrame."""
    import pandas as pd

    def words(key: str | None) -> list[str]:
        return (key or "").split()

    return pd.DataFrame({
        "unique_id": [r["record_id"] for r in rows],
        "title_key": [r["title_key"] or None for r in rows],
        "title_p3": [" ".join(words(r["title_key"])[:3]) or None for r in rows],
        "title_s3": [" ".join(words(r["title_key"])[-3:]) or None for r in rows],
        "first_author": [(r["author_keys"] or [None])[0] for r in rows],
        "author_keys": [list(r["author_keys"]) or None for r in rows],
        "year": pd.array([r["year"] for r in rows], dtype="Int64"),
        "arxiv_id": [r["arxiv_id"] for r in rows],
        "doi": [r["doi"] for r in rows],
    })


def settings():
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    words_l, words_r = "str_split(title_key_l, ' ')", "str_split(title_key_r, ' ')"
    jaccard = (f"len(list_intersect({words_l}, {words_r})) / "
               f"greatest(1, len(list_distinct(list_concat({words_l}, {words_r}))))")

    def token_jaccard(at_least: float) -> dict:
        return {"sql_condition": f"{jaccard} >= {at_least}", "label_for_charts": f"word Jaccard >= {at_least}"}

    title = cl.CustomComparison(
        output_column_name="title_key",
        comparison_levels=[cll.NullLevel("title_key"), cll.ExactMatchLevel("title_key"),
                           cll.JaroWinklerLevel("title_key", 0.97), token_jaccard(0.75),
                           token_jaccard(0.5), cll.ElseLevel()],
    )
    year = cl.CustomComparison(
        output_column_name="year",
        comparison_levels=[cll.NullLevel("year"), cll.ExactMatchLevel("year"),
                           cll.AbsoluteDifferenceLevel("year", 1), cll.ElseLevel()],
    )
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            title,
            cl.ArrayIntersectAtSizes("author_keys", [3, 2, 1]),
            year,
            cl.ExactMatch("arxiv_id"),
            cl.ExactMatch("doi"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("title_p3"), block_on("title_s3"), block_on("first_author", "year"),
            block_on("arxiv_id"), block_on("doi"),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


def run(rows: list[dict], threshold: float = THRESHOLD, seed: int = 1,
        max_pairs_u: float = 1e6) -> tuple[dict[str, str], dict]:
    """Cluster ``rows`` with Splink. Returns (record_id -> cluster id, seconds per phase)."""
    import duckdb
    from splink import DuckDBAPI, Linker, block_on

    laps: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        laps[name] = round(now - t, 2)
        t = now

    frame = to_frame(rows)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    db = DuckDBAPI(connection=con)
    linker = Linker(db.register(frame), settings(), log_level=logging.ERROR)
    lap("load")
    linker.training.estimate_probability_two_random_records_match(
        [block_on("title_key", "first_author")], recall=0.7)
    lap("train lambda")
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs_u, seed=seed)
    lap("train u")
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("title_p3"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_author", "year"))
    lap("train m (EM)")
    pairs = linker.inference.predict(threshold_match_probability=0.5)
    lap("predict")
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pairs, threshold_match_probability=threshold)
    table = clusters.as_pandas_dataframe()
    lap("cluster")
    got = dict(zip(table["unique_id"].astype(str), table["cluster_id"].astype(str)))
    log.info("splink: %d records, %s", len(rows), laps)
    return got, laps
