"""Citation styles that CV PDFs print and the markdown and HTML readers have not needed
(:data:`CV_STYLES`): each reads one entry's whole text into a ``ParsedEntry``, or None.
``cv_pdf`` tries them beside its two readings of an entry and keeps one only when it reads
better by a clear margin (``entry_quality``).
"""

from __future__ import annotations

import re

from .citations import _title_and_tail, _venue_year, parse_inverted_initials, venue_name
from .author_lists import split_author_list
from .cv_entries import ParsedEntry
from .cv_pdf_render import venue_like

_SEMI_NAME = re.compile(r"[A-Z][\w'’\-]*(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’\-]*)?,\s?[A-Z][\w'’.\-]*(?:\s-?\s?[A-Z][\w'’.\-]*){0,3}")
_GROUP_NAME = re.compile(r"(?:[A-Z][\w\-]*\s){1,5}(?:Collaboration|Consortium|Team|Group)")
_LAST_SEMI_NAME = re.compile(rf"^(?P<title>.+?)\s(?P<name>{_SEMI_NAME.pattern})$")
_NAMES_END = re.compile(r"^(?P<names>.*?)[.,]?\s?(?P<year>(?:19|20)\d\d)[a-z]?[,.:]\s?(?P<venue>[^,;]+)")
_ELLIPSIS = frozenset({"", "…", "et al"})  # pieces of a list that stand for names left out ("...", "et al.")


