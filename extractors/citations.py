"""Formatted citations, the way reference managers and citation styles print them:

    Lee, A., & Chen, B. W. (2023). Sparse things in practice. medRxiv, 2023-04.
    Lee, Ann and Chen, Bo (2021). Dense Things. Journal of Made-up Results.
    Lee A., Chen B. (2018): "Graph Ladders ...". Water 10(2).
    Lee AH, Chen BT. (2020). "What Are Sparse Things?" Annual Reviews of Things.

Author-year styles (APA, Harvard, Chicago author-date, Vancouver with the year after the
names): the names, the year in parentheses or between periods, then the title, then the
venue. ``citation_authors`` reads the names alone (markdown front matter's ``citation:``);
``parse_citation`` the whole entry (HTML and markdown publication lists).
"""

from __future__ import annotations

import re

from .author_lists import (
    MONONYM_AMONG,
    VANCOUVER_DATE,
    VANCOUVER_NAME,
    _MARKED_PARTICLE,
    _SURNAME_INITIALS_PERSON,
    _surname_initials_first,
    given_first,
    host_mark,
    inverted_initials_list_end,
    other_language_et_al,
    _HANDLE,
    names_with_handles,
    plausible_name,
    split_author_list,
    vancouver_given_first,
    without_group,
)
from .cv_entries import UNPUBLISHED, ParsedEntry

# Abbreviations that end in a period inside a sentence ("Government vs. community action",
# "Mr. Keynes"): a title does not end at them.
# A taxonomic rank's abbreviation, printed in lower case before the name it ranks ("Euphorbia
# subg. Chamaesyce sect. Anisophyllum", "Rosa canina var. dumalis"), is such an abbreviation.
_NOT_AN_END = re.compile(r"(?:^|\s)(?:(?i:vs|v|e\.g|i\.e|cf|etc|Mr|Mrs|Ms|Dr|St|No|Vol|approx|resp)|"
                         r"(?:subsect|sect|subgen|subg|subsp|ssp|subvar|var|subser|ser|cv))\.$")
# a year, not inside a DOI or an id ("stae2067"), nor the first page of a range after a volume
# or its issue ("14(10B):2083-92", "3: 1999-2010"): the pages may read like a year there
_PAGE_RANGE = r"\d{4}\s*[-–]\s*\d"
# a day and month before the year date it ("25.02.2019", "5/02/2019"): cv_entries._YEAR the same
_DAY_MONTH = r"(?<=(?<![\w.])[0-3]\d[./][0-3]\d[./])|(?<=(?<![\w.])\d[./][0-3]\d[./])"
# (and both numbers of a range after a volume's issue and a comma, "17(5), 2035–2062": pages)
YEAR_IN_TEXT = re.compile(rf"(?:(?<![\w./])|{_DAY_MONTH})(?!(?<=[\d)]:){_PAGE_RANGE})(?!(?<=[\d)]: ){_PAGE_RANGE})"
                          rf"(?!(?<=\d\), ){_PAGE_RANGE})(?<!\d\), \d{{4}}-)(?<!\d\), \d{{4}}–)((?:19|20)\d\d)(?!\d)")
# (APA prints where the paper stands in the year's place, "Lee, A. (in press). Title.": the
# entry has no year yet, and the title follows as it does after one; "in review" is "under
# review" as many ecology and biology CVs word it)
# A month (a day, a season) may stand before the year in its brackets: Wikipedia's and MediaWiki's
# CS1 citation templates print the date as given, "Lee, Ann (October 2010).", "(5 May 2010)",
# "(Spring 2010)", as APA prints it after the year, "(2010, October)".
_MONTH_BEFORE_YEAR = (r"(?:(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                      r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter)"
                      r"\.?\s+(?:\d{1,2},?\s+)?)?")
# A status may stand before the year in the brackets ("(to appear 2020)", "(in press, 2021)"): the
# year the paper is expected in, the title following as after any year.
_STATUS_BEFORE_YEAR = r"(?:(?:to\s+appear|in\s+press|forthcoming|accepted)\s*,?\s+)?"
_YEAR = re.compile(r"\(\s*" + _STATUS_BEFORE_YEAR + _MONTH_BEFORE_YEAR + r"((?:19|20)\d\d)[a-z]?(?:,[^)]{0,20})?\s*\)|"
                   r"(?<=[.,])\s*((?:19|20)\d\d)[a-z]?\s*(?=[.:])|"
                   r"\(\s*(?:in\s+press|forthcoming|n\.\s?d\.|accepted|submitted|(?:under|in)\s+review)\s*\)")
_ELLIPSIS = re.compile(r",?\s*(?:\.\.\.|…)\s*,?\s*&?\s*")


# A period after a word of two letters or more at the end of a names part: the sentence's.
_SENTENCE_PERIOD = re.compile(r"(?<=[^\W\d_]{2})\.$")


def citation_authors(head_or_citation: str, whole: bool = True) -> list[str]:
    """The author list at the head of a citation (``whole``) or the names part itself:
    "Last, First and Last, First" (BibTeX style), "Last, F. M., Last, G., & Last, H." (APA),
    "Last FM, Last G" (Vancouver), or "First Last, First Last"."""
    text = re.sub(r"\s+", " ", head_or_citation).strip().lstrip("\ufeff")
    if whole:
        m = _YEAR.search(text)
        if not m:
            return []
        text = text[:m.start()]
    head = text.strip().rstrip(",:;").strip()
    head = re.sub(r",?\s*et al\.?$", "", head)
    head = _ELLIPSIS.sub(", ", head)  # "A, B, ... & Z": the names the style left out
    if not head:
        return []
    parts = re.split(r"\s+and\s+", head)
    if len(parts) > 1 and all(p.count(",") == 1 for p in parts):  # BibTeX style: "Last, First and Last, First"
        from .bibtex import split_bibtex_authors

        # the citation's own period after a full given name ("..., and Chen, Bo. (2015)",
        # academicpages' citation strings) is no part of it; an initial's ("Chen, B.") stays
        head = _SENTENCE_PERIOD.sub("", head)
        names, _ = split_bibtex_authors(head)
        return names
    if re.search(r"\d", head):  # the year is not right after the names ("A and B, J. Phys. 56, 52 (2024)")
        return []

    names, _ = split_author_list(head)
    # Vancouver "Lee AH, Chen BT." ends the list with the citation's own period (when the
    # other names have none, the last one's is not part of it); a name alone says nothing
    # either way, and its period is kept as written ("Ladwig R. (2019)")
    if len(names) >= 2 and names[-1].endswith(".") and not any(n.endswith(".") for n in names[:-1]):
        names[-1] = names[-1][:-1]
    return names


# the most words a name of a citation's list holds: four initials, a particle and the surname
# ("Mark G. L. M. van Doorn", "M. G. L. M. van Doorn"), as author_lists.plausible_name allows
# (parse_citation and parse_quoted, IEEE's and Chicago's quoted titles, until 2026-12-07 five)
NAME_WORDS = 6


def parse_citation(text: str) -> ParsedEntry | None:
    """An author-year citation as (authors, year, title, venue), or None when the text is not
    one (no year right after a list of names, or no title after it)."""
    text = re.sub(r"\s+", " ", text).strip()
    m = _YEAR.search(text)
    if not m or m.start() == 0:
        return None
    authors = citation_authors(text[:m.start()], whole=False)
    if not authors or any(len(a.split()) > NAME_WORDS for a in authors):
        return None
    rest = text[m.end():].lstrip(" .:,")
    comma_in = _COMMA_THEN_IN.match(rest) if text[m.end():].lstrip().startswith(",") else None
    title, venue_part = (comma_in.group("title"), comma_in.group("venue")) if comma_in else _title_and_tail(rest)
    if len(title) < 4:
        return None
    venue = venue_name(venue_part)
    truncated = bool(re.search(r"et al\.?|\.\.\.|…", text[:m.start()])) or other_language_et_al(text[:m.start()])
    year = m.group(1) or m.group(2)
    return ParsedEntry(authors=authors, authors_truncated=truncated, title=title, venue=venue,
                       year=int(year) if year else None)


_IN_VENUE = re.compile(r"In:?\s+[A-Z0-9]")
# A year in brackets followed by a comma parts the fields after it by commas ("Lee, A. e Roe, C.
# (2004), Title: A Subtitle, in Venue, 5, pp. 1-9."; Italian and Spanish CVs): the title runs to the
# comma before "in" and the venue's name, not to a sentence end ("pp." would end it). Since wt-names7.
_COMMA_THEN_IN = re.compile(r"(?P<title>(?:[^.]|\.(?=\S)){4,}?),\s+[Ii]n:?\s+(?P<venue>[A-Z0-9\"“].*)$")
_PART_NUMBER = re.compile(r"[IVX]{1,4}\.(?:\s|$)")


# the characters of the scripts with no letter case: kana, CJK ideographs, Hangul (a class's body)
_CASELESS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"


