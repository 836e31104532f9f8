"""Records as the matcher sees them: one immutable tuple per record, fields precomputed."""

from __future__ import annotations

from typing import NamedTuple

from normalizers.titles import split_subtitle, title_key
from normalizers.venues import parse_venue  # cached: venues repeat

_STOP = frozenset(
    "a an and are as at be by for from how in into is it of on or the to via with we what when "
    "why do does can our your its their this that using towards toward".split()
)
# Kinds of document that list each paper at most once: two records of one such document
# are never the same work. Generic record tables (CSV, ...) may hold duplicates.
ONE_PER_DOCUMENT = frozenset({"profile_page", "listing_page", "cv_text", "cv_pdf", "daily_papers"})


class Rec(NamedTuple):
    idx: int
    record_id: str
    doc_id: str  # set only for kinds that list each paper once (else "")
    key: str  # title_key
    main: str  # title key of the part before the subtitle
    tokens: frozenset[str]  # content words of the title
    authors: tuple[str, ...]  # author keys ("jaiswal a"), in order
    truncated: bool
    year: int | None
    arxiv_id: str | None
    doi: str | None
    code_url: str | None
    venue: str | None
    venue_acronym: str | None
    published: bool  # has a venue that is not a preprint server
    venue_kind: str | None  # journal / conference / workshop / preprint, None when unknown
    record_type: str | None


def content_tokens(key: str) -> frozenset[str]:
    return frozenset(t for t in key.split() if t not in _STOP and len(t) > 1)


def venue_kind_of(row: dict) -> str | None:
    """The row's venue kind, parsed from its venue when the row does not carry one."""
    return row.get("venue_kind") or parse_venue(row.get("venue")).kind


def is_published(venue: str | None, record_type: str | None, venue_kind: str | None) -> bool:
    """A venue that is not a preprint server, report series or "under review"."""
    if record_type in ("preprint", "thesis") or not venue:
        return False
    return venue_kind != "preprint"


def prepare(rows: list[dict]) -> list[Rec]:
    out = []
    for i, r in enumerate(rows):
        key = r.get("title_key") or title_key(r.get("title"))
        title = r.get("title") or ""
        main = title_key(split_subtitle(title)[0]) if ": " in title else key
        doi = r.get("doi")
        kind = venue_kind_of(r)
        out.append(
            Rec(
                idx=i,
                record_id=r["record_id"],
                doc_id=(r.get("doc_id") or "") if r.get("source_kind") in ONE_PER_DOCUMENT else "",
                key=key,
                main=main if main != key else "",
                tokens=content_tokens(key),
                authors=tuple(a for a in (r.get("author_keys") or []) if a),
                truncated=bool(r.get("authors_truncated")),
                year=r.get("year"),
                arxiv_id=r.get("arxiv_id"),
                doi=doi if doi and not doi.startswith("10.48550/") else None,  # arXiv DOIs duplicate the id
                code_url=(r.get("code_url") or "").lower() or None,
                venue=r.get("venue"),
                venue_acronym=r.get("venue_acronym") or parse_venue(r.get("venue")).acronym,
                published=is_published(r.get("venue"), r.get("record_type"), kind),
                venue_kind=kind,
                record_type=r.get("record_type"),
            )
        )
    return out
