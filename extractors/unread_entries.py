"""The entries a text document may hold when no reader read any: each its own reject.

A document no extractor recognises, or one its reader finds no record in, is one reject for
the whole file; a publication list among it then loses every entry with no trace of which
(round 6 of the plain-text CV layouts lost 71 entries so: two layouts no reader knew, one
reject a file). The guarantee: such a document also gives one reject per stretch of text that
may be an entry, with the stretch as its excerpt, so that a reader of the rejects table sees
what was not read and the count of lost entries is no longer hidden in one row.

What may be an entry: a stretch that looks like one to the page reader's own test
(``markdown_page.looks_like_entry``: a year, and two of the cues of names, a title and a
venue), which prose, code and logs that mention a year seldom pass. Within a paragraph (lines between
blank lines) a line that prints a year ends an entry, the lines since the last such line its
start ("Title" / "Names" / "Venue, 2021"), unless the paragraph's first line prints one: then
the year opens each entry and the lines after it follow ("Lee, A. (2021). A title" / "that
wraps."). Pure: no I/O.
"""

from __future__ import annotations

import re

# A year as citations print it: four digits from 1800 to 2099 with no digit on either side
# ("2021", "03/2021", "(2021)", "2021a"); "12021" or a page range "1999-2004" count once each
# side, which only ever splits an entry's text, never invents one without a year.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# The fewest words (whitespace-separated, the year's own included) a stretch holds to be an
# entry: one name (two words), a title of two words and the year. A line that is a date alone
# ("2021", "Dates 09/2015") is fewer.
ENTRY_MIN_WORDS = 5
# The most stretches a document may give: about the longest publication list a CV prints
# (senior researchers' lists run to several hundred). A document with more year-bearing
# stretches is no list (a log, a data dump, a calendar): its one document reject stands alone,
# rather than a reject per line.
ENTRIES_MAX = 1000
# An excerpt is the stretch's text, cut here (rejects keep 500 characters at most anyway).
EXCERPT_CHARS = 300


def _stretches(paragraph: list[str]) -> list[list[str]]:
    """The paragraph's lines grouped around their years (see the module's docstring)."""
    year_first = bool(_YEAR.search(paragraph[0]))
    out: list[list[str]] = []
    pending: list[str] = []
    for line in paragraph:
        has_year = bool(_YEAR.search(line))
        if year_first:
            if has_year or not out:
                out.append([line])
            else:
                out[-1].append(line)
        else:
            pending.append(line)
            if has_year:
                out.append(pending)
                pending = []
    if pending and out and not year_first:
        out[-1] += pending  # a paragraph's last lines after its last year: the entry's tail
    return out


def unread_entries(lines: list[str] | tuple[str, ...]) -> list[str]:
    """The stretches of ``lines`` that may be entries (a year, ``ENTRY_MIN_WORDS`` words, the
    look of an entry), each as one line of text; empty when there are more than ``ENTRIES_MAX``."""
    from .markdown_page import looks_like_entry  # (the page reader's test, imported when first asked)

    out: list[str] = []
    paragraph: list[str] = []
    for raw in [*lines, ""]:
        line = raw.strip()
        if line:
            paragraph.append(line)
            continue
        if paragraph:
            for stretch in _stretches(paragraph):
                text = " ".join(" ".join(stretch).split())
                if _YEAR.search(text) and len(text.split()) >= ENTRY_MIN_WORDS and looks_like_entry("\n".join(stretch)):
                    out.append(text[:EXCERPT_CHARS])
                    if len(out) > ENTRIES_MAX:
                        return []
            paragraph = []
    return out


__all__ = ["ENTRIES_MAX", "ENTRY_MIN_WORDS", "unread_entries"]