def parse_title_semicolon_names(text: str) -> ParsedEntry | None:
    """"Title Lee, Ann; Chen, B.; ...; et al. 2024, A&A, 688, 94": the title, then names
    inverted and separated by semicolons (the lists NASA ADS exports; "..." and "et al." cut
    them short), then the year and the venue. None unless two semicolons or more separate
    such names."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    opening = next((i for i, ln in enumerate(lines) if ";" in ln), None)
    # the names begin a printed line of their own under the title, when they do: the line
    # break, not a guess, ends the title ("... Its Black Hole and Jet" / "Lu, Ru-sen; ...")
    head = _SEMI_NAME.match(lines[opening]) if opening else None
    text = re.sub(r"\s+", " ", text).strip()
    pieces = [p.strip() for p in text.split(";")]
    if len(pieces) < 3:
        return None
    first = _LAST_SEMI_NAME.match(pieces[0])
    if head and head.end() == len(lines[opening].split(";")[0].strip()):
        first = re.match(rf"^(?P<title>.+)\s(?P<name>{re.escape(head.group())})$", pieces[0])
    end = _NAMES_END.match(pieces[-1])
    if not first or not end:
        return None
    middle = [p for p in pieces[1:-1] if p.strip(" .") not in _ELLIPSIS]
    last = [n.strip() for n in re.split(r"(?:^|\s)et al\.?", end.group("names")) if n.strip() not in ("", ".")]
    if not all(_SEMI_NAME.fullmatch(p) or _GROUP_NAME.fullmatch(p) for p in middle + last):
        return None
    names = [_turned(n) if "," in n else n for n in [first.group("name"), *middle, *last]]
    truncated = any(p.strip(" .") in _ELLIPSIS for p in pieces[1:-1]) or "et al" in pieces[-1]
    return ParsedEntry(authors=names, authors_truncated=truncated, title=first.group("title").strip(" ,."),
                       venue=end.group("venue").strip(" ."), year=int(end.group("year")))


def _turned(name: str) -> str:
    """"Lee, Ann B." -> "Ann B. Lee"."""
    surname, _, given = name.partition(",")
    given = re.sub(r"\s-\s?", "-", given.strip())  # "J. -Y." -> "J.-Y."
    return f"{given} {surname.strip()}"


_ET_AL_CITATION = re.compile(
    r"^(?P<names>[^,]+(?:,\s[^,]+){0,5}?),?\s+et\s+al\.?,\s+(?P<title>.+?),\s+(?P<venue>[A-Z][^,]*?)\s+"
    r"(?P<volume>[A-Z]?\d+),\s+(?P<page>[A-Z]?\d+)\s+\((?P<year>(?:19|20)\d\d)\)")


def parse_names_et_al_commas(text: str) -> ParsedEntry | None:
    """"T. Akaishi et al., Title, Phys. Lett. B 845, 138128 (2023).": the first names and "et
    al.", the title and the journal between commas, the volume, the page and the year in
    brackets (the short physics style, where the list of a large collaboration is cut)."""
    m = _ET_AL_CITATION.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [n.strip() for n in re.split(r",\s|\sand\s", m.group("names")) if n.strip()]
    return ParsedEntry(authors=names, authors_truncated=True, title=m.group("title").strip(),
                       venue=m.group("venue").strip(" ."), year=int(m.group("year")))


# DIN ISO 690 (the German and Austrian standard): "Lee, Ann; Chen, Bo (2021): Title. In:
# Venue 3 (2), S. 1-9." Every name inverted, semicolons between them, the year in
# parentheses and a colon (or a full stop) before the title.
_DIN = re.compile(rf"^(?P<names>{_SEMI_NAME.pattern}(?:\s?;\s?{_SEMI_NAME.pattern})*)(?P<etal>\s?;?\s?et al\.?)?"
                  r"\s\((?P<year>(?:19|20)\d\d)[a-z]?\)\s?[:.]\s(?P<rest>.+)$")
_DIN_TITLE_END = re.compile(r"(?<=[.?!])\s(?:In:\s)")


def parse_din_semicolon_names(text: str) -> ParsedEntry | None:
    """"Lee, Ann; Chen, Bo (2021): Title. In: Venue 3 (2), S. 1-9." (DIN ISO 690): the names
    up to the year in parentheses. The title ends before "In:" where the entry has one (a
    title may hold a full stop: "Approximation. I. Theory"), else at its first full stop;
    None when no title or no venue is left."""
    m = _DIN.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [_turned(n.strip()) for n in m.group("names").split(";")]
    rest = m.group("rest")
    cut = list(_DIN_TITLE_END.finditer(rest))
    if cut:
        title, venue = rest[:cut[-1].start()], rest[cut[-1].end():]
    else:
        end = re.search(r"(?<=[^\s.]{3}[.?!])\s(?=\S)", rest)
        if not end:
            return None
        title, venue = rest[:end.start()], rest[end.end():]
    title = title.strip().rstrip(".")
    venue = venue_name(venue)
    if not title or not venue:
        return None
    return ParsedEntry(authors=names, authors_truncated=bool(m.group("etal")), title=title, venue=venue,
                       year=int(m.group("year")))


# ABNT NBR 6023 (the Brazilian standard): "LEE, Ann; DE HARO, Bo. Title. Venue, v. 3, n. 2,
# p. 1-9, 2021." Every surname in capitals before a comma and the given names, semicolons
# between the names, a full stop after the last (doubled after an initial's own, "M.."),
# the title up to its first full stop, the venue, the year last.
_CAPS = "A-ZÀ-ÖØ-Þ"
_ABNT_NAME = (rf"(?:[{_CAPS}'’\-]{{2,}}|[{_CAPS}])(?:\s[{_CAPS}'’\-]+)*,\s[{_CAPS}][\w'’.\-]*"
              rf"(?:\s(?:[a-z]{{1,3}}\s)?[{_CAPS}][\w'’.\-]*){{0,3}}")
_ABNT = re.compile(rf"^(?P<names>{_ABNT_NAME}(?:\s?;\s{_ABNT_NAME})*)(?P<etal>\s?et al\.?)?\.?\.\s(?P<rest>.+)$")
# A stop that ends a sentence: after a word of three letters or more, or after a lower-case
# letter alone ("... gaps modulo m. Venue": no initial is printed in lower case)
_SENTENCE_END = re.compile(r"(?:(?<=[^\s.]{3}[.?!])|(?<=\s[a-z][.?!]))\s(?=\S)")


def parse_abnt_caps_names(text: str) -> ParsedEntry | None:
    """"LEE, Ann; CHEN, Bo. Title. Venue, v. 3, 2021." (ABNT NBR 6023): the names up to the
    full stop after the last, each turned given name first with its surname in title case
    ("DE HARO, Bo" -> "Bo De Haro": the capitals do not keep the particle's case); the title
    up to "In:" where the entry has one, else to its first full stop; the venue; the last
    year printed. None when no capitalised surname opens the entry, or no title or venue is
    left."""
    m = _ABNT.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [_turned(_title_case_surname(n.strip())) for n in m.group("names").split(";")]
    rest = m.group("rest")
    cut = list(_DIN_TITLE_END.finditer(rest))
    if cut:
        title, venue = rest[:cut[0].start()], rest[cut[0].end():]
    else:
        end = _SENTENCE_END.search(rest)
        if not end:
            return None
        title, venue = rest[:end.start()], rest[end.end():]
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", venue)
    venue = re.split(r",\s(?:v|n|p)\.\s?\d", venue, maxsplit=1)[0]  # ", v. 3, n. 2, p. 1-9": ABNT's numbers
    title, venue = title.strip().rstrip("."), venue_name(venue)
    if not title or not venue:
        return None
    return ParsedEntry(authors=names, authors_truncated=bool(m.group("etal")), title=title, venue=venue,
                       year=int(years[-1]) if years else None)


def _title_case_surname(name: str) -> str:
    """"DE HARO, Bo" -> "De Haro, Bo"; "O'REGAN" -> "O'Regan"."""
    surname, _, given = name.partition(",")
    return f"{surname.title()},{given}"


# "Lee A.B.", "von Hippel G.M.", "Dall'Aglio A.-M.": a surname, then its initials with stops and
# no comma between (the surname-first form many European CVs and word processors' styles print)
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_DOTTED_NAME = re.compile(rf"((?:[a-z]{{1,3}}\s)*[{_UP}][\w'’\-]*(?:\s[{_UP}][\w'’\-]{{2,}})?)\s"
                          rf"((?:[{_UP}][a-z]?\.(?:-?[{_UP}][a-z]?\.)*))(?=[\s,]|$)")
_DOTTED_SEP = re.compile(r",?\s*(?:&|and)\s+|,\s+")


def parse_surname_dotted_initials(text: str) -> ParsedEntry | None:
    """"Lee A.B., Chen B., Roe C. Title. Venue 3(2):1–9.": every name its surname, then its
    initials with stops, no comma between them, commas between the names; the stop of the
    last initial ends the list and the title follows. None unless the text opens so, and
    (one name alone) the word after it does not go on as a name would ("Ann B. Lee, ...":
    given names first, read by other styles)."""
    text = re.sub(r"\s+", " ", text).strip()
    names: list[str] = []
    pos = 0
    while True:
        m = _DOTTED_NAME.match(text, pos)
        if not m:
            break
        initials = " ".join(re.findall(rf"-?[{_UP}][a-z]?\.", m.group(2))).replace(" -", "-")
        names.append(f"{initials} {m.group(1)}")
        pos = m.end()
        sep = _DOTTED_SEP.match(text, pos)
        if not sep or not _DOTTED_NAME.match(text, sep.end()):
            break
        pos = sep.end()
    rest = text[pos:].strip()
    if not names or not rest[:1].isupper() or re.match(r"[\w'’\-]+,", rest):
        return None
    title, tail = _title_and_tail(rest)
    if len(title.split()) < 2:
        return None
    venue, year = _venue_year(tail)
    if venue:
        venue = re.sub(r"^In:?\s+", "", venue)
    return ParsedEntry(authors=names, authors_truncated=False, title=title, venue=venue, year=year)


# GB/T 7714-2015, the Chinese national standard for references (its section 4 and appendix B):
# the type of the work in brackets right after the title, read from this table; "/OL" (online),
# "/CD", "/DK", "/MT" after the code name the carrier. "Lee A B, Chen B. Title[J]. Venue, 2021,
# 3(2): 1-9."; a paper in proceedings "Title[C]//Proceedings. 2021: 1-9."; a preprint
# "Title[EB/OL]. arXiv:2101.01234, 2021.".
GBT7714_TYPES = {
    "M": "book", "C": "proceedings", "G": "compilation", "N": "newspaper", "J": "journal article",
    "D": "thesis", "R": "report", "S": "standard", "P": "patent", "DB": "database", "CP": "computer program",
    "EB": "electronic bulletin board", "A": "archive", "CM": "map", "DS": "data set", "Z": "other",
}
_GBT_MARK = re.compile(r"\[(?:" + "|".join(sorted(GBT7714_TYPES, key=len, reverse=True)) + r")(?:/(?:OL|CD|DK|MT))?\]")
# a GB/T name: the surname (particles before it), then the initials without stops ("Lee A B"),
# or the given names written out ("ZHANG Wei"); "*", "#", "†" after it mark roles, not the name
_GBT_NAME = re.compile(rf"(?P<surname>(?:[a-z]{{1,3}}\s)*[{_UP}][\w'’\-]+)(?P<given>(?:\s[{_UP}](?![\w'’]))*"
                       rf"|(?:\s[{_UP}][\w'’\-]+){{1,2}})[*#†]*")
_GBT_ET_AL = re.compile(r",?\s*(?:et\s+al|等)$")


def parse_gbt7714(text: str) -> ParsedEntry | None:
    """"Lee A B, Holloway M T*, Chen B. Title[J]. Venue, 2021, 3(2): 1-9." (GB/T 7714): the
    names up to the first full stop (GB/T prints initials without stops), the title up to
    the type code in brackets (:data:`GBT7714_TYPES`), the venue after it ("//" before a
    proceedings), the year the last printed after the title. Initials turn given first ("A.
    B. Lee"). None unless a type code closes the title and every name reads as one."""
    text = re.sub(r"\s+", " ", text).strip()
    mark = _GBT_MARK.search(text)
    if not mark:
        return None
    head, tail = text[:mark.start()], text[mark.end():]
    stop = re.search(r"\.\s", head)  # (no name has a stop: this one ends the names, "et al." too)
    if not stop:
        return None
    listed, title = head[:stop.start()], head[stop.end():].strip()
    truncated = bool(_GBT_ET_AL.search(listed))
    listed = _GBT_ET_AL.sub("", listed)
    names = []
    for piece in (p.strip() for p in listed.split(",")):
        m = _GBT_NAME.fullmatch(piece)
        if not m:
            return None
        initials = m.group("given").split()
        if initials and all(len(i) == 1 for i in initials):
            names.append(" ".join(f"{i}." for i in initials) + " " + m.group("surname"))
        else:
            names.append(f"{m.group('surname')}{m.group('given')}")
    if not names or len(title.split()) < 2:
        return None
    venue, year = _venue_year(tail.lstrip("/. "))
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)


# GOST 7.1 (the Russian, Ukrainian, Belarusian and Kazakh standard): "Lee, A. B. Title / A. B.
# Lee, M. T. Holloway, B. Chen // Venue. – Kazan, 2021. – Vol. 3, No. 2. – P. 1–9." A spaced
# slash ends the title (the statement of the people responsible follows it), a spaced double
# slash opens the host (the journal, the proceedings), spaced dashes part the host's fields;
# the first author's name may head the entry, inverted, before the title ("Lee, A. B.").
_GOST = re.compile(r"^(?P<head>.+?)\s/\s(?P<names>[^/]+?)\s//\s(?P<host>.+)$")
_GOST_HEADING = re.compile(r"^(?P<surname>(?:[a-z]{1,3}\s)*[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’\-]+)?),\s"
                           r"(?:[A-ZÀ-ÖØ-Þ][a-z]?\.\s?-?\s?){1,4}\s*")
_GOST_ET_AL = re.compile(r"[\s,]*\[?(?:et\s+al|и\s+др)\.?\]?\s*$")
_GOST_FIELD = re.compile(r"\.?\s[–—-]\s")


def parse_gost_slashes(text: str) -> ParsedEntry | None:
    """"Lee, A. B. Title / A. B. Lee, B. Chen [et al.] // Venue. – 2021. – Vol. 3. – P. 1–9."
    (GOST 7.1): the title before the spaced slash (without the heading name, when it is the
    first author's, inverted), the names between it and the double slash ("[et al.]" cuts
    them), the venue the host's first field, the year the first printed in the fields after
    it. None unless both slashes are printed and every name reads as one."""
    m = _GOST.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    listed = m.group("names")
    truncated = bool(_GOST_ET_AL.search(listed))
    names, _ = split_author_list(_GOST_ET_AL.sub("", listed))
    if not names:
        return None
    title = m.group("head").strip()
    heading = _GOST_HEADING.match(title)
    if heading and names[0].endswith(" " + heading.group("surname")) and len(title) > heading.end():
        title = title[heading.end():]
    fields = _GOST_FIELD.split(m.group("host"))
    venue = fields[0].strip(" .")
    years = [int(y) for f in fields[1:] for y in re.findall(r"\b((?:19|20)\d\d)\b", f)]
    if len(title.split()) < 2 or not venue:
        return None
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title.strip(" ."), venue=venue,
                       year=years[0] if years else None)


