"""The full dedup on Apache Spark: the same works as ``engine.deduplicate``, with the
quadratic-ish middle of the job (blocking, pair scoring, connected components, clustering)
spread over a cluster, and no executor holding anything that grows with the whole corpus.

Not a second implementation: every step calls the ``dedup`` code the local engine calls,
on the executors, over Arrow batches. The prepared records are a partitioned DataFrame
(``spark_records``: every ``Rec`` field, the record's index and its rank in record-id
order); each step gets the rows it needs by a join and turns them back into records
numbered within the batch:

1. **Blocking**: each partition's keys by ``blocking.key_entries`` (``mapInArrow``), one
   row per (key, record); block sizes by ``groupBy(key).count()`` with each key's limit,
   joined back to keep the members of the blocks of two records or more and within their
   limit, as ``blocking.candidate_pairs`` keeps them; the pairs by a self-join of the kept
   members on the key (``a < b``), ``distinct`` across blocks. Each pair gets
   ``engine.pair_hash`` of its two ranks, which the self-join brought along.
2. **Training** (when no model is given): the ``TRAINING_PAIRS`` lowest hashes go to the
   driver, which estimates the model from the same sample as the local run
   (``engine.train_on_sample``).
3. **Scoring**: each pair joined with its two records' columns; ``engine.score_pairs`` per
   chunk of about ``PAIRS_PER_BATCH`` pairs, on ``RecordColumns`` of the chunk's records.
4. **Connected components** of the edges (and curation's must-links) by iterated minimum
   label propagation, a DataFrame loop with no graph library or jar.
5. **Clustering** of buckets of whole components: the edges and the records of each bucket
   cogrouped (``applyInArrow``), and ``_Context.cluster``, the no-chaining clustering under
   the vetoes and cannot-links, on the bucket's records. A component's records meet no
   other component's in any edge, so clustering a bucket of whole components gives the
   clusters the whole graph would.
6. **Ids and survivorship** on the driver (``engine._assemble``), as the local run does.

Records are numbered within a batch in the order of their run indices, and ties everywhere
break by the ranks the rows carry, so a batch's numbering changes no decision. What reaches
every executor besides its share of rows: the model, and curation's constraints. The driver
keeps the rows, their prepared records (to write them to the DataFrame, and for training's
sample and ``recurring_titles``), the record ids and ranks, the key entries (``block_keys``)
and the edges: what ids and survivorship read. Python's cycle collector is off while a
worker builds records and runs a step (``engine.bulk``), as in the local engine. Spark's own
knobs (``spark.sql.shuffle.partitions``, the master) come from the caller's session
(``session``).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import spark_records
from .blocking import key_entries, keys_table, spelling_keys
from .cluster import Edge
from .curation import Curation
from .engine import (TRAINING_PAIRS, DedupResult, _assemble, _Context, _full_run_state, _Laps, bulk, pair_hash,
                     score_pairs, train_on_sample)
from .features import RecordColumns
from .model import MatchModel

log = logging.getLogger(__name__)

# Records per partition of the records' DataFrame (the key step's task), and candidate pairs
# per ``score_pairs`` call of the scoring step (each call has its fixed costs).
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


_ARROW = {
    "entries": pa.schema([("key", pa.int64()), ("idx", pa.int64()), ("rank", pa.int64()), ("lim", pa.int64())]),
    "pairs": pa.schema([("a", pa.int64()), ("b", pa.int64()), ("h_hi", pa.int64()), ("h_lo", pa.int64())]),
    "edges": pa.schema([("a", pa.int64()), ("b", pa.int64()), ("score", pa.float64()), ("rule", pa.string())]),
    "clusters": pa.schema([("kind", pa.string()), ("a", pa.int64()), ("b", pa.int64()), ("score", pa.float64()),
                           ("rule", pa.string())]),
}
_DDL = {"entries": "key long, idx long, rank long, lim long", "pairs": "a long, b long, h_hi long, h_lo long",
        "edges": "a long, b long, score double, rule string",
        "clusters": "kind string, a long, b long, score double, rule string"}


def _key_step(spelling: bool):
    """(key hash, record index, record rank, block limit) of every key of every record of a
    batch, by ``blocking.key_entries``; a record's repeated key once (``sorted_entries``
    drops repeats too)."""
    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            with bulk():
                recs = spark_records.from_rows(batch)
                hashes, pos, limits = key_entries(recs, spelling)
                idx, rank = batch.column("idx").to_numpy(), batch.column("rank").to_numpy()
                frame = pd.DataFrame({"key": hashes, "idx": idx[pos], "rank": rank[pos], "lim": limits})
                frame = frame.drop_duplicates(["key", "idx"])
            yield pa.RecordBatch.from_pandas(frame, schema=_ARROW["entries"], preserve_index=False)
    return run


def _hash_step(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """``engine.pair_hash`` of each pair's two ranks, as two non-negative halves (Spark's
    longs are signed): the training sample's order, computed where the pairs are."""
    for batch in batches:
        ranks = np.stack([batch.column("ra").to_numpy(), batch.column("rb").to_numpy()], axis=1)
        h = pair_hash(ranks)
        yield pa.RecordBatch.from_arrays(
            [batch.column("a"), batch.column("b"), pa.array((h >> np.uint64(32)).astype(np.int64)),
             pa.array((h & np.uint64(0xFFFFFFFF)).astype(np.int64))], schema=_ARROW["pairs"])


