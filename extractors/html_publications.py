"""HTML publication pages (a researcher's website, jekyll-scholar / al-folio and similar).

Two layouts are read:

* structured items: a container holding an element whose class names a title
  (``pub-title``, ``title``, ``article-title``) and one whose class names authors
  (``pub-authors``, ``author``) or a metadata line whose first element is a list of names
  (Hugo Academic / Wowchemy ``article-metadata``), optionally a venue (``venue``,
  ``periodical``, ``pub-publication``) and links; the year comes from the venue, a date
  element (``article-date``) or the nearest preceding year heading (``<h2>2025</h2>``);
* any other page about publications (hand-written, Word exports, citeproc output): rendered
  to the markdown it would have been written in and read by the markdown page reader
  (``markdown_page``): sections by heading, entries by block, each read as lines with roles,
  a citation or a CV-style entry.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Document, Draft, ExtractError, RecordError, excerpt
from .author_lists import split_author_list
from .citations import venue_name
from .markdown_page import entry_blocks, publication_sections, read_block

NAME = "html_publications"
VERSION = 2

_TITLE_CLASS = re.compile(r"(?:^|[-_])title$", re.I)
_AUTHOR_CLASS = re.compile(r"author", re.I)
_VENUE_CLASS = re.compile(r"venue|periodical|journal|booktitle|conference|^pub-publication$", re.I)
# Themes that print no "author" class put the names in the item's metadata line (Hugo
# Academic / Wowchemy: ``article-metadata``), with a date element beside them.
_META_CLASS = re.compile(r"metadata|byline", re.I)
_DATE_CLASS = re.compile(r"(?:^|[-_])date$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BADGE_TAIL = re.compile(r"\s*\b(Oral|Spotlight|Best Paper(?: Award)?|Highlight|Poster)\b\s*$", re.I)
_MORE_AUTHORS = re.compile(r",?\s*(?:and\s+)?(\d+) more authors?\s*$", re.I)
_CONTAINERS = ("div", "li", "article", "section", "tr", "p")
_PUB_HEADING = re.compile(r"publication|papers|preprints?", re.I)


def _has_class(tag, pattern: re.Pattern) -> bool:
    return any(pattern.search(c) for c in (tag.get("class") or []))


def _soup(doc: Document):
    from bs4 import BeautifulSoup

    return BeautifulSoup(doc.text, "html.parser")


def _signature(tag) -> tuple:
    title = tag.find(lambda t: _has_class(t, _TITLE_CLASS))
    return (tag.name, tuple(tag.get("class") or ()), tuple(title.get("class") or ()))


def _structured_items(soup) -> list:
    """Publication items of the page's main layout.

    Pages often render the same list twice (a custom list and the theme's default one); the
    items are grouped by layout and only the first largest group is read, so one
    publication is one record."""
    found = []
    for title in soup.find_all(lambda t: _has_class(t, _TITLE_CLASS)):
        # the nearest enclosing container that also holds an author element
        for depth, anc in enumerate(title.parents):
            if depth > 4 or anc.name in ("body", "html", "[document]"):
                break
            if anc.name in _CONTAINERS and _authors_tag(anc) is not None:
                if all(anc is not f for f in found):
                    found.append(anc)
                break
    # keep the innermost containers only (bs4 tags hash by content: compare by identity)
    outer = {id(parent) for tag in found for parent in tag.parents}
    items = [t for t in found if id(t) not in outer]
    groups: dict[tuple, list] = {}
    for t in items:
        groups.setdefault(_signature(t), []).append(t)
    return max(groups.values(), key=len) if groups else []


def _authors_tag(item):
    """The element holding an item's names: one whose class says so, else the first element
    of its metadata line that reads as a list of names."""
    tag = item.find(lambda t: _has_class(t, _AUTHOR_CLASS))
    if tag is not None:
        return tag
    meta = item.find(lambda t: _has_class(t, _META_CLASS))
    if meta is None:
        return None
    from .author_lists import plausible_name

    for child in meta.find_all(True, recursive=False):
        names, _ = split_author_list(_text(child))
        if names and all(plausible_name(n) for n in names) and not _has_class(child, _DATE_CLASS):
            return child
    return None


def _block_labels(soup, limit: int = 400) -> list[str]:
    """Short texts that are the whole text of their block element (a section label a page
    styles with CSS: ``<div class="sidebar_box">Publications</div>``)."""
    out = []
    for node in soup.find_all(string=True, limit=limit):
        text = node.strip()
        parent = node.parent
        if 3 <= len(text) <= 40 and parent is not None and parent.name in ("div", "td", "p", "span", "section") \
                and _text(parent) == re.sub(r"\s+", " ", text):
            out.append(text)
    return out


def _text(tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text(" ", strip=True)).strip() if tag is not None else ""


def _heading_year(tag) -> int | None:
    heading = tag.find_previous(["h1", "h2", "h3", "h4"])
    while heading is not None:
        text = _text(heading)
        if re.fullmatch(r"(?:19|20)\d\d", text):
            return int(text)
        if text:
            return None
        heading = heading.find_previous(["h1", "h2", "h3", "h4"])
    return None


def _links(tag) -> list[str]:
    return [a["href"] for a in tag.find_all("a", href=True)]


class HtmlPublicationsExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:4096].lower()
        if b"<html" not in head and b"<!doctype html" not in head and b"<body" not in head:
            return 0.0
        try:
            soup = _soup(doc)
        except ExtractError:
            return 0.0
        if _structured_items(soup):
            return 0.9
        # a page about publications: its title, a heading or a bold line says so
        labels = ([_text(soup.find("title"))] + [_text(h) for h in soup.find_all(["h1", "h2", "h3", "h4"], limit=200)]
                  + [_text(h) for h in soup.find_all(["b", "strong"], limit=40)])
        if any(_PUB_HEADING.search(t) and len(t) < 60 for t in labels if t):
            return 0.6
        if any(_PUB_HEADING.search(t) for t in _block_labels(soup)):
            return 0.5  # "Publications" alone in a grid cell, styled by CSS rather than a heading tag
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        soup = _soup(doc)
        items = _structured_items(soup)
        if items:
            yield from self._structured(items)
        else:
            yield from self._lists(soup)

    def _structured(self, items) -> Iterator[Draft | RecordError]:
        for ordinal, item in enumerate(items, start=1):
            title = _text(item.find(lambda t: _has_class(t, _TITLE_CLASS)))
            if not title:
                yield RecordError(ordinal, "publication item with an empty title", excerpt(_text(item)))
                continue
            author_text = _text(_authors_tag(item))
            more = _MORE_AUTHORS.search(author_text)
            author_text = _MORE_AUTHORS.sub("", author_text)
            if more:
                author_text += ", others"
            authors, truncated = split_author_list(author_text)
            venue = _text(item.find(lambda t: _has_class(t, _VENUE_CLASS))) or None
            badges = []
            if venue:
                m = _BADGE_TAIL.search(venue)
                if m:
                    badges.append(m.group(1).title() if m.group(1).islower() else m.group(1))
                    venue = venue[: m.start()].strip() or None
            years = _YEAR.findall(venue or "")
            venue = (venue_name(re.sub(r"\s+,", ",", venue)) or venue) if venue else None  # "AER , 114(5), pp. 1-9"
            years = years or _YEAR.findall(_text(item.find(lambda t: _has_class(t, _DATE_CLASS))))
            links = _links(item)
            code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
            yield Draft(
                ordinal=ordinal,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                author_count=len(authors) + int(more.group(1)) if more else None,
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
        body = _markdownish(soup.body or soup)
        ordinal = 0
        for section in publication_sections(body, whole=True):
            for block, year_hint in entry_blocks(section):
                got = read_block(block, year_hint)
                if got is None or (got[0] is None and not _entry_like(got[2])):
                    continue  # the page's own text (menus, headers, prose), not an entry
                ordinal += 1
                if got[0] is None:
                    yield RecordError(ordinal, got[1], excerpt(got[2]))
                    continue
                authors, truncated, entry_title, venue, year, links = got
                code = next((u for u in links if re.search(r"github\.com|gitlab\.com", u)), None)
                yield Draft(ordinal=ordinal, title=entry_title, authors=authors, authors_truncated=truncated,
                            year=year, venue=venue, url=next((u for u in links if u != code), None), code_url=code,
                            record_type="preprint" if venue and re.search(r"arxiv|preprint", venue, re.I) else None,
                            raw=" ".join([entry_title, *links]))


def _entry_like(text: str) -> bool:
    """Text that may be a publication entry the readers missed (then it is a reject): long
    enough, with a year or a list of names; menus, headings and short prose are not."""
    return len(text) >= 40 and bool(_YEAR.search(text) or text.count(",") >= 2)


_BLOCK_TAGS = frozenset("p div li tr dd dt blockquote table ul ol section article center".split())
_SKIP_TAGS = frozenset("script style nav header footer noscript form button head".split())


def _markdownish(node) -> str:
    """HTML as the markdown the page would have been written in: headings as "##", block
    elements as paragraphs, <br> as a hard break, <em>/<i> as italics, links kept."""
    from bs4 import NavigableString

    if isinstance(node, NavigableString):
        if type(node) is not NavigableString:  # comments, declarations: Word's <![if !supportLists]>
            return ""
        return re.sub(r"\s+", " ", str(node))
    name = node.name
    if name in _SKIP_TAGS:
        return ""
    if name == "br":
        return "  \n"
    inner = "".join(_markdownish(c) for c in node.children)
    if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return f"\n\n## {inner.strip()}\n\n"
    if name in ("em", "i", "cite") and inner.strip():
        return f" *{inner.strip()}* "
    if name == "a" and node.get("href", "").startswith("http") and inner.strip():
        return f"[{inner.strip()}]({node['href']})"
    if name == "li":
        return f"\n\n- {inner.strip()}\n\n"
    if name in _BLOCK_TAGS:
        return f"\n\n{inner.strip()}\n\n"
    if name in ("td", "th"):
        return inner + " "
    return inner