def _title_and_tail(rest: str) -> tuple[str, str]:
    """A citation's title (quoted, or up to its first sentence end) and the text after it."""
    # (an apostrophe inside a word, "Ruelle's", closes no quotation)
    # (a title opened by a double mark closes at a double mark: a phrase in single marks inside
    # it, "“‘We have some growing pains’: Developing ...”", is the title's own)
    quoted = re.match(r"[\"“](.+?)[\"”](?!\w)[.,]?\s*(.*)$", rest) if rest[:1] in "\"“" else None
    quoted = quoted or re.match(r"[\"“'‘](.+?)[\"”'’](?!\w)[.,]?\s*(.*)$", rest)
    host = host_mark(rest) if not quoted else None
    if host:  # "Title // Venue. – 2021": GOST's double slash ends the title (author_lists.host_mark)
        title, tail = rest[:host.start()], rest[host.end():]
    elif quoted:
        title, tail = quoted.group(1), quoted.group(2)
    else:
        # the title ends at a sentence end: after a lower-case letter, a digit or a bracket,
        # or after an acronym ("... with ABCD. Conf. Proc."), never after a lone initial
        # or before a preprint server's name ("... Part I. arXiv:0704.0047": a numeral, no initial),
        # or before a year in brackets that ends the entry ("Title. (2017)", LNCS with no venue:
        # the date, no title's; "Review of X, by Lee, A. (2012). Venue" keeps it)
        # A sentence end before a part's number in Roman numerals ("Spin structures. II. Comm.
        # Math. Phys."; "Results. IV. Imaging the ...") is no title's end: the number is the title's.
        # A chemical formula's last capital after a small letter ("... vacancies of ZnO. Venue")
        # ends a sentence as an acronym does; so does a stop before a quoted venue (a book's
        # title in quotation marks: 'Title. "Book Title" by A. Editor 2021: 1-9', dblp).
        # Chinese, Japanese and Korean characters have no case: a stop after one, or before
        # one, ends a sentence as after a small letter ("統計的解析. *天気*", _CASELESS).
        cuts = [m for m in re.finditer(r"(?:(?<=[a-z0-9)\]?!»”’" + _CASELESS + r"])|(?<=[A-Z0-9]{2})|(?<=[a-z][A-Z]))[.?!]\s+"
                                       r"(?=[A-Za-z0-9<\"“" + _CASELESS + r"])"
                                       r"|[.?!]\s+(?=(?:arXiv|bioRxiv|medRxiv)\b|\((?:19|20)\d\d[a-z]?\)\.?$)"
                                       # (and a stop before a CJK character after any mark but an initial: "検討〜. 天気")
                                       r"|(?<![\s.][A-Z])(?<=[^\sA-Z.])\.\s+(?=[" + _CASELESS + r"])", rest)
                if not _NOT_AN_END.search(rest[:m.start() + 1]) and not _PART_NUMBER.match(rest, m.end())]
        # "How loud is it? Measuring noise in open offices. Venue": after a question the next
        # sentence, mostly in lower case, is the title's second half, not a venue's name (and
        # so on: "Would you believe it? The king of France is back! Presuppositions and ...")
        # "Would You Believe It? The King of France is Back! Presuppositions and Intuitions. In
        # Descriptions and Beyond": a sentence in title case is the title's too when "In" opens the
        # sentence after it (the book or proceedings it is in: the venue begins only there)
        k = 0
        while k + 1 < len(cuts) and rest[cuts[k].start()] in "?!":
            words = rest[cuts[k].end():cuts[k + 1].start()].split()
            stop = next((c for c in cuts[k + 1:] if rest[c.start()] not in "?!"), None)  # the next full stop
            before_in = stop is not None and _IN_VENUE.match(rest, stop.end()) is not None and not any(
                _IN_VENUE.match(rest, c.end()) for c in cuts[:k + 1])
            if not (len(words) >= 4 and sum(w[:1].islower() for w in words) > len(words) / 2 or before_in):
                break
            k += 1
        cut = cuts[k] if cuts else None
        title, tail = (rest[:cut.start() + 1], rest[cut.end():]) if cut else (rest, "")
    return title.strip().rstrip(".").strip(), tail


def vancouver_names(head: str) -> list[str] | None:
    """The names of a Vancouver list ("Lee AB, Chen B, Roe C, et al"), given name first with
    the initials spelled out ("A. B. Lee"), or None when some piece is not such a name."""

    # the names parted by commas, a serial "and" before the last ("Roe C, and Ng D") or a
    # semicolon before a group that signs with them ("Roe C; Open Annotation Consortium")
    pieces = [p.strip() for p in _VANCOUVER_SEPARATOR.split(re.sub(r",?\s*et al\.?$", "", head.strip().rstrip(".")))
              if p.strip()]
    out = [vancouver_given_first(p) or (p if _GROUP_AUTHOR.fullmatch(p) else None) for p in pieces]
    if sum(n is not None and not _GROUP_AUTHOR.fullmatch(n) for n in out) >= MONONYM_AMONG:
        # a one-word name among Vancouver names is a mononym ("Chakrabarti S, Parag, Sudarshan S")
        out = [p if n is None and _MONONYM.fullmatch(p) else n for p, n in zip(pieces, out)]
    if not out or any(n is None for n in out) or all(_GROUP_AUTHOR.fullmatch(p) for p in pieces):
        return None
    return out  # type: ignore[return-value]


_MONONYM = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{2,}")  # one capitalised word of letters: a one-word name


# the text up to its first full stop before a space: where a Vancouver list ends (its names
# hold no full stop; "et al." ends it with one)
_FIRST_STOP = re.compile(r"[^.]{2,4000}?(?=\.\s)")


def vancouver_list_end(text: str) -> int | None:
    """Where an opening Vancouver list ("Lee AB, Chen B. Title ...") ends: the index of its
    full stop, which a reader that takes "B." for an initial reads past; None when ``text``
    does not open with one. Two names or more, or one in an entry that prints Vancouver's
    date (:data:`author_lists.VANCOUVER_DATE`): "Ann B. Lee" is cut at "B" into "Ann B", no
    Vancouver name alone."""

    m = _FIRST_STOP.match(text)
    if not m or "," not in m.group(0) and not VANCOUVER_DATE.search(text):
        return None
    # (a Vancouver name and a comma after the stop: the list goes on, and the stop was a
    # given-first name's initial among them, "..., Lee E, Steven L. Klein SL, Blakesley RW")
    goes_on = _NEXT_PIECE.match(text, m.end() + 1)
    if goes_on and VANCOUVER_NAME.match(goes_on.group(1)):
        return None
    return m.end() if vancouver_names(m.group(0).replace("*", "")) else None  # (the owner in bold: "**Chen B**")


_NEXT_PIECE = re.compile(r"\s*([^,.;]{1,60}?)\s*(?:,|\s(?:and|&)\s)")


# (or a conjunction alone before the last, "Lee AB, Chen B and Roe C", "Lee AB & Chen B": Vancouver's
# names as theses and Harvard-with-Vancouver-names journals join them; since wt-names7)
_VANCOUVER_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
# A group that signs a paper among its people ("MGC Project Team, Lee A, ...", "...; Open
# Regulatory Annotation Consortium"): capitalised words ending in a word for a body of people.
# Kept as one author, as it is printed, in a list whose other pieces are Vancouver names.
_GROUP_AUTHOR = re.compile(r"(?:the\s+)?(?:[A-Z][\w.&\-]*\s+){1,6}(?:Consortium|Consortia|Collaborations?|Team|"
                           r"Group|Investigators|Network)")


_VANCOUVER_NAME = re.compile(r"[\w'’\- ]+\s[A-Z]{1,3}")  # "Lee AB", "de Haro ML": a surname, then bare initials


# The tail of a bibliography service's listing (DBLP's person pages and their exports): "Venue
# 3(2): 1-9 (2021)", the volume, its issue, a colon, the pages and the year in brackets closing
# the entry; a form a title printed first with no names is not given (one name alone before
# the first colon is then the names').
_LISTING_TAIL = re.compile(r"\s\d{1,5}(?:\(\d{1,4}\))?:\s?[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?\s\((?:19|20)\d\d\)\.?$")


def parse_names_colon(text: str, owner: str | None = None, comma_parted: bool = False,
                      names_apart: bool = False) -> ParsedEntry | None:
    """Names: Title. Venue 3(2): 1-9 (2021): the names end at a colon, the style of
    bibliography services' exports and of CVs generated from them (a citation style, not
    one data set's quirk), then the title and the venue with its year. One name alone before the colon is
    taken only with an initial or when it is the document's ``owner``: else the colon is as
    likely a title's own ("Firm Dynamics: A Global View"). "Names: Title, Venue, Vol. 3, pp.
    1–9 (2021)." (fields parted by commas alone) is read by :func:`_comma_parted`;
    ``comma_parted``: the CV prints its entries so (:func:`comma_parted_entry`), so that one
    without numbered fields ("Title, arXiv:0704.0001 (2007).") is read the same way.
    ``names_apart``: the names and their colon fill a line of their own (a dblp page pasted as
    text), so the colon is the names' and the guards against a title's colon are not needed."""

    text = re.sub(r"\s+", " ", text).strip()
    head, sep, rest = text.partition(": ")
    if not sep or len(head) > 400:
        return None
    names, truncated = split_author_list(head)
    if not names or not all(plausible_name(n) and 2 <= len(n.split()) <= NAME_WORDS for n in names):
        return None
    if names_apart:
        pass
    elif len(names) == 1 and not (truncated or re.search(r"\b[A-Z]\.", names[0]) or (owner and names[0] == owner)
                                  or _LISTING_TAIL.search(rest)):
        return None
    elif len(names) >= 2 and all(_VANCOUVER_NAME.fullmatch(n) for n in names[:-1]) \
            and not _VANCOUVER_NAME.fullmatch(names[-1]):
        return None  # "Xu M, Tang J. GeoDiff: A Model": the period after "J" ended the names (Vancouver)
    elif _INVERTED_NAME.match(head) and _INITIALS_THEN_WORDS.search(head.rstrip()):  # ("WATCHMAN : A ...")
        return None  # "Gupta, A. & Santini, S. GeMBASE: A Mediator": the period after "S." ended the names
    parted = _comma_parted(rest, comma_parted)
    title, tail = parted if parted else _title_and_tail(rest)
    if len(title) < 4:
        return None
    venue, year = _venue_year(tail)
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)


