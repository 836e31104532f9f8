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
- What CommonMark does not define is read by mdit-py-plugins' rules into the same tree:
  pandoc definition lists (``deflist``: a term that is a year gives its year to its
  definitions, each an entry; any other term opens an entry whose definitions are its
  lines) and fenced divs (``container``, "::: {.csl-entry}": a div of paragraphs alone is
  one entry, its paragraphs the entry's lines; any other div is read through). A pipe
  table's rows are entries, the header naming the columns (``markdown_tables.row_block``);
  a year cell left empty under a year is that year. HTML written into the page (a run of
  HTML blocks) is parsed by lxml: each ``<li>``, each ``<tr>`` under a ``<th>`` header
  row, each ``<p>`` is an entry block, its markup given to the inline reader as it is.

Each block is returned as its markdown source (the paragraph's inline text), to be read by
:func:`markdown_page.read_block`.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin

from .cv_pdf_fields import field_label
from .markdown_inline import read_inline, without_link_marks
from .markdown_tables import row_block


def _div_fence(params: str, _markup: str) -> bool:
    """Pandoc's rule for an opening fence: it carries attributes or a class ("::: {.pub}",
    "::: pub"); a bare ":::" only closes one."""
    return bool(params.strip())


# the block structure only: each paragraph's inline markup is read later, block by block
# (``markdown_inline``), so the core rule that parses every inline token here is off
_PARSER = (MarkdownIt("commonmark", {"html": True}).enable("table").use(deflist_plugin)
           .use(container_plugin, name="div", marker=":", validate=_div_fence).disable("inline"))
_FENCE_LEFT = re.compile(r"\s*:{3,}\s*")  # a closing fence with no div open (pandoc nests "::: ... ::: :::")

_YEAR = re.compile(r"(?:19|20)\d\d")
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year inside a text
# An entry's label opening a line: -, 1., 12\., [3], [C12], (12) (three digits at most in
# parentheses: "(2021)" is a year); a CV's section letter before the number, "C19." / "J3)"
# (wt-htmlr18); alpha.bst's key, "[LIR+07]", "[Knu84a]" (up to four letters, a "+" for more
# names, a letter telling one year's entries apart). Also the line reader's (``markdown_page``). A key in
# brackets may be in lower case and may stand alone on the line above its entry: a dblp page
# pasted prints "[j12]", "[c7]" so, the icons of its row pasting as nothing; pandoc escapes
# the brackets ("\\[12\\]").
ITEM_LABEL = re.compile(r"^\s{0,3}(?:(?:[-*+]|\d{1,4}\\?[.)]|[A-Z]{1,2}\d{1,3}\\?[.)]|\([A-Z]{0,3}\d{1,3}\))\s+"
                        r"|\\?\[[A-Za-z]{0,4}\+?\d{1,4}[a-z]?\\?\](?:\s+|$))")


@lru_cache(maxsize=4)
def parse(body: str) -> SyntaxTreeNode:
    """The page's syntax tree (kept for the last few pages: detection and extraction read
    the same page one after the other). Read only, never changed by its callers."""
    return SyntaxTreeNode(_PARSER.parse(body))


def inline_text(node: SyntaxTreeNode) -> str:
    """The markdown source of a paragraph or heading's inline content."""
    inline = next((c for c in node.children if c.type == "inline"), None)
    return inline.content if inline is not None else ""


def entry_div(node: SyntaxTreeNode) -> bool:
    """A fenced div that holds paragraphs alone: one entry (a citeproc ``.csl-entry``, a
    Quarto ``.pub`` card), its paragraphs the entry's lines."""
    paragraphs = [c for c in node.children if not _fence_left(c)]
    return node.type == "container_div" and bool(paragraphs) and all(c.type == "paragraph" for c in paragraphs)


def _fence_left(node: SyntaxTreeNode) -> bool:
    return node.type == "paragraph" and bool(_FENCE_LEFT.fullmatch(inline_text(node)))


# The classes of a fenced div that name an entry's field, as al-folio's jekyll-scholar template
# prints them ("::: title", "::: author", "::: periodical") and as the HTML reader reads the
# same names in class attributes (``html_publications``); "-title" / "pub-authors" alike.
_FIELD_CLASSES = {"title": re.compile(r"(?:^|[-_])title$", re.IGNORECASE),
                  "names": re.compile(r"(?:^|[-_])(?:authors?|creators?)(?:$|[-_])", re.IGNORECASE),
                  "venue": re.compile(r"venue|periodical|journal|booktitle|conference|[-_]publication$", re.IGNORECASE),
                  "year": re.compile(r"(?:^|[-_])(?:year|date)$", re.IGNORECASE)}


def div_classes(node: SyntaxTreeNode) -> list[str]:
    """A fenced div's classes: "{#key .col .title}" gives ["col", "title"]; pandoc reads a
    bare word ("::: title") as the div's one class."""
    info = (node.info or "").strip().strip(":").strip()
    if info.startswith("{"):
        return re.findall(r"(?<![\w#])\.([\w-]+)", info)
    return info.split()[:1]


def _div_role(node: SyntaxTreeNode) -> str | None:
    return next((role for cls in div_classes(node) for role, pattern in _FIELD_CLASSES.items()
                 if pattern.search(cls)), None)


def field_div_lines(node: SyntaxTreeNode) -> list[str] | None:
    """The lines of one entry when a div of divs holds its fields in divs named by their
    field (one title div and a div of names or of the venue, at any depth: "::: row" over
    "::: {.col}" over "::: title", "::: author", "::: periodical"): the title (in bold, as a
    heading over the names is written) then the other fields' paragraphs in order. A div
    inside that names no field (a badge, the links, a hidden abstract) is no part of the
    entry's text. None for any other div, which is read through."""
    if node.type != "container_div":
        return None
    fields: list[tuple[str, str]] = []

    def collect(div: SyntaxTreeNode) -> bool:
        for child in div.children:
            if child.type == "container_div":
                role = _div_role(child)
                if role and entry_div(child):
                    text = "  \n".join(" ".join(inline_text(p).split()) for p in child.children if not _fence_left(p))
                    fields.append((role, text))
                elif not role and not collect(child):
                    return False
                elif role and not entry_div(child):
                    return False  # a field's div holding more than paragraphs: no such entry
            elif not (child.type == "paragraph" and _fence_left(child)) and div is node:
                return False  # the entry div's own text besides its fields' divs
        return True

    if not collect(node):
        return None
    roles = [role for role, _ in fields]
    if roles.count("title") != 1 or not {"names", "venue"} & set(roles):
        return None
    out = []
    for role, text in fields:
        if not text:
            continue
        out.append(f"**{text}**" if role == "title" and not text.startswith(("*", "_", "[")) else text)
    return out


def through_divs(nodes) -> list[SyntaxTreeNode]:
    """The nodes with each div that is no entry replaced by its content (a div of divs,
    a tabset holding headings and lists), and the fences left unmatched taken out; a div of
    field divs (:func:`field_div_lines`) is kept whole, one entry."""
    out = []
    for node in nodes:
        if node.type == "container_div" and not entry_div(node) and field_div_lines(node) is None:
            out += through_divs(node.children)
        elif not _fence_left(node):
            out.append(node)
    return out


@dataclass
class Walk:
    """The state of a walk over a section's block nodes."""

    year: int | None = None
    blocks: list = field(default_factory=list)  # [(text, year)]
    title: str | None = None  # a heading that is the next entry's title
    in_details: bool = False
    folded_list: bool = False  # the <details> open folds away a part of the list, not a note

    def add(self, text: str, year: int | None) -> None:
        if self.title is not None:
            text, self.title = f"**{self.title}**  \n{text}", None
        if text.strip():
            self.blocks.append((text, year))


# A year linked to a page of its own (Logseq's and Obsidian's "[[2021]]", the year's journal
# page, written as "[2021]()" by markdown_dialects.obsidian; "[2021](/2021/)"): a year label.
_LINKED_LABEL = re.compile(r"^\s*\[([^\[\]]+)\]\([^()\s]*\)\s*$")


def _item_label(text: str) -> int | None | bool:
    """Whether an item's text is a label over a nested list: its year (a year alone), None
    (a short label, "Journal articles", "**Preprints**:"), or False (an entry)."""
    plain = text.strip().strip("*_: ")
    year = _LINKED_LABEL.sub(r"\1", text).strip().strip("*_: ")  # a year as it prints: a link's text
    if _YEAR.fullmatch(year):
        return int(year)
    return None if "\n" not in plain and 1 <= len(plain.split()) <= 4 and not re.search(r"[.,;\d]", plain) else False


# A <details> summary that names an entry's note (its abstract, its BibTeX), not a part of the
# list folded away: a list inside such a block is the note's, no entries.
_NOTE_SUMMARY = re.compile(r"\b(?:abstract|bibtex|bib|cite|citation|summary|tl;?dr|notes?|key findings|highlights)\b",
                           re.IGNORECASE)


# An item's marker that is a year ("2021. Title"): the year of the entry, not a number.
def _marker_year(item: SyntaxTreeNode) -> int | None:
    info = (item.info or "").strip()
    return int(info) if _YEAR.fullmatch(info) else None


def walk_nodes(walk: Walk, nodes: list[SyntaxTreeNode], link_buttons) -> None:
    """The entry blocks of block nodes at one level of a section (or of a blockquote)."""
    nodes = through_divs(nodes)
    i = 0
    while i < len(nodes):
        node = nodes[i]
        i += 1
        if walk.in_details:
            if node.type == "html_block" and re.search(r"</details\s*>", node.content, re.I):
                walk.in_details = False
            elif node.type in ("bullet_list", "ordered_list") and walk.folded_list:
                # "<details><summary>Older papers</summary>" over a list: a part of the list
                # folded away, its items entries (a year as the summary gives them its year)
                for item in node.children:
                    _walk_item(walk, item, walk.year, link_buttons)
            continue
        if node.type == "html_block":
            if re.search(r"<details\b", node.content, re.I) and not re.search(r"</details\s*>", node.content, re.I):
                summary = re.search(r"<summary\b[^>]*>(.*?)</summary>", node.content, re.IGNORECASE | re.DOTALL)
                label = " ".join(re.sub(r"<[^>]+>", "", summary.group(1)).split()) if summary else ""
                walk.folded_list = not _NOTE_SUMMARY.search(label)
                walk.year = _year_term(label) or walk.year
                walk.in_details = True  # an entry's note, shown on a click: no entry (but a list in it)
                continue
            run = [node.content]  # the HTML blocks in a row: one fragment (blank lines split a list)
            while (i < len(nodes) and nodes[i].type == "html_block"
                   and not re.search(r"<details\b", nodes[i].content, re.IGNORECASE)):
                run.append(nodes[i].content)
                i += 1
            walk_html(walk, "\n".join(run), link_buttons)
            continue
        if node.type == "container_div" and not entry_div(node):  # a div of field divs
            walk.add("  \n".join(field_div_lines(node) or []), walk.year)
        elif node.type == "container_div":  # an entry div (``through_divs`` opened the others)
            walk.add("  \n".join(" ".join(inline_text(p).split()) for p in node.children if not _fence_left(p)),
                     walk.year)
        elif node.type == "dl":
            walk_definitions(walk, node, link_buttons)
        elif node.type == "table":
            walk_table(walk, node)
        elif node.type in ("bullet_list", "ordered_list") and labelled_field_items(node):
            # "- **Authors:** ...", "- **Venue:** ...", "- **Year:** 2021": one entry's fields
            walk.add("  \n".join(inline_text(item.children[0]).strip() for item in node.children), walk.year)
        elif node.type in ("bullet_list", "ordered_list"):
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


LABELLED_ITEMS = 2  # a list of labelled fields names the names and one other field at least


def labelled_field_items(node: SyntaxTreeNode) -> bool:
    """Whether a list is one entry's labelled fields, not a list of entries: every item a
    paragraph opening with a field label of the CV readers' table (``cv_pdf_fields``: "Authors:",
    "By:", "Published in:", "Year:"), read as printed (the label in bold or not, "**By:**"),
    one of them the names' and LABELLED_ITEMS items at least. A list of entries opens its
    items with names or titles, never all with labels."""
    if len(node.children) < LABELLED_ITEMS:
        return False
    fields = []
    for item in node.children:
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            return False
        lines = read_inline(inline_text(item.children[0])).lines
        label = field_label(without_link_marks(lines[0])) if lines else None
        if label is None:
            return False
        fields.append(label)
    return "authors" in fields


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
        walk.add("\n".join(part).lstrip("\n"), walk.year)


def _walk_item(walk: Walk, item: SyntaxTreeNode, year: int | None, link_buttons) -> None:
    """One list item: an entry with its notes, or a label over the entries nested in it."""
    paragraphs = [c for c in item.children if c.type == "paragraph"]
    nested = [c for c in item.children if c.type in ("bullet_list", "ordered_list")]
    first = inline_text(paragraphs[0]) if paragraphs and item.children[0].type == "paragraph" else ""
    fields = inline_fields(nested) if first and nested else None
    if fields:  # "- [[Title]]" over "- authors:: ...", "- venue:: ...": one entry, a field a line
        walk.add("  \n".join([first.strip(), *fields]), year)
        return
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
    if nested and _fields_apart(first, nested):
        # "- [Title](page.md)" over "- Ann Lee, Bo Chen" and "- *Venue* · 2021": one entry
        walk.add("  \n".join([first.strip(), *(inline_text(child.children[0]).strip()
                                               for sub in nested for child in sub.children)]), year)
        return
    marker = _marker_year(item)
    text = (f"{marker}. " if marker else "") + first
    notes = [inline_text(p) for p in paragraphs[1:]] + [
        inline_text(p) for sub in nested for child in sub.children for p in child.children if p.type == "paragraph"]
    for note in notes:
        if link_buttons(note.strip()):
            text = text.rstrip() + "  \n" + note.strip()  # the entry's links, a line of their own
    walk.add(text, marker or year)


FIELD_SUB_ITEMS = 4  # an entry's fields one a sub-item: the names, the venue and year, a link or two
FIELD_SUB_ITEM_CHARS = 400


def _fields_apart(first: str, nested: list[SyntaxTreeNode]) -> bool:
    """Whether an item's sub-items are its entry's fields, not notes about it: the item's own
    text is one line with no year (a title, so no whole entry), the sub-items are a few short
    one-paragraph lines (none a list), and one of them holds the year (a note about an entry
    that prints its year in its own text never has to)."""
    if "\n" in first.strip() or _A_YEAR.search(re.sub(r"\]\([^()]*\)", "]", first)):  # (a link's target no text)
        return False
    children = [child for sub in nested for child in sub.children]
    if not 2 <= len(children) <= FIELD_SUB_ITEMS:
        return False
    if any(len(c.children) != 1 or c.children[0].type != "paragraph" for c in children):
        return False
    texts = [inline_text(c.children[0]).strip() for c in children]
    return all(len(t) <= FIELD_SUB_ITEM_CHARS for t in texts) and any(_A_YEAR.search(t) for t in texts)


# Dataview's inline fields ("key:: value", Obsidian): a sub-item that is one of them is a field
# of the item above it, named by its key. The keys that name an entry's fields, by role:
_INLINE_FIELD = re.compile(r"([A-Za-z][\w -]{0,30}?)\s*::[ \t]*(\S.*)", re.DOTALL)
_FIELD_ROLES = {"authors": "names", "author": "names", "coauthors": "names", "venue": "venue", "journal": "venue",
                "booktitle": "venue", "conference": "venue", "publication": "venue", "year": "year", "date": "year",
                "published": "year"}


def inline_fields(nested: list[SyntaxTreeNode]) -> list[str] | None:
    """The lines of an entry whose sub-items are all inline fields ("- authors:: Ann Lee, Bo
    Chen", "- venue:: Phys. Rev. B", "- year:: 2021"): the names, then "*Venue*, 2021"; None
    when a sub-item is anything else or no field names a role (a note, a list of entries)."""
    roles: dict[str, str] = {}
    for sub in nested:
        for child in sub.children:
            m = _INLINE_FIELD.fullmatch(inline_text(child.children[0]).strip()) if (
                len(child.children) == 1 and child.children[0].type == "paragraph") else None
            if m is None:
                return None
            role = _FIELD_ROLES.get(m.group(1).strip().lower())
            if role and role not in roles:
                roles[role] = " ".join(m.group(2).split())
    if not roles:
        return None
    year = _YEAR.search(roles.get("year", ""))
    venue = f"*{roles['venue']}*" if "venue" in roles else ""
    last = ", ".join(x for x in (venue, year.group(0) if year else "") if x)
    return [x for x in (roles.get("names", ""), last) if x]


def _year_term(text: str) -> int | None:
    plain = text.strip().strip("*_: .")
    return int(plain) if _YEAR.fullmatch(plain) else None


def _definition_lines(dd: SyntaxTreeNode) -> list[str] | None:
    """A definition's paragraphs as lines, or None when it holds more than paragraphs."""
    if not all(c.type == "paragraph" for c in dd.children):
        return None
    return [inline_text(p) for p in dd.children]


# A definition term that is an entry's label, as a bibliography writer prints it in a definition
# list (pybtex's PHP Markdown Extra output): a number ("12", "[12]") or an alpha-style key of a
# few letters and two digits ("Lee21", "LCR+21").
_LABEL_TERM = re.compile(r"\[?(?:\d{1,4}|[A-Z][A-Za-z]{0,3}\+?\d\d[a-z]?)\]?")


def walk_definitions(walk: Walk, dl: SyntaxTreeNode, link_buttons) -> None:
    """A definition list: a term that is a year ("2021\n:   entry") gives its year to each
    definition under it, each one entry, a term that is a label ("12", "Lee21") is no line of
    the entry it labels; any other term ("Title\n:   Names\n:   *Venue*,
    2021") is an entry's first line and its definitions the next lines, as if set apart
    by hard breaks."""
    term: str | None = None
    lines: list[str] = []

    def close():
        nonlocal lines
        if lines:
            walk.add("  \n".join(lines), walk.year)
        lines = []

    for child in dl.children:
        if child.type == "dt":
            close()
            text = inline_text(child)
            year = _year_term(text)
            if year is not None:
                walk.year, term = year, None
            elif _LABEL_TERM.fullmatch(text.strip()):
                term = None  # "1\n:   entry", "Lee21\n:   entry": the entry's label, each definition an entry
            else:
                term = text.strip()
                lines = [term] if term else []
            continue
        paragraphs = _definition_lines(child)
        if term is None:  # under a year (or no term): each definition is an entry
            if paragraphs is None:
                walk_nodes(walk, child.children, link_buttons)
            else:
                walk.add("  \n".join(paragraphs), walk.year)
        elif paragraphs is None:
            close()
            walk_nodes(walk, child.children, link_buttons)
        else:
            lines += paragraphs
    close()


def walk_table(walk: Walk, table: SyntaxTreeNode) -> None:
    """A pipe table: each body row an entry block (:func:`markdown_tables.row_block`); a row
    whose year cell is empty has the year of the row above it (a year printed once over
    its papers)."""
    header: list[str] = []
    year = walk.year
    for part in table.children:
        for tr in part.children:
            cells = [inline_text(cell) for cell in tr.children]
            if part.type == "thead":
                header = cells
                continue
            year = _row_entry(walk, header or [""] * len(cells), cells, year)


def _row_entry(walk: Walk, header: list[str], cells: list[str], year: int | None) -> int | None:
    """One table row added as an entry; the year it has (its own, or ``year``)."""
    lines = row_block(header, [c.strip() for c in cells])
    text = [ln for ln in lines if ln.strip()]
    if text and _YEAR.fullmatch(text[0].strip()) and len(text) > 1:
        year, text = int(text[0].strip()), text[1:]
    if text:
        walk.add("\n".join(text), year)
    return year


# HTML elements whose markup the inline reader reads (``markdown_inline``); any other tag is
# left out, its text kept
_INLINE_TAGS = frozenset(("a", "b", "strong", "i", "em", "u", "ins", "sup", "sub", "span", "br", "code", "small", "mark"))


def _markup(el) -> str:
    """An element's content as inline markup: its text HTML-escaped, the inline tags kept.
    Markdown in the text stays markdown ("<li>Names. *Venue*, 2021</li>"): pages written for
    kramdown or by hand put it there meaning emphasis, and CommonMark's reading of it as
    literal asterisks would print them into a field."""
    out = [_escaped(el.text or "")]
    for child in el:
        if isinstance(child.tag, str):
            name = child.tag.lower()
            if name in _INLINE_TAGS:
                href = child.get("href") if name == "a" else None
                out.append(f'<{name} href="{html.escape(href)}">' if href else f"<{name}>")
                out.append(_markup(child))
                out.append("" if name == "br" else f"</{name}>")
            else:
                out.append(" " + _markup(child) + " ")
        out.append(_escaped(child.tail or ""))
    return "".join(out)


def _escaped(text: str) -> str:
    return html.escape(text, quote=False)


def walk_html(walk: Walk, fragment: str, link_buttons=None) -> None:
    """HTML written into the markdown (a run of HTML blocks): each list item, each table
    row (a first row of ``<th>`` cells names the columns, as a pipe table's header does),
    each paragraph outside them is an entry block. HTML with none of them gives none. A
    list item that declares its content markdown (``markdown="1"``) is read as a markdown
    list item (:func:`_walk_markdown_item`)."""
    if not re.search(r"<(?:li|tr|p)\b", fragment, re.IGNORECASE):
        return
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (etree.ParserError, ValueError):
        return
    header: list[str] | None = None
    year = walk.year
    for el in root.iter("li", "tr", "p"):
        if any(a.tag in ("li", "tr", "p") for a in el.iterancestors()):
            continue  # inside an entry already
        if el.tag == "tr":
            cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if header is None and cells and all(c.tag == "th" for c in cells):
                header = [" ".join(c.text_content().split()) for c in cells]
                continue
            year = _row_entry(walk, header or [""] * len(cells), [_lines(_markup(c)) for c in cells], year)
            continue
        nested = [li for li in el.iter("li") if li is not el]
        if nested:  # "<li>2021<ul><li>entry</li>...</ul></li>": a label over the entries
            label = _year_term(el.text or "")
            for li in nested:
                walk.add(_lines(_markup(li)), label or walk.year)
            continue
        if el.tag == "li" and markdown_content(el):
            _walk_markdown_item(walk, el, link_buttons or (lambda _line: False))
            continue
        walk.add(_lines(_markup(el)), walk.year)


# The values of the ``markdown`` attribute (kramdown's, and Python-Markdown's md_in_html
# extension) that say an HTML element's content is markdown to be parsed as blocks: kramdown's
# "1" and "block" (its "span" parses the content as one line of text, "0" not at all).
_MARKDOWN_BLOCK_VALUES = frozenset(("1", "block"))


def markdown_content(el) -> bool:
    """Whether an HTML element declares its content markdown blocks (``markdown="1"``)."""
    return (el.get("markdown") or "").strip().lower() in _MARKDOWN_BLOCK_VALUES


def _walk_markdown_item(walk: Walk, li, link_buttons) -> None:
    """A ``<li markdown="1">`` (Jekyll pages writing kramdown into an HTML list): its content
    is the markdown of a list item, so it is read as one, the same rule as any markdown item
    (:func:`_walk_item`): its first paragraph the entry, its nested list and later paragraphs
    notes on it, of which only lines of link buttons are kept."""
    source = textwrap.dedent(_markup(li).strip("\n")).strip()
    if not source:
        return
    rows = source.split("\n")
    item_source = "\n".join(["- " + rows[0], *("  " + row if row.strip() else "" for row in rows[1:])])
    items = [node for node in parse(item_source).children if node.type == "bullet_list"]
    if len(items) != 1 or len(items[0].children) != 1:
        walk.add(_lines(_markup(li)), walk.year)  # not one item (its text opens a list of its own)
        return
    _walk_item(walk, items[0].children[0], walk.year, link_buttons)


def _lines(markup: str) -> str:
    """The markup's source lines without the indentation HTML is written with."""
    return re.sub(r"[ \t]*\n\s*", "\n", markup).strip()


# A fenced code block that quotes BibTeX ("```bibtex", "```bib", "~~~latex", or no language at
# all, holding an entry head "@article{"): a README's or lab page's "cite this" block under a
# paper, the paper's names and fields whole in it (the text above may give only its title).
BIBTEX_FENCE_LANGUAGES = frozenset(("bibtex", "bib", "biblatex", "latex", "tex", ""))
_ENTRY_HEAD = re.compile(r"^\s*@[A-Za-z]+\s*[{(]", re.MULTILINE)


def fenced_bibtex(body: str) -> list[str]:
    """The BibTeX of the page's fenced code blocks that quote entries (see above), in the
    page's order, at any depth (inside list items, ``<details>``, divs)."""
    if "@" not in body or ("```" not in body and "~~~" not in body):
        return []
    out = []
    for node in parse(body).walk():
        if node.type == "fence" and (node.info or "").strip().split(" ")[0].lower() in BIBTEX_FENCE_LANGUAGES \
                and _ENTRY_HEAD.search(node.content or ""):
            out.append(node.content)
    return out
