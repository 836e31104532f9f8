"""A PDF CV entry -> the text CV form ``Authors. *Title*. Venue, Year. **[Badge]**``.

What each font style means is decided once per CV, from all its entries: the style whose
runs read as titles (italic in most LaTeX CVs, bold in moderncv), the bold name that recurs
in the author lists (the owner), the style of venues (italic in many Word CVs, where titles
are plain). Each entry is then written out with its title in ``*italics*``, the owner in
``**bold**`` and its badges as ``**[Oral]**``, so the shared entry parser reads it like a
text CV. Where no style marks the title, the entry's printed line breaks separate authors,
title and venue.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from .author_lists import plausible_name, split_author_list
from .citations import standard_quotes
from .cv_entries import sentence_break
from .cv_pdf_layout import PdfEntry
from .pdf_lines import Line, Word

Style = str  # "italic" or "bold"

_LINK_LABEL = re.compile(
    r"^[\[(]?(?:paper|pdf|code|project(?: page)?|page|slides|video|poster|bib|bibtex|arxiv|website|web|talk|data|"
    r"dataset|demo|link|html|supp|supplementary|github|blog|media|press|doi|openreview|abstract|url)[\])]?[.,;]?$",
    re.I)
_BRACKET_LABEL = re.compile(
    r"^\[(?:paper|pdf|code|project|slides|video|poster|bibtex|arxiv|website|talk|data|demo|link)\]$", re.I)
# An entry's label of its kind's capital and its number joined by a stop or a hyphen ("[J.4]"
# a journal paper, "[C-10]" a conference paper), wherever the CV prints it (before the venue
# on the entry's last line, as a word processor's CV may): never a word of a field.
_KIND_LABEL = re.compile(r"^\[[A-Z]{1,3}[.\-]\d{1,3}\]$")
# A name's word: a capitalised word, initials ("M.", "M.T.", "A.-M."; the last stop may be gone,
# stripped with a run's closing punctuation: "Holloway M.T." in bold read as "Holloway M.T"),
# a particle.
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*(?:-?[A-Z])?|van|von|de|der|den|da|di|del|du|le|la"
                        r"|dos)$")
_BADGE_TEXT = re.compile(r"\boral\b|spotlight|best\s+(?:\w+\s+)?paper|outstanding\s+paper|honou?rable\s+mention|"
                         r"\bhighlight\b|paper\s+award", re.I)
_AWARD = re.compile(r"\b(?:best|outstanding)\b.*\bpaper\b|\baward\b", re.I)
_VENUE_TEXT = re.compile(
    r"^(?:In\b|Proc\b|Proceedings\b)|\b(?:Conference|Journal|Transactions|Symposium|Workshop|Letters|Proceedings|"
    r"arXiv|Annual Meeting|Congress|Proc\.)", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PAREN_YEAR = re.compile(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)")
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|arxiv", re.I)
_VENUE_LEAD = frozenset({"in", "proc.", "proc", "proceedings", "of", "the", "in:"})
_KEEP_HYPHEN = re.compile(
    r"(?:^|\W)(?:self|non|semi|multi|co|cross|pre|post|well|state|end|high|low|large|small|long|short|fine|real|"
    r"zero|few|one|two|three|first|second|third|full|half|present|data|task|model|open|closed|human|graph|sub|meta|"
    r"inter|intra|auto)-$", re.I)
_PUNCT_END = (".", "?", "!", ":", ";", ",")
_NOT_A_CONTINUATION = re.compile(r"arxiv|e-?print|doi|https?:|www\.", re.I)
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Roles:
    """What the CV's font styles mean, decided from all its entries."""

    title_style: Style | None = None
    venue_style: Style | None = None
    owner: str | None = None  # the name printed in bold among the authors
    # a name the CV prints in italics in most entries (an owner marked in italics, not bold)
    italic_name: str | None = None


@dataclass
class _Token:
    word: Word
    line: int  # index of the entry line the word is on

    @property
    def text(self) -> str:
        return self.word.text


def _has(word: Word, style: Style) -> bool:
    return word.bold if style == "bold" else word.italic


def _is_punct(text: str) -> bool:
    return not any(c.isalnum() for c in text)


def _plain(tokens: list[_Token]) -> str:
    return _join(tokens).strip(" .,;:∗*+†‡")


def _join(tokens: list[_Token]) -> str:
    return "".join((" " if t.word.space_before and i else "") + t.text for i, t in enumerate(tokens))


_INVERTED = re.compile(r"^([^,.\d]+),\s*((?:[A-Z]\.[\s-]?){0,2}[A-Z]\.?)$")  # "Venturelli, D.", "Lee, A. B."


def uninverted(name: str) -> str:
    """"Lee, A. B." -> "A. B. Lee"; any other text as it is."""
    inverted = _INVERTED.match(name.strip())
    if not inverted:
        return name
    initials = inverted.group(2).strip()
    return f"{initials if initials.endswith('.') else initials + '.'} {inverted.group(1).strip()}"


def name_like(text: str) -> bool:
    """One person's name: two to four name words, or a surname and initials inverted
    ("Lee, A. B.", the owner's name in bold in an APA or Harvard list)."""
    words = uninverted(text.replace("∗", "").strip()).split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def name_list(text: str) -> bool:
    """``A. Lee, Bo Chen, and Cy Dunn``: every piece between commas and "and" a name."""
    pieces = [p.strip(" .*∗+") for p in re.split(r",|\band\b|&", text.replace("**", "")) if p.strip(" .*∗+")]
    return bool(pieces) and sum(name_like(p) for p in pieces) >= 0.8 * len(pieces)


LIST_NAMES = 2  # a styled run of this many names at least, each with its initials, is an author list
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.|(?<![^\W\d_])[A-Z](?![^\W\d_])")


