"""Extractors: documents in, bibliographic drafts out. Pure: no file or network access.

``detect(doc)`` picks the extractor from the content; ``get(kind)`` forces one by name.
"""

from __future__ import annotations

import logging

from .arxiv_abs import ArxivAbsExtractor
from .arxiv_atom import ArxivAtomExtractor
from .arxiv_listing import ArxivListingExtractor
from .arxiv_oai import ArxivOaiExtractor
from .base import Document, Draft, ExtractError, Extractor, RecordError, UnknownFormat
from .bibtex import BibtexExtractor
from .cv_pdf import CVPdfExtractor
from .cv_text import CVTextExtractor
from .daily_papers import DailyPapersExtractor
from .daily_papers_json import DailyPapersJsonExtractor
from .html_publications import HtmlPublicationsExtractor
from .listing_page import ListingPageExtractor
from .markdown_front_matter import MarkdownFrontMatterExtractor
from .markdown_page import MarkdownPageExtractor
from .profile_page import ProfilePageExtractor
from .publication_data import PublicationDataExtractor
from .records_table import RecordsTableExtractor

REGISTRY: dict[str, Extractor] = {
    e.name: e
    for e in (
        RecordsTableExtractor(),
        ProfilePageExtractor(),
        ListingPageExtractor(),
        CVTextExtractor(),
        CVPdfExtractor(),
        DailyPapersExtractor(),
        DailyPapersJsonExtractor(),
        BibtexExtractor(),
        HtmlPublicationsExtractor(),
        MarkdownFrontMatterExtractor(),
        MarkdownPageExtractor(),
        PublicationDataExtractor(),
        ArxivAtomExtractor(),
        ArxivOaiExtractor(),
        ArxivAbsExtractor(),
        ArxivListingExtractor(),
    )
}
ALIASES = {"profile": "profile_page", "listing": "listing_page", "cv": "cv_text", "daily": "daily_papers",
           "pdf": "cv_pdf",
           "bib": "bibtex", "html": "html_publications", "daily_json": "daily_papers_json",
           "atom": "arxiv_atom", "arxiv_list": "arxiv_listing", "markdown": "markdown_front_matter", "oai": "arxiv_oai", "abs": "arxiv_abs",
           "yaml": "publication_data", "data": "publication_data"}
MIN_CONFIDENCE = 0.5
log = logging.getLogger(__name__)


def kinds() -> list[str]:
    return sorted(REGISTRY)


def get(kind: str) -> Extractor:
    name = ALIASES.get(kind, kind)
    if name not in REGISTRY:
        raise KeyError(f"unknown kind {kind!r}; choose one of: {', '.join(kinds())}")
    return REGISTRY[name]


def _sniff(extractor: Extractor, doc: Document) -> float:
    """An extractor's confidence; 0 when its sniffing fails on this document (a sniffer must
    not raise, but one bad document must never stop detection)."""
    try:
        return float(extractor.sniff(doc))
    except (Exception, RecursionError) as exc:
        log.info("%s: %s could not sniff it (%s)", doc.source_uri, extractor.name, type(exc).__name__)
        return 0.0


def _sniff_order() -> list[Extractor]:
    """The sniffers with no ``sniff_ceiling`` first (in registry order), then those with one,
    highest ceiling first: a costly sniffer that can only score low runs last, when it is
    most likely that another sniffer has already beaten anything it could return."""
    return sorted(REGISTRY.values(), key=lambda e: -getattr(e, "sniff_ceiling", float("inf")))


SNIFF_ORDER = _sniff_order()


def best_sniff(doc: Document, short_circuit: bool = True) -> tuple[float, str]:
    """The highest (score, name) of the sniffers on ``doc`` (ties go to the name last in
    alphabetical order, as they always did). With ``short_circuit`` a sniffer with a
    ``sniff_ceiling`` is skipped when (ceiling, name) is already below the best so far: its
    own (score, name) could not be higher, so the answer is the one of sniffing them all."""
    best = (float("-inf"), "")
    for extractor in SNIFF_ORDER:
        ceiling = getattr(extractor, "sniff_ceiling", None)
        if short_circuit and ceiling is not None and (ceiling, extractor.name) < best:
            continue
        best = max(best, (_sniff(extractor, doc), extractor.name))
    return best


def detect(doc: Document) -> Extractor:
    """The extractor most confident it can read ``doc``; UnknownFormat if none is."""
    if not doc.data:
        raise UnknownFormat(doc.source_uri, "empty file")
    head = doc.data[:8192]
    if b"\x00" in head and not head.startswith(b"PAR1") and b"%PDF-" not in head[:1024]:
        raise UnknownFormat(doc.source_uri, "binary content (NUL bytes) in an unsupported format")
    best_score, best = best_sniff(doc)
    if best_score < MIN_CONFIDENCE:
        try:
            doc.text
        except ExtractError as exc:
            raise UnknownFormat(doc.source_uri, exc.reason) from None
        raise UnknownFormat(
            doc.source_uri,
            "no extractor recognises this document (tried: " + ", ".join(kinds()) + ")",
        )
    return REGISTRY[best]


__all__ = [
    "Document", "Draft", "ExtractError", "Extractor", "RecordError", "UnknownFormat",
    "REGISTRY", "best_sniff", "detect", "get", "kinds",
]