# Harvard with the year bare after the names, as research portals (Elsevier Pure) and some
# Harvard variants print it: "Lee, A, Holloway, MT & Chen, B 2021, 'Title', Venue, vol. 3,
# pp. 1-9." People and their initials are parted by the same commas (each person "Surname,
# Initials", the initials run together with stops or without), "&" or "and" before the last;
# the title is quoted, or (a paper in proceedings) ends at ". in Venue".
_BARE_SURNAME = r"(?:[a-z]{1,3}\s)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)?"
_BARE_INITIALS = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]\.?-?){1,4}"
_BARE_PERSON = rf"{_BARE_SURNAME},\s{_BARE_INITIALS}"
_BARE_YEAR = re.compile(rf"^(?P<names>{_BARE_PERSON}(?:,\s{_BARE_PERSON})*(?:,?\s(?:&|and)\s{_BARE_PERSON})?)"
                        r"\s(?P<year>(?:19|20)\d\d)[a-z]?,\s(?P<rest>.+)$")
_BARE_PERSON_ONE = re.compile(rf"(?P<surname>{_BARE_SURNAME}),\s(?P<initials>{_BARE_INITIALS})")
_BARE_QUOTED = re.compile(r"^['‘](?P<title>.+?)['’][,.](?:\s+(?P<tail>.*))?$")
_BARE_IN = re.compile(r"^(?P<title>.+?)\.\s+in\s+(?P<tail>.+)$", re.I)