# The fields after a title parted by commas alone, the year last in brackets: "Title, Venue,
# Vol. 3, No. 2, pp. 1–9 (2021)." (the IPSJ / IEICE style of Japanese lists, after "Names:"):
# the volume, number and pages ("Vol. 3", "No. 2", "pp. 1–9", "p. 12"), then "(2021)".
_NUMBERED_FIELD = r",\s*(?:vol\.|no\.|pp?\.)\s*[\dA-Z][\w\-–]*"
_NUMBERED_FIELDS_END = re.compile(rf"(?P<fields>(?:{_NUMBERED_FIELD})*)\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)\.?$"
                                  # or the volume(issue), the pages and the year last after commas
                                  # ("Title, Venue, 3(2), 1-9, 2021.", JSME's form; since wt-names8)
                                  r"|(?P<bare>,\s*\d{1,5}(?:\s*\(\d{1,4}\))?,\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"
                                  r",\s*(?:19|20)\d\d[a-z]?\.?$",
                                  re.IGNORECASE)
# a stop inside a venue's name is an abbreviation's ("Phys. Rev. Lett.", "J. Fluid Mech.",
# "Nucl.Phys.A"): a capital and at most five small letters, or capitals alone
_ABBREVIATION_STOP = re.compile(r"(?<![^\s.])(?:[A-Z][a-z]{0,5}|[A-Z]{2,})\.(?=\s|[A-Z]|$)")
_STOP = re.compile(r"\.(?=\s|[A-Z]|$)")
# an arXiv identifier alone is a venue, never a title's words ("Title, arXiv:0704.0264 (2007).")
_ARXIV_VENUE = re.compile(r"arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d{1,2})?", re.IGNORECASE)


def _comma_parted(rest: str, loose: bool = False) -> tuple[str, str] | None:
    """(title, the rest) of a title and venue parted by a comma with no sentence end after the
    title ("Title, Venue, Vol. 3, pp. 1–9 (2021)."): the venue is the last comma's field before
    the numbered fields (a title holds commas, a venue's name seldom does), its stops all an
    abbreviation's. None when a sentence ends in the title, when no comma parts a title from a
    venue, or when no numbered field follows the venue, unless the venue is an arXiv
    identifier, or ``loose`` (the CV prints its entries so) and the venue holds no stop."""
    end = _NUMBERED_FIELDS_END.search(rest)
    if end is None:
        return None
    body = rest[:end.start()]
    if "," not in body:
        return None
    cut = body.rindex(",")
    title, venue = body[:cut].strip(), body[cut + 1:].strip()
    if len(title) < 4 or not venue:
        return None
    stops = len(_STOP.findall(venue))
    if stops and len(_ABBREVIATION_STOP.findall(venue)) < stops:
        return None  # "... in Myanmar. Ichthyology & Herpetology 3(2): 1-9": a sentence ends in it
    if not end.group("fields") and not end.group("bare") and not (loose and not stops) and not _ARXIV_VENUE.fullmatch(venue):
        return None
    part = title  # (the venue's own stops, "Phys. Rev. Lett.", end no sentence)
    while True:  # a question or exclamation inside the title goes on ("Do we need it? in-time ...")
        first, tail = _title_and_tail(part)
        if not tail:
            return title, venue + rest[end.start():]
        if not first.endswith(("?", "!")):
            return None
        part = tail


def comma_parted_entry(text: str) -> bool:
    """Whether an entry reads "Names: Title, Venue, Vol. 3, pp. 1–9 (2021)." (its numbered
    fields parted by commas alone): a CV whose entries mostly read so prints them all so."""
    text = re.sub(r"\s+", " ", text).strip()
    head, sep, rest = text.partition(": ")
    return bool(sep) and len(head) <= 400 and _comma_parted(rest) is not None


# the names before the title's period: a consortium paper prints a hundred or more (4000
# characters is some 400 Vancouver names); the class stops at the first period, so the bound
# costs nothing on text with one (until 2026-12-06 600, some 50 names: longer lists were lost)
_VANCOUVER_NAMES_CHARS = 4000
_VANCOUVER_HEAD = re.compile(rf"^(?P<names>[^.]{{3,{_VANCOUVER_NAMES_CHARS}}}?)\.\s+(?P<rest>.+)$")


# what opens the rest of a list of names given name first: an initial, or a surname and the
# comma or joining word after it
_NAMES_GO_ON = re.compile(r"[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:,|\s+(?:and|&)\s)")


def parse_vancouver(text: str) -> ParsedEntry | None:
    """Lee AB, Chen B, Roe C. Title. Venue. 2021;3(2):1-9.: Vancouver (medicine, PubMed),
    the names with bare initials, then the title, then the venue and the year."""
    text = re.sub(r"\s+", " ", text).strip()
    m = _VANCOUVER_HEAD.match(text)
    if not m:
        return None
    names = vancouver_names(m.group("names"))
    if not names or len(names) == 1 and _NAMES_GO_ON.match(m.group("rest")) and not VANCOUVER_DATE.search(text):
        # one name alone before more of a list ("Mark G. L. M. van Doorn, ...", "Ann T. Lee and
        # Bo Chen"): a given name cut at its initial, no Vancouver name
        return None
    title, tail = _title_and_tail(m.group("rest"))
    if len(title) < 4:
        return None
    venue, year = _venue_year(tail)
    if len(names) == 1 and year is None and not VANCOUVER_DATE.search(text):
        # one name alone and no year anywhere: a given name cut at its initial ("Caleb M. Shor
        # Professor of ...", a page's head), no entry by one author
        return None
    return ParsedEntry(authors=names, authors_truncated=bool(re.search(r"et al", m.group("names"))), title=title,
                       venue=venue, year=year)


_TITLE_FIRST = re.compile(r"^(?P<title>.{8,}?)\s*\((?P<names>[^()]{2,400}?),?\s+(?P<year>(?:19|20)\d\d)[a-z]?\)\s*"
                          r"(?P<venue>[^.]{0,200}?)(?:\s+Abstract\b.*|\s*$)")


def parse_title_first(text: str) -> ParsedEntry | None:
    """"Title (Surname, Surname & Surname, 2025) Venue", as citeproc's author-date styles
    print a list under its title (Quarto, pandoc): the names are surnames only."""
    m = _TITLE_FIRST.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [n for n in re.split(r"\s*,\s*|\s*&\s*|\s+and\s+", m.group("names")) if n]
    names, truncated = [n for n in names if n != "et al."], "et al" in m.group("names")
    if not names or any(len(n.split()) > 3 or not n[:1].isupper() for n in names):
        return None
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip().rstrip("."),
                       venue=m.group("venue").strip() or None, year=int(m.group("year")))


# Title quotation marks of other languages, read as the English “ ”: French guillemets with
# their inner spaces ("« Title »", also printed the other way round, "» Title «", in German
# typesetting), German low-high quotes ("„Title“") and two closing quotes ("”Title”", what LaTeX
# prints for an ASCII "Title": both marks come out as ”; the first one stands after a space or at
# the start and before a letter, where no closing mark stands). Only a pair is turned (over a line
# break too): a lone mark is left as printed.
_OTHER_QUOTES = (re.compile(r"«\s*([^«»]{1,400}?)\s*»"), re.compile(r"»\s*([^«»]{1,400}?)\s*«"),
                 re.compile(r"„([^„“”]{1,400}?)[“”]"),
                 re.compile(r"(?:(?<=[\s(\[])|^)”(?=\w)([^“”]{1,400}?)”"))
_OPENING_CLOSER = re.compile(r"(?:(?<=[\s(\[])|^)”\w")


# The full-width forms of ASCII punctuation (U+FF08-FF1B) that Chinese, Japanese and Korean word
# processors set in a reference list, English references too ("Lee A B，Chen B．Title[J]．Venue，
# 2021，3(2)：1-9．", GB/T 7714 as CNKI exports it): the ASCII mark, and a comma, full stop, colon or
# semicolon carries its own space, so one is added where none follows. Since wt-names7.
_FULL_WIDTH = re.compile(r"([，．：；])(?!\s)|[，．：；（）]")
_HALF_WIDTH = {"，": ",", "．": ".", "：": ":", "；": ";", "（": "(", "）": ")"}


# The Japanese middle dot (katakana "・", U+30FB, and its half-width form U+FF65) between two names
# in Latin letters ("Lee, A. B.・Chen, B.・Roe, C.: Title", the Japanese societies' lists): a
# separator, as a semicolon; between Japanese words (a compound's parts) it stays. Since wt-names8.
_NAKAGURO = re.compile(r"(?<=[A-Za-zÀ-ÿ.])\s*[・･]\s*(?=[A-Za-zÀ-ÿ])")


def half_width_punctuation(text: str) -> str:
    """``text`` with :data:`_FULL_WIDTH` punctuation turned ASCII and :data:`_NAKAGURO` dots
    between Latin names turned semicolons."""
    if "・" in text or "･" in text:
        text = _NAKAGURO.sub("; ", text)
    if not any(c in text for c in _HALF_WIDTH):
        return text
    return _FULL_WIDTH.sub(lambda m: _HALF_WIDTH[m.group(0)] + (" " if m.group(1) else ""), text).rstrip()


def standard_quotes(text: str) -> str:
    """``text`` with the title quotation marks of other languages (:data:`_OTHER_QUOTES`)
    turned into “ ”."""
    if "«" not in text and "»" not in text and "„" not in text and not _OPENING_CLOSER.search(text):
        return text
    for pattern in _OTHER_QUOTES:
        # quotation marks inside the title become single ones, as English nests them
        text = pattern.sub(lambda m: "“" + m.group(1).replace("“", "‘").replace("”", "’") + "”", text)
    return text