def _chunks(batches: Iterator[pa.RecordBatch], rows: int) -> Iterator[pa.Table]:
    """The batches regrouped into tables of about ``rows`` rows."""
    held, n = [], 0
    for batch in batches:
        held.append(batch)
        n += batch.num_rows
        if n >= rows:
            yield pa.Table.from_batches(held)
            held, n = [], 0
    if n:
        yield pa.Table.from_batches(held)


def _score_step(model: MatchModel):
    """Edges of pairs that come with both records' columns (``a_*``, ``b_*``):
    ``engine.score_pairs`` per chunk, on the chunk's records numbered in index order."""
    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for chunk in _chunks(batches, PAIRS_PER_BATCH):
            with bulk():
                edges = _score_chunk(chunk, model)
            yield pa.RecordBatch.from_pylist(edges, schema=_ARROW["edges"])
    return run


def _score_chunk(chunk: pa.Table, model: MatchModel) -> list[dict]:
    uniq, table = spark_records.unique_rows(chunk, ("a", "b"))
    recs = spark_records.from_rows(table)
    pairs = np.stack([np.searchsorted(uniq, chunk.column(s).to_numpy()) for s in ("a", "b")], axis=1)
    edges = score_pairs(recs, pairs.astype(np.int64), model, workers=1, cols=RecordColumns(recs))
    return [{"a": int(uniq[e.a]), "b": int(uniq[e.b]), "score": e.score, "rule": e.rule} for e in edges]


def _cluster_step(must: list[tuple[int, int]], cannot: set[frozenset[int]]):
    def run(edges: pa.Table, nodes: pa.Table) -> pa.Table:
        with bulk():
            return _cluster_bucket(edges, nodes, must, cannot)
    return run


def _cluster_bucket(edges: pa.Table, nodes: pa.Table, must, cannot) -> pa.Table:
    """The groups and spanning trees of one bucket of whole components: its records
    (``nodes``) numbered in index order, their own record columns for the vetoes, their
    ranks for the tie-breaks, curation's constraints among them."""
    nodes = nodes.sort_by("idx")
    idx = nodes.column("idx").to_numpy()
    local = {int(g): i for i, g in enumerate(idx.tolist())}
    recs = spark_records.from_rows(nodes)
    ctx = _Context.for_clustering([r.record_id for r in recs], nodes.column("rank").to_numpy(), RecordColumns(recs),
                                  [(local[a], local[b]) for a, b in must if a in local and b in local],
                                  {frozenset(local[x] for x in p) for p in cannot if all(x in local for x in p)})
    real = edges.filter(pc.not_equal(edges.column("rule"), ""))
    a, b = (np.searchsorted(idx, real.column(c).to_numpy()).tolist() for c in ("a", "b"))
    found = [Edge(x, y, s, r) for x, y, s, r in
             zip(a, b, real.column("score").to_pylist(), real.column("rule").to_pylist())]
    groups, tree = ctx.cluster(range(len(idx)), found)
    out = {"kind": [], "a": [], "b": [], "score": [], "rule": []}
    for g in groups:
        for i in g:  # member i of the group led by g[0]
            out["kind"].append("member"), out["a"].append(int(idx[g[0]])), out["b"].append(int(idx[i]))
            out["score"].append(0.0), out["rule"].append("")
    for e in tree:
        out["kind"].append("tree"), out["a"].append(int(idx[e.a])), out["b"].append(int(idx[e.b]))
        out["score"].append(e.score), out["rule"].append(e.rule)
    return pa.table(out, schema=_ARROW["clusters"])


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


