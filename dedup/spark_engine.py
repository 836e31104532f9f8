"""The full dedup on Apache Spark: the same works as ``engine.deduplicate``, with the
quadratic-ish middle of the job (blocking, pair scoring, connected components, clustering)
spread over a cluster.

Not a second implementation: every step calls the ``dedup`` code the local engine calls,
on the executors, over Arrow batches:

1. **Blocking**: each record's keys (``blocking.key_entries``, in ``mapInPandas`` over
   ranges of records), blocks counted with ``groupBy`` and dropped over their size limit,
   pairs by a self-join of the usable entries on the key (``a < b``), ``distinct``.
2. **Training** (when no model is given): ``engine._sample``'s hash of each pair's record
   ranks is computed on the executors, the same ``TRAINING_PAIRS`` lowest are taken to the
   driver and ``engine.train_on_sample`` estimates the model there, as the local run does.
3. **Scoring**: ``engine.score_pairs`` over each batch of pairs (``mapInPandas``): the
   edges.
4. **Connected components** of the edges (and curation's must-links) by iterated minimum
   label propagation, a DataFrame loop with no graph library or jar.
5. **Clustering** of whole components (``applyInPandas`` over buckets of components):
   ``_Context.cluster``, the no-chaining clustering under the vetoes and cannot-links. A
   component's records meet no other component's in any edge, so clustering a bucket of
   whole components gives the clusters the whole graph would.
6. **Ids and survivorship** on the driver (``engine._assemble``), as the local run does.

The records reach the executors once, as a broadcast of the prepared records; the rows
themselves stay on the driver. Spark's own knobs (``spark.sql.shuffle.partitions``, the
master) come from the caller's session (``session``).
"""

from __future__ import annotations

import logging
import os
import sys
import uuid
from typing import Iterator

import numpy as np
import pandas as pd

from .blocking import key_entries, keys_table, spelling_keys
from .cluster import Edge
from .curation import Curation
from .engine import (TRAINING_PAIRS, DedupResult, _assemble, _Context, _full_run_state, _Laps, bulk, score_pairs,
                     train_on_sample)
from .features import RecordColumns
from .model import MatchModel

log = logging.getLogger(__name__)

# Records per task of the key step, and candidate pairs per Arrow batch of the scoring step.
RECORDS_PER_TASK = 20_000
PAIRS_PER_BATCH = 50_000
# Edges per clustering call: the components are dealt into buckets of about this many edges.
EDGES_PER_BUCKET = 200_000
# Label propagation stops when no label changes; a dedup graph's components are small, so a
# few rounds do. This bound only guards against a graph no dedup run makes.
MAX_ROUNDS = 100


# The master named this way is the one ``spark-submit`` (or spark-defaults.conf) gives.
FROM_SUBMIT = "spark-submit"


def session(master: str = "local[2]", app: str = "scholarlake-dedup", conf: dict | None = None):
    """A Spark session for this engine: the executors run this interpreter (so they import
    the same ``dedup``), no web UI, few shuffle partitions for a small local master.
    ``master=FROM_SUBMIT`` leaves the master (and every setting not in ``conf``) to
    ``spark-submit``, for ``scholarlake/spark_job.py``."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    settings = {"spark.sql.execution.arrow.pyspark.enabled": "true", **(conf or {})}
    if master != FROM_SUBMIT:  # a session of our own: this interpreter on every executor
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(master)
        settings = {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "8", **settings}
    for k, v in settings.items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


# Executors rebuild these once per Python worker from a broadcast, keyed by the run's token.
_WORKER_CACHE: dict = {}


def _records(bc) -> tuple[list, np.ndarray]:
    """The run's prepared records and their ranks, unpickled once per Python worker."""
    token, recs, rank = bc.value
    got = _WORKER_CACHE.get(("records", token))
    if got is None:
        _WORKER_CACHE.clear()  # an earlier run's records
        got = _WORKER_CACHE[("records", token)] = (recs, rank)
    return got