# the names before a quoted title: a large collaboration prints hundreds of them (4000
# characters is some 300 names); the class stops at the first quotation mark, so the bound
# costs nothing on text without one
_QUOTED = re.compile(r"^(?P<names>[^\"“”]{3,4000}?)(?P<stop>[,.:]?)\s*[\"“](?P<title>[^\"“”]{4,400}?)[,.]?[\"”]\s*[,.]?\s*(?P<rest>.*)$")
# "(With A, B (co-first author), and C.)", "(commentary article, with A and B)": a short note
# may come before "with", and a name may carry a note of its own in parentheses
_WITH = re.compile(r"^(?P<title>.{4,400}?[?!]?)\.?\s*\(\s*(?:[^()]{1,40}?,\s*)?(?:[Ww]ith|[Jj]oint with|w/\.?)\s+"
                   r"(?P<names>(?:[^()]|\([^()]*\)){2,300}?)\.?\)[.,]?\s*(?P<rest>.*)$")


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter)[a-z]*\.?"
# the date before a venue, bare or in parentheses ("2016. Oikos", "(2016) Oikos 125: 1-9")
_LEADING_DATE = re.compile(rf"^\(?(?:(?:\d{{1,2}}\s+)?{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d[a-z]?\)?"
                           r"(?:\s*[,.:;]\s*|\s+(?=[A-Z]|[a-z]+[A-Z]))")  # (a camel-case name: "arXiv")
# Words printed before a venue's name: "In:", "Available at SSRN", "Forthcoming in", "Submitted to".
# ("Revise & resubmit at Venue", "R&R at Venue": a paper under revision for a journal, as
# economics and social-science CVs list their working papers)
_STATUS_LEAD = (r"(?:available\s+(?:at|from)|forthcoming\s+(?:in|at)|published\s+in|to\s+appear\s+in|"
                r"accepted\s+(?:at|in|by|for\s+publication\s+in)|submitted\s+to|under\s+review\s+(?:at|in)|"
                r"under\s+contract\s+(?:with|for|at)(?:\s+the)?|"
                r"(?:revise[ds]?|revision)\s*(?:&|and)\s*resubmit(?:ted)?\s*(?:at|to|in|,)|R\s?&\s?R\s*(?:at|to|in|,))\s+")
_VENUE_LEAD = re.compile(r"^(?:" + _STATUS_LEAD + r"|"
                         r"(?:(?:chapter\s+)?in\s+(?:the\s+)?)?book\s*:\s*|"
                         r"in:?\s+(?=[A-Z\d]))", re.I)
_STATUS_THEN_VENUE = re.compile(_STATUS_LEAD + r"(?=\S)", re.I)
# A note in parentheses before the venue ("(on-line paper) Phys. Rev. Letters 20"): no part of it.
_LEADING_NOTE = re.compile(r"^\([a-z][^()\d]{1,29}\)\s*(?=\S)")  # in lower case: "(ICML) 2021" names the venue
# (after "(eds.)" a full stop, or the book's year: "In A and B (eds.). Book", "In A and B (eds.)
# (2005). Book")
# The role's mark in the project's other languages says the same: "(org.)", "(coord.)", "(comp.)"
# (Portuguese, Spanish), "(dir.)" (French), "(Hrsg.)", "(Hg.)" (German).
_EDITORS = re.compile(r"^(?P<before>.{0,300}?)(?:,\s*eds?\.|\((?:eds?|orgs?|coords?|comps?|dirs?|hrsg|hgg?)\.?\)|,\s*editors?)"
                      r"(?:\s*\((?:19|20)\d\d[a-z]?\))?\s*[,:.]?\s*", re.I)
_ARXIV_VENUE = re.compile(r"((?:arXiv\s+preprint\s+)?arXiv\s*:?\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)",
                          re.I)
_TRAILING_DATE = re.compile(rf"[,.]?\s+(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?,?\s+(?:19|20)\d\d\b.*$")
# A metadata line's separator between its fields ("Phys. Rev. B · 2021 · Oral", "ICML | 2021"):
# a middle dot, bullet or bar between spaces is never part of a venue's name; a dash is,
# sometimes ("Proc. X – Workshop Y"), so a dash separates only before a year.
# a month alone (and its day) where a venue would be: the rest of a date printed year first
# ("Title. 2025 Jan.", NLM/Vancouver; "2025 Mar 3")
MONTH_ALONE = re.compile(rf"(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?")
_DATE_ALONE = re.compile(rf"(?:(?:\d{{1,2}}\s+)?{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d[a-z]?\.?")
_FIELD_SEPARATOR = re.compile(r"\s+[·•|]\s+|\s+[—–]\s+(?=(?:19|20)\d\d\b)")


def _first_field(text: str) -> str:
    """The first field of a metadata line that is not a date alone: "Venue · 2021" and
    "2021 · Venue" -> "Venue"."""
    fields = [f for f in _FIELD_SEPARATOR.split(text) if f.strip()]
    return next((f for f in fields if not _DATE_ALONE.fullmatch(f.strip())), text)


_ED = re.compile(r"[.,]\s+(?:eds?\.|edited)\s+(?:by\s+)?", re.I)


def _editors_after(text: str) -> str:
    """The book's title when its editors follow it ("Proceedings of X, ed. by A and B. 5-9",
    "Handbook of Y, ed. A, 587-616"); unchanged when the names come first ("A and B, eds.,
    Book Title": :data:`_EDITORS` reads that)."""

    m = _ED.search(text)
    if not m:
        return text
    # "Book Title, Eds. C.L.E. Franzke and T.J. O'Kane, Press": names with initials right after
    # the mark are the editors, so the book's title is before it, even a title whose words
    # read as names ("Nonlinear and Stochastic Climate Dynamics")
    after = split_author_list(re.split(r",\s+(?!and\b)", text[m.end():], maxsplit=1)[0])[0]
    if after and all(plausible_name(n) and re.search(r"\b[A-Z]\.", n) for n in after):
        return text[:m.start()]
    return text if _names_only(text[:m.start()]) else text[:m.start()]


def _names_only(text: str) -> bool:
    """Whether ``text`` is a list of people's names and nothing else ("Ann Lee and Bo Chen")."""

    names, _ = split_author_list(_VENUE_LEAD.sub("", text))
    return bool(names) and all(plausible_name(n) for n in names)


def venue_name(text: str) -> str | None:
    """The venue's name at the head of a citation's tail, without a date before it, volume,
    issue, pages or links ("July 2025, CEPR Discussion Paper 17768" -> "CEPR Discussion
    Paper"; "Oecologia 120: 613-620" -> "Oecologia")."""
    text = _first_field(text.strip(" ,.;"))
    text = _STATUS_AROUND.sub("", text).strip(" ,.;")
    if re.fullmatch(_STATUS_WORDS, text, re.I):
        return None  # "In press" where the venue would be: no venue printed ("In" is no lead here)
    if not _PROCEEDINGS_YEAR.match(text):
        text = _LEADING_DATE.sub("", text)
    if MONTH_ALONE.fullmatch(text.strip(" ,.;")):
        return None  # "2025 Jan.": the month of a date printed year first (NLM), no venue
    text = _LEADING_NOTE.sub("", text)
    text = _PLACE_FIRST.sub("", text)
    text = _VENUE_LEAD.sub("", text)
    text = re.sub(rf"^{_THESIS}\s*[,.:]\s*(?=\S)", "", text, flags=re.I)  # "PhD thesis, University of X"
    text = re.split(r"[.,]\s+(?:Eds?\.|Edited)\s+by\b", text)[0]  # "Book Title. Ed. by A and B"
    text = _editors_after(text)  # "Book Title, ed. A and B, 3-9"
    eds = _EDITORS.search(text)
    if eds:
        before = eds.group("before").strip()
        if _names_only(before):
            text = text[eds.end():]  # "A and B, eds., Book Title"
        else:
            text = before  # "Book Title, ed. A and B, volume 2": the editors follow the book
    if UNPUBLISHED.search(text.strip(" .,;")):
        return None
    arxiv = _ARXIV_VENUE.match(text)
    if arxiv:
        return arxiv.group(1)  # "arXiv preprint arXiv:2201.11380", "arXiv:2405.01234 [cond-mat]"
    text = _TRAILING_DATE.sub("", text)
    # the numbers after a venue: its volume, pages ("pp. 1-9", German "S. 1-9" for Seite), a DOI,
    # a date written the ISO way ("Phys. Rev. B 2021-03-01", a works list's date line), a year in
    # brackets ("Phys. Rev. B [2021]");
    # ACS parts a book's fields by semicolons ("In Venue; 2021; pp 1-9")
    text = _ISBN.split(text, maxsplit=1)[0]
    # an article number ("art. no. 123", "Article number 123", Scopus's and publishers' numbering)
    text = _ARTICLE_NUMBER.split(text, maxsplit=1)[0]
    # (ABNT numbers a volume "v. 12, n. 3, p. 1-9", Lattes CVs)
    venue = re.split(r"[,.]?\s+\d+\s*[:(,]|[,.]?\s+\d+(?=\s+\d|\s*$)|[,.;(]\s*(?:\d|https?:|doi|[Vv]ol\b|pp\b|DOI|v\.\s?\d)"
                     r"|,\s*S\.\s*\d|,\s*pages\s+\d|[,.]?\s+(?:19|20)\d\d-[01]\d\b|[,.]?\s*\[(?:19|20)\d\d\]",
                     text, maxsplit=1)[0]
    venue = _QUOTED_HEAD.sub(r"\1", venue.strip(" .,;"))
    venue = _QUOTED_VENUE.sub(r"\1", venue).strip(" .,;")
    if _FIELD_LABEL_ALONE.fullmatch(venue):
        return None  # "Vol.39, No.3, pp.1-9 (2014)" read as the venue: a numbered field's label, no name
    return None if _YEAR_ALONE.fullmatch(venue) else venue or None


# The label of a numbered field alone ("Vol", "No.", "pp"), what is left of a tail of numbered
# fields with no venue's name before them (since wt-names8)
_FIELD_LABEL_ALONE = re.compile(r"(?i:vol|no|nr|pp?|issue|art)\.?")


