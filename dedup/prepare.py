"""Records as the matcher sees them: one immutable tuple per record, fields precomputed."""

from __future__ import annotations

from typing import NamedTuple

from normalizers.titles import split_subtitle, title_key
from normalizers.venues import parse_venue  # cached: venues repeat

STOPWORDS = frozenset(
    "a an and are as at be by for from how in into is it of on or the to via with we what when "
    "why do does can our your its their this that using towards toward".split()
)
# Kinds of document that list each paper at most once: two records of one such document
# are never the same work. Generic record tables (CSV, ...) may hold duplicates.
ONE_PER_DOCUMENT = frozenset({"profile_page", "listing_page", "cv_text", "cv_pdf", "daily_papers"})


class Rec(NamedTuple):
    idx: int
    record_id: str
    doc_id: str  # the document (source uri), set only for kinds that list each paper once (else "")
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
    return frozenset(t for t in key.split() if t not in STOPWORDS and len(t) > 1)


def venue_kind_of(row: dict) -> str | None:
    """The row's venue kind, parsed from its venue when the row does not carry one."""
    return row.get("venue_kind") or parse_venue(row.get("venue")).kind


def is_published(venue: str | None, record_type: str | None, venue_kind: str | None) -> bool:
    """A venue that is not a preprint server, report series or "under review"."""
    if record_type in ("preprint", "thesis") or not venue:
        return False
    return venue_kind != "preprint"


def _venue_fields(venue: str | None, record_type: str | None, kind: str | None,
                  acronym: str | None) -> tuple[str | None, str | None, bool]:
    """(venue kind, venue acronym, published) of a row's venue fields."""
    parsed = parse_venue(venue)
    kind = kind or parsed.kind
    return kind, acronym or parsed.acronym, is_published(venue, record_type, kind)


def prepare(rows: list[dict]) -> list[Rec]:
    """One ``Rec`` per row. Titles and venues repeat across records, so what is derived from
    them is computed once per distinct value, and shared."""
    out = []
    by_key: dict[str, frozenset[str]] = {}
    by_title: dict[str, str] = {}
    by_venue: dict[tuple, tuple[str | None, str | None, bool]] = {}
    new = tuple.__new__  # positional construction: Rec(**fields) costs a Python call per record
    for i, r in enumerate(rows):
        get = r.get
        title = get("title") or ""
        key = get("title_key") or title_key(title)
        tokens = by_key.get(key)
        if tokens is None:
            tokens = by_key[key] = content_tokens(key)
        main = ""
        if ": " in title:
            main = by_title.get(title)
            if main is None:
                main = by_title[title] = title_key(split_subtitle(title)[0])
            if main == key:
                main = ""
        venue = get("venue")
        venue_key = (venue, get("record_type"), get("venue_kind"), get("venue_acronym"))
        venue_fields = by_venue.get(venue_key)
        if venue_fields is None:
            venue_fields = by_venue[venue_key] = _venue_fields(*venue_key)
        kind, acronym, published = venue_fields
        doi = get("doi")
        code_url = get("code_url")
        out.append(new(Rec, (
            i,
            r["record_id"],
            (get("source_uri") or get("doc_id") or "") if get("source_kind") in ONE_PER_DOCUMENT else "",
            key,
            main,
            tokens,
            tuple(filter(None, get("author_keys") or ())),
            bool(get("authors_truncated")),
            get("year"),
            get("arxiv_id"),
            doi if doi and not doi.startswith("10.48550/") else None,  # arXiv DOIs duplicate the id
            code_url.lower() if code_url else None,
            venue,
            acronym,
            published,
            kind,
            get("record_type"),
        )))
    return out
