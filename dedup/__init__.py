"""The deduplicator: records in, works out. Pure (no I/O).

See ``engine.deduplicate``; the match model (estimated from the data) lives in ``model``,
hard evidence and vetoes in ``rules``, blocking keys in ``blocking``, clustering in
``cluster``, stable ids in ``ids``, canonical fields in ``survivorship``.
"""

from .curation import Curation, CurationError
from .engine import DEDUP_VERSION, DedupResult, deduplicate, dedup_version
from .incremental import deduplicate_incremental
from .model import MatchModel

__all__ = ["Curation", "CurationError", "DEDUP_VERSION", "DedupResult", "MatchModel", "deduplicate",
           "deduplicate_incremental", "dedup_version"]