def initials_list(text: str) -> bool:
    """Whether ``text`` is a list of :data:`LIST_NAMES` names or more, each printed with its
    initials ("Lee, A. B.; Chen, C.", "Lee A.B. and Chen C."): a run set in a style of its
    own that holds the names (the whole author list in bold), never a title, whose words no
    name list splits into names that each carry an initial."""
    names, _ = split_author_list(text.strip(" .,;*"))
    return len(names) >= LIST_NAMES and all(_INITIAL.search(n) and plausible_name(n) for n in names)


def badge_like(text: str) -> bool:
    return bool(_BADGE_TEXT.search(text)) and len(text.split("(")[0].split()) <= 8


def venue_like(text: str) -> bool:
    return bool(_VENUE_TEXT.search(text))


_VOLUME_WORD = re.compile(r"^(?:vol(?:ume)?|Bd)\.?$", re.I)
_VOLUME = re.compile(r"^\d{1,4}[,.:;]?$|^\d{1,4}\(\d+\)[,.:]?$")  # "62", "13,", "3(2):" after a journal's name


def _venue_run(tokens: list[_Token], start: int, end: int) -> bool:
    """Whether a styled run reads as a venue: its words name one ("Journal", "Proceedings"),
    or, after other text, a volume number follows it ("*Nucl. Fusion* **62** 036009",
    "*Phys. Rev. B* 3(2)"), as journals are cited in every style; a year is no volume."""
    if venue_like(_plain(tokens[start:end])):
        return True
    k = end
    while k < len(tokens) and _is_punct(tokens[k].text):
        k += 1
    if k + 1 < len(tokens) and _VOLUME_WORD.match(tokens[k].text):
        k += 1  # "*Nuclear Future*, Volume 13"
    return (start > 0 and k < len(tokens) and bool(_VOLUME.match(tokens[k].text))
            and not _YEAR.fullmatch(tokens[k].text.rstrip(",.:;")))


# Names set in capitals or small capitals (SIAM, BibTeX styles with ``\textsc``): "K. VON
# FINTEL AND A. S. GILLIES". A capital "AND" after a surname in capitals and before an initial
# is the list's "and" (a title in capitals has no initial after its "AND").
_CAPS_SURNAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+,?$")
_AN_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)*$")


_LINK_SEPARATORS = frozenset("|·•/")
_IDENTIFIER = re.compile(r"^(?:doi:?|10\.\d{4,9}/\S+|https?://\S+|arxiv:\S+)$", re.IGNORECASE)
LINK_LINE_LABELS = 2  # a line of links names this many of them at least ("PDF | Code", "DOI: 10.1/x | PDF")


def link_line(texts: list[str]) -> bool:
    """Whether a printed line is a row of link labels parted by separators, a DOI or address
    among them ("DOI: 10.1234/x | PDF | Code", "arXiv · PDF · Slides"), as a site-made CV
    prints its links as words: no title, name or venue is made of these words alone."""
    labels = sum(bool(_LINK_LABEL.match(t)) for t in texts)
    identifiers = sum(bool(_IDENTIFIER.match(t)) for t in texts)
    return (labels >= 1 and labels + (identifiers > 0) >= LINK_LINE_LABELS
            and any(t in _LINK_SEPARATORS for t in texts)
            and all(_LINK_LABEL.match(t) or _IDENTIFIER.match(t) or t in _LINK_SEPARATORS for t in texts))


def tokens_of(entry: PdfEntry) -> list[_Token]:
    """The entry's words, without link labels ("[Paper]", "code") and icon glyphs; a capital
    "AND" between names in capitals read as "and"."""
    tokens = [_Token(w, i) for i, el in enumerate(entry.lines) for w in el.words]
    link_lines = {i for i, el in enumerate(entry.lines) if link_line([w.text for w in el.words])}
    out: list[_Token] = []
    for k, t in enumerate(tokens):
        if _BRACKET_LABEL.match(t.text) or _KIND_LABEL.match(t.text):
            continue
        if t.line in link_lines and (_LINK_LABEL.match(t.text) or t.text in _LINK_SEPARATORS):
            continue  # "DOI: 10.1234/x | PDF | Code": the labels of links printed as words
        if t.word.link and _LINK_LABEL.match(t.text):
            anchor = [u for u in tokens[max(0, k - 3):k + 4] if u.word.link == t.word.link]
            if len(anchor) <= 3:
                continue
        if t.text == "AND" and 0 < k < len(tokens) - 1 and _CAPS_SURNAME.match(tokens[k - 1].text) \
                and _AN_INITIAL.match(tokens[k + 1].text):
            t = _Token(dataclasses.replace(t.word, text="and"), t.line)
        out.append(t)
    return out


RUN_SIZE_STEP = 0.5  # a run in one style that goes on to a line of a size this much different is two runs