# A book's place printed before its publisher, a city and its country's or state's code of two
# or three capitals ("Exeter, UK. Publisher", "Ithaca, NY: Publisher"): where, not which venue.
_PLACE_FIRST = re.compile(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},\s*[A-Z]{2,3}[.:]\s+(?=[A-Z])")
# A year that opens a proceedings' name, the entry's year printed again after it (IEEE's "2021
# International Conference on X, Place, 2021, pp. 1-9"): part of the name, not a date before it.
_PROCEEDINGS_YEAR = re.compile(r"^((?:19|20)\d\d)\s+(?=[A-Z])[^,]*,.*?(?<!\d)\1(?!\d)")
# An article's number after its venue ("Graph Letters, art. no. 123", "..., Article number 12"):
# numbering, like a volume, no part of the venue's name.
_ARTICLE_NUMBER = re.compile(r"[,;.]?\s*\b(?:art\.\s*no\.|article\s+(?:no\.|number)|article\s+(?=[A-Za-z]?\d))", re.I)
# A book's ISBN after its publisher: an identifier, like a DOI, no part of the venue's name.
_ISBN = re.compile(r"[,.;]?\s*\bISBN(?:-1[03])?\b")


# A year alone where the venue would be ('Names, "Title," 2017.'): the date of a paper printed
# with no venue, which the caller reads as the year.
_YEAR_ALONE = re.compile(r"\(?(?:19|20)\d\d[a-z]?\)?")


# Where the paper stands, printed before or after its venue's name and no part of it:
# "submitted, arXiv:2103.04567", "Ann. Probab. (in press)", "Quiet Letters, to appear"
_STATUS_WORDS = r"(?:in\s+press|to\s+appear|forthcoming|accepted|submitted|under\s+review|in\s+preparation)"
_STATUS_AROUND = re.compile(rf"^(?:{_STATUS_WORDS}|preprint)\s*(?:\((?:19|20)\d\d\))?\s*[,;:]\s*(?=arXiv)|"
                            rf"^{_STATUS_WORDS}\s*[,;:]\s*(?=\S)|[,;]?\s*\(\s*{_STATUS_WORDS}\s*\)\s*\.?$"
                            rf"|,\s*{_STATUS_WORDS}\s*\.?$", re.I)
_QUOTED_VENUE = re.compile(r"^[\"“]([^\"“”]+)[\"”]$")  # a book's title in quotes: the marks are punctuation
# a series' name in quotes that opens the venue ('“Quiet Studies” series published by X'): the
# quoted name is the venue's ('“Book” by A. Author', a book and its author, stays whole)
_QUOTED_HEAD = re.compile(r"^[\"“]([^\"“”]{3,})[\"”]\s+(?:book\s+)?series\b.*$", re.I)
_ARXIV_ID = re.compile(r"arXiv:\s*(\d\d)(?:0[1-9]|1[0-2])\.\d{4,5}", re.I)


def _venue_year(rest: str) -> tuple[str | None, int | None]:
    years = YEAR_IN_TEXT.findall(re.sub(r"\b(?:doi:\s*|https?://)\S+", " ", rest))
    if not years:  # "arXiv:2405.01234": a new-style identifier starts with the year and month
        arxiv = _ARXIV_ID.search(rest)
        return venue_name(rest), 2000 + int(arxiv.group(1)) if arxiv else None
    return venue_name(rest), int(years[-1])


_ENDS_WITH_INITIAL = re.compile(r"(?:^|[\s.\-])[A-Z]$")


def parse_quoted(text: str) -> ParsedEntry | None:
    """Authors, "Title," Venue Year: the title in quotation marks (Chicago, IEEE styles)."""

    m = _QUOTED.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    head = m.group("names")
    if m.group("stop") == "." and _ENDS_WITH_INITIAL.search(head):
        head += "."  # 'Abara, R. "Title."': the stop before the quote is the last initial's period
    names, truncated = split_author_list(re.sub(r"\s*\([^()]*\)", "", head))  # "(including Kai Wu)"
    if not names or any(len(n.split()) > NAME_WORDS or re.search(r"\d", n) for n in names):
        return None
    venue, year = _venue_year(m.group("rest"))
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip(), venue=venue,
                       year=year)


# A title in single quotation marks after the names (the physics comma style, "Ann Lee and
# Bo Chen, ‘Title’, Phys. Rev. C 92, 061602 (2015)."), each kind of mark closed by its own
# (the closing one may be straight or typographic as the opening). The closing mark must be
# followed by the comma (or have it inside) and a space: a possessive's apostrophe inside a title
# ("Green's", "sapiens’ range") has a letter or a space after it, never a comma.
_SINGLE_QUOTES = {"‘": "’", "'": "'"}


_GLUED_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.-?)+[A-ZÀ-ÖØ-Þ][\w'’\-]+")


def _names_pieces(pieces: list[str]) -> tuple[list[str], bool, int]:
    """(the names, truncated, how many of ``pieces`` they fill) of the comma pieces that open a
    reference while each is a list of people's names (``split_author_list``, each name
    ``author_lists.plausible_name`` of two to ``NAME_WORDS`` words, no digit): "Ann Lee", "Bo Chen and
    C. Roe", "and Dee Ray" (a serial comma's last name) closes the list."""

    names: list[str] = []
    truncated = False
    k = 0
    while k < len(pieces):
        last = bool(re.match(r"(?:and|&)\s+(?=[A-Z])", pieces[k])) and k > 0
        piece = re.sub(r"^(?:and|&)\s+", "", pieces[k]) if last else pieces[k]
        if re.fullmatch(r"et\.?\s*al\.?", piece):
            truncated = bool(names)
            k += 1
            break
        got, cut = split_author_list(piece)
        # (one word alone is half of an inverted name, "Lee, A.": another style; initials run
        # into the surname, "Q.Wang", are a whole name)
        if not got or not all(plausible_name(n) and (2 <= len(n.split()) <= NAME_WORDS or _GLUED_INITIALS.fullmatch(n))
                              and not re.search(r"\d", n) for n in got):
            break
        names += got
        truncated = truncated or cut
        k += 1
        if last:
            break
    return names, truncated, k


def parse_names_comma_title(text: str) -> ParsedEntry | None:
    """Ann Lee, Bo Chen, and Carl Roe, ‘Title’, Phys. Rev. C 92, 061602 (2015): the physics
    comma style with names printed given name first (full or as initials), each in its comma
    piece, the title in single quotation marks (typographic or straight) or in none, then the
    journal with its volume and pages and the year (in brackets, or after the volume).

    Without quotation marks the title is the pieces from the first one that is not names up to
    the first that opens like a journal with its numbers (``_VENUE_START``) or a paper's status;
    that reading needs a year after the title and a title of ``_COMMA_TITLE_WORDS`` words or
    more that is not itself a list of names. None when the text is not so."""
    text = re.sub(r"\s+", " ", text).strip()
    pieces = text.split(", ")
    names, truncated, k = _names_pieces(pieces)
    if not names or k >= len(pieces):
        return None
    rest = ", ".join(pieces[k:])
    close = _SINGLE_QUOTES.get(rest[:1])
    if close is not None:
        closes = "’'" if close == "’" else close  # a typographic opening closed by a straight mark too
        m = re.match(rf".(?P<title>.{{4,400}}?)(?:[,.][{closes}]|[{closes}][,.:;])\s*(?P<rest>.*)$", rest)
        if not m:
            return None
        title, tail = m.group("title").strip(), m.group("rest")
    else:
        after = pieces[k:]
        end = next((j for j in range(1, len(after)) if _VENUE_START.match(after[j]) or _STATUS_PIECE.match(after[j])),
                   None)
        # (only where every name is printed initials first, Science's way, and the title opens
        # with no name of another form: "von Fintel K, Matthewson L. Title" is Vancouver's, "A.
        # Lee, B. Chen: Title" dblp's)
        stopped = _title_and_tail(rest) if end is None and all(
            _initials_first(re.sub(r"\s+et\s+al\.?$", "", p)) for p in pieces[:k]) else None
        if end is None and not (stopped and stopped[1] and _VENUE_START.match(stopped[1])
                                and not _OPENS_WITH_A_NAME.match(stopped[0])
                                and not _initials_first(stopped[0].partition(": ")[0])
                                and not _names_only(stopped[0]) and not _names_before_colon(stopped[0])):
            return None
        if stopped:
            # the title ended by a full stop before the journal and its numbers ("A. B. Lee, B. Chen,
            # Title. Venue 3, 1-9 (2021)", Science's style; since wt-names8)
            title, tail = stopped
            after, end = [title, *tail.split(", ")], 1
        else:
            title, tail = ", ".join(after[:end]).strip(), ", ".join(after[end:])
        # the journal's numbers say the title has ended: a year after it, or its pages in a
        # piece of their own ("Phys. Rev. C 108, 034612", an entry printed before its year)
        numbered = YEAR_IN_TEXT.search(tail) or (end + 1 < len(after) and _NUMBERS_PIECE.match(after[end + 1].strip()))
        if (len(title.split()) < _COMMA_TITLE_WORDS or _names_only(title) or title[:1] in "\"“”’" or not numbered
                or _initials_first(after[0])):  # a name the list did not take ends no list: not this style's reading
            return None
    venue, year = _venue_year(tail)
    if not title or (year is None and venue is None):
        return None
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)


def _names_before_colon(title: str) -> bool:
    """Whether a title opens with two names or more and a colon or a stop ("Bo Chen and Cy Roe:
    Title", "Bo Chen and Cy Roe*. Title"): the rest of a names list the reading cut short, no
    title (a subtitle's colon follows words)."""
    m = re.search(r":\s|[*†‡]*\.\s", title)
    head = title[:m.start()] if m else ""
    if not head or len(head) > 200:
        return False
    names = split_author_list(head)[0]
    return len(names) >= 2 and all(plausible_name(n) for n in names)


# a title opening with a surname and bare or stopped initials ("Matthewson L. Universals in ..."):
# a name the list did not take, no title's start
# (or with initials, "A. S. de Castro och M. Malheiro: Title": a name printed initials first)
_OPENS_WITH_A_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]+\s(?:[A-Z]{1,3}\b|(?:[A-Z]\.\s?){1,3})(?:\s|$)"
                                r"|^(?:[A-ZÀ-ÖØ-Þ]\.\s?-?)+\s?[A-ZÀ-ÖØ-Þ]")


