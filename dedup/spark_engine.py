"""The full dedup on Apache Spark: the same works as ``engine.deduplicate``, with the
quadratic-ish middle of the job (blocking, pair scoring, connected components, clustering)
spread over a cluster.

Not a second implementation: every step calls the ``dedup`` code the local engine calls,
on the executors, over Arrow batches:

1. **Blocking**: each record's keys (``blocking.key_entries``, in ``mapInPandas`` over
   ranges of records); the entries partitioned by key, so every block sits whole in one
   partition, where ``blocking.candidate_pairs`` drops the blocks over their size limit and
   pairs the members of the others; ``distinct`` across partitions.
2. **Training** (when no model is given): the blocking step gives each pair
   ``engine._sample``'s hash of its record ranks; the same ``TRAINING_PAIRS`` lowest are
   taken to the driver and ``engine.train_on_sample`` estimates the model there, as the
   local run does.
3. **Scoring**: ``engine.score_pairs`` over each partition of pairs (``mapInPandas``):
   the edges.
4. **Connected components** of the edges (and curation's must-links) by iterated minimum
   label propagation, a DataFrame loop with no graph library or jar.
5. **Clustering** of whole components (``applyInPandas`` over buckets of components):
   ``_Context.cluster``, the no-chaining clustering under the vetoes and cannot-links. A
   component's records meet no other component's in any edge, so clustering a bucket of
   whole components gives the clusters the whole graph would.
6. **Ids and survivorship** on the driver (``engine._assemble``), as the local run does.

What reaches the executors, as broadcasts: the prepared records (for the keys and the
scoring), the record ids and ranks (for the sample's hash and clustering's tie-breaks),
and the driver's record columns (``RecordColumns.detached``: scoring's and the vetoes'
arrays, which the executors would otherwise build again). A Python worker unpickles the
records once and keeps them for the run; Spark ends a worker idle for a minute, so the
scoring step's workers mostly unpickle them again (at 300k, blocking and training kept the
key step's workers idle longer), and clustering needs none of them. The rows
themselves stay on the driver. Python's cycle collector is off while records are loaded
and steps run (``engine.bulk``), as in the local engine. Spark's own knobs
(``spark.sql.shuffle.partitions``, the master) come from the caller's session
(``session``).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import uuid
from typing import Iterator

import numpy as np
import pandas as pd

from .blocking import candidate_pairs, key_entries, keys_table, sorted_entries, spelling_keys
from .cluster import Edge
from .curation import Curation
from .engine import (TRAINING_PAIRS, DedupResult, _assemble, _Context, _full_run_state, _Laps, bulk, pair_hash,
                     score_pairs, train_on_sample)
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


def _records(bc, token: str) -> list:
    """The run's prepared records, unpickled once per Python worker (Spark ends a worker
    idle for a minute: then once per worker and step). Unpickled with Python's cycle
    collector off, then frozen out of its sight: a million records are millions of tuples,
    and the collector's passes over them took 3-4 times as long as the unpickling itself
    (the local engine runs under ``engine.bulk`` for the same reason)."""
    got = _WORKER_CACHE.get(("records", token))
    if got is None:
        _WORKER_CACHE.clear()  # an earlier run's records
        with bulk():
            got = _WORKER_CACHE[("records", token)] = bc.value
        gc.freeze()
    return got


def _cached(token: str, what: str, build):
    """``build()`` once per Python worker and run (the scoring columns, the clustering
    context): only the workers of the steps that need them pay for them."""
    key = (what, token)
    if key not in _WORKER_CACHE:
        with bulk():
            _WORKER_CACHE[key] = build()
        gc.freeze()
    return _WORKER_CACHE[key]


def _key_step(bc, token: str, spelling: bool):
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        recs = _records(bc, token)
        for batch in batches:
            for lo, hi in zip(batch["lo"].tolist(), batch["hi"].tolist()):
                with bulk():
                    hashes, pos, limits = key_entries(recs[lo:hi], spelling)
                yield pd.DataFrame({"key": hashes, "idx": pos + lo, "lim": limits})
    return run


def _pairs_step(bc_ids):
    """Candidate pairs of a partition of entries that holds whole blocks (the entries come
    partitioned by key), by the local engine's ``blocking.candidate_pairs``; each pair with
    ``engine._sample``'s hash of its record ranks (for the training sample), and one row
    (a = b = -1) with the partition's oversized blocks and the largest of them."""
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        frames = list(batches)  # the whole partition: a block may span Arrow batches
        with bulk():
            keys, idx, lim = (np.concatenate([f[c].to_numpy(np.int64) for f in frames]) if frames
                              else np.zeros(0, dtype=np.int64) for c in ("key", "idx", "lim"))
            del frames
            report: dict = {}
            pairs = candidate_pairs([], report, entries=sorted_entries(keys, idx, lim))
            del keys, idx, lim
            _, rank = bc_ids.value
            h = pair_hash(rank[pairs])
            zero = np.zeros(len(pairs), dtype=np.int64)
        # the unsigned hash as two non-negative halves: Spark's longs are signed
        yield pd.DataFrame({"a": pairs[:, 0], "b": pairs[:, 1], "h_hi": (h >> np.uint64(32)).astype(np.int64),
                            "h_lo": (h & np.uint64(0xFFFFFFFF)).astype(np.int64), "oversized": zero, "largest": zero})
        yield pd.DataFrame({"a": [-1], "b": [-1], "h_hi": [0], "h_lo": [0], "oversized": [report["oversized_blocks"]],
                            "largest": [report["largest_oversized_block"]]}, dtype=np.int64)
    return run


