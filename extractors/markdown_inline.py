"""One entry block's inline markdown read through markdown-it-py's inline tokens: the
printed lines, and which spans the markup set apart (italic, bold, linked), so that the
readers of ``markdown_page`` get markup as structure and never as characters to strip.

What the parser decides, no regex repeats: where an emphasis span opens and closes
(``***Bo Chen***``, ``_**Venue**_``, ``**_Title_**`` nested either way), what a link's text
and target are (inline, autolink, an image to leave out), backslash escapes and HTML
entities, code spans, hard breaks (two trailing spaces, a backslash). HTML written into
the markdown is read as the same structure: ``<b>``/``<strong>`` bold, ``<i>``/``<em>``
italic, ``<a href>`` a link, ``<br>`` a line break, ``<sup>`` a short mark (an affiliation
number, an asterisk) that is no text; any other tag is no text.

A line is what the page prints on a line of its own: a paragraph, or the part of one up to
a hard break. A soft break (one newline) is a space, except after a line that is wholly one
emphasised or linked span ("**Title**" over the names): the markup sets that line apart as
a field, the way a hard break would. A paragraph that opens so sets its fields line by line,
and its later soft breaks end lines too, unless the line goes on into the next (it ends in
a comma, "and", "&", a hyphen or an initial: a list of names wrapped).

Each link's text is kept between :data:`LINK_OPEN` and :data:`LINK_CLOSE` in the line, so
the page reader can tell link buttons ("[PDF](..) [Code](..)") and a title that is wholly a
link from text; it takes the marks out (:func:`without_link_marks`) before a line is read.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common import normalize_url

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("strikethrough")

# markdown-it normalizes every link's target (mdurl's parse, punycode, percent-encoding): a
# quarter of its time on a page of links (jharlim's publications page). A plain http(s) URL, a host of ASCII letters, digits,
# dots and hyphens (labels of at most 63 characters, 255 in all) and then only characters that
# the percent-encoding keeps ("%" left out, so no escape is judged), comes back unchanged:
# mdurl's parse splits it into parts that its format joins again in the same order, the
# hostname's punycode of ASCII labels is the labels, and the encoding keeps every character.
# tests/test_html_fast_paths.py holds the shortcut equal to markdown-it's normalizeLink.
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.\-]{1,255})(?:[/?#][A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]*)?")
_HOST_LABEL = 63


def normalize_link(url: str) -> str:
    """markdown-it's ``normalizeLink``, with a plain URL returned as it is."""
    m = _PLAIN_URL.fullmatch(url)
    if m and all(len(label) <= _HOST_LABEL for label in m.group(1).split(".")):
        return url
    return normalize_url.normalizeLink(url)


_PARSER.normalizeLink = normalize_link

LINK_OPEN, LINK_CLOSE = "\x01", "\x02"
_SUP_CHARS = 8  # "<sup>1,2</sup>", "<sup>†</sup>": a mark; a longer superscript is text
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
_HREF = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""", re.I)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
GOES_ON = re.compile(r"(?:[,;:&\-–]|\band|\b[A-Z][a-z]?\.|\b(?:[A-Z]\.){2,3})$")  # a line that stops mid-field
# HTML tags and the span each stands for
_HTML_SPANS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "a": "link", "sup": "sup"}


@dataclasses.dataclass(frozen=True)
class Inline:
    """A block's printed lines (link texts between :data:`LINK_OPEN` and
    :data:`LINK_CLOSE`), its italic and bold spans (their printed text), and its link
    targets in order."""

    lines: tuple[str, ...]
    italics: tuple[str, ...]
    bolds: tuple[str, ...]
    links: tuple[str, ...]


def without_link_marks(text: str) -> str:
    return text.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")


class _Walk:
    """The state of one paragraph's walk over its inline tokens."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line = ""
        self.spans: list[list] = []  # open spans: [kind, text so far, opened at the line's start, where]
        self.italics: list[tuple[int, int, int, str]] = []  # (line, start, end, text) of each italic span
        self.bolds: list[str] = []
        self.links: list[str] = []
        self.whole_span = False  # the line so far is wholly one span, just closed
        self.sup: str | None = None  # the text of an open <sup>
        self.by_line = False  # the paragraph opened with a line wholly one span (see soft_break)

    def text(self, s: str) -> None:
        if self.sup is not None:
            self.sup += s
            return
        if s.strip():
            self.whole_span = False
        self.line += s
        for span in self.spans:
            span[1] += s

    def open(self, kind: str, href: str | None = None) -> None:
        if kind == "sup":
            self.sup = ""
            return
        if kind == "link":
            if href and href.startswith("http") and href not in self.links:
                self.links.append(href)
            self.line += LINK_OPEN
        self.spans.append([kind, "", not self.line.strip(LINK_OPEN + " \t"), len(self.line)])

    def close(self, kind: str) -> None:
        if kind == "sup":
            if self.sup is not None and len(self.sup.strip()) > _SUP_CHARS:
                self.text(self.sup)  # a long superscript is printed text
            self.sup = None
            return
        at = next((i for i in range(len(self.spans) - 1, -1, -1) if self.spans[i][0] == kind), None)
        if at is None:
            return  # a closing tag with no opening one: no text
        _, text, at_start, start = self.spans.pop(at)
        if kind == "link":
            self.line += LINK_CLOSE
        printed = without_link_marks(text).strip()
        if kind == "em" and printed:
            self.italics.append((len(self.lines), start, len(self.line), printed))
        elif kind == "strong" and printed:
            self.bolds.append(printed)
        self.whole_span = at_start and bool(printed) and not self.spans

    def soft_break(self) -> None:
        if self.whole_span and self.line.strip():
            self.by_line = not self.lines  # the paragraph's first line: its fields are set line by line
            self.hard_break()  # a line wholly one span: a field of its own
        elif self.by_line and self.line.strip() and not GOES_ON.search(without_link_marks(self.line).rstrip()):
            self.hard_break()
        else:
            self.text(" ")

    def hard_break(self) -> None:
        self.lines.append(self.line)
        self.line = ""
        self.whole_span = False


