"""HTML publication pages (a researcher's website, jekyll-scholar / al-folio and similar).

The page is parsed with lxml (libxml2's HTML parser), once for detection and extraction.
Two layouts are read:

* structured items: a container holding an element whose class names a title
  (``pub-title``, ``title``, ``article-title``) and one whose class names authors
  (``pub-authors``, ``author``) or a metadata line whose first element is a list of names
  (Hugo Academic / Wowchemy ``article-metadata``), optionally a venue (``venue``,
  ``periodical``, ``pub-publication``) and links; the year comes from the venue, a date
  element (``article-date``), the text after the names (BibBase prints the venue and year
  there unclassed) or the nearest preceding year heading (``<h2>2025</h2>``);
* any other page about publications (hand-written, Word exports, citeproc output): rendered
  to the markdown it would have been written in and read by the markdown page reader
  (``markdown_page``): sections by heading, entries by block, each read as lines with roles,
  a citation or a CV-style entry. The rendering keeps what the markup says about the fields:
  a bold or linked title opening its line is emphasised as the title, repeated sibling
  blocks (cards, list-group items, a ``<div>`` per paper) are entries whose inner blocks
  are lines, ``<dt>`` and its ``<dd>`` are one entry, a year heading gives the year of the
  entries under it; navigation, footers and footnote marks print nothing. What the markup
  alone separates stays apart: a title set between the names and the venue is a line of
  its own, a table row's cells are its fields (a cell spanning rows is copied into each),
  a names line in italics or behind a class that marks one name is still the names, a
  middle dot after the names ends them; abstracts, BibTeX blocks, badges and column
  headings print nothing; a bold paragraph naming a section is a heading; a paragraph whose
  <br>-broken lines are each a whole entry is one entry per line; a full citation printed
  under a label ("Recommended citation:") is read alone.

An entry block that reads as none of these but looks like an entry (long enough, with a
year or a list of names) is a reject with the reason, never dropped silently.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import dataclasses
import functools
import re
from typing import Iterator

from lxml import etree

from .base import MONTH_ABBREVIATIONS, Document, Draft, ExtractError, RecordError, excerpt
from .author_lists import _surname_initials_first, given_first, plausible_name, split_author_list, vancouver_entry
from .citations import venue_name
from .column_headings import VENUE_OR_REFERENCE, header_fields, heading_field
from .cv_entries import other_language_heading
from .markdown_page import (BUTTON_WORDS, FILES_LINE_REASON, PROSE_LOWER_SHARE, _is_pub_heading, _not_pub, entries_apart,
                            entry_blocks, is_prose, linked_title, lone_colon_name, names_colon_page, owner_implied_page,
                            page_owner, publication_sections, read_block)

NAME = "html_publications"
VERSION = 16  # 16: the real-sites batch 8 pages studied (wt-realstudy8web): a bold line alone over a list its heading, a BibTeX formatter's classed span in a title text, a javascript: link with a button word a button, and the markdown reader's batch-8 rules (CJK section words, names and titles; a title closed by a comma before its italic venue; names closed by a colon); 15: wt-names8: Turkish, Finnish, Hungarian, Czech-Slovak, Romanian 'and' and et-al marks, the Japanese middle dot between names, comma-parted fields with the year last, a field label alone no venue, Science's names-comma-title ended by a stop, one stopped surname-first name; 14: a dashes run the names of the entry before, surname-initials names in a names element turned, the title element and identifiers no part of the venue and year after the names, a "+N authors" toggle no name, a link wrapping a heading ends its line (wt-htmlr19); 13: the markdown reader's batch-7 rules (a labelled files line skipped), a bare year opening a title after names with no year read the date, a link-only cell beside a row's citation no field, "(to appear 2020)" a year (wt-realstudy7web); a table row's first filled cell read as the row's own text, so a page whose content is a citation table is found; commas followed by a non-breaking space part "Surname, Given" names (wt-realstudy7web); 12: a section letter before an entry number ("C19.") and alpha.bst keys ("[LIR+07]") item labels, ligature characters spelled, a heading's section-number element no text, an affiliation read as a title with no year or venue a CV's head, names parted by semicolons end before a comma-parted sentence (wt-htmlr18); 11: wt-names7: more languages' 'and', particles after a joiner, stop-lost spaced initials, a comma after the year, full-width punctuation, GB-T 7714 in the text readers, Vancouver names joined by a conjunction alone; 10: the markdown reader's readings of wt-names6 (family names in capitals first turned, titles in guillemets); 9: "</br>" a line break as browsers read it, a tab or newline inside an href dropped, a hyphen wrapped at a source line end joined, an italic report number in the volume's place plain, and the markdown reader's batch-6 rules (wt-realstudy6web); 8: the citations' and names' readings of wt-cvtext8 (a formula's capital and a quoted venue end a title; a dblp homonym number before a colon at a line's end); 7: record views (a table of <th> label / <td> value rows per item, a Zotero report) read by their labels, a <cite> of a whole reference no emphasis, a quoted title in its link keeps its marks, a month before the year in the brackets after the names (wt-htmlr17); 6: the markdown reader's name readings (wt-names5: DBLP homonym numbers, GOST's "//", listings' tails); 5: a bullet or rule set in bold is a mark, no field; names closed by "et al." in italics are names; an arXiv identifier with no venue printed names the venue arXiv (wt-realstudy5web); 4: a title in the page's one <h1> beside an author element the document's own, other languages' "et al." marks close a names list, a year filter line no reject (wt-htmlr16); 3: an underlined title, a <div> of <br> lines holding the names, prose with commas no reject, headings at their depth (wt-realstudy4web)

_TITLE_CLASS = re.compile(r"(?:^|[-_])title$", re.I)
_AUTHOR_CLASS = re.compile(r"author", re.I)
# "author" as a word of the class ("pub-authors", "bibbase_paper_author") before "author"
# anywhere in it: BibBase's "bibbase_paper_titleauthoryear" holds the title and the year too
_AUTHOR_WORD_CLASS = re.compile(r"(?:^|[-_])authors?(?:$|[-_])", re.I)
# "...-publication" is a generator's name for the venue field (Hugo Academic's
# ``pub-publication``, a Quarto listing's ``listing-publication``, from the front matter's
# ``publication``); a bare "publication" class is a whole entry's block, not its venue. A class
# naming the work's publisher or container (DSpace's ``item-list-publisher``, CSL's
# ``container-title``) is the one place such a list prints where the work appeared
_VENUE_CLASS = re.compile(r"venue|periodical|journal|booktitle|conference|publisher|container|[-_]publication$", re.I)
# Themes that print no "author" class put the names in the item's metadata line (Hugo
# Academic / Wowchemy: ``article-metadata``), with a date element beside them.
_META_CLASS = re.compile(r"metadata|byline", re.I)
_DATE_CLASS = re.compile(r"(?:^|[-_])date$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BADGE_TAIL = re.compile(r"\s*\b(Oral|Spotlight|Best Paper(?: Award)?|Highlight|Poster)\b\s*$", re.I)
_MORE_AUTHORS = re.compile(r",?\s*(?:and\s+)?(\d+) more authors?\s*$", re.I)
_SKIPPED_NAMES = re.compile(r"(?:,|^)\s*\+\s?(\d+)(?:\s+more)?(?:\s+authors?)?\s*(?=,|$)", re.I)
_CONTAINERS = ("div", "li", "article", "section", "tr", "p")
_PUB_HEADING = re.compile(r"publication|papers|preprints?", re.I)


# The page is parsed with lxml (libxml2's HTML parser, ~100 MB/s: BeautifulSoup with Python's
# html.parser, which this reader used before, parsed ~4 MB/s and was 70% of its time). The
# tree is walked with the few helpers below; text is read as a browser shows it: no comments,
# no script, style or template contents.
_NO_TEXT = frozenset(("script", "style", "template", "noscript"))


def _classes(tag) -> list[str]:
    return (tag.get("class") or "").split()


def _has_class(tag, pattern: re.Pattern) -> bool:
    return _class_hit(tag.get("class") or "", pattern)


@functools.lru_cache(maxsize=4096)  # a page repeats its few class attributes on every item
def _class_hit(classes: str, pattern: re.Pattern) -> bool:
    """Whether ``pattern`` finds one of the class names of a ``class`` attribute."""
    return any(pattern.search(c) for c in classes.split())


_CLASSED = etree.XPath(".//*[@class]")


def _classed(tag) -> list:
    """The elements under ``tag`` (not ``tag`` itself) that have a class, in document order."""
    kept = _CLASSED_KEPT
    got = kept[1].get(tag) if kept is not None else None
    if got is None:
        got = _CLASSED_DESCENDANTS(tag)
        if kept is not None and tag.getroottree().getroot() is kept[0]:
            kept[1][tag] = got
    return got


# The same elements as _CLASSED's ".//*[@class]" in the same order, found in about half the
# time on a whole page (no union of steps to sort): tests/test_html_fast_paths.py holds them equal.
_CLASSED_DESCENDANTS = etree.XPath("descendant::*[@class]")
# Finding a themed page's items asks for the classed elements under each candidate and its
# ancestors several times over (once per class looked for: title, names, metadata, venue,
# date), and a query costs some microseconds however short its answer: each element's answer
# is kept for the last page read, (its root, {element: answer}), set by ``_parsed`` once the
# page's repairs are done (the tree does not change after them). The elements of any other
# tree are queried each time.
_CLASSED_KEPT: tuple[object, dict] | None = None


def _find_class(tag, pattern: re.Pattern):
    """The first element under ``tag`` with a class that ``pattern`` finds, else None."""
    return next((t for t in _classed(tag) if _has_class(t, pattern)), None)


def _find_all(tag, names, limit: int | None = None) -> list:
    out = []
    for t in tag.iter(*names):
        out.append(t)
        if limit is not None and len(out) >= limit:
            break
    return out


# An end tag "</br>" (hand-written pages end their lines with it, "Title, Journal 2011.</br></br>"):
# the HTML standard's parser reads it as a <br> start tag ("an end tag whose tag name is br ...
# act as described in the next entry", tree construction, "in body"), so every browser breaks the
# line there; libxml2 drops it as an unmatched end tag, which ran a page's entries together.
_END_BR = re.compile(r"</br\s*/?\s*>", re.I)
# A hyphen ending a source line between a letter and a capital ("Self-\nAffine Sets"): a
# hyphenated word the writer's editor wrapped, which a browser shows as "Self- Affine"; joined as
# typed. A suspended hyphen ("pre-\nand post-") has a lower-case word after it and stays.
_WRAPPED_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[A-Z])")


# A typographic ligature written as its Unicode compatibility character, "ﬁ" (U+FB00-FB06), as a
# converter from TeX or PDF writes the glyph its font set ("&#xFB01;" from TeX4ht's Computer Modern
# tables): the letters it joins, since no title, name or venue is spelled with it (the text
# reader's rule, text_dialects.ligatures_spelled, for the characters and their references).
_LIGATURE = re.compile(r"[\ufb00-\ufb06]|&#[xX]0*[fF][bB]0([0-6]);|&#(6425[6-9]|6426[0-2]);")
_LIGATURE_LETTERS = ("ff", "fi", "fl", "ffi", "ffl", "st", "st")


def _ligatures_spelled(text: str) -> str:
    """``text`` with each ligature character or its character reference written as its letters."""
    return _LIGATURE.sub(lambda m: _LIGATURE_LETTERS[int(m.group(1)) if m.group(1) else
                                                      int(m.group(2)) - 64256 if m.group(2) else
                                                      ord(m.group()) - 0xFB00], text)


# A heading's outline number in an element of its own, classed as one: Org mode's
# "section-number-3", pandoc's "header-section-number", Sphinx's "section-number", TeX4ht's
# "titlemark", Bikeshed's / ReSpec's "secno". The numbering is the outline's, no word of the
# heading: a paper's title printed as a numbered heading is read without "1.2.".
_SECTION_NUMBER_CLASS = re.compile(r"^(?:(?:header-)?section-number(?:-\d)?|titlemark|secno)$")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _section_numbers_dropped(root) -> None:
    """Each heading's section-number element removed, its tail kept."""
    for heading in root.iter(*_HEADING_TAGS):
        for node in list(heading.iter()):
            if node is heading or not isinstance(node.tag, str):
                continue
            if any(_SECTION_NUMBER_CLASS.match(c) for c in (node.get("class") or "").split()):
                if node.getparent() is not None:
                    _drop_keeping_tail(node)


def _drop_keeping_tail(node) -> None:
    """Take ``node`` (an lxml element with a parent) out of the tree, the text after it kept
    where it stood (appended to the previous sibling's tail or to the parent's text)."""
    parent, tail = node.getparent(), node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)


@functools.lru_cache(maxsize=1)
def _parsed(text: str) -> tuple:
    """(the page's ``<html>`` element, its structured items): kept for the last page read,
    since detection (``sniff``) and ``extract`` read the same page one after the other."""
    parser = etree.HTMLParser(encoding="utf-8")  # plain elements: lxml.html's own classes cost a Python call each
    data = _WRAPPED_HYPHEN.sub("-", _END_BR.sub("<br>", _ligatures_spelled(text))).encode("utf-8", "surrogatepass")
    root = etree.fromstring(data or b"<html></html>", parser)
    if root is None:  # nothing but whitespace or comments
        root = etree.fromstring(b"<html></html>", parser)
    _misnested_items_repaired(root)
    _section_numbers_dropped(root)
    _word_continuations_joined(root)
    _row_spans_filled(root)
    _spacer_runs_joined(root)
    _heading_titles_joined(root)
    _list_labels_as_headings(root)
    global _CLASSED_KEPT
    _CLASSED_KEPT = (root, {})  # (the repairs above are done: the tree is not changed any more)
    # an element kept as a cache key keeps its whole tree alive: answers about the last page's
    # elements only, so that a long-lived worker does not hold hundreds of old pages
    _bold_opens_with_titles.cache_clear()
    with _texts_kept():
        return root, _structured_items(root)


# What ends a list item whose markup was cut short: the next line break, item or block.
_ITEM_ENDS = frozenset(("br", "li", "hr")) | frozenset("p div tr dd dt blockquote table ul ol section article center "
                                                      "details h1 h2 h3 h4 h5 h6".split())


def _misnested_items_repaired(root) -> None:
    """A list item opened inside an inline element (``<U><LI>C G Windsor</U>, Title, Venue``,
    the owner underlined as the item opens, as 1990s hand-written pages do): the parser
    closes the item with the inline element, leaving the item the owner's name alone and the
    rest of the entry outside it. The item is put back round the inline element and the text
    after it, up to the next line break, item or block: one entry, as the browser shows it."""
    for li in list(root.iter("li")):
        wrap = li.getparent()
        if wrap is None or wrap.tag not in _INLINE or len(wrap) != 1 or (wrap.text or "").strip() \
                or (li.tail or "").strip() or wrap.getparent() is None:
            continue
        inner = etree.Element(wrap.tag, attrib=dict(wrap.attrib))
        inner.text, li.text = li.text, None
        for child in list(li):
            inner.append(child)
        inner.tail = wrap.tail
        li.tail = None
        wrap.getparent().replace(wrap, li)
        li.append(inner)
        following = li.getnext()
        while following is not None and not (isinstance(following.tag, str) and following.tag in _ITEM_ENDS):
            after = following.getnext()
            li.append(following)  # moves it, its tail with it
            following = after


# Word's HTML export: a numbered list paragraph carries "mso-list:l4 level1 lfo7" in its style;
# the paragraphs after it in the same list group (class MsoListParagraphCxSpMiddle / ...Last)
# that carry no number are the same item's text continued on new lines.
_WORD_NUMBERED = re.compile(r"mso-list\s*:\s*l\d+\s+level", re.I)
_WORD_CONTINUED = re.compile(r"^MsoListParagraphCxSp(?:Middle|Last)$")


_SECTION_WORDS = 4  # a heading this short that names a kind of section ("Journal articles") is one


def _first_line(block) -> tuple[str, bool]:
    """(the block's text up to its first <br>, whether it has one)."""
    parts = [block.text or ""]
    for child in block:
        if child.tag == "br":
            return " ".join(parts), True
        parts += [_text(child), child.tail or ""]
    return " ".join(parts), False


_LINES_AFTER_NAMES = 1  # paragraphs after a names paragraph joined to its entry: the venue line (an abstract below stays out)