def _cached(bc, what: str, build):
    """``build(recs)`` once per Python worker and run (the scoring columns, the clustering
    context): only the workers of the steps that need them pay for them."""
    recs, _ = _records(bc)
    key = (what, bc.value[0])
    if key not in _WORKER_CACHE:
        _WORKER_CACHE[key] = build(recs)
    return _WORKER_CACHE[key]


def _key_step(bc, spelling: bool):
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        recs, _ = _records(bc)
        for batch in batches:
            for lo, hi in zip(batch["lo"].tolist(), batch["hi"].tolist()):
                hashes, pos, limits = key_entries(recs[lo:hi], spelling)
                yield pd.DataFrame({"key": hashes, "idx": pos + lo, "lim": limits})
    return run


def _hash_step(bc):
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        _, rank = _records(bc)
        for batch in batches:
            ranks = rank[np.stack([batch["a"].to_numpy(), batch["b"].to_numpy()], axis=1)]
            lo, hi = np.minimum(ranks[:, 0], ranks[:, 1]), np.maximum(ranks[:, 0], ranks[:, 1])
            h = _pair_hash(lo, hi)
            # the unsigned hash as two non-negative halves: Spark's longs are signed
            yield pd.DataFrame({"a": batch["a"], "b": batch["b"], "h_hi": (h >> np.uint64(32)).astype(np.int64),
                                "h_lo": (h & np.uint64(0xFFFFFFFF)).astype(np.int64)})
    return run


