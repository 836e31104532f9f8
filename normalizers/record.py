"""Draft -> a row of the ``records`` table: every field normalized, ids derived."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from functools import lru_cache

from extractors.base import Draft

from .dates import is_relative, parse_date
from .identifiers import ascii_lower, find_arxiv_ids, find_code_urls, find_dois, normalize_arxiv_id, normalize_doi
from .names import clean_name, name_key
from .text import clean_text
from .titles import display_title, title_key
from .venues import parse_venue


# Extractors whose ``source_record_id`` is the source's own key for the entry (a row id of
# a records table, a BibTeX key, a daily-papers paper id). The others give positional or
# versioned ids (a CV's entry number, an arXiv "2306.03805v2"), which must not name a record.
STABLE_SOURCE_IDS = frozenset({"records", "bibtex", "daily_papers_json"})
# Columns that say where a row was read, not what the entry says: not part of its content.
_PLACEMENT = ("record_id", "doc_id", "ordinal", "source_uri", "entry_key", "content_hash")
# ``json.dumps(body, sort_keys=True, default=str)`` without building an encoder per row; the
# keys are put in order before (``_content_keys``), so the encoder need not sort them.
_CONTENT_JSON = json.JSONEncoder(default=str)


def entry_key(row: dict) -> str:
    """The entry's own key within its source, most stable first: the source's id for it,
    the arXiv id (without version), the DOI, the title key with the first author's key;
    the position only when the entry has no title words at all."""
    return entry_key_of(row.get("source_kind"), row.get("source_record_id"), row.get("arxiv_id"), row.get("doi"),
                        row.get("title_key"), (row.get("author_keys") or [""])[0], row["ordinal"])


def entry_key_of(source_kind: str | None, source_record_id: str | None, arxiv_id: str | None, doi: str | None,
                 title_key: str | None, first_author_key: str, ordinal: int) -> str:
    """``entry_key`` from the columns it reads (``normalizers.columnar`` has no row dict)."""
    if source_record_id and source_kind in STABLE_SOURCE_IDS:
        return "src:" + source_record_id
    if arxiv_id:
        return "arxiv:" + arxiv_id
    if doi:
        return "doi:" + doi
    if title_key:
        return f"title:{title_key}|{first_author_key}"
    return f"ordinal:{ordinal}"


def record_id(source_uri: str, key: str) -> str:
    """Stable: the same entry of the same source URI always has the same id, whatever the
    bytes around it and wherever it moved in the document."""
    return "R" + hashlib.sha256(f"{source_uri}\0{key}".encode()).hexdigest()[:16]


@lru_cache(maxsize=64)  # one key tuple per extractor's rows
def _content_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A row's content columns (all but ``_PLACEMENT``) in sorted order."""
    return tuple(sorted(k for k in keys if k not in _PLACEMENT))


def content_hash(row: dict) -> str:
    """A digest of what the entry says (every column but where it was read): the sha256 of
    ``json.dumps(content, sort_keys=True, default=str)``."""
    body = {k: row[k] for k in _content_keys(tuple(row))}
    return content_digest(_CONTENT_JSON.encode(body))


def content_digest(content_json: str) -> str:
    """``content_hash`` of a row whose content is ``content_json``."""
    return hashlib.sha256(content_json.encode()).hexdigest()[:32]


def identify(rows: list[dict], source_uri: str) -> list[dict]:
    """Give one document's normalized rows their ids: ``entry_key``, ``record_id`` and
    ``content_hash``. An entry key that occurs twice in one document gets "#2", "#3", ... in
    document order, so ids stay unique and the first occurrence keeps its id."""
    seen: Counter[str] = Counter()
    return [identify_one(row, source_uri, seen) for row in rows]


def identify_one(row: dict, source_uri: str, seen: Counter) -> dict:
    """``identify`` for one row at a time (a document streamed in batches); ``seen`` counts
    the entry keys of the document's rows so far."""
    key = unique_key(entry_key(row), seen)
    row["source_uri"] = source_uri
    row["entry_key"] = key
    row["record_id"] = record_id(source_uri, key)
    row["content_hash"] = content_hash(row)
    return row


def unique_key(key: str, seen: Counter) -> str:
    """``key``, or ``key#n`` for its n-th occurrence in the document (``seen`` counts them)."""
    seen[key] += 1
    n = seen[key]
    return key if n == 1 else f"{key}#{n}"


