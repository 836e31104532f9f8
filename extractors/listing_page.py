"""Paper listing pages: three lines per paper.

1. a header ``[score]CATEGORY Date[Code]``, e.g. ``94.5LGJun 3Code`` or ``CVJul 7, 2022``;
2. the title and the visible author list run together with no separator,
   e.g. ``...to High SparsityLu Yin, You Wu, Zhenyu Zhang et al.`` (or ``... +5``);
3. the abstract (may be missing).

A page may also print the names before the title, a colon between ("Ann Lee, Bo Chen et al.:
Title"), close a header with a note ("(cross-list from math.AP)"), and open with chrome (a
subject's sub-heading) before its first record.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Iterator

from normalizers.dates import LOCALE_MONTH_PATTERN

from .author_lists import OTHER_LANGUAGE_ET_AL
from .base import MONTH_ABBREVIATIONS, Document, Draft, RecordError, excerpt

NAME = "listing_page"
VERSION = 14  # 14: a header's parts between middle dots ("94.5 · cs.LG · Oct 8, 2023 · Code"), a header with the date first then one or more categories ("2023-10-08  cs.LG cs.AI") (wt-seedfmt10); 13: 13: a header's date in a locale's numeric short form ("10/8/2023", "8.10.2023", "2023/10/08") or year first as MEDLINE prints it ("2023 Oct 8"), surnames in capitals hyphenated ("DUTT-MAZUMDER"), a page of surname-first people between semicolons ("Lee, Ann; Chen, Bo; et al."); 12: a header's date in another locale ("8. Okt. 2023", "3. Juni") or as ISO ("2023-10-08", "2023-10"), a decimal comma in the score ("94,5"), another language's et-al mark ("u. a."), names in Vancouver form opening with particles ("van der Lee AB") after a title's full stop, no name with initials both glued before and run after its surname ("S.Harvey P"); 11: marks after names (superscript affiliation numbers, "*", "†"), a rank before the header ("12. LGJun 3"), a title-and-names line wrapped over two lines; 10: HTML character references decoded ("&amp;", "&#224;"), a count of names not shown between names ("Ann Lee, +4 authors, Cy Roe"), arXiv's labelled lines ("Comments:", "Journal-ref:") under the names; 9: a parenthesised note closing the header ("(cross-list from math.AP)"), page chrome before the first record, a page printing the names before the title ("Ann Lee et al.: Title"); 8: "&" before the last name, "and N others" or an ellipsis after the names shown; 7: a space between the header's parts; 6: the day before the month ("8 Oct 2023"), no category; 5: arXiv's category names in the header ("cs.LG", "hep-th"), no title ending in ", P"; 4: "and" before the last name, a header's date as a month and a year; 3: "+N" after
#   the names shown marks a list cut short, as "et al." does

_MONTHS = MONTH_ABBREVIATIONS
# The date: a month, then a day with or without a year ("Jun 3", "Oct 8, 2023"), or a month
# and a year with no day ("Oct 2023", a redesign's header); the four-digit year is tried after
# the day, so "Oct 2023" is never read as the day "20" and a stray "23".
# The category: a short code in capitals ("LG", "HEP"), or arXiv's own name of it ("cs.LG",
# "hep-th", "astro-ph.GA", "cond-mat.str-el", "physics.optics"): an archive in small letters
# (a hyphenated part allowed), then a subject class of two capitals or in small letters.
_CATEGORY = r"[A-Z]{2,5}?|[a-z]+(?:-[a-z]+)?(?:\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)?))?"
# The date may also put the day first ("8 Oct 2023", "3 Jun"), as pages in such locales do,
# and the category may be missing. The score is tried last (lazily): with no category, its
# digits run into the day's ("79.46 Sep 2007"), and the date is read first, the rest being
# the score (its decimals given up from the right until a date reads: "79.4", the day "6").
# A site in another locale prints the day first with its own month names, German with a period
# after the day ("8. Okt. 2023", "3. Juni": normalizers.dates' one table of the locales' month
# names); a biomedical index prints the date as ISO, the day or the month ("2023-10-08", "2023-10").
_DATE = (rf"(?:{_MONTHS})[a-z]*\.? ?(?:\d{{1,2}}(?:, ?\d{{4}})?|(?:19|20)\d\d)"
         rf"|\d{{1,2}} (?:{_MONTHS})[a-z]*\.?(?: (?:19|20)\d\d)?"
         rf"|\d{{1,2}}\.? (?:{LOCALE_MONTH_PATTERN})\.?(?: (?:19|20)\d\d)?"
         r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"
         # a locale's numeric short date (normalizers.dates: "10/8/2023", "8.10.2023", "2023/10/08")
         r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d/\d{1,2}/\d{1,2}"
         # the year first, then the month's name and the day, as MEDLINE prints it ("2023 Oct 8", "2023 Oct")
         rf"|(?:19|20)\d\d (?:{_MONTHS})[a-z]*\.?(?: \d{{1,2}})?")
# A capture that keeps a space between the page's inline elements prints the same header with
# single spaces between its parts ("94.5 LG Jun 3 Code"). A locale's decimal comma may stand in
# the score ("94,5"). The glued reading is tried first
# (the spaces and the score's further decimals lazily): "79.46 Sep 2007" stays 79.4 and the 6th.
# The header may close with a parenthesised note on the record, as arXiv's lists print one on
# a cross-listed or a replaced paper ("cs.LGMar 22, 2007 (cross-list from math.AP)",
# "(replaced)"): words in one pair of parentheses, after everything else.
# A ranked list numbers its records: an ordinal before the header ("12. LGJun 3", "#12 CVJul 7",
# "12) ...") is the record's rank on the page, no part of the header; it is told from a score by
# its closing period or parenthesis and the space after (a score's period has digits after it)
# or by its number sign.
_RANK = r"(?:#\d{1,4}\s+|\d{1,4}[.)]\s+)"
HEADER = re.compile(
    rf"^(?:{_RANK})?(?P<score>\d{{1,3}}(?:[.,]\d+?)?)?? ??(?P<cat>{_CATEGORY})? ??"
    rf"(?P<date>{_DATE}) ??(?P<code>Code)?(?: ?\((?P<note>[^()]{{1,60}})\))?$"
)

# A site that sets the header's parts apart as chips prints them with a middle dot between
# ("94.5 · cs.LG · Oct 8, 2023 · Code"): read as the header with spaces between its parts.
_CHIP_SEP = " · "
# A list that dates its records first prints the date, then the record's categories, one or
# several, space-separated ("2023-10-08  cs.LG cs.AI stat.ML", a rank before some: "#3 ..."):
# a header too. Its categories are arXiv's names with a dot or a hyphen ("cs.LG", "hep-th") or
# short codes in capitals, never bare words in small letters (a sentence opening with a date).
_NAMED_CATEGORY = r"[a-z]+(?:-[a-z]+)?\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)?)|[a-z]+-[a-z]+|[A-Z]{2,5}"
DATE_FIRST_HEADER = re.compile(
    rf"^(?:{_RANK})?(?P<date>{_DATE})\s+(?P<cat>{_NAMED_CATEGORY})(?:\s+(?:{_NAMED_CATEGORY})){{0,7}}"
    r"(?P<score>)(?P<code>)(?P<note>)$")
_HEADER_MOST = 160  # (the other forms are tried only on a line no longer than a header)


def header(line: str) -> re.Match | None:
    """The header ``line`` is (``HEADER``; its parts between middle dots; the date first), or None."""
    m = HEADER.match(line)
    if m or len(line) > _HEADER_MOST:
        return m
    if _CHIP_SEP in line and (m := HEADER.match(line.replace(_CHIP_SEP, " "))):
        return m
    if line[:1].isdigit() or line[:1] == "#":
        return DATE_FIRST_HEADER.match(line)
    return None

# A person's name is judged token by token on its *shape*: every letter replaced by "A"
# (upper case) or "a" (any other letter), so that "Šťastná", "Ďuro" and "Zoë" read like
# "Smith" in any script with case, and the patterns below stay ASCII.
_WORD = r"(?:A['’])?Aa+(?:['’]A?a+)?(?:-A?a+)*(?:-A\.?)?"  # Lee, O'Brien, Catalan-Tatjer, Jean-Pierre, Max-K
# Romanised names written with an inner capital (HongSheng, YoungJu): two or three syllables.
_CAMEL = r"Aa+(?:Aa+){1,2}"
_INITIALS = r"(?:Aa{0,2}\.(?:-?Aa{0,2}\.)*|A-A\.|A(?:\.-?A)+)"  # W., W.S., Yu.N., J.-P., K-C., R.G
_GLUED = rf"{_INITIALS}(?:a['’])?{_WORD}"  # J.P.Lee, A.Rossi, N.d'Arcy
_BARE = "A"  # an initial with no period ("S C Rao"); never glued to a word
_FIRST = re.compile(rf"(?:{_WORD}|{_INITIALS}|{_GLUED}|{_BARE})")
# Later tokens may also be in capitals (OH, III), a surname in capitals hyphenated or with an
# apostrophe too ("DUTT-MAZUMDER", "O'BRIEN": pages printing surnames in capitals). Inner capitals (LeeRoe) are not accepted
# anywhere: a remainder that starts inside the title holds the glued word ("SymmetriesArthur").
_CAPS = r"(?:A['’])?A{2,}(?:-A{2,})*"
_LATER = re.compile(rf"(?:{_WORD}|{_INITIALS}|{_GLUED}|{_BARE}|{_CAPS})")
_ALONE = re.compile(_GLUED)
_FIRST_CAMEL = re.compile(rf"(?:{_WORD}|{_INITIALS}|{_GLUED}|{_BARE}|{_CAMEL})")
_LATER_CAMEL = re.compile(rf"(?:{_WORD}|{_INITIALS}|{_GLUED}|{_BARE}|{_CAPS}|{_CAMEL})")
_SINGLE = re.compile(r"Aa{2,}")  # a one-word name ("Sudha"), accepted only where nothing else reads
# Lower-case particles inside a name (van der Waals, da Silva, bin Laden).
_PARTICLES = frozenset("van von der den de del della da di du le la dos das do bin al ter ten zu in 't ’t op".split())
# Group authors ("The XYZ Collaboration", "the Abc Def team", "Abc Array, XY2
# Collaborations"), also after a person ("Ann Lee for the IceRing Collaboration"):
# up to five names or acronyms before the group word.
_GROUP_WORDS = frozenset("collaboration collaborations team teams consortium group".split())
# XYZ, XY2, IceRing, Hyper-Kilo, LHCb, NuPRISM, Hyper-K, ILL/ESS
_ACRONYM = r"A[A0-9]*"  # XYZ, XY2, D0
_GROUP_PART = rf"(?:{_ACRONYM}|A{{2,}}a|Aa+A+|(?:Aa+)+)"  # and LHCb, NuPRISM, LiU, IceRing
_GROUP_NAME = re.compile(rf"{_GROUP_PART}(?:[-/](?:{_GROUP_PART}|[a0-9]+))*|[0-9]+")
_PLURAL_GROUP = frozenset("collaborations teams consortia groups".split())
# The mark of a list cut short: "et al.", or the count of the names not shown ("+5", as a
# listing prints "Ann Lee, Bo Chen, Cy Roe +5" after a redesign); no name ends in "+" and digits.
# A page may also word the count: "and 5 others", "& 2 more", "+ 3 more" (no name ends in a
# joiner, digits and "others"/"more"), or cut the list with an ellipsis ("Ann Lee, Bo Chen, …",
# "... "): no name ends in one.
# The mark may be another language's (author_lists' one table: "u. a.", "e.a.", "et coll.", ...),
# after a space, in small letters as those styles print it.
_OTHER_ET_AL = "|".join(re.escape(m.rstrip(".")).replace(r"\ ", r"\s?") + r"\.?" for m in OTHER_LANGUAGE_ET_AL)
_ET_AL = re.compile(r",?\s*(?:et al\.?|\+\d{1,4}|(?:and|&|\+)\s*\d{1,4}\s+(?:others?|more)|…|\.\.\."
                    rf"|(?<=\s)(?:{_OTHER_ET_AL}))\s*$")
# What a text must end with for ``_ET_AL`` to match at its end (each alternative's last
# characters; a count ends in a digit, "others"/"more" are ``_WORDED_COUNT_ENDS``): tested
# first, so that a long line ending otherwise (an abstract's sentence) is never searched.
_MARK_TAILS = ("et al", "et al.", "…", "...", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9") + tuple(sorted(
    {w + stop for m in OTHER_LANGUAGE_ET_AL for w in [re.split(r"[\s.]", m.rstrip("."))[-1]] for stop in ("", ".")}))
# The count of names not shown may also stand inside the list, between the names shown first and
# the last author, as citation sites cut a long list ("Ann Lee, Bo Chen, +4 authors, Cy Roe"): a
# comma piece that is such a count alone ("+4", "+4 authors", "4 more", "and 4 others") is no
# name; the list is cut short there.
_COUNT_PIECE = re.compile(r"^(?:\+\s?\d{1,4}(?:\s+(?:authors?|more|others?))?|(?:and\s+)?\d{1,4}\s+(?:more|others?)(?:\s+authors?)?)$")


def _without_count_pieces(parts: list[str]) -> tuple[list[str], bool]:
    """The comma pieces of a list of names with a count of names not shown dropped from inside
    it (never the first piece), and whether one was."""
    kept = [p for k, p in enumerate(parts) if not (k and _COUNT_PIECE.match(p.strip()))]
    return kept, len(kept) < len(parts)
_WORDED_COUNT_ENDS = ("others", "other", "more")
# The most characters other than whitespace a match of ``_ET_AL`` holds: the comma, then its
# longest form ("and", four digits, "others"); its other characters are whitespace.
_MARK_MOST_INK = len(",") + len("and") + 4 + len("others")
# The tail of a text ``_mark`` searches first: long enough to hold more than ``_MARK_MOST_INK``
# such characters on a line of names (names of a few letters, a comma and a space each).
_MARK_TAIL = 48


def _mark(text: str) -> re.Match | None:
    """``_ET_AL.search(text)``, searched only in the text's last ``_MARK_TAIL`` characters
    when they hold more than ``_MARK_MOST_INK`` characters other than whitespace. The pattern
    starts with optional parts, so the regex engine tries it at every character of the text
    (about 5 µs on a title and its names, twice per line with the ``sub`` after it); a match
    runs to the text's end (``$``: or to a final newline), so one starting before the tail
    would hold all of the tail's ink, more than a match can. The pattern looks at nothing
    outside its match (no look-behind, ``\\b`` or ``^``), so a search from the tail's start
    finds the same match. tests/test_listing_mark_prefilter.py compares it with the search."""
    start = len(text) - _MARK_TAIL
    if start > 0 and len("".join(text[start:].split())) > _MARK_MOST_INK:
        return _ET_AL.search(text, start)
    return _ET_AL.search(text)


def _without_mark(text: str, mark: re.Match) -> str:
    """``_ET_AL.sub("", text)`` when ``mark`` is ``_mark(text)``: a match ends the text (or
    stands before its final newline), so there is no other."""
    return text[: mark.start()] + text[mark.end():]


# Surname prefixes written joined to a capital (McKay, MacLeod, DeRoe, BenAmi): the
# only inner capitals a name token may have; the shape reads them as one word.
_JOINED_PREFIX = re.compile(r"^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Ben)(?=[A-Z][a-z])")


# ``_shape`` of an ASCII token in one C call: there ``isupper`` is A-Z and ``isalpha`` A-Za-z.
_ASCII_SHAPE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "A" * 26 + "a" * 26)


def _shape(token: str) -> str:
    m = _JOINED_PREFIX.match(token)
    if m:
        token = token[0] + token[m.end():].lower()
    if token.isascii():
        return token.translate(_ASCII_SHAPE)
    return "".join("A" if c.isupper() else "a" if c.isalpha() else c for c in token)


# A name in Han characters or Hangul, as CJK pages print it: two to four characters, no case.
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}")


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u3040-\u30ff]")


def _cjk(ch: str) -> bool:
    return ch >= "\u3040" and _CJK_CHAR.match(ch) is not None  # asked of every character: ASCII first


# The most tokens other than particles that ``is_person_name`` can accept: a person has at
# most five, and the longest group is a person (five), "for", "the", five names and the group
# word: 13. A longer text (an abstract's tail, which ``_split_point`` offers at each capital)
# is answered False after reading 14 tokens, instead of splitting and sorting all of them.
_MOST_NAME_TOKENS = 5 + 1 + 1 + 5 + 1
_TOKEN = re.compile(r"\S+")
_PARTICLES_BACKWARDS = frozenset(p[::-1] for p in _PARTICLES)
# Texts at most this long go straight to the cache (most calls: a page's names again and
# again); only a longer one is counted first. Either way the answer is ``_is_person_name``'s.
_SHORT_TEXT = 100


def _longer_than_any_name(text: str) -> bool:
    """Whether ``text`` has more than ``_MOST_NAME_TOKENS`` tokens that are no particle."""
    words = 0
    for m in _TOKEN.finditer(text):
        if m.group() not in _PARTICLES:
            words += 1
            if words > _MOST_NAME_TOKENS:
                return True
    return False


def is_person_name(text: str, camel: bool = False) -> bool:
    """Two to five name tokens (see ``_is_person_name``); a long text with more tokens than any
    name has is answered at once, and kept out of the cache (where the many tails of one
    abstract would push the page's names out)."""
    if len(text) > _SHORT_TEXT and _longer_than_any_name(text):
        return False
    return _is_person_name(text, camel)


@lru_cache(maxsize=4096)  # a page names its co-authors again and again (a fifth of the calls on a seed page)
def _is_person_name(text: str, camel: bool = False) -> bool:
    """Two to five name tokens (capitalised words, initials, initials glued to a surname),
    with lower-case particles between them; one glued token alone ("J.P.Lee"); or a group
    author. The first token is never a word with inner capitals: a remainder that starts
    inside a title word ("ResNetKaiming He") must not read as a name. ``camel``: where no
    title word can be glued to the name (a name after a comma, or after a title word in
    lower case), tokens may be romanised names with an inner capital ("HongSheng Zhao")."""
    text = text.strip()
    if not text:
        return False
    if _CJK_NAME.fullmatch(text):
        return True
    tokens = text.split()
    if tokens[-1].lower() in _GROUP_WORDS:
        return _is_group(tokens)
    if len(tokens) == 1:
        return bool(_ALONE.fullmatch(_shape(tokens[0])))
    names = tokens if _PARTICLES.isdisjoint(tokens) else [t for t in tokens if t not in _PARTICLES]
    if not 2 <= len(names) <= 5 or tokens[-1] in _PARTICLES:
        return False
    if tokens[0] in _PARTICLES:
        return _particle_vancouver(tokens)
    first, later = (_FIRST_CAMEL, _LATER_CAMEL) if camel else (_FIRST, _LATER)
    shape = _shape(tokens[0])
    if not first.fullmatch(shape):
        return False
    if len(tokens) > 1 and _VANCOUVER_INITIALS.fullmatch(_shape(tokens[-1])) and _ALONE.fullmatch(shape):
        return False  # initials glued before the surname and run together after it: no one name
    return all(t in _PARTICLES or later.fullmatch(_shape(t)) for t in tokens[1:])


# A name in Vancouver form (the surname, then its initials run together, as PubMed prints names:
# "Lee AB", "Evans NJ II") opens with its surname's lower-case particles ("van der Tak F", "de
# Castro AS"); a name that opens with a particle is read so only: the particles, capitalised
# surname words, then the initials (one to three capitals). A name with initials glued before its
# surname ("S.Harvey") takes none after it ("S.Harvey P" is the end of a title, "...MIPS.", then
# "Harvey P").
_VANCOUVER_INITIALS = re.compile(r"A{1,3}")
_SURNAME_WORD = re.compile(_WORD)


def _particle_vancouver(tokens: list[str]) -> bool:
    k = 0
    while k < len(tokens) and tokens[k] in _PARTICLES:
        k += 1
    words = tokens[k:-1]
    return (0 < k <= 3 and 1 <= len(words) <= 2 and all(_SURNAME_WORD.fullmatch(_shape(w)) for w in words)
            and bool(_VANCOUVER_INITIALS.fullmatch(_shape(tokens[-1]))))


def _is_group(tokens: list[str], word_needed: bool = True) -> bool:
    """``[person] [for] [the] Name ... Collaboration``; without the group word when
    ``word_needed`` is false (a list of groups: "The CMS, LHCb Collaborations")."""
    if "for" in tokens:
        at = tokens.index("for")
        person, tokens = tokens[:at], tokens[at + 1:]
        # the person may be known by one name ("Sinya for the JLQCD Collaboration")
        if person and not (is_person_name(" ".join(person)) or len(person) == 1 and _SINGLE.fullmatch(_shape(person[0]))):
            return False
    if tokens and tokens[0].lower() == "the":
        tokens = tokens[1:]
    inner = tokens[:-1] if word_needed else tokens
    return 1 <= len(inner) <= 5 and all(_GROUP_NAME.fullmatch(_shape(t.rstrip(","))) for t in inner)


def _names(pieces: list[str], first_only: bool = False) -> bool:
    """Whether every piece after the first comma is a name; a piece just before a plural
    group ("..., Hyper-K collaborations") may be a group name without the group word.
    ``first_only``: whether the first piece is (the second only its context)."""
    for k, p in enumerate(pieces[:1] if first_only else pieces):
        before_plural = k + 1 < len(pieces) and pieces[k + 1].split()[-1].lower() in _PLURAL_GROUP
        if not (is_person_name(p, camel=True) or before_plural and _is_group(p.split(), word_needed=False)):
            return False
    return True


_LOWER_WORD = re.compile(r"[a-z]{3,}")  # a title word in lower case (``_split_point``)
# A capital after a character that is no whitespace (``re``'s ``\\s`` is ``str.isspace``).
_GLUE_POINT = re.compile(r"(?<!\s)[A-Z]")


def _earliest_name_start(head: str) -> int:
    """The least position of ``head`` where a name (or group) can start: at a position inside
    a token, the tail holds that token's capitalised end (no particle: particles are lower
    case) and every token after it, so where more than ``_MOST_NAME_TOKENS`` - 1 tokens after
    it are no particle, no name starts (``is_person_name`` would answer False). A long line
    (an abstract read as a possible title-and-names line) is then looked at only near its end."""
    if len(head) <= _SHORT_TEXT:
        return 1
    after = 0  # tokens after the current one that are no particle
    next_start = 1
    backwards = head[::-1]  # the tokens read from the end: only the last few are looked at
    for m in _TOKEN.finditer(backwards):
        if after >= _MOST_NAME_TOKENS:
            return max(1, next_start)
        if m.group() not in _PARTICLES_BACKWARDS:
            after += 1
        next_start = len(head) - m.end()
    return 1


def _points(head: str, start: int | None = None) -> Iterable[int]:
    """The positions ``_split_point`` tries, in order: a superset of those its loop acts on.
    In an ASCII head only a capital after a character that is no whitespace can be the glue
    (there is no Han or Hangul character, and ``isupper`` is A-Z): one regex scan finds those
    instead of a Python step per character. Any other head: every position from 1."""
    start = _earliest_name_start(head) if start is None else start
    if head.isascii():
        return (m.start() for m in _GLUE_POINT.finditer(head, start))
    return range(start, len(head))


def _split_point(head: str, then: str | None) -> int | None:
    """Where the first author's name starts in ``head`` (title glued to that name), or None.
    ``then``: the piece after the first comma, if any."""
    before_plural = bool(then) and then.split()[-1].lower() in _PLURAL_GROUP
    single = None
    start = _earliest_name_start(head)
    for i in _points(head, start):
        ch, prev = head[i], head[i - 1]
        if _cjk(ch) and not _cjk(prev) and _CJK_NAME.fullmatch(head[i:].strip()):
            return i  # a Latin title, then a name in Han characters or Hangul
        if not ch.isupper() or prev.isspace():
            continue
        rest = head[i:]
        dash = prev == "-" and (i < 2 or head[i - 2] in " -")  # "... mixing --Ryo Takahashi"
        if prev in "-(/" and not dash:
            # inside a hyphenated word ("X-Ray"): only a group can start there ("Omega_b-D0 Collaboration")
            if (rest.split()[-1].lower() in _GROUP_WORDS and re.fullmatch(_ACRONYM, _shape(rest.split()[0]))
                    and is_person_name(rest)):
                return i
            continue
        # a title word in lower case glued to the name: no title word runs on into it
        # (a small letter before: the text before ends in a word, its last one found from the right)
        camel = prev.islower() and _LOWER_WORD.fullmatch(head[:i].rsplit(None, 1)[-1])
        if is_person_name(rest, camel=bool(camel)) or before_plural and _is_group(rest.split(), word_needed=False):
            return i
        if single is None and then and prev.islower() and _SINGLE.fullmatch(_shape(rest)):
            single = i  # a one-word first author, if no name of two words or more reads
    if single is None and "." in head:
        # a title closed by its full stop, glued to a first name that opens with its particles
        # ("...line spectra.van der Tak F": Vancouver form, ``_particle_vancouver``); looked for
        # only where a name can start (``_earliest_name_start``: near a long line's end)
        for m in _STOP_THEN_PARTICLE.finditer(head, start):
            if is_person_name(head[m.end():]):
                return m.end()
    return single


_STOP_THEN_PARTICLE = re.compile(r"(?<=[a-z0-9)][.?!])(?=[a-z]{1,3} )")


# The joiner before a whole list's last name: "and", or the ampersand some pages print
# ("Ann Lee, Bo Chen & Cy Roe"); the same reading for both.
_LAST_AND = re.compile(r"\s+(?:and|&)\s+(?=\S+$|\S+(?:\s+\S+){1,4}$)")


def and_parts(parts: list[str]) -> list[str]:
    """The comma-separated parts with "and" (or "&") before the last name read as a comma ("Ann
    Lee and Bo Chen", "Ann Lee, Bo Chen, and Cy Roe", "Ann Lee & Bo Chen"), as a page prints a whole short list: the
    last part is split at its last " and " when what follows reads as a person's name, so a
    title's own "and" ("Cats and Dogs") stays in the title."""
    last = parts[-1]
    found = None
    for m in _LAST_AND.finditer(last):
        found = m
    # (no inner capitals after the "and": a title's own "and" then a title word glued to the
    # first author, "Cats and DogsAnn Lee", must not read as a name)
    if found is None or not is_person_name(last[found.end():]):
        return parts
    before = last[: found.start()]
    if not before.strip():  # ", and Cy Roe": the Oxford comma's part holds only the "and"
        return [*parts[:-1], last[found.end():]]
    return [*parts[:-1], before, " " + last[found.end():]]


# A page that renders the paper's author block prints each name's marks after it: superscript
# affiliation numbers ("Ann Lee¹²", "Cy Roe¹,³") and the equal-contribution / corresponding-author
# signs ("Bo Chen²*", "De Lu†"). They are no part of the name: taken off where they close a
# capitalised word (a name's last) before the next name, an "and", "et al." or the line's end
# (a title's "x²" in a lower-case word, or marks inside a title followed by more title, stay).
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RUN = f"[{_SUPERSCRIPT_DIGITS}]+(?:,[{_SUPERSCRIPT_DIGITS}]+)*"
_NAME_MARKS = re.compile(
    rf"(?P<word>\b[^\W\d_{_SUPERSCRIPT_DIGITS}]+\.?)"
    rf"(?:{_SUP_RUN}[*†‡§]*|[*†‡§]+(?:{_SUP_RUN})?)"
    r"(?=,\s|\s+(?:and|&)\s|\s+et al\b|\s*,?\s*\+\d|\s*$)")


def marks_off(line: str) -> str:
    """``line`` with the marks after its names taken off (see ``_NAME_MARKS``)."""
    if not any(c in line for c in _SUPERSCRIPT_DIGITS) and not any(c in line for c in "*†‡§"):
        return line
    return _NAME_MARKS.sub(lambda m: m.group("word") if m.group("word")[0].isupper() else m.group(0), line)


def split_title_authors(line: str) -> tuple[str, list[str], bool] | None:
    """Split ``<title><First Author>, <Author>, ... [et al.]`` into its parts.

    The first author's given name is glued to the title's last character, so the split
    point is a capital letter directly after a non-space character. Of the candidate
    points, the leftmost one whose remainder reads as a person's name wins: names are two
    to five capitalised tokens, and a remainder that starts inside the title spans the
    glued word ("SparsityLu"), which no name token matches; so the leftmost valid point is
    the glue, and a point further right would cut the first author's own initials
    ("SpectroscopyW.S. Lee" must not become "...SpectroscopyW." and "S. Lee"). A one-word
    first author ("opticsSudha, A. V. Rao") is taken only when no longer name reads.
    Returns None when no split reads as a name.
    """
    line = marks_off(line.strip())
    # (the mark is looked for only where a line can end in one: "et al." / "et al" / "+5")
    mark = _mark(line) if line.endswith(_MARK_TAILS) or line.endswith(_WORDED_COUNT_ENDS) else None
    truncated = mark is not None
    body = _without_mark(line, mark) if truncated else line
    plain = body.split(",")
    anded = and_parts(plain)
    if anded is not plain:
        # "and" stands between two names: a reading with fewer than two names put the "and"
        # before the first author, inside the title ("..., Berman, and DeSwart" + the author)
        got = _split(anded, truncated)
        if got is not None and len(got[1]) >= 2:
            return got
    return _split(plain, truncated)


def _first_all_names(parts: list[str]) -> int:
    """The least ``k`` for which the pieces after ``parts[k]`` (the empty ones and the counts
    left out, as ``_split`` leaves them) can all read as names (``_names``): whether a piece
    reads depends on it and the piece after it only, so the pieces that do not read are the
    same in every tail, and a tail holding the last of them never reads. Found from the right,
    so that an abstract's many commas cost one piece each, not one tail each."""
    kept = [k for k in range(1, len(parts)) if parts[k] and not _COUNT_PIECE.match(parts[k])]
    for j in range(len(kept) - 1, -1, -1):
        if not _names([parts[k] for k in kept[j:j + 2]], first_only=True):
            return kept[j]
    return 0


def _split(raw_parts: list[str], truncated: bool) -> tuple[str, list[str], bool] | None:
    """``split_title_authors`` of the line's comma-separated parts."""
    parts = [p.strip() for p in raw_parts]
    # A comma may be inside the title: grow the head until the remainder is all names and
    # the head splits (a title's last piece "ReasoningAnn Lee" can pass for a name alone).
    for k in range(_first_all_names(parts), len(parts)):
        head = ",".join(raw_parts[: k + 1]).strip()
        # (a count of names not shown among the names is no name, and cuts the list: never
        # looked for in the head, which may be the title's)
        named = [p for p in parts[k + 1:] if p]
        rest = [p for p in named if not _COUNT_PIECE.match(p)]
        if _names(rest):
            best = _split_point(head, rest[0] if rest else None)
            if best is not None:
                break
    else:
        return None
    title = head[:best].strip()
    if not title or title[-1].isupper() and _TORN_INITIAL.search(title):
        return None
    return title, [head[best:].strip(), *rest], truncated or len(rest) < len(named)


# The names printed before the title instead, a colon between ("Ann Lee, Bo Chen et al.: Sparse
# Things", a citation's order): the text before the line's first ": " is the list of names
# (each piece a person's name, the "et al." / "+N" mark allowed before the colon), the rest
# the title. A title may hold a colon too ("Graph Ladling: Simple Training" + the names glued
# after it), and its first part can read as a name, so this reading is taken for a whole page
# only (``ListingPageExtractor.extract``): when most of its lines do not read title first and
# more of them read names first.
_NAMES_COLON = re.compile(r":\s+")


def name_list(text: str) -> tuple[list[str], bool] | None:
    """A list of people's names and nothing else ("Ann Lee, Bo Chen and Cy Roe", "Ann Lee, Bo
    Chen et al.", "Ann Lee, Bo Chen …"): (names, cut short), or None. Every comma piece must
    read as a person's name; "and"/"&" before the last joins it as a comma does."""
    mark = _mark(text) if text.endswith(_MARK_TAILS) or text.endswith(_WORDED_COUNT_ENDS) else None
    body = text[: mark.start()] if mark else text
    pieces, cut = _without_count_pieces(body.split(","))
    names = [p.strip() for p in and_parts(pieces)]
    if not names or not all(p and is_person_name(p, camel=True) for p in names):
        return None
    return names, bool(mark) or cut


def split_names_first(line: str) -> tuple[str, list[str], bool] | None:
    """``<Author>, <Author> [et al.]: <title>`` -> (title, names, cut short), or None."""
    line = line.strip()
    colon = _NAMES_COLON.search(line)
    if colon is None:
        return None
    title = line[colon.end():].strip()
    who = name_list(line[: colon.start()].strip())
    if not title or who is None:
        return None
    return title, *who


# A citation index's export prints each person surname first, the given names (or their
# initials run together) after a comma, the people between semicolons ("Lee, Ann; Chen, Bo",
# "Lee, A; Chen, B", Web of Science's AF and AU forms), "; et al." after the ones shown. The
# title is glued to the first surname. Read so for a whole page only (``ListingPageExtractor``),
# when two lines or more read so and they are most of the lines holding a semicolon; a line of
# one person ("TitleLee, Ann") is then read so too.
_SEMICOLON_ET_AL = re.compile(r"\s*;?\s*et al\.?\s*$")
_RUN_INITIALS = re.compile(r"[A-Z]{1,3}")  # "AB" in "Lee, AB"
_PARTICLE_GLUE = re.compile(r"(?<=[0-9.?!)])([a-z]{1,3})(?= )")
# The most tokens a surname glued to the title may have ("Das Gupta", "van der Lee").
_SURNAME_TOKENS = 4


def _inverted_person(surname: str, given: str) -> str | None:
    """"Ann Lee" of ("Lee", "Ann"), "AB Lee" of ("Lee", "AB"); None when they are no name."""
    surname, given = surname.strip(), given.strip()
    if not surname or not given or "," in given:
        return None
    name = f"{given} {surname}"
    if _RUN_INITIALS.fullmatch(given):
        return name if is_person_name(f"{'. '.join(given)}. {surname}") else None
    return name if is_person_name(name) else None


def split_semicolon_inverted(line: str) -> tuple[str, list[str], bool] | None:
    """``<title><Surname>, <Given>; <Surname>, <Given> [; et al.]`` -> (title, names given name
    first, cut short), or None."""
    line = line.strip()
    mark = _SEMICOLON_ET_AL.search(line) if line.endswith(("et al", "et al.")) else None
    body = line[: mark.start()] if mark else line
    pieces = body.split(";")
    names = []
    for piece in reversed(pieces[1:]):  # the last first: an abstract's sentence fails at once
        surname, comma, given = piece.partition(",")
        person = _inverted_person(surname, given) if comma else None
        if person is None:
            return None
        names.append(person)
    names.reverse()
    head, comma, given = pieces[0].rpartition(",")
    if not comma or not given.strip():
        return None
    # the first surname glued to the title: a capital after a letter or a closing sign among
    # the head's last few tokens, the surname after it
    tokens = head.split()
    tail_start = len(head) - len(" ".join(tokens[-_SURNAME_TOKENS:])) if tokens else 0
    points = [m.start() for m in _GLUE_POINT.finditer(head, max(1, tail_start))]
    # (or a surname opening with its particles glued after a digit or a stop: "...Fortran 95von Hippel")
    points += [m.start() for m in _PARTICLE_GLUE.finditer(head, max(1, tail_start)) if m.group(1) in _PARTICLES]
    for i in sorted(points):
        if head[i - 1] in "-(/" or not head[i - 1].isalnum() and head[i - 1] not in ".?!)":
            continue
        person = _inverted_person(head[i:], given)
        if person is not None and all(_SURNAME_WORD.fullmatch(_shape(t)) or t in _PARTICLES for t in head[i:].split()):
            title = head[:i].strip()
            return (title, [person, *names], mark is not None) if title else None
    return None


# A title that would end in a comma and one capital ("..., P") was cut inside an author's
# initials ("Dugmore, PP. Ntumba": the remainder "P. Ntumba" reads as a name): the names
# begin before the cut, and no reading of the line is sure, so the line is a reject. An
# ampersand is a list's comma too ("Fabris & G" before "T. Marques").
_TORN_INITIAL = re.compile(r"(?:,|\s&)\s*[A-Z]$")


# Page chrome may come before the first record (a subject's sub-heading, "New submissions
# (showing 10 of 10 entries)"): the page is then a listing when at least this many header lines
# in its first lines are each followed by a line that reads as a title and names (one could be
# chance: a daily-papers page's bare date "Feb 6" before a title whose words split so).
_RECORDS_AFTER_CHROME = 2
# Such a page is found by its records, not by its first line: it scores below a page that
# opens with a header, so that a format recognised by its own first lines wins over it.
_CHROME_FIRST_CEILING = 0.9


# A capture of the page's source may leave HTML character references in its text ("Ising &amp;
# Potts", "Tom&#224;s", "M&uuml;ller"): a reference is "&", a name or a number, and ";", and
# only such whole references are decoded (a bare "&" between names stays as printed).
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded(line: str) -> str:
    return _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), line) if "&" in line else line