def parse_harvard_bare_year(text: str) -> ParsedEntry | None:
    """"Lee, A, Holloway, MT & Chen, B 2021, 'Title', Venue, vol. 3, no. 2, pp. 1-9." (above):
    the names "A. Lee", "M. T. Holloway", the year after them, the quoted title (or the text
    up to ". in"), the venue the tail's first field. None unless every name reads so and the
    year follows them."""
    m = _BARE_YEAR.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = []
    for p in _BARE_PERSON_ONE.finditer(m.group("names")):
        initials = " ".join(c + "." for c in p.group("initials").replace(".", "").replace("-", ""))
        names.append(f"{initials} {p.group('surname')}")
    rest = m.group("rest")
    part = _BARE_QUOTED.match(rest) or _BARE_IN.match(rest)
    if not names or not part or len(part.group("title").split()) < 2:
        return None
    tail = (part.group("tail") or "").strip()
    # the first field, up to a comma or a stop before the pages or a link ("in Venue. pp. 1-9.")
    venue = re.split(r",\s|\.\s+(?=pp?\.|https?:|doi\b)", tail)[0].strip(" .") if tail else None
    return ParsedEntry(authors=names, title=part.group("title").strip(" ,."), venue=venue or None,
                       year=int(m.group("year")))


# The Bluebook (law reviews' citation form): "Ann Lee, Maren T. Holloway & Bo Chen, Title, 3
# VENUE 1 (2021)." and "..., Title, in VENUE 1 (2021).": the names given names first, "&"
# before the last (one name alone: "Ann Lee, Title, ..."), the title after them, then the
# volume (or "in"), the journal's or book's name, the first page and the year in brackets
# (which may hold a month or an editor: "(Ann Lee ed., 2021)").
_GIVEN_FIRST = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?(?:\s(?:[a-z]{1,3}\s)*[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?){1,3}"
_BLUEBOOK = re.compile(rf"^(?P<names>(?:{_GIVEN_FIRST},\s)*{_GIVEN_FIRST}\s&\s{_GIVEN_FIRST}|{_GIVEN_FIRST}),\s"
                       r"(?P<title>.+?),\s(?:in\s|(?P<volume>\d{1,4})\s)(?P<venue>[^()]+?)\s(?P<page>\d{1,5})"
                       r"(?:,\s\d{1,5}(?:[-–]\d{1,5})?)?\s\((?:[^()]*?\s)?(?P<year>(?:19|20)\d\d)\)\.?$")


def parse_bluebook(text: str) -> ParsedEntry | None:
    """"Ann Lee & Bo Chen, Title, 3 VENUE 1 (2021)." (above). None unless the entry closes
    with the venue, the first page and the bracketed year."""
    m = _BLUEBOOK.match(re.sub(r"\s+", " ", text).strip())
    if not m or len(m.group("title").split()) < 2 and len(m.group("title")) < 8:
        return None
    names = [n.strip() for n in re.split(r",\s|\s&\s", m.group("names"))]
    return ParsedEntry(authors=names, title=m.group("title").strip(), venue=m.group("venue").strip(" ,."),
                       year=int(m.group("year")))


_INV_SURNAME = r"(?:[a-z]{1,3}\s){0,2}[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’\-]*)?"
_INV_GIVEN = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,3}"
_INVERTED_FULL = re.compile(rf"(?P<surname>{_INV_SURNAME}),\s(?P<given>{_INV_GIVEN})")
_NAMES_ITALIC_TITLE = re.compile(r"^(?P<names>[^*]+?)\s?\*(?P<title>[^*]+?)\*\.?\s*(?P<tail>.*)$")


