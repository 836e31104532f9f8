"""Marks printed on the names of an entry's opening author list that are no part of the names
(wt-names4, the round-3 author styles studied). Pure text in, text out.

    Ann B. Lee¹², Bo Chen²* and Cy Roe¹,³. Title.           (affiliation superscripts)
    Ann B. Lee1, Bo Chen2[0000-0002-1825-0097]. Title.       (a PDF title block: digits, ORCID iDs)
    Ann B. Lee · Bo Chen · Cy Roe (2021). Title.              (middle dots between the names)
    Ann B. Lee, Bo Chen, Cy Roe, +9 more. Title.               (the count of the names left out)
    Ann B. Lee 0003, Bo Chen: Title. Venue 3(2): 1-9 (2021)   (DBLP's homonym numbers)

:func:`unmarked_names` rewrites them to the plain list every reader knows ("Ann B. Lee, Bo
Chen* and Cy Roe. Title.", "..., Cy Roe et al. Title."). The marks that say something of a
person ("*", "†": corresponding author, equal contribution) are kept for the readers that
read them. Only the opening list is touched: its end is the first full stop followed by a
space that does not close an initial ("B. Lee"), so a title's "Llama3." or "x²" is never
reached.
"""

from __future__ import annotations

import re

_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LETTER = r"[^\W\d_]"
# Superscript affiliation numbers glued to a name's last letter or to its "*"/"†" mark, parted by
# commas or not ("Lee¹²", "Roe¹,³", "Chen²*"), before the next name or the list's end: no name
# holds a superscript digit. The word they close is capitalised ("p² and q" is a title's).
_SUP = f"[{_SUPERSCRIPT_DIGITS}]+(?:,[{_SUPERSCRIPT_DIGITS}]+)*"
_LETTERS = f"[^\\W\\d_{_SUPERSCRIPT_DIGITS}]"  # ("²" is alphanumeric to re: no letter here)
_SUPERSCRIPTS = re.compile(rf"(?<=\b[A-ZÀ-ÖØ-Þ])(?P<rest>{_LETTERS}*(?:['’\-]{_LETTERS}+)*[*†‡§]*){_SUP}(?P<marks>[*†‡§]*)"
                           rf"(?=,\s|\s+(?:and|&)\s|\.?\s|\.?$)")
# An ORCID iD in brackets glued to a name (llncs' \orcidID), maybe after its affiliation digits
_ORCID = r"\[\d{4}-\d{4}-\d{4}-\d{3}[\dX]\]"
_GLUED_ORCID = re.compile(rf"(?<={_LETTER})(?:\d{{1,2}}(?:,\d{{1,2}})*)?{_ORCID}")
# Affiliation digits glued to the last lower-case letter of a name, before the next name or the
# list's end ("Lee1, Chen2 and Roe1,2."): plain digits, as a PDF's superscripts copy.
_SEPARATOR_AHEAD = r"(?=[*†‡]*(?:,\s|\s(?:and|&)\s|\.?$))"
_GLUED_DIGITS = re.compile(rf"(?<=[a-zß-öø-ÿ])\d{{1,2}}(?:,\d{{1,2}})*{_SEPARATOR_AHEAD}")
# The separator between names that profile pages print (ResearchGate's " · ")
_MIDDLE_DOT = re.compile(r"\s+·\s+")
# The count of the names left out after the shown ones ("..., +9 more", "... et al. (+9)",
# "..., and 9 others"): a list cut short, as "et al." cuts it
_COUNT_LEFT_OUT = re.compile(r"(?:,\s*\+\d{1,4}\s+more|\s+et\s+al\.?\s*\(\+\d{1,4}\)|,\s*and\s+\d{1,4}\s+others)(?=\.?\s|\.?$)")
# where the opening list ends: a full stop and a space, the stop closing no initial ("B. ") and
# no two-letter abbreviated given name ("Yu. ")
_LIST_END = re.compile(r"(?<!\b[A-ZÀ-ÖØ-Þ])(?<!\b[A-ZÀ-ÖØ-Þ][a-z])\.(?=\s|$)")
_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)$")
# a piece between the middle dots or commas that is a name as the readers take it: capitalised
# words, initials and lower-case particles, no digit
_NAME_WORD = r"(?:[a-z]{1,3}\s+)*(?:[a-z]{1,3}['’\-])?[A-ZÀ-ÖØ-Þ][^\W\d_'’.\-]*(?:['’.\-][^\W\d_]*)*"
_NAME_WORDS = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
_NAME_PIECE = re.compile(rf"{_NAME_WORDS}[*†‡]*")
# a piece that ends in glued affiliation digits
_DIGIT_PIECE = re.compile(rf"{_NAME_WORDS}(?:\d{{1,2}}(?:,\d{{1,2}})*(?:{_ORCID})?|{_ORCID})[*†‡]*")
_PIECES = re.compile(r",\s+(?!\d)|\s+(?:and|&)\s+")
# A programme's institutions in parentheses after its people ("Ann Lee and Bo Chen (MIT); Cy Roe
# (University of Oslo). Title"): a parenthesis of words, no digit (a year's), no collaboration
# (a group the readers name as such), after a name and before the next people or the list's end.
_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()\d]{2,80})\)\s*(?P<sep>[,;]\s*|$)")
_GROUP_WORDS = re.compile(r"collaboration|consortium|consortia|^\s*(?:for|on behalf|with|joint)\b|\beds?\b", re.I)
# Words only an institution's name holds, in the languages CVs are written in: one parenthesis
# alone after the names is an institution only with one of them ("Kai Roe (University of Oslo)");
# two or more parentheses each after names are a programme's list by their layout alone.
INSTITUTION_WORDS = re.compile(r"\b(?:Univ|Universit|Universidad|Universidade|Institut|Instituto|College|School|"
                               r"Laborator|Labs?\b|Cent(?:er|re)|Academy|Hospital|Polytechnic|Politecnico)", re.I)