def _pair_hash(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """``engine._sample``'s hash of a pair's record ranks."""
    h = (lo.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ (hi.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F))
    h ^= h >> np.uint64(31)
    return h


def _score_step(bc, model: MatchModel):
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        recs, _ = _records(bc)
        cols = _cached(bc, "columns", RecordColumns)
        for batch in batches:
            pairs = np.stack([batch["a"].to_numpy(np.int64), batch["b"].to_numpy(np.int64)], axis=1)
            edges = score_pairs(recs, pairs, model, workers=1, cols=cols)
            yield pd.DataFrame({"a": [e.a for e in edges], "b": [e.b for e in edges],
                                "score": [e.score for e in edges], "rule": [e.rule for e in edges]})
    return run


def _cluster_step(bc, bc_constraints):
    def run(frame: pd.DataFrame) -> pd.DataFrame:
        must, cannot = bc_constraints.value
        ctx = _cached(bc, "clustering", lambda recs: _Context.for_clustering(recs, must, cannot))
        real = frame[frame["rule"] != ""]
        edges = [Edge(int(a), int(b), float(s), r) for a, b, s, r in
                 zip(real["a"].tolist(), real["b"].tolist(), real["score"].tolist(), real["rule"].tolist())]
        nodes = set(frame["a"].tolist()) | set(frame["b"].tolist())
        groups, tree = ctx.cluster(nodes, edges)
        out = {"kind": [], "a": [], "b": [], "score": [], "rule": []}
        for g in groups:
            for i in g:  # member i of the group led by g[0]
                out["kind"].append("member"), out["a"].append(g[0]), out["b"].append(i)
                out["score"].append(0.0), out["rule"].append("")
        for e in tree:
            out["kind"].append("tree"), out["a"].append(e.a), out["b"].append(e.b)
            out["score"].append(e.score), out["rule"].append(e.rule)
        return pd.DataFrame(out)
    return run


def _components(spark, links):
    """(idx, comp) for every record in ``links`` (a DataFrame of a, b): comp is the
    smallest record index of its connected component."""
    from pyspark.sql import functions as F

    both = links.select("a", "b").union(links.select(F.col("b").alias("a"), F.col("a").alias("b"))).cache()
    labels = both.groupBy("a").agg(F.least(F.min("b"), F.first("a")).alias("comp")).withColumnRenamed("a", "idx")
    labels = labels.localCheckpoint()
    for rounds in range(1, MAX_ROUNDS + 1):
        # each record takes the smallest label among itself and its neighbours; one pass
        # computes the new labels and marks the ones that moved
        offered = both.join(labels.withColumnRenamed("idx", "b"), "b").groupBy("a").agg(F.min("comp").alias("offer"))
        new = (labels.join(offered.withColumnRenamed("a", "idx"), "idx", "left")
               .select("idx", F.least("comp", F.coalesce("offer", "comp")).alias("comp"),
                       (F.coalesce("offer", "comp") < F.col("comp")).alias("moved"))).localCheckpoint()
        changed = new.where("moved").count()
        labels = new.select("idx", "comp")
        if not changed:
            log.info("spark dedup: components settled after %d rounds", rounds)
            break
    else:
        raise RuntimeError(f"label propagation did not settle in {MAX_ROUNDS} rounds")
    both.unpersist()
    return labels


def read_snapshot(spark, files: list[tuple[str, str | None]], columns: list[str]):
    """A table's rows as Spark reads them from its Parquet files (``warehouse.lake.
    snapshot_files``: each data file with the delete file that lists its deleted rows), as
    Arrow: the files in parallel on the executors, each deleted row (file, position) left out
    by an anti-join on the file's name and ``_metadata.row_index``. DuckLake names every file
    with a UUID, so the name alone identifies it whatever prefix a reader puts on the path."""
    from pyspark.sql import functions as F

    if not files:
        return None
    name = F.regexp_extract(F.col("path"), r"([^/]+)$", 1)
    data = (spark.read.option("mergeSchema", "true").parquet(*[d for d, _ in files])
            .select(*columns, F.col("_metadata.file_path").alias("path"), F.col("_metadata.row_index").alias("pos"))
            .withColumn("file", name).drop("path"))
    deletes = [x for _, x in files if x]
    if deletes:
        gone = spark.read.parquet(*deletes).select(F.col("file_path").alias("path"), "pos").withColumn("file", name)
        data = data.join(gone.drop("path"), ["file", "pos"], "left_anti")
    return data.drop("file", "pos").toArrow()


def deduplicate_spark(
    rows: list[dict],
    previous: dict[str, str] | None = None,
    old_redirects: dict[str, str] | None = None,
    curation: Curation | None = None,
    model: MatchModel | None = None,
    spark=None,
) -> DedupResult:
    """``engine.deduplicate`` on Spark (``session()`` unless ``spark`` is given): the same
    works, work ids, edges and model for the same rows."""
    from pyspark.sql import functions as F

    spark = spark or session()
    previous = previous or {}
    lap = _Laps()
    with bulk():
        ctx = _Context(rows, previous, curation)
    lap("prepare")
    n = len(ctx.recs)
    token = uuid.uuid4().hex  # names this run's broadcasts in the executors' caches
    bc = spark.sparkContext.broadcast((token, ctx.recs, ctx.rank))
    try:
        ranges = [(lo, min(lo + RECORDS_PER_TASK, n)) for lo in range(0, n, RECORDS_PER_TASK)]
        tasks = spark.createDataFrame(pd.DataFrame(ranges or [(0, 0)], columns=["lo", "hi"]))
        tasks = tasks.repartition(max(1, len(ranges)))
        entries = tasks.mapInPandas(_key_step(bc, spelling_keys(model)), "key long, idx long, lim long").distinct().cache()
        blocks = entries.groupBy("key").agg(F.count("*").alias("size"), F.first("lim").alias("lim"))
        over = blocks.where("size > lim").agg(F.count("*"), F.max("size")).collect()[0]
        usable = blocks.where("size >= 2 and size <= lim").select("key")
        members = entries.join(usable, "key").select("key", "idx")
        pairs = (members.alias("x").join(members.alias("y"), "key").where("x.idx < y.idx")
                 .select(F.col("x.idx").alias("a"), F.col("y.idx").alias("b")).distinct().cache())
        n_pairs = pairs.count()
        local_entries = entries.toPandas()
        keys = keys_table(ctx.rids, (local_entries["key"].to_numpy(np.int64), local_entries["idx"].to_numpy(np.int64),
                                     local_entries["lim"].to_numpy(np.int64)))
        entries.unpersist()
        lap("blocking")

        if model is None:
            hashed = pairs.mapInPandas(_hash_step(bc), "a long, b long, h_hi long, h_lo long")
            if n_pairs > TRAINING_PAIRS:
                hashed = hashed.orderBy("h_hi", "h_lo", "a", "b").limit(TRAINING_PAIRS)
            got = hashed.select("a", "b").toPandas()
            sample = np.stack([got["a"].to_numpy(np.int64), got["b"].to_numpy(np.int64)], axis=1)
            sample = sample[np.lexsort((sample[:, 1], sample[:, 0]))]  # pair order, as the local sample
            model = train_on_sample(ctx.recs, sample, n_pairs, ctx.columns(), workers=1)
            lap("training")

        n_parts = max(1, -(-n_pairs // PAIRS_PER_BATCH))
        edges_df = (pairs.repartition(n_parts).mapInPandas(_score_step(bc, model), "a long, b long, score double, rule string")
                    .cache())
        edge_frame = edges_df.toPandas()
        edges = [Edge(int(a), int(b), float(s), r) for a, b, s, r in
                 zip(edge_frame["a"].tolist(), edge_frame["b"].tolist(), edge_frame["score"].tolist(),
                     edge_frame["rule"].tolist())]
        pairs.unpersist()
        lap("scoring")

        must = spark.createDataFrame(pd.DataFrame(ctx.must or [], columns=["a", "b"], dtype=np.int64),
                                     "a long, b long")
        links = edges_df.select("a", "b").union(must)
        groups: list[list[int]] = []
        tree: list[Edge] = []
        if links.limit(1).count():
            comps = _components(spark, links)
            lap("components")
            # components go to buckets, each clustered in one call: one call per component
            # would cost a Python round trip for each of hundreds of thousands of pairs
            n_buckets = max(spark.sparkContext.defaultParallelism, -(-len(edges) // EDGES_PER_BUCKET))
            marked = (edges_df.union(must.select("a", "b", F.lit(0.0).alias("score"), F.lit("").alias("rule")))
                      .join(comps.withColumnRenamed("idx", "a"), "a")
                      .withColumn("bucket", F.col("comp") % n_buckets))
            bc_constraints = spark.sparkContext.broadcast((ctx.must, ctx.cannot))
            out = marked.groupBy("bucket").applyInPandas(
                _cluster_step(bc, bc_constraints), "kind string, a long, b long, score double, rule string").toPandas()
            bc_constraints.unpersist()
            lead: dict[int, list[int]] = {}
            for kind, a, b, s, r in zip(out["kind"], out["a"].tolist(), out["b"].tolist(), out["score"].tolist(),
                                        out["rule"].tolist()):
                if kind == "member":
                    lead.setdefault(a, []).append(b)
                else:
                    tree.append(Edge(a, b, s, r))
            groups = [sorted(g) for g in lead.values()]
        edges_df.unpersist()
    finally:
        bc.unpersist()
    seen = {i for g in groups for i in g}
    groups += [[i] for i in range(n) if i not in seen]
    ctx.release()
    lap("clustering")
    stats = {"mode": "full", "engine": "spark", "candidate_pairs": int(n_pairs), "oversized_blocks": int(over[0]),
             "largest_oversized_block": int(over[1] or 0)}
    result = _assemble(ctx, groups, tree, edges, previous, old_redirects or {}, stats, model)
    _full_run_state(result, ctx, keys, curation)
    lap("assemble")
    result.stats["phase_seconds"] = lap.seconds
    return result


__all__ = ["FROM_SUBMIT", "deduplicate_spark", "read_snapshot", "session"]