def _heading_titles_joined(root) -> None:
    """A heading followed by a paragraph whose first line is a list of names alone ("<h4>Title
    </h4><p>Ann Lee, Bo Chen<br><em>Venue</em>, 2021</p>") is that entry's title: it moves
    into the paragraph as its first line, in bold, so that title, names and venue are one
    entry. A heading that names a section ("Journal articles", "2021") stays a heading."""
    for heading in list(root.iter("h3", "h4", "h5", "h6")):
        block = heading.getnext()
        title = _text(heading)
        if block is None or block.tag not in ("p", "div") or len(title.split()) < 2 or _YEAR_LABEL.fullmatch(title):
            continue
        if len(title.split()) <= _SECTION_WORDS and (_is_pub_heading(title) or _not_pub(title)):
            continue
        line, more = _first_line(block)
        names, _ = split_author_list(_FOOTNOTE_MARKS.sub("", re.sub(r"\s+", " ", line)).strip(" ,"))
        if not (names and all(plausible_name(n) for n in names)):
            continue
        if not more:
            # the names a paragraph of their own, the venue and year in the next one ("<h5>Title</h5>
            # <p>Names</p><p><em>Venue</em>, 2021</p>"): the paragraph after the names is a line
            # of the same paragraph (its entry)
            after = []
            for sibling in block.itersiblings():
                if not isinstance(sibling.tag, str) or sibling.tag not in ("p", "div") or len(after) >= _LINES_AFTER_NAMES \
                        or (block.tail or "").strip() or (sibling.tail or "").strip():
                    break
                after.append(sibling)
            if not after or not _YEAR.search(_text(after[0])):
                continue  # no venue and year below: a person under a heading, not a paper
            for sibling in after:
                br = etree.SubElement(block, "br")
                br.tail = sibling.text
                for child in list(sibling):
                    block.append(child)  # (its tail goes with it)
                block.getparent().remove(sibling)
        bold, br = etree.Element("b"), etree.Element("br")
        bold.text, br.tail, block.text = title, block.text, None
        block.insert(0, bold)
        block.insert(1, br)
        parent = heading.getparent()
        previous = heading.getprevious()
        if heading.tail and heading.tail.strip():  # text after the heading stays where it was
            if previous is not None:
                previous.tail = (previous.tail or "") + heading.tail
            else:
                parent.text = (parent.text or "") + heading.tail
        parent.remove(heading)


_LIST_LABEL_WORDS = 12  # a label over a list is a few words ("Papers [refereed, in English]")


def _list_labels_as_headings(root) -> None:
    """A line in bold alone, followed (line breaks between) by a list (``<ul>``/``<ol>``), is
    the heading of that list ("<b>Talks</b><br><ol>...</ol>", as hand-written pages label
    their sections): it becomes a heading element (``<h6>``, the lowest depth), so that the
    page's sections divide there, as they do at a heading tag."""
    for bold in list(root.iter("b", "strong")):
        parent = bold.getparent()
        text = re.sub(r"\s+", " ", "".join(bold.itertext())).strip()
        if parent is None or parent.tag not in ("body", "div", "section", "td", "article", "main", "center") \
                or not text or len(text.split()) > _LIST_LABEL_WORDS or (bold.tail or "").strip() or _YEAR.search(text):
            continue
        before = bold.getprevious()
        if before is None:
            if (parent.text or "").strip():
                continue
        elif not isinstance(before.tag, str) or before.tag not in ("br", "ul", "ol", "p", "div", "table", "hr") \
                or (before.tail or "").strip():
            continue
        after = bold.getnext()
        while after is not None and isinstance(after.tag, str) and after.tag == "br" and not (after.tail or "").strip():
            after = after.getnext()
        if after is None or after.tag not in ("ul", "ol"):
            continue
        heading = etree.Element("h6")
        heading.text, heading.tail = text, bold.tail
        parent.replace(bold, heading)


# Paragraphs whose text is nothing but spaces and invisible characters (``&nbsp;``, a zero-width
# space, a byte-order mark): the blank line a page builder or a word processor puts between
# entries (Wix's "wixGuard" paragraph, Word's "<p>&nbsp;</p>", Google Docs' empty paragraph)
_BLANK = re.compile(r"[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]*")
_RUN_LINES = 4  # an entry's lines as paragraphs: title, names, venue, links; a longer run is prose


def _blank_paragraph(node) -> bool:
    return node.tag == "p" and _BLANK.fullmatch(_text(node)) is not None and next(node.iter("img"), None) is None


def _spacer_runs_joined(root) -> None:
    """Sibling paragraphs parted by blank paragraphs into runs of a few (a page builder's rich
    text: "<p>Title</p><p>Names</p><p>Venue, 2021</p><p>&#8203;</p><p>Title</p>..."): when three
    or more runs of two to ``_RUN_LINES`` paragraphs end at a blank paragraph, the blank
    paragraphs part entries and each such run is one entry's lines, joined into its first
    paragraph after line breaks. A run whose paragraphs print a year each is entries one a
    paragraph (a word processor's list with a blank line after some): never joined; a paragraph
    that heads a section (a bold label, a year alone) parts runs as a heading does."""
    for parent in list(root.iter()):
        # (its children counted first, in lxml's C: most elements have fewer children than the
        # paragraphs needed, and their children are not walked in Python)
        if not isinstance(parent.tag, str) or len(parent) < 2 * _MIN_SIBLINGS \
                or sum(1 for c in parent if c.tag == "p") < 2 * _MIN_SIBLINGS:
            continue
        runs, run = [], []
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "p" and not _blank_paragraph(child) and not (child.tail or "").strip() \
                    and not (_bold_label(child) or _YEAR_LABEL.fullmatch(_text(child).strip())):
                run.append(child)  # (a paragraph that heads a section, "<p><b>Journal Articles</b></p>", is no line)
                continue
            if _blank_paragraph(child) and 2 <= len(run) <= _RUN_LINES \
                    and sum(bool(_YEAR.search(_text(p))) for p in run) <= 1:
                runs.append(run)
            run = []
        if len(runs) < _MIN_SIBLINGS:
            continue
        for first, *rest in runs:
            for following in rest:
                br = etree.SubElement(first, "br")
                br.tail = following.text
                for child in list(following):
                    first.append(child)  # (its tail goes with it)
                parent.remove(following)


# A year printed on the last line of an entry's own element ("Title<br>Names<br>Venue<br>2021"
# in an <li>, or a <span class="when"> closing an <article> of field elements): that entry's
# year, kept on its line, not a year label over the next entry.
_TRAILING_YEAR = re.compile(r"\s*(?: {2,}\n|\\\n)\s*((?:19|20)\d\d)\.?$")


# An entry's number ("[12]", "3.", "(J4)"): up to three digits, never a year
_ENTRY_NUMBER = re.compile(r"[\[(]?[A-Za-z]{0,2}\d{1,3}[\])]?[.:]?")


def _next_row(row):
    """The next ``<tr>`` sibling of a table row (comments and text between skipped), or None."""
    following = row.getnext()
    while following is not None and following.tag != "tr":
        following = following.getnext()
    return following


def _rows_joined(row, span: int) -> None:
    """The ``span - 1`` rows after ``row`` as lines of its last cell, and removed: one entry
    printed over several rows (a number cell spanning the title's row and the citation's)."""
    last = [c for c in row if isinstance(c.tag, str)][-1]
    for _ in range(span - 1):
        following = _next_row(row)
        if following is None:
            break
        for cell in [c for c in following if isinstance(c.tag, str)]:
            br = etree.SubElement(last, "br")
            br.tail = cell.text
            for child in list(cell):
                last.append(child)  # (its tail goes with it)
        following.getparent().remove(following)


def _row_spans_filled(root) -> None:
    """A cell spanning rows (``<td rowspan="3">2021</td>``, a year column's year over the
    rows of that year) is copied into each row it spans, so every row's entry carries it;
    a cell spanning rows that is an entry's number ("[3]") makes them one entry's lines."""
    for cell in list(root.iter("td", "th")):
        try:
            span = int(cell.get("rowspan") or 1)
        except ValueError:
            continue
        row = cell.getparent()
        if span < 2 or row is None or row.tag != "tr":
            continue
        at = [c for c in row if isinstance(c.tag, str)].index(cell)
        if _ENTRY_NUMBER.fullmatch(_text(cell)):
            _rows_joined(row, span)
            cell.attrib.pop("rowspan", None)
            continue
        following = row
        for _ in range(span - 1):
            following = _next_row(following)
            if following is None:
                break
            twin = copy.deepcopy(cell)
            twin.attrib.pop("rowspan", None)
            twin.tail = None
            following.insert(min(at, len(following)), twin)
        cell.attrib.pop("rowspan", None)


def _word_continuations_joined(root) -> None:
    """Joins each unnumbered continuation paragraph of a Word list item to the numbered
    paragraph that opens the item, after a line break: one entry, not a title here and its
    names and venue taken for another entry there."""
    for p in list(root.iter("p")):
        if not _WORD_NUMBERED.search(p.get("style") or ""):
            continue
        nxt = p.getnext()
        while (nxt is not None and nxt.tag == "p" and _WORD_CONTINUED.match(nxt.get("class") or "")
               and not _WORD_NUMBERED.search(nxt.get("style") or "")):
            br = etree.SubElement(p, "br")
            br.tail = nxt.text
            for child in list(nxt):
                p.append(child)  # moves the child, its tail with it
            following = nxt.getnext()
            nxt.getparent().remove(nxt)
            nxt = following


def _signature(tag) -> tuple:
    title = _find_class(tag, _TITLE_CLASS)
    return (tag.tag, tuple(_classes(tag)), tuple(_classes(title)))


def _structured_items(soup) -> list:
    """Publication items of the page's main layout.

    Pages often render the same list twice (a custom list and the theme's default one); the
    items are grouped by layout and only the first largest group is read, so one
    publication is one record."""
    found = []
    found_set = set()  # (the elements in ``found`` are held, so an element met again is the same object)
    for title in _classed(soup):
        if not _has_class(title, _TITLE_CLASS):
            continue
        # the nearest enclosing container that also holds an author element (one found
        # already for another title does: the tree does not change)
        for depth, anc in enumerate(title.iterancestors()):
            if depth > 4 or anc.tag in ("body", "html"):
                break
            if anc.tag in _CONTAINERS and (anc in found_set or _authors_tag(anc) is not None):
                if anc not in found_set:
                    found.append(anc)
                    found_set.add(anc)
                break
    # keep the innermost containers only
    outer = {anc for tag in found for anc in tag.iterancestors() if anc in found_set}
    # a "title" element that names a section of publications ("Publications", the theme's
    # page title beside its author sidebar) is the page's header, not a paper's title
    items = [t for t in found if t not in outer and not _section_title(_find_class(t, _TITLE_CLASS))]
    items = _page_header_dropped(items)
    groups: dict[tuple, list] = {}
    for t in items:
        groups.setdefault(_signature(t), []).append(t)
    return max(groups.values(), key=len) if groups else []


def _in_top_heading(tag) -> bool:
    return tag is not None and (tag.tag == "h1" or any(a.tag == "h1" for a in tag.iterancestors()))


def _page_header_dropped(items: list) -> list:
    """The items without the page's own header: a title element in the page's one ``<h1>``
    beside an author element is the document's title over its byline (a LaTeXML CV's
    ``ltx_title_document`` and ``ltx_role_author``), not a paper of the list, which prints its
    papers under its heading. Many items titled in ``<h1>`` are papers and stay."""
    top = [t for t in items if _in_top_heading(_find_class(t, _TITLE_CLASS))]
    return [t for t in items if t not in top] if len(top) == 1 else items


def _section_title(title) -> bool:
    """Whether a title element's text is a heading that names a section of publications (a
    few words: "Publications", "Selected papers")."""
    text = _text(title).strip()
    return bool(text) and len(text.split()) <= _SECTION_WORDS and _is_pub_heading(text)


def _title_text(tag, marks: bool = True) -> str:
    """The text of a title element without the badges inside it (teachPress prints the kind
    of publication after the title, inside its element: '<p class="tp_pub_title">Title
    <span class="tp_pub_type">Journal Article</span></p>'); of a names element too ('<p>Ann
    Lee, Bo Chen <span class="author-role">Lead author</span></p>')."""
    if tag is None or not any(_badge(t) for t in tag.iterdescendants() if isinstance(t.tag, str)):
        return _text(tag, marks)
    bare = copy.deepcopy(tag)
    for badge in [t for t in bare.iterdescendants() if isinstance(t.tag, str) and _badge(t)]:
        _drop_keeping_tail(badge)
    return _text_read(bare, marks)


def _venue_text(item) -> tuple[str | None, list[str]]:
    """(the text of the item's first venue element that names something beyond a date, the
    years its venue elements print). jekyll-scholar may print two "periodical" lines, the
    first the year alone ("<em></em> 2005"), the second the venue ("Dissertation (Ph.D.),
    Boston University")."""
    texts = [_text(t) for t in _classed(item) if _has_class(t, _VENUE_CLASS)]
    # microdata: what the item is part of, by its name (a journal, a proceedings; a volume has none)
    texts += [_text(_props(t, "name")[0]) for t in _props(item, "isPartOf") if _props(t, "name")]
    texts += [_text(t) for t in _props(item, "datePublished")]
    texts = [t for t in texts if t]
    named = next((t for t in texts if re.search(r"[^\W\d_]", _YEAR.sub("", t))), None)
    return named, [y for t in texts for y in _YEAR.findall(t)]


def _authors_tag(item):
    """The element holding an item's names: one whose class says so, else the first element
    of its metadata line that reads as a list of names."""
    tag = _find_class(item, _AUTHOR_WORD_CLASS)
    if tag is None:
        tag = _find_class(item, _AUTHOR_CLASS)
    if tag is not None:
        return _whole_list(tag, item)
    people = _props(item, "author")
    if people:
        return people[0]  # schema.org microdata: an element per name (its list is read by _names_text)
    meta = _find_class(item, _META_CLASS)
    if meta is None:
        return None
    for child in meta:
        if not isinstance(child.tag, str):
            continue
        names, _ = split_author_list(_text(child))
        if names and all(plausible_name(n) for n in names) and not _has_class(child, _DATE_CLASS):
            return child
    return None


_ITEMPROPS = etree.XPath("descendant::*[@itemprop]")


def _props(item, prop: str) -> list:
    """The elements under ``item`` that schema.org microdata marks as ``prop`` (``itemprop``
    may hold several names). Generators that print it (dblp, some themes and plugins) mark
    each author of a ``ScholarlyArticle`` as an ``itemprop="author"`` element of its own, the
    venue as ``isPartOf`` and the date as ``datePublished``."""
    return [t for t in _ITEMPROPS(item) if prop in (t.get("itemprop") or "").split()]


def _names_text(item, names_tag) -> str:
    """The text of an item's list of names: its names element's, or the names of each of its
    microdata ``author`` elements joined (each element one name, whatever is printed between)."""
    if names_tag is not None and "author" in (names_tag.get("itemprop") or "").split():
        people = [t for t in _props(item, "author") if not any("author" in (a.get("itemprop") or "").split()
                                                              for a in t.iterancestors() if a is not item)]
        return "; ".join(_text(_props(t, "name")[0] if _props(t, "name") else t, marks=False) for t in people)
    return _nbsp_parted(names_tag) or _text(names_tag)


_NBSP_COMMA = re.compile(r",\xa0+\s*")
_PLAIN_COMMA = re.compile(r",[ \t\r\n]+(?!\xa0)")
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)]")


def _nbsp_parted(names_tag) -> str | None:
    """A list of names whose commas are of two kinds, some followed by a non-breaking space and
    the others by a plain one ("Lee, Ann B.,&nbsp;Chen, Bo,&nbsp;and Roe, Cy"): the non-breaking
    ones part the names (a template joining "Surname, Given" names, whose own comma is plain),
    so they are read as semicolons; else None."""
    if names_tag is None:
        return None
    raw = "".join(_SHOWN_TEXT(names_tag))
    if len(_NBSP_COMMA.findall(raw)) < 1 or not _PLAIN_COMMA.search(raw):
        return None
    parts = [p for p in _NBSP_COMMA.split(raw)]
    if not all(_PLAIN_COMMA.search(p) for p in parts[:-1] if p.strip()):
        return None  # every name but the last (which may trail "and ...") must hold its own comma
    return " ".join("; ".join(parts).split())


def _whole_list(tag, item):
    """The element holding the whole list of names that ``tag`` is in. A class that names an
    author may mark one name of the list, not the list (Hugo Blox / Wowchemy's
    ``author-highlighted`` is the owner's own ``<span>`` among the others): when the
    enclosing element, still inside the item, reads as a longer list of names, that is it."""
    own = None  # read when first needed: a names element right inside the item needs no split
    for parent in tag.iterancestors():
        if parent is item:
            break
        names, _ = split_author_list(_text(parent))
        if own is None:
            own = len(split_author_list(_text(tag))[0])
        if not (len(names) > own and all(plausible_name(n) for n in names)):
            break
        tag, own = parent, len(names)
    return tag


# A toggle that stands for names a list does not show: "and 2 more authors", "+3 more", "et al."
_TOGGLE_TEXT = re.compile(r"\(?(?:and\s+)?\+?(\d+)\s+more(?:\s+authors?)?\)?|et\.?\s*al\.?", re.I)
_SCRIPT_STRING = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")
_NOT_NAME_ATTRS = frozenset(("href", "src", "class", "id", "style", "role", "hidden", "target", "rel"))


def _markup_strings(toggle) -> Iterator[str]:
    """Strings the markup around a "more authors" toggle carries but does not print: the
    values of the attributes (``title``, ``data-*``) of the toggle, of what it holds and of
    its siblings, the quoted strings of their inline scripts (``onclick``) and of a
    ``<script>`` beside it. Siblings are looked at alone (not what they hold): a toggle in a
    long paragraph costs no walk of the paragraph."""
    parent = toggle.getparent()
    siblings = [n for n in parent if n is not toggle] if parent is not None else []
    for node in (n for n in [*toggle.iter(), *siblings] if isinstance(n.tag, str)):
        scripts = [v for k, v in node.attrib.items() if k.lower().startswith("on")]
        if node.tag == "script" and node.text:
            scripts.append(node.text)
        for script in scripts:
            yield from (a or b for a, b in _SCRIPT_STRING.findall(script))
        yield from (v for k, v in node.attrib.items() if k.lower() not in _NOT_NAME_ATTRS and not k.lower().startswith("on"))