def parse_semicolons_italic_title(md: str) -> ParsedEntry | None:
    """"Lee, Ann; Holloway, Maren T; Chen, Bo *Title.* Venue 3 (2021), no. 2, 1–9." (the
    markdown form, italics as ``*...*``): every name inverted, people parted by semicolons,
    the title the italic run right after them, the names' end told by the italics alone (a
    given name's initial without its stop runs into the title in the plain text), as
    MathSciNet and zbMATH print their lists. None unless every piece before the italics is
    one such name."""
    m = _NAMES_ITALIC_TITLE.match(re.sub(r"\s+", " ", md).strip())
    if not m:
        return None
    pieces = [p.strip() for p in m.group("names").strip().split(";")]
    if not all(_INVERTED_FULL.fullmatch(p) for p in pieces):
        return None
    names = [_turned(p) for p in pieces]
    title = m.group("title").strip()
    title = title[:-1].strip() if title.endswith(".") else title
    venue, year = _venue_year(m.group("tail"))
    if not title or not (venue or year):
        return None
    return ParsedEntry(authors=names, title=title, venue=venue, year=year)


# Citation styles that CVs print and the markdown and HTML readers have not needed: each
# reads one entry's whole text into a ParsedEntry, or None; with True, the text keeps its
# printed line breaks (else the lines are joined, hyphens mended).
# (GOST's first: its slashes are printed field marks, so of two readings as good, its wins)
CV_STYLES = ((parse_gost_slashes, False), (parse_inverted_initials, False), (parse_title_semicolon_names, True),
             (parse_names_et_al_commas, False), (parse_din_semicolon_names, False), (parse_abnt_caps_names, False),
             (parse_surname_dotted_initials, False), (parse_gbt7714, False), (parse_harvard_bare_year, False),
             (parse_bluebook, False))


