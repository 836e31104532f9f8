"""The entry blocks of a markdown publications page, found in markdown-it-py's block tokens
(its syntax tree), not by rules over raw lines.

The tree says what the markdown means, whatever its spelling: headings (``#`` or setext
``===`` / ``---``), lists (``-``, ``*``, ``+``, ``1.``, ``1)``) and how they nest, paragraphs
and their lazy continuation lines, blockquotes (and lists inside them), HTML blocks, code.

- Headings decide sections (``markdown_page.page_blocks``, which knows the section words):
  a heading that names publications opens one, a heading that
  names something else (talks, news, teaching) closes it, a heading below the one that
  opened it divides it (a year heading gives its year to the entries below; a heading
  that reads as a paper's title is that entry's first line). A paragraph that is wholly one
  bold span ("**Journal articles**", "**2021**") is a heading ranked below every ``#`` one.
- Within a publications section, each list item and each paragraph is one entry block. A
  list item that is a label ("2021", "Journal articles") over a nested list gives its
  year to the sub-items, which are the entries; under an entry, sub-items and further
  paragraphs are notes about it (an abstract, "Press: ..."), of which only lines of link
  buttons are kept (the entry's URLs). A paragraph whose lines open with labels the
  CommonMark list does not know ("[12]", "(3)", or "2." where a list cannot interrupt a
  paragraph) is one entry per label. A ``<details>`` block is an entry's hidden note.
- What CommonMark does not define is left to the line reader of ``markdown_page``
  (:func:`markdown_page.entry_blocks`): pandoc definition lists (": entry"), fenced divs
  (":::"), pipe tables and HTML lists or tables written into the page; a run of the
  section's blocks holding one of them is read by it, line by line, as before.

Each block is returned as its markdown source (the paragraph's inline text), to be read by
:func:`markdown_page.read_block`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

# the block structure only: each paragraph's inline markup is read later, block by block
# (``markdown_inline``), so the core rule that parses every inline token here is off
_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")

_YEAR = re.compile(r"(?:19|20)\d\d")
# An entry's label opening a line: -, 1., 12\., [3], [C12], (12) (three digits at most in
# parentheses: "(2021)" is a year). Also the line reader's (``markdown_page``).
ITEM_LABEL = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,4}\\?[.)]|\[[A-Z]{0,3}\d{1,4}\]|\([A-Z]{0,3}\d{1,3}\))\s+")
# lines CommonMark leaves to the line reader: a definition (": entry"), a fence of a div,
# HTML list items, table rows and cells, paragraphs
_LINE_READER = re.compile(r"^\s{0,3}(?::\s|:::)|<(?:li|tr|td|p)\b", re.I | re.M)


@lru_cache(maxsize=4)
def parse(body: str) -> SyntaxTreeNode:
    """The page's syntax tree (kept for the last few pages: detection and extraction read
    the same page one after the other). Read only, never changed by its callers."""
    return SyntaxTreeNode(_PARSER.parse(body))


def inline_text(node: SyntaxTreeNode) -> str:
    """The markdown source of a paragraph or heading's inline content."""
    inline = next((c for c in node.children if c.type == "inline"), None)
    return inline.content if inline is not None else ""


def _source(node: SyntaxTreeNode, lines: list[str]) -> list[str]:
    return lines[node.map[0]:node.map[1]] if node.map else []


def needs_line_reader(node: SyntaxTreeNode, lines: list[str]) -> bool:
    """Whether the node holds what CommonMark does not define and the line reader reads
    (definition lists, fenced divs, pipe tables, HTML lists or tables)."""
    if node.type == "table":
        return True
    if node.type in ("paragraph", "html_block"):
        return bool(_LINE_READER.search("\n".join(_source(node, lines))))
    return False


@dataclass
class Walk:
    """The state of a walk over a section's block nodes."""

    year: int | None = None
    blocks: list = field(default_factory=list)  # [(text, year)]
    title: str | None = None  # a heading that is the next entry's title
    in_details: bool = False

    def add(self, text: str, year: int | None) -> None:
        if self.title is not None:
            text, self.title = f"**{self.title}**  \n{text}", None
        if text.strip():
            self.blocks.append((text, year))


