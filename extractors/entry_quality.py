"""How well a reading of one publication entry fits what entries are made of.

Several readers can accept the same entry text (a CV-style "Authors. Title. Venue", an
author-year citation, lines with roles ...), and a reader that accepts a text it was not
written for returns fields that are not what they claim: a venue as an author, a whole
citation as a title. ``quality`` scores a reading by what each field must look like, so
that a caller can keep the best of several; ``None`` means the reading is impossible.

The checks are about the shape of the fields, never about particular names or venues:

* a title is two or more words, not a list of names, carries no markup, holds no
  citation furniture (a year in parentheses, "vol.", "pp.", a DOI or a URL) and no
  unmatched quotation mark;
* authors are names (:func:`extractors.author_lists.plausible_name`), with no abstract
  noun among their words (:func:`extractors.author_lists.abstract_noun`);
* a year and a venue, when a reading finds them, add to its score.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .author_lists import abstract_noun, plausible_name, split_author_list
from .citations import _MONTHS, MONTH_ALONE

# What a citation prints around a title, never inside one.
_FURNITURE = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\bvol\.|\bpp\.|\bdoi\b|https?:|arXiv:\s*\d|\(with\b|\bw/", re.I)
_COAUTHOR_NOTE = re.compile(r"\(with\b|\bw/", re.I)
_MARKUP = re.compile(r"\*\*|__|\*(?=\w)")  # emphasis left in a field ("M87*" alone is a name)
_ONE_NAME = re.compile(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,\s*(?:[A-Z]\.?\s?-?){1,4}$")
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.?\s?-?){1,4}$")
_VENUE_WORDS = re.compile(r"^(?:In\s|Proc\b|Proceedings\b)|\b(?:Conference|Symposium|Workshop) on\b|"
                          r"\b(?:Journal|Transactions|Letters) of\b")
# A sentence end inside the venue, then a venue's name: the title's tail was taken for the venue.
# The abbreviations venues start with ("Proc.", "Int.") are not sentence ends.
_SENTENCE_THEN_VENUE = re.compile(r"^(?:\S+\s+)*\w{3,}(?<!Proc)(?<!Conf)(?<!Trans)(?<!Adv)(?<!Int)(?<!Intl)(?<!Annu)"
                                  r"\.\s+(?:The\s+)?(?:\S+\s+){0,3}(?:Conference|Journal|Proceedings|Transactions|"
                                  r"Symposium|Workshop|arXiv|bioRxiv)\b")
_QUOTED_OPENING = re.compile(r"^[\"“][^\"“”]+[?!.]?[\"”]\s+[A-Z0-9]")  # “Why?” The rest of the title
_DANGLING_END = re.compile(r"\b(?:with|of|and|the|for|in|on|to|a|an|by|from|via|towards?|using)$", re.I)
_ONE_WORD_TITLE = re.compile(r"[A-Z][a-z]{2,}[!?]?")  # "Whatever", "Conditionals", "Enough!"; not "AI", "X."
# A venue that opens with a month and a number ("Jul 12:5 33-34", "March 3, 2020"): the date a
# medical style prints after the year, taken for the venue where the journal's name was read
# into the title (a journal's abbreviation that opens with a month's letters, "Mar Biol", has a
# word after them, no number).
_DATE_VENUE = re.compile(rf"{_MONTHS}\s+\d")
# A title in a script written without spaces between words (Chinese, Japanese; Korean spaces
# its phrases) is one "word" to str.split(): its words are counted as a run of such characters
# of CASELESS_CHARS_PER_WORD characters each (Japanese and Chinese words are one to three
# characters, two on the average), so that "東京における豪雨の統計的解析" counts as a title of
# several words, as its English translation does (wt-realstudy8web).
CASELESS_CHARS_PER_WORD = 3
_CASELESS_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{4,}")


def title_words(title: str) -> list[str]:
    """The words of a title: ``str.split()``'s, a run of Chinese or Japanese characters counted
    as one word per CASELESS_CHARS_PER_WORD characters (see there)."""
    words = title.split()
    if not _CASELESS_RUN.search(title):
        return words
    out = []
    for w in words:
        n = sum(len(m.group()) for m in _CASELESS_RUN.finditer(w))
        out += [w] + [""] * (max(0, -(-n // CASELESS_CHARS_PER_WORD) - 1))
    return out


def caseless_start(text: str) -> bool:
    """Whether ``text`` opens with a character of a script with no letter case (CJK)."""
    return bool(re.match(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]", text))


_LONG_TITLE_WORDS = 40  # longer than any title in the development corpora: a reading that swallowed the entry
_LONG_VENUE_WORDS = 20


def _names_before_quote(title: str) -> bool:
    """Whether the title opens with a list of two names or more before a quoted span ('PW
    Irving, SF Wolf, "Learning about ..."'): the end of an author list and the real title,
    quoted, read together as one title."""
    head, quote, _ = re.split(r"([\"“])", title, maxsplit=1) if re.search(r"[\"“]", title) else (title, "", "")
    names = split_author_list(head.strip(" ,"))[0] if quote and head.strip() else []
    return len(names) >= 2 and all(_name(n) and len(n.split()) >= 2 for n in names)


def _name(text: str) -> bool:
    """A person's name by its shape, with no abstract noun among its words ("Strawson
    Entailment", "Quantum Field Theory" and the like are a title's pieces)."""
    return plausible_name(text) and not any(abstract_noun(w) for w in text.split())


def quality(authors: list[str], title: str | None, venue: str | None, year: int | None,
            owner: str | None = None, title_marked: bool = False, one_word_title: bool = False) -> float | None:
    """A score for one reading of an entry (higher is better), or None if it cannot be right.
    ``owner``, the CV's owner when known, never belongs in a title. ``title_marked``: the
    markup set the title apart (a whole line in bold or italics, the names on a line of
    their own), so a title shaped like a list of names ("Attitudes, Aboutness, and Indirect
    Restriction") is not the author line taken for it. ``one_word_title``: the reader set
    the title apart on both sides (an author-year citation, "Names. 2011. Conditionals. In
    ..."), so a title of one word ("Whatever", "Enough!") may be one."""
    kept = None if authors is None else tuple(authors)
    return _quality_kept(kept, title, venue, year, owner, title_marked, one_word_title)


# A block's readings often give the same fields (read by its lines' roles and as one line): the
# score is pure, so each distinct reading is scored once.
@lru_cache(maxsize=4096)
def _quality_kept(authors: tuple[str, ...] | None, title: str | None, venue: str | None, year: int | None,
                  owner: str | None, title_marked: bool, one_word_title: bool) -> float | None:
    return _quality_read(authors, title, venue, year, owner, title_marked, one_word_title)


def _quality_read(authors, title: str | None, venue: str | None, year: int | None,
                  owner: str | None = None, title_marked: bool = False, one_word_title: bool = False) -> float | None:
    """``quality`` without the cache (``authors`` a list or a tuple)."""
    title = (title or "").strip()
    words = title_words(title)
    if len(words) == 1 and one_word_title and _ONE_WORD_TITLE.fullmatch(title) and not any(
            title.strip("!?") in a.split() for a in authors):
        words = [title, ""]  # counted as a title; no name of the list
    if len(words) < 2 or _MARKUP.search(title) or re.match(r"(?:et\.?\s*al|and)\b", title):
        return None  # "et al., Title ...": the end of the author list taken for the title
    names, _ = split_author_list(title)
    # a comma between them, or "and" with an initial among them ("J.X. Lee and Maren T. Holloway";
    # "Spin Waves and Magnetic Films" holds none)
    # or "and" between names opening with bare initials ("C G Windsor and C D Lawrence")
    joined = "," in title or (re.search(r"\s(?:and|&)\s", title) and (
        re.search(r"\b[A-Z]\.", title) or re.fullmatch(r"(?:[A-Z] )+\S+\s(?:and|&)\s(?:[A-Z] )+\S+", title)))
    if not title_marked and len(names) >= 2 and joined and all(_name(n) and len(n.split()) <= 3 for n in names) \
            and all(len(n.split()) >= 2 or "." in n for n in names):
        return None  # the author line taken for the title ("Viscosity, Black Holes, and ..." is not one)
    if _ONE_NAME.match(title):
        return None  # one "Last, F. M." taken for the title
    score = 2.0
    if len(words) <= 3 and plausible_name(title):
        score -= 0.5  # "Jia-Bin Huang" reads as well as a title as "Deep Paper Gestalt": neither is sure
    if _VENUE_WORDS.search(title):
        score -= 1.5  # "Proc. 35th Conference on ...": the venue taken for the title
    if _DANGLING_END.search(title):
        score -= 1.0  # "Sparse Neural Network Training with": cut where a printed line ended
    if owner and owner in title:
        score -= 2.0  # the owner's name run into the title (the author line glued to it)
    if _FURNITURE.search(title):
        score -= 1.5
    if _names_before_quote(title):
        score -= 2.0  # 'B. Chen, C. Roe, "The Title"': names run into a quoted title
    if sum(title.strip("\"“”").count(q) for q in "\"“”") % 2 and not _QUOTED_OPENING.match(title):
        # an unmatched quotation mark: cut inside a quoted title ('Relaxation," Phys'); a
        # title that opens with a quoted phrase and goes on ('“Why?” The rest') has its pair
        score -= 1.5
    if len(words) > _LONG_TITLE_WORDS:
        score -= 1.5
    if not (title[:1].isupper() or title[:1].isdigit() or title[:1] in "\"“'‘$(¿¡" or caseless_start(title)):
        score -= 0.5
    if authors:
        good = sum(_name(a) and len(a.split()) <= 4 for a in authors)
        score += 2.0 * good / len(authors)
        if good < len(authors):
            score -= 1.0
        if any(_INITIALS_ONLY.match(a) for a in authors):
            score -= 2.0  # "Lee, A. B." cut at its comma: a surname and its initials as two people
    if year is not None:
        score += 0.5
    if venue and (re.match(r"[a-z]+\b", venue) or _SENTENCE_THEN_VENUE.search(venue)):  # "arXiv", "eLife" are names
        score -= 1.0  # the title's second half taken for the venue ("towards Block-wise Pruning. Conference on ...")
    if venue and (_DATE_VENUE.match(venue) or MONTH_ALONE.fullmatch(venue.strip(" .,;"))):
        score -= 1.0  # the date after the year read as the venue ("Jul 12:5", or "Sep" alone)
    if venue and _names_list(venue):
        score -= _NAMES_AS_VENUE  # "Rosa, Tania Mudrikova, ..., and Richard Harrigan": the author line's rest
    elif venue:
        score += 0.5 if len(venue.split()) <= _LONG_VENUE_WORDS and not _COAUTHOR_NOTE.search(venue) else -0.5
    return score


NAMES_IN_VENUE = 3  # a venue of this many people's names or more, joined as a list, is an author line
_NAMES_AS_VENUE = 2.0  # what such a reading loses: a venue's bonus, and as much as names read as a title
_LIST_END = re.compile(r",?\s+(?:and|&)\s+\S+(?:\s+\S+){0,3}\.?$")


def _names_list(venue: str) -> bool:
    """Whether ``venue`` is a list of people's names (:data:`NAMES_IN_VENUE` or more, the last
    after a serial "and"), the rest of an author line broken over a line, not a venue: no
    venue is a list of people."""
    text = venue.strip(" .")
    if not _LIST_END.search(text):
        return False
    names, _ = split_author_list(text)
    # each a person's name: a given name or initials before the surname (one word may stand
    # alone where the author line broke, "Rosa," after "De La")
    people = sum(_name(n) and len(n.split()) >= 2 for n in names)
    return len(names) >= NAMES_IN_VENUE and people >= len(names) - 1