# arXiv's own labelled fields, as its listings and search results print some under a record's
# names ("Comments: 12 pages, 3 figures", "Journal-ref: Phys. Rev. D 75 (2007) 1"): the label
# is the field's name, the rest its value; such a line is the record's, never its abstract.
# Provenance: the field names of arXiv's metadata (the .abs files' header, extractors.arxiv_abs).
_ARXIV_FIELD = re.compile(r"^(?P<label>Comments|Journal-ref|Report-no|DOI|MSC-class|ACM-class|Subjects):\s*(?P<value>\S.*)$")
_FIELD_KEYS = {"Comments": "comment", "Journal-ref": "journal_ref", "DOI": "doi"}


Split = Callable[[str], "tuple[str, list[str], bool] | None"]


def _once(split: Split) -> Split:
    """``split`` answering each line once: a document's reading asks of the same title line
    up to three times (``sniff``/``_wrapped``, then the page's reading), and the answer is
    the same each time (``split`` is pure)."""
    answers: dict[str, tuple[str, list[str], bool] | None] = {}

    def once(line: str):
        if line not in answers:
            answers[line] = split(line)
        got = answers[line]
        return got if got is None else (got[0], list(got[1]), got[2])  # a list of its own each time

    return once


def _reads(line: str, split: Split = split_title_authors) -> bool:
    return split(line) is not None or split_names_first(line) is not None