# An unquoted title between commas is told from one more name by its words: a title of fewer
# words ("Quantum Chaos") reads as a name; three words is the shortest the style's titles
# were seen with that no name list holds (a name of three capitalised words is read as names
# first, so this only bounds what is left after them).
_COMMA_TITLE_WORDS = 3


def _first_sentence(text: str) -> str:
    """Text up to its first sentence end; the period of an initial ("M. Lee") is not one."""
    for m in re.finditer(r"\.\s", text):
        token = re.split(r"[\s.\-]", text[:m.start()])[-1]
        if not (1 <= len(token) <= 2 and token[0].isupper()):  # "M.", "Th.", "Ș."
            return text[:m.start()]
    return text


_GLUED_COMMA = re.compile(r",(?=[A-Z])")


def parse_with_coauthors(text: str) -> ParsedEntry | None:
    """Title. (With A, B and C.) Venue: a CV's own list, where the owner is implied; the
    authors are the co-authors, marked truncated (the owner is not named)."""

    m = _WITH.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    # (a comma glued to the next name, "J. Huizenga,T. Szemberg", parts the two names as a spaced
    # one does: unspaced, the next name's initial would read as a word ending the first sentence)
    names = _GLUED_COMMA.sub(", ", re.sub(r"\s*\([^()]*\)", "", m.group("names")))
    names, _ = split_author_list(_first_sentence(names))
    names = [n for n in names if not re.search(r"\d|:", n)]
    if not names:
        return None
    venue, year = _venue_year(m.group("rest"))
    return ParsedEntry(authors=names, authors_truncated=True, title=m.group("title").strip(), venue=venue, year=year)


# (an apostrophe inside the title, "Doesn’t", is no closing quote: it has a letter after it)
_QUOTED_FIRST = re.compile(r"^[\"“‘'](?P<title>(?:[^\"“”‘’]|’(?=\w)){4,400}?)[,.]?[\"”’'][.,:]?\s+(?P<rest>.+)$")


_FIELD_DASH = re.compile(r", |\s+[\u2013\u2014]\s+")
_LEAD_DASH = re.compile(r"^[\u2013\u2014]\s+")
_YEAR_ALONE = re.compile(r"\(?(?:19|20)\d\d[a-z]?\)?\.?")


# words in lower case that stand after a list of names and are no account's name
_NOT_A_HANDLE = re.compile(r"^(?:preprint|e-?print|submitted|accepted|forthcoming|published|unpublished|manuscript|"
                           r"online|software|dataset|data|code|zenodo|github|gitlab|figshare|arxiv|biorxiv|medrxiv|"
                           r"in\s|to\s|under\s|and\s|with\s|et\s)", re.I)


def parse_quoted_title_first(text: str) -> ParsedEntry | None:
    """'Title'. Authors, Venue, vol. 85, 2025: a quoted title first, then the names (moderncv
    and hand-made physics CVs). A venue run into the last name without a comma ("Sayan Kar
    European Physical Journal C") is cut off where the venue's words begin."""
    from .cv_pdf_render import venue_like

    m = _QUOTED_FIRST.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    # (a dash between spaces parts the fields after the title as a comma does: '"Title" – A.
    # Lee, B. Chen – Venue – 2021', as Europass CVs print them)
    pieces = _FIELD_DASH.split(_LEAD_DASH.sub("", m.group("rest")))
    # (a year alone is no venue's numbers: the piece before it need not be a venue, '"Title" –
    # A. Lee, B. Chen – 2021' prints none)
    furniture = next((j for j, p in enumerate(pieces) if re.match(r"(?:vol|no|pp?)\.?\s*\d|\d", p)
                      and not _YEAR_ALONE.fullmatch(p)), None)
    if furniture is not None and furniture >= 2:  # "Names, Venue, vol. 85": the venue is just before the numbers
        names, truncated = split_author_list(", ".join(pieces[:furniture - 1]))
        if names and all(plausible_name(n) and len(n.split()) <= 4 for n in names):
            venue, year = _venue_year(", ".join(pieces[furniture - 1:]))
            return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip(),
                               venue=venue, year=year)
    names = []
    truncated = False
    k = 0
    while k < len(pieces):
        got, cut = split_author_list(pieces[k])
        # a code host's handle among the names of a software release ("Pontzen, svstopyra, Rey &
        # rc-softdev-admin"): a name where the list goes on after it with a person's name, or
        # "&" / "and" closes the list on it
        handle = bool(got) and bool(names) and not _NOT_A_HANDLE.match(pieces[k]) \
            and all(plausible_name(n) or _HANDLE.fullmatch(n) for n in got) \
            and (len(got) >= 2 or any(plausible_name(n) for p in pieces[k + 1:k + 4] for n in split_author_list(p)[0]))
        if got and (handle or all(plausible_name(n) and len(n.split()) <= 4 for n in got)):
            names += got
            truncated = truncated or cut
            k += 1
            continue
        if got and all(plausible_name(n) for n in got[:-1]):  # "... and Sayan Kar European Physical Journal C"
            words = got[-1].split()
            split = next((j for j in (2, 3) if j < len(words) and venue_like(" ".join(words[j:]))), None)
            if split:
                names += got[:-1] + [" ".join(words[:split])]
                pieces[k] = " ".join(words[split:])
        break
    if not names or not (all(plausible_name(n) for n in names) or names_with_handles(names)):
        return None
    venue, year = _venue_year(", ".join(pieces[k:]))
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip(), venue=venue,
                       year=year)


_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals, with the accented Latin ones
_INITIALS_NAME = re.compile(rf"^(?:and\s+)?(?:[{_UP}][a-z]?\.\s?-?\s?)+(?:[a-z]{{1,3}}\s)?[{_UP}][\w'’\-]+(?:\s[{_UP}][\w'’\-]+)?$")
# An abbreviated venue: "Phys. Rev. E 108", "SciPost Phys. 14", "EPL 146", "J. Stat. Mech.",
# maybe after its year ("2024 EPL 146 27001"), or a preprint server; a venue's acronym may stand
# in parentheses among its words ("ACM Transactions on Database Systems (TODS) 25").
# A thesis names its kind where a venue would be ("PhD dissertation, University of X").
_THESIS = r"(?:Ph\.?\s?D\.?|Doctoral|Master'?s|M\.?\s?Sc\.?|M\.?A\.?|B\.?\s?Sc\.?|Bachelor'?s|Diploma)\s+(?:dissertation|thesis)"
# (a venue after "in:", as Elsevier's and Harvard's styles print a book or proceedings: "...,
# Title, in: Proc. Int. Conf. Mach. Learn., 2021, pp. 1-9."; with the colon, never a title's start)
_VENUE_START = re.compile(r"^(?:(?:19|20)\d\d\s+)?(?:[Ii]n:\s|arXiv|bioRxiv|medRxiv|" + _THESIS + "|"
                          r"(?:[A-Z][A-Za-z&\-]*\.?:?\s?|(?:and|of|the|in|for|on|&)\s|\([A-Z][A-Za-z&\-]*\)\s?){1,10}\(?\d|"
                          r"(?:[A-Z][A-Za-z]{0,12}\.\s?){2,})")


# A piece after the title that says where the paper stands rather than naming its venue:
# "to appear in Combinatorica", "submitted", "in press", "forthcoming in ...": the title has
# ended (a title's piece never opens with these words in lower case)
_STATUS_PIECE = re.compile(r"^(?:(?:to\s+appear|forthcoming|accepted|submitted|published)(?:\s+(?:in|at|to|by|for)\b|\W*$)"
                           r"|in\s+press\b|under\s+review\b|in\s+preparation\b)")


# "R.I.", "L.F.A", "J.-P.", "Ch.", and two run together with one stop ("PP. Ntumba")
_INITIALS = re.compile(rf"^(?:[{_UP}][a-z]?\.-?)+(?:[{_UP}])?$|^[{_UP}]$|^[{_UP}]{{2}}\.$")
_PARTICLE = re.compile(r"^(?:van|von|der|den|de|del|della|da|di|du|dos|das|le|la|ter|ten|bin|al|el)$")


_VENUE_NAME_ONLY = re.compile(r"^(?:[A-Z][\w&\-]*\.?\s?|(?:and|of|the|in|for|on|&)\s?){1,8}\s?\.?$")


# A piece of a comma-separated reference that holds only a venue's numbers: "60(12)",
# "12(3):1-9", "pp. 1–9", "vol. 3", "206–222."
_NUMBERS_PIECE = re.compile(r"^(?:(?:vol|no|pp?)\.\s*)?\d+[A-Za-z]?(?:\s*\(\d+(?:[–-]\d+)?\))?"
                            r"(?:\s*[:–-]\s*\d+(?:[–-]\d+)?)?\.?$")


def _initials_first(piece: str) -> bool:
    """"R.I. Woolway", "A. C. Albe dos Santos", "and E. Jennings": initials, then a surname."""
    words = re.sub(r"^and\s+", "", piece).split()
    k = 0
    while k < len(words) and _INITIALS.match(words[k]):
        k += 1
    rest = words[k:]
    return (k >= 1 and 1 <= len(rest) <= 4 and (rest[-1][:1].isupper() or _MARKED_SURNAME.match(rest[-1]))
            and all(w[:1].isupper() or _PARTICLE.match(w) or _MARKED_SURNAME.match(w) for w in rest)
            and not any(re.search(r"\d|[()\[\]]", w) for w in rest))


# a surname whose particle is joined to it by a hyphen or an apostrophe ("al-Qaimari",
# "d'Alembert"), as author_lists reads it
_MARKED_SURNAME = _MARKED_PARTICLE