def _same_names(a: list[str], b: list[str]) -> bool:
    return [" ".join(n.casefold().split()) for n in a] == [" ".join(n.casefold().split()) for n in b]


def _hidden_names(names_tag, shown: list[str]) -> tuple[list[str], bool] | None:
    """(the whole list of names, truncated) when a list printed short ("Ann Lee, Bo Chen, and
    2 more authors") carries the rest in its markup, else None. al-folio / jekyll-scholar
    print the first few names and keep the others in the toggle's ``onclick`` script; other
    themes keep them in a ``title`` or ``data-*`` attribute. The names are the entry's, so
    they are read rather than lost; nothing is guessed: a string counts only when it is a
    list of plausible names that either begins with the shown names (the whole list) or,
    when the toggle prints a count, holds exactly that many more (the hidden tail). A tail
    ending in "others" stays truncated, its names kept."""
    toggle = next((t for t in names_tag.iter() if isinstance(t.tag, str) and t is not names_tag
                   and _TOGGLE_TEXT.fullmatch(_text(t))), None)
    return _toggle_names(toggle, shown) if toggle is not None and shown else None


def _toggle_names(toggle, shown: list[str]) -> tuple[list[str], bool] | None:
    """``_hidden_names`` for a known toggle element and the names shown before it."""
    count = _TOGGLE_TEXT.fullmatch(_text(toggle)).group(1)
    more = int(count) if count else None
    for text in _markup_strings(toggle):
        names, truncated = split_author_list(text)
        if not names or not all(plausible_name(n) for n in names):
            continue
        if len(names) > len(shown) and _same_names(names[: len(shown)], shown):
            extra = len(names) - len(shown) + int(truncated)
            if more is None or extra == more:
                return names, truncated
        elif more is not None and len(names) + int(truncated) == more and not _same_names(names[:1], shown[:1]):
            return shown + names, truncated
    return None


_ASIDE_CLASS = re.compile(r"abstract|summary|bibtex|(?:^|[-_])bib(?:$|[-_])|links?$|btn|button|badge|award", re.I)
_CITATION_TAIL = 300  # characters: longer text after the names is prose (an abstract), not a venue


def _after_names(authors, title=None) -> tuple[str | None, list[str]]:
    """(venue, years) read from the text printed after an item's names element in the same
    parent, for themes that class the title and the names but print the venue and the year
    as plain text (BibBase: ``<span class="bibbase_paper_year"><i>Venue</i>, 3(2): 1-9.
    2021.</span>`` after the names): the first italic span is the venue, else the venue the
    citation reader finds there. Links, hidden text, abstracts and BibTeX blocks are no part
    of it; prose (an abstract with no class) is too long to be read as one. Neither is the
    item's ``title`` element when it follows the names (NLM's "Names. Title. Venue. 2021;3:1-9."
    in classed spans, the title linked or not: wt-htmlr19)."""
    if authors is None:
        return None, []
    pieces: list[str] = [authors.tail or ""]
    italics: list[str] = []

    def walk(node) -> None:
        if node.tag in _NO_TEXT or node.tag == "a" or node is title or _hidden(node) or _has_class(node, _ASIDE_CLASS) \
                or _has_class(node, _DATE_CLASS):  # the date, read as the year already ("July 2025")
            return
        if node.tag in ("i", "em", "cite") and _text(node):
            italics.append(_text(node))
        pieces.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            pieces.append(child.tail or "")

    for sibling in authors.itersiblings():
        if isinstance(sibling.tag, str):
            walk(sibling)
        pieces.append(sibling.tail or "")
    rest = re.sub(r"\s+", " ", " ".join(pieces)).strip()
    if len(rest) > _CITATION_TAIL:
        return None, []
    venue = italics[0] if italics else (venue_name(rest) if len(rest) > 3 else None)
    return venue or None, _YEAR.findall(_IDENTIFIERS.sub(" ", rest))


# A DOI ("doi: 10.1905/abc") or an arXiv identifier ("arXiv:0704.1905"): its digits are no year
_IDENTIFIERS = re.compile(r"\b10\.\d{4,9}/\S+|\barXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?", re.I)


def _block_labels(soup, limit: int = 400) -> list[str]:
    """Short texts that are the whole text of their block element (a section label a page
    styles with CSS: ``<div class="sidebar_box">Publications</div>``)."""
    out = []
    for node, parent in _strings(soup, limit):
        text = node.strip()
        if 3 <= len(text) <= 40 and parent.tag in ("div", "td", "p", "span", "section") \
                and _text(parent) == re.sub(r"\s+", " ", text):
            out.append(text)
    return out


def _strings(root, limit: int) -> list[tuple[str, object]]:
    """The first ``limit`` text nodes of the page in document order, each with the element
    that holds it (a tail belongs to the element's parent)."""
    out = []
    for el in root.iter():
        if len(out) >= limit:
            break
        if isinstance(el.tag, str) and el.text:
            out.append((el.text, el))
        if el.tail and el.getparent() is not None:
            out.append((el.tail, el.getparent()))
    return out[:limit]


# Inline elements a browser prints with no space round them ("RbMnF<sub>3</sub>" is RbMnF3);
# any other element (a block, a cell, a line break) parts the words on either side.
_INLINE = frozenset("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup "
                    "time u var".split())


_ATTACHED = frozenset(("sub", "sup"))  # printed against their base: a line break inside one is no space


def _pieces(tag, out: list[str], marks: bool = True) -> None:
    if tag.tag in _NO_TEXT:
        return
    if not marks and tag.tag == "sup" and (_MARKS.fullmatch(_text(tag)) or _affiliation_mark(tag)):
        return
    if tag.tag in _ATTACHED:
        out.append(_SPACE.sub(" ", "".join(tag.itertext())).strip())
        return
    if tag.text:
        out.append(tag.text)
    for child in tag:
        if isinstance(child.tag, str):
            parted = child.tag not in _INLINE
            if parted:
                out.append(" ")
            _pieces(child, out, marks)
            if parted:
                out.append(" ")
        if child.tail:
            out.append(child.tail)


# The texts of a tree that is no longer changed, each element's read once: the rendering
# of a hand-written page (``_item_blocks``, ``_markdownish``) asks for the text of every
# element and of its ancestors again and again, and walking each subtree anew made it
# O(elements x depth) Python calls (a third of the page's time); finding a themed page's items
# (``_structured_items``) reads each candidate's names element and its ancestors several
# times. Set only around those calls, once the page's repairs are done (``_texts_kept``); keyed by the element itself, which the key keeps alive, so that an lxml
# proxy's address is never reused by another element while the memo lasts.
# The memo is bounded: every text kept costs its length plus _MEMO_ENTRY, and once the costs
# reach _MEMO_BUDGET further texts are read anew each time, as before (a page's texts nest, so
# what they add up to grows with its depth: a large, deep page would otherwise keep many times
# its own size). About 8 million characters and 125,000 elements at most; a page of a few
# hundred kilobytes stays well within it.
_MEMO_BUDGET = 8_000_000
_MEMO_ENTRY = 64


class _Texts(dict):
    """``_texts_kept``'s memo: (element, marks) -> text, and what it has spent of the budget."""

    spent = 0


_TEXT_MEMO: contextvars.ContextVar[_Texts | None] = contextvars.ContextVar("_TEXT_MEMO", default=None)


@contextlib.contextmanager
def _texts_kept():
    """Within it, ``_text`` reads each element once; the tree must not change inside it."""
    token = _TEXT_MEMO.set(_Texts())
    try:
        yield
    finally:
        _TEXT_MEMO.reset(token)


def _text(tag, marks: bool = True) -> str:
    """The element's text with its whitespace collapsed, as a browser shows it: no space
    added inside a word split by inline markup, one between blocks. With ``marks`` False,
    without the superscripts that mark a name (footnote marks, affiliation numbers: "Ann
    Lee<sup>1,*</sup>"), which are no part of it."""
    if tag is None or not isinstance(tag.tag, str):
        return ""
    memo = _TEXT_MEMO.get()
    if memo is None:
        return _text_read(tag, marks)
    key = (tag, marks)
    got = memo.get(key)
    if got is None:
        got = _text_read(tag, marks)
        cost = len(got) + _MEMO_ENTRY
        if memo.spent + cost <= _MEMO_BUDGET:
            memo[key] = got
            memo.spent += cost
    return got


def _text_read(tag, marks: bool) -> str:
    """``_text`` of an element, read from the tree."""
    pieces: list[str] = []
    _pieces(tag, pieces, marks)
    return " ".join("".join(pieces).split())  # (= re.sub(r"\s+", " ", ...).strip(), without a match per space)


_HEADINGS = ("h1", "h2", "h3", "h4")


def _previous_headings(tag):
    """The headings before ``tag`` in document order, nearest first (its enclosing
    elements count as before it)."""
    node = tag
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str):
                yield from reversed(list(sib.iter(*_HEADINGS)))
        node = node.getparent()
        if node is not None and node.tag in _HEADINGS:
            yield node


def _heading_year(tag) -> int | None:
    for heading in _previous_headings(tag):
        text = _text(heading)
        if re.fullmatch(r"(?:19|20)\d\d", text):
            return int(text)
        if text:
            return None
    return None


def _links(tag) -> list[str]:
    return [a.get("href") for a in tag.iterdescendants("a") if a.get("href") is not None]


class HtmlPublicationsExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:4096].lower()
        if b"<html" not in head and b"<!doctype html" not in head and b"<body" not in head:
            return 0.0
        try:
            soup, items = _parsed(doc.text)
        except ExtractError:
            return 0.0
        if items:
            return 0.9
        # a page about publications: its title, a heading or a bold line says so
        labels = ([_text(next(soup.iter("title"), None))] + [_text(h) for h in _find_all(soup, _HEADINGS, 200)]
                  + [_text(h) for h in _find_all(soup, ("b", "strong"), 40)])
        if any(_PUB_HEADING.search(t) and len(t) < 60 for t in labels if t):
            return 0.6
        # or names it in another language ("Veröffentlichungen", "Pubblicazioni"): the CV
        # readers' table (cv_entries.SECTION_WORDS_OTHER_LANGUAGES), a heading's few words
        if any(len(t.split()) <= _SECTION_WORDS and other_language_heading(t) == "pub" for t in labels if t):
            return 0.6
        if any(_PUB_HEADING.search(t) for t in _block_labels(soup)):
            return 0.5  # "Publications" alone in a grid cell, styled by CSS rather than a heading tag
        if _record_tables(soup):
            return 0.5  # a run of record views, each a table of labelled fields (a Zotero report)
        if len(_find_all(soup, ("papertitle",), _MIN_SIBLINGS)) >= _MIN_SIBLINGS:
            return 0.5  # the widely copied one-page template's own element for a paper's title
        if _unlabelled_entries(soup):
            return 0.5  # no label, but a run of blocks each printing names and a year (a saved results page)
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        soup, items = _parsed(doc.text)
        if items:
            yield from self._structured(items)
        else:
            yield from self._lists(soup)

    def _structured(self, items) -> Iterator[Draft | RecordError]:
        for ordinal, item in enumerate(items, start=1):
            title_tag = _find_class(item, _TITLE_CLASS)
            title = _title_text(title_tag)
            if not title:
                yield RecordError(ordinal, "publication item with an empty title", excerpt(_text(item)))
                continue
            names_tag = _authors_tag(item)  # (read once: the tree does not change after _parsed)
            author_text = _names_text(item, names_tag)
            more = _MORE_AUTHORS.search(author_text)
            author_text = _MORE_AUTHORS.sub("", author_text)
            # "A, B, C, +2 authors, E": a toggle among the names stands for names not shown
            # (the first few, the count, the last), no name of its own (wt-htmlr19)
            skipped = _SKIPPED_NAMES.search(author_text) if not more else None
            if skipped:
                author_text = author_text[:skipped.start()] + author_text[skipped.end():]
                if not author_text[skipped.start():].strip(" ,"):
                    more, skipped = skipped, None
            if more:
                author_text += ", others"
            authors, truncated = split_author_list(author_text)
            shown = len(authors)
            if skipped:
                truncated, more = True, skipped
            recovered = _hidden_names(names_tag, authors) if truncated and names_tag is not None else None
            if recovered:
                authors, truncated = recovered
            # every name surname first with its initials after it ("Lee AB, Chen B.", NLM's and
            # Vancouver's lists in a names element): given name first, as the text readers turn them
            authors = given_first(authors, alone=vancouver_entry(_text(item)))
            venue, venue_years = _venue_text(item)
            badges = []
            if venue:
                m = _BADGE_TAIL.search(venue)
                if m:
                    badges.append(m.group(1).title() if m.group(1).islower() else m.group(1))
                    venue = venue[: m.start()].strip() or None
            years = _YEAR.findall(venue or "") or venue_years
            venue = (venue_name(re.sub(r"\s+,", ",", venue)) or venue) if venue else None  # "AER , 114(5), pp. 1-9"
            years = years or _YEAR.findall(_text(_find_class(item, _DATE_CLASS)))
            if venue is None or not years:  # no element names them: the item's other text holds them
                rest_venue, rest_years = _after_names(names_tag, title_tag)
                venue, years = venue or rest_venue, years or rest_years
            links = _links(item)
            code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
            yield Draft(
                ordinal=ordinal,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                author_count=shown + int(more.group(1)) if more else None,
                venue=venue,
                year=int(years[-1]) if years else _heading_year(item),
                badges=badges,
                url=next((u for u in links if u.startswith("http") and u != code), None),
                code_url=code,
                record_type="preprint" if venue and re.search(r"arxiv|preprint", venue, re.I) else None,
                raw=" ".join([title, venue or "", *links]),
            )

    def _lists(self, soup) -> Iterator[Draft | RecordError]:
        """A hand-written page: rendered to markdown-ish text (headings, paragraphs, list
        items, <br> line breaks, italics) and read like a markdown publication page."""
        # The page is about publications (that is how it was detected): read all of it but
        # the sections a heading marks as something else (talks, teaching, awards).
        root = next(soup.iter("body"), soup)
        with _texts_kept():  # (the tree is not changed while it is rendered)
            tables = _column_tables(root)
            read = [got for table, columns in tables for got in _rows_by_columns(table, columns)]
            records = _record_tables(root)
            read += [_read_record(table, rows) for table, rows in records]
            token = _READ_BY_COLUMNS.set(frozenset(table for table, _ in tables + records))
            try:
                rendered = _CLOSE_BEFORE_PUNCTUATION.sub("*", _markdownish(root, _item_blocks(root)))
            finally:
                _READ_BY_COLUMNS.reset(token)
        for ordinal, got in enumerate(read, start=1):
            yield dataclasses.replace(got, ordinal=ordinal)
        body = _entries_parted(_OPEN_AFTER_BRACKET.sub("*", rendered))
        blocks = [(block, year_hint) for section in publication_sections(body, whole=True)
                  for block, year_hint in entries_apart(entry_blocks(section))]
        ordinal = len(read)
        implied = owner_implied_page([block for block, _ in blocks])
        for k, ((block, year_hint), got) in enumerate(zip(blocks, _readings(blocks, implied))):
            if got is not None and got[0] is None and _year_navigation(got[2]):
                continue  # the page's year filter ("Jump to: 2023 | 2022 | ..."), no entry
            if got is not None and got[0] is None and got[1] == FILES_LINE_REASON:
                continue  # an entry's files under a label ("Full paper (1/2/15): PDF | arXiv"), no entry
            if got is not None and got[0] is None and not _entry_like(got[2], year_hint or _year_line(block), block):
                if not (_bare_title(got[2]) and (implied or _beside_owner_implied(blocks, k))):
                    continue  # the page's own text (menus, headers, prose), not an entry
                got = (None, "a title printed alone, with no names, year or venue to read", got[2])
            if got is None:
                continue
            ordinal += 1
            if got[0] is None:
                yield RecordError(ordinal, got[1], _reject_excerpt(got[2], block))
                continue
            authors, truncated, entry_title, venue, year, links = got
            if year is None and venue is None and _AFFILIATION_TITLE.fullmatch(entry_title):
                continue  # the owner's name over their department (a CV's head), no paper
            if _INVERTED_LIST.match(entry_title):
                # the surname-first names run into the title (Nature's "Lee, A. B. & Roe, C. Title.
                # *Venue*": no year or quotes part them, and a full stop inside the title was
                # taken for the names' end): the title is what follows the names up to the
                # emphasised venue; read again with it marked, else a reject
                got = _names_then_title(block, year_hint)
                if got is None:
                    yield RecordError(ordinal, "entry read, but its title opens with the list of names",
                                      _reject_excerpt(_plain(block), block))
                    continue
                authors, truncated, entry_title, venue, year, links = got
            if _names_for_title(entry_title) or _ends_names(entry_title, _plain(block)):
                yield RecordError(ordinal, "entry read, but its title is a list of names",
                                  _reject_excerpt(_plain(block), block))
                continue
            if venue is None and _VENUE_TITLE.search(entry_title):
                # "Names. *Journal of X*, 2019." with no title printed: the italic venue read as the title
                yield RecordError(ordinal, "entry read, but its title is a venue's name and no venue is left",
                                  _reject_excerpt(_plain(block), block))
                continue
            if authors and len(authors) == 1:
                # one name alone, surname first with initials that carry periods ("Fujiwara M."):
                # turned as the list reader turns a whole list of them (a given name never ends
                # in initials with periods; "Wei LI", with none, may be either and stays)
                authors = [_surname_initials_first(authors[0]) or authors[0]]
            from .author_lists import capitals_family_names

            authors = capitals_family_names(authors or [])  # "von FINTEL Kai, HUANG Jia-Bin": given names first
            lead = _LEADING_YEAR.match(entry_title) or (_BARE_LEADING_YEAR.match(entry_title) if authors and year is None else None)
            if lead and len(entry_title[lead.end():].split()) >= _TITLE_LINK_WORDS and year in (None, int(lead.group(1))):
                entry_title, year = entry_title[lead.end():], int(lead.group(1))
            if venue is None and _ARXIV_IDENTIFIER.search(block):
                venue = "arXiv"  # "Title. Names. [arXiv:2401.01234]": no journal printed, the preprint's server named
            links = [u for u in links if u.startswith("http")]  # (a site's relative address names no page here)
            code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
            yield Draft(ordinal=ordinal, title=entry_title, authors=authors, authors_truncated=truncated,
                        year=year, venue=venue, url=next((u for u in links if u != code), None), code_url=code,
                        record_type="preprint" if venue and re.search(r"arxiv|preprint", venue, re.I) else None,
                        raw=" ".join([entry_title, *links]))


