"""Survivorship: the canonical fields of a work, each from an explicitly chosen record.

Ranking (best first): a record with a published venue over a preprint; then the most
complete author list (not truncated, longest); then the lowest record id. Each field
takes the best-ranked record that has it, and the work notes which record that was.

The title weighs the quality of its source (``TITLE_SOURCES``): a scraped CV may carry a
typo ("Graph Laddling") and a BibTeX style may lower-case a title ("Selfish sparse rnn
training"). When arXiv or API metadata is among the members, the title is theirs (the
title as registered). Otherwise, in order: a published record over a preprint (a paper
renamed when published takes its final title); the medoid wording, the one closest to all
the members' titles (the spelling most sources agree on); a structured export (BibTeX, a
records table, front matter, a YAML/JSON publication list) over text read from a page or CV; then the ranking. The
casing comes from the best record that wrote the chosen wording with informative casing
(not all lower-case, not all capitals). ``explain_title`` says why.
"""

from __future__ import annotations

import math

from rapidfuzz import fuzz

from .prepare import is_published, venue_kind_of


def rank_key(r: dict) -> tuple:
    published = is_published(r.get("venue"), r.get("record_type"), venue_kind_of(r))
    authors = r.get("authors") or []
    return (
        0 if published else 1,
        1 if r.get("authors_truncated") else 0,
        -len(authors),
        r["record_id"],
    )


def survivor_fields(members: list[dict], ranks: dict[str, tuple] | None = None) -> dict:
    """The canonical fields of the work ``members`` form, with provenance. ``ranks``:
    record_id -> ``rank_key``, when the caller has them."""
    return _from_one(members[0]) if len(members) == 1 else _from_many(members, ranks)


def _present(v) -> bool:
    return v not in (None, "", [])


def _from_one(r: dict) -> dict:
    """``_from_many([r])``, without the ranking: most works have one record."""
    rid = r["record_id"]

    def take(field: str):
        v = r.get(field)
        return (v, rid) if _present(v) else (None, None)

    title, title_from = (r["title"], rid) if r.get("title") else (None, None)
    year, year_from = take("year")
    venue, venue_from = take("venue")
    return {
        "title": title,
        "title_from": title_from,
        "authors": list(r["authors"]) if r.get("authors") else [],
        "authors_from": rid if r.get("authors") else None,
        "year": year,
        "year_from": year_from,
        "venue": venue,
        "venue_from": venue_from,
        "arxiv_id": take("arxiv_id")[0],
        "arxiv_versions": [v] if (v := r.get("arxiv_version")) else None,
        "doi": take("doi")[0],
        "code_url": take("code_url")[0],
    }


def _from_many(members: list[dict], ranks: dict[str, tuple] | None = None) -> dict:
    ranks = ranks or {r["record_id"]: rank_key(r) for r in members}  # computed once per record
    ranked = sorted(members, key=lambda r: ranks[r["record_id"]])

    def pick(field: str, ok=_present):
        for r in ranked:
            if ok(r.get(field)):
                return r.get(field), r["record_id"]
        return None, None

    title, title_from = _pick_title(members, ranks)
    authors_ranked = sorted(
        members,
        key=lambda r: (1 if r.get("authors_truncated") else 0, -len(r.get("authors") or []), ranks[r["record_id"]]),
    )
    best_authors = next((r for r in authors_ranked if r.get("authors")), None)
    year, year_from = pick("year")
    venue, venue_from = pick("venue")
    return {
        "title": title,
        "title_from": title_from,
        "authors": list(best_authors["authors"]) if best_authors else [],
        "authors_from": best_authors["record_id"] if best_authors else None,
        "year": year,
        "year_from": year_from,
        "venue": venue,
        "venue_from": venue_from,
        "arxiv_id": pick("arxiv_id")[0],
        "arxiv_versions": sorted({v for r in members if (v := r.get("arxiv_version"))}) or None,
        "doi": pick("doi")[0],
        "code_url": pick("code_url")[0],
    }


