"""A CV's lines -> its publication entries: section headings, then entry boundaries.

Headings are found by how they are printed: a larger font, all capitals, bold words that
name a section, or a word in the left heading column (``Publications ‖ [32] ...``). Their
words say whether a section lists publications and of which kind; talks, grants, teaching,
students, service and awards are skipped. Inside a publication section, entries start at a
number (``[12]``, ``12.``, ``C12``), a label in the left margin (``ICCV 2019``), a bullet,
or, with none of these, a hanging indent or a blank gap; an entry runs on across lines,
columns and pages until the next one starts. A date alone at the column's right edge is
the entry's date, like a margin label. Lines of a publication section that no entry takes
(a preamble, text after the list) are kept aside with the reason, so that ``cv_pdf`` can
name those that could be an entry by a reject.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Literal

from .column_headings import NO_FIELD, TITLE_OR_REFERENCE, VENUE_OR_REFERENCE, header_fields, heading_field
from .cv_entries import _OTHER_PUB, other_language_heading, section_type
from .pdf_lines import Line, Word, join_words

HeadingClass = Literal["pub", "skip"] | None

# (whole words: "particles" names no articles, "newspapers" no papers)
_PUB_WORDS = re.compile(
    r"\b(?:publications?|papers?|articles?|pre-?prints?|manuscripts?|under[- ]review|pending[- ](?:review|publication)|submitted|submissions?|thesis|"
    r"dissertation|proceedings|conferences?|(?:work|research) in progress|in prep(?:aration|\.)|journals?|workshops?|book chapters?|refereed|peer[- ]reviewed|"
    r"bibliography|contributions?\s+to\s+science|works|editorials|research\s+outputs|data[- ]?sets)\b", re.I)  # (the NIH biosketch form's list; "Works":
# ORCID's name of a person's list, and "Selected Works", "Published Works" in the humanities;
# "Editorials" are pieces a journal printed, where "Editorial Board", "Editorial Service" are service;
# "Research Outputs": the UK's name of a person's works, as REF and the Pure portals print it;
# "Datasets", "Published Data Sets": data a repository published, cited as works are;
# "Products" alone: _PRODUCTS_ALONE)
_STRONG_PUB = re.compile(r"\b(?:publications?|articles?|pre-?prints?|proceedings?|working\s+papers?)\b", re.I)
# (a heading naming written work of a kind no meeting or activity is named by: a list of papers
# even under a heading of activities, "Scholarly and Creative Activities" / "Working Paper",
# "Conference Proceeding", as a faculty-activity system names its kinds in the singular)
_ITALIC_HEADING = re.compile(r"publications|articles|papers|pre-?prints", re.I)
# (The section words of CVs in other languages: cv_entries.SECTION_WORDS_OTHER_LANGUAGES, one
# table that the page readers read too; classify_heading reads it after the English words.)
_VENUE_WORDS = re.compile(r"\b(?:of|on)\b", re.I)
# A venue's name: "Conference on Learning Representations", "Journal of Physics", "Proceedings
# of the ...", "Transactions on ...": a section's heading names the kind ("Conference Papers",
# "Journal Articles", "Papers in Refereed Journals"), never the kind "on" or "of" a subject.
_VENUE_NAME = re.compile(r"\b(?:conference|journal|proceedings|symposium|workshop|transactions|annals)\s+(?:of|on)"
                         r"\s+(?:the\s+)?[A-Z]", re.I)
# ("Oral Presentations", "Oral Talks": the plural names a list of talks, a heading, not a paper's badge)
_BADGE_LINE = re.compile(r"\boral\b(?!\s+(?:presentations|talks|communications|sessions)\b)|spotlight|"
                         r"best\s+(?:\w+\s+)?paper|outstanding\s+paper|honou?rable mention", re.I)
_SKIP_WORDS = re.compile(
    r"\b(?:talk|presentation|poster|seminar|lecture|keynote|tutorial|grant|funding|sponsorship|teaching|course|student|"
    r"advis(?:ing|ee|or)|supervis(?:ion|ing)|mentor(?:ing|ship)?|service|review(?:er|ing)|committee|award|"
    r"honou?r|prize|fellowship|scholarship|education|employment|experience|position|appointment|skill|language|"
    r"reference|contact|interest|patent|software|media|press|outreach|membership|activit(?:y|ie)|invited|"
    r"organi[sz](?:ation|ational|ing)|about me|biography|personal|research statement|editorial(?!s\b)|leadership|visit|"
    r"news|gift|school|attend(?:ed|ance)|participat(?:ion|ed))s?\b", re.I)
# The names of meetings: a CV's section named by them alone ("Workshops", "Conferences",
# "Workshops and Training") lists the meetings its owner attended, organised or taught at;
# papers given at them are named so ("Workshop Papers", "Refereed Conferences", "Conference
# Proceedings"). See :func:`names_events`.
_EVENT_WORDS = re.compile(r"\b(?:workshops?|conferences?|symposi(?:a|ums?)|meetings?|congress(?:es)?|"
                          r"colloqui(?:a|ums?))\b", re.I)
_ABOUT_THE_LIST = re.compile(r"\b(?:summary|overview|statistics|metrics|bibliometrics|citations?\s+(?:count|index))\b",
                             re.I)
_CONTINUED = re.compile(r"\(\s*(?:continued|cont(?:'d|\.|d)?|fortsetzung|suite)\s*\)\s*$|\bcontinued$", re.I)
_YEAR_HEADING = re.compile(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?$", re.I)
# Entry markers: "[12]", "[C12]", "(12)", "12.", "12)", "C12", "J3."; BibTeX alpha keys ("[LCR21]",
# "[LCR+21]", "[MPGH07]", "[LS25a]": surname letters, a "+" for more, the year's last two digits);
# a lower-case letter ("a.", "b.": the papers under each numbered paragraph of an NIH biosketch's
# "Contributions to Science"; they count as 1, 2, ..., so only a run in sequence marks entries);
# bullets.
_NUMBER = re.compile(
    r"^(?:\[(?P<a>[A-Za-z]{0,3}\d{1,3})\]|\((?P<b>[A-Za-z]{0,3}\d{1,3})\)|(?P<c>[A-Za-z]{0,3}\d{1,3})[.)]"
    r"|(?P<d>[A-Z]{1,2}\d{1,3}):?|\[(?P<e>[A-Z][A-Za-z]{1,5}\+?\d{2}[a-z]?)\]|(?P<f>[a-z])\.)$")
# A BibTeX alpha key: its digits are a year's, not a count, so keys do not run in sequence.
_ALPHA_KEY = re.compile(r"^[A-Z][A-Za-z]{1,5}\+?\d{2}[a-z]?$")
# A review database's accession number opening an entry of a list printed from it (MathSciNet's
# "MR4212345", zbMATH's "Zbl 1234.56789"): the work's key, which runs in no sequence either; the
# review's status may follow it ("MR4212345 Reviewed", "Indexed", "Pending").
_ACCESSION = re.compile(r"^(?:MR\d{5,8}|Zbl\s?\d{3,4}\.\d{5})$")
_REVIEW_STATUS = frozenset({"Reviewed", "Indexed", "Pending", "Journal", "Review", "Reviews"})
LABEL_GAP = 0.6  # a margin label stands at least this many font sizes clear of the text (a word space is ~0.25)
HANGING_INDENT_MAX = 6.0  # a hanging indent is at most this many font sizes (MLA's half inch is ~3.5)
GAP_LINES = 0.35  # extra space, in font sizes, between two lines that makes a gap between entries
YEAR_HEADING_SPACE = 0.5  # a year sub-heading stands this many of its font sizes clear of the line above
LARGER_HEADING_WORDS = 5  # a heading told only by a slightly larger font is this short at most
SHORT_HEADING_WORDS = 3  # a bold line this short that names a section is its heading, whatever its case
PREAMBLE_MAX_ROWS = 4  # a list's preamble ("Overall: 61 papers ...", "* marks a student") is shorter than this
_DOT_LEADERS = re.compile(r"(?:\.\s?){4,}\S{0,6}$")
_BULLETS = frozenset("•◦▪▸►‣∙·–—-*○■□➢✓")
# A section number before a heading: "3", "3.1", "3.1." (a decimal outline, as DIN 1421 and
# most European word processors number sections); never an entry marker, which is "3." or "[3]".
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*$|^\d{1,2}(?:\.\d{1,2})+\.$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class EntryLine:
    line: Line
    words: list[Word]  # the line's words without the heading cell, margin label and marker
    cell_start: bool = False  # the first line of a table's cell (:func:`table_rows`): a field begins
    item_start: bool = False  # the first line of a bulleted sub-item under the entry's first lines
    right_cell: bool = False  # a field set flush right beside the entry's lines, moved after them (no author line)
    beside_date: bool = False  # the line's row had a date set apart at the column's right edge (``_Row.date``)
    bullet_note: bool = False  # a bulleted line under a titled entry's first lines, its bullet dropped (a remark)


@dataclass
class PdfEntry:
    number: str | None
    label: str | None
    section_kind: str | None
    lines: list[EntryLine] = field(default_factory=list)
    year_heading: int | None = None  # the "2021" sub-heading the entry is listed under
    # how the layout told it from the entry before (no marker): a page or column began (no
    # gap to measure), or a blank gap; either may have cut an entry in two (``cv_pdf`` decides)
    page_start: bool = False
    gap_start: bool = False
    # lines of a publication section the cut left out of every entry (a preamble, text after
    # the list): not an entry to read, named so that nothing drops silently (``cv_pdf``)
    aside: str | None = None
    # the words the whole document prints with a hyphen inside a line ("center-embedding"):
    # a hyphen at a line's end inside one of them is the word's own, not a break's
    hyphenated: frozenset[str] = frozenset()
    # the blank width the CV's wrapped lines leave before the column's right edge (a tab
    # column's width where dates stand at the right): ``cv_pdf_render.wrap_gap``
    wrap_gap: float = 0.0
    # a table's row whose header names each column's field (:func:`table_rows`): the lines of
    # each field's cell, by field ("title", "venue", "year"); None for any other entry
    cells: dict[str, list[EntryLine]] | None = None

    @property
    def links(self) -> list[str]:
        out: list[str] = []
        for el in self.lines:
            out.extend(u for u in el.line.links if u not in out)
        return out


@dataclass
class _Row:
    """A line inside a publication section, split into its margin label and its content."""

    line: Line
    label: list[Word]
    content: list[Word]
    marker: str | None = None  # "12", "C12": the entry number
    bullet: bool = False
    date: str | None = None  # a date set apart at the column's right edge ("Title ...      2021")
    all_words: list[Word] = field(default_factory=list)  # label and content, marker included


_HYPHENATED = re.compile(r"^[\W]*([^\W\d_]+(?:-[^\W\d_]+)+)[\W]*$")


def hyphenated_words(line: Line) -> Iterator[str]:
    """The words of ``line`` with a hyphen between letters ("wh-phrases"), lower-case (a
    word broken at the line's end, "center-", is none)."""
    for w in line.words:
        m = _HYPHENATED.match(w.text)
        if m:
            yield m.group(1).casefold()


# "Published" alone as a heading (a count of the records after it or not): the list of a
# person's published works, as INSPIRE-HEP's profile names its tab and CVs head a list beside
# "Submitted" (the word in a longer heading, "Published Software", says nothing alone).
_PUBLISHED_ALONE = re.compile(r"published(?:\s*\(\d{1,4}\)|\s+\d{1,4}(?:\s+results?)?)?", re.I)


# "Products" (or "Research Products", "Outputs") as the whole heading, an outline's letter or
# number before it or not ("(c) PRODUCTS", the NSF biosketch's): a list of the works; the word in
# a longer line ("... and products of real linear functionals", a title) decides nothing.
_PRODUCTS_ALONE = re.compile(r"(?:\(?[a-z]\)|[A-Za-z]\.|\d{1,2}\.?)?\s*(?:(?:research|selected|scholarly|other)\s+)?"
                             r"(?:products|outputs)[.:]?", re.I)


def classify_heading(text: str) -> HeadingClass:
    """``pub`` for a publication list, ``skip`` for any other CV section, None if unsure."""
    if _PUBLISHED_ALONE.fullmatch(text.strip()) or _PRODUCTS_ALONE.fullmatch(text.strip()):
        return "pub"
    if _ABOUT_THE_LIST.search(text):
        return "skip"  # "Publication Summary", "Citation metrics": about the list, not in it
    skip = _SKIP_WORDS.search(text)
    if skip and not _STRONG_PUB.search(text):
        return "skip"
    if _PUB_WORDS.search(text):
        return "pub"
    if skip:
        return "skip"
    # a heading in another language (:data:`cv_entries.SECTION_WORDS_OTHER_LANGUAGES`)
    return other_language_heading(text)


def names_events(text: str) -> bool:
    """Whether a heading names meetings and no written work: its only words that name a
    publication list are meetings' names ("Workshops (since 2013)", "Workshops and Training",
    "Conferences"), none naming papers, proceedings or a refereed list beside them."""
    return bool(_EVENT_WORDS.search(text)) and not _PUB_WORDS.search(_EVENT_WORDS.sub(" ", text))


def about_the_list(text: str) -> bool:
    """Whether ``text`` speaks about a publication list ("Summary", "Citation metrics")."""
    return bool(_ABOUT_THE_LIST.search(text))


def _cells(words: list[Word]) -> list[list[Word]]:
    """Words split where a gap wider than one font size separates them."""
    cells: list[list[Word]] = []
    for w in words:
        if cells and w.x0 - cells[-1][-1].x1 <= max(w.size, 6.0):
            cells[-1].append(w)
        else:
            cells.append([w])
    return cells


def _margin(line: Line) -> tuple[list[Word], list[Word]]:
    """(words left of the column's text edge, the rest)."""
    k = 0
    while k < len(line.words) and line.words[k].x1 < line.left - 1.0:
        k += 1
    if k == len(line.words):  # a line wholly in the margin is the column's own text
        return [], line.words
    if k and line.words[k].x0 - line.words[k - 1].x1 < LABEL_GAP * line.words[k].size:
        start = 1 if k > 1 and line.words[0].text in _BULLETS else 0
        if not any(_NUMBER.match(w.text) or w.text in _BULLETS or _DIGIT.search(w.text)
                   for w in line.words[start:k]):
            # words run on at word spacing: a hanging line's start ("J. T. Lee, ..."), or a
            # bulleted line's ("• A study of ...", where the page's edge is another section's)
            return line.words[:start], line.words[start:]
    return line.words[:k], line.words[k:]


def _is_heading_text(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= 12 and len(text) <= 100 and bool(_LETTER.search(text))
            and not text.endswith((",", ";")) and not _NUMBER.match(words[0]) and words[0][0] not in _BULLETS)


def heading_strength(line_words: list[Word], body_size: float) -> str | None:
    """``major`` (larger font, capitals), ``minor`` (bold, or italic and a little larger, naming a
    section) or None.
    A section number before a heading printed larger than the text ("10. Publications") is
    not an entry number."""
    if (len(line_words) > 1 and _NUMBER.match(line_words[0].text)
            and _larger(line_words, body_size)):
        line_words = line_words[1:]
    elif len(line_words) > 1 and _SECTION_NUMBER.match(line_words[0].text) and (
            all(w.bold for w in line_words) or _larger(line_words, body_size)):
        line_words = line_words[1:]  # "3.1 Journal Articles": a numbered section's heading, bold or larger
    text = join_words(line_words).strip()
    leaders = _DOT_LEADERS.search(text)
    if leaders and classify_heading(text[:leaders.start()]) is not None:
        return "minor"  # "Refereed Journal Articles . . . . . ." (a sub-heading with dot leaders)
    if _YEAR_HEADING.match(text) and (all(w.bold or w.italic for w in line_words)
                                      or min(w.size for w in line_words) >= body_size + 0.5):
        return "minor"  # "2024" alone on its line, set apart by its type: the year of the entries under it
    if not _is_heading_text(text):
        return None
    size = next((w.size for w in line_words if _LETTER.search(w.text)), 0.0)  # "Publications (see Scholar)"
    letters = [c for c in text if c.isalpha()]
    if size >= 1.15 * body_size:
        return "major"
    if (len(letters) >= 6 and all(c.isupper() for c in letters) and size >= body_size - 0.5
            and len(text.split()) <= 8 and not text.startswith(("(", "[")) and not text.endswith((".", ")", "]"))):
        return "major"
    if _YEAR_HEADING.match(text):
        return "minor"
    lettered = [w for w in line_words if _LETTER.search(w.text)]
    # bold at any size, or italic printed larger than the text and naming a kind of paper
    # list; an italic line is as often a venue on a line of its own ("Journal of Physics A",
    # "Proceedings of the AMS"), even a larger one
    # (a heading in another language opens with its kind and may run longer: "Articles dans des
    # revues internationales à comité de lecture", French CVs' usual name of the journal list)
    emphasised = all(w.bold for w in lettered) or (
        all(w.italic for w in lettered) and size >= body_size + 0.5
        and (len(lettered) <= 5 and _ITALIC_HEADING.search(text)
             or len(lettered) <= 12 and _OTHER_PUB.match(text) is not None)
        and not _VENUE_WORDS.search(text))
    # or in the text's own weight a little larger, naming a section ("Journal Articles" one
    # point up, underlined by a drawn rule: an MLA or word processor's heading)
    # (upright, and not a venue's name on a line of its own: "Journal of Physics A")
    larger = (len(lettered) <= LARGER_HEADING_WORDS and all(w.size >= body_size + 0.5 and not w.italic for w in lettered)
              and not _VENUE_WORDS.search(text))
    if ((emphasised or larger) and not text.endswith(".") and not _DIGIT.search(text)
            and not _BADGE_LINE.search(text) and classify_heading(text) is not None):
        return "minor"
    if _italic_kind_line(lettered, text, body_size):
        return "minor"
    return None


# A sub-heading set in the text's own italics, as word processors' CVs set the kinds under a
# heading ("*Articles*", "*Book Chapters*", "*Works in Progress*"): up to KIND_LINE_WORDS
# words, every one of them a word naming a kind of publication list (_PUB_WORDS) or one of
# the few that qualify it (_KIND_QUALIFIERS), the last in the plural (a list's name: one
# entry's own italic "*Preprint*", "*Submitted*" is its venue or status). A venue on a line of
# its own ("*Journal of Semantics*", "*Proceedings of the AMS*") names something else too and
# stays a venue.
KIND_LINE_WORDS = 4
_KIND_QUALIFIERS = re.compile(r"^(?:and|&|in|other|selected|recent|published|refereed|non-refereed|invited|"
                              r"peer-reviewed|book|edited|review|law|progress)$", re.I)
# ("progress": "Works in Progress", where _PUB_WORDS' "work in progress" is singular)


def _italic_kind_line(lettered: list[Word], text: str, body_size: float) -> bool:
    if not lettered or len(text.split()) > KIND_LINE_WORDS or not all(w.italic for w in lettered):
        return False
    if any(abs(w.size - body_size) > 0.5 for w in lettered) or text.endswith(".") or _DIGIT.search(text):
        return False
    left = _PUB_WORDS.sub(" ", text)
    if left == text or not text.rstrip().endswith("s"):
        return False
    return all(_KIND_QUALIFIERS.match(w) for w in left.split())


# The names a table of publications gives its columns in its header row (the journal's
# metrics too, "IF", "Quartile": column_headings.HAND_WRITTEN says where they were seen).
_COLUMN_NAME = re.compile(r"(?:year|date|title|publications?|papers?|(?:co-?)?authors?|venue|journal|conference|"
                          r"proceedings|source|published\s+in|type|status|citations?|cited\s+by|links?|no\.?|#|"
                          r"role|contribution|authorship|if|impact\s+factor|quartile)",
                          re.IGNORECASE)
# names of columns set close together ("CITED BY  YEAR"), or one column's alternatives ("Journal / Conference")
_COLUMN_NAMES = re.compile(rf"{_COLUMN_NAME.pattern}(?:(?:\s*/\s*|\s+){_COLUMN_NAME.pattern})*", re.IGNORECASE)
_TITLE_COLUMN = re.compile(r"title|publications?|papers?", re.I)
_YEAR_COLUMN = re.compile(r"year|date", re.I)
_AUTHOR_COLUMN = re.compile(r"(?:co-?)?authors?", re.IGNORECASE)




def publication_table_header(words: list[Word]) -> bool:
    """Whether a table's header row (:func:`table_header`) heads a publication list by its
    own words, with no section heading above it: one column holds the titles ("Title",
    "Publication") and one the years ("Year"), as a bibliography service's list of a
    person's papers prints them ("TITLE   CITED BY   YEAR")."""
    if not table_header(words):
        return False
    names = [n for c in _cells(words) for n in _COLUMN_NAME.findall(join_words(c))]
    return any(_TITLE_COLUMN.fullmatch(n) for n in names) and any(_YEAR_COLUMN.fullmatch(n) for n in names)


SIDEBAR_WIDTH = 0.6  # a column this share of the list's column's width, or narrower, beside it is a sidebar


def _sidebar(line: Line, column: tuple[float, float]) -> bool:
    """Whether a line stands in a sidebar beside the publication list's column: a column of
    its own (no overlap with the list's) much narrower than the list's (contact details,
    skills, links on every page of a two-column design). Columns of a width (a two-column
    page) are not sidebars: the list runs on from one to the next."""
    left, right = column
    disjoint = line.left >= right or line.right <= left
    return disjoint and (line.right - line.left) <= SIDEBAR_WIDTH * (right - left)


def table_header(words: list[Word]) -> bool:
    """Whether a line is a table's header row: two cells or more, all in bold, each a
    column's name ("Year", "Publication", "Published in") or the names of narrow columns set
    close together ("CITED BY  YEAR")."""
    cells = _cells(words)
    return len(cells) >= 2 and all(w.bold for w in words) and all(
        _COLUMN_NAMES.fullmatch(join_words(c).strip(" :")) for c in cells)


# Words a sentence or a title does not end on: a line ending so goes on on the next line.
_OPEN_END = re.compile(r"(?:[,;:\-–&]|\b(?:and|or|of|the|a|an|for|in|on|to|with|from|by|at|via|under|between))$")


def _goes_on_from(above: Line | None, line: Line) -> bool:
    """Whether ``line`` goes on from the line just above it: at the line pitch on the same page,
    the line above ending on a comma, a hyphen or a word no title ends on ("and", "of"), the
    line opening with a lower-case word in the type the line above ends in, or ``line`` hanging
    under the text of a line that a date or label in the margin opens (it starts where that text
    starts, right of the label, in the text's type: "2020–now  Reviewer for Journal A, Journal
    B," / "conference proceedings"). A heading is no such line."""
    if not (above is not None and above.page == line.page and bool(above.words)
            and 0 <= line.words[0].top - above.words[-1].bottom < 0.6 * line.words[0].size):
        return False
    if _OPEN_END.search(above.words[-1].text) or _hangs_under(above, line):
        return True
    # or it opens with a lower-case word in the type of the line above ("... a revised method and
    # stock-assessment" / "reference points"): a wrapped line; a heading opens with a capital
    first, last = line.words[0], above.words[-1]
    return (first.text[:1].islower() and abs(first.size - last.size) < 0.2
            and (first.bold, first.italic) == (last.bold, last.italic))


def _hangs_under(above: Line, line: Line) -> bool:
    first = line.words[0]
    k = next((i for i, w in enumerate(above.words) if abs(w.x0 - first.x0) < 1.0), None)
    return (k is not None and k >= 1 and first.x0 > above.words[0].x0 + first.size
            and above.words[k].bold == first.bold and abs(above.words[k].size - first.size) < 0.5)


def _closes_list(text: str) -> bool:
    """Whether a bold line at the text's size inside a publication list, smaller than the CV's
    headings, may be a heading that ends it: one that names no other section may (a
    sub-heading of the list); one that does is short, or set in title case or capitals ("Invited Talks", "TEACHING"), for an entry's
    bold title in sentence case can hold such a word ("... single-molecule contacts")."""
    if classify_heading(text) != "skip":
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    content = [w for w in words if len(w) >= 4]
    return len(words) <= SHORT_HEADING_WORDS or (
        len(words) <= LARGER_HEADING_WORDS + 1 and all(w[0].isupper() for w in content))


SUB_HEADING_SMALLER = 1.0  # a sub-heading of a publication list is this many points under the list's heading


def _type_of(words: list[Word]) -> tuple[float, bool]:
    """(size, bold) of a line's first word with letters."""
    w = next((w for w in words if _LETTER.search(w.text)), words[0])
    return round(w.size, 1), w.bold


def _larger(words: list[Word], body_size: float) -> bool:
    """Printed larger than the text: a heading (its first word; a note after it may be smaller)."""
    letters = [w for w in words if _LETTER.search(w.text)]
    return bool(letters) and letters[0].size >= 1.15 * body_size


def _margin_heading(cell: list[Word]) -> bool:
    text = join_words(cell).strip()
    return (_is_heading_text(text) and not _DIGIT.search(text) and classify_heading(text) is not None)


# A heading set apart by its position only, printed in the text's own type (a résumé class that
# marks a section by a rule above it and an outdent): a short line (at most this share of the
# column's width: an entry's first line that wraps fills the column), after a blank at least
# HEADING_SPACE_ABOVE font sizes high (a wrapped entry's lines leave well under one; a page's
# top counts), with the next line indented at least INDENT_UNDER_HEADING font sizes to its right
# (the section's entries or their bullets), naming a section by its words.
# A heading hung out into the left margin, left of the lines both above and below it by
# INDENT_UNDER_HEADING font sizes (a word processor's table of two columns, the section's name
# in the outer one), is told by that outdent: a blank of OUTDENTED_SPACE_ABOVE font sizes (one
# empty line's height; a wrapped entry's lines leave a fifth of one) is then enough above it.
HEADING_WIDTH_SHARE = 0.5
HEADING_SPACE_ABOVE = 1.5
INDENT_UNDER_HEADING = 0.8
OUTDENTED_SPACE_ABOVE = 1.0


def set_apart_by_position(above: Line | None, line: Line, below: Line | None,
                          earlier: list[tuple[float, float]] = (), under_heading: bool = False) -> bool:
    """Whether ``line`` is a section heading set apart only by its position (see
    :data:`HEADING_WIDTH_SHARE`): its words, a final stop aside, read as a heading that names a
    section. Once the document has shown its heading position (``earlier``: the left edges and
    sizes of the headings so found), a line at that edge in that size needs no indent under it
    (a section whose entries hang a year label out as far: "2021  Title ..."). Right under a
    heading that names a publication list (``under_heading``: the line above is one), no blank
    is asked for: the heading above sets the section apart, and this line names its first
    part ("Publications" / "Refereed Journal Articles")."""
    if below is None or len(line.words) > 12:
        return False
    size = line.size
    styled = any(abs(x - line.x0) < 0.1 * size and abs(sz - size) < 0.05 * size for x, sz in earlier)
    if line.x1 - line.x0 > HEADING_WIDTH_SHARE * max(1.0, line.right - line.left):
        return False
    outdented = (above is not None and above.page == line.page
                 and above.x0 - line.x0 >= INDENT_UNDER_HEADING * size)  # hung out left of the line above too
    space = OUTDENTED_SPACE_ABOVE if outdented else HEADING_SPACE_ABOVE
    if not under_heading and above is not None and above.page == line.page \
            and line.top - above.bottom < space * size:
        return False
    if not styled and (below.page != line.page or below.x0 - line.x0 < INDENT_UNDER_HEADING * size):
        return False
    text = join_words(line.words).strip()
    text = text[:-1] if text.endswith(".") and not text.endswith("..") else text
    return (_is_heading_text(text) and not _DIGIT.search(text) and not _BADGE_LINE.search(text)
            and classify_heading(text) is not None)


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")  # a year label and nothing else (fullmatch)

ENTRY_STYLE_LINES = 5  # this many heading-like lines in one type, naming no section, are entries' titles


def _style(words: list[Word]) -> tuple[float, bool, bool]:
    """(size, bold, italic) of a line's first lettered word: the type it is printed in."""
    w = next((w for w in words if _LETTER.search(w.text)), words[0])
    return round(w.size, 1), w.bold, w.italic


def _entry_styles(lines: list[Line]) -> set[tuple[float, bool, bool]]:
    """The types (:func:`_style`) in which the document prints many lines that look like
    major headings (larger than the text) but name no section: a CV has a handful of
    headings, each naming its section; lines printed so over and over are its entries'
    titles, set larger than their author lines (a Europass or awesome-cv entry). A type in
    which more such lines name a section than name none is the headings' own (a CV of many
    sections, some named in words no table holds: "Research Profile", "Referee Work")."""
    counts: Counter = Counter()
    named: Counter = Counter()
    for line in lines:
        _, content = _margin(line)
        if not content or heading_strength(content, line.body_size) != "major":
            continue
        text = join_words(content).strip()
        if classify_heading(text) is None and not _YEAR_HEADING.match(text):
            counts[_style(content)] += 1
        else:
            named[_style(content)] += 1
    return {style for style, n in counts.items() if n >= ENTRY_STYLE_LINES and n >= named[style]}


# A page's footnote printed under a list: the page's last line, every word of it at least
# FOOTNOTE_SMALLER points smaller than the page's text, opening with a footnote mark ("‡
# source: ...", "* equal contribution", "¹ ..."): no line of the list, and an entry the page
# break cut runs on over it.
FOOTNOTE_SMALLER = 1.0
_FOOTNOTE_MARK = re.compile(r"^[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹]")


def page_footnote(line: Line, below: Line | None) -> bool:
    """Whether ``line`` is a footnote at its page's foot (:data:`FOOTNOTE_SMALLER`)."""
    if below is not None and below.page == line.page or not line.words:
        return False
    return (bool(_FOOTNOTE_MARK.match(line.words[0].text))
            and all(w.size <= line.body_size - FOOTNOTE_SMALLER for w in line.words))


RUNNING_FOOT_PAGES = 3  # a page's last lines printed alike on this many pages at least are its running foot
RUNNING_FOOT_HEIGHT = 2.0  # ... at one height, within this many points (the same block on each page)


def without_running_feet(lines: list[Line]) -> list[Line]:
    """The document's lines without the running foot that a page reader's margin zone did not
    reach: a page's last lines, read upward, each printed with the same text (digits aside)
    at the same height on RUNNING_FOOT_PAGES pages or more (moderncv's footer block of two or
    three address lines, set from well above the margin zone: an entry cut by the page break
    would run on over them). A line of an entry never recurs at one height on three pages."""
    def key(ln: Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", ln.text.strip().lower()), round(ln.top / RUNNING_FOOT_HEIGHT)

    pages: dict[int, list[Line]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    seen = Counter(k for page in pages.values() for k in {key(ln) for ln in page})
    foot: set[int] = set()
    for page in pages.values():
        for ln in sorted(page, key=lambda ln: -ln.top):
            if seen[key(ln)] < RUNNING_FOOT_PAGES:
                break
            foot.add(id(ln))
    return [ln for ln in lines if id(ln) not in foot]


class SectionReader:
    """Reads lines in order, keeps the publication sections' rows and cuts them into entries."""

    def __init__(self) -> None:
        self.in_pubs = False
        self.kind: str | None = None
        self.rows: list[_Row] = []
        self.entries: list[PdfEntry] = []
        self.top_lines: list[Line] = []  # the first page's lines, where the owner's name is
        self.saw_pub_heading = False
        # (left edge, size) of the headings found by their position alone (set_apart_by_position)
        self.position_headings: list[tuple[float, float]] = []
        self._last_heading: tuple[str, Line] | None = None
        self.year_heading: int | None = None
        self.heading_sizes: list[float] = []  # font sizes of the headings that named a section
        # the types (size, bold) of the sub-headings read inside a publication list that named a
        # kind of publication ("Books and Book Chapters" under "Publications")
        self.sub_heading_types: set[tuple[float, bool]] = set()
        self.pub_heading_size = 0.0  # the size of the heading that opened the publication list
        self.major_skip = False  # the last major heading named a section other than publications
        self.skipping = False  # the last heading named a section other than publications ("Talks")
        self.hyphenated: set[str] = set()  # see PdfEntry.hyphenated
        self._sections: list[tuple[list[_Row], str | None, int | None, list[float] | None,
                                   list[str | None] | None]] = []  # see finish()
        # the column (left, right) the publication section's heading stands in (see _sidebar)
        self.pub_column: tuple[float, float] | None = None
        # the left edges of a table's columns, from its header row, while its rows are read,
        # and the field each holds when the header names them so (see _table_starts)
        self.table: list[float] | None = None
        self.table_fields: list[str | None] | None = None
        # a table whose header names one column the whole reference and the others no field
        # (the row's number, the journal's metrics): its rows' metric cells are dropped (see
        # _table_starts, without_metric_cells)
        self.metric_columns = False
        # A section under a major heading whose words no table knows ("Julkaisut": a publication
        # list in a language the tables do not hold): its rows are kept, and when the document
        # names no publication list at all, its entries are set aside with the heading named,
        # so that a CV's list under an unknown heading is rejected entry by entry, not dropped
        # with one document-level reason that names none of them
        self.unnamed: str | None = None
        self.unnamed_rows: list[_Row] = []
        self.unnamed_after_pubs = False  # the unnamed section follows a publication list directly
        self._unnamed_sections: list[tuple[str, list[_Row]]] = []
        self._unnamed_after_pubs: list[tuple[str, list[_Row]]] = []

    def feed(self, lines: Iterable[Line]) -> None:
        lines = list(lines)
        entry_styles = _entry_styles(lines)
        prev: Line | None = None
        for at, line in enumerate(lines):
            above, prev = prev, line
            below = lines[at + 1] if at + 1 < len(lines) else None
            if line.page == 1:
                self.top_lines.append(line)
            self.hyphenated.update(hyphenated_words(line))
            if self.in_pubs and self.pub_column and _sidebar(line, self.pub_column):
                continue  # a sidebar's line beside the list: its headings end no section
            if self.in_pubs and page_footnote(line, below):
                continue  # "‡ source: ..." at the page's foot, under an entry that runs on over the page
            margin, content = _margin(line)
            cells = _cells(margin)
            margin_heading = bool(cells) and _margin_heading(cells[0])
            if margin_heading:
                self._heading(join_words(cells[0]), "major", line)
                cells = cells[1:]
            label = [w for c in cells for w in c]
            strength = heading_strength(content, line.body_size) if content else None
            if strength == "minor" and _YEAR_HEADING.match(join_words(content).strip()) and above is not None \
                    and above.page == line.page and abs(above.left - line.left) < 1.0 \
                    and line.top - above.bottom < YEAR_HEADING_SPACE * line.size:
                strength = None  # "2015" closing a title's line run on at the line pitch ("... flares in / 2015")
            if strength == "minor" and _goes_on_from(above, line):
                strength = None  # "... a revised method and" / "stock-assessment reference points": a title's second line
            if strength == "minor" and (_DIGIT.search(join_words(label)) or len(_cells(content)) > 1):
                strength = None  # a bold entry line beside a year label or a right-hand cell ("Title    Journal")
            if strength and _style(content) in entry_styles:
                # an entry's title in the type many lines of the document share (Europass), also
                # where a page's text is of its size (a minor heading by its weight alone) and one
                # of its words is a section's name in some language ("communication")
                strength = None
            if strength == "major" and self.in_pubs and _type_of(content) in self.sub_heading_types \
                    and classify_heading(join_words(content)) is None:
                strength = "minor"  # "Op-eds" set as "Journal Articles" was above it: a part of the list
            if strength == "major" and not self._looks_like_heading(content, line):
                strength = None  # an entry's title printed larger than its author line
            if strength == "minor" and self.in_pubs and not self._printed_like_headings(content) \
                    and not _closes_list(join_words(content)):
                strength = None  # a bold title in sentence case ("Photoconductance of organic ... contacts")
            if strength and _VENUE_NAME.search(join_words(content)):
                strength = None  # "12th International Conference on Learning Representations": a venue's line
            # right under a heading that names a publication list ("Publications" / "Refereed
            # Journal Articles"); under another ("Editorial Boards" / "Journal Editor:") a line
            # naming a kind of list is that section's own label, no list of papers
            under_heading = (self._last_heading is not None and self._last_heading[1] is above
                             and classify_heading(self._last_heading[0]) == "pub")
            if strength is None and not label and content and set_apart_by_position(above, line, below,
                                                                                    self.position_headings,
                                                                                    under_heading):
                strength = "minor"  # a résumé class's section line in the text's own type, outdented
                self.position_headings.append((line.x0, line.size))
            if strength and (not self._is_marker_row(label, content) or _larger(content, line.body_size)):
                if self.in_pubs and classify_heading(join_words(content)) == "pub" and _larger(content, line.body_size) \
                        and _type_of(content)[0] < self.pub_heading_size - SUB_HEADING_SMALLER:
                    self.sub_heading_types.add(_type_of(content))  # a level under the list's own heading
                self._heading(join_words(content), strength, line)
                continue
            if not margin_heading:
                self._last_heading = None
            if not self.in_pubs and not self.skipping and publication_table_header(label + content):
                self._heading("Publications", "major", line)  # "TITLE   CITED BY   YEAR": the list begins
                self._table_starts(label + content)
                continue
            if self.in_pubs and table_header(label + content):
                self._table_starts(label + content)
                continue  # "Year   Publication   Published in": a table's header row, no entry
            if self.in_pubs and content and self.metric_columns:
                content = without_metric_cells(content)
            if self.in_pubs and content:
                self.rows.append(self._row(line, label, content))
            elif self.unnamed is not None and content and not self.skipping:
                self.unnamed_rows.append(self._row(line, label, content))

    def finish(self) -> list[PdfEntry]:
        """The entries of every publication section, cut with the line pitch of the whole
        document's lists (:func:`document_pitch`): a section of one-line entries has no
        wrapped line to measure its paragraphs' pitch by."""
        self._flush()
        self._unnamed_ends()
        pitch = document_pitch([rows for rows, *_ in self._sections])
        titled = titled_sizes([rows for rows, _, _, table, _ in self._sections if not table])
        for rows, kind, year_heading, table, fields in self._sections:
            cut = table_rows(rows, kind, table, fields) if table else None
            for entry in cut if cut is not None else segment(rows, kind, pitch, titled):
                entry.year_heading = year_heading
                self.entries.append(entry)
        self._sections = []
        if self.saw_pub_heading:
            # a section under a heading no table knows ("Misc.", as researchmap names its list of
            # preprints and reports), right after a publication list, whose entries open with a
            # title in the type the lists' entries open with (:func:`titled_sizes`): the list's
            # form goes on, so its entries are publications of no kind the heading names
            for _heading_text, rows in self._unnamed_after_pubs:
                starts = _larger_title_starts(rows, titled) if titled else None
                if starts and _title_size(rows[0]) in titled:
                    self.entries.extend(segment(rows, None, pitch, titled))
        self._unnamed_after_pubs = []
        if not self.saw_pub_heading:
            pitch = document_pitch([rows for _, rows in self._unnamed_sections])
            for heading, rows in self._unnamed_sections:
                for entry in segment(rows, None, pitch):
                    entry.aside = (f"listed under the heading '{heading[:60]}', whose words name no section the "
                                   "reader knows, in a CV where no heading names a publication list")
                    self.entries.append(entry)
        self._unnamed_sections = []
        return self.entries

    def _unnamed_ends(self) -> None:
        if self.unnamed is not None and self.unnamed_rows:
            self._unnamed_sections.append((self.unnamed, self.unnamed_rows))
            if self.unnamed_after_pubs:
                self._unnamed_after_pubs.append((self.unnamed, self.unnamed_rows))
        self.unnamed, self.unnamed_rows, self.unnamed_after_pubs = None, [], False

    def _table_starts(self, words: list[Word]) -> None:
        """Keeps the left edges of the columns a table's header row names (three or more:
        a grid whose cells wrap inside their columns, read by :func:`table_rows`): where it
        names the authors' column and the titles' apart, or the titles' and the venues' apart
        with no authors' column (a table of the owner's works that prints no names: each
        column's field is then kept too, :func:`column_headings.header_fields`, and each cell read as that
        field)."""
        cells = _cells(words)
        names = [join_words(c).strip(" :") for c in cells]
        fields = header_fields(names)
        apart = [n for name in names for n in _column_names(name)]  # "IF  Quartile" set close together
        apart_fields = header_fields(apart)
        named = len(cells) >= TABLE_COLUMNS and any(_AUTHOR_COLUMN.fullmatch(n) for n in names) \
            and any(_TITLE_COLUMN.fullmatch(n) for n in names)
        by_field = len(cells) >= TABLE_COLUMNS and None not in fields and "authors" not in fields \
            and fields.count("title") == 1 and fields.count("venue") == 1
        # "No. | Publication | IF | Quartile": one column the whole reference, each other one of
        # no field (the row's number, the journal's metrics): only the reference's cells are text
        if len(apart) >= TABLE_COLUMNS and apart_fields.count(None) == 1 \
                and heading_field(apart[apart_fields.index(None)]) in (TITLE_OR_REFERENCE, VENUE_OR_REFERENCE) \
                and all(f == NO_FIELD for f in apart_fields if f is not None):
            # (their values stand right-aligned under narrow headers: the header's edges place no cell)
            self.metric_columns = True
            return
        if named or by_field:
            if self.table is None:
                self._flush()  # the rows above the header are no part of the table
            self.table = [c[0].x0 for c in cells]
            self.table_fields = fields if by_field else None

    def _heading(self, text: str, strength: str | None, line: Line | None = None) -> None:
        if self.in_pubs and _CONTINUED.search(text):
            return  # "Journal Articles (continued)" at a page's top: the section runs on, an entry too
        prev = self._last_heading
        if line is not None and prev is not None and prev[1].page == line.page \
                and 0 <= line.top - prev[1].bottom < 0.6 * line.size:
            text = f"{prev[0]} {text}"  # a heading printed on two lines: "Conference" / "Reviewers"
            if classify_heading(text) != "pub":
                self.rows = []  # what stood beside its first line belongs to this section
            elif self.in_pubs and classify_heading(prev[0]) == "pub":
                # "Conference" / "Papers" in a heading column: the list began at its first line,
                # and the entry beside it runs on beside the second
                self.kind = section_type(text)
                self._last_heading = (text, line)
                return
        self._last_heading = (text, line) if line is not None else None
        cls = classify_heading(text)
        year = _YEAR_HEADING.match(text.strip())
        if strength == "major" and cls == "pub" and names_events(text):
            # a CV's own section named for meetings ("Workshops", "Conferences") lists the
            # meetings, not papers; under a publication heading a minor "Conferences" still
            # names the kind of its papers
            cls = "skip"
        if strength == "major":
            self.major_skip = cls == "skip"
        elif cls == "pub" and self.major_skip and not _STRONG_PUB.search(text):
            cls = "skip"  # "Conference posters" under "Presentations": a part of the section it is in
        self.skipping = cls == "skip" or (self.skipping and cls is None and strength != "major")
        if strength == "major" or cls is not None:
            self._unnamed_ends()
            if strength == "major" and cls is None and not year:
                self.unnamed, self.unnamed_after_pubs = text, self.in_pubs
        if cls == "pub":
            self._flush()
            if not self.in_pubs and line is not None:
                self.pub_heading_size = max((w.size for w in line.words if _LETTER.search(w.text)), default=0.0)
            self.in_pubs, self.kind, self.saw_pub_heading = True, section_type(text), True
            if line is not None:
                self.pub_column = (line.left, line.right)
            self.year_heading = None
        elif cls == "skip" or (strength == "major" and not year):
            self._flush()
            self.in_pubs, self.kind = False, None
        elif self.in_pubs:
            self._flush()  # "2024", "Summary": a sub-heading inside the list
            self.year_heading = int(text.strip()[:4]) if year else None

    def _looks_like_heading(self, content: list[Word], line: Line) -> bool:
        """A larger line is a heading when it names a section (a line with a right-hand cell:
        when its first cell does, "Publications     (* a student)"; a title beside its venue,
        "Title ...     Proceedings of X", does not), or when, naming none, it is printed like
        most of the CV's headings so far (no smaller), alone on its line."""
        cells = _cells(content)
        size = next((w.size for w in content if _LETTER.search(w.text)), 0.0)
        if len(cells) > 1:
            return classify_heading(join_words(cells[0])) is not None
        text = join_words(content)
        if classify_heading(text) is not None or _YEAR_HEADING.match(text.strip()):
            self.heading_sizes.append(size)
            return True
        # the size most headings so far were printed in (one odd line taken for a heading,
        # an "Advisor: ..." note above a small body text, does not lower it)
        usual = sorted(self.heading_sizes)[len(self.heading_sizes) // 2] if self.heading_sizes else 0.0
        return size >= usual - 0.5

    def _printed_like_headings(self, content: list[Word]) -> bool:
        """Whether the line is no smaller than some heading of the CV so far (or none was
        seen): the CV's own headings may be set at the text's size."""
        size = next((w.size for w in content if _LETTER.search(w.text)), 0.0)
        return not self.heading_sizes or size >= min(self.heading_sizes) - 0.5

    def _is_marker_row(self, label: list[Word], content: list[Word]) -> bool:
        return bool(_NUMBER.match(content[0].text) or (label and _NUMBER.match(label[-1].text)))

    def _row(self, line: Line, label: list[Word], content: list[Word]) -> _Row:
        count = _right_count(line, content)
        if count:  # "...          [cited 120]": a note set apart at the right, no word of the entry
            content = content[:-len(count)]
        date = _right_date(line, content)
        if date:
            content = content[:-len(date)]
        if not label:
            lead = _left_date(content)
            if lead:  # "2021      Title ...": a date column the page's own text edge did not set apart
                label, content = lead, content[len(lead):]
        row = _Row(line, label, content, all_words=label + content, date=date_text(date) if date else None)
        key = accession_lead(content)
        if key:  # "MR4212345 Reviewed Lee, Ann; ...": the database's key and its status open the entry
            row.marker, row.content = join_words(content[:2]) if key == 2 and content[0].text == "Zbl" \
                else content[0].text, content[key:]
        elif label and _NUMBER.match(label[-1].text):
            row.marker = _number(label[-1].text)
            row.label = label[:-1]
        elif label and _NUMBER.match(label[0].text) and _DATE_CELL.fullmatch(join_words(label[1:]).strip()):
            # "12.   2021   Lee A.B., ...": the number, then the year at a tab stop, both left of the text
            row.marker, row.label = _number(label[0].text), []
            row.date = row.date or join_words(label[1:]).strip()
        elif _NUMBER.match(content[0].text) and len(content) > 1:
            row.marker = _number(content[0].text)
            row.content = content[1:]
            tab_date = _date_at_tab(row.content)
            if tab_date:  # the same where the text's edge is the number's: the year is no word of the text
                row.date = row.date or join_words(tab_date).strip()
                row.content = row.content[len(tab_date):]
        elif label and label[-1].text in _BULLETS:
            row.bullet, row.label = True, label[:-1]
        elif content[0].text in _BULLETS and len(content) > 1:
            row.bullet, row.content = True, content[1:]
        else:
            cells = _cells(content)
            last = cells[-1] if len(cells) > 1 else []
            bracketed = len(last) == 1 and _NUMBER.match(last[0].text) and last[0].text[0] in "[("
            if bracketed:  # a "[12]" or "(12)" set apart at the right: "Title ...      [12]" (res.cls)
                row.marker, row.content = _number(last[0].text), content[:-1]
        return row

    def _flush(self) -> None:
        if self.rows:
            self._sections.append((self.rows, self.kind, self.year_heading, self.table, self.table_fields))
        self.rows = []
        self.table = None
        self.table_fields = None
        self.metric_columns = False


def _column_names(text: str) -> list[str]:
    """The names of a header cell: several when narrow columns' names stand close together
    ("CITED BY  YEAR", "IF  Quartile"), one otherwise ("Journal / Conference" too)."""
    if "/" in text or not _COLUMN_NAMES.fullmatch(text):
        return [text]
    return [m.group(0) for m in _COLUMN_NAME.finditer(text)]


# A cell of a journal's metrics: an impact factor ("9.495"), a quartile ("Q2"), a count, or a
# dash or "n/a" for none
_METRIC = re.compile(r"[-–—]|n/?a|Q[1-4]|\d+(?:[.,]\d+)?", re.I)


def without_metric_cells(words: list[Word]) -> list[Word]:
    """A table row's line without the cells of metrics at its end ("... Title of the      9.495
    Q2": a journal's impact factor and quartile in narrow columns right of the reference),
    each cell set a column gap (one font size) clear of the text before it and every word of
    it a metric (:data:`_METRIC`). A line of metrics alone is kept."""
    cells = _cells(words)
    k = len(cells)
    while k > 1 and all(_METRIC.fullmatch(w.text) for w in cells[k - 1]):
        k -= 1
    return [w for c in cells[:k] for w in c]


# A date cell: a year, a month and year ("Mar 2021"), or a web record's day too ("Mar 3, 2021",
# the US order the bibliography sites print a record's date in), or a range of them.
_DATE_CELL = re.compile(r"\(?(?:(?:[A-Z][a-z]{2,8}\.?\s+(?:[0-3]?\d,\s+)?)?(?:19|20)\d\d)(?:\s*[-–]\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?"
                        r"(?:19|20)\d\d|present|now|today))?\)?", re.I)
RIGHT_DATE_GAP = 1.5  # a date in a right-hand tab column stands at least this many font sizes clear of the text
RIGHT_EDGE = 1.0  # ... and ends within this many font sizes of the column's right edge


def _right_date(line: Line, content: list[Word]) -> list[Word]:
    """The words of a date printed alone at the column's right edge, a tab stop away from
    the line's text ("Lee, A. ... The           2021"): a word processor's date column, not
    part of the sentence it sits beside; with a count in a narrow column before it, the
    count too (:data:`_COUNT`). [] when there is none."""
    cells = _cells(content)
    if len(cells) < 2:
        return []
    last, before = cells[-1], cells[-2]
    size = last[0].size
    count = len(last) >= 2 and _COUNT.fullmatch(last[0].text) and _DATE_CELL.fullmatch(join_words(last[1:]).strip())
    if not ((_DATE_CELL.fullmatch(join_words(last).strip()) or count)
            and last[0].x0 - before[-1].x1 >= RIGHT_DATE_GAP * size and last[-1].x1 >= line.right - RIGHT_EDGE * size):
        return []
    if len(cells) >= 3 and len(before) == 1 and _COUNT.fullmatch(before[0].text) \
            and before[0].x0 - cells[-3][-1].x1 >= RIGHT_DATE_GAP * size:
        return before + last  # a count in a column of its own before the date ("Title ...   192    2026")
    return last


# A citation count as CVs print it beside a paper ("[cited 120]", "Cited by 120", "120 citations",
# "Citations: 120"), taken from a bibliography service
_CITATION_COUNT = re.compile(r"[\[(]?(?:cited(?:\s+by)?|citations?)\s*:?\s*\d{1,6}[\])]?|[\[(]?\d{1,6}\s+"
                             r"(?:citations?|cites)[\])]?", re.IGNORECASE)
COUNT_SMALLER = 0.5  # a count cell is printed at least this many points smaller than the text beside it


def _right_count(line: Line, content: list[Word]) -> list[Word]:
    """The words of a citation count (:data:`_CITATION_COUNT`) printed alone at the column's
    right edge, a tab stop clear of the line's text and in a smaller type than it: a column
    of notes beside the list ("Lee, A., ... (2021).          [cited 120]"), no word of the entry
    (read into the line, it would fall inside the names or the title). [] when there is none."""
    cells = _cells(content)
    if len(cells) < 2:
        return []
    last, before = cells[-1], cells[-2]
    size = max(w.size for w in before)
    if (_CITATION_COUNT.fullmatch(join_words(last).strip()) and last[0].size <= size - COUNT_SMALLER
            and last[0].x0 - before[-1].x1 >= RIGHT_DATE_GAP * size and last[-1].x1 >= line.right - RIGHT_EDGE * size):
        return last
    return []


# A count printed in a narrow column of its own beside the date (a bibliography service's
# "Cited by" column): a number, no word of the entry.
_COUNT = re.compile(r"\d{1,6}")


def date_text(words: list[Word]) -> str:
    """The date of :func:`_right_date`'s words, a count column before it left out."""
    if len(words) >= 2 and _COUNT.fullmatch(words[0].text):
        words = words[1:]
    return join_words(words).strip()


def _left_date(content: list[Word]) -> list[Word]:
    """The words of a date printed alone at a line's start, clear of the text after it by
    more than a word space (:data:`LABEL_GAP`: "2021     Title. Names. Venue."): a date
    column's cell, as a margin label is, where most of the page's lines start at the date
    column (the years stand beside most entries), so that the column's text edge is not
    left of the dates. [] when there is none."""
    cells = _cells(content)
    if len(cells) < 2:
        return []
    first, after = cells[0], cells[1]
    if _DATE_CELL.fullmatch(join_words(first).strip()) and after[0].x0 - first[-1].x1 >= LABEL_GAP * after[0].size:
        return first
    return []


DATE_WORDS = 3  # a date cell is at most this many words ("Mar 2021", "2019 – 2021")


def _date_at_tab(content: list[Word]) -> list[Word]:
    """The words of a date that opens ``content`` and stands clear of the text after it by a
    tab's gap (:data:`LABEL_GAP` at least, wider than a word space): the date column after an
    entry's number ("12.  ⇥2021  ⇥Lee A.B., ..."). [] when there is none."""
    for n in range(1, min(DATE_WORDS, len(content) - 1) + 1):
        head, nxt = content[:n], content[n]
        if nxt.x0 - head[-1].x1 >= LABEL_GAP * nxt.size and _DATE_CELL.fullmatch(join_words(head).strip()):
            return head
    return []


def accession_lead(content: list[Word]) -> int:
    """How many of a line's first words are a review database's accession number and the
    review's status after it ("MR4212345", "MR4212345 Reviewed", "Zbl 1234.56789"): 0 when
    the line does not open so, or nothing follows them."""
    texts = [w.text for w in content[:3]]
    if len(texts) >= 2 and texts[0] == "Zbl" and _ACCESSION.match(" ".join(texts[:2])):
        n = 2
    elif texts and _ACCESSION.match(texts[0]):
        n = 1
    else:
        return 0
    if len(texts) > n and texts[n] in _REVIEW_STATUS:
        n += 1
    return n if len(content) > n else 0


def _number(text: str) -> str:
    m = _NUMBER.match(text)
    return next(g for g in m.groups() if g)


def _numeric(marker: str) -> int:
    if re.fullmatch(r"[a-z]", marker):
        return ord(marker) - ord("a") + 1  # "a.", "b.": a lettered list
    digits = re.sub(r"\D", "", marker)
    return int(digits) if digits else -1


def segment(rows: list[_Row], kind: str | None, pitch: float | None = None,
            titled_alone: frozenset[float] = frozenset()) -> Iterator[PdfEntry]:
    """A section's rows -> entries, by the kind of entry start the section uses most
    (``pitch``: the document's line pitch inside a paragraph, :func:`document_pitch`)."""
    # a note on the list at its top (a summary, a legend of the marks after names): no entry
    # (its lines: those before the first that a mark, a label or the layout starts)
    if rows[0].marker is None and not rows[0].label:
        laid, _ = _layout_starts(rows, pitch)
        end = min([i for i in range(1, len(rows)) if rows[i].marker or rows[i].bullet or rows[i].label]
                  + laid[1:] + [len(rows)])
        if end < PREAMBLE_MAX_ROWS and _note_on_the_list(rows[:end]):
            yield _aside(rows[:end], kind, "a note on the list (a summary of it, a legend of its marks)")
            rows = rows[end:]
            if not rows:
                return
    numbered = _numbered_starts(rows)
    labelled = [i for i, r in enumerate(rows) if r.label and r.marker is None]
    bullets = [i for i, r in enumerate(rows) if r.bullet]
    # a marking scheme counts when it marks several entries, or the one entry the section holds
    schemes = [s for s in (numbered, labelled, bullets) if len(s) >= 2 or s == [0]]
    page_starts: set[int] = set()
    gap_starts: set[int] = set()
    group_labels = False
    nested = _nested_bullet_starts(rows) if bullets else None
    # a title in a larger bold type opening each entry outweighs dates at the lines' starts
    # (AltaCV's "2021  Ann Lee, ..." under the title and venue): they mark no entry
    titled = _larger_title_starts(rows, titled_alone) if not numbered else None
    if titled:
        starts = titled
    elif nested:  # "Title | Venue   2021" at the edge, "• the authors" under it: the bullets mark no entry
        starts = nested
    elif schemes:
        starts = max(schemes, key=len)
        if starts is labelled:
            starts, page_starts, gap_starts, group_labels = _year_groups(rows, labelled, pitch)
    else:
        starts, page_starts = _layout_starts(rows, pitch)
        gap_starts = set(starts[1:]) - page_starts
        # a date in the margin is printed beside an entry's first line: it opens an entry
        # where no blank gap shows one (a section with one such label has no marking scheme)
        starts = sorted(set(starts) | {i for i in labelled if _DATE_CELL.fullmatch(join_words(rows[i].label).strip())})
    if starts[0] > 0:
        # text before the first marked entry is the section's preamble ("* marks a student"),
        # unless its layout shows entries of its own (a list whose marks start further down)
        before, _ = _layout_starts(rows[:starts[0]])
        if len(before) >= 2 and starts[0] >= PREAMBLE_MAX_ROWS:
            starts = before + starts
        else:
            yield _aside(rows[:starts[0]], kind, "text before the list's first marked entry, read as its preamble")
    group: str | None = None
    # a numbered list with a year column printed once per group ("2024  4. Lee, A., ...", then
    # "5. ..." under it): the year stands for the numbered entries under it up to the next year
    year_column = starts is numbered and any(rows[i].label and _YEAR_ALONE.fullmatch(join_words(rows[i].label).strip())
                                             for i in starts)
    indented_first = _first_line_indent(rows, starts)
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)
        first = rows[i]
        label = join_words(first.label).strip() or None if first.label and first.marker is None else None
        if group_labels:  # a year printed once in the margin stands for the entries under it too
            group = label or group
            label = group
        elif year_column:
            printed = join_words(first.label).strip() if first.label else ""
            group = printed if _YEAR_ALONE.fullmatch(printed) else group
            label = label or group
        # a date in a right-hand column beside the entry's lines stands for its year as a margin label does
        label = label or next((r.date for r in rows[i:end] if r.date), None)
        entry = PdfEntry(first.marker, label, kind, page_start=i in page_starts,
                         gap_start=bool(gap_starts) and i in gap_starts)
        entry.lines.append(EntryLine(first.line, first.content, beside_date=bool(first.date)))
        # (a line starting left of the first by less than SIDE_BEARING_SHARE of the type starts at
        # the same edge: "(" and italic letters stand out of their box's edge by a point or so)
        indent = first.line.x0 - max(0.5, SIDE_BEARING_SHARE * first.line.size)
        after: list[_Row] = []
        for row in rows[i + 1:end]:
            if after or (row.line.x0 < indent and row.line.page == first.line.page and not row.label
                         and not indented_first):
                after.append(row)  # text after the list, printed left of its entries ("More at: ...")
            elif nested and row.bullet:  # a sub-item's bullet marks no word of the entry
                entry.lines.append(EntryLine(row.line, row.label + row.content, item_start=True))
            elif titled and row.bullet:  # a note under the names ("• DOI: ..."): its bullet is no word
                entry.lines.append(EntryLine(row.line, row.content or row.all_words, bullet_note=True))
            else:
                entry.lines.append(EntryLine(row.line, row.all_words, beside_date=bool(row.date)))
        yield entry
        if after:
            yield _aside(after, kind, "text after an entry, printed left of the list's entries")


SIDE_BEARING_SHARE = 0.15  # a line starting left of an entry's first by less than this share of its size starts at its edge
FIRST_LINE_INDENT_SHARE = 0.5  # this share of a list's entries of two lines or more return to the margin after the first
FIRST_LINE_INDENT_ENTRIES = 2  # and this many at least


def _first_line_indent(rows: list[_Row], starts: list[int]) -> bool:
    """True when the list is set with a first-line indent (a paragraph indent: the number,
    or the entry's first word, stands indented and the lines after it go back to the
    margin, as word processors set lists in Russian, Ukrainian and Chinese documents): most
    of its entries of two lines or more print their second line left of the first, on the
    same page. Such lines are the entry's, not text after the list."""
    ends = starts[1:] + [len(rows)]
    pairs = [(rows[i], rows[i + 1]) for i, end in zip(starts, ends) if end - i >= 2
             and rows[i + 1].line.page == rows[i].line.page and not rows[i + 1].label]
    back = sum(second.line.x0 < first.line.x0 - 0.5 for first, second in pairs)
    return back >= FIRST_LINE_INDENT_ENTRIES and back >= FIRST_LINE_INDENT_SHARE * len(pairs)


NESTED_ITEMS_ALONE = 2  # a section of one such entry holds at most this many sub-items
NESTED_BULLET_INDENT = 0.8  # a bullet this many font sizes right of the unmarked lines' edge is a sub-item's
# (a word space is ~0.25 of a size; a first-level list's bullet sits at or left of its text's edge)


def _nested_bullet_starts(rows: list[_Row]) -> list[int] | None:
    """Entry starts in a section whose entries open with unmarked lines at the column's edge
    and hold bulleted sub-items indented under them ("Jake's Resume": "**Title** | *Venue*
    2021", then "• Ann Lee, Bo Chen" and "• Best Paper Award"): a start at each unmarked
    line at the edge that follows a bulleted item (and at the first line). None unless the
    first line is such a line, every bullet stands indented right of that edge, every line
    is at the edge, bulleted or a bullet's run-on (right of the edge too), and most entries
    hold a bullet."""
    if rows[0].bullet:
        return None
    size = rows[0].line.body_size
    column = [(r.line.page, round(r.line.left)) for r in rows]
    first_x = [r.all_words[0].x0 if r.all_words else r.line.x0 for r in rows]
    edge: dict[tuple[int, int], float] = {}
    for key, x, r in zip(column, first_x, rows):
        if not r.bullet:
            edge[key] = min(x, edge.get(key, x))
    for key in set(column) - set(edge):  # a page that opens with an entry's last sub-item
        edge[key] = min((x for (_, left), x in edge.items() if left == key[1]), default=None)
    starts: list[int] = []
    in_item = True  # (the first line starts an entry)
    with_bullet = items = 0
    for i, (key, x, r) in enumerate(zip(column, first_x, rows)):
        if edge[key] is None:
            return None  # a column of bullets alone: no edge to measure against
        if r.bullet:
            if x < edge[key] + NESTED_BULLET_INDENT * size:
                return None  # a bullet at the edge: bullets mark the entries
            if not in_item:
                with_bullet += 1
            in_item = True
            items += 1
        elif x <= edge[key] + 0.5 * size:
            if in_item:
                starts.append(i)
            in_item = False
        elif not in_item:
            return None  # an indented line under an unmarked one: a hanging indent, not sub-items
    # one entry: with a sub-item or two at most (a line over a bulleted list is its preamble)
    enough = len(starts) >= 2 or (starts and items <= NESTED_ITEMS_ALONE)
    return starts if enough and 2 * with_bullet > len(starts) else None


def _year_groups(rows: list[_Row], labelled: list[int], pitch: float | None) -> tuple[list[int], set[int], set[int], bool]:
    """(starts, page starts, gap starts, whether labels stand for groups) for a section whose
    margin labels are years: where the year is printed once beside the first entry of that
    year (a date column with one date per group), the entries under it are told apart by
    the layout (blank gaps, hanging indents; the labels aside), and each takes the year of
    the label above it. Where the layout finds no blank gap beyond the labels, does not
    start an entry at every label, or would start one in another column, each label starts
    its own entry as before."""
    as_labels = labelled, set(), set(), False
    if not all(_YEAR_LABEL.fullmatch(join_words(rows[i].label).strip()) for i in labelled):
        return as_labels
    if _year_printed_again(rows, labelled):
        return as_labels  # a label per entry (moderncv's year column): gaps inside entries are the lines' jitter
    unlabelled = [dataclasses.replace(r, all_words=r.content or r.all_words) for r in rows]
    starts, page_starts = _layout_starts(unlabelled, pitch)
    gaps = set(starts) - set(labelled) - page_starts
    if not gaps:
        # no blank gap between the entries of a year: where a line ends a sentence short of
        # the column's edge with room for the next line's first word, a paragraph ended there
        # (the word would have been set on it); when most labels' lines follow such an end (the
        # rest after a line too full to tell), and the paragraphs are citations of a few lines,
        # not one field a line (a title, then the names, then the venue)
        ends = _paragraph_ends(unlabelled)
        later = set(labelled) - {0}
        cut = sorted({0} | ends | set(labelled))
        if ends and 2 * len(later & ends) >= len(later) and len(rows) >= PARAGRAPH_LINES * len(cut):
            # ("In: Editors (eds.), Book" after a title's stop: a citation's venue goes on there)
            starts = sorted(i for i in cut if i in labelled or not _VENUE_MARK.match(join_words(rows[i].all_words[:2])))
            page_starts = set()
            gaps = set(starts) - set(labelled)
    if not gaps or not set(labelled) <= set(starts):
        return as_labels  # (a page break alone, with no gap, starts no entry under a label of its own)
    # (measured from each line's column edge: a two-column page's list runs on into the next column)
    edges = [rows[i].content[0].x0 - rows[i].line.left for i in labelled if rows[i].content]
    size = rows[0].line.body_size
    if not all(any(abs(unlabelled[i].all_words[0].x0 - rows[i].line.left - x) <= size for x in edges)
               for i in starts):
        return as_labels  # an entry would start in another column (a table's right-hand cells)
    return starts, page_starts - set(labelled), gaps, True


_YEAR_LABEL = re.compile(r"(?:19|20)\d\d")


def _year_printed_again(rows: list[_Row], labelled: list[int]) -> bool:
    """True when the year column prints the same year beside two successive labelled lines
    of one page and column ("2021  Lee, A; ...", a few lines on, "2021  Chen, B; ...", as
    moderncv's ``\\cventry`` prints a year beside every item): a year printed once for a
    group is not printed again for the next entry of that group, so each label opens its
    own entry, and a blank the layout measures between two labels is no entry's start
    (a line set higher by a tall glyph or a smaller link type; moderncv's lines do)."""
    printed = [(rows[i].line.page, round(rows[i].line.left), join_words(rows[i].label).strip()) for i in labelled]
    return any(a == b for a, b in zip(printed, printed[1:]))
# biblatex's mark before a venue ("In: Journal", "In: Editors (eds.), Book"), maybe after the
# entry's kind label ("[B.1] In: ..."): it opens a line of a citation, never an entry
_VENUE_MARK = re.compile(r"^(?:\[[A-Z]{1,3}[.\-]\d{1,3}\]\s+)?In:")
_SENTENCE_END = re.compile(r"[.?!][\"'”’)\]]?$")
WORD_FITS = 1.0  # points of room to spare beyond a space and the word, against rounding in the widths
PARAGRAPH_LINES = 1.5  # the mean lines of entries cut at paragraph ends: a field a line cuts one-line pieces


def _paragraph_ends(rows: list[_Row]) -> set[int]:
    """Rows that follow the last line of a paragraph in ragged-right text: the row above ends
    a sentence and leaves room, before the right edge its column's lines reach (the widest
    of the section's lines in that column on that page), for this row's first word and a
    space; a paragraph's line is broken only where the next word does not fit."""
    edge: dict[tuple[int, int], float] = {}
    for r in rows:
        key = (r.line.page, round(r.line.left))
        edge[key] = max(r.line.x1, edge.get(key, r.line.x1))
    out: set[int] = set()
    for i in range(1, len(rows)):
        a, b = rows[i - 1], rows[i]
        if not a.all_words or not b.all_words or not _SENTENCE_END.search(a.all_words[-1].text):
            continue
        first = b.all_words[0]
        room = edge[(a.line.page, round(a.line.left))] - a.line.x1
        if room > 0.25 * first.size + (first.x1 - first.x0) + WORD_FITS:
            out.add(i)
    return out


# a legend of the marks a list puts after names: "* equal contribution, † corresponding author"
_LEGEND = re.compile(r"^[*†‡§#]\s?[^\W\d_]+(?:\s[^\W\d_]+)*\s?(?:[,;]\s?[*†‡§#]\s?[^\W\d_]+(?:\s[^\W\d_]+)*)*\.?$")


def _note_on_the_list(rows: list[_Row]) -> bool:
    """Whether a section's first unmarked rows speak about the list rather than hold an entry:
    a summary ("Summary: 40 publications; h-index 12", :func:`about_the_list` at its start) or a
    legend of the marks after names."""
    text = " ".join(join_words(r.all_words) for r in rows).strip()
    head = re.split(r"[:.;]", text, maxsplit=1)[0]
    return bool(_LEGEND.match(text)) or (len(head.split()) <= 3 and about_the_list(head))


def _aside(rows: list[_Row], kind: str | None, reason: str) -> PdfEntry:
    """The rows no entry takes, as an entry to name rather than read."""
    return PdfEntry(None, None, kind, [EntryLine(r.line, r.all_words) for r in rows], aside=reason)


def _numbered_starts(rows: list[_Row]) -> list[int]:
    """Rows that start a numbered entry; a number far from the previous one is text, not a start."""
    starts: list[int] = []
    prev: int | None = None
    for i, row in enumerate(rows):
        if row.marker is None:
            continue
        num = _numeric(row.marker)
        if prev is None or num == 1 or abs(num - prev) <= 3 or _ALPHA_KEY.match(row.marker) \
                or _ACCESSION.match(row.marker):
            starts.append(i)
            prev = num
    return starts


SMALLER_TYPE = 1.0  # a line whose largest word is this many points under the section's usual type is set smaller


def _row_size(r: _Row) -> float:
    return max((w.size for w in r.line.words), default=r.line.body_size)


def _pitches(rows: list[_Row]) -> list[float]:
    """The distances between the tops of successive rows on one page (two parts of one
    printed line aside). A pitch between two lines both set in a smaller type than the
    section's usual one (a web address wrapped over two lines of a 9 pt note under 11 pt
    entries) is the note's, closer than any of the entries' own, and left out: where it
    counted, every line of the entries read as a blank gap."""
    size = rows[0].line.body_size if rows else 0.0
    sizes = [round(_row_size(r), 1) for r in rows]
    usual = Counter(sizes).most_common(1)[0][0] if sizes else 0.0
    pairs = [(a, b, sa, sb) for (a, sa), (b, sb) in zip(zip(rows, sizes), zip(rows[1:], sizes[1:]))
             if a.line.page == b.line.page and b.line.top - a.line.top > 0.5 * size]
    body = [(a, b) for a, b, sa, sb in pairs if not (sa <= usual - SMALLER_TYPE and sb <= usual - SMALLER_TYPE)]
    return [b.line.top - a.line.top for a, b in (body or [(a, b) for a, b, _, _ in pairs])]


LARGER_TITLE = 0.4  # a title this many points larger than the rest of its entry's lines is set apart by its type
# a title in the text's own weight is set apart by a larger type only when a point larger at least
# (a site's record printed: researchmap's title in a colour, a point above the names and the source)
LARGER_PLAIN_TITLE = 0.9


def _larger_title_starts(rows: list[_Row], alone: frozenset[float] = frozenset()) -> list[int] | None:
    """Entry starts where each entry opens with its title in bold (or in the text's weight a
    point larger at least, :data:`LARGER_PLAIN_TITLE`), in a type larger than every other line
    of the section (AltaCV's ``\\cvevent``: "**Title**" at 10.5 pt, the venue
    at 10, "2021  Ann Lee, **Maren T. Holloway**" at 8.5): a start at each line in the
    title's type after a line in another; the line pitch differs with the type, so no blank
    gap can be measured. None unless the first line is such a title, two entries or more
    open so, and every title is followed by lines of the entry before the next.

    A line's type is that of its largest words: a venue set flush right on the title's line
    in a smaller type (Awesome-CV's ``\\cventry``: "**Title**      J. Exp. Psychol.") leaves
    it a title line; a line that holds only such a cell, set alone at the column's right edge
    between two lines of a wrapped title or name list, is neither (:func:`_beside_alone`); and
    bulleted lines under the names ("• DOI: ...") are the entry's notes, not its starts, where
    no title line carries a bullet. A section of one such entry is read so where another
    section of the CV opens its entries with titles of that size (``alone``: those sizes,
    :func:`titled_sizes`): the CV's form, not one line's type."""
    def style(r: _Row) -> tuple[bool, float] | None:
        words = [w for w in r.all_words if _LETTER.search(w.text)]
        if not words or _beside_alone(r):
            return None
        top = max(w.size for w in words)
        return all(w.bold for w in words if w.size == top), top

    styles = [style(r) for r in rows]
    if not styles[0]:
        return None
    title_bold, title_size = styles[0]
    is_title = [s is not None and s[0] == title_bold and s[1] == title_size for s in styles]
    others = [s[1] for s, t in zip(styles, is_title) if s is not None and not t]
    if not others or max(others) > title_size - (LARGER_TITLE if title_bold else LARGER_PLAIN_TITLE):
        return None
    if not title_bold and Counter(s[1] for s in styles if s is not None).most_common(1)[0][0] == title_size:
        return None  # the text's own type (a smaller line of links under some entries): no title's
    if any(r.bullet for r, t in zip(rows, is_title) if t):
        return None  # bullets mark the entries
    shown = [i for i, s in enumerate(styles) if s is not None]  # (a cell alone at the right edge aside)
    before = {i: (shown[k - 1] if k else None) for k, i in enumerate(shown)}
    starts = [i for i, t in enumerate(is_title) if t and (before[i] is None or not is_title[before[i]])]
    ends = [i for i, t in enumerate(is_title) if t and (i + 1 == len(rows) or not is_title[i + 1])]
    if len(starts) < (1 if title_size in alone else 2) or any(e + 1 >= len(rows) for e in ends):
        return None
    return starts


def _title_size(row: _Row) -> float:
    return max((w.size for w in row.all_words if _LETTER.search(w.text)), default=0.0)


def titled_sizes(sections: list[list[_Row]]) -> frozenset[float]:
    """The title sizes of the sections whose entries open with a larger bold title, two or
    more of them (:func:`_larger_title_starts`)."""
    return frozenset(max(w.size for w in rows[0].all_words if _LETTER.search(w.text))
                     for rows in sections if rows and _larger_title_starts(rows))


BESIDE_EDGE = 1.0  # a cell set flush right ends within this many font sizes of the column's right edge


def flush_right_alone(words: list[Word], line: Line) -> bool:
    """Whether a line's words are only a cell set flush right: every word in the column's
    right half, the last ending at its right edge (a venue or date that a class centres beside
    a field wrapped over two lines, on a baseline of its own)."""
    return bool(words) and words[0].x0 > (line.left + line.right) / 2 \
        and words[-1].x1 >= line.right - BESIDE_EDGE * max(w.size for w in words)


def _beside_alone(r: _Row) -> bool:
    return flush_right_alone(r.all_words, r.line)


def document_pitch(sections: list[list[_Row]]) -> float | None:
    """The line pitch inside a paragraph over all of a document's publication sections
    (:func:`_paragraph_pitch`); None when no section has two rows on a page."""
    pitches = [p for rows in sections for p in _pitches(rows)]
    size = next((rows[0].line.body_size for rows in sections if rows), 0.0)
    return _paragraph_pitch(pitches, size) if pitches else None


def _layout_starts(rows: list[_Row], doc_pitch: float | None = None) -> tuple[list[int], set[int]]:
    """Entry starts from the layout alone: a hanging indent, else a blank gap between lines
    (measured against the section's paragraph pitch, or the document's, ``doc_pitch``, when
    that is less); and the starts that only a page or column break makes (no gap can be
    measured there)."""
    # each row's start (a margin heading's words aside) against the leftmost start of the
    # section's rows in the same column of the same page: two columns indent alike
    starts_at = [r.all_words[0].x0 if r.all_words else r.line.x0 for r in rows]
    column = [(r.line.page, round(r.line.left)) for r in rows]
    base: dict[tuple[int, int], float] = {}
    for key, x in zip(column, starts_at):
        base[key] = min(x, base.get(key, x))
    x0 = [x - base[key] for key, x in zip(column, starts_at)]
    if len({round(x) for x in x0}) >= 2:
        outer = min(x0)
        size = rows[0].line.body_size
        outdented = [i for i, x in enumerate(x0) if x < outer + 0.5 * size]
        # a hanging indent is a few font sizes; a row that starts far right is a right-hand
        # cell printed alone (a year, a venue's last word), no evidence of one
        hanging = [i for i, x in enumerate(x0) if outer + 0.5 * size <= x <= outer + HANGING_INDENT_MAX * size]
        # a line indented alone at the section's end is a note set after the list (centred, "A
        # full list is at ..."), no hanging indent: every line above it would open an entry
        if hanging and hanging != [len(rows) - 1] and 1 < len(outdented) < len(rows) and all(
                x0[i + 1] >= outer + 0.5 * size for i in outdented if i + 1 < len(rows)
                and (i + 1) not in outdented):
            return outdented, set()
    starts = [0]
    page_starts: set[int] = set()
    size = rows[0].line.body_size
    pitches = _pitches(rows)
    if pitches:
        pitch = _paragraph_pitch(pitches, size)
        if doc_pitch and doc_pitch >= 0.9 * size:
            pitch = min(pitch, doc_pitch)
        # a blank gap: half a line more than the pitch (or 1.4 pitches, when that is less)
        gap = min(1.4 * pitch, pitch + GAP_LINES * size)
        for i in range(1, len(rows)):
            a, b = rows[i - 1].line, rows[i].line
            broken = a.page != b.page or b.top < a.top - 0.5 * size  # a new page or column
            if broken or b.top - a.top > gap:
                starts.append(i)
                if broken:
                    page_starts.add(i)
    return starts, page_starts


def _paragraph_pitch(pitches: list[float], size: float) -> float:
    """The line pitch inside a paragraph: the lower quartile of the pitches between lines,
    or the smallest pitch that recurs, when that is less (a list of mostly one-line
    entries, whose pitch from entry to entry is most of the pitches, wraps a few of them at
    the shorter pitch of a paragraph's lines); never under 0.9 font sizes (no line sets
    closer)."""
    quartile = sorted(pitches)[len(pitches) // 4]
    counts = Counter(round(p * 2) / 2 for p in pitches if p >= 0.9 * size)
    recurring = [p for p, n in counts.items() if n >= 2]
    return min([quartile, *recurring])


COLUMN_GAP = 1.5  # a table's column of its own stands at least this many font sizes clear of the text before it
COLUMN_ALIGN = 1.5  # its cells start within this many points of one another (a tab stop, a table's cell edge)
COLUMN_ENTRIES = 3  # ... in this many entries at least, and in most of the entries that have a right-hand cell


def _column_cells(entry: PdfEntry) -> Iterator[list[Word]]:
    """The last cell of each of the entry's lines that stands a wide gap clear of the text
    before it, in the right half of the column."""
    for el in entry.lines:
        cells = _cells(el.words)
        if (len(cells) >= 2 and cells[-1][0].x0 - cells[-2][-1].x1 >= COLUMN_GAP * cells[-1][0].size
                and cells[-1][0].x0 > (el.line.left + el.line.right) / 2):
            yield cells[-1]  # in the right half: a label's gap before the text ("[LCR21]   Lee, ...") is no column


def table_column(entries: list[PdfEntry]) -> float | None:
    """The left edge of a column of its own that the CV's entries print beside their text (a
    word processor's table: "Title / Authors" in one cell, the venue in the next, wrapped
    there): the x most right-hand cells start at, when their left edges line up (a
    right-aligned venue or date, as awesome-cv prints them, starts anywhere). None if none."""
    starts = [(round(cell[0].x0), i) for i, e in enumerate(entries) for cell in _column_cells(e)]
    if not starts:
        return None
    x, _ = Counter(x for x, _ in starts).most_common(1)[0]
    at_x = {i for s, i in starts if abs(s - x) <= COLUMN_ALIGN}
    if len(at_x) < COLUMN_ENTRIES or 2 * len(at_x) <= len({i for _, i in starts}):
        return None
    return float(x)


def text_edge(entries: list[PdfEntry], x: float) -> float:
    """The right edge the text left of a column at ``x`` wraps at: the furthest its words reach."""
    return max((w.x1 for e in entries for el in e.lines for w in el.words if w.x1 < x), default=x)


def column_apart(entry: PdfEntry, x: float, edge: float) -> PdfEntry:
    """The entry with the text of the column starting at ``x`` moved after the rest, its lines
    in order: a table's cell is a field of its own, not words of the lines it stands beside.
    The lines left of it wrap at ``edge`` (:func:`text_edge`), not at the page's right edge."""
    main: list[EntryLine] = []
    column: list[EntryLine] = []
    for el in entry.lines:
        cells = _cells(el.words)
        # (a cell at the column's edge belongs to it even nearer the text than COLUMN_GAP)
        k = next((j for j, c in enumerate(cells) if abs(c[0].x0 - x) <= COLUMN_ALIGN), None)
        line = dataclasses.replace(el.line, right=min(el.line.right, edge))
        if k is None:
            main.append(EntryLine(line, el.words))
            continue
        if k:
            main.append(EntryLine(line, [w for c in cells[:k] for w in c]))
        column.append(EntryLine(dataclasses.replace(el.line, left=x), [w for c in cells[k:] for w in c]))
    if not column or not main:
        return entry
    return dataclasses.replace(entry, lines=main + column)


# A gridded table (grant applications, many European and Chinese CVs: "No. | Authors | Title |
# Journal | Year"), its header row naming the authors' column and the titles' apart: each field
# in a column of its own, its cells wrapped inside the column.
TABLE_COLUMNS = 3  # a header row naming this many columns, authors and titles among them
NARROW_COLUMN = 5.0  # a column at most this many font sizes wide holds a number or a year, which never wrap


def table_rows(rows: list[_Row], kind: str | None, starts: list[float],
               fields: list[str | None] | None = None) -> list[PdfEntry] | None:
    """A gridded table's lines -> entries, one per table row. Each word goes to the column
    whose left edge (from the header row) is the last at or left of it. A row starts at a
    line with a word in a narrow column (a number or a year, which never wrap, is printed on
    a row's first line); each wide column's words become lines of their own, column after
    column, so that a cell is one field whatever its neighbours print beside it; a narrow
    cell's number is the entry's number, its year the entry's label. Where the header named
    each column's field (``fields``), the entry keeps its cells by field too (``cells``; a
    column of no field, the owner's role, in none). None (the section is cut as any other)
    when no narrow column opens the rows."""
    words = [w for r in rows for w in r.line.words]
    if not words:
        return None
    size = sorted(w.size for w in words)[len(words) // 2]

    def column(w: Word) -> int:
        return max((k for k, x in enumerate(starts) if w.x0 >= x - COLUMN_ALIGN), default=0)

    right = [max((w.x1 for w in words if column(w) == k), default=x) for k, x in enumerate(starts)]
    widths = [(starts[k + 1] if k + 1 < len(starts) else right[k]) - x for k, x in enumerate(starts)]
    narrow = {k for k, width in enumerate(widths) if width <= NARROW_COLUMN * size}
    if not narrow or len(narrow) == len(starts):
        return None
    opens = [any(column(w) in narrow for w in r.line.words) for r in rows]
    if not opens[0] or sum(opens) < 2:
        return None
    entries: list[PdfEntry] = []
    cells: list[dict[int, list[EntryLine]]] = []  # each entry's cells: column -> its lines
    for i, r in enumerate(rows):
        if opens[i]:
            entries.append(PdfEntry(None, None, kind, page_start=bool(entries) and r.line.page != rows[i - 1].line.page))
            cells.append({})
        for k in range(len(starts)):
            mine = [w for w in r.line.words if column(w) == k]
            if mine:
                first = k not in cells[-1]
                cells[-1].setdefault(k, []).append(
                    EntryLine(dataclasses.replace(r.line, left=starts[k], right=right[k]), mine, cell_start=first))
    for entry, mine in zip(entries, cells):
        if fields is not None:
            entry.cells = {}
            for k in sorted(mine):
                if fields[k] not in (None, "no field"):
                    entry.cells.setdefault(fields[k], []).extend(mine[k])
        for k in sorted(mine):
            if k in narrow:
                text = " ".join(join_words(el.words) for el in mine[k]).strip()
                if _NUMBER.match(text) or re.fullmatch(r"\d{1,3}", text):
                    entry.number = entry.number or text.strip("[]().")
                elif _YEAR_LABEL.search(text):
                    entry.label = entry.label or text
            else:
                entry.lines.extend(mine[k])
    return [e for e in entries if e.lines]
