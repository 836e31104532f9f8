"""Match rules: small named, versioned objects. A rule looks at a pair's features and
returns a score in (0, 1] when it matches, None when it does not.

Rules run in order; the first that matches labels the edge (``name@version``), which is
stored in ``work_records.rule`` so every merge can be explained. A veto runs before all
rules: a pair it rejects is never an edge, whatever the scores say.

Bump a rule's version whenever its logic or thresholds change.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import PairFeatures


@dataclass(frozen=True)
class Rule:
    name: str
    version: int
    description: str

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def match(self, f: PairFeatures) -> float | None:  # pragma: no cover - abstract
        raise NotImplementedError


def authors_agree(f: PairFeatures) -> bool:
    """Authors unknown on one side, or the visible lists agree (truncation-aware)."""
    if not f.authors_known:
        return True
    if f.author_conflict:
        return False
    if f.author_min == 1:
        return f.author_overlap == 1
    return f.author_overlap >= max(1, (f.author_min + 1) // 2)


def authors_strong(f: PairFeatures) -> bool:
    """The same leading authors in the same order: at least three, or all of a short list."""
    return f.authors_known and (f.author_prefix >= 3 or (f.author_prefix >= 2 and f.author_min == 2))


def years_close(f: PairFeatures, gap: int) -> bool:
    return f.year_gap is None or f.year_gap <= gap


@dataclass(frozen=True)
class SameIdentifier(Rule):
    """The same arXiv id or DOI, unless titles and authors both disagree: identifiers get
    copied into the wrong entry, and one bad id must not merge two papers."""

    def match(self, f):
        if not (f.same_arxiv or f.same_doi):
            return None
        if f.title_set >= 50 or f.main >= 80 or (f.authors_known and f.author_overlap >= 2):
            return 1.0
        return None


@dataclass(frozen=True)
class SameTitle(Rule):
    """Titles equal after folding case, accents, punctuation and hyphens."""

    min_tokens: int = 3

    long_tokens: int = 5

    def match(self, f):
        if f.title < 100 or f.short_tokens < self.min_tokens or not years_close(f, 2):
            return None
        # A long identical title outweighs garbled author lists, unless both lists are complete
        # and disjoint.
        if authors_agree(f) or (f.short_tokens >= self.long_tokens and not f.author_conflict):
            return 1.0
        return None


@dataclass(frozen=True)
class ShortSameTitle(Rule):
    """A short title ("Diluting ACID") says little alone: equal titles need every author
    of the shorter list in the longer one (at least two) and the same year."""

    def match(self, f):
        if f.title == 100 and f.short_tokens >= 1 and f.authors_known and f.author_min >= 2 \
                and f.author_overlap == f.author_min and f.year_gap == 0:
            return 0.95
        return None


@dataclass(frozen=True)
class FuzzyTitle(Rule):
    """Typos and small edits in a long title, authors compatible. A word that one title has
    and the other lacks ("Dynamic Sparse [No] Training") needs the authors to vouch for it."""

    threshold: float = 92.0
    min_tokens: int = 4

    def match(self, f):
        if f.title < self.threshold or not years_close(f, 1):
            return None
        if f.short_tokens < (self.min_tokens - 1 if authors_strong(f) else self.min_tokens):
            return None
        if not authors_agree(f):
            return None
        allowed = 2 if authors_strong(f) else (1 if f.authors_known else 0)
        if f.extra_words > allowed:
            return None
        return f.title / 100


@dataclass(frozen=True)
class ContainedTitle(Rule):
    """One title is the other with a prefix or subtitle dropped; the same leading authors."""

    min_tokens: int = 5

    def match(self, f):
        if f.title_set < 98 or f.short_tokens < self.min_tokens or not years_close(f, 1):
            return None
        if authors_strong(f) or (f.authors_known and authors_agree(f)):
            return 0.95
        return None


@dataclass(frozen=True)
class SimilarTitleSameAuthors(Rule):
    """Reworded or abbreviated titles ("peer-to-peer" / "p2p", a dropped qualifier) by the
    same leading authors in order, years compatible, venues not contradicting."""

    title_threshold: float = 80.0
    set_threshold: float = 85.0

    def match(self, f):
        if not authors_strong(f) or not years_close(f, 1) or f.shared_tokens < 3:
            return None
        if f.title >= self.title_threshold and f.title_set >= self.set_threshold:
            return 0.85
        return None


@dataclass(frozen=True)
class Retitled(Rule):
    """A renamed version: same leading authors in order, same year, the same main title
    (``Graph Ladling`` / ``Graph Laddling``) or a title sharing much of its vocabulary.
    One side must be unpublished (a preprint, or a page that names no venue): two published
    records with different titles are two papers, however alike."""

    main_threshold: float = 88.0
    set_threshold: float = 62.0

    def match(self, f):
        if not authors_strong(f) or f.year_gap is None or f.year_gap > 1 or f.both_published:
            return None
        if f.main >= self.main_threshold and f.short_tokens >= 2:
            return 0.9
        if f.title_set >= self.set_threshold and f.shared_tokens >= 3:
            return 0.85
        return None


def veto(f: PairFeatures) -> str | None:
    """Why this pair can never be the same work, or None."""
    if f.arxiv_conflict:
        return "different arXiv ids"
    if f.same_doc:
        return "same document"  # a document lists each paper once
    if f.part_conflict:
        return "different parts"  # "... (Part I)" / "... (Part II)"
    if f.year_gap is not None and f.year_gap > 3:
        return "years too far apart"
    if f.venue_conflict and f.year_gap:
        return "published at different venues in different years"  # e.g. a conference paper and its journal extension
    if f.same_venue and f.year_gap:
        return "same venue, different years"  # a venue publishes a paper once
    return None


RULES: tuple[Rule, ...] = (
    SameIdentifier("same_identifier", 2, "same arXiv id or DOI, titles or authors not contradicting"),
    SameTitle("same_title", 2, "identical folded title, compatible authors and years"),
    ShortSameTitle("short_same_title", 1, "identical short title, all authors of the shorter list, same year"),
    FuzzyTitle("fuzzy_title", 3, "title ratio >= 92, compatible authors, same year +-1, no unexplained extra word"),
    ContainedTitle("contained_title", 2, "one title contains the other, same leading authors"),
    SimilarTitleSameAuthors("similar_title_same_authors", 1, "title ratio >= 80 and token-set >= 85, same leading authors"),
    Retitled("retitled", 3, "renamed version of an unpublished record: same leading authors and year, similar title"),
)


def may_match(title, title_set, main, same_id, lead=None):
    """The weakest condition under which any rule above can match: a cheap, vectorisable
    prefilter (works on numpy arrays). ``lead`` (optional) is False where Retitled cannot
    apply (first authors not possibly the same person, years unknown or apart, or both
    published); only Retitled accepts titles below 80 that share under 98% of their words.
    A test checks it never drops a pair a rule accepts; keep it in step with the rules."""
    related = title_set >= 62.0
    if lead is not None:
        related = (related & lead) | (title_set >= 98.0)
    return same_id | (title >= 80.0) | related | (main >= 88.0)


def best_rule(f: PairFeatures, rules: tuple[Rule, ...] = RULES) -> tuple[Rule, float] | None:
    if veto(f):
        return None
    for rule in rules:
        score = rule.match(f)
        if score is not None:
            return rule, score
    return None
