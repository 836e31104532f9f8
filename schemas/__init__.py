"""Arrow schemas of every lake table: the single source of truth.

Writers cast to these schemas, readers and DuckDB views read them, tests import them.
Table names are a contract that users' SQL relies on. Bump SCHEMA_VERSION whenever a
column is added, removed or changes meaning; it is stored in each Parquet file's
metadata under ``scholarlake.schema_version``.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 5  # 2: records.venue_kind; 3: records.categories, comment, journal_ref,
#    affiliations, version_dates (the arXiv formats: Atom API, OAI-PMH arXiv, .abs);
#    4: raw_documents.source, last_fetched_at, http_status, http_headers (web sources);
#    works.arxiv_versions; 5: DuckLake tables; record ids from source uri + entry key,
#    records.entry_key, content_hash; work_records.record_hash; raw_documents.fetched_at is
#    the first time the lake saw the bytes (no longer a file's mtime)

_str = pa.string()
_ts = pa.timestamp("us", tz="UTC")

RAW_DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", _str, nullable=False),  # sha256 of the bytes, hex
        pa.field("source_uri", _str, nullable=False),
        pa.field("kind", _str),  # detected or forced format; "unknown" when nothing fits
        pa.field("fetched_at", _ts),  # first time the lake saw these bytes under this uri (the capture time)
        pa.field("content_type", _str),
        pa.field("size_bytes", pa.int64()),
        pa.field("raw_path", _str),  # where the bytes live, relative to the lake root
        pa.field("n_records", pa.int32()),
        pa.field("n_rejects", pa.int32()),
        pa.field("source", _str),  # the config source that read it (null for `scholarlake ingest`)
        pa.field("last_fetched_at", _ts),  # last time this uri answered with these bytes (or 304)
        pa.field("http_status", pa.int32()),  # HTTP sources: status of the answer that gave the bytes
        pa.field("http_headers", pa.map_(_str, _str)),  # content-type, etag, last-modified, ...
    ]
)

RECORDS = pa.schema(
    [
        pa.field("record_id", _str, nullable=False),  # "R" + sha256(source_uri, entry_key)[:16]
        pa.field("doc_id", _str, nullable=False),  # the version of the document this row was read from
        pa.field("source_uri", _str),  # the document's address: one current version per uri
        pa.field("source_kind", _str),  # the extractor's format name
        pa.field("ordinal", pa.int32()),  # 1-based position in that version
        pa.field("entry_key", _str),  # the entry's own key in its source (src:/arxiv:/doi:/title:/ordinal:)
        pa.field("content_hash", _str),  # digest of what the entry says; unchanged entries keep their row
        pa.field("source_record_id", _str),  # an id the source itself gives, if any
        pa.field("record_type", _str),  # conference / journal / preprint / thesis / workshop ...
        pa.field("title", _str),  # display form: as published, cleaned
        pa.field("title_key", _str),  # match key: folded case, accents, punctuation
        pa.field("authors", pa.list_(_str)),  # as shown, cleaned, "First Last"
        pa.field("author_keys", pa.list_(_str)),  # surname + initials, for matching
        pa.field("authors_truncated", pa.bool_()),  # list ends in "et al." or is a count
        pa.field("author_count", pa.int32()),  # when the source states it ("10 authors")
        pa.field("affiliations", pa.list_(_str)),  # one per author ("" unknown); null when the source gives none
        pa.field("year", pa.int32()),
        pa.field("date", pa.date32()),  # full date when the source gives one
        pa.field("date_text", _str),  # the date as written
        pa.field("version_dates", pa.list_(_str)),  # arXiv: ISO date of v1..vN ("" unknown); null elsewhere
        pa.field("venue", _str),
        pa.field("venue_acronym", _str),
        pa.field("is_workshop", pa.bool_()),
        pa.field("venue_kind", _str),  # journal, conference, workshop, preprint; null when unknown
        pa.field("abstract", _str),
        pa.field("arxiv_id", _str),  # without version
        pa.field("arxiv_version", pa.int32()),
        pa.field("doi", _str),  # lower-cased, no resolver prefix
        pa.field("url", _str),
        pa.field("code_url", _str),
        pa.field("category", _str),  # arXiv-style category (LG, CV, cs.LG ...); the primary one
        pa.field("categories", pa.list_(_str)),  # all arXiv categories, primary first; null when not given
        pa.field("comment", _str),  # arXiv comment ("12 pages, 3 figures")
        pa.field("journal_ref", _str),  # arXiv journal-ref: the published version's reference
        pa.field("score", pa.float64()),
        pa.field("upvotes", pa.int32()),
        pa.field("has_code", pa.bool_()),
        pa.field("org", _str),  # organisation shown instead of an author count
        pa.field("badges", pa.list_(_str)),  # Oral, Spotlight, Best Paper ...
        pa.field("owner", _str),  # the CV / profile owner, when the source has one
        pa.field("owner_position", pa.int32()),  # 1-based position of the owner in authors
        pa.field("equal_contribution", pa.list_(_str)),  # authors marked with *
        pa.field("extractor", _str),  # name@version of the extractor that produced it
    ]
)

WORKS = pa.schema(
    [
        pa.field("work_id", _str, nullable=False),
        pa.field("title", _str),
        pa.field("authors", pa.list_(_str)),
        pa.field("year", pa.int32()),
        pa.field("venue", _str),
        pa.field("arxiv_id", _str),
        pa.field("arxiv_versions", pa.list_(pa.int32())),  # every arXiv version its records show
        pa.field("doi", _str),
        pa.field("code_url", _str),
        pa.field("n_records", pa.int32()),
        pa.field("n_sources", pa.int32()),  # distinct documents the work was seen in
        pa.field("title_from", _str),  # record_id each canonical field came from
        pa.field("authors_from", _str),
        pa.field("year_from", _str),
        pa.field("venue_from", _str),
        pa.field("dedup_version", _str),
    ]
)

WORK_RECORDS = pa.schema(
    [
        pa.field("work_id", _str, nullable=False),
        pa.field("record_id", _str, nullable=False),
        pa.field("rule", _str),  # name@version of the rule that joined it; "seed" for the first
        pa.field("score", pa.float64()),
        pa.field("matched_record_id", _str),  # the record it was matched to
        pa.field("record_hash", _str),  # the record's content_hash when it was placed
    ]
)

MATCH_EDGES = pa.schema(
    [
        pa.field("record_a", _str, nullable=False),  # record_a < record_b
        pa.field("record_b", _str, nullable=False),
        pa.field("score", pa.float64()),
        pa.field("rule", _str),  # name@version of the rule that scored the pair
    ]
)

WORK_REDIRECTS = pa.schema(
    [
        pa.field("old_work_id", _str, nullable=False),
        pa.field("merged_into", _str, nullable=False),
        pa.field("reason", _str),
    ]
)

REJECTS = pa.schema(
    [
        pa.field("reject_id", _str, nullable=False),
        pa.field("doc_id", _str),
        pa.field("source_uri", _str),
        pa.field("ordinal", pa.int32()),  # null for a whole-document reject
        pa.field("stage", _str),  # read / detect / extract / normalize
        pa.field("reason", _str),
        pa.field("excerpt", _str),
    ]
)

BATCHES = pa.schema(
    [
        pa.field("batch_id", _str, nullable=False),  # <source>/<interval start date>
        pa.field("source", _str, nullable=False),
        pa.field("interval_start", _ts),
        pa.field("interval_end", _ts),
        pa.field("source_uri", _str, nullable=False),
        pa.field("doc_id", _str),  # null when the document could not be read
        pa.field("replayed", pa.bool_()),  # read from the raw area, not from the source
        pa.field("n_records", pa.int32()),
        pa.field("n_rejects", pa.int32()),
    ]
)

RUNS = pa.schema(
    [
        pa.field("run_id", _str, nullable=False),  # derived from the run's inputs
        pa.field("mode", _str),  # ingest / run
        pa.field("attempt", pa.int32()),  # how many times these inputs were run
        pa.field("started_at", _ts),  # of the latest attempt
        pa.field("finished_at", _ts),
        pa.field("status", _str),
        pa.field("n_documents", pa.int32()),
        pa.field("n_new_documents", pa.int32()),
        pa.field("n_records", pa.int32()),
        pa.field("n_rejects", pa.int32()),
        pa.field("n_works", pa.int32()),
        pa.field("seconds_extract", pa.float64()),
        pa.field("seconds_dedup", pa.float64()),
        pa.field("seconds_write", pa.float64()),
        pa.field("scholarlake_version", _str),
    ]
)

# The match models dedup estimated (``dedup.model``): the one named by works.dedup_version is
# in force. A table added to v5 lakes when they are opened (nothing else changes).
MATCH_MODELS = pa.schema(
    [
        pa.field("model_id", _str, nullable=False),  # hash of the parameters
        pa.field("created_at", _ts),
        pa.field("n_records", pa.int64()),  # records in the lake when it was estimated
        pa.field("prior", pa.float64()),  # share of candidate pairs that match
        pa.field("params", _str),  # the model as JSON (m and u per comparison level)
    ]
)

# The dedup's working state, kept so that a nightly run costs what changed (``dedup.incremental``):
# every current record's blocking keys (64-bit hashes, with each key's block size limit), and
# the records the curation file named in the last run. Rebuilt by a full dedup; not for
# analysts' SQL. Added to v5 lakes when they are opened (the next dedup rebuilds in full).
BLOCK_KEYS = pa.schema(
    [
        pa.field("record_id", _str, nullable=False),
        pa.field("key", pa.int64(), nullable=False),
        pa.field("max_block", pa.int32()),
    ]
)

CURATED_RECORDS = pa.schema([pa.field("record_id", _str, nullable=False)])

# Which code read each URI's current copy: a re-run that finds the same bytes, asked for the
# same format, under the same extraction code and limits, reuses the stored result instead of
# extracting again (``pipeline.stage_document``). A cache: when damaged it is recreated empty
# and the next run extracts again. Added to v5 lakes when they are opened.
EXTRACTIONS = pa.schema(
    [
        pa.field("source_uri", _str, nullable=False),
        pa.field("doc_id", _str, nullable=False),  # the copy that was read
        pa.field("extraction_key", _str),  # hash of the code, the package versions, --kind and the limits
        pa.field("extracted_at", _ts),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "raw_documents": RAW_DOCUMENTS,
    "records": RECORDS,
    "works": WORKS,
    "work_records": WORK_RECORDS,
    "work_redirects": WORK_REDIRECTS,
    "match_edges": MATCH_EDGES,
    "rejects": REJECTS,
    "batches": BATCHES,
    "runs": RUNS,
    "match_models": MATCH_MODELS,
    "block_keys": BLOCK_KEYS,
    "curated_records": CURATED_RECORDS,
    "extractions": EXTRACTIONS,
}

# The columns that identify a row: a table never holds two rows with the same key.
KEYS: dict[str, tuple[str, ...]] = {
    "raw_documents": ("doc_id", "source_uri"),
    "records": ("record_id",),
    "works": ("work_id",),
    "work_records": ("record_id",),
    "work_redirects": ("old_work_id",),
    "match_edges": ("record_a", "record_b"),
    "rejects": ("reject_id",),
    "batches": ("batch_id", "source_uri"),
    "runs": ("run_id",),
    "match_models": ("model_id",),
    "block_keys": ("record_id", "key"),
    "curated_records": ("record_id",),
    "extractions": ("source_uri",),
}

__all__ = [
    "SCHEMA_VERSION", "TABLES", "KEYS", "RAW_DOCUMENTS", "RECORDS", "WORKS",
    "WORK_RECORDS", "WORK_REDIRECTS", "MATCH_EDGES", "REJECTS", "BATCHES", "RUNS", "MATCH_MODELS",
    "BLOCK_KEYS", "CURATED_RECORDS", "EXTRACTIONS",
]