def authors_and_affiliations(draft: Draft) -> tuple[list[str], list[str] | None]:
    """Cleaned author names, and their affiliations kept aligned with them: one per author,
    "" when unknown; None when the source gives no affiliation at all."""
    if not any(draft.affiliations):
        return [n for n in map(clean_name, draft.authors) if n], None
    affiliations = list(draft.affiliations) + [""] * (len(draft.authors) - len(draft.affiliations))
    pairs = [(clean_name(a), clean_text(f)) for a, f in zip(draft.authors, affiliations)]
    pairs = [(a, f) for a, f in pairs if a]  # a name that cleans to nothing takes its affiliation along
    return [a for a, _ in pairs], ([f for _, f in pairs] if any(f for _, f in pairs) else None)


def _cleaned(text: str | None) -> str | None:
    """``clean_text(text) or None``, without the call for the usual missing field."""
    return None if text is None else (clean_text(text) or None)


def identifiers(draft: Draft) -> tuple[str | None, int | None, str | None, str | None]:
    """(arXiv id, its version, DOI, code URL): the draft's own, else those its text gives
    (the raw entry, and the abstract, URL and venue that the raw entry does not hold)."""
    raw = draft.raw
    if raw.endswith("…"):  # an excerpt (``extractors.base.excerpt``): its last word was cut, and a
        raw = raw[:-1].rpartition(" ")[0]  # cut DOI or URL would be found as a whole, wrong one
    extra = [x for x in (draft.abstract, draft.url, draft.venue) if x and x not in raw]
    text_blob = " ".join([raw, *extra])
    low = ascii_lower(text_blob)  # (once for both searches)
    arxiv_id, arxiv_v = normalize_arxiv_id(draft.arxiv_id)
    if arxiv_id is None and draft.ids_from_text:
        found = find_arxiv_ids(text_blob, low)
        arxiv_id, arxiv_v = found[0] if found else (None, None)
    if arxiv_id is not None and draft.arxiv_version is not None:
        arxiv_v = draft.arxiv_version
    doi = normalize_doi(draft.doi) or (next(iter(find_dois(text_blob)), None) if draft.ids_from_text else None)
    code_url = draft.code_url or next(iter(find_code_urls(text_blob, low)), None)
    return arxiv_id, arxiv_v, doi, code_url


def normalize(draft: Draft, *, doc_id: str, source_uri: str, source_kind: str,
              extractor: str, capture: date) -> dict:
    title = display_title(draft.title)
    if not title:
        raise ValueError("empty title after cleaning")
    authors, affiliations = authors_and_affiliations(draft)
    owner = clean_name(draft.owner) if draft.owner else None
    equal = [n for n in map(clean_name, draft.equal_contribution) if n]

    page_capture = capture
    if draft.page_date_text:
        page_day, _ = parse_date(draft.page_date_text, capture)
        page_capture = page_day or capture
    # (a relative date, "3 days ago", counts back from the day the page was seen, not from the
    # page's own date: a feed prints it against the day it is read)
    day, year = parse_date(draft.date_text, capture if is_relative(draft.date_text) else page_capture)
    venue = parse_venue(draft.venue)
    year = draft.year or year or venue.year

    arxiv_id, arxiv_v, doi, code_url = identifiers(draft)

    owner_position = None
    if owner:
        okey = name_key(owner)
        owner_position = next((i for i, a in enumerate(authors, 1) if name_key(a) == okey), None)

    return {
        "record_id": None,  # set by ``identify`` once the document's rows are known
        "doc_id": doc_id,
        "source_uri": source_uri,
        "source_kind": source_kind,
        "ordinal": draft.ordinal,
        "source_record_id": draft.source_record_id,
        "record_type": draft.record_type,
        "title": title,
        "title_key": title_key(title),
        "authors": authors,
        "author_keys": list(map(name_key, authors)),
        "authors_truncated": bool(draft.authors_truncated),
        "author_count": draft.author_count if draft.author_count is not None else (
            None if draft.authors_truncated or not authors else len(authors)),
        "affiliations": affiliations,
        "year": year,
        "date": day,
        "date_text": draft.date_text,
        "version_dates": list(draft.version_dates) or None,
        "venue": venue.name,
        "venue_acronym": venue.acronym,
        "is_workshop": venue.is_workshop,
        "venue_kind": venue.kind,
        "abstract": _cleaned(draft.abstract),
        "arxiv_id": arxiv_id,
        "arxiv_version": arxiv_v,
        "doi": doi,
        "url": draft.url,
        "code_url": code_url,
        "category": draft.category,
        "categories": list(draft.categories) or None,
        "comment": _cleaned(draft.comment),
        "journal_ref": _cleaned(draft.journal_ref),
        "score": draft.score,
        "upvotes": draft.upvotes,
        "has_code": draft.has_code,
        "org": _cleaned(draft.org),
        "badges": list(draft.badges),
        "owner": owner,
        "owner_position": owner_position,
        "equal_contribution": equal,
        "extractor": extractor,
    }