def _item_label(text: str) -> int | None | bool:
    """Whether an item's text is a label over a nested list: its year (a year alone), None
    (a short label, "Journal articles", "**Preprints**:"), or False (an entry)."""
    plain = text.strip().strip("*_: ")
    if _YEAR.fullmatch(plain):
        return int(plain)
    return None if "\n" not in plain and 1 <= len(plain.split()) <= 4 and not re.search(r"[.,;\d]", plain) else False


# An item's marker that is a year ("2021. Title"): the year of the entry, not a number.
def _marker_year(item: SyntaxTreeNode) -> int | None:
    info = (item.info or "").strip()
    return int(info) if _YEAR.fullmatch(info) else None


def walk_nodes(walk: Walk, nodes: list[SyntaxTreeNode], link_buttons) -> None:
    """The entry blocks of block nodes at one level of a section (or of a blockquote)."""
    for node in nodes:
        if walk.in_details:
            if node.type == "html_block" and re.search(r"</details\s*>", node.content, re.I):
                walk.in_details = False
            continue
        if node.type == "html_block":
            if re.search(r"<details\b", node.content, re.I) and not re.search(r"</details\s*>", node.content, re.I):
                walk.in_details = True  # an entry's note, shown on a click: no entry
            continue
        if node.type in ("bullet_list", "ordered_list"):
            for item in node.children:
                _walk_item(walk, item, walk.year, link_buttons)
        elif node.type == "blockquote":
            walk_nodes(walk, node.children, link_buttons)
        elif node.type == "paragraph":
            walk_paragraph(walk, inline_text(node))
        elif node.type == "code_block":  # an indented paragraph (4 spaces) is printed text on these pages
            walk_paragraph(walk, node.content.strip("\n"))
        elif node.type == "heading":
            # a setext "heading" that is a sentence (an entry over a rule), or a heading inside
            # a list item or a quote: the page's own headings never reach here (``page_blocks``)
            walk_paragraph(walk, inline_text(node))
        # hr, fence (code): no entry


def walk_paragraph(walk: Walk, text: str) -> None:
    """One paragraph: a year alone gives its year to the entries below; lines that open with
    a label ("[12]", "(3)", "2.") each begin an entry; else the paragraph is one entry."""
    if _YEAR.fullmatch(text.strip().strip("*_: .")):
        walk.year = int(text.strip().strip("*_: ."))
        return
    rows = text.split("\n")
    starts = [i for i, row in enumerate(rows) if i == 0 or ITEM_LABEL.match(row)]
    for k, at in enumerate(starts):
        part = rows[at:starts[k + 1] if k + 1 < len(starts) else len(rows)]
        part[0] = ITEM_LABEL.sub("", part[0], count=1) if (len(starts) > 1 or ITEM_LABEL.match(part[0])) else part[0]
        walk.add("\n".join(part), walk.year)


def _walk_item(walk: Walk, item: SyntaxTreeNode, year: int | None, link_buttons) -> None:
    """One list item: an entry with its notes, or a label over the entries nested in it."""
    paragraphs = [c for c in item.children if c.type == "paragraph"]
    nested = [c for c in item.children if c.type in ("bullet_list", "ordered_list")]
    first = inline_text(paragraphs[0]) if paragraphs and item.children[0].type == "paragraph" else ""
    label = _item_label(first) if first else None
    if nested and (not first or label is not False):  # "- 2021" over the entries
        year = label if type(label) is int else year
        for sub in nested:
            for child in sub.children:
                _walk_item(walk, child, year, link_buttons)
        return
    if first and type(label) is int and not nested:
        walk.year = label  # "- 2021" alone: the year of the items below
        return
    if not first:
        walk_nodes(walk, item.children, link_buttons)  # an item opening with a quote or HTML
        return
    marker = _marker_year(item)
    text = (f"{marker}. " if marker else "") + first
    notes = [inline_text(p) for p in paragraphs[1:]] + [
        inline_text(p) for sub in nested for child in sub.children for p in child.children if p.type == "paragraph"]
    for note in notes:
        if link_buttons(note.strip()):
            text = text.rstrip() + "  \n" + note.strip()  # the entry's links, a line of their own
    walk.add(text, marker or year)