_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s*$")  # "Dana K. ": the reading split the names at an initial


# One name printed surname first with its initials ("Holloway, M. T.", "van der Berg, A.-B."),
# and a list of them parted by commas, "&" or "and" (Nature's, APA's, Harvard's lists)
_INVERTED_NAME = r"[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,2},\s(?:[A-Z]\.(?:[\s-]?[A-Z]\.)*)"
_INVERTED_LAST = re.compile(r"(?:^|[,;]|&|\band)\s*" + _INVERTED_NAME + r"\s*$")  # (";": ACS's "Lee, A.; Roe, C.")
_INVERTED_LIST = re.compile(r"\s*(" + _INVERTED_NAME + r"(?:(?:,\s|\s&\s|,?\sand\s)" + _INVERTED_NAME + r")*)\s+(?=\S)")


def _ends_names(title: str, text: str) -> bool:
    """Whether a reading's title is the end of the list of names that opens the entry ("Dana K.
    Smith and Ann Lee. *Venue*, 2019", no title printed, split at the initial's full stop into
    the names "Dana K." and the title "Smith and Ann Lee"): what is printed before the title
    ends with an initial, and with the title it is a list of two or more names. A list that
    ends in a whole name printed surname first ("..., & Holloway, M. T. Vacuum structure"),
    its initials after its surname, has no name left to run on into the title."""
    at = text.find(title)
    if at <= 0 or not _INITIAL_BEFORE.search(text[:at]):
        return False  # (a title after a comma, "C G Windsor, Basic Neutron Theory", is no name's end)
    if _INVERTED_LAST.search(text[:at]):
        return False
    from .citations import vancouver_list_end

    vancouver = vancouver_list_end(text)
    if vancouver is not None and vancouver <= at:
        return False  # "Lee AB, Chen B. Title": a Vancouver list ends at its last initial
    names, _ = split_author_list(text[:at + len(title)].strip(" .,;"))
    return len(names) >= 2 and all(plausible_name(n) for n in names)


def _names_then_title(block: str, year_hint: int | None):
    """A block "Surname, I., Surname, I. & Surname, I. Title words. *Venue* ..." read with the
    plain text between the names and the first emphasised span marked as the title, or None
    when it is not so laid out or the reading does not keep that title."""
    m = _INVERTED_LIST.match(block)
    if m is None:
        return None
    rest = block[m.end():]
    at = rest.find("*")
    title = rest[:at].strip().rstrip(".").strip() if at > 0 else ""
    if len(title.split()) < _TITLE_LINK_WORDS or "[" in title or "\n" in title:
        return None
    got = read_block(f"{m.group(1)} *{title}*. {rest[at:]}", year_hint)
    if not got or got[0] is None or got[2] != title:
        return None
    return got


# A venue's name as the reader's title ("Journal of X", "Proceedings of Y"): with no venue left
# beside it, the entry printed no title (entry_quality reads the same words as a venue's)
_VENUE_TITLE = re.compile(r"^(?:Proc\b|Proceedings\b)|\b(?:Conference|Symposium|Workshop) on\b|"
                          r"^(?:The\s+)?(?:Journal|Transactions|Letters) of\b")


def _names_for_title(title: str) -> bool:
    """Whether a reading's title is a list of people's names ("Holloway and Ketan D.
    Mulmuley"): two or more names, one with an initial. A reader that split the names at an
    initial's full stop ("Maren T. | Holloway and ...") took the rest of them for the title,
    and the title for the venue: the entry is a reject, not a record with a wrong title."""
    if not re.search(r"\b[A-Z]\.", title):
        return False
    names, _ = split_author_list(title)
    return len(names) >= 2 and all(plausible_name(n) for n in names) and any(re.search(r"\b[A-Z]\.", n) for n in names)


def _plain(block: str) -> str:
    """A rendered block's text without its markdown: links' text kept, emphasis marks dropped."""
    return " ".join(re.sub(r"\[([^\]]*)\]\([^)\s]*\)", r"\1", block).replace("*", "").split())


# A title the markup sets apart in an entry's block: emphasised or linked, three words or more
_MARKED_SPAN = re.compile(r"\[\*?([^\]\n]{12,}?)\*?\]\(|\*([^*\n]{12,}?)\*")
_EXCERPT = 200  # characters of a reject's excerpt (extractors.base.excerpt)