def _score_step(bc, bc_cols, token: str, model: MatchModel):
    """``score_pairs`` once per partition (about ``PAIRS_PER_BATCH`` pairs): Arrow hands a
    partition over in batches of 10,000 rows, and each call has its fixed costs."""
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        recs = _records(bc, token)
        cols = _cached(token, "columns", lambda: bc_cols.value.attach(recs))
        parts = [np.stack([b["a"].to_numpy(np.int64), b["b"].to_numpy(np.int64)], axis=1) for b in batches]
        pairs = np.concatenate(parts) if parts else np.zeros((0, 2), dtype=np.int64)
        with bulk():
            edges = score_pairs(recs, pairs, model, workers=1, cols=cols)
        yield pd.DataFrame({"a": np.array([e.a for e in edges], dtype=np.int64),
                            "b": np.array([e.b for e in edges], dtype=np.int64),
                            "score": np.array([e.score for e in edges], dtype=np.float64),
                            "rule": pd.Series([e.rule for e in edges], dtype=object)})
    return run


def _cluster_step(bc_ids, bc_cols, bc_constraints, token: str):
    def run(frame: pd.DataFrame) -> pd.DataFrame:
        with bulk():
            ctx = _cached(token, "clustering", lambda: _Context.for_clustering(
                *bc_ids.value, bc_cols.value, *bc_constraints.value))
            return _cluster_bucket(ctx, frame)
    return run


def _cluster_bucket(ctx: _Context, frame: pd.DataFrame) -> pd.DataFrame:
    """The groups and spanning trees of one bucket of whole components. The vetoes read
    only the records' columns, so these workers never unpickle the records."""
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


def _blocking(spark, bc, bc_ids, token: str, n: int, spelling: bool):
    """(candidate pairs with their sampling hash, their count, (oversized blocks, largest),
    the key entries as numpy arrays for ``keys_table``). Each record's keys by
    ``blocking.key_entries`` (``spelling``: ``blocking.spelling_keys`` of the model) on the
    executors (``mapInPandas`` over ranges of records); the
    entries partitioned by key, so that every block sits whole in one partition, where
    ``blocking.candidate_pairs`` (the local engine's numpy code) drops the blocks over
    their limit and makes the pairs of the others; ``distinct`` drops the pairs that blocks
    of two partitions both give. Two shuffles: the entries by key, the pairs by pair.
    (Spark's own ``collect_set`` of each block's members and a double ``explode`` took
    four times as long at 300k: an object aggregation per key, falling back to sorting.)"""
    from pyspark.sql import functions as F

    ranges = [(lo, min(lo + RECORDS_PER_TASK, n)) for lo in range(0, n, RECORDS_PER_TASK)]
    tasks = spark.createDataFrame(pd.DataFrame(ranges or [(0, 0)], columns=["lo", "hi"]))
    tasks = tasks.repartition(max(1, len(ranges)))
    entries = tasks.mapInPandas(_key_step(bc, token, spelling), "key long, idx long, lim long").cache()
    # a number, not just the key: adaptive execution may merge partitions by key into one
    n_parts = max(2 * spark.sparkContext.defaultParallelism, int(spark.conf.get("spark.sql.shuffle.partitions")))
    out = (entries.repartition(n_parts, "key")
           .mapInPandas(_pairs_step(bc_ids), "a long, b long, h_hi long, h_lo long, oversized long, largest long")
           .cache())
    pairs = out.where("a >= 0").select("a", "b", "h_hi", "h_lo").distinct().cache()
    n_pairs = pairs.count()
    over = out.where("a < 0").agg(F.sum("oversized"), F.max("largest")).collect()[0]
    out.unpersist()
    local = entries.toArrow()
    entries.unpersist()
    arrays = tuple(local.column(c).to_numpy() for c in ("key", "idx", "lim"))
    return pairs, n_pairs, (int(over[0] or 0), int(over[1] or 0)), arrays


def _training_sample(pairs, n_pairs: int) -> np.ndarray:
    """``engine._sample``'s pairs: the ``TRAINING_PAIRS`` lowest hashes, taken on the
    executors, in pair order as the local sample."""
    if n_pairs > TRAINING_PAIRS:
        pairs = pairs.orderBy("h_hi", "h_lo", "a", "b").limit(TRAINING_PAIRS)
    got = pairs.select("a", "b").toArrow()
    sample = np.stack([got.column("a").to_numpy(), got.column("b").to_numpy()], axis=1).astype(np.int64)
    return sample[np.lexsort((sample[:, 1], sample[:, 0]))]