# The quality of a record's title by the extractor that read it (``records.source_kind``):
# 0 metadata a service keeps (arXiv's API, OAI-PMH, .abs files and listings; the daily-papers
# API, which carries arXiv's titles); 1 structured exports an author or a tool wrote (BibTeX,
# records tables, front matter); 2 text read from rendered pages and CVs (every other
# extractor, and a record whose extractor is unknown).
TITLE_SOURCES: dict[str, int] = {
    "arxiv_atom": 0, "arxiv_oai": 0, "arxiv_abs": 0, "arxiv_listing": 0, "daily_papers_json": 0,
    "bibtex": 1, "records": 1, "markdown_front_matter": 1, "publication_data": 1,
}
METADATA, SCRAPED = 0, 2


def title_source_tier(r: dict) -> int:
    return TITLE_SOURCES.get(r.get("source_kind") or "", SCRAPED)


def informative_casing(title: str) -> bool:
    """Casing that carries information: neither all lower-case nor all capitals."""
    letters = [c for c in title if c.isalpha()]
    return bool(letters) and not all(c.islower() for c in letters[1:]) and not all(c.isupper() for c in letters)


def _title_choice(members: list[dict], ranks: dict[str, tuple]) -> tuple[dict, dict, dict] | None:
    """(the record whose wording wins, the record whose casing is used, the agreement of
    each title key), or None when no member has a title."""
    titled = [r for r in members if r.get("title")]
    if not titled:
        return None
    metadata = [r for r in titled if title_source_tier(r) == METADATA]
    pool = metadata or titled
    published = [r for r in pool if ranks[r["record_id"]][0] == 0]
    pool = published or pool
    # The medoid over at most 50 titles, the best-ranked ones: never the input's row order.
    sample = sorted(titled, key=lambda r: ranks[r["record_id"]])[:50] if len(titled) > 50 else titled
    keys = [r.get("title_key") or "" for r in sample]
    # fsum: exact, so the sums (and their ties) do not depend on the members' order
    agreement = {k: math.fsum(fuzz.ratio(k, other) for other in keys) for k in set(keys)}
    best = min(pool, key=lambda r: (-agreement.get(r.get("title_key") or "", 0), title_source_tier(r),
                                    ranks[r["record_id"]]))
    cased = best
    if not informative_casing(best["title"]):
        same = [r for r in titled if (r.get("title_key") or "") == (best.get("title_key") or "")
                and informative_casing(r["title"])]
        if same:
            cased = min(same, key=lambda r: (title_source_tier(r), ranks[r["record_id"]]))
    return best, cased, agreement


def _pick_title(members: list[dict], ranks: dict[str, tuple]) -> tuple[str | None, str | None]:
    titled = [r for r in members if r.get("title")]
    if len(titled) <= 1:
        return (titled[0]["title"], titled[0]["record_id"]) if titled else (None, None)
    _, cased, _ = _title_choice(members, ranks)  # the wording's record, or the one whose casing it takes
    return cased["title"], cased["record_id"]


_TIER_NAMES = {0: "arXiv or API metadata", 1: "a structured export", 2: "a scraped page or CV"}


def explain_title(members: list[dict]) -> str:
    """Why the work's title is the one it is, in words, for ``scholarlake explain``."""
    ranks = {r["record_id"]: rank_key(r) for r in members}
    choice = _title_choice(members, ranks)
    if choice is None:
        return "no member has a title"
    best, cased, agreement = choice
    titled = [r for r in members if r.get("title")]
    key = best.get("title_key") or ""
    same = sum(1 for r in titled if (r.get("title_key") or "") == key)
    tier = title_source_tier(best)
    text = (f"title from {best['record_id']} ({best.get('source_kind') or 'unknown'}: {_TIER_NAMES[tier]}, "
            f"{'published' if ranks[best['record_id']][0] == 0 else 'not published'}); "
            f"{same} of {len(titled)} titled record(s) spell it so")
    if cased is not best:
        text += f"; casing from {cased['record_id']} ({cased.get('source_kind') or 'unknown'})"
    return text