def _reject_excerpt(text: str, block: str) -> str:
    """The excerpt of an entry that could not be read, naming the entry: its text, led by the
    title the markup sets apart when that title would fall past the excerpt's end (a long
    list of names before it: a consortium paper), so that every reject says which entry it is."""
    if len(" ".join(text.split())) <= _EXCERPT:
        return excerpt(text)
    for m in _MARKED_SPAN.finditer(block):
        title = " ".join((m.group(1) or m.group(2)).strip(" *").split())
        if len(title.split()) >= _TITLE_LINK_WORDS and not _full_names(title) and not _name_like(title):
            head = " ".join(text.split())[: _EXCERPT // 2]
            return excerpt(text) if title in head else excerpt(f"{title} | {text}")
    return excerpt(text)


_LINK = re.compile(r"\[\*{0,2}([^\]\n*]+?)\*{0,2}\]\(([^)\s]*)\)")


def _link_kept_whole(block: str, year_hint: int | None, got):
    """A reading whose title is the opening of a linked span cut at a full stop inside it
    ("[Cofibrations in ... Spaces. Part I](url)" read as the title "Cofibrations in ...
    Spaces" and names opening "Part I. ..."), or a linked span and the opening of what
    follows it: a link's text is one field, so the block is
    read again with that link set in bold (the title mark), and that reading is kept when its
    title is the link's whole text."""
    if not got or got[0] is None or not got[2]:
        return got
    title = got[2]
    for m in _LINK.finditer(block):
        text = " ".join(m.group(1).split())
        cut = len(text) > len(title) and text.startswith(title) and text[len(title):len(title) + 2] == ". "
        # or the mirror: a title run on past its link's end into the next field ("[... II](url).
        # *Comm. Math. Phys*" read as "... II. Comm", the venue's first abbreviation taken along)
        run_on = len(title) > len(text) and title.startswith(text) and title[len(text):len(text) + 2] == ". "
        if (cut or run_on) and len(min(title, text, key=len).split()) >= _TITLE_LINK_WORDS:
            again = read_block(block[:m.start()] + f"[**{text}**]({m.group(2)})" + block[m.end():], year_hint)
            if again and again[0] is not None and again[2] == text:
                return again
    return got


# Author-date styles print the year between the names and the title ("Lee, A. & Chen, B.
# 2021. Title."); a title read as opening with that year ("2021. Title") took the date's
# sentence with it. A title itself never opens with a year and a full stop ("2001: A Space
# Odyssey" has a colon).
# An arXiv identifier as printed ("arXiv:2401.01234", "arXiv:hep-th/9901001"): an entry that
# prints one and no venue is a preprint there, its venue arXiv (the label names the server).
_ARXIV_IDENTIFIER = re.compile(r"\barXiv\s*:\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
_LEADING_YEAR = re.compile(r"\(?((?:19|20)\d\d)[a-z]?\)?\.\s+")
# and printed with no stop at all after names ("Lee, A., & Roe, C. 2021 Title of it. Venue"), the
# reading having found no year elsewhere: a title never opens with a bare year before a capital
# in an entry that prints none other
_BARE_LEADING_YEAR = re.compile(r"((?:19|20)\d\d)[a-z]?\s+(?=[A-Z](?:[a-z]|\s))")


# An affiliation read as a title: "Department of Physics, Example University" under the owner's
# name at a CV's head (read as names over a title, with no year and no venue): a unit of an
# institution, then where it is, as an address prints them.
_AFFILIATION_TITLE = re.compile(r"(?:(?:Graduate\s+)?School|Department|Dept\.|Faculty|Division|Institute|Laboratory|"
                                r"Centre|Center)\s+(?:of|for)\s+[^,.;:]{2,60}(?:,\s*[^,.;:]{2,60}){1,3}")


def _readings(blocks: list[tuple[str, int | None]], implied: bool) -> list:
    """Each block read (:func:`markdown_page.read_block`), then the blocks no reader accepted
    read by the title the markup set apart (:func:`_group_authored`) or, as the markdown page
    reader does, read again with what the whole page tells: its owner
    (the name most entries share: "Ann Lee: Title. Venue" names her), and whether the page
    leaves its owner out ("Title (with A and B). Venue"), so that an entry printing no names
    at all is the owner's alone, kept when it names its venue."""
    readings = [_link_kept_whole(block, year_hint, read_block(block, year_hint)) for block, year_hint in blocks]
    owner = page_owner([got[0] for got in readings if got and got[0]])
    colon_page = None  # names_colon_page, asked only when a block needs it
    for k, ((block, year_hint), got) in enumerate(zip(blocks, readings)):
        if got is None or got[0] is not None:
            continue
        # the fields the markup sets apart first (a marked title over a group or a venue line)
        again = _group_authored(block, year_hint, implied)
        if again is None and (lone := lone_colon_name(block)) and (
                colon_page if colon_page is not None
                else (colon_page := names_colon_page([b for b, _ in blocks]))):
            # a page of "Names: Title" entries: one name alone before the colon is the author (wt-names7)
            again = read_block(block, year_hint, owner=lone)
            again = again if again and again[0] == [lone] else None
        if again is None and (owner or implied):
            again = read_block(block, year_hint, owner_implied=implied, owner=owner)
        if again and again[0] is not None and (again[0] or again[3]):
            readings[k] = again
    for k, ((block, year_hint), got) in enumerate(zip(blocks, readings)):
        # "———. 2010. Title." (a bibliography style's subsequent-author substitute, wt-htmlr19):
        # the dashes stand for the names of the entry before; read with those names written out
        if k and got is not None and got[0] is None and (m := _REPEATED_NAMES.match(block)) \
                and readings[k - 1] is not None and readings[k - 1][0]:
            before = readings[k - 1][0]
            again = read_block(block[:m.start(1)] + _joined_names(before) + block[m.end(1):], year_hint)
            if again and again[0] == before:
                readings[k] = again
    return readings


# A run of three dashes (em dashes, hyphens, underscores) in the names' place at an entry's
# head: the bibliography's "same names as the entry before" (Chicago's and MLA's "———.")
_REPEATED_NAMES = re.compile(r"\s*(?:[-*+]\s+|\d{1,3}\.\s+)?(—{2,3}|–{3}|-{3}|_{3,8})(?=[.,]?\s)")


def _joined_names(names: list[str]) -> str:
    """Names written out as a list the names reader reads back: "A", "A and B", "A, B, and C"."""
    return names[0] if len(names) == 1 else (" and ".join(names) if len(names) == 2
                                             else ", ".join(names[:-1]) + ", and " + names[-1])


_HARD_BREAK = re.compile(r" {2,}\n|\\\n")
_ENTRY_LINES = 3  # at least this many lines, each a whole entry, before a block is split


# The space the rendering puts after a closing emphasis mark, so that "<i>Nature</i>, in
# press" does not read "Nature , in press": before punctuation (a closing bracket or
# quotation mark too: "“<i>Gulf</i>”") it is dropped.
_CLOSE_BEFORE_PUNCTUATION = re.compile(r"(?<=\S)\*[ ]+(?=[,.;:!?)\]”’])")
# And the space it puts before an opening mark, so that "(<i>Lutjanus synagris</i>)" does not
# read "( Lutjanus synagris)": after an opening bracket or quotation mark it is dropped.
_OPEN_AFTER_BRACKET = re.compile(r"(?<=[(\[“‘])[ ]+\*(?=[^\s*])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _entries_parted(body: str) -> str:
    """The rendered page with each paragraph whose lines, broken by <br>, are each a whole
    entry ("Names (2001). Title. *Venue*.<br>Names (2002). ...") cut into one paragraph per
    line, so each line is read as an entry of its own (and none is lost after the first). A
    line of an entry's fields (a title, a list of names) seldom prints a year and is short;
    a whole entry prints its year and runs long, so when most lines do, each is an entry."""
    out = []
    for paragraph in _PARAGRAPH_BREAK.split(body):
        lines = [ln.strip() for ln in _HARD_BREAK.split(paragraph) if ln.strip()]
        whole = [ln for ln in lines if _YEAR.search(ln) and len(ln) >= _ENTRY_CHARS[0] + 10]
        if len(lines) >= _ENTRY_LINES and 5 * len(whole) >= 4 * len(lines) and not any(ln.startswith("#") for ln in lines):
            out.append("\n\n".join(lines))
        else:
            out.append(paragraph)
    return "\n\n".join(out)


# a title in emphasis, linked ("[*Title*](url)", "*[Title](url)*") or not ("*Title*")
_MARKED_TITLE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*?\[\*?([^*\[\]\n]{12,}?)\*?\]\([^)\s]*\)\*?|\*([^*\[\]\n]{12,})\*)")
# An author that is a group: "ATLAS Collaboration", "Belle / Belle II Collaboration", "the
# LIGO Scientific Collaboration and Virgo Collaboration", "the Human Genome Sequencing Consortium"
_GROUP_AUTHOR = re.compile(r"^(?:the\s+)?[A-Z][\w./&\- ]{1,80}?\b(?:Collaborations?|Consortium|Consortia)$")


def _group_authored(block: str, year_hint: int | None, implied: bool = False):
    """An entry whose names are a group ("Belle / Belle II Collaboration · JHEP 04, 101
    (2026)" under a title the markup set apart), which no list-of-names reader accepts, or,
    on a page that leaves its owner out (``implied``), an entry that prints no names at all
    under its title (the owner's alone: "*[Title](url)*" over "*J. Algebra 219 (2015)*"):
    (authors, truncated, title, venue, year, links) with the group as the one author, or no
    author, else None. Only a title set apart by markup (a line opening with an emphasised
    or linked title) and a group name, or a venue and no names, on the next line are taken,
    so the fields are sure."""
    lines = [ln.strip() for ln in _HARD_BREAK.split(block) if ln.strip()]
    m = _MARKED_TITLE.match(lines[0]) if len(lines) >= 2 else None
    if not m:
        return None
    title = (m.group(1) or m.group(2)).strip()
    if m.end() < len(lines[0].rstrip(" .,*")):
        return None  # more than the title on its line
    parts = [p.strip() for p in _FIELD_DOT.split(lines[1])]
    group = re.sub(r"[*_]", "", parts[0]).strip(" ,.;")
    if _GROUP_AUTHOR.match(group):
        authors, rest = [group], " ".join(parts[1:] + lines[2:])
    elif implied and not any(_names_opening(re.sub(r"[*_]", "", ln)) for ln in lines[1:]):
        authors, rest = [], " ".join(lines[1:])
    else:
        return None
    rest = re.sub(r"\[([^\]]*)\]\([^)\s]*\)", r"\1", rest)  # link buttons: their text only
    years = _YEAR.findall(rest)
    venue = venue_name(re.sub(r"[*_]", "", rest)) if rest else None
    if not authors and not (venue and years):
        return None  # with no names, the line under the title must be where and when it appeared
    links = re.findall(r"\]\((https?://[^)\s]+)\)", block)
    return authors, False, title, venue or None, int(years[-1]) if years else year_hint, links


def _names_opening(line: str) -> bool:
    """Whether a line opens with a list of two or more names ("A. Lee, B. Chen. Venue")."""
    names, _ = split_author_list(re.split(r"[.:]\s+(?=[A-Z][a-z])|\(", line, maxsplit=1)[0])
    return len(names) >= 2 and all(plausible_name(n) for n in names)


_BARE_TITLE_WORDS = (5, 30)
_WITH_NAMES = re.compile(r"\((?:joint\s+)?with\s+[A-Z]")


def _beside_owner_implied(blocks: list[tuple[str, int | None]], k: int) -> bool:
    """Whether a block next to block ``k`` prints its co-authors after "with", the owner
    left out: a list where an entry with no names is the owner's alone."""
    return any(_WITH_NAMES.search(blocks[j][0]) for j in (k - 1, k + 1) if 0 <= j < len(blocks))


def _bare_title(text: str) -> bool:
    """A line that can only be a title printed alone: on a page that leaves its owner out
    (a CV's "Research in progress": "Measuring Patent Novelty Using Text Embeddings", no
    names, year or venue), such a line is an entry that cannot be read, so a reject, not
    dropped. A title's length, most of its words capitalised, not a sentence of prose."""
    words = text.split()
    if not (_BARE_TITLE_WORDS[0] <= len(words) <= _BARE_TITLE_WORDS[1]) or is_prose(text):
        return False
    if re.search(r"[.!]\s+[A-Z]", text) or text.rstrip().endswith((":", ".")):
        return False  # sentences, or a label over what follows
    capitals = sum(w[:1].isupper() for w in words if len(w) > 3)
    return capitals >= 0.8 * sum(len(w) > 3 for w in words)


def _entry_like(text: str, year_hint: int | None = None, block: str = "") -> bool:
    """Text that may be a publication entry the readers missed (then it is a reject): long
    enough, with a year (its own or its section's) or a list of names, or a linked title
    (:func:`markdown_page.linked_title`: "[*A Survey of Dust Sources*](url)" with no year
    printed); menus, headings and prose are not: a paragraph with no digit, most of its words
    in lower case (:func:`markdown_page.is_prose`, the markdown reader's rule: "This page
    lists my papers, preprints, and software."), whatever commas it holds."""
    if is_prose(text):
        return False
    return (len(text) >= 40 and bool(year_hint or _YEAR.search(text) or text.count(",") >= 2)) or linked_title(block, text)


_NAV_YEARS = 3  # a year filter offers several years; an entry prints one (two at most: a reprint's)
_NAV_WORDS = 3  # and words around them: a label ("Jump to:", "Jahr:") and "all"
_WORD = re.compile(r"[^\W_]+")


def _year_navigation(text: str) -> bool:
    """A line of years and a label at most ("Jump to: 2023 | 2022 | 2021", "Jahr: 2024 2023
    alle"): the page's filter or index by year, not an entry that could not be read."""
    words = _WORD.findall(text)
    years = sum(bool(_YEAR_LABEL.fullmatch(w)) for w in words)
    return years >= _NAV_YEARS and len(words) - years <= _NAV_WORDS


def _year_line(block: str) -> int | None:
    """A year printed on a line of its own in the block (a year column's cell)."""
    m = re.search(r"^\s*((?:19|20)\d\d)\s*$", block, re.M)
    return int(m.group(1)) if m else None


_BLOCK_TAGS = frozenset("p div li tr dd dt blockquote table ul ol section article center details".split())
_SPACE = re.compile(r"\s+")
_MARKS = re.compile(r"[\s,*†‡§¶#]+")  # footnote marks: equal contribution, corresponding author
_FOOTNOTE_MARKS = re.compile(r"[*†‡§¶#]")
_MORE_TOGGLE = re.compile(r"\(?(?:and\s+)?\+?\d+\s+more(?:\s+authors?)?\)?", re.I)
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d")
_NO_DISPLAY = re.compile(r"display\s*:\s*none", re.I)
# What <nav> and <footer> are, named on a plain element by a whole class or id token (a
# hand-written page's "footer", a theme's "navbar") or an ARIA role; never entries. Whole
# tokens only: a theme's <body class="nav-fixed"> or "page-navbar" layout holds the page.
_CHROME_NAMES = frozenset("footer site-footer page-footer nav navbar navigation menu main-menu breadcrumb "
                          "breadcrumbs".split())
_CHROME_ROLES = frozenset(("navigation", "contentinfo", "banner"))


def _chrome(node) -> bool:
    if node.tag in ("html", "body", "main"):
        return False
    names = (node.get("class") or "").lower().split() + (node.get("id") or "").lower().split()
    return (node.get("role") or "").lower() in _CHROME_ROLES or any(n in _CHROME_NAMES for n in names)


_SKIP_TAGS = frozenset("script style nav header footer noscript form button head".split())
_SECTIONING = frozenset(("article", "section", "aside", "nav", "main", "body"))


def _article_part(node) -> bool:
    """A ``<header>`` or ``<footer>`` that belongs to one of a run of sibling ``<article>``s:
    in HTML the header and footer of the nearest sectioning element are that element's own
    (a theme's list of posts prints each entry's title in its ``<header>`` and its date and
    names in its ``<footer>``: Hugo PaperMod), not the page's banner or footer. One article
    alone (a page wrapped in an ``<article>``) keeps its header and footer out."""
    article = next((a for a in node.iterancestors() if a.tag in _SECTIONING), None)
    if article is None or article.tag != "article":
        return False
    return any(s.tag == "article" for s in article.itersiblings()) or any(
        s.tag == "article" for s in article.itersiblings(preceding=True))


# An article's byline ("May 1, 2021 · 4 min · Ann Lee, Bo Chen"): fields parted by middle dots,
# a reading time among them that is no field of a paper
_BYLINE_DOT = re.compile(r"\s*\u00b7\s*")
_READING_TIME = re.compile(r"\d{1,3}\s*(?:min|mins|minutes?)(?:\s+read)?", re.IGNORECASE)


def _byline_parts(text: str) -> list[str]:
    """The fields of an article's header or footer parted by middle dots, its reading time
    dropped (one part when there is no dot)."""
    return [p for p in (q.strip() for q in _BYLINE_DOT.split(text)) if p and not _READING_TIME.fullmatch(p)]


# Fields a line parts with spaced dashes after a list of names ("AB Lee, B Chen - Venue, 2021 -
# example.org", how Google Scholar prints a result's source line): a spaced dash never falls
# inside a name, so after the names it ends them, and the rest are fields of their own.
_DASH_FIELDS = re.compile(r"[ \t\u00a0]+[-–—][ \t\u00a0]+")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")


def _dashed_names(line: str) -> list[str] | None:
    """The line's dash-parted fields when the first is a list of names and a later one holds a
    year, else None."""
    first = _DASH_FIELDS.search(line)
    if first is None:
        return None
    # the dash that ends the names parts the fields; another kind of dash is a field's own
    # ("Encyclopedia of Philosophy – Second Edition" between hyphens)
    dash = first.group().strip(" \t\u00a0")
    parts = re.split(r"[ \t\u00a0]+" + re.escape(dash) + r"[ \t\u00a0]+", line)
    if len(parts) < 2 or not any(_YEAR.search(p) for p in parts[1:]):
        return None
    parts[0] = _names_unmarked(parts[0])
    names, _ = split_author_list(parts[0])
    return parts if names and all(plausible_name(n) for n in names) else None


def _names_unmarked(text: str) -> str:
    """A rendered list of names without the rendering's marks: links' addresses, emphasis
    (a linked name leading its line may have been marked as a title), the space before a comma."""
    return re.sub(r"\s+,", ",", _MD_LINK.sub(r"\1", text).replace("*", "")).strip()


def _dash_parted(line: str) -> str:
    """An entry's line of names, venue and year parted by spaced dashes: a field a line."""
    parts = _dashed_names(line) if "-" in line or "–" in line or "—" in line else None
    return "  \n".join(p.strip() for p in parts if p.strip()) if parts else line


# A run of bracketed capitals opening a title's line ("[PDF][PDF] Title", "[CITATION][C] Title",
# "[HTML] Title"): the kind of document a search result links to, a label, no part of the title
_LEADING_TAGS = re.compile(r"^(?:\[[A-Z]{1,10}\]\s*)+(?=\S)")
# a link whose text is such a label and a host name ("[PDF] example.org"): a download button
_TAG_HOST_LINK = re.compile(r"\[(?:\[[A-Z]{1,10}\]\s*)+[\w-]+(?:\.[\w-]+)+\]\([^)\s]*\)")


def _reading_time_dropped(line: str) -> str:
    """A line of an entry whose parts, parted by middle dots, hold a reading time ("3 Dec
    2026 · 4 mins", a blog theme's card): the line without it, the other parts as printed
    (the date stays, and gives the year); any other line unchanged."""
    if "\u00b7" not in line:
        return line
    parts = _byline_parts(line)
    return " · ".join(parts) if len(parts) < len(_BYLINE_DOT.split(line)) else line


_NAME_WORDS = 4  # a bold name longer than this is rare; a bold title this short, in Title Case, rarer


def _name_like(text: str) -> bool:
    """Bold text that is a person's name (the owner, marked in a list of names), not a title."""
    return len(text.split()) <= _NAME_WORDS and plausible_name(text.strip(" ,"))


def _opening_bold(block):
    """The bold element (``<b>``, ``<strong>``, a span styled bold) that the block's text opens
    with, or None: the first element holding text, or its first child holding text."""
    for el in block.iterdescendants():
        if not isinstance(el.tag, str) or el.tag in _NO_TEXT:
            continue
        tag = (_styled_as(el) or el.tag) if el.tag in ("span", "font") else el.tag
        if tag in ("b", "strong"):
            return el if not (block.text or "").strip() and _leads_line(el) else None
        if (el.text or "").strip():
            return None
    return None


_TITLE_SHARE = 2 / 3  # of the sibling entries opening with a bold line, this share titles: a title's place


@functools.lru_cache(maxsize=256)
def _bold_opens_with_titles(parent, tag: str, cls: str) -> bool:
    """Whether the repeated sibling blocks (children of ``parent`` of one tag and class) that
    open with a bold line mostly open with a title (more words than a name has): then bold
    opening such a block is the title's place, even for a short title that reads like a name
    ("<b>The Modal-Existential Construction</b><br>Kai von Fintel"). A page that bolds its
    owner's name opening each list of names has names there, and keeps them."""
    bolds = [b for c in parent if c.tag == tag and (c.get("class") or "") == cls
             for b in [_opening_bold(c)] if b is not None]
    titles = sum(not _name_like(_text(b)) for b in bolds)
    return len(bolds) >= _MIN_SIBLINGS and titles >= _TITLE_SHARE * len(bolds)


_BLOCK_LEVELS = 4  # how far up from a bold element its entry's block is looked for


def _title_in_place(node) -> bool:
    """Whether bold ``node`` that reads like a name opens a block (it or a block up to
    ``_BLOCK_LEVELS`` up) whose repeated siblings open with bold titles
    (:func:`_bold_opens_with_titles`)."""
    if not _leads_line(node):
        return False
    block = node.getparent()
    for _ in range(_BLOCK_LEVELS):
        parent = block.getparent() if block is not None else None
        if parent is None or _opening_bold(block) is not node:
            return False
        if block.tag in _ITEM_TAGS and _bold_opens_with_titles(parent, block.tag, block.get("class") or ""):
            return True
        block = parent
    return False


# whole class tokens or their last part ("abstract", "pub-abstract", "bibtex"): never a part
# inside a longer name (citeproc's "csl-bib-body" holds the whole list)
_ASIDE_NAMES = re.compile(r"(?:^|[-_])(?:abstract|bibtex|bib)$|^(?:abstract|bibtex)[-_]", re.I)
_ASIDE_LABEL = re.compile(r"\W*(?:show\s+|view\s+)?(?:abstract|bibtex|bib|cite|citation|summary|details)\W*", re.I)


_ASIDE_NAMES_BUT_BIB = re.compile(r"(?:^|[-_])(?:abstract|bibtex)$|^(?:abstract|bibtex)[-_]", re.IGNORECASE)
_BIBTEX_ENTRY = re.compile(r"@\s*[A-Za-z]+\s*[{(]")


_BIBTEX_OPENING = re.compile(r"\s*@\s*[A-Za-z]+\s*\{\s*[^\s,{}]*\s*,")  # "@article{lee2021,"
_ABSTRACT_LABEL = re.compile(r"(?:abstract|summary|tl;?dr)\s*:\s*\S", re.IGNORECASE)


# An abstract printed as one of an entry's lines, unlabelled: plain text (no markup inside) of
# this many sentences or more and this many words, most of them lower case (PROSE_LOWER_SHARE,
# the markdown reader's share for prose); a citation's fields are fewer "sentences" (names,
# title, venue) and a line of names opens it
_ABSTRACT_SENTENCES = 3
_ABSTRACT_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


# A line that is a count a site keeps of an entry ("280 Reads", "1,024 views", "12 citations",
# "Cited by 12"): the words of research networks' and repositories' counters (one table)
_COUNT_LINE = re.compile(r"(?:\d[\d,.]*\s*(?:reads?|views?|downloads?|citations?|recommendations?)|cited\s+by\s+\d+)",
                         re.IGNORECASE)


def _abstract_prose(node) -> bool:
    if any(isinstance(c.tag, str) for c in node):
        return False
    text = _text(node).strip()
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if len(words) < _ABSTRACT_WORDS or len(_SENTENCE_END.findall(text)) + 1 < _ABSTRACT_SENTENCES:
        return False
    if sum(w[:1].islower() for w in words) < PROSE_LOWER_SHARE * len(words):
        return False
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    names, _ = split_author_list(first)
    return not (len(names) >= 2 and all(plausible_name(n) for n in names))


def _aside(node) -> bool:
    """An element that is no part of an entry's printed citation: an abstract or a BibTeX
    block (by class, or a ``<details>`` labelled "Abstract" / "BibTeX"), or a block the page
    hides until a button is pressed. A hidden inline element stays: a hidden tail of names
    behind "and N more authors" is the entry's names."""
    if _has_class(node, _ASIDE_NAMES):
        if node.tag in _INLINE and not _BIBTEX_ENTRY.search(_text(node)) and not _ASIDE_LABEL.fullmatch(_text(node)):
            # an inline span of the citation's text that a BibTeX formatter classed (pybtex
            # marks a title's braced words "{Gulf} {Stream}" so): words of the field, no aside
            return False
        # a block named "bib" alone may be the bibliography itself (Zotpress: "zp-Zotpress-Bib"):
        # a BibTeX block prints an entry ("@article{")
        return _has_class(node, _ASIDE_NAMES_BUT_BIB) or bool(_BIBTEX_ENTRY.search(_text(node)))
    if node.tag == "details":
        summary = next(node.iter("summary"), None)
        return summary is not None and bool(_ASIDE_LABEL.fullmatch(_text(summary)))
    if node.tag in ("pre", "code") and _BIBTEX_OPENING.match(_text(node)):
        return True  # an entry's BibTeX printed in full under it, unclassed
    if node.tag in _BLOCK_TAGS and _ABSTRACT_LABEL.match(_text(node)) \
            and not any(isinstance(t.tag, str) and t.tag in _BLOCK_TAGS for t in node.iterdescendants()):
        # "Abstract: We ...": an abstract under its label, no part of the citation (a paragraph of
        # its own: a block holding other blocks may hold entries after its opening words)
        return True
    return (node.tag in _BLOCK_TAGS or node.tag == "pre") and _hidden(node)


_ET_AL_PIECE = re.compile(r"et\.?\s*al\.*", re.I)
_LIST_SEPARATORS = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def _full_names(text: str) -> bool:
    """Text that is a list of two or more people's full names, each piece between commas
    (or "and") a given name and a surname ("Ann Lee, Bo Chen, and Cy Roe"): a page may set
    the names line in italics or link it, and it is the names, not the title. A title with
    commas has pieces of one word ("Waves, Fields, and Magnetic Films") and is not taken."""
    pieces = [p for p in _LIST_SEPARATORS.split(_FOOTNOTE_MARKS.sub("", text).strip(" ,.")) if p]
    if len(pieces) >= 3 and _ET_AL_PIECE.fullmatch(pieces[-1]):
        pieces = pieces[:-1]  # "Ann Lee, Bo Chen, et al.": the list cut, still the names
    return len(pieces) >= 2 and all(2 <= len(p.split()) <= 4 and plausible_name(p) for p in pieces)


def _hidden(tag) -> bool:
    """An element the page hides (``hidden``, ``display: none``): a list's hidden tail of names."""
    return tag.get("hidden") is not None or bool(_NO_DISPLAY.search(tag.get("style") or ""))


_TITLE_LINK_WORDS = 3  # fewer words: a button ("PDF", "arXiv", "Project page") or a name, not a title


# (a "type" label names the kind of publication: teachPress's "tp_pub_type", "pub-type"; a
# "status" label its state, "Preprint", "Published"; a "role" label the owner's part in it,
# "author-role": "Lead author")
_BADGE_CLASS = re.compile(r"(?:^|[-_])(?:badge|label|tag|chip|pill|type|status|role)(?:$|[-_])", re.I)
# An element whose whole text is the owner's role in the paper ("Lead author", "Co-author",
# "Corresponding author", "Equal contribution") is a badge whatever its class: a role is never
# a title, a name or a venue.
_ROLE_LABEL = re.compile(r"(?i)\(?(?:(?:lead|first|last|senior|co-?first|co-?last|co|corresponding|joint(?:\s+first)?"
                         r"|shared(?:\s+first)?)[\s-]?authors?|equal\s+contribution)\)?[*†]?")
_BADGE_CHARS = 20


def _badge(node) -> bool:
    """A badge: a short marked-up label before or after an entry's fields ("<span
    class="badge">PRB</span>", an award, a venue's abbreviation), other than a year (a year
    badge gives the entry its year and is kept). It is no part of the title it stands by."""
    text = _text(node)
    return node.tag in ("span", "abbr", "small", "div", "a", "mark", "em", "i", "b", "strong", "sup") \
        and _ROLE_LABEL.fullmatch(text.strip()) is not None or \
        node.tag in ("span", "abbr", "small", "div", "a", "mark") and _has_class(node, _BADGE_CLASS) \
        and 0 < len(text) <= _BADGE_CHARS and not _YEAR_LABEL.fullmatch(text)


def _leads_line(node) -> bool:
    """Whether ``node`` opens its line: nothing printed before it in its block or since a <br>."""
    prev = node.getprevious()
    if prev is None:
        parent = node.getparent()
        return parent is not None and not (parent.text or "").strip() and (
            parent.tag in _BLOCK_TAGS or parent.tag in ("td", "th") or _leads_line(parent))
    if prev.tag != "br" and (_YEAR_LABEL.fullmatch(_text(prev)) or _badge(prev) or not _text(prev)) \
            and not (prev.tail or "").strip():
        # after a badge ("<span class=badge>2021</span> <a>Title</a>") or an element that prints
        # nothing (an icon: Hugo Blox's '<i class="far fa-file-alt pub-icon"></i>')
        return _leads_line(prev)
    return prev.tag == "br" and not (prev.tail or "").strip()


# Repeated sibling blocks: a parent's children of one tag and class, at least this many,
# each about as long as one entry, most of them with an element that is a list of names, are
# entries (a card, a list group's item, a <div> per paper); the blocks inside one are its
# lines, and a heading inside one is its title.
_MIN_SIBLINGS = 3
_ENTRY_CHARS = (30, 1200)  # shorter: a menu item or a label; longer: a section of many entries
_ITEM_TAGS = frozenset("div li article section p dd tr details".split())


# Class names that mark a row's place, not its kind: a CMS numbers its rows and marks the first,
# the last and every other one ("views-row views-row-3 views-row-odd", "list-result-item
# list-result-item-0 first"); siblings that differ only in these are one list's items
_PLACE_CLASS = re.compile(r".*\d.*|(?:.*[-_])?(?:first|last|odd|even|alt)")


def _kind_class(node) -> str:
    """The classes of ``node`` that say what kind of element it is (those marking its place aside)."""
    return " ".join(c for c in (node.get("class") or "").split() if not _PLACE_CLASS.fullmatch(c))


def _item_blocks(root) -> set:
    """The entry blocks of the page. Siblings are grouped by their parent; and, for lists a
    page splits by year or kind ("<h3>2021</h3><ul>..</ul><h3>2020</h3><ul>..</ul>", a
    year's list often holding one or two papers), also across the parallel lists of one
    section: same grandparent, same list tag and class, same item tag and class."""
    groups: dict[tuple, list] = {}
    for parent in root.iter():
        if not isinstance(parent.tag, str):
            continue
        grand = parent.getparent()
        for child in parent:
            if child.tag in _ITEM_TAGS:
                # keyed by the parent element itself, which the key keeps alive: an ``id()`` of
                # lxml's proxy could be reused by the next parent's once the first was freed,
                # grouping two lists' items by where the allocator happened to put them
                kind = _kind_class(child)
                groups.setdefault((parent, child.tag, kind), []).append(child)
                if grand is not None:
                    groups.setdefault((grand, parent.tag, _kind_class(parent), child.tag, kind), []).append(child)
    items = set()
    entry_like: dict = {}  # each child is in two groups (its parent's, its grandparent's): read once

    def looks_like_entry(m) -> bool:
        got = entry_like.get(m)
        if got is None:
            got = entry_like[m] = bool(_names_child(m) or _headed_entry(m) or _names_leading(_row_lead(m)))
        return got

    for members in groups.values():
        sized = [m for m in members if _ENTRY_CHARS[0] <= len(_text(m)) <= _ENTRY_CHARS[1]]
        if len(sized) >= _MIN_SIBLINGS and 2 * sum(looks_like_entry(m) for m in sized) >= len(sized):
            items.update(sized)
    return items


# The label a theme prints before an entry's full citation ("Recommended citation: Lee, A.
# (2021). ..."): no part of the citation.
# A page with no label saying it lists papers (a search engine's results saved as a page: its
# title is the query) is one when its entry blocks are many and nearly all print a list of
# names and a year: a run of five is no menu or card grid by chance, and four in five leaves
# room for a result with no year without taking a page of jobs or talks (no names) along.
_UNLABELLED_ENTRIES = 5
_UNLABELLED_SHARE = 0.8


def _unlabelled_entries(soup) -> bool:
    root = next(soup.iter("body"), soup)
    with _texts_kept():
        found = _item_blocks(root)
        blocks = [b for b in found if not any(a in found for a in b.iterancestors())]  # (a block's own parts aside)
        if len(blocks) < _UNLABELLED_ENTRIES:
            return False
        full = sum(bool(_YEAR.search(_text(b)) and (_names_child(b) or _heading_then_names(b) or _names_leading(_row_lead(b))))
                   for b in blocks)
    return full >= _UNLABELLED_SHARE * len(blocks)


_CITATION_LABEL = re.compile(r"^(?:recommended citation|cite (?:this|as)|citation|how to cite)\s*:\s*", re.I)


def _labelled_citation(item):
    """The block of ``item`` that prints its full citation after a label ("Recommended
    citation: Names (2021). "Title." *Venue*."), else None. Such a theme repeats the
    title and the venue above the citation; the citation alone is the whole entry."""
    for block in item.iter("p", "div", "span", "li"):
        if block is not item and _CITATION_LABEL.match(_text(block)) and len(_text(block)) > 40:
            return block
    return None


def _headed_entry(block) -> bool:
    """A block that opens with a heading of its own and prints a year and an italic venue
    below it: how themes that print no list of names in the card lay out a paper
    (academicpages' archive: the linked title as ``<h2>``, "Published in *Venue*, 2021", a
    recommended citation)."""
    heading = next(block.iter("h2", "h3", "h4", "h5", "h6"), None)
    if heading is None:
        return False
    head_text = _text(heading)
    text = _text(block)
    if not (text.startswith(head_text) and _YEAR.search(text[len(head_text):]) and len(head_text.split()) >= 2):
        return False
    # and a venue set in italics below the heading: a project's or a job's card (a heading,
    # "2020 to 2023") has none; or a list of names running on after the heading as the
    # block's own text (a research portal's "Lee, A. B., <a>Chen, B.</a> &amp; Roe, C., 4 May
    # 2021, In: ...": the names as text and person links, in no element of their own)
    return any(_text(i) and not any(a is heading for a in i.iterancestors()) for i in block.iter("i", "em", "cite")) \
        or _names_after(heading)


# Where the names running on after a heading or opening a block end: the date or the year after
# them ("…, Roe, C., 4 May 2021", "…, Roe, C., Mar 2021, In: …", "… & Roe, C., 2021,", "… and
# Roe, Cy (2021)")
_NAMES_RUN_END = re.compile(r",?\s+\(?(?:\d|(?:" + MONTH_ABBREVIATIONS + r")[a-z]*\.?\s+\d)")


def _heading_then_names(block) -> bool:
    """A block opening with its own heading whose inline text after it is a list of names."""
    heading = next(block.iter("h2", "h3", "h4", "h5", "h6"), None)
    return heading is not None and _names_after(heading)


def _names_after(heading) -> bool:
    """Whether the inline text after ``heading`` (its tail and the inline elements that follow
    it, up to the next block element) opens with a list of two or more names before a date."""
    return _names_run(heading.tail or "", heading.itersiblings())


def _row_lead(block):
    """The block whose own text opens ``block``: a table row's first cell holding text (a
    citation set in a table, the row's other cells a file's icon or link), else the block.
    A row has no text of its own; its first filled cell is what a reader reads first."""
    if block.tag != "tr":
        return block
    return next((c for c in block if isinstance(c.tag, str) and c.tag in ("td", "th") and _text(c).strip()), block)


def _link_cell(cell) -> bool:
    """Whether a table cell prints only links (a file's icon and its short label, "PDF",
    "Cookbook"): beside a row's citation it is a download, not a field of the entry."""
    if not (isinstance(cell.tag, str) and cell.tag in ("td", "th")):
        return False
    text = _text(cell, marks=False).strip()
    linked = " ".join(_text(a, marks=False) for a in cell.iter("a")).strip()
    return bool(text) and " ".join(text.split()) == " ".join(linked.split())


def _names_leading(block) -> bool:
    """Whether the block's own inline text (its text and its inline children, up to its first
    block child) opens with a list of two or more names before a date: a repository's or a
    hand-written citation paragraph, "Lee, Ann B., Chen, Bo and Roe, Cy (2021) <a>Title.</a>
    Venue", whose names are the block's text or one element each, in no element of their own.
    A block all of whose text is in its child elements (no text of its own between them) is not
    one: those elements are its fields, one a line, and one of them holds the names."""
    if not ((block.text or "").strip() or any((c.tail or "").strip() for c in block)):
        return False
    return _names_run(block.text or "", iter(block), alone_inverted=True)


# One name printed surname first and closed by the year in brackets ("Lee, Ann B. (2021)",
# "Lee, A. (2021).") is how a citation opens (author-date order); a name in reading order before
# a year ("Ann Lee 2021") may be a talk's, a news item's or a photo's caption
_ONE_INVERTED = re.compile(r"[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,2},\s[^\W\d_][\w.'’\- ]*")


def _names_run(text: str, nodes, alone_inverted: bool = False) -> bool:
    """Whether ``text`` and the inline ``nodes`` after it (to the first block element) open with
    a list of two or more names before a date; with ``alone_inverted``, or one name printed
    surname first before the year in brackets."""
    parts = [text]
    for node in nodes:
        if not isinstance(node.tag, str):
            continue
        if node.tag in _BLOCK_TAGS or node.tag in _HEADINGS:
            break
        parts += [_text(node, marks=False), node.tail or ""]
    run = _SPACE.sub(" ", " ".join(parts)).strip()
    end = _NAMES_RUN_END.search(run)
    if not end:
        return False
    lead = run[: end.start()].strip(" ,")
    names, _ = split_author_list(lead)
    if alone_inverted and len(names) == 1 and run[end.start():].lstrip(" ,").startswith("(") \
            and _ONE_INVERTED.fullmatch(lead):
        return plausible_name(names[0])
    return len(names) >= 2 and all(plausible_name(n) for n in names)


# The label a page prints before a list of names ("Authors: Ann Lee, Bo Chen", ORCID's
# "Contributors: ..."): no part of the first name
_NAMES_LABEL = re.compile(r"^\s*(?:authors?|contributors?|co-?authors?)\s*:\s*", re.IGNORECASE)


def _names_child(item) -> bool:
    """Whether one of the block's elements is a list of names: what makes a run of cards a
    list of papers rather than of jobs, courses or skills. Two or more names are a list; one
    name alone counts when it is emphasised (``<p><strong>Ann Lee</strong></p>``): that is
    the owner's single-author paper, the owner marked as in the rest of the list, where a
    plain name alone could be a card's contact or a person's role."""
    for child in _field_elements(item):
        # an article's byline: its names are one of the fields the dots part
        if isinstance(child.tag, str) and child.tag in ("header", "footer") and _article_part(child) and any(
                len(n) >= 2 and all(plausible_name(x) for x in n)
                for n in (split_author_list(p)[0] for p in _byline_parts(_text(child, marks=False)))):
            return True
        if _names_list(child):
            return True  # a list whose items are each a name
        if isinstance(child.tag, str) and _names_line_of_lines(child):
            return True
        if isinstance(child.tag, str):
            line = _NAMES_LABEL.sub("", _FOOTNOTE_MARKS.sub("", _title_text(child, marks=False))).strip(" ,")
            dashed = _dashed_names(line)
            names, _ = split_author_list(dashed[0].strip() if dashed else line)
            if len(names) >= 2 and all(plausible_name(n) for n in names):
                return True
            if dashed and len(names) == 1 and plausible_name(names[0]):
                return True  # one name set apart by a dash from a field with a year: a single author's
            if len(names) == 1 and plausible_name(names[0]) and _emphasised_alone(child):
                return True
    return False


_CITATION_CLASS = re.compile(r"^citation$", re.I)
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]*\s[^\"“”]*[\"”]")  # a quoted stretch of two words or more


