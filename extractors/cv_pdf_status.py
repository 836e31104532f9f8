"""A manuscript's status printed where a CV entry's venue and date would be.

A CV lists papers not yet accepted with their status: alone in the venue's place ("In
progress", "Under review", "In prep."; as the entry's last words, after its names), or in a parenthesis after the journal the paper was
sent to, with the status's own date ("In: Syst Biol (Submitted, August 26, 2018)",
"(Revision after review, in progress)"). Neither is a publication's venue or year: the
status is no venue, the journal a paper is only submitted to is none either, and the date of
a submission is not a year of publication. A year the entry prints elsewhere ("In prep.
(2018)") stays; a year taken from a margin label or a year heading over a group of entries
does not (it dates the group, not the manuscript). An accepted paper ("In press", "Accepted")
keeps its journal: that status is not read here. A journal named as the one a manuscript
is meant for ("Target Journal: Ecology", "Intended venue: ...") is no venue either, nor a
word of the title it runs on from with no stop. An arXiv identifier printed after a not-yet
status ("submitted, arXiv:2510.05667") is where the manuscript is read, no venue either.
A status parenthesis printed where APA's date
stands or after the title ("Names (manuscript under review). Title. Journal.", "Title (under
review). Journal.") names no venue either: the journal after it is the one the paper was sent
to, unless the status is a revision ("(In revision). Title. Journal.": the journal asked for it);
the parenthesis is no part of the title. Nor is the journal a status names with "at" or "to"
("under review at Journal", "submitted to Journal", "in preparation to Journal"); the year
printed after it stays.
"""

from __future__ import annotations

import re

from .base import Draft

# the statuses of a paper not (yet) accepted
_NOT_YET = (r"(?:submitted|resubmitted|under\s+(?:review|revision|submission)|in\s+review|in\s+revision|"
            r"revis(?:ion|ed)\b[^()]{0,40}?|revise\s+and\s+resubmit|(?:work\s+)?in\s+progress|"
            r"in\s+prep(?:aration|\.)?)")
_STATUS_ALONE = re.compile(rf"(?:{_NOT_YET})[\s.]*", re.I)
_STATUS_PARENTHESIS = re.compile(rf"\(\s*(?:(?:manuscript|paper|article)\s+)?{_NOT_YET}\b[^()]*\)", re.I)
_STATUS_AFTER_TITLE = re.compile(rf"\s*{_STATUS_PARENTHESIS.pattern}\s*$", re.I)
_STATUS_LAST = re.compile(rf"(?:^|(?<=[.,;])|(?<=\s))(?:{_NOT_YET})[\s.]*$", re.I)
# a paper in revision: the journal named after the status has asked for it (its journal, kept)
_REVISION = re.compile(r"revis|resubmit", re.I)
# the same read into the venue without its first word ("in preparation to Journal" -> "preparation to Journal")
_STATUS_WORD_BEFORE = re.compile(r"^(?:in\s+)?(?:prep(?:aration|\.)?|review|revision)\s+(?:at|to)\s+\S", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TARGET = re.compile(r"^(?:target(?:ed)?|intended)\s+(?:journals?|venues?|outlets?)\b", re.I)
# the same run on from the title with no stop before it ("... sagebrush steppe Target Journal: Ecology")
_TARGET_AFTER_TITLE = re.compile(r"\s+(?:target(?:ed)?|intended)\s+(?:journals?|venues?|outlets?)\s*:\s*\S.*$", re.I)
_BETWEEN = re.compile(r"[\s.,;:]*")
# an arXiv identifier alone ("arXiv:2510.05667", "arXiv 2101.01234v2", "arXiv:math/0601001")
_ARXIV_ID = re.compile(r"arxiv\s*[:.]?\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\s*\[[\w.\-]+\])?", re.I)


def without_status(draft: Draft) -> Draft:
    """``draft`` with no venue and no year where the entry prints a manuscript's status in
    their place (see the module's rules)."""
    if not isinstance(draft, Draft):
        return draft
    raw = draft.raw or ""
    run_on = _TARGET_AFTER_TITLE.search(draft.title or "")
    if run_on and not draft.venue and run_on.start() > 0:
        draft.title = draft.title[:run_on.start()].rstrip(" .,;")
    venue = (draft.venue or "").strip(" .,;()")
    if _ARXIV_ID.fullmatch(venue) and re.search(rf"\b{_NOT_YET}[\s,;.:]*{re.escape(venue)}", raw, re.I):
        draft.venue = None  # "submitted, arXiv:2510.05667": where the manuscript is read, not published
        return draft
    last = _STATUS_LAST.search(raw)  # "... Names. In progress": the entry's last words
    if (venue and (_STATUS_ALONE.fullmatch(venue) or _TARGET.match(venue))) \
            or (last and (not venue or venue in last.group(0))):
        draft.venue = None
        if draft.year is not None and str(draft.year) not in raw:
            draft.year = None  # the year of a label or heading over the group
        return draft
    if venue and (re.search(rf"\b{_NOT_YET}\s+(?:at|to|in|with)\s+(?:the\s+)?{re.escape(venue)}", raw, re.I)
                  or _STATUS_WORD_BEFORE.match(venue)):
        draft.venue = None  # "under review at Journal", "submitted to Journal": only where it was sent
        return draft
    after_title = _STATUS_AFTER_TITLE.search(draft.title or "")
    if after_title and after_title.start() > 0:  # "Title (manuscript under review). Journal."
        draft.title = draft.title[:after_title.start()].rstrip(" .,;")
    for m in _STATUS_PARENTHESIS.finditer(raw):
        at = raw.rfind(venue, 0, m.start()) if venue else -1
        if at >= 0 and _BETWEEN.fullmatch(raw[at + len(venue):m.start()]):
            draft.venue = None  # the journal it was sent to
        elif venue and raw.find(venue, m.end()) >= 0 and not _REVISION.search(m.group(0)):
            draft.venue = None  # "Names (under review). Title. Journal.": the journal it was sent to, after the status
        outside = _YEAR.findall(raw[:m.start()] + raw[m.end():])
        if draft.year is not None and str(draft.year) in m.group(0) and str(draft.year) not in outside:
            draft.year = None  # the date of the submission
    return draft