def _surname_first_names(pieces: list[str]) -> tuple[list[str], list[str]] | None:
    """(the names, given name first, the pieces after them) when the pieces open with one name
    or more printed surname first with initials after it ("von Fintel K.", "Gillies A.S.");
    None when the first piece is not such a name."""

    names = []
    for k, piece in enumerate(pieces):
        turned = _surname_initials_first(piece)
        if turned is None:
            return (names, pieces[k:]) if names else None
        names.append(turned)
    return None


# A group that closes a list of people in a piece of its own ("and the ATLAS Collaboration")
_GROUP_PIECE = re.compile(r"(?:(?:and|&)\s+)?the\s+(?:[\w./&\-+]+\s){1,6}(?:Collaborations?|Consortium|Consortia|Team|Group)",
                          re.IGNORECASE)


def parse_initials_list(text: str) -> ParsedEntry | None:
    """A. Lee, B. Chen, Title of the paper, Phys. Rev. E 108, 014112 (2023): names with
    initials first, then the title, then an abbreviated venue, all between commas (the
    physics style); the title ends where a piece starts like an abbreviated venue."""
    pieces = re.sub(r"\s+", " ", text).strip().split(", ")
    names: list[str] = []
    truncated = False
    turned = _surname_first_names(pieces)
    if turned:
        # "Lee A.B., Roe C., Title, Venue, 12(3):1-9, 2021" (European CVs): every name surname
        # first with its initials after it, each in its own piece; read given name first
        names, pieces = turned
    while pieces and not truncated and not turned:
        if re.fullmatch(r"et\.?\s*al\.?", pieces[0]):  # "A. Lee, B. Chen, et al., Title"
            truncated = bool(names)
            pieces.pop(0)
            break

        if names and _GROUP_PIECE.fullmatch(pieces[0]):
            truncated = True  # "A. Lee, B. Chen, and the ATLAS Collaboration, Title": the group closes the list
            pieces.pop(0)
            break
        head, grouped = without_group(pieces[0])  # "A. Lee (for the CMS Collaboration)"
        head, cut = re.subn(r"\s+et\.?\s*al\.?$", "", head)  # "T. Akaishi et al., Title"
        cut += grouped
        if names and "." in names[0].split()[0] and re.match(r"[A-Z]\s", head):
            break  # "A. Lee and B. Chen, A New Join Algorithm": a list that stops its initials has no bare one
        # "A. Lee and B. Chen, Title" (the two-name form of the style): each side a name
        both = head.split(" and ")
        if len(both) == 2 and all(_initials_first(b) for b in both):
            names += both
        elif _initials_first(head):
            names.append(re.sub(r"^and\s+", "", head))
        else:
            break
        truncated = bool(cut)
        pieces.pop(0)
    if not names or len(pieces) < 2:
        return None
    k = 0
    end = next((j for j in range(k + 1, len(pieces))
                if _VENUE_START.match(pieces[j]) or _STATUS_PIECE.match(pieces[j])), None)
    if end is None:
        # "..., Title, Language and Speech, 60(12), 206–222.": the venue's name alone in its
        # piece, its numbers in the pieces after it (a word processor's comma style)
        end = next((j for j in range(k + 1, len(pieces) - 1)
                    if _VENUE_NAME_ONLY.match(pieces[j].strip()) and _NUMBERS_PIECE.match(pieces[j + 1].strip())),
                   None)
    if end is None and len(pieces) - k >= 2 and _VENUE_NAME_ONLY.match(pieces[-1].strip()):
        end = len(pieces) - 1  # "..., Title, Limnology & Oceanography." (no volume yet)
    if end is None and len(pieces) - k == 2 and re.fullmatch(r"\(?(?:19|20)\d\d[a-z]?\)?\.?", pieces[-1].strip()):
        # "..., Title, 2007." (printed with no venue: the year alone after a title with no
        # comma; "Title, Venue, 2007" cannot be told from a title with a comma: not read)
        end = len(pieces) - 1
    if end is None:
        return None
    title = ", ".join(pieces[k:end]).strip()
    venue, year = _venue_year(", ".join(pieces[end:]))
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)


def parse_title_only(text: str) -> ParsedEntry | None:
    """Title. Venue, 2021: an entry of a CV's own list that prints no names (the owner is its
    only author, or its author among a collaboration). The title ends at the first sentence
    end or comma after which a venue or a year follows; without one, the text is all title."""
    text = re.sub(r"\s+", " ", text).strip()
    if re.search(r"\(\s*(?:with|joint with|w/)\b|[,.][\"”]\s+(?:with|joint with)\s+[A-Z]", text, re.I):
        return None  # co-authors are printed (in parentheses or after a quoted title): another reader reads it
    # (a comma after a symbol too, "|Vub|, Phys."; a question's mark, kept in the title, only
    # before a venue's look, "Can X be Y? Phil. Trans. A 12": a subtitle may follow it)
    # (a quoted title's closing mark after its own period or comma ends it too: '"Title." Venue',
    # American style puts the stop inside the quotation marks)
    cuts = list(re.finditer(r"(?:(?<=[a-z0-9)\]?!\"”])\.|(?<=\S),|(?<=[?!])|(?<=[.,?!])[\"”])\s+(?=\S)", text))
    # a thesis or a preprint server after a comma ends the title whatever commas the title
    # holds before it ("Title: Case Study of Lake X, Germany, PhD thesis, University, 2019")
    named = [m for m in cuts if _NAMED_KIND.match(text[m.end():])]
    for m in [*named[:1], *cuts]:
        head, rest = text[:m.start()], text[m.end():]
        if _NOT_AN_END.search(text[:m.start() + 1]) or len(head.split()) < 2:
            continue
        # a title that opens with a quotation mark ends at its closing one: what follows is
        # no part of it, whatever it looks like ('"Title," Review of X, forthcoming')
        closed = text[m.start()] in "\"”" and head[:1] in "\"“"
        if _LIST_ITEM.match(rest) and not closed:
            continue  # "workshops, summits, and networking events, Venue": an item of the title's own list
        if text[m.start()].isspace() and not _VENUE_START.match(rest):
            continue
        if closed or YEAR_IN_TEXT.search(rest) or _VENUE_START.match(rest) or _STATUS_THEN_VENUE.match(rest):
            if not _title_only_ok(head):
                return None
            venue, year = _venue_year(rest)
            return ParsedEntry(authors=[], authors_truncated=True, title=head.strip(" \"“”"), venue=venue, year=year)
    if len(text.split()) < 2:
        return None
    return ParsedEntry(authors=[], authors_truncated=True, title=text.strip(" .\"“”"), venue=None, year=None)


_NAMED_KIND = re.compile(r"(?:arXiv|bioRxiv|medRxiv|" + _THESIS + r")\b")
# A comma-piece of lower-case words only (no capital, no digit): a venue's name always holds
# one ("arXiv", "eLife", "npj Quantum"), an item of a list inside a title need not
_LIST_ITEM = re.compile(r"(?:and\s+|or\s+)?[a-z][a-z'’\-]*(?:\s+[a-z][a-z'’\-]*)*\s*(?:,|$)")


def _title_only_ok(title: str) -> bool:
    return not _initials_first(title.split(", ")[0])  # "R.I. Woolway, ...": names are printed


# the year bare or in parentheses ("ICML 2021 “Title”", "*ICML* (2021): “Title”"); a venue's
# name of up to 120 characters ("Proceedings of the 38th International Conference on ...")
_VENUE_FIRST = re.compile(r"^(?P<venue>(?:[A-Z]|(?:arXiv|bioRxiv|medRxiv):)[\w&.:\-/' ]{0,120}?)[,:]?\s+"
                          r"\(?(?P<year>(?:19|20)\d\d)[a-z]?\)?[,:.]?\s+"
                          r"[\"“](?P<title>[^\"“”]{4,400}?)[,.]?[\"”][,.]?\s*"
                          r"(?:\(?(?:with|joint with|w/)\s+(?P<names>[^()]+?)\)?)?[.;]?\s*$")


def parse_venue_first(text: str) -> ParsedEntry | None:
    """VENUE 2025 "Title", with A and B: the venue tag and year first, the title quoted, then
    the co-authors (the owner is implied; with none printed, the owner wrote it alone)."""

    m = _VENUE_FIRST.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names: list[str] = []
    if m.group("names"):
        names, _ = split_author_list(m.group("names"))
        if not names:
            return None
    return ParsedEntry(authors=names, authors_truncated=True, title=m.group("title").strip(),
                       venue=m.group("venue").strip(" ,.:"), year=int(m.group("year")))


# "Lee, A. B.", "de Haro, M. L.", "Chen, X.-L.", "Lee, A.B.": a surname (lower-case particles
# before it or between its capitalised words, "Van den Bussche"; a particle joined by a hyphen
# or an apostrophe, "al-Qaimari", "d'Alembert"; at most three capitalised words), a comma, then
# initials only.
# Marks of equal contribution or the corresponding author typed after a name ("*", "∗", "†", "‡").
_NAME_MARK = r"[*∗†‡]{0,2}"
# (a contribution mark after the surname or the initials, "Lee*, A." or "Lee, A.*", and a
# Unicode hyphen in a surname, "Prado‐Roe", are read with the name: the mark is dropped)
_INVERTED_NAME = re.compile(rf"((?:[a-z]{{1,3}}\s)*(?:(?:al|el|d|dell|l)[-'’])?[{_UP}][\w'’\-‐]*"
                            rf"(?:\s(?:[a-z]{{1,3}}\s)*[{_UP}][\w'’\-‐]*){{0,2}}){_NAME_MARK},\s"
                            rf"((?:[{_UP}][a-z]?\.(?:\s?-\s?|\s)?)+){_NAME_MARK}")
_INVERTED_SEP = re.compile(r"[,;]?\s*(?:&|and)\s+|[,;]\s+")  # ";": ACS ("Lee, A.; Chen, B.")

