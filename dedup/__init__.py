"""The deduplicator: records in, works out. Pure (no I/O).

See ``engine.deduplicate``; rules live in ``rules``, blocking keys in ``blocking``,
clustering in ``cluster``, stable ids in ``ids``, canonical fields in ``survivorship``.
"""

from .curation import Curation, CurationError
from .engine import DEDUP_VERSION, DedupResult, deduplicate, deduplicate_incremental
from .rules import RULES

__all__ = ["Curation", "CurationError", "DEDUP_VERSION", "DedupResult", "RULES", "deduplicate", "deduplicate_incremental"]