def _whole_citation(node, inner: str) -> bool:
    """A ``<cite>`` holding a whole reference, not a title or venue in italics: classed
    ``citation`` (MediaWiki's and Wikipedia's CS1 templates, ``cite.citation.journal``), or
    printing a year and a quoted title inside it (a venue in ``<cite>`` holds no quoted title)."""
    return _has_class(node, _CITATION_CLASS) or bool(_YEAR.search(inner) and _QUOTED_WORDS.search(inner))


def _underlined_title(node, inner: str) -> bool:
    """Whether an underlined span (``<u>``) is set apart as the entry's title, as bold is: it
    opens its line (:func:`_leads_line`) and is words, not a name (underlining a name is how
    lists mark the owner among the authors, who stays a name of the list)."""
    text = inner.strip()
    return bool(text) and "*" not in text and not _name_like(text) and _leads_line(node) \
        and len(text.split()) >= _TITLE_LINK_WORDS


def _br_lines(node) -> list[str]:
    """The lines of an element its ``<br>`` children part (its text and its inline children's
    between them); one line for an element with none."""
    lines, parts = [], [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br":
            lines.append(" ".join(parts))
            parts = []
        else:
            parts.append(_text(child, marks=False))
        parts.append(child.tail or "")
    lines.append(" ".join(parts))
    return [_SPACE.sub(" ", ln).strip() for ln in lines if ln.strip()]


def _names_line_of_lines(node) -> bool:
    """Whether an element that holds several lines (parted by ``<br>``) opens with a line that
    is a list of two or more names: hand-written pages set a paper's names, venue and links in
    one ``<div>``, a line each, under its title; the names line is a field, as an element of
    its own would be. (Only the first line: a paragraph whose lines are the title, the names
    and the venue is read as it was, its own text.)"""
    if not any(isinstance(c.tag, str) and c.tag == "br" for c in node):
        return False
    lines = _br_lines(node)
    if len(lines) < 2:
        return False
    names, _ = split_author_list(_NAMES_LABEL.sub("", _FOOTNOTE_MARKS.sub("", lines[0])).strip(" ,"))
    return len(names) >= 2 and all(plausible_name(n) for n in names)


# How deep a card's wrappers of wrappers are read for its fields: a component library's card
# nests its rows in a body, a stack and a stack item ("card > body > stack > stack-item > ul"),
# three wrappers below the card's own; deeper is a page section, not one entry's parts
_WRAPPER_DEPTH = 4


def _field_elements(item) -> list:
    """The elements of an entry block that may each hold one field: its children (those of a
    lone wrapper inside it, as a card's body), and in a table row the children of its cells
    too (a row's first cell often holds the title, the names and the venue as lines of their
    own, the other cells a count or the year); a wrapper ``div`` with no text of its own is
    read through to its children, down to ``_WRAPPER_DEPTH`` wrappers (a card's stacked rows)."""
    kids = [c for c in item if isinstance(c.tag, str)]
    while len(kids) == 1 and kids[0].tag in ("div", "section", "article") and not (kids[0].text or "").strip():
        kids = [c for c in kids[0] if isinstance(c.tag, str)]  # a lone wrapper ("card" > "card-body")
    out = []

    def add(child, depth: int) -> None:
        out.append(child)
        if child.tag in ("td", "th", "ul", "ol"):
            out.extend(child)  # a cell's lines; a nested list's items, the lines of the entry it is in
        elif child.tag == "div" and not (child.text or "").strip():
            for grand in child:
                if not isinstance(grand.tag, str):
                    continue
                if depth < _WRAPPER_DEPTH:
                    add(grand, depth + 1)
                else:
                    out.append(grand)

    for child in kids:
        add(child, 1)
    return out


# An item that only marks names left out of a list ("[...]", "…", "..."): a research network's
# person list prints the first names, this, and the last ones
_NAMES_GAP = re.compile(r"\[?\s*(?:\.\.\.|…)\s*\]?")


def _names_list(node) -> list[str] | None:
    """The names of a list (``<ul>``, ``<ol>``) whose items are each one person's name and
    nothing else (a profile site's inline person list, the names as links with no separator
    in the text), two or more; an item marking names left out is no name. None otherwise."""
    if not isinstance(node.tag, str) or node.tag not in ("ul", "ol"):
        return None
    texts = [_text(li, marks=False).strip() for li in node if isinstance(li.tag, str)]
    if not texts or any(not isinstance(li.tag, str) or li.tag != "li" for li in node if isinstance(li.tag, str)):
        return None
    names = [t for t in texts if not _NAMES_GAP.fullmatch(t)]
    if len(names) < 2 or any("," in t or len(t.split()) > _NAME_WORDS or not plausible_name(t) for t in names):
        return None
    return names


_EMPHASIS_TAGS = frozenset(("b", "strong", "em", "i", "u", "mark"))
# emphasis round a number alone, a citation's volume ("<b>26,</b>", "<b>A32, </b>", "<b>C 9,</b>"): printed plain;
# and round a report's number in the volume's place, groups of capitals before it ("<i>NMFS-AFSC-255</i>":
# APA sets a report series' number in italics as it sets a journal's volume)
_VOLUME = re.compile(r"[A-Z]{0,2}\.?\s?\d[\d\s,.:;()\-–]*[A-Z]?|(?:[A-Z]{2,6}-){1,3}\d{1,6}[,.]?")


def _emphasised_alone(block) -> bool:
    """Whether all of the block's text is inside one emphasis element (``<b>``, ``<strong>``,
    ``<em>``, ``<u>``, or a span styled bold or italic), footnote marks aside."""
    kids = [c for c in block if isinstance(c.tag, str) and not (c.tag == "sup" and _MARKS.fullmatch(_text(c)))]
    if len(kids) != 1 or (block.text or "").strip() or (_FOOTNOTE_MARKS.sub("", kids[0].tail or "").strip()):
        return False
    kid = kids[0]
    return kid.tag in _EMPHASIS_TAGS or (kid.tag in ("span", "font") and _styled_as(kid) is not None) \
        or (kid.tag not in _BLOCK_TAGS and _emphasised_alone(kid))


_AFFILIATION = re.compile(r"[\d,\s*†‡§¶#]+")
_AFTER_NAME = re.compile(r"(?:^|[\s.])[A-Z][\w'’.\-]*\s*$")  # "... Lee", "... Y.-N. Kim", "... Lee" in <b>
_NEXT_NAME = re.compile(r"\s*(?:,|;|and\b|&|\.(?:\s|$)|\(|$)")


def _affiliation_mark(sup) -> bool:
    """A superscript of numbers after a name in a list of names ("Ann Lee<sup>1,2</sup>,
    Bo Chen"): an affiliation, no part of the name. An exponent in a title follows a digit
    or a unit in lower case ("10<sup>5</sup>", "cm<sup>2</sup>") and is kept."""
    if not _AFFILIATION.fullmatch(_text(sup)):
        return False
    prev = sup.getprevious()
    before = (prev.tail if prev is not None else sup.getparent().text) or ""
    if not before.strip() and prev is not None:
        before = _text(prev)
    return bool(_AFTER_NAME.search(before)) and bool(_NEXT_NAME.match(sup.tail or ""))


_ITALIC_STYLE = re.compile(r"(?:^|[;\s])font-style\s*:\s*italic", re.I)
_BOLD_STYLE = re.compile(r"(?:^|[;\s])font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)


def _styled_as(node) -> str | None:
    """"i" or "b" for an inline element whose own style sets italics or bold, else None."""
    style = node.get("style") or ""
    if _ITALIC_STYLE.search(style):
        return "i"
    if _BOLD_STYLE.search(style):
        return "b"
    return None


def _title_between(parent, child, rendered: str) -> bool:
    """Whether ``child`` is a title the markup alone sets apart in the middle of a line:
    emphasised (bold, italics or a link the rendering marked as a title), of three words or
    more, with words printed before it on its line and a word, not punctuation, straight
    after it ("Lee, A. (2015) <a><b>Title</b></a> Oikos 125:1027"). Then it is a line of its
    own, so the names before it and the venue after it are not read as part of it."""
    text = rendered.strip()
    if not (text.startswith(("*", "[*")) and len(text.split()) >= _TITLE_LINK_WORDS):
        return False
    if not re.match(r"\s*[^\W\d_]", child.tail or "") or re.match(r"\s*(?:and|&)\s", child.tail or ""):
        return False
    prev = child.getprevious()
    if prev is None:
        return bool((parent.text or "").strip())
    return prev.tag != "br" and bool((prev.tail or "").strip() or _text(prev))


def _title_before_names(child, rendered: str) -> bool:
    """Whether ``child`` is a title the markup sets apart (emphasised or a linked title) that
    opens its line and is followed on the same line by a list of names ("<a>Title</a>
    Lee, A.; Chen, B."): the names then start a line of their own, as if a <br> parted them."""
    text = rendered.strip()
    if not (text.startswith(("*", "[*")) and len(text.split()) >= _TITLE_LINK_WORDS and _leads_line(child)):
        return False
    return _names_opening(_FOOTNOTE_MARKS.sub("", _rest_of_line(child)).strip())


def _rest_of_line(node) -> str:
    """The text printed after ``node`` up to the next line break or block: its tail and the
    inline elements after it (a names list whose owner is in bold goes on in a ``<b>``)."""
    pieces = [node.tail or ""]
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str):
            pieces.append(sib.tail or "")
            continue
        if sib.tag == "br" or sib.tag not in _INLINE:
            break
        pieces += [" ", _text(sib), sib.tail or ""]
    return _SPACE.sub(" ", "".join(pieces))


# A volume and its issue or pages after a venue: "9(1): e85464", "125:1027-1034", "13: 183-197"
_VOLUME_PAGES = re.compile(r"\s*\d{1,4}\s*(?:\(\d[\d\-–/]*\)\s*)?[:,]\s*[A-Za-z]?\d")


def _venue_after_open_title(before: str, rendered: str, tail: str | None) -> bool:
    """Whether an emphasised span is an entry's venue printed straight after its title with
    no full stop between them ("... salmon (<i>O. tshawytscha</i>) <i>PLoS One</i> 9(1):
    e85464"): it is followed by a volume with its issue or pages, and the text before it
    ends in a word or a closing bracket, not in punctuation. The title is then closed with
    the full stop a citation puts there, so the venue is not read as part of it."""
    text = before.rstrip()
    return bool(text) and (text[-1].isalnum() or text[-1] in ")*") and "  \n" not in rendered \
        and bool(_VOLUME_PAGES.match(tail or ""))


_YEAR_AFTER_NAMES = re.compile(r"\s*\(((?:19|20)\d\d)\)[.,:]?\s*$")


# A cell that labels its row rather than holding a field: a year, a number ("[12]", "3."), a
# bullet. It stays on the line with the next cell, as a year column's year opens its entry.
_CELL_LABEL = re.compile(r"[\[(]?\w{0,2}\d{0,4}[\])]?[.:]?|[•·*–-]")


def _column_headings(row) -> bool:
    """A table's row of column headings ("Title | Cited by | Year"): header cells alone, not
    a year (a table per year heads its rows with the year), never an entry."""
    cells = [c for c in row if isinstance(c.tag, str)]
    if not cells or _YEAR_LABEL.fullmatch(_text(row)):
        return False
    if all(c.tag == "th" for c in cells):
        return True
    # a table's first row of plain cells each wholly bold and a word or two, no number ("<td><b>Paper</b></td>
    # <td><b>Author(s)</b></td>..."): the headings of a table written without <th>
    first = next((r for r in _table_of(row).iter("tr")), None) if _table_of(row) is not None else None
    texts = [_text(c) for c in cells]
    return first is row and len(cells) >= 2 and all(
        not t or (len(t.split()) <= _HEADING_CELL_WORDS and not re.search(r"\d", t) and _emphasised_alone(c))
        for c, t in zip(cells, texts)) and sum(bool(t) for t in texts) >= 2


_HEADING_CELL_WORDS = 3  # "Title", "Author(s)", "Published in": a column's name is a word or a few

# A table whose first row names its columns ("Title | Author | Publication Year | ..."): each
# later row is read by its columns, a field a cell, whatever else the row holds. The names a
# heading may give a field: ``column_headings`` (the exports' names, Zotero's, Scopus's, and those
# of Quarto's table listing and hand-written tables).
_COLUMN_HEADINGS_NAMED = 3  # a first row naming this many fields (a title and names among them) heads columns

_READ_BY_COLUMNS: contextvars.ContextVar[frozenset] = contextvars.ContextVar("_READ_BY_COLUMNS", default=frozenset())


def _own_rows(table) -> list:
    """The table's rows, not those of a table inside one of its cells."""
    return [r for r in table.iter("tr") if _table_of(r) is table]


def _cells(row) -> list:
    """The row's cells, a cell spanning columns (``colspan``) counted once per column."""
    out = []
    for c in row:
        if isinstance(c.tag, str) and c.tag in ("td", "th"):
            span = c.get("colspan") or "1"
            out.extend([c] * (int(span) if span.isdigit() and 0 < int(span) <= 20 else 1))
    return out


def _column_tables(root) -> list[tuple[object, dict[str, int]]]:
    """[(table, {field: column}), ...]: the tables whose first row names their columns, a
    title's and the names' among at least ``_COLUMN_HEADINGS_NAMED`` fields (``column_headings``)."""
    out = []
    for table in root.iter("table"):
        rows = _own_rows(table)
        if len(rows) < 2:
            continue
        columns: dict[str, int] = {}
        for k, field in enumerate(header_fields([_text(cell) for cell in _cells(rows[0])])):
            if field in ("title", "authors", "year", "venue") and field not in columns:
                columns[field] = k
        if len(columns) >= _COLUMN_HEADINGS_NAMED and {"title", "authors"} <= set(columns):
            out.append((table, columns))
    return out


def _title_cell(cell) -> str:
    """The title in a title column's cell without the buttons a page puts beside it ("Title
    [PDF] [Code]"): the links whose text is a button's word print nothing."""
    buttons = [a for a in cell.iter("a") if _text(a).strip("[]() ").casefold() in BUTTON_WORDS]
    if not buttons:
        return _text(cell).strip()
    bare = copy.deepcopy(cell)
    for a in [a for a in bare.iter("a") if _text_read(a, True).strip("[]() ").casefold() in BUTTON_WORDS]:
        parent, previous = a.getparent(), a.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (a.tail or "")
        else:
            parent.text = (parent.text or "") + (a.tail or "")
        parent.remove(a)
    return re.sub(r"(?:\s*[\[\]()|,]\s*)+$", "", _text_read(bare, True)).strip()


def _rows_by_columns(table, columns: dict[str, int]) -> Iterator[Draft | RecordError]:
    """The entries of a table read by its columns (ordinals set by the caller): a row with
    nothing in its title's cell, or names that do not read as names, is a reject."""
    for row in _own_rows(table)[1:]:
        cells = _cells(row)
        texts = [_text(c).strip() for c in cells]
        if not any(texts) or _hidden(row):
            continue  # an empty row (a spreadsheet's sizing row) prints nothing
        field = {f: texts[k] if k < len(texts) else "" for f, k in columns.items()}
        if columns["title"] < len(cells):
            field["title"] = _title_cell(cells[columns["title"]]) or field["title"]
        whole = " | ".join(t for t in texts if t)
        if not field["title"]:
            yield RecordError(0, "table row with nothing in its title column", excerpt(whole))
            continue
        authors, truncated = split_author_list(field["authors"])
        if not authors or not all(plausible_name(n) for n in authors):
            yield RecordError(0, "table row whose names column does not read as names", excerpt(whole))
            continue
        years = _YEAR.findall(field.get("year", ""))
        venue = field.get("venue") or None
        venue = (venue_name(venue) or venue) if venue else None
        cell = cells[columns["title"]] if columns["title"] < len(cells) else None
        links = [u for u in (_links(cell) if cell is not None else []) if u.startswith("http")]
        code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
        yield Draft(ordinal=0, title=field["title"].rstrip("."), authors=authors, authors_truncated=truncated,
                    year=int(years[0]) if years else None, venue=venue,
                    url=next((u for u in links if u != code), None), code_url=code,
                    record_type="preprint" if venue and re.search(r"arxiv|preprint", venue, re.IGNORECASE) else None,
                    raw=" ".join([field["title"], venue or "", *links]))


# An item printed as a record view: a table of rows each a label cell (``<th>``) and a value
# cell (``<td>``), "Author | Lee, Ann B." one row per creator, "Date | May 2021", the container
# under a label of its own (Zotero's "Generate Report from Items", a repository's full item
# record). The labels are read by ``column_headings.heading_field`` and the few record-view labels
# below (a venue's label in a record that gives its title a row or a heading of its own).
_RECORD_VENUE_LABELS = frozenset((
    "proceedings title",  # Zotero's conference paper field
    "repository",  # Zotero's preprint field: the server ("arXiv"); only in a record view, where a
                   # column of that name would hold a code repository's link
))
_RECORD_VIEWS = 3  # record tables on a page before it is read as a list of them (one is an item's own page)
_RECORD_ROWS = 3  # label rows in a table before it is a record: names, a date and a title or venue at least


def _record_field(label: str) -> str | None:
    label = re.sub(r"\s+", " ", label.strip(" :*").casefold())
    if label in _RECORD_VENUE_LABELS:
        return "venue"
    field = heading_field(label)
    return "venue" if field == VENUE_OR_REFERENCE else field  # "Publication": the title has its own row or heading


def _record_rows(table) -> list[tuple[str, object]] | None:
    """[(field, value cell), ...] of a record view's table, its rows each a ``<th>`` label and a
    ``<td>`` value (fields the reader does not know as None); None for any other table."""
    rows = _own_rows(table)
    out = []
    for row in rows:
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
            return None
        out.append((_record_field(_text(cells[0])), cells[1]))
    fields = {f for f, _ in out}
    if len(out) < _RECORD_ROWS or not {"authors", "year"} <= fields:
        return None
    return out


def _record_title(table, rows) -> str:
    """A record's title: its "Title" row, else the heading just before its table (a report's
    item heading over its fields)."""
    cell = next((c for f, c in rows if f == "title"), None)
    if cell is not None:
        return _text(cell).strip()
    previous = table.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is not None and previous.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return _text(previous).strip()
    return ""


def _record_tables(root) -> list[tuple[object, list]]:
    """[(table, rows), ...]: the page's record views (``_record_rows``), when it holds at least
    ``_RECORD_VIEWS`` of them with a title each."""
    out = []
    for table in root.iter("table"):
        rows = _record_rows(table)
        if rows is not None and _record_title(table, rows):
            out.append((table, rows))
    return out if len(out) >= _RECORD_VIEWS else []


def _read_record(table, rows) -> Draft | RecordError:
    """One record view read by its labels: the title (its row or heading), every names row in
    order, the year in the date's value, the venue's row."""
    title = _record_title(table, rows)
    names = [_text(c).strip() for f, c in rows if f == "authors"]
    whole = " | ".join([title] + [_text(c).strip() for _, c in rows])
    authors, truncated = split_author_list("; ".join(n for n in names if n))
    if not authors or not all(plausible_name(n) for n in authors):
        return RecordError(0, "record whose names rows do not read as names", excerpt(whole))
    years = [y for f, c in rows if f == "year" for y in _YEAR.findall(_text(c))]
    venue = next((_text(c).strip() for f, c in rows if f == "venue" and _text(c).strip()), None)
    venue = (venue_name(venue) or venue) if venue else None
    links = [u for f, c in rows for u in _links(c) if u.startswith("http")]
    code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
    return Draft(ordinal=0, title=title.rstrip("."), authors=authors, authors_truncated=truncated,
                 year=int(years[0]) if years else None, venue=venue,
                 url=next((u for u in links if u != code), None), code_url=code,
                 record_type="preprint" if venue and re.search(r"arxiv|preprint", venue, re.IGNORECASE) else None,
                 raw=" ".join([title, venue or "", *links]))


def _table_of(row):
    return next((a for a in row.iterancestors("table")), None)


_FIELD_WORDS = 4  # a cell this long holds a field; a shorter one may label its row ("Name", "Email")


def _after_cell(cell) -> bool:
    """Whether a cell before ``cell`` in its row prints a field (more than a label: a
    number, a year, a key of a key-value table): then ``cell`` is another field of the row."""
    before = [_text(c) for c in cell.itersiblings(preceding=True) if isinstance(c.tag, str) and c.tag in ("td", "th")]
    return any(t and not _CELL_LABEL.fullmatch(t) and len(t.split()) >= _FIELD_WORDS for t in before)


def _bold_label(block) -> bool:
    """A block whose whole text is one bold element naming a kind of section, publications or
    not ("<p><b>Presentations</b></p>", "<div><strong>Journal Articles:</strong></div>"): a
    heading a hand-written page sets in bold instead of a heading tag."""
    kids = [c for c in block if isinstance(c.tag, str)]
    if len(kids) != 1 or kids[0].tag not in ("b", "strong") or (block.text or "").strip() or (kids[0].tail or "").strip():
        return False
    label = _text(block).strip(" :")
    return 0 < len(label.split()) <= _SECTION_WORDS and (_is_pub_heading(label) or _not_pub(label))


def _after_inline(node) -> bool:
    """Whether inline text is printed just before the block ``node`` in its parent (no
    block or line break between them): the block's text must start a line of its own."""
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # comments
        prev = prev.getprevious()
    if prev is None:
        return bool((node.getparent().text or "").strip())
    if (prev.tail or "").strip():
        return True
    return prev.tag not in _BLOCK_TAGS and prev.tag not in _LINE_ENDERS and bool(_text(prev)) \
        and not _ends_in_block(prev)


_LINE_ENDERS = ("br", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6")


def _ends_in_block(node) -> bool:
    """Whether an inline element's text ends inside a block it holds (a link wrapping a
    heading, "<a><h4>Title</h4></a>", as site builders print a card's title): the block ended
    its line already, so what follows starts one with no blank line between (wt-htmlr19)."""
    last = next((c for c in reversed(node) if isinstance(c.tag, str)), None)
    while last is not None and not (last.tail or "").strip():
        if last.tag in _BLOCK_TAGS or last.tag in _LINE_ENDERS[3:]:
            return True
        last = next((c for c in reversed(last) if isinstance(c.tag, str)), None)
    return False


_URL_BREAKS = re.compile(r"[\t\n\r]")


def _href(link) -> str:
    """The link's address as the markdown link syntax can hold it: parentheses and spaces
    percent-encoded (a DOI such as ``10.1641/0006-3568(2005)055[0501:CIEACM]2.0.CO;2`` ends
    the markdown link at its first ")" and prints the rest as the title's text)."""
    # (a tab or line break inside the address is dropped, as the URL standard's parser drops it:
    # a hand-written page wraps a long address over two source lines, "...0951-\n7715/24/2763")
    return _URL_BREAKS.sub("", link.get("href").strip()).replace(" ", "%20").replace("(", "%28").replace(")", "%29")


_QUOTED = re.compile(r"^[\"“„‘'](.+?)[,.]?[\"”“’']$")


def _unquoted(text: str) -> str:
    """A link's text without the quotation marks round it: a quoted title put in a link
    ("<a>"Title"</a>") is the title; the marks are the citation's punctuation."""
    m = _QUOTED.fullmatch(text)
    return m.group(1).strip() if m and len(m.group(1).split()) >= _TITLE_LINK_WORDS else text


# Fields a page sets side by side on one line with a middle dot or a bullet between them
# ("A. Lee et al. · Phys. Rev. Lett. 128, 112503 (2022) · Project"): after a list of names the
# dot ends the names as a line break would (a name never holds one with spaces round it).
_FIELD_DOT = re.compile(r"\s+[·•]\s+")


def _fields_parted(text: str) -> str:
    """``text`` with a line break for the dot after a list of names that opens it."""
    parts = _FIELD_DOT.split(text, maxsplit=1)
    if len(parts) < 2:
        return text
    names, truncated = split_author_list(parts[0].strip())
    if not (names and (truncated or len(names) >= 2) and all(plausible_name(n) for n in names)):
        return text
    return f"{parts[0].rstrip()}  \n{parts[1]}"


# An entry that opens with its venue and year alone on a line, the marked title on the next
# ("<i>Phys. Rev. B</i> (2021)<br><b>Title</b><br>Names"): lab pages lead with where a paper
# appeared. A line of one emphasised phrase and a year and nothing else is a venue line (a
# title is followed by names or a venue, not by a year alone); with a marked title after it,
# the venue line goes after the names, where a citation prints it.
_VENUE_YEAR_LINE = re.compile(r"\*[^*\n]+\*[\s,.;:]*\(?(?:19|20)\d\d\)?[.,;]?")
_MARKED_LINE = re.compile(r"(?:\[\*[^*\n]+\*\]\([^)\s]*\)|\*[^*\n]+\*)[.,]?")
_LINE_BREAK = re.compile(r" {2,}\n")


def _venue_line_last(text: str) -> str:
    if not text.startswith("*") or "  \n" not in text:
        return text
    lines = _LINE_BREAK.split(text)
    if len(lines) >= 3 and _VENUE_YEAR_LINE.fullmatch(lines[0].strip()) and _MARKED_LINE.fullmatch(lines[1].strip()):
        return "  \n".join([lines[1], lines[2], lines[0], *lines[3:]])
    return text


def _preformatted(node) -> str:
    """A ``<pre>`` block as the text its author laid out: its lines kept (a hard break each),
    a blank line parting paragraphs, as plain-text publication lists part their entries."""
    text = "".join(node.itertext()).replace("\r\n", "\n")
    paragraphs = [[_SPACE.sub(" ", line).strip() for line in para.splitlines() if line.strip()]
                  for para in _PARAGRAPH_BREAK.split(text)]
    return "\n\n" + "\n\n".join("  \n".join(lines) for lines in paragraphs if lines) + "\n\n"


def _line_before(node) -> str:
    """The text printed before ``node`` in its parent, since the last line break."""
    parent = node.getparent()
    if parent is None:
        return ""
    pieces = [parent.text or ""]
    for sibling in parent:
        if sibling is node:
            break
        pieces = [] if sibling.tag == "br" or sibling.tag in _BLOCK_TAGS else pieces + [_text(sibling)]
        pieces.append(sibling.tail or "")
    return " ".join(" ".join(pieces).split())


def _names_from_toggle(toggle) -> str:
    """In a hand-written list, the names a "N more authors" toggle stands for when its markup
    carries them (``_hidden_names``), printed in its place ("Dee Park, Eve Sun"), else ""."""
    before = re.sub(r"[,;]?\s*(?:and|&)?\s*$", "", _line_before(toggle))
    shown, _ = split_author_list(before)
    got = _toggle_names(toggle, shown) if shown else None
    if not got:
        return ""
    names, truncated = got
    return ", ".join(names[len(shown):]) + (", et al." if truncated else "")


# A link to a page of the site itself (a path, "/publications/x/", "../papers/x.html"), not a
# fragment, a script or a mail address
_SITE_PATH = re.compile(r"(?![a-z][a-z0-9+.-]*:|#|//)\S")
_BUTTON_RUN_WORDS = 2  # a label of this many words or fewer after a button is one more button ("Cover", "Poster")
_BUTTON_SEPARATOR = re.compile(r"[\s|·•/,]*")


def _in_button_run(node, text: str) -> bool:
    """Whether a link of a word or two (``text``) follows another link with nothing but a
    separator between them ("[Paper](..) | [Code](..) | [Cover](file.pdf)"): one more button
    of the run, whatever its word, never a field's text."""
    before = node.getprevious()
    return (len(text.split()) <= _BUTTON_RUN_WORDS and not re.search(r"\d", text) and before is not None
            and before.tag == "a" and bool(_BUTTON_SEPARATOR.fullmatch(before.tail or "")))


# A definition list whose terms are a few labels repeated ("Journal Article", "Book Chapter"
# over each citation: a faculty profile's publication types) names each entry's kind, not its
# title: its terms are short (fewer words than a title's), none a year or a number, and the
# distinct ones at most half of them (a title or a list of names is each entry's own)
_KIND_TERMS_SHARE = 0.5
_KIND_TERMS_MIN = 4  # terms: fewer repeat too little to tell labels from entries


def _kind_terms(dl) -> bool:
    if dl is None or dl.tag != "dl":
        return False
    terms = [_text(t).strip() for t in dl if isinstance(t.tag, str) and t.tag == "dt"]
    if len(terms) < _KIND_TERMS_MIN or len(set(terms)) > _KIND_TERMS_SHARE * len(terms):
        return False
    return all(t and len(t.split()) < _TITLE_LINK_WORDS and not re.search(r"\d", t) for t in terms)


def _property_terms(dl) -> bool:
    """A definition list of properties (a profile's "Email", "Phone", "Office", "Education"):
    three terms or more, each short (fewer words than a title's) with no digit, no two the
    same. Its pairs are one record's fields, "Office: Science Hall 214", printed as one block
    of "name: value" lines, never a term read as a list of names over its value."""
    if dl is None or dl.tag != "dl":
        return False
    terms = [_text(t).strip() for t in dl if isinstance(t.tag, str) and t.tag == "dt"]
    return (len(terms) >= _MIN_SIBLINGS and len(set(terms)) == len(terms)
            and all(t and len(t.split()) < _TITLE_LINK_WORDS and not re.search(r"\d", t) for t in terms))


def _markdownish(node, items: frozenset | set = frozenset(), in_item: bool = False) -> str:
    """HTML as the markdown the page would have been written in: headings as "##", block
    elements as paragraphs, <br> as a hard break, <em>/<i> as italics, links kept. Comments
    (and Word's ``<![if !supportLists]>``, which the parser reads as one) print nothing.

    Bold text inside a line is printed as emphasis too, as italics are (the markdown reader
    takes an emphasised line that is not a list of names for the title: "<b>Title</b><br>"
    is how hand-written lists mark it); a term and its definition (``<dt>``, ``<dd>``) are
    one entry; footnote marks (``<sup>*</sup>``, ``†``) are dropped; a "N more authors"
    toggle whose names are in the markup (hidden, or in its script or attributes:
    ``_names_from_toggle``) gives way to those names."""
    name = node.tag
    if not isinstance(name, str) or name in _NO_TEXT or _chrome(node) or _aside(node):
        return ""
    if name in _SKIP_TAGS and not (name in ("header", "footer") and _article_part(node)):
        return ""
    if name in ("span", "font"):
        name = _styled_as(node) or name  # emphasis written as an inline style (site builders, Google Sites)
    if name == "br":
        return "  \n"
    if name == "hr":
        return "\n\n"  # a rule parts what is above it from what is below (entries in one <div>)
    if name == "pre":
        return _preformatted(node)
    if name == "sup" and (_MARKS.fullmatch(_text(node)) or _affiliation_mark(node)):
        return ""
    if name in _ATTACHED:  # "IrCl<sub>\n6</sub>" is IrCl6: the subscript's own whitespace prints nothing
        return _text(node)
    if _MORE_TOGGLE.fullmatch(_text(node)) and any(_hidden(t) for t in node.itersiblings(preceding=True)):
        return ""
    if _TOGGLE_TEXT.fullmatch(_text(node)):
        tail = _names_from_toggle(node)
        if tail:
            return tail
    if name in ("ul", "ol") and in_item:
        names = _names_list(node)
        if names:  # a list of names, an item each: one line of names, as a citation prints them
            return "  \n" + ", ".join(names) + "  \n"
    if _badge(node) and not node.get("href", "").startswith("http"):
        return ""  # a label, not a field (a badge that links somewhere is a button, read as one)
    if name == "tr" and _column_headings(node):
        return ""
    if name == "table" and node in _READ_BY_COLUMNS.get():
        return ""  # read by its columns (``_rows_by_columns``)
    item = node in items
    cited = _labelled_citation(node) if item else None
    if cited is not None:  # the entry's whole citation, printed under a label: read it alone
        return "\n\n" + _CITATION_LABEL.sub("", _markdownish(cited, items, True).strip()) + "\n\n"
    children = [c for c in node if isinstance(c.tag, str)]
    if item and len(children) >= 2 and not (node.text or "").strip() and not any((c.tail or "").strip() for c in node):
        # fields side by side in elements of their own (spans, a heading and paragraphs): one a line
        lines: list[str] = []
        for child in children:
            if lines and name == "tr" and _link_cell(child):
                continue  # a file's link beside the citation (an icon and a short label), no field
            text = _markdownish(child, items, True).strip()
            text = _dash_parted(_reading_time_dropped(text))
            if _TAG_HOST_LINK.fullmatch(text):
                continue  # a download button beside the entry ("[PDF] example.org"), no field
            if text and child.tag == "a" and lines:
                lines[-1] += " " + text  # a button row goes with the line before it
            elif text:
                lines.append(text)
        # a year alone between two of the entry's lines (a theme's date element printing the
        # year only) is that entry's year, in parentheses: never a year label over what follows
        lines = [f"({ln})" if 0 < k < len(lines) - 1 and _YEAR_LABEL.fullmatch(ln) else ln for k, ln in enumerate(lines)]
        return "\n\n" + _TRAILING_YEAR.sub(r" (\1)", "  \n".join(lines)) + "\n\n"
    parts = [_fields_parted(_SPACE.sub(" ", node.text))] if node.text else []
    for child in node:
        got = _markdownish(child, items, in_item or item)
        if got.strip() and child.tail and _title_between(node, child, got):
            got = f"  \n{got.strip()}  \n"
            if parts:  # "Names (2016) Title": the year a line of its own, the names line names alone
                parts[-1] = _YEAR_AFTER_NAMES.sub(r"  \n(\1)", parts[-1])
        elif got.strip() and _title_before_names(child, got):
            got = f"{got.strip()}  \n"
        elif parts and got.startswith(" *") and _venue_after_open_title(parts[-1], got, child.tail):
            parts[-1] = parts[-1].rstrip() + "."  # "Title (X) <i>PLoS One</i> 9(1): e85464": the title ends there
        parts.append(got)
        if child.tail:
            parts.append(_fields_parted(_SPACE.sub(" ", child.tail)))
    inner = "".join(parts)
    if name == "summary" and inner.strip():
        # the visible label of a <details> block: in a list of papers, the title on its own line
        return f"\n\n*{inner.strip()}*  \n" if "*" not in inner else f"\n\n{inner.strip()}  \n"
    if name in ("header", "footer"):  # an article's own (``_article_part``): its fields a line each
        return "  \n".join(_byline_parts(inner.strip())) + "  \n"
    if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        inner = _LEADING_TAGS.sub("", inner.strip())
        if in_item:
            return f"*{inner.strip()}*  \n" if inner.strip() and "*" not in inner else f"{inner.strip()}  \n"
        if _YEAR_LABEL.fullmatch(inner.strip()):
            return f"\n\n{inner.strip()}\n\n"  # a year heading: the year of the entries under it
        # at its own depth ("###" for <h3>): a sub-heading of a section that is no
        # publications' stays in it (``markdown_page.publication_sections``)
        return f"\n\n{'#' * int(name[1])} {inner.strip()}\n\n"
    if name in _EMPHASIS_TAGS and inner.strip() and not any(c.isalnum() for c in inner):
        return f" {inner.strip()} "  # a bullet or rule set in bold ("<b>•</b> Title."): a mark, never a field
    if name in _EMPHASIS_TAGS | {"cite"} and _VOLUME.fullmatch(inner.strip()):
        return f" {inner.strip()} "  # a volume set in bold ("Phys. Rev. <b>80</b>, 803"): no title, no venue
    if name in ("em", "i", "cite") and inner.strip() and "*" not in inner and not _full_names(inner.strip()) \
            and not (name == "cite" and _whole_citation(node, inner)):
        return f" *{inner.strip()}* "
    if name in ("b", "strong") and inner.strip() and "*" not in inner and (
            not _name_like(inner.strip()) or _title_in_place(node)):
        return f" *{inner.strip()}* "
    if name == "u" and _underlined_title(node, inner):
        return f" *{' '.join(inner.split())}* "  # (a <br> inside the span wraps the title: no field ends there)
    if name == "a" and node.get("href", "").strip().lower().startswith("javascript:") \
            and _unquoted(inner.strip()).strip("[]() ").casefold() in BUTTON_WORDS:
        return ""  # a button that runs a script ("[ <a href="javascript:disp(...)">BibTeX</a> ]"): no field, no address
    if name == "a" and _SITE_PATH.match(node.get("href", "").strip()) and inner.strip():
        text = _unquoted(inner.strip())  # a link to the site's own page or file (a relative href)
        if in_item and _leads_line(node) and len(text.split()) >= _TITLE_LINK_WORDS and "*" not in text \
                and not _YEAR.search(text):
            return f"*{text}* "  # the entry's title, as bold is (no address to keep: the page's own is unknown here)
        if text.strip("[]() ").casefold() in BUTTON_WORDS or _in_button_run(node, text):
            # a button ("PDF", "Code"): printed as the link it is, so that a line of them is read as
            # buttons, never as a field; its relative address is no record's URL (see ``_lists``)
            return f"[{text}]({_href(node)}) "
    if name == "a" and node.get("href", "").strip().startswith("http") and inner.strip():
        text = _unquoted(inner.strip())
        quoted = text != inner.strip()
        if _leads_line(node) and len(text.split()) >= _TITLE_LINK_WORDS and "*" not in text and not _YEAR.search(text):
            text, quoted = f"*{text}*", False  # a linked title opening its line: the entry's title, as bold is
        # the space a page leaves inside the link ("<a><b>Title. </b></a>Venue") still parts the words
        link = f"[{text}]({_href(node)})"
        if quoted:  # a quoted title inside its link, within the line: the marks still bound it ("Why? A reply")
            link = f"“{link}”"
        return link + (" " if "".join(node.itertext())[-1:].isspace() else "")
    if name == "li" and not (in_item and not item):  # an item inside an entry's block is a line of it
        return "\n\n- " + _venue_line_last(_TRAILING_YEAR.sub(r" (\1)", inner.strip())) + "\n\n"
    if name == "dt":  # a term over its definition: a title (a term of words, not names or a year) is emphasised, as bold is
        term = inner.strip()
        if _ENTRY_NUMBER.fullmatch(term):
            return f"\n\n{term} "  # the entry's number ("[4]"): the label its definition's line opens with
        if _kind_terms(node.getparent()):
            return "\n\n"  # a kind's label over each entry ("Journal Article"): no field of it
        if _property_terms(node.getparent()):
            return f"  \n{term.rstrip(':')}: "  # a property's name ("Office"): its value on its line
        if ("*" not in term and len(term.split()) >= _TITLE_LINK_WORDS and not _name_like(term)
                and not _YEAR.search(term)):
            term = f"*{term}*"
        return f"\n\n{term}  \n"
    if name == "dd":
        if _property_terms(node.getparent()):
            return inner.strip().replace("  \n", "; ") + "  \n"  # a property's value, one line
        return f"{inner.strip()}\n\n"
    if name in _BLOCK_TAGS:
        if in_item and not item and _abstract_prose(node):
            return ""  # an abstract printed in the entry's block with no class or label saying so
        if in_item and not item:  # a line of the entry; after inline text (a cell's title link), a new line
            line = _dash_parted(_reading_time_dropped(_NAMES_LABEL.sub("", _CITATION_LABEL.sub("", inner.strip()))))
            if _COUNT_LINE.fullmatch(line.strip()):
                return ""  # a count of the entry's readers or citations ("280 Reads"), no field
            if not line.strip() and len(node):
                # an element whose contents print nothing (a row of badges, an icon): no blank line
                # parting the entry; an empty one (``<p></p>``) is a spacer and keeps its break
                return ""
            return ("  \n" if _after_inline(node) else "") + f"{line}  \n"
        if _bold_label(node):  # "<p><b>Presentations</b></p>": a section heading set in bold
            return f"\n\n## {_text(node).strip(' :')}\n\n"
        if item:
            inner = _TRAILING_YEAR.sub(r" (\1)", inner.strip())
        return f"\n\n{_venue_line_last(inner.strip())}\n\n"
    if name in ("td", "th"):
        if inner.strip() and _after_cell(node) and not _CELL_LABEL.fullmatch(inner.strip()):
            return "  \n" + inner.strip() + "  \n"  # a row's cells are its fields, each on a line
        return inner + " "
    return inner