# "Lee, Ann; Chen, Bo B.; Diaz, Carla, Title, Journal. http://doi.org/...": every name inverted
# in full ("Surname, Given"), semicolons between the names, and commas alone after the last
# name's given names and between the title and the journal (a bibliography style some LaTeX
# CVs print under moderncv's year column). A comma inside a name's given part never comes,
# so the first comma after the last name's given names ends the list.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_FULL_SURNAME = rf"(?:[a-z]{{1,3}}\s)*[{_UPPER}][\w'’\-]*(?:\s(?:[a-z]{{1,3}}\s)*[{_UPPER}][\w'’\-]*){{0,2}}"
_FULL_GIVEN = rf"[{_UPPER}][\w'’.\-]*(?:\s[{_UPPER}][\w'’.\-]*){{0,3}}"
_FULL_NAME = re.compile(rf"(?P<surname>{_FULL_SURNAME}),\s(?P<given>{_FULL_GIVEN})")
_LAST_FULL_NAME = re.compile(rf"^(?P<name>{_FULL_NAME.pattern}),\s(?P<rest>\S.*)$")
# the web address or DOI after the journal's full stop ("... NeuroImage. http://doi.org/..."),
# maybe broken over a line ("http: //doi.org/...")
_LINK_AFTER = re.compile(r"\.?\s+(?:https?:|doi:|www\.)")
# a venue named by a serial list ("Brain, Behavior, and Immunity"): its last part opens with "and"
_SERIAL_END = re.compile(r"^(?:and|&)\s")
SERIAL_PART_WORDS = 2  # each earlier part of such a venue is this many words at most ("Brain", "Behavior")