def _runs(tokens: list[_Token], style: Style) -> list[tuple[int, int]]:
    """[start, end) of each stretch of words in ``style``; punctuation between them does not
    cut, a line break to another font size does (a bold title, then the owner's bold name
    opening the smaller author line below it)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _has(tokens[i].word, style) or _is_punct(tokens[i].text):
            i += 1
            continue
        j = i + 1
        last = i
        while j < len(tokens) and (_has(tokens[j].word, style) or _is_punct(tokens[j].text)) and not (
                tokens[j].line != tokens[last].line
                and abs(tokens[j].word.size - tokens[last].word.size) >= RUN_SIZE_STEP):
            if _has(tokens[j].word, style):
                last = j
            j += 1
        runs.append((i, last + 1))
        i = j
    return runs


def _in_name_list(tokens: list[_Token], start: int, end: int) -> bool:
    """A run between commas or "and": a name of the author list, not a short title."""
    after = tokens[end].text if end < len(tokens) else ""
    before = tokens[start - 1].text if start > 0 else ""
    return (after[:1] in {",", "∗", "*", "+", "†"} or after == "and" or before.endswith(",") or before == "and"
            or tokens[end - 1].text.endswith(","))


def _title_run(tokens: list[_Token], style: Style, owner: str | None) -> tuple[int, int] | None:
    """The first run in ``style`` that reads as a title: not a name, badge or venue, and
    not after the venue's year."""
    for start, end in _runs(tokens, style):
        text = _plain(tokens[start:end])
        before = _PAREN_YEAR.sub("", _join(tokens[:start]))  # "Ann Lee. (2022). *Title*" keeps its title
        if _YEARISH.search(before) or venue_like(before) or _plain_title_before(before):
            return None
        if (owner and text == owner) or badge_like(text) or venue_like(text):
            continue
        if style == "bold" and name_like(text) and _in_name_list(tokens, start, end):
            continue
        if initials_list(text):
            continue  # "**Lee, A. B.; Chen, C.**": the names set in the CV's bold, not a title
        words = text.split()
        if len(words) >= 2 or (words and len(words[0]) >= 5):
            return start, _owner_line_cut(tokens, start, end, owner)
    return None


def _owner_line_cut(tokens: list[_Token], start: int, end: int, owner: str | None) -> int:
    """The end of a title run that goes on to a line holding the owner's name alone, in the
    same type (a bold title over the owner's bold name: a thesis, a single-author paper), or
    a name that opens a list of names (:func:`_name_opening_a_list`): the name is no word of
    the title, so the run ends before its line."""
    k = end
    while k > start and tokens[k - 1].line == tokens[end - 1].line:
        k -= 1
    if k > start and _plain(tokens[k:end]) == owner:
        return k
    return k if _name_opening_a_list(tokens, start, k, end) else end


def _name_opening_a_list(tokens: list[_Token], start: int, k: int, end: int) -> bool:
    """Whether a title run's last printed line (``tokens[k:end]``, the run going on from the
    line above) is a name alone that a list of names goes on from in another type ("**A title
    of things**" / "**O. K. Veil** and B. Chen"): the owner's name in the title's type opening
    the author line, no word of the title: the whole printed line reads as names, two at least.
    In bold only, the type CVs set the owner's name in, the rest of the line in the text's
    type (a title's last line "**Across Scales**, *Venue*, Ann Lee and Bo Chen" reads as names
    too: its italic venue tells it from an author line)."""
    if not (start < k < end and all(t.word.bold for t in tokens[k:end]) and name_like(_plain(tokens[k:end]))
            and _in_name_list(tokens, k, end)):
        return False
    stop = end
    while stop < len(tokens) and tokens[stop].line == tokens[k].line:
        stop += 1
    line = _plain(tokens[k:stop])
    plain = not any(t.word.bold or t.word.italic for t in tokens[end:stop])
    return plain and len(re.split(r",|\band\b|&", line)) >= 2 and name_list(line)


_NAME_PARTICLES = frozenset({"and", "et", "al", "van", "der", "den", "de", "von", "da", "del", "la", "le", "du", "dos",
                             "di", "y", "e", "ten", "ter", "bin", "ibn"})
PLAIN_TITLE_WORDS = 4  # a sentence this long, with lower-case words, before a styled run is a title already


def _plain_title_before(before: str) -> bool:
    """Whether a sentence in plain type ends right before a styled run and reads as a title
    (four words or more, two of them lower-case words that no name list holds: "of",
    "in", "a"): "Lee, A., & Roe, C. Dynamics of a comb. *J. Phys. A, 50*" prints its title
    plain, so the italic run after it is the venue, not the title."""
    text = before.rstrip()
    if not text.endswith((".", "?", "!")):
        return False
    last = re.split(r"(?<=[.?!])\s+", text[:-1].rstrip())[-1]
    words = last.split()
    lower = [w for w in words if w[:1].islower() and w.strip(",;:").casefold() not in _NAME_PARTICLES]
    return len(words) >= PLAIN_TITLE_WORDS and len(lower) >= 2 and not name_list(last)


def decide_roles(entries: list[PdfEntry]) -> Roles:
    token_lists = [tokens_of(e) for e in entries]
    bold_names: Counter[str] = Counter()
    for entry, tokens in zip(entries, token_lists):
        # (a run in a flush-right cell is a venue's or a date's, never the owner's name)
        names = {_plain(tokens[s:e]) for s, e in _runs(tokens, "bold") if not entry.lines[tokens[s].line].right_cell}
        bold_names.update(n for n in names if name_like(n))
    owner = None
    if bold_names:
        name, count = bold_names.most_common(1)[0]
        if count >= 2 and count >= 0.25 * len(entries):
            owner = name
    # the name the CV sets in italics in most entries (the owner marked so) is no title run,
    # as the bold owner is none
    italic_name = _recurring_name(token_lists, "italic")
    marked = {"italic": italic_name or owner, "bold": owner}
    scores = {style: sum(1 for tokens in token_lists if _title_run(tokens, style, marked[style]))
              for style in ("italic", "bold")}
    title_style = max(scores, key=lambda s: (scores[s], s == "italic"))
    if scores[title_style] < 0.5 * len(entries):
        title_style = None
    venue_style = None
    for style in ("italic", "bold"):
        if style == title_style:
            continue
        hits = sum(1 for tokens in token_lists
                   if any(_venue_run(tokens, s, e) for s, e in _runs(tokens, style)))
        if hits >= 0.3 * len(entries):
            venue_style = style
            break
    return Roles(title_style, venue_style, owner, italic_name)