# DBLP tells people of one name apart by a four-digit number after the name ("Bo Chen 0003"),
# zero-padded, so it opens with 0 as no year does; before the next name or the list's colon.
_HOMONYM_NUMBER = re.compile(r"(?<=[^\W\d_.])\s+0\d{3}(?=,\s|\s+(?:and|&)\s|$)")
_LIST_COLON = re.compile(r":\s")


def _opening_list(text: str) -> int:
    m = _LIST_END.search(text)
    return m.start() if m else len(text)


def unmarked_names(text: str) -> str:
    """``text`` with the marks of its opening author list taken off (see the module)."""
    if not text or not (any(c in text for c in _SUPERSCRIPT_DIGITS) or "·" in text or "[" in text or "(" in text
                        or "+" in text or "others" in text or any(c.isdigit() for c in text[:400])
                        or _PARTICLE_AT_END.search(text, 0, 400)):
        return text
    end = _opening_list(text)
    if " 0" in text[:end]:  # the names end at DBLP's colon at the latest
        colon = _LIST_COLON.search(text, 0, end)  # (at a line's end too: a pasted dblp page breaks there)
        stop = colon.start() if colon else end
        text = _HOMONYM_NUMBER.sub("", text[:stop]) + text[stop:]
        end = _opening_list(text)
    head, tail = _SUPERSCRIPTS.sub(r"\g<rest>\g<marks>", text[:end]), text[end:]
    pieces = [p for p in _PIECES.split(_YEAR_AFTER.sub("", head).strip()) if p]
    # plain digits after names only when every name carries them (or an ORCID iD), and there are
    # two names at least or an ORCID iD says it is a title block ("Ann Lee1, Bo Chen2[0000-...]";
    # "Llama3" alone is a word)
    if (len(pieces) >= 2 or _GLUED_ORCID.search(head)) and all(_DIGIT_PIECE.fullmatch(p) for p in pieces):
        head = _GLUED_DIGITS.sub("", _GLUED_ORCID.sub("", head))
    if "·" in head:
        dotted = _MIDDLE_DOT.split(_YEAR_AFTER.sub("", head).strip())
        if len(dotted) >= 2 and all(_NAME_PIECE.fullmatch(p) for p in dotted):
            head = _MIDDLE_DOT.sub(", ", head)
    if "(" in head:
        head = _institutions_apart(head)
    if _PREFIX_LAST.search(head):
        head = _PREFIX_LAST.sub(_prefix_first, head)
    text = head + tail
    if "+" in text or "others" in text:
        m = _COUNT_LEFT_OUT.search(text, 0, _opening_list(text) + 16)
        if m:
            text = text[:m.start()] + " et al" + ("" if text[m.end():m.end() + 1] == "." else ".") + text[m.end():]
    return text

# biblatex's default (useprefix=false) and BibTeX's "Last, First von" print a surname's
# lower-case particles after the given names ("Fintel, Kai von", "Bosch, Frank C. van den"):
# given names that end in particles after a surname and its comma are that person's, the
# particles opening the surname. At the list's start or after "and" (where such a person starts).
PARTICLE_WORDS = "van|von|der|den|de|del|della|da|di|du|le|la|dos|das|ter|ten"  # (author_lists uses it too)
_PARTICLE_WORDS = PARTICLE_WORDS
_PREFIX_LAST = re.compile(rf"(?:^|(?<=\sand\s)|(?<=\s&\s))(?P<surname>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*),\s+"
                          rf"(?P<given>(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*\s+){{1,4}})(?P<particles>(?:(?:{_PARTICLE_WORDS})\s+)*"
                          rf"(?:{_PARTICLE_WORDS}))(?=,\s|\s+(?:and|&)\s|\s*\(|\s+et\s+al\b|$)")

_PARTICLE_AT_END = re.compile(rf"\s(?:{_PARTICLE_WORDS})(?:,|\s+and\s|\s*\(|\.\s)")


def _prefix_first(m: re.Match) -> str:
    return f"{m.group('given')}{m.group('particles')} {m.group('surname')}"


def _institutions_apart(head: str) -> str:
    """"Ann Lee and Bo Chen (MIT); Cy Roe (ETH Zürich)" -> "Ann Lee, Bo Chen and Cy Roe", when
    every piece outside the parentheses is a name and the last parenthesis closes the list."""
    from .author_lists import abstract_noun, plausible_name

    names: list[str] = []
    at = 0
    groups = []
    for m in _PARENTHESIS.finditer(head):
        if _GROUP_WORDS.search(m.group("inside")):
            return head
        names += [p for p in _PIECES.split(head[at:m.start()].strip()) if p]
        groups.append(m.group("inside"))
        at = m.end()
    if not groups or at != len(head) or not names:
        return head
    if len(groups) == 1 and not INSTITUTION_WORDS.search(groups[0]):
        return head
    if not all(_NAME_PIECE.fullmatch(n) and plausible_name(n.rstrip("*†‡")) for n in names) \
            or any(abstract_noun(w) for n in names for w in n.split()):
        return head
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