# A page captured at a narrow width wraps a long title-and-names line: its first part on a line
# of its own, the rest (the title's end glued to the names, or the names' end) on the next. The
# line after a header and the one after it are read as one when joined they read as a title and
# names and either the first alone does not, or the second reads so itself (then it is no
# abstract, which is prose: "...search of 76Ge Neutrinoless" / "Double Beta DecayAnn Lee").
def _wrapped(first: str, second: str | None, split: Split = split_title_authors) -> str | None:
    """The title-and-names line ``first`` and ``second`` make (see above), or None."""
    if second is None or header(second) or _ARXIV_FIELD.match(second):
        return None
    if _reads(first, split) and not _reads(second, split):
        return None
    joined = f"{first} {second}"
    return joined if _reads(joined, split) else None


class ListingPageExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = doc.lines
        except Exception:
            return 0.0
        head = list(islice(filter(None, map(str.strip, lines)), 60))  # the first 60 lines with text
        if len(head) < 2:
            return 0.0
        ceiling = 1.0
        if not header(head[0]):
            split = _once(split_title_authors)
            records = [k for k in range(len(head) - 1) if header(head[k])
                       and (_reads(head[k + 1], split)
                            or _wrapped(head[k + 1], head[k + 2] if k + 2 < len(head) else None, split))]
            if len(records) < _RECORDS_AFTER_CHROME:
                return 0.0
            head, ceiling = head[records[0]:], _CHROME_FIRST_CEILING
        headers = sum(1 for ln in head if header(ln))
        expected = max(1, len(head) // 3)
        return min(ceiling, 0.5 + 0.5 * headers / expected)

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [_decoded(ln.strip()) for ln in doc.lines]
        lines = [ln for ln in lines if ln]
        split = _once(split_title_authors)
        # First the records' parts (a header, up to two body lines) and the text outside them.
        parts: list[tuple[re.Match | None, list[str], str]] = []
        labelled: list[list[str]] = []
        i = 0
        while i < len(lines):
            m = header(lines[i])
            if not m:
                parts.append((None, [], lines[i]))  # text outside any record
                labelled.append([])
                i += 1
                continue
            if i + 2 < len(lines) and not header(lines[i + 1]):
                joined = _wrapped(lines[i + 1], lines[i + 2], split)
                if joined is not None:
                    lines[i + 1 : i + 3] = [joined]
            body_end = i + 1
            fields: list[str] = []  # arXiv's labelled lines under the names: the record's, beside its body
            while body_end < len(lines) and body_end < i + 3 + len(fields) and not header(lines[body_end]):
                if body_end > i + 1 and _ARXIV_FIELD.match(lines[body_end]):
                    fields.append(lines[body_end])
                body_end += 1
            body = [ln for ln in lines[i + 1 : body_end] if ln not in fields]
            parts.append((m, body, lines[i]))
            labelled.append(fields)
            i = body_end
        # The page prints the names after the title (the seed's glued line) or before it, the
        # same way on every record: names first only when most title lines do not read title
        # first and more of them read names first (``split_names_first``).
        readings = [split(body[0]) if m and body else None for m, body, _ in parts]
        titled = sum(1 for m, body, _ in parts if m and body)
        # (a page of surname-first people between semicolons: ``split_semicolon_inverted``)
        semicolon = [body[0] for m, body, _ in parts if m and body and ";" in body[0]]
        inverted = sum(1 for ln in semicolon if split_semicolon_inverted(ln))
        if inverted >= 2 and 2 * inverted > len(semicolon):
            readings = [(split_semicolon_inverted(body[0]) or got) if m and body else got
                        for (m, body, _), got in zip(parts, readings)]
        glued = sum(1 for got in readings if got is not None)
        if 2 * glued < titled and sum(1 for m, body, _ in parts if m and body and split_names_first(body[0])) > glued:
            readings = [split_names_first(body[0]) if m and body else None for m, body, _ in parts]
        for ordinal, ((m, body, text), got, fields) in enumerate(zip(parts, readings, labelled), 1):
            if m is None:
                # Text outside any record: attach to nothing, but say so.
                yield RecordError(ordinal, "line is not a listing header", excerpt(text))
                continue
            if not body:
                yield RecordError(ordinal, "header with no title line", text)
                continue
            if got is None:
                yield RecordError(ordinal, "cannot split the title from the author list", excerpt(body[0]))
                continue
            title, authors, truncated = got
            known = {}
            for field_line in fields:
                fm = _ARXIV_FIELD.match(field_line)
                if fm.group("label") in _FIELD_KEYS:
                    known[_FIELD_KEYS[fm.group("label")]] = fm.group("value").strip()
            yield Draft(
                **known,
                ordinal=ordinal,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                date_text=m.group("date"),
                abstract=body[1] if len(body) > 1 else None,
                category=m.group("cat"),
                score=float(m.group("score").replace(",", ".")) if m.group("score") else None,
                has_code=bool(m.group("code")),
                raw="\n".join([m.group(0), body[0], *fields, *body[1:]]),
            )