def _records_frame(spark, ctx: _Context):
    """The prepared records as a DataFrame (``spark_records.SCHEMA``), in partitions of
    about ``RECORDS_PER_TASK`` records, cached: every step reads it."""
    n = len(ctx.recs)
    frame = spark.createDataFrame(spark_records.to_table(ctx.recs, ctx.rank))
    return frame.repartition(max(1, -(-n // RECORDS_PER_TASK))).cache()


def _blocking(spark, records, spelling: bool):
    """(candidate pairs with their sampling hash, their count, (oversized blocks, largest),
    the key entries as numpy arrays for ``keys_table``). ``blocking.candidate_pairs``'s
    rules in DataFrames: a block is the entries of one key hash; it is kept when it has two
    members or more and no more than its limit (the limit of the block's entry of the
    smallest record index: ``candidate_pairs`` reads the first entry of the sorted block, and
    only keys that share a hash could have two), and counted as oversized above its limit."""
    from pyspark.sql import functions as F

    entries = records.mapInArrow(_key_step(spelling), _DDL["entries"]).cache()
    sizes = entries.groupBy("key").agg(F.count("*").alias("size"), F.min_by("lim", "idx").alias("limit")).cache()
    kept = sizes.where((F.col("size") >= 2) & (F.col("size") <= F.col("limit"))).select("key")
    members = entries.join(kept, "key").select("key", "idx", "rank")
    x, y = members.alias("x"), members.alias("y")
    pairs = (x.join(y, (F.col("x.key") == F.col("y.key")) & (F.col("x.idx") < F.col("y.idx")))
             .select(F.col("x.idx").alias("a"), F.col("y.idx").alias("b"), F.col("x.rank").alias("ra"),
                     F.col("y.rank").alias("rb"))
             .mapInArrow(_hash_step, _DDL["pairs"])
             .distinct().cache())
    n_pairs = pairs.count()
    over = sizes.where(F.col("size") > F.col("limit")).agg(F.count("*"), F.max("size")).collect()[0]
    sizes.unpersist()
    local = entries.select("key", "idx", "lim").toArrow()
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


def _with_records(frame, records, sides: tuple[str, ...]):
    """``frame`` with the record columns of each side's record index, named ``side_field``."""
    from pyspark.sql import functions as F

    for s in sides:
        named = records.select(F.col("idx").alias(s), *(F.col(c).alias(f"{s}_{c}") for c in spark_records.FIELDS.names))
        frame = frame.join(named, s)
    return frame


def _scoring(pairs, records, model: MatchModel):
    """The edges of the candidate pairs, as a cached DataFrame."""
    return (_with_records(pairs.select("a", "b"), records, ("a", "b"))
            .mapInArrow(_score_step(model), _DDL["edges"]).cache())


def _clustering(spark, ctx: _Context, records, edges_df, n_edges: int, lap) -> tuple[list, list]:
    """(groups, tree) of the records in some edge or must-link: components by label
    propagation, then each bucket of whole components clustered in one call with its
    records (one call per component would cost a Python round trip for each of hundreds of
    thousands). Four buckets or more per core: buckets differ in size, and the last one
    alone keeps a core busy while the others wait."""
    from pyspark.sql import functions as F

    must = spark.createDataFrame(pd.DataFrame(ctx.must or [], columns=["a", "b"], dtype=np.int64), "a long, b long")
    links = edges_df.select("a", "b").union(must)
    if not links.limit(1).count():
        return [], []
    comps = _components(spark, links)
    lap("components")
    n_buckets = max(4 * spark.sparkContext.defaultParallelism, -(-n_edges // EDGES_PER_BUCKET))
    bucket = (F.col("comp") % n_buckets).alias("bucket")
    marked = (edges_df.union(must.select("a", "b", F.lit(0.0).alias("score"), F.lit("").alias("rule")))
              .join(comps.withColumnRenamed("idx", "a"), "a").select("a", "b", "score", "rule", bucket))
    nodes = records.join(comps, "idx").select(*spark_records.SCHEMA.names, bucket)
    out = (marked.groupBy("bucket").cogroup(nodes.groupBy("bucket"))
           .applyInArrow(_cluster_step(ctx.must, ctx.cannot), _DDL["clusters"]).toArrow())
    lead: dict[int, list[int]] = {}
    tree: list[Edge] = []
    for kind, a, b, s, r in zip(*(out.column(c).to_pylist() for c in ("kind", "a", "b", "score", "rule"))):
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
    records = _records_frame(spark, ctx)
    lap("prepare")
    pairs, n_pairs, over, entries = _blocking(spark, records, spelling_keys(model))
    keys = keys_table(ctx.rids, entries)
    del entries
    lap("blocking")

    if model is None:
        model = train_on_sample(ctx.recs, _training_sample(pairs, n_pairs), n_pairs, ctx.columns(), workers=1)
        lap("training")
    ctx.release()  # the driver needs the prepared records no more

    edges_df = _scoring(pairs, records, model)
    got = edges_df.toArrow()
    edges = [Edge(a, b, s, r) for a, b, s, r in zip(*(got.column(c).to_pylist() for c in ("a", "b", "score", "rule")))]
    del got
    pairs.unpersist()
    lap("scoring")

    groups, tree = _clustering(spark, ctx, records, edges_df, len(edges), lap)
    edges_df.unpersist()
    records.unpersist()
    seen = {i for g in groups for i in g}
    groups += [[i] for i in range(len(ctx.rids)) if i not in seen]
    lap("clustering")
    stats = {"mode": "full", "engine": "spark", "candidate_pairs": int(n_pairs), "oversized_blocks": over[0],
             "largest_oversized_block": over[1]}
    result = _assemble(ctx, groups, tree, edges, previous, old_redirects, stats, model)
    _full_run_state(result, ctx, keys, curation)
    lap("assemble")
    result.stats["phase_seconds"] = lap.seconds
    return result


__all__ = ["FROM_SUBMIT", "deduplicate_spark", "read_snapshot", "session"]