def _html(walk: _Walk, tag: str) -> None:
    m = _TAG.fullmatch(tag.strip())
    if not m:
        return
    closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
    if name == "br":
        walk.hard_break()
        return
    kind = _HTML_SPANS.get(name)
    if kind is None:
        return  # <span>, <u>, <ins>, <font>...: no text, no field
    if closing:
        walk.close(kind)
    else:
        href = _HREF.search(attrs)
        walk.open(kind, href.group(1) if href else None)


def _walk_paragraph(walk: _Walk, paragraph: str) -> None:
    tokens = _PARSER.parseInline(paragraph)
    children = tokens[0].children if tokens and tokens[0].children else []
    for tok in children:
        kind = tok.type
        if kind == "text":
            walk.text(tok.content)
        elif kind == "softbreak":
            walk.soft_break()
        elif kind == "hardbreak":
            walk.hard_break()
        elif kind in ("em_open", "strong_open"):
            walk.open(kind[:-5])
        elif kind in ("em_close", "strong_close"):
            walk.close(kind[:-6])
        elif kind == "link_open":
            if tok.markup == "autolink":  # "<https://doi.org/...>": a target, no printed text
                href = str(tok.attrs.get("href") or "")
                if href.startswith("http") and href not in walk.links:
                    walk.links.append(href)
                walk.sup = ""  # its text is swallowed like a mark's
                walk.spans.append(["autolink", "", False, 0])
            else:
                walk.open("link", str(tok.attrs.get("href") or ""))
        elif kind == "link_close":
            if walk.spans and walk.spans[-1][0] == "autolink":
                walk.spans.pop()
                walk.sup = None
            else:
                walk.close("link")
        elif kind == "code_inline":
            walk.text(tok.content)
        elif kind == "html_inline":
            _html(walk, tok.content)
        # image, s_open / s_close (struck words are printed): nothing to add
    walk.hard_break()


@lru_cache(maxsize=4096)
def read_inline(block: str) -> Inline:
    """The block's lines and spans; paragraphs (blank lines between) are lines apart."""
    walk = _Walk()
    for paragraph in _PARAGRAPHS.split(block):
        if paragraph.strip():
            _walk_paragraph(walk, paragraph.strip("\n"))
            walk.spans, walk.sup, walk.whole_span, walk.by_line = [], None, False, False
    italics = [text for at, start, end, text in walk.italics if not _in_parentheses(walk.lines[at], start, end)]
    return Inline(tuple(walk.lines), tuple(italics), tuple(walk.bolds), tuple(walk.links))


def _in_parentheses(line: str, start: int, end: int) -> bool:
    """Whether an italic span stands in parentheses after some words of its line ("striped
    shrimp (*Pandalus montagui*) density"): a term set in italics inside a sentence (a
    species, a foreign word), not a field the markup sets apart."""
    return line[start - 1:start] == "(" and line[end:end + 1] == ")" and bool(re.search(r"\w", line[:start - 1]))