def _clustering(spark, ctx: _Context, bc_ids, bc_cols, token: str, edges_df, n_edges: int, lap) -> tuple[list, list]:
    """(groups, tree) of the records in some edge or must-link: components by label
    propagation, then each bucket of whole components clustered in one call (one call per
    component would cost a Python round trip for each of hundreds of thousands). Four
    buckets or more per core: buckets differ in size, and the last one alone keeps a core
    busy while the others wait."""
    from pyspark.sql import functions as F

    must = spark.createDataFrame(pd.DataFrame(ctx.must or [], columns=["a", "b"], dtype=np.int64), "a long, b long")
    links = edges_df.select("a", "b").union(must)
    if not links.limit(1).count():
        return [], []
    comps = _components(spark, links)
    lap("components")
    n_buckets = max(4 * spark.sparkContext.defaultParallelism, -(-n_edges // EDGES_PER_BUCKET))
    marked = (edges_df.union(must.select("a", "b", F.lit(0.0).alias("score"), F.lit("").alias("rule")))
              .join(comps.withColumnRenamed("idx", "a"), "a")
              .withColumn("bucket", F.col("comp") % n_buckets))
    bc_constraints = spark.sparkContext.broadcast((ctx.must, ctx.cannot))
    try:
        out = marked.groupBy("bucket").applyInPandas(
            _cluster_step(bc_ids, bc_cols, bc_constraints, token), "kind string, a long, b long, score double, rule string").toPandas()
    finally:
        bc_constraints.unpersist()
    lead: dict[int, list[int]] = {}
    tree: list[Edge] = []
    for kind, a, b, s, r in zip(out["kind"].tolist(), out["a"].tolist(), out["b"].tolist(), out["score"].tolist(),
                                out["rule"].tolist()):
        if kind == "member":
            lead.setdefault(a, []).append(b)
        else:
            tree.append(Edge(a, b, s, r))
    return [sorted(g) for g in lead.values()], tree


def deduplicate_spark(
    rows: list[dict],
    previous: dict[str, str] | None = None,
    old_redirects: dict[str, str] | None = None,
    curation: Curation | None = None,
    model: MatchModel | None = None,
    spark=None,
) -> DedupResult:
    """``engine.deduplicate`` on Spark (``session()`` unless ``spark`` is given): the same
    works, work ids, edges and model for the same rows. The driver's part runs with Python's
    cycle collector off, as the local engine's whole run does (``engine.bulk``)."""
    spark = spark or session()
    with bulk():
        return _deduplicate_spark(rows, previous or {}, old_redirects or {}, curation, model, spark)


def _deduplicate_spark(rows, previous, old_redirects, curation, model, spark) -> DedupResult:
    lap = _Laps()
    ctx = _Context(rows, previous, curation)
    lap("prepare")
    n = len(ctx.recs)
    token = uuid.uuid4().hex  # names this run's records in the executors' caches
    sc = spark.sparkContext
    bc, bc_ids, bc_cols = sc.broadcast(ctx.recs), sc.broadcast((ctx.rids, ctx.rank)), None
    try:
        pairs, n_pairs, over, entries = _blocking(spark, bc, bc_ids, token, n, spelling_keys(model))
        keys = keys_table(ctx.rids, entries)
        del entries
        lap("blocking")

        if model is None:
            sample = _training_sample(pairs, n_pairs)
            model = train_on_sample(ctx.recs, sample, n_pairs, ctx.columns(), workers=1)
            lap("training")

        # the driver's columns (built for training, or now): the executors take their arrays
        # instead of building them again, and clustering needs nothing else of the records
        bc_cols = sc.broadcast(ctx.columns().detached())
        n_parts = max(1, -(-n_pairs // PAIRS_PER_BATCH))
        edges_df = (pairs.select("a", "b").repartition(n_parts)
                    .mapInPandas(_score_step(bc, bc_cols, token, model), "a long, b long, score double, rule string").cache())
        got = edges_df.toArrow()
        edges = [Edge(a, b, s, r) for a, b, s, r in
                 zip(*(got.column(c).to_pylist() for c in ("a", "b", "score", "rule")))]
        del got
        pairs.unpersist()
        lap("scoring")

        groups, tree = _clustering(spark, ctx, bc_ids, bc_cols, token, edges_df, len(edges), lap)
        edges_df.unpersist()
    finally:
        for b in (bc, bc_ids, bc_cols):
            if b is not None:
                b.unpersist()
    seen = {i for g in groups for i in g}
    groups += [[i] for i in range(n) if i not in seen]
    ctx.release()
    lap("clustering")
    stats = {"mode": "full", "engine": "spark", "candidate_pairs": int(n_pairs), "oversized_blocks": over[0],
             "largest_oversized_block": over[1]}
    result = _assemble(ctx, groups, tree, edges, previous, old_redirects, stats, model)
    _full_run_state(result, ctx, keys, curation)
    lap("assemble")
    result.stats["phase_seconds"] = lap.seconds
    return result


__all__ = ["FROM_SUBMIT", "deduplicate_spark", "read_snapshot", "session"]
