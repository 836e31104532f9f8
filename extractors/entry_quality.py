"""How well a reading of one publication entry fits what entries are made of.

Several readers can accept the same entry text (a CV-style "Authors. Title. Venue", an
author-year citation, lines with roles ...), and a reader that accepts a text it was not
written for returns fields that are not what they claim: a venue as an author, a whole
citation as a title. ``quality`` scores a reading by what each field must look like, so
that a caller can keep the best of several; ``None`` means the reading is impossible.

The checks are about the shape of the fields, never about particular names or venues:

* a title is two or more words, not a list of names, carries no markup, and holds no
  citation furniture (a year in parentheses, "vol.", "pp.", a DOI or a URL);
* authors are names (:func:`extractors.author_lists.plausible_name`);
* a year and a venue, when a reading finds them, add to its score.
"""

from __future__ import annotations

import re

from .author_lists import plausible_name, split_author_list

# What a citation prints around a title, never inside one.
_FURNITURE = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\bvol\.|\bpp\.|\bdoi\b|https?:|arXiv:\s*\d|\(with\b|\bw/", re.I)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?=\w)")
_LONG_TITLE_WORDS = 40  # longer than any title in the development corpora: a reading that swallowed the entry
_LONG_VENUE_WORDS = 20


def quality(authors: list[str], title: str | None, venue: str | None, year: int | None) -> float | None:
    """A score for one reading of an entry (higher is better), or None if it cannot be right."""
    title = (title or "").strip()
    words = title.split()
    if len(words) < 2 or _MARKUP.search(title):
        return None
    names, _ = split_author_list(title)
    if len(names) >= 2 and "," in title and all(plausible_name(n) and len(n.split()) <= 3 for n in names):
        return None  # the author line taken for the title
    score = 2.0
    if _FURNITURE.search(title):
        score -= 1.5
    if len(words) > _LONG_TITLE_WORDS:
        score -= 1.5
    if not (title[:1].isupper() or title[:1].isdigit() or title[:1] in "\"“'‘$(¿¡"):
        score -= 0.5
    if authors:
        good = sum(plausible_name(a) and len(a.split()) <= 4 for a in authors)
        score += 2.0 * good / len(authors)
        if good < len(authors):
            score -= 1.0
    if year is not None:
        score += 0.5
    if venue:
        score += 0.5 if len(venue.split()) <= _LONG_VENUE_WORDS and not _FURNITURE.search(venue) else -0.5
    return score
