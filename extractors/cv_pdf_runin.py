"""A journal's name run into the title with no stop between them.

A CV typed by hand may print an entry's journal straight after its title ("... to emerging
pathogens Philosophical Transactions B", "... climate gradients J. Geophysical Research"): the
reader then finds no venue and keeps the journal in the title. In a CV whose titles are set
in sentence case (most of their longer words in lower case), a record read with no venue
whose title ends in a run of capitalised words (RUN_WORDS or more) after a lower-case word
that is no article or preposition (which would make the run a place or a name the title
speaks of: "... in West Africa", "... of the Congo"), and whose run names a venue (by its
words, :func:`cv_pdf_render.venue_like`, or by opening like a venue the CV prints elsewhere:
"PLoS ...", "BMC ..."), has that run as its venue.
"""

from __future__ import annotations

import re

from .base import Draft
from .cv_pdf_render import venue_like

RUN_WORDS = 2  # a journal's name run in is this many capitalised words at least ("BMC Bioinformatics")
SENTENCE_CASE_SHARE = 0.5  # this share of a title's longer words in lower case: sentence case
SENTENCE_CASE_TITLES = 3  # a CV shows its titles' case by this many titles at least
LONG_WORD = 4  # words this long or longer show a title's case ("of", "the", "and" show none)
_LINKING = frozenset("a an the of in on at for from to with by and or across between among into under over via "
                     "during within without versus vs".split())
_RUN_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|&)$")  # "Philosophical", "PLoS", "BMC", "J.", "B", "&"


def _sentence_case(title: str) -> bool:
    words = [w for w in title.split()[1:] if len(w) >= LONG_WORD and w[:1].isalpha()]
    return bool(words) and sum(w[:1].islower() for w in words) >= SENTENCE_CASE_SHARE * len(words)


def _run_start(words: list[str]) -> int | None:
    k = len(words)
    while k > 0 and _RUN_WORD.match(words[k - 1]):
        k -= 1
    if len(words) - k < RUN_WORDS or k < 3:
        return None
    before = words[k - 1]
    if not before[:1].islower() or before.casefold().strip(",;:") in _LINKING or before.endswith((":", ",", ";")):
        return None
    return k


def venues_run_into_titles(found: list[Draft]) -> None:
    """Gives each record of ``found`` whose journal ran into its title that journal as its
    venue (see the module's rules); the CV's own records show its titles' case and venues."""
    with_venue = [d for d in found if d.venue and d.title]
    if len(with_venue) < SENTENCE_CASE_TITLES or \
            sum(_sentence_case(d.title) for d in with_venue) < SENTENCE_CASE_SHARE * len(with_venue):
        return
    openings = {d.venue.split()[0].casefold() for d in with_venue}
    for d in found:
        if d.venue or not d.title:
            continue
        words = d.title.split()
        k = _run_start(words)
        if k is None:
            continue
        title, run = " ".join(words[:k]), " ".join(words[k:])
        if not _sentence_case(title) or not (venue_like(run) or words[k].casefold() in openings):
            continue
        d.title, d.venue = title, run.rstrip(" .")
