"""Survivorship: the canonical fields of a work, each from an explicitly chosen record.

Ranking (best first): a record with a published venue over a preprint; then the most
complete author list (not truncated, longest); then the lowest record id. Each field
takes the best-ranked record that has it, and the work notes which record that was.
The title is the exception: within the best tier (published, else all) it takes the
medoid wording, the one closest to all the members' titles, so a copy with a typo or a
dropped subtitle does not become the canonical title; ties go to the ranking.
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


def _pick_title(members: list[dict], ranks: dict[str, tuple]) -> tuple[str | None, str | None]:
    titled = [r for r in members if r.get("title")]
    if not titled:
        return None, None
    if len(titled) == 1:
        return titled[0]["title"], titled[0]["record_id"]
    published = [r for r in titled if ranks[r["record_id"]][0] == 0]
    pool = published or titled
    # The medoid over at most 50 titles, the best-ranked ones: never the input's row order.
    sample = sorted(titled, key=lambda r: ranks[r["record_id"]])[:50] if len(titled) > 50 else titled
    keys = [r.get("title_key") or "" for r in sample]
    # fsum: exact, so the sums (and their ties) do not depend on the members' order
    agreement = {k: math.fsum(fuzz.ratio(k, other) for other in keys) for k in set(keys)}
    best = min(pool, key=lambda r: (-agreement.get(r.get("title_key") or "", 0), ranks[r["record_id"]]))
    return best["title"], best["record_id"]