def parse_semicolon_full_names(text: str, owner: str | None = None) -> ParsedEntry | None:
    """"Lee, Ann; Chen, Bo B.; Diaz, Carla, Title, Journal. http://...": the names up to the
    comma after the last one's given names, then the title and the journal after its last
    comma. The journal is read where a web address or DOI follows the entry's full stop (a
    published paper's) or the last part names a venue ("The Journal of ...", "arXiv:..."),
    else the rest is the title alone (a preprint's "Names, Title."). None unless two names
    or more are separated by semicolons, or the one name is the owner's."""
    text = re.sub(r"\s+", " ", text).strip()
    pieces = [p.strip() for p in text.split(";")]
    last = _LAST_FULL_NAME.match(pieces[-1])
    if not last or not all(_FULL_NAME.fullmatch(p) for p in pieces[:-1]):
        return None
    names = [_turned(p) for p in [*pieces[:-1], last.group("name")]]
    if len(names) == 1 and not (owner and _owners_in_full(last, owner)):
        return None
    rest = last.group("rest")
    link = _LINK_AFTER.search(rest)
    body = (rest[:link.start()] if link else rest).strip().rstrip(".").strip()
    parts = [p.strip() for p in body.split(", ")]
    if len(parts) < 2 or not (link or venue_like(parts[-1])):
        return ParsedEntry(authors=names, title=body) if body else None
    venue_parts = [parts.pop()]
    if _SERIAL_END.match(venue_parts[0]):
        while len(parts) > 1 and len(parts[-1].split()) <= SERIAL_PART_WORDS:
            venue_parts.insert(0, parts.pop())
    title = ", ".join(parts)
    return ParsedEntry(authors=names, title=title, venue=", ".join(venue_parts)) if title else None


def _owners_in_full(name: re.Match, owner: str) -> bool:
    """Whether "Surname, Given" is the owner's name in full ("Sørensen, Øystein" for the owner
    "Øystein Sørensen"): the surname the owner's last word, the first given name the owner's
    first, a word of two letters or more (not Vancouver's "Wilner LB, Wells E")."""
    surname, given = name.group("surname").split(), name.group("given").split()
    words = owner.split()
    return (len(words) >= 2 and surname[-1].casefold() == words[-1].casefold()
            and given[0].casefold() == words[0].casefold() and len(given[0].rstrip(".")) >= 2
            and not given[0].isupper())