# A list printed surname first with initials (it opens with :data:`_INVERTED_NAME`) whose last
# person's initials are followed by words before the colon ("..., & Santini, S. GeMBASE: A
# Mediator"): the last initial's full stop ended the names and the words open the title, as no
# given name follows the initials in such a list ("A. Lee, B. Chen: Title" opens with no surname).
_INITIALS_THEN_WORDS = re.compile(rf"(?:^|[,;&]\s*|\band\s+)[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){{0,2}},\s"
                                  rf"(?:[{_UP}][a-z]?\.[\s-]?)+\s*[{_UP}][^\s,;.]+(?:\s[^\s,;]+){{0,3}}$")


# A title may open with a software package's name in lower case, then a colon ("lmtools: A
# package for ...", "`lmtools`: ..."): names never end at a colon, so the names are over.
_SOFTWARE_OPENS = re.compile(r"`?[a-z][\w.\-]*`?:\s+\S")

# Surname-first names whose initials lost some of their stops ("Lee A, Chen B.C., Roe D.E-F.
# Title", "..., Roe P.C Title"): a surname (as _SURNAME_INITIALS_PERSON's, any word after its
# first of two letters or more, so that "Gillies A S" is "A. S. Gillies") then up to four
# initials, each a capital with or without its stop, or an abbreviated given name with its
# stop ("Yu."; without it "Xu" of "Yu Xu" would be one), joined by a hyphen, a space or
# nothing after a stop; a bare capital is never the start of a word ("Lo" of "Lower").
_LOOSE_INITIAL = rf"[{_UP}](?:[a-z]\.|\.|(?![\w'’]))"
_LOOSE_PERSON = re.compile(
    rf"(?P<last>(?:[a-z]{{1,3}}\s)*(?:(?:al|el|d|dell|l)[-'’])?[{_UP}][\w'’\-]*(?:\s(?:[a-z]{{1,3}}\s)*[{_UP}][\w'’\-]+){{0,2}})"
    rf"\s(?P<initials>{_LOOSE_INITIAL}(?:(?:\s?-\s?|\s)?{_LOOSE_INITIAL}){{0,3}})(?=[,;]|\s|$)")
_LOOSE_SEP = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?")


def loose_surname_initials(text: str) -> tuple[list[str], int] | None:
    """(the names given name first, where the list ends) of an opening list of two or more
    people printed "Surname I.J." whose initials lost some of their stops, as hand-typed
    lists do ("Lee A, Chen B.C., Roe D.E-F. Title", "..., Roe P.C Title"); None when the text
    does not open so. A name's own stop must show in the list: in a name before the last,
    or inside the last one's initials (the stop after the last initial may be the
    citation's own: "LEE A B, CHEN C. Title" is Vancouver's and GB/T 7714's form, read by
    their readers); and the last name must print a stop, or its bare last initial could be
    a title's first word ("Roe A Study of"). A title must follow (a capital, a quotation
    mark, a digit, a lower-case package name before a colon)."""
    people, pos = [], 0
    while True:
        m = _LOOSE_PERSON.match(text, pos)
        if not m:
            break
        people.append(m)
        sep = _LOOSE_SEP.match(text, m.end())
        if not sep or not _LOOSE_PERSON.match(text, sep.end()):
            break
        pos = sep.end()
    if len(people) < 2:
        return None
    inits = [m.group("initials") for m in people]
    list_end = people[-1].end()
    bare = re.search(rf"\s[{_UP}]$", inits[-1])
    if bare:  # "Roe J. A Study": the last bare capital after a space is the title's first word
        list_end -= len(inits[-1]) - bare.start()
        inits[-1] = inits[-1][:bare.start()]
    # the last name ends in its stop, or in a capital joined by a hyphen ("T.M-L Title")
    if not re.search(rf"(?:\.|-[{_UP}])$", inits[-1]) or not (
            any("." in i for i in inits[:-1]) or "." in inits[-1][:-1]):
        return None
    end = re.match(r"\.?\s+", text[list_end:])
    rest = text[list_end + end.end():] if end else ""
    if not end or not (rest[:1].isupper() or rest[:1] in "\"“‘'`" or rest[:1].isdigit() or _SOFTWARE_OPENS.match(rest)):
        return None
    names = []
    for m, initials in zip(people, inits):
        # each initial given its stop back ("T.M-L" -> "T.M.-L."), then turned as any "Lee A.B."
        stopped = re.sub(rf"([{_UP}][a-z]?)(?![\w'’.])", r"\1.", initials).replace(". -", ".-")
        names.append(_surname_initials_first(f"{m.group('last')} {stopped}"))
    if any(n is None for n in names):
        return None
    return names, list_end + end.end()


def parse_inverted_initials(text: str) -> ParsedEntry | None:
    """Lee, A., Chen, B. & Roe, C. Title. Venue 3, 1–9 (2021).: every name inverted with its
    initials, "&" or "and" before the last, and no year after the names: the title follows
    them (Nature's, Science's and other journals' reference styles); the year is the last
    one printed after the title."""
    text = re.sub(r"\s+", " ", text).strip()
    names: list[str] = []
    pos = 0
    while True:
        m = _INVERTED_NAME.match(text, pos)
        if not m:
            break
        initials = " ".join(re.findall(rf"[{_UP}][a-z]?\.(?:\s?-\s?[{_UP}][a-z]?\.)?", m.group(2)))
        names.append(re.sub(r"\s?-\s?", "-", initials) + " " + m.group(1))
        pos = m.end()
        sep = _INVERTED_SEP.match(text, pos)
        if not sep or not _INVERTED_NAME.match(text, sep.end()):
            break
        pos = sep.end()
    surname_first = not names
    if not names:  # "Yao D.-X., Lee A. B. Title": each person "Surname I." (two or more)
        end = inverted_initials_list_end(text) if _SURNAME_INITIALS_PERSON.match(text) else None
        head = re.sub(r",?\s*et\.?\s*al\.$", "", text[:end]) if end else ""
        printed = split_author_list(head)[0] if head else []
        # (one alone too in an entry that prints GOST's host mark, whose names are surname first)
        host = len(printed) == 1 and host_mark(text) is not None
        turned = given_first(printed, alone=host)
        if (len(printed) >= 2 or host) and turned != printed:
            names, pos = turned, len(head)
    loose = None if pos and not surname_first else loose_surname_initials(text)
    if loose and loose[1] > pos:  # (the stopped list ended where a stop was missing: "Roe T. M-L., ...")
        names, pos = loose
    rest = text[pos:].strip()
    cut = re.match(r"et al\.?\s", rest) if names else None  # "Brown, J. C. et al. Title"
    truncated = cut is not None
    if cut:
        rest = rest[cut.end():].lstrip()
    if not names or not rest[:1].isupper() and rest[:1] not in "\"“‘'" and not rest[:1].isdigit() \
            and not _SOFTWARE_OPENS.match(rest):
        return None  # "(2021)", ": Title": another style's names (APA, LNCS) read it
    title, tail = _title_and_tail(rest)
    arxiv = re.search(r"[.,]\s+(?=(?:arXiv|bioRxiv|medRxiv)\b)", title)
    if arxiv:  # "Graphene on SiC. arXiv:0704.0216 (2007)": no sentence end was seen after the capital
        title, tail = title[:arxiv.start()], title[arxiv.end():] + " " + tail
    if len(title.split()) < 2:
        return None
    venue, year = _venue_year(tail)
    if venue:
        venue = re.sub(r"\s+\d+\s*[–-]\s*\d+$", "", venue)  # "Venue 1–9 (2021)": the pages
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)


# Australian Harvard (the AGPS Style Manual, as Australian universities teach it): each name
# "Surname, Initials" with the initials run together without stops, the last after "&" (or
# "and"), the year unbracketed straight after the names, the title in single quotation marks
# ("Lee, AB, Chen, B & Roe, C 2021, ‘Title’, Venue, vol. 3, no. 2, pp. 1–9."). The year and the
# quoted title tell the style: "Lee, AB" alone is as likely a surname and a venue's acronym.
# (a surname's particles in lower case or, opening it, capitalised: "van den Bosch", "Van den Bosch")
_AGPS_SURNAME = (r"(?:(?:[a-z]{1,3}|Van|Von|De|Del|Della|Da|Di|Du|Le|La|Dos|Ter|Ten)\s+)?(?:[a-z]{1,3}\s+)?"
                 r"[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?")
_AGPS_PERSON = _AGPS_SURNAME + r",\s+[A-ZÀ-ÖØ-Þ]{1,4}"
_AGPS = re.compile(rf"^(?P<names>{_AGPS_PERSON}(?:,\s+{_AGPS_PERSON})*(?:,?\s+(?:&|and)\s+{_AGPS_PERSON})?)"
                   rf"(?P<et_al>\s+et\s+al\.?)?\s+(?P<year>(?:19|20)\d\d)[a-z]?,\s+"
                   r"[‘'](?P<title>.{4,400}?)[’'](?:,\s*(?P<rest>.*)|\.?)$")
_AGPS_ONE = re.compile(rf"(?P<surname>{_AGPS_SURNAME}),\s+(?P<initials>[A-ZÀ-ÖØ-Þ]{{1,4}})")


def parse_agps_harvard(text: str) -> ParsedEntry | None:
    """Australian Harvard's "Lee, AB, Chen, B & Roe, C 2021, ‘Title’, Venue, vol. 3" (see
    ``_AGPS``): the people given name first ("A. B. Lee"), or None when the text is not so."""
    m = _AGPS.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [" ".join([*(c + "." for c in p.group("initials")), p.group("surname")])
             for p in _AGPS_ONE.finditer(m.group("names"))]
    # (an entry with no venue closes on its title: "Lee, AB 2021, ‘Title’.")
    venue, _year = _venue_year(m.group("rest")) if m.group("rest") else (None, None)
    return ParsedEntry(authors=names, authors_truncated=bool(m.group("et_al")), title=m.group("title").strip(),
                       venue=venue, year=int(m.group("year")))