def _recurring_name(token_lists: list[list[_Token]], style: Style) -> str | None:
    """The name printed in ``style`` in at least half the entries: the owner, marked so. A
    venue recurs too, but not in most entries of a list."""
    counts: Counter[str] = Counter()
    for tokens in token_lists:
        counts.update({n for n in (_plain(tokens[s:e]) for s, e in _runs(tokens, style)) if name_like(n)})
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    return name if n >= 2 and n >= 0.5 * len(token_lists) else None


TAB_COLUMN_SHARE = 0.12  # a tab column beside the text (a date) takes at most this share of the column's width


def wrap_gap(entries: list[PdfEntry]) -> float:
    """The blank width the CV's wrapped lines leave before their column's right edge, from
    the whole document: the lower quartile over the lines that are not an entry's last.
    About a word where lines run to the edge; a tab column's width where a date or number
    stands at the right of each entry's first line and the text wraps short of it."""
    gaps = sorted(el.line.right - max(w.x1 for w in el.words)
                  for e in entries if len(e.lines) > 1 for el in e.lines[:-1] if el.words)
    return max(0.0, gaps[len(gaps) // 4]) if len(gaps) >= 8 else 0.0


def _room(prev: Line, x1: float, gap: float) -> float:
    """The blank width a printed line leaves before the edge its CV's lines wrap at (the
    column's right edge less the document's wrap gap, :func:`wrap_gap`, a tab column's
    width at most)."""
    edge = prev.right - min(gap, TAB_COLUMN_SHARE * max(1.0, prev.right - prev.left))
    return max(edge, x1) - x1


def _ends_on_name(text: str) -> bool:
    """Whether a line that reads as a list of names ends on a name ("..., and Ming-Hsuan Yang,"):
    ``name_list`` lets a fifth of the pieces be no name, and the last piece may then be the
    year and the title run on after the names ("..., and James M. Valles Jr (2007). Buckling of
    Bundles Formed" over "in Tubulin Solutions. *Phys. Rev. Lett* 24, 1–9."), which a line
    of the venue's lead does not end."""
    pieces = [p for p in re.split(r",|\band\b|&", text.replace("**", "")) if p.strip(" .*∗+")]
    return bool(pieces) and name_like(pieces[-1].strip(" .*∗+"))


def _hard_break(prev: Line, prev_text: str, nxt: Word, in_authors: bool, next_text: str = "",
                gap: float = 0.0) -> bool:
    """Whether the printed line break between ``prev`` and a line starting with ``nxt``
    ends a field (authors, title, venue) rather than wrapping one (``gap``: the CV's wrap
    gap, :func:`wrap_gap`)."""
    t = prev_text.rstrip()
    cut = sentence_break(next_text)
    if venue_like(next_text[:cut]) and name_list(t) and re.search(r",|\band\b", t) and not _name_cut(t) \
            and _ends_on_name(t):
        return True  # "..., and Ming-Hsuan Yang," then "IEEE International Conference ..."
    closes_list = re.search(r"\band\b|&", next_text[:cut] or "") and name_list(next_text[:cut])
    if in_authors and t.endswith(",") and name_list(t) and not name_list(next_text) and not closes_list:
        return True  # "..., and Narendra Ahuja," then the title (not "Bo Chen and Cy Roe. Venue ...")
    if not t or t.endswith(("-", ",", ";", ":", "&")) or re.search(r"\band$", t):
        return False
    if quote_left_open(t):
        return False  # '”Title that wraps' / 'over two lines”': a field does not end inside its quotation marks
    if in_authors and _GIVEN_THEN_INITIALS.search(t) and name_list(t):
        return False  # "..., and Chris T." / "Darimont": a given name and initials want the surname after them
    names_tail = re.split(r"(?<=[.?!])\s+", t)[-1]  # "2021 – Title. Ann Lee & Luke J": the names after the title
    if (in_authors and initial_without_surname(t)) or (
            names_tail != t and initial_without_surname(names_tail) and name_list(names_tail)):
        return False  # "Scott L Nuismer, and Luke J" / "Harmon.": the same without stops
    if nxt.text[:1].islower() and not _NOT_A_CONTINUATION.match(nxt.text):
        return False
    if in_authors and sentence_break(t) is None:
        # the break ends the author list unless it cuts a name: "..., and Stefano" / "Ermon"
        return len(re.split(r",|\band\b", t)[-1].split()) >= 2
    room = _room(prev, prev.x1, gap)
    return room > (nxt.x1 - nxt.x0) + nxt.size and room > 0.08 * max(1.0, prev.right - prev.left)


# A given name written out and its middle initials closing a line of given-first names, no
# surname after them ("..., and Chris T."); an inverted name has a comma before its initials
# ("Darimont, C. T.") and the initials alone may be Vancouver's ("Lee AB" has no stops).
_GIVEN_THEN_INITIALS = re.compile(r"(?:^|,|\band|&)\s*\**[A-Z][a-z][\w'’\-]*\s(?:[A-Z]\.\s?){1,2}$")


def initial_without_surname(text: str) -> bool:
    """Whether a line of given-first names ends on a given name and a bare initial ("Scott L
    Nuismer, Bob Week and Luke J"), which wants its surname on the next line: the other names
    of the line, if any, end on a surname, so the last is no surname-first name ("Lee A",
    Vancouver)."""
    pieces = [p.replace("**", "").split() for p in re.split(r",|\band\b|&", text) if p.strip(" *")]
    if not pieces or len(pieces[-1]) < 2 or (len(pieces) == 1 and text.rstrip().endswith(".")):
        return False  # (a name alone: only with its initial bare, "Scott L", not Vancouver's "Lee A.")
    last = pieces[-1]
    given = re.fullmatch(r"[A-Z][a-z][\w'’\-]*", last[0]) and all(re.fullmatch(r"[A-Z]\.?", w) for w in last[1:])
    surnamed = all(len(p) >= 2 and re.fullmatch(r"[A-Z][a-z][\w'’\-]*\.?", p[-1]) for p in pieces[:-1])
    return bool(given and surnamed)


# a double quotation mark that opens a quotation: “ anywhere, or ” after a space or at the start
# and before a letter or digit (LaTeX prints an ASCII "Title" as ”Title”), or an ASCII " after a
# space or at the start; a closing mark is any other ” or "
_QUOTE_MARK = re.compile(r"“|(?:(?<=[\s(\[])|^)[”\"](?=\w)|[”\"]")


def quote_left_open(text: str) -> bool:
    """Whether ``text`` ends inside a quotation: its last double quotation mark opens one
    (:data:`_QUOTE_MARK`) and nothing closes it."""
    last = None
    for m in _QUOTE_MARK.finditer(text):
        last = m
    if last is None:
        return False
    opening = last.group() == "“" or (last.start() == 0 or text[last.start() - 1] in " \t([") \
        and last.end() < len(text) and text[last.end()].isalnum()
    return opening


def _name_cut(text: str) -> bool:
    """Whether a line of names ends inside a name: "..., and **Yang" (its surname on the next line)."""
    last = re.split(r",|\band\b|&", text.replace("**", "").rstrip())[-1].split()
    return len(last) == 1 and not text.rstrip().endswith((",", "."))


# an en dash glued to the word or number before it at a line's end: the first part of a compound
# or a range ("herbivore–plant", "1957–1966") broken after its dash (a spaced dash, "Title –",
# is a separator)
_GLUED_EN_DASH = re.compile(r"[^\W_]–$")


def _glue(text: str, nxt: str, hyphenated: frozenset[str] = frozenset()) -> str:
    """Join two lines' text: a hyphen at a line end is dropped before a lower-case word,
    unless the document prints the word with its hyphen elsewhere (``hyphenated``); an en
    dash glued to the word before it is kept, with no space after it."""
    if text.endswith(" -"):
        return f"{text} {nxt}"  # a hyphen standing alone is a dash ("The Hourglass -" / "Consequences"), no break
    if _GLUED_EN_DASH.search(text) and nxt[:1].isalnum():
        return text + nxt  # "herbivore–" / "plant", "1957–" / "1966": one compound or range, no space
    if text.endswith("-") and not text.endswith("--") and nxt[:1].isalpha():
        word = re.split(r"[^\w-]", text)[-1] + re.split(r"[^\w-]", nxt)[0]
        before = text[:-1].split()[-1:]
        # (not "e+e-" of a formula; a word opening an emphasised run, "*Educa-" / "tional", is one)
        syllable = bool(before) and before[0].lstrip("([{\"“‘'*_").isalpha()
        if nxt[:1].islower() and syllable and not _KEEP_HYPHEN.search(text) and word.casefold() not in hyphenated:
            return text[:-1] + nxt
        return text + nxt
    return f"{text} {nxt}" if text else nxt


def _field_sep(text: str) -> str:
    text = text.rstrip()
    if not text or text.endswith(_PUNCT_END) or text.rstrip("\"”’'").endswith(_PUNCT_END):
        return " "  # 'Title." Venue': the stop inside the closing quotation mark ends the field already
    return ". "


def render(entry: PdfEntry, roles: Roles) -> tuple[str, str]:
    """(the entry as text-CV markdown, its plain text)."""
    tokens = tokens_of(entry)
    if not tokens:
        return "", ""
    title = _title_run(tokens, roles.title_style, roles.owner) if roles.title_style else None
    kinds = ["text"] * len(tokens)
    if title:
        for k in range(*title):
            kinds[k] = "title"
    for style in ("bold", "italic"):
        for s, e in _runs(tokens, style):
            text = _plain(tokens[s:e])
            if kinds[s] != "text":
                continue
            if style == "bold" and roles.owner and text == roles.owner:
                kinds[s:e] = ["owner"] * (e - s)
            elif badge_like(text) and not venue_like(text) and not (s == 0 and not title):
                kinds[s:e] = ["badge"] * (e - s)
    _whole_line_badges(tokens, kinds)
    venue_starts = _venue_starts(tokens, kinds, roles.venue_style)
    names_start: int | None = None
    names_field: int | None = None  # the index of the field that names_start opened
    in_venue: range = range(0)  # the tokens of that venue after its first: one field, over lines too
    between = _venue_before_names(tokens, title, roles)
    if between:  # "**Title**, *Venue*, Ann Lee and Bo Chen." (moderncv's \cventry)
        venue_starts.add(between[0])
        names_start = between[1]
        in_venue = range(between[0] + 1, between[1])

    fields: list[list[str]] = []  # text pieces; a new field at a hard break or a role change
    field_kinds: list[str] = []
    plain = ""
    for k, t in enumerate(tokens):
        kind = "text" if kinds[k] == "owner" else kinds[k]
        new_line = k > 0 and t.line != tokens[k - 1].line
        if (k > 0 and not new_line and _is_punct(t.text)) or k in in_venue:
            starts_field = False  # "." after an italic title stays with it
        elif k == 0 or kind != _base(field_kinds[-1]) or k in venue_starts or k == names_start \
                or (new_line and entry.lines[t.line].cell_start):  # a table's next cell: a field of its own
            starts_field = True
        elif new_line and kind == "text" and not (title and k < title[0]):
            # the first field, or the first after a title printed first (the names follow it)
            in_authors = len(fields) == 1 or (len(fields) == 2 and field_kinds[0] == "title") \
                or len(fields) - 1 == names_field
            next_text = _join([u for u in tokens[k:k + 12] if u.line == t.line])
            starts_field = _hard_break(entry.lines[tokens[k - 1].line].line, "".join(fields[-1]), t.word,
                                       in_authors, next_text, entry.wrap_gap)
        else:
            starts_field = False
        if starts_field:
            if k == names_start:
                names_field = len(fields)
            fields.append([])
            field_kinds.append("venue" if k in venue_starts and kind == "text"
                               else "names" if k == names_start else kind)
        piece = t.text.replace("∗", "*")
        if kinds[k] == "owner" and (k == 0 or kinds[k - 1] != "owner"):
            piece = "**" + piece
        if kinds[k] == "owner" and (k + 1 == len(tokens) or kinds[k + 1] != "owner"):
            piece = piece + "**"
        if not fields[-1]:
            fields[-1].append(piece)
        elif new_line:
            fields[-1] = [_glue("".join(fields[-1]), piece, entry.hyphenated)]
        else:
            fields[-1].append((" " if t.word.space_before else "") + piece)
        if new_line:
            plain = _glue(plain, t.text, entry.hyphenated)
        else:
            plain += (" " if t.word.space_before and plain else "") + t.text
    return standard_quotes(_compose(fields, field_kinds)), standard_quotes(plain)  # « Title » is “Title”


def _venue_before_names(tokens: list[_Token], title: tuple[int, int] | None,
                        roles: Roles) -> tuple[int, int] | None:
    """(where the run starts, where the names start) for a run in the other style set between
    a title printed first and the author list that ends the entry: "**Title**, *Venue*, Ann
    Lee and Bo Chen." (moderncv's ``\\cventry`` as many use it for papers: the title, the
    venue, then the names). A run that is the name the CV marks in most entries (an owner in
    italics) is no venue; None when the entry is not so printed."""
    if not title or any(_LETTERS.search(t.text) for t in tokens[:title[0]]):
        return None
    k = title[1]
    while k < len(tokens) and _is_punct(tokens[k].text):
        k += 1
    for style in ("italic", "bold"):
        if style == roles.title_style:
            continue
        run = next(((s, e) for s, e in _runs(tokens, style) if s == k), None)
        if run is None:
            continue
        text = _plain(tokens[run[0]:run[1]])
        if text in (roles.owner, roles.italic_name):
            return None
        j = run[1]
        while j < len(tokens) and _is_punct(tokens[j].text):
            j += 1
        rest = _join(tokens[j:]).strip().rstrip(".")
        if j < len(tokens) and not _YEAR.search(rest) and name_list(rest):
            return run[0], j
    return None


def _base(kind: str) -> str:
    return "text" if kind in ("venue", "names") else kind


def _whole_line_badges(tokens: list[_Token], kinds: list[str]) -> None:
    """A line after the first that only says a badge ("Oral Presentation (1.6%)") is one."""
    by_line: dict[int, list[int]] = {}
    for k, t in enumerate(tokens):
        by_line.setdefault(t.line, []).append(k)
    for line_no, ks in by_line.items():
        if line_no == 0 or any(kinds[k] != "text" for k in ks):
            continue
        text = _join([tokens[k] for k in ks])
        # a year is fine before an award ("ETRA 2014 Best Long Paper Award"), not before "Oral",
        # which may follow a venue ("NeurIPS 2019 (Oral)")
        dated = bool(_YEARISH.search(text.split("(")[0])) and not _AWARD.search(text)
        if badge_like(text) and not venue_like(text) and not dated:
            for k in ks:
                kinds[k] = "badge"


def _venue_starts(tokens: list[_Token], kinds: list[str], style: Style | None) -> set[int]:
    """Where a run in the venue style begins, moved back over "In", "Proceedings of"."""
    if style is None:
        return set()
    starts = set()
    for s, e in _runs(tokens, style):
        if kinds[s] != "text" or not _venue_run(tokens, s, e):
            continue
        k = s
        while k > 0 and s - k < 4 and kinds[k - 1] == "text" and tokens[k - 1].text.lower() in _VENUE_LEAD:
            k -= 1
        starts.add(k)
    return starts


def _compose(fields: list[list[str]], kinds: list[str]) -> str:
    """Fields in printed order -> ``Authors. *Title*. Venue. **[Badge]**``. A title printed
    first (moderncv) moves after the author list that follows it; notes printed after the
    venue ("Book chapter to appear in ...") are left out."""
    parts = [(k, "".join(f).strip()) for k, f in zip(kinds, fields)]
    parts = [(k, t) for k, t in parts if t]
    badges = [t for k, t in parts if k == "badge"]
    texts = [(k, t) for k, t in parts if k != "badge"]
    title_at = next((i for i, (k, _) in enumerate(texts) if k == "title"), None)
    if title_at is not None:
        before, after = [t for _, t in texts[:title_at]], [t for _, t in texts[title_at + 1:]]
        rest_parts = texts[title_at + 1:]
        if not any(_LETTERS.search(t) for t in before) and len(rest_parts) >= 2 and rest_parts[0][0] == "venue" \
                and rest_parts[1][0] == "names":
            # "**Title**, *Venue*, Ann Lee and Bo Chen.": the names after the venue are the authors
            before, after = [rest_parts[1][1]], [rest_parts[0][1]] + [t for _, t in rest_parts[2:]]
        elif not any(_LETTERS.search(t) for t in before) and after:
            before, after = after[:1], after[1:]  # title printed first (moderncv): authors follow it
            cut = sentence_break(before[0])
            if cut is not None and name_list(before[0][:cut]) and _LETTERS.search(before[0][cut + 1:]):
                # "Ann Lee and Bo Chen. Venue, 2021." on one line under the title: names, then the venue
                before, after = [before[0][:cut + 1]], [before[0][cut + 1:].strip()] + after
        out = _join_fields(before)
        out = f"{out} *{texts[title_at][1]}*" if out else f"*{texts[title_at][1]}*"
        # a field that is only a DOI or a web address names no venue: the venue is the next
        # field (a "DOI: ..." note line printed before a venue set flush right and moved last)
        links = [t for t in after if _LINK_ONLY.fullmatch(t)]
        rest = _join_fields(_venue_fields([t for t in after if t not in links]) + links)
        text = f"{out}. {rest}" if rest else out
    else:
        venue = next((i for i, (k, t) in enumerate(texts) if i >= 1 and (k == "venue" or venue_like(t)
                                                                           or _YEAR.search(t))), None)
        kept = [t for _, t in texts]
        if venue is not None:
            kept = kept[:venue] + _venue_fields(kept[venue:])
        text = _join_fields(kept)
    for badge in badges:
        text += " **" + (badge if badge.startswith("[") else f"[{badge}]") + "**"
    return re.sub(r"\s+", " ", text).strip()


_LINK_ONLY = re.compile(r"(?:doi\s*:?\s*|https?://|www\.)\S+(?:\s\S+)?", re.I)  # (a DOI broken over two lines)


def _venue_fields(fields: list[str]) -> list[str]:
    """The venue field, and the next one too when it only adds the year."""
    kept = fields[:1]
    if kept and not _YEAR.search(fields[0]) and len(fields) > 1 and _YEAR.search(fields[1]) \
            and len(fields[1].split()) <= 4:
        kept.append(fields[1])
    return kept


def _join_fields(texts: list[str]) -> str:
    out = ""
    for t in texts:
        if not out:
            out = t
        elif _is_punct(t):
            out += t
        elif out.rstrip().endswith(","):
            out = out.rstrip()[:-1] + ". " + t  # a field that ends in a stray comma
        else:
            out += _field_sep(out) + t
    return out


FIELD_GAP = 2.0  # a gap this many font sizes wide inside a printed line separates two fields
# A date with its month on a line of its own ("MARCH 2021", "Mar. 2021", "2021-03"): the
# entry's date, which the block readers take as its year when it stands alone, as they take a
# year printed alone; a month's name is never a venue's
_MONTH_DATE = re.compile(r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:19|20)\d\d"
                         r"|(?:19|20)\d\d-[01]\d)", re.IGNORECASE)


_SEPARATOR = frozenset("–—|")


def _after_title_separator(tokens: list[_Token], style: Style | None) -> set[int]:
    """The indices of dashes or bars standing alone, a space either side, between a run in the
    CV's title type and text in another type on the same line ("**Title** — *Venue*", Google
    Docs' templates): a separator of two fields, where the title ends and the next field opens."""
    if not style:
        return set()
    return {k for k in range(1, len(tokens) - 1)
            if tokens[k].text in _SEPARATOR and tokens[k - 1].line == tokens[k].line == tokens[k + 1].line
            and tokens[k].word.space_before and tokens[k + 1].word.space_before  # "|Vcb|" is no separator
            and _has(tokens[k - 1].word, style) and not _has(tokens[k + 1].word, style)}


def render_lines(entry: PdfEntry, title_style: Style | None = None, owner: str | None = None) -> str:
    """The entry as printed, in markdown: runs in the CV's title style (``Roles.title_style``,
    italic or bold) in ``*...*``, and a hard break (two spaces and a newline) where a field
    (authors, title, venue) ends: where a printed line stops short of the column's right
    edge, changes style, or is cut by a wide gap; a line that runs to the edge wraps. A
    right-hand cell (a venue or a date set flush right beside a title) is a field of its
    own, put after the lines that continue the field it stands beside. The markdown readers
    (:func:`extractors.markdown_page.read_block`) take it from there."""
    tokens = tokens_of(entry)
    if not tokens:
        return ""
    segments: list[list[_Token]] = []  # printed lines, cut where a wide gap separates two fields
    cut = _after_title_separator(tokens, title_style)
    for k, t in enumerate(tokens):
        if k in cut:
            continue  # "**Title** — *Venue*": the dash parts two fields and is neither's
        if segments and segments[-1][0].line == t.line and k - 1 not in cut and \
                t.word.x0 - segments[-1][-1].word.x1 < FIELD_GAP * t.word.size:
            segments[-1].append(t)
        else:
            segments.append([t])
    out = ""
    left: list[_Token] | None = None  # the last segment that opened a printed line
    deferred: list[str] = []  # right-hand cells waiting for their field to end
    for toks in segments:
        text = _marked(toks, title_style)
        whole_line = len(toks) == sum(t.line == toks[0].line for t in tokens)
        if whole_line and _MONTH_DATE.fullmatch(_plain(toks).strip()):
            text = _YEAR.search(text).group(0)  # "MARCH 2021" on a line of its own: the entry's date
        if left is not None and toks[0].line == left[0].line:
            line = entry.lines[toks[0].line].line
            if toks[0].word.x0 > (line.left + line.right) / 2:
                deferred.append(text)  # a cell set at the right (a venue, a date)
                continue
            out += "  \n" + text  # the text after a label cell ("2024    A. Lee, ...")
            left = toks
            continue
        if left is None:
            out, left = text, toks
            continue
        prev = entry.lines[left[0].line].line
        prev_x1 = max(t.word.x1 for t in left)
        if entry.lines[toks[0].line].cell_start:
            hard = True  # a table's next cell
        elif deferred:  # a cell stood at the right: only the style tells whether the field goes on
            hard = not _continues(left, toks)
        else:
            hard = ((_look(left) != _look(toks)  # a bold title line, then the authors in roman
                     and not (_same_emphasis(left[-1], toks[0]) and not _opens_with(toks, owner)))
                    or (_ends_short(prev, prev_x1, out, toks[0].word, entry.wrap_gap)
                        and not _same_emphasis(left[-1], toks[0])))
        if hard:
            out += "".join(f"  \n{d}" for d in deferred) + "  \n" + text
            deferred = []
        elif out.endswith("*") and text.startswith("*"):  # one emphasised run over two lines
            out = _glue(out[:-1], text[1:], entry.hyphenated)
        elif out.endswith("-") or _GLUED_EN_DASH.search(out):
            out = _glue(out, text, entry.hyphenated)  # "Goldfayn-" / "Frank", "Cointe-" / "gration"
        else:
            out += "\n" + text
        left = toks
    return standard_quotes(out + "".join(f"  \n{d}" for d in deferred))  # « Title » is “Title”


def _continues(left: list[_Token], toks: list[_Token]) -> bool:
    """Whether a line beside which a right-hand cell stood goes on in the next printed line:
    the same style and size, and no sentence end."""
    return _look(left) == _look(toks) and not _join(left).rstrip().endswith((".", "?", "!"))


def _ends_short(prev: Line, prev_x1: float, text: str, nxt: Word, gap: float = 0.0) -> bool:
    """Whether a printed line ends a field: it stops before the edge its CV's lines wrap at
    by more than the next line's first word would need, and does not end mid-phrase."""
    if text.rstrip().endswith(("-", ",", "&")) or re.search(r"\b(?:and|of|the|in|with)$", text.rstrip()):
        return False
    room = _room(prev, prev_x1, gap)
    return room > (nxt.x1 - nxt.x0) + 2 * nxt.size


def _opens_with(tokens: list[_Token], name: str | None) -> bool:
    """Whether a printed line starts with ``name`` (the owner, in bold at the head of an author line)."""
    return bool(name) and _join(tokens).lstrip("*").startswith(name)


def _look(tokens: list[_Token]) -> tuple[bool, bool, float]:
    """(all bold, all italic, font size) of a printed line: a field printed in a style of its
    own (a bold title, an italic venue, authors in a smaller size) differs from its neighbours."""
    words = [t.word for t in tokens if not _is_punct(t.text)] or [t.word for t in tokens]
    size = Counter(w.size for w in words).most_common(1)[0][0]
    return all(w.bold for w in words), all(w.italic for w in words), round(size * 2) / 2


def _same_emphasis(a: _Token, b: _Token) -> bool:
    """Both words bold, or both italic: a styled field (a bold title) printed over two lines."""
    return (a.word.bold and b.word.bold) or (a.word.italic and b.word.italic)


def _unmarked(text: str) -> str:
    """A word without the footnote marks CVs put on names (``Lee*``, ``B.†``); the star of
    an object's name (``Sgr A*``, ``M87*``) stays."""
    if re.fullmatch(r"(?:[A-Z]|\w*\d\w*)[*∗][,.;:)]?", text):
        return text.replace("*", "∗")  # not markdown emphasis: the reader turns it back into "*"
    if "*" in text or "∗" in text:
        # a star between a word's characters ("D∗+ℓ", "Ds0∗(2317)+", "R(D∗)") is a symbol's:
        # a footnote mark closes a name ("Lee∗", "Lee∗,")
        text = _STAR_INSIDE.sub("\x00", text)
    return re.sub(r"[*∗†‡]", "", text).replace("\x00", "∗")


_STAR_INSIDE = re.compile(r"(?<=[^\W_])[*∗](?=[^\s,.;:†‡*∗)])|(?<=\([A-Z])[*∗](?=\))")


def _marked(tokens: list[_Token], style: Style | None) -> str:
    """One printed line's words, runs in ``style`` wrapped in ``*`` (markdown emphasis)."""
    out = ""
    k = 0
    while k < len(tokens):
        t = tokens[k]
        gap = " " if t.word.space_before and out else ""
        if style and _has(t.word, style) and not _is_punct(t.text):
            j = k
            while j < len(tokens) and (_has(tokens[j].word, style) or _is_punct(tokens[j].text)):
                j += 1
            while j > k + 1 and _is_punct(tokens[j - 1].text):
                j -= 1
            run = "".join((" " if u.word.space_before and i else "") + _unmarked_at(tokens, k + i)
                          for i, u in enumerate(tokens[k:j])).strip()
            out += f"{gap}*{run}*"
            k = j
            continue
        out += gap + _unmarked_at(tokens, k)
        k += 1
    return out


def _unmarked_at(tokens: list[_Token], k: int) -> str:
    """:func:`_unmarked` of the k-th word, but a star that opens a word touching the word before
    it and goes on into more of the formula ("D" "∗" "(2317)", "D" "∗−" "ℓν": a superscript) is
    the formula's symbol, kept: a footnote mark closes a name, before a space or a stop."""
    t = tokens[k]
    if t.text[:1] in ("*", "∗") and 0 < k and not t.word.space_before and tokens[k - 1].text[-1:].isalnum():
        after = t.text[1:] or (tokens[k + 1].text if k + 1 < len(tokens) and not tokens[k + 1].word.space_before
                               else "")
        i = k - 1
        while i > 0 and not tokens[i].word.space_before:
            i -= 1
        before = "".join(u.text for u in tokens[i:k])  # the formula's glued words up to the star
        inside = before.count("(") > before.count(")")  # "R(D" "∗)": closing the formula's bracket
        if after[:1] and (after[:1] not in ",.;:)†‡*∗" or (after[:1] == ")" and inside)):
            return "∗" + _unmarked(t.text[1:])
    return _unmarked(t.text)
