"""Hard evidence and vetoes: the only deterministic decisions left to the matcher.

Everything else is weighed by the match model (``dedup.model``), whose parameters come from
the data. What stays here holds for all scholarly data, whatever the source:

* **hard evidence**: the same arXiv id or DOI is the same paper, unless the titles and the
  authors both disagree (identifiers get copied into the wrong entry, and one bad id must
  not merge two papers);
* **vetoes**, checked before anything else and by clustering across whole clusters (one
  predicate, ``vetoed``): a pair a veto rejects is never in one work, whatever the evidence.

Conditions are array expressions: they run over the feature columns of every candidate pair
at once, and on the features of one pair (``PairRow``) with the same code. Write them with
``&``, ``|`` and ``no()``, never ``and``/``or``/``not``.
"""

from __future__ import annotations

import numpy as np

SAME_IDENTIFIER = "same_identifier@3"
# Above this gap two records are not one paper: preprint to print takes at most a couple of years.
MAX_YEAR_GAP = 3


def no(x):
    """Logical not for arrays and plain booleans alike (``~True`` is -2)."""
    return np.logical_not(x)


def same_identifier(f):
    """The same arXiv id or DOI, and the titles or the authors do not contradict it."""
    related = (f.title_set >= 50) | (f.main >= 80) | (f.authors_known & (f.author_overlap >= 2))
    return (f.same_arxiv | f.same_doi) & related


# Why a pair can never be the same work, checked in this order.
VETOES: tuple[tuple[str, object], ...] = (
    ("different arXiv ids", lambda f: f.arxiv_conflict),  # versions share one id
    ("different DOIs", lambda f: f.doi_conflict),  # a DOI names one published version
    ("same document", lambda f: f.same_doc),  # a profile, listing or CV lists each paper once
    ("different parts", lambda f: f.part_conflict),  # "... (Part I)" / "... (Part II)"
    ("years too far apart", lambda f: f.year_gap > MAX_YEAR_GAP),
    # a conference paper and its journal version: two publications (two DOIs, two entries in
    # any bibliography); in the same year a venue kind is more often mislabelled than not
    ("a conference and a journal publication, years apart", lambda f: f.kind_conflict & (f.year_gap > 0)),
)


def vetoed(f):
    """True where some veto rejects the pair."""
    out = np.zeros(np.shape(f.year_gap), dtype=bool)
    for _, test in VETOES:
        out |= test(f)
    return out


def veto(f) -> str | None:
    """Why this pair can never be the same work, or None."""
    return next((reason for reason, test in VETOES if test(f)), None)
