"""Plain-text publication lists in the dialects of other tools, written as the CommonMark the
markdown page reader reads (issue #16: plain-text CVs). Pure functions of a page's text, each
a no-op on a page that does not print its dialect; applied by ``markdown_page._strip_front``
before the page is read:

- :func:`email_unquoted`: a list quoted in an e-mail reply ("> " before every line);
- :func:`rst_markup`: reStructuredText's auto-numbered items ("#. ") and its links;
- :func:`latex_source`: the LaTeX source of a CV (``\\item``, ``\\newblock``, ``\\emph{}``);
- :func:`console_tables`: a table as a database console prints it (psql's aligned output);
- :func:`right_margin_labels`: a list's reference numbers set in the right margin ("J12");
- :func:`asciidoc_markup`: an AsciiDoc source ("== " sections, ". " items, " +" line breaks);
- :func:`typst_links`: Typst's link calls ('#link("url")[text]');
- :func:`pubmed_records`: PubMed's "Abstract (text)" records (source, title, names paragraphs).

Each decides by the page's own look (how many lines print the dialect's marks), never by a
name or a word of one document.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections import Counter

from .markdown_tables import pipe_table

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- e-mail quotes

# A reply quotes the message it answers with ">" before each of its lines (">>" for a quote
# in a quote). A run of at least EMAIL_QUOTE_LINES such lines is quoted text, the document's
# content (a forwarded or answered CV): read with the marks it was one block quote, whose
# headings and items the page reader does not look into. A Markdown block quote is written the
# same way and reads the same without its marks, set apart by blank lines. Five lines: fewer
# is a quoted sentence or two in a reply, nothing to read.
EMAIL_QUOTE_LINES = 5
_QUOTED = re.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?")


def email_unquoted(body: str) -> str:
    """``body`` with the quote marks of each run of EMAIL_QUOTE_LINES quoted lines or more
    removed, a blank line before and after the run (see above)."""
    if ">" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _QUOTED.match(lines[j]):
            j += 1
        if j - i >= EMAIL_QUOTE_LINES:
            if out and out[-1].strip():
                out.append("")
            out += [_QUOTED.sub("", ln, count=1) for ln in lines[i:j]]
            if j < len(lines) and lines[j].strip():
                out.append("")
            i = j
        elif j > i:
            out += lines[i:j]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


# --------------------------------------------------------------------------- reStructuredText

# reStructuredText numbers a list itself with "#." ("#. Ann Lee. Title."); Markdown has no
# such item and read the mark as part of the entry (every entry a reject). On a page that
# opens RST_AUTO_ITEMS lines or more so, the mark is an ordered item's "1." (Markdown numbers
# on from the first). A hyperlink reference "`arXiv:0704.0063 <https://arxiv.org/abs/...>`_"
# is written as a Markdown link, its text what the page shows.
RST_AUTO_ITEMS = 2
_RST_ITEM = re.compile(r"^([ \t]*)#\.(?=[ \t]+\S)", re.MULTILINE)
_RST_LINK = re.compile(r"`([^`<>\n]+?)\s*<([^<>`\s]+)>`__?")


def rst_markup(body: str) -> str:
    """``body`` with reStructuredText's auto-numbered items and links written as Markdown."""
    if "#." in body and len(_RST_ITEM.findall(body)) >= RST_AUTO_ITEMS:
        body = _RST_ITEM.sub(r"\g<1>1.", body)
    if "`_" in body:
        body = _RST_LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", body)
    return body


# --------------------------------------------------------------------------- LaTeX source

# A CV sent as its .tex source: the list is in ``\item``s of an enumerate or itemize, its
# fields parted by ``\newblock``, the title in ``\emph{}``, the owner in ``\textbf{}``, names
# tied by "~", page ranges "--". Read as text it was one block per list and no reader knew
# it (the whole document one reject). A page is LaTeX source when it holds
# ``\begin{document}``, or LATEX_ITEMS lines or more opened by ``\item`` (a fragment pasted
# without its preamble); it is written as Markdown: sectioning commands as headings, items as
# "- " items, emphasis and bold as "*...*" and "**...**", ties as spaces, "--"/"---" as dashes,
# escaped characters as themselves, comments, the preamble and environment lines dropped. A page
# with a fenced code block is Markdown showing LaTeX, not LaTeX, and is left as it is.
LATEX_ITEMS = 3
_LATEX_ITEM_LINE = re.compile(r"^[ \t]*\\item\b", re.MULTILINE)
_LATEX_SECTION = re.compile(r"^[ \t]*\\(sub)?(sub)?section\*?\{([^{}\n]*)\}[ \t]*$")
_LATEX_ENV = re.compile(r"^[ \t]*\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\])?(?:\{[^{}\n]*\})?[ \t]*$")
_LATEX_COMMENT = re.compile(r"(?<!\\)%.*$")
_LATEX_STYLE = (
    (re.compile(r"\\(?:emph|textit|textsl)\{([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\{\\(?:em|it|itshape)\s+([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\{\\(?:bf|bfseries)\s+([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:textsc|textrm|textsf|texttt|mbox|text|url|underline)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}"), r"[\2](\1)"),
)
_LATEX_CHARS = (("\\&", "&"), ("\\%", "%"), ("\\#", "#"), ("\\_", "_"), ("\\$", "$"), ("---", "\u2014"),
                ("--", "\u2013"), ("``", "\u201c"), ("''", "\u201d"), ("\\\\", " "))


def latex_source(body: str) -> str:
    """``body`` written as Markdown when it is LaTeX source (see above), else as it is."""
    if "\\" not in body or "```" in body or "~~~" in body:
        return body  # (a Markdown page that shows LaTeX in a code block is no LaTeX source)
    whole = "\\begin{document}" in body
    if not whole and len(_LATEX_ITEM_LINE.findall(body)) < LATEX_ITEMS:
        return body
    if whole:
        body = body[body.index("\\begin{document}"):]
    out: list[str] = []
    for line in body.split("\n"):
        line = _LATEX_COMMENT.sub("", line).rstrip()
        if _LATEX_ENV.match(line):
            out.append("")
            continue
        m = _LATEX_SECTION.match(line)
        if m:
            depth = 2 + bool(m.group(1)) + bool(m.group(2))
            out += ["", "#" * depth + " " + m.group(3).strip(), ""]
            continue
        item = re.match(r"^[ \t]*\\item(?:\[[^\]\n]*\])?\s*", line)
        if item:
            line = "- " + line[item.end():]
        else:
            line = re.sub(r"^[ \t]*\\newblock\s*", "  ", line)
        line = re.sub(r"\\newblock\s*", "", line)
        for pattern, repl in _LATEX_STYLE:
            for _ in range(3):  # nested ("\textbf{\emph{...}}"): inner first, then outer
                line, n = pattern.subn(repl, line)
                if not n:
                    break
        for tex, char in _LATEX_CHARS:
            line = line.replace(tex, char)
        line = re.sub(r"(?<=\S)~(?=\S)", " ", line)
        line = re.sub(r"\\[a-zA-Z]+\*?(?:\[[^\]\n]*\])?\s*", "", line)  # other commands: what they print is lost
        line = line.replace("{", "").replace("}", "")
        out.append(line.rstrip())
    log.debug("LaTeX source written as Markdown")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


# --------------------------------------------------------------------------- console tables

# A table as a database console prints it (psql's "aligned" format, and the consoles that copy
# it): a header row of cells parted by " | ", then a rule of dashes joined by "+"
# ("------+-------"), then rows with as many cells, then a row count "(18 rows)". Markdown
# knows no such table (each row a reject, or none read). Written as a pipe table, which the
# page reader reads by its header's names; the console's prompt lines just above the table
# ("papers=> SELECT ...", "papers-> ...") and its row count go with it (the console's, no
# entry).
_CONSOLE_RULE = re.compile(r"^[ \t]*-+(?:\+-+)+[ \t]*$")
_CONSOLE_PROMPT = re.compile(r"^\w+[=\-(]\S?[>#]\s")
_CONSOLE_COUNT = re.compile(r"^\s*\(\d+ rows?\)\s*$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def console_tables(body: str) -> str:
    """``body`` with each console table written as a pipe table (see above)."""
    if "-+-" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _CONSOLE_RULE.match(lines[i + 1]) and "|" in lines[i]:
            n = lines[i + 1].count("+") + 1
            head = _cells(lines[i])
            if len(head) == n:
                while out and _CONSOLE_PROMPT.match(out[-1]):
                    out.pop()
                if out and out[-1].strip():
                    out.append("")
                i += 2
                rows = []
                while i < len(lines) and lines[i].count("|") == n - 1 and lines[i].strip():
                    rows.append(_cells(lines[i]))
                    i += 1
                out += pipe_table(head, rows)
                if i < len(lines) and _CONSOLE_COUNT.match(lines[i]):
                    i += 1
                out.append("")
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# --------------------------------------------------------------------------- spreadsheet cells

# Cells copied out of a spreadsheet paste as tab-separated text: a row a line, its cells
# parted by tabs, a cell holding a quote, a tab or a line break in double quotes (its quotes
# doubled), empty cells left empty (a row of tabs). A run of TAB_TABLE_ROWS lines or more of
# one count of cells (three or more), the first of them a header with no empty cell, is such a
# table: written as a pipe table, which the page reader reads by its header's names. Lines of
# the run before the header (a title cell over it, a row of empty cells) are written as their
# text; a word processor's tab column (a year, then the entry: two cells, or an empty first
# cell) makes no header.
TAB_TABLE_ROWS = 3  # a header and two rows: fewer is a line or two of tabbed text
TAB_TABLE_CELLS = 3


def _tab_cells(line: str) -> list[str]:
    # (a carriage return left inside a line, the text split at "\n" only, is no cell's end: a
    # space, as csv refuses a line break in an unquoted field)
    return next(csv.reader([line.replace("\r", " ")], dialect="excel-tab"), [])


def tab_tables(body: str) -> str:
    """``body`` with each tab-separated table written as a pipe table (see above)."""
    if "\t" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = lines[i].count("\t") + 1
        j = i
        while j < len(lines) and lines[j].count("\t") + 1 == n:
            j += 1
        head = next((k for k in range(i, j) if all(c.strip() for c in _tab_cells(lines[k]))), None)
        if n < TAB_TABLE_CELLS or head is None or j - head < TAB_TABLE_ROWS:
            out.append(lines[i])
            i += 1
            continue
        out += [" ".join(c.strip() for c in _tab_cells(ln) if c.strip()) for ln in lines[i:head]]
        if out and out[-1].strip():
            out.append("")
        rows = [[c.strip() for c in _tab_cells(ln)] for ln in lines[head:j]]
        width = len(rows[0])
        table = [r + [""] * (width - len(r)) for r in rows if any(r)]
        out += pipe_table(table[0], [r[:width] for r in table[1:]])
        out.append("")
        i = j
    return "\n".join(out)


# A table whose first column's cells hold several lines each (a profile page's citation table:
# the title, the names and the venue in one cell; counts and the year in the next ones),
# selected in a browser and pasted, prints each cell's lines on lines of their own and the
# row's other cells after tabs on the row's last line, under a header of column names parted by
# tabs. After such a header (TAB_TABLE_CELLS names or more, none empty, no digit), a run of
# lines in which MULTILINE_ROWS rows or more end so (the header's count of cells), most of them
# over lines of their own, is a list: each row a paragraph of its first cell's lines, the other
# cells dropped (counts, marks), but a year the row's text does not print (its date column).
MULTILINE_ROWS = 3  # as TAB_TABLE_ROWS: fewer is a line or two of tabbed text
_A_YEAR_CELL = re.compile(r"(?:1[89]|20)\d\d")


def _column_names(line: str) -> int:
    """The count of cells of ``line`` when it is a header of column names (else 0)."""
    cells = line.split("\t")
    if len(cells) < TAB_TABLE_CELLS or not all(c.strip() for c in cells) or any(ch.isdigit() for ch in line):
        return 0
    return len(cells)


def multiline_cell_rows(body: str) -> str:
    """``body`` with each pasted table of several-line first cells written as paragraphs (see
    above)."""
    if "\t" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = _column_names(lines[i])
        rows: list[list[str]] = []
        pending: list[str] = []
        j = i + 1
        while n and j < len(lines) and lines[j].strip():
            tabs = lines[j].count("\t")
            if tabs == 0:
                pending.append(lines[j].strip())
            elif tabs == n - 1:
                cells = [c.strip() for c in lines[j].split("\t")]
                text = [*pending, cells[0]] if cells[0] else pending
                years = [c for c in cells[1:] if _A_YEAR_CELL.fullmatch(c)]
                if years and text and not any(years[0] in t for t in text):
                    text[-1] = f"{text[-1].rstrip(' ,')}, {years[0]}"
                rows.append(text)
                pending = []
            else:
                break
            j += 1
        if len(rows) < MULTILINE_ROWS or sum(len(r) > 1 for r in rows) * 2 < len(rows):
            out.append(lines[i])
            i += 1
            continue
        for row in rows:
            out += [*row, ""]
        out += pending  # lines after the last row (none in a whole paste)
        i = j
    return "\n".join(out)


# --------------------------------------------------------------------------- line ends and dates

# Text saved on Windows ends its lines with CR LF (Word's "Plain text", Notepad), old Mac text
# with CR alone: each is a line end, as the page reader's "\n" is (left in place, a "\r" closed
# every line, and no line matched a pattern anchored at its end).
_CR_LINE_END = re.compile(r"\r\n?")


def line_ends(body: str) -> str:
    """``body`` with CR LF and CR line ends written as LF."""
    return _CR_LINE_END.sub("\n", body) if "\r" in body else body


# A month and year printed as numbers, "09/2021" (Europass and the forms of research-information
# systems print dates so), is the year of that date: the records keep a year only, and the
# readers know a year standing alone (after a "/" they take it for part of a path, a DOI or a
# range and leave it). Only where the date stands alone between spaces, brackets or
# punctuation: "example.org/09/2021/" or "10.1000/12/2021" are no dates.
_MONTH_YEAR = re.compile(r"(?<![\w/.:-])(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\w/-])")


def month_year_dates(body: str) -> str:
    """``body`` with each numeric month/year date written as its year (see above)."""
    return _MONTH_YEAR.sub(r"\1", body) if "/" in body else body


# --------------------------------------------------------------------------- margin labels

# A list may print its own reference numbers in the right margin of each entry's first line
# ("Lee, A., 2021: Title of the         J12"): a label of the list ("J12", "C3", "[4]", "12"),
# no word of the entry. Read in place it fell into the sentence it followed (a title "Title J9
# of it" when the line was joined to the next, names cut). When RIGHT_LABEL_LINES lines or more
# end so, after a gap of RIGHT_LABEL_GAP spaces at least, and their labels end in one column
# (RIGHT_LABEL_SLACK characters apart at most, as right alignment sets them), the labels go.
# A year so set is a date, not a label: markdown_page.right_year_column moves it first.
RIGHT_LABEL_LINES = 3  # two could be a two-line table with a number column
RIGHT_LABEL_GAP = 3  # spaces: a sentence has one between words, a column more
RIGHT_LABEL_SLACK = 1
_RIGHT_LABEL = re.compile(r"^(?P<text>.*?\S)(?P<gap> {" + str(RIGHT_LABEL_GAP)
                          + r",})(?!(?:19|20)\d\d\b)(?P<label>[A-Z]{0,3}\d{1,4}[a-z]?|\[[A-Z]{0,3}\d{1,4}\]|\([A-Z]{0,3}\d{1,4}\))[ \t]*$")


def right_column(body: str, pattern: re.Pattern, edge, at_least: int, slack: int) -> tuple[list[str], list] | None:
    """``body``'s lines and, for each, its match of ``pattern`` when it stands in one column
    with the others (``edge(match)``, where the column's cell starts or ends, within ``slack``
    characters of the most common edge), else None; None when fewer than ``at_least`` lines do
    (a column is set on many lines, a gap on one or two is chance) or no line holds the three
    spaces a column's gap needs. Read by :func:`right_margin_labels` and
    ``markdown_page.right_year_column``."""
    if "   " not in body:
        return None
    lines = body.split("\n")
    found = [pattern.match(ln) for ln in lines]
    edges = Counter(edge(m) for m in found if m)
    if not edges:
        return None
    column, _ = edges.most_common(1)[0]
    kept = [m if m and abs(edge(m) - column) <= slack else None for m in found]
    return (lines, kept) if sum(m is not None for m in kept) >= at_least else None


def right_margin_labels(body: str) -> str:
    """``body`` with a right-margin column of reference labels removed (see above)."""
    column = right_column(body, _RIGHT_LABEL, lambda m: m.end("label"), RIGHT_LABEL_LINES, RIGHT_LABEL_SLACK)
    if column is None:
        return body
    return "\n".join(m.group("text") if m else ln for ln, m in zip(*column))


# --------------------------------------------------------------------------- org-mode

# An Emacs org-mode file: "#+TITLE:" keyword lines, headings opened by stars ("* ", "** "),
# ":PROPERTIES:" ... ":END:" drawers, "*bold*" and "/italic/" marked at word edges (an
# emphasis may run over one line break), links "[[url][text]]", "--" for the en dash. A page
# with ORG_KEYWORD_LINES keyword lines, or a drawer, is org's: written as Markdown (keyword
# lines dropped but the title, a heading; drawers dropped; stars as "#"; bold as "**", italics
# as "*"; links as "[text](url)"; "--" between two characters as "–"). Markdown read the
# stars as list items and the slashes as part of the title.
ORG_KEYWORD_LINES = 2  # one "#+..." line could be a comment of another syntax
_ORG_KEYWORD = re.compile(r"^#\+([A-Za-z_]+):[ \t]*(.*)$", re.MULTILINE)
_ORG_DRAWER = re.compile(r"^[ \t]*:[A-Z_]+:[ \t]*\n(?:[ \t]*:[^\n]*\n)*?[ \t]*:END:[ \t]*$\n?", re.MULTILINE)
_ORG_HEADING = re.compile(r"^(\*+)[ \t]+(?=\S)", re.MULTILINE)
_ORG_EDGE_BEFORE = r"(?<![\w/:*\\])"
_ORG_EDGE_AFTER = r"(?=[\s.,;:!?'\")\]]|$)"
_ORG_BOLD = re.compile(_ORG_EDGE_BEFORE + r"\*(?=\S)((?:[^*\n]|\n(?![ \t]*\n))+?)(?<=\S)\*" + _ORG_EDGE_AFTER)
_ORG_ITALIC = re.compile(_ORG_EDGE_BEFORE + r"/(?=\S)((?:[^/\n]|/(?=\w)|\n(?![ \t]*\n))+?)(?<=\S)/" + _ORG_EDGE_AFTER)
_ORG_LINK = re.compile(r"\[\[([^\[\]\n]+)\](?:\[([^\[\]\n]+)\])?\]")
_ORG_DASH = re.compile(r"(?<=[^\s-])--(?=[^\s-])")


def org_markup(body: str) -> str:
    """``body`` written as Markdown when it is an org-mode file (see above)."""
    if "#+" not in body and ":END:" not in body:
        return body
    keywords = _ORG_KEYWORD.findall(body)
    if len(keywords) < ORG_KEYWORD_LINES and not _ORG_DRAWER.search(body):
        return body
    body = _ORG_DRAWER.sub("", body)
    body = _ORG_KEYWORD.sub(lambda m: f"# {m.group(2)}" if m.group(1).upper() == "TITLE" and m.group(2) else "", body)
    body = _ORG_HEADING.sub(lambda m: "#" * len(m.group(1)) + " ", body)
    body = _ORG_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})" if m.group(2) else f"<{m.group(1)}>", body)
    body = _ORG_BOLD.sub(r"**\1**", body)
    body = _ORG_ITALIC.sub(r"*\1*", body)
    return _ORG_DASH.sub("\u2013", body)


# --------------------------------------------------------------------------- AsciiDoc

# An AsciiDoc source (Asciidoctor's .adoc) titles its sections with "=" marks where Markdown
# uses "#" ("= Name" the document, "== Publications", "=== Journal Articles"), opens ordered
# items with ". " (Markdown: "1. "), breaks a line with " +" at its end, sets its own curved
# quotes as '"`Title`"', sets strong text in single stars ("*Ann Lee*", Markdown's emphasis),
# and writes a link as "https://...[text]". A page with
# ASCIIDOC_HEADINGS section titles so, or one and an attribute entry (":email: ..."), is an
# AsciiDoc source (a Markdown page never opens a line with "= "): each mark is written as the
# Markdown that prints the same, attribute entries and "'''" breaks taken out.
ASCIIDOC_HEADINGS = 2  # one "= ..." line alone could be a line of other text
# (a quoted label after the marks is MkDocs Material's content tab, '=== "Preprints"', no title)
_ADOC_HEADING = re.compile(r"^(={1,6})[ \t]+(?=[^\s\"'])", re.MULTILINE)
_ADOC_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$\n?", re.MULTILINE)
_ADOC_ITEM = re.compile(r"^([ \t]*)\.(?=[ \t]+\S)", re.MULTILINE)
_ADOC_HARD_BREAK = re.compile(r"[ \t]\+[ \t]*$", re.MULTILINE)
_ADOC_BREAK = re.compile(r"^'''+[ \t]*$", re.MULTILINE)
_ADOC_QUOTES = (('"`', "\u201c"), ('`"', "\u201d"), ("'`", "\u2018"), ("`'", "\u2019"))
_ADOC_BOLD = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])")  # "*strong*": Markdown's "**"
_ADOC_LINK = re.compile(r"(?<![\w(<\[\"])(https?://[^\s\[\]\"()<>]+)\[([^\[\]\n]*)\]")


def asciidoc_markup(body: str) -> str:
    """``body`` written as Markdown when it is an AsciiDoc source (see above)."""
    if "= " not in body:
        return body
    headings = len(_ADOC_HEADING.findall(body))
    if headings < ASCIIDOC_HEADINGS and not (headings and _ADOC_ATTRIBUTE.search(body)):
        return body
    body = _ADOC_ATTRIBUTE.sub("", body)
    body = _ADOC_HEADING.sub(lambda m: "#" * len(m.group(1)) + " ", body)
    body = _ADOC_BREAK.sub("", body)
    body = _ADOC_ITEM.sub(r"\g<1>1.", body)
    body = _ADOC_HARD_BREAK.sub("  ", body)  # (Markdown's hard break: two spaces at the line's end)
    body = _ADOC_BOLD.sub(r"**\1**", body)
    for mark, quote in _ADOC_QUOTES:
        body = body.replace(mark, quote)
    return _ADOC_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})", body)


# --------------------------------------------------------------------------- PubMed records

# PubMed's "Abstract" text format (Save > Format: Abstract (text), or copied off a results
# page) prints each record as paragraphs: its number and the NLM source ("1. Venue. 2021
# Mar;12(3):1-9. doi: 10.../... Epub 2021 Feb 3.", "ArXiv [Preprint]. 2021 Mar 3:arXiv:ID."),
# the title, the names with their affiliation numbers ("Lee AB(1), Roe C(2)."), then "Author
# information:", the abstract, "DOI:" and "PMID: N" lines. Read paragraph by paragraph the
# source had no title and the title no names. On a page where PUBMED_RECORDS records or more
# each close with a "PMID:" line, each record is written as one numbered entry of its fields in
# Vancouver's order, a line each ("1. Lee AB, Roe C." / "Title." / "Venue. 2021
# Mar;12(3):1-9."; a line each so that a title ending in a question mark still ends there),
# the rest of the record (the affiliations, the abstract, its identifiers) left out; a record
# whose third paragraph is no list of names prints none (PubMed lists papers of no named author
# so).
PUBMED_RECORDS = 2  # one "PMID:" could be a reference quoted in a message
_PMID_LINE = re.compile(r"^PMID:[ \t]*\d+", re.MULTILINE)
_NLM_SOURCE = re.compile(r"^(\d{1,4})\.[ \t]+(\S.*?\.[ \t](?:19|20)\d\d(?:[ \t][A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?"
                         r"(?:[ \t]\d{1,2})?)?[;:].*)$", re.DOTALL)
_NLM_SOURCE_TAIL = re.compile(r"\s+(?:doi:|Epub\b|eCollection\b|Print\b).*$", re.DOTALL)
_NLM_AFFILIATION_MARK = re.compile(r"\(\d{1,3}(?:,\s?\d{1,3})*\)")
_NLM_PERSON = re.compile(r"[^\W\d_][\w'\u2019\- ]*[ \t][A-Z]{1,4}|[^\W\d_][\w'\u2019\-]*(?:[ \t][^\W\d_][\w'\u2019\-]*){1,6}")
_RECORD_LABEL = re.compile(r"^(?:Author information|Collaborators|Erratum in|Comment in|Comment on|Update of|"
                           r"Conflict of interest|Copyright|DOI|PMID|PMCID)\b", re.IGNORECASE)


def _nlm_names(paragraph: str) -> str | None:
    """The names of a PubMed record's names paragraph, its affiliation numbers taken off
    ("Lee AB(1), Roe C(2)." -> "Lee AB, Roe C"), or None when it is no list of names."""
    text = " ".join(_NLM_AFFILIATION_MARK.sub("", paragraph).split()).rstrip(".")
    if not text or _RECORD_LABEL.match(text):
        return None
    people = [p.strip() for p in text.split(",")]
    return ", ".join(people) if all(p and _NLM_PERSON.fullmatch(p) for p in people) else None


def pubmed_records(body: str) -> str:
    """``body`` with each PubMed record written as its Vancouver line (see above)."""
    if "PMID:" not in body or len(_PMID_LINE.findall(body)) < PUBMED_RECORDS:
        return body
    paragraphs = re.split(r"\n[ \t]*\n", body.strip("\n"))
    starts = [i for i, p in enumerate(paragraphs) if _NLM_SOURCE.match(p.strip())]
    if len(starts) < PUBMED_RECORDS:
        return body
    out = paragraphs[:starts[0]]
    for k, at in enumerate(starts):
        record = paragraphs[at:starts[k + 1] if k + 1 < len(starts) else len(paragraphs)]
        if not any(_PMID_LINE.search(p) for p in record) or len(record) < 2:
            out += record
            continue
        m = _NLM_SOURCE.match(record[0].strip())
        source = _NLM_SOURCE_TAIL.sub("", " ".join(m.group(2).split())).rstrip(".")
        title = " ".join(record[1].split())
        names = _nlm_names(record[2]) if len(record) > 2 else None
        fields = ([f"{names}."] if names else []) + [title if title.endswith((".", "?", "!")) else f"{title}.",
                                                     f"{source}."]
        out.append(f"{m.group(1)}. " + "  \n".join(fields))  # (a hard break after each field: its own line)
        last = record[-1]  # text after the record's last identifiers (a page's foot) stays
        tail = last[_PMID_LINE.search(last).end():].split("\n", 1) if _PMID_LINE.search(last) else []
        if len(tail) == 2 and tail[1].strip():
            out.append(tail[1])
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------- Typst links

# Typst (a typesetting language whose sources CVs are written in) calls its link function as
# '#link("https://arxiv.org/abs/0704.0001")[arXiv:0704.0001]': the text in brackets is what
# the page shows. No other syntax writes "#link(" so; each call is the Markdown link that
# prints the same (a call with no text shows its address).
_TYPST_LINK = re.compile(r'#link\(\s*"([^"\s]+)"\s*\)(?:\[([^\[\]\n]*)\])?')


def typst_links(body: str) -> str:
    """``body`` with each Typst link call written as a Markdown link (see above)."""
    if "#link(" not in body:
        return body
    return _TYPST_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})" if m.group(2) else f"<{m.group(1)}>", body)


# --------------------------------------------------------------------------- ligatures

# A PDF's fonts set "fi", "fl", "ff", "ffi", "ffl" (and the long-s and "st" ones) as single
# glyphs, and text copied out of a viewer keeps them as the Unicode compatibility characters
# U+FB00-FB06 ("classiﬁcation"): no title, name or venue word is spelled with them, and a
# search for the word would miss it. Each is its letters (NFKC's decomposition).
_LIGATURE_CHARS = re.compile("[\ufb00-\ufb06]")


def ligatures_spelled(body: str) -> str:
    """``body`` with each typographic ligature character written as its letters."""
    return _LIGATURE_CHARS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), body)


# --------------------------------------------------------------------------- hard-wrapped text

# Text copied out of a PDF viewer (or a plain-text e-mail) keeps the lines as they were set:
# each paragraph broken greedily at the text's width, no blank line between paragraphs, and
# the hanging indent that marked an entry's first line lost. Greedy wrapping leaves a trace:
# a line ends early only where its paragraph ends, since the next line's first word would
# have fitted on it otherwise. So in a block of WRAP_MIN_LINES flush-left lines or more whose
# width (its longest line with a space in it) is WRAP_MIN_WIDTH or more, a line that could
# have taken the next line's first word (and does not end in a hyphen) ends a paragraph: a
# blank line goes after it. A block is wrapped text only when WRAP_MIN_FULL of its long lines
# (half the width or more) are full and no more than WRAP_FIT_SHARE of them could have taken
# the next word; else (one field a line, a table, a list of lines set by hand) it is left as
# it is; so is a block whose entries are marked, or whose lines are labelled fields (below).
WRAP_MIN_LINES = 6  # fewer lines: a paragraph or two, nothing to part
WRAP_MIN_WIDTH = 50  # a narrower "width" is a column of short lines (a form, an address), not a wrap
WRAP_FIT_SHARE = 0.5  # paragraph ends among a wrapped block's long lines: entries of two lines or more
WRAP_MIN_FULL = 3  # full lines (that could not take the next word) a wrap shows at least
# A paragraph whose last line happens to be full leaves no such trace. When WRAP_START_SHARE of
# the paragraphs of two lines or more found open with a surname and initials ("Lee, A. B.", as a reference list in
# author order does), a line ending in a full stop before a line that opens so ends one too.
WRAP_START_SHARE = 0.8
# A block whose lines open with list marks ("12.", "[3]", "(4)", "- ", "•") twice or more is
# parted by its marks (the page reader's items), not by the wrap.
# A line opened by a label ("Title:", "Autor(inn)en:", "Zeitschrift / Tagungsband:": a
# capital and a few words with no digit before a colon) is a field of a record; when half the
# block's lines are so, it is records of fields (a wrapped title may hold a colon or two).
_FIELD_LABEL = re.compile(r"^[^\W\d_](?<=[^\W\d_])(?<![a-z\u00df-\u00ff])[^\d:\n]{0,30}?(?<=\S):[ \t]")
_ITEM_MARK = re.compile(r"^(?:\d{1,3}[.)]|\[[A-Za-z]{0,3}\d{1,3}\]|\(\d{1,3}\)|[-*+\u2022\u25aa\u25e6\u2013\u2014])\s")
_NAME_START = re.compile(r"^(?:[a-z]{1,3} )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?, (?:[A-Z]\.[ -]?)+")


def _wrap_ends(lines: list[str]) -> list[int] | None:
    """The indices of the lines that end a paragraph in a hard-wrapped block, None when the
    block is not one (see above)."""
    if len(lines) < WRAP_MIN_LINES or any(ln[:1].isspace() for ln in lines):
        return None
    if sum(bool(_ITEM_MARK.match(ln)) for ln in lines) >= 2:
        return None  # (its entries are parted by their numbers or bullets already)
    if sum(bool(_FIELD_LABEL.match(ln)) for ln in lines) * 2 >= len(lines):
        return None  # (records of labelled fields, "Title:   ...", a line each)
    width = max((len(ln.rstrip()) for ln in lines if " " in ln.strip()), default=0)
    if width < WRAP_MIN_WIDTH:
        return None
    fits = [not lines[i].rstrip().endswith("-") and len(lines[i].rstrip()) + 1 + len(lines[i + 1].split()[0]) <= width
            for i in range(len(lines) - 1)]
    ends = [i for i, fit in enumerate(fits) if fit]
    # (judged on the long lines, half the width or more: a heading or a page number is short
    # and ends its paragraph in any text)
    long = [fit for i, fit in enumerate(fits) if len(lines[i].rstrip()) * 2 >= width]
    if not ends or len(long) - sum(long) < WRAP_MIN_FULL or sum(long) > WRAP_FIT_SHARE * len(long):
        return None
    # (the paragraphs of two lines or more: a heading or a page number is a line alone)
    starts = [j for j, k in zip([0] + [i + 1 for i in ends], ends + [len(lines) - 1]) if k > j]
    if sum(bool(_NAME_START.match(lines[j])) for j in starts) >= WRAP_START_SHARE * len(starts):
        ends = sorted(set(ends) | {i for i in range(len(lines) - 1)
                                   if lines[i].rstrip().endswith(".") and _NAME_START.match(lines[i + 1])})
    return ends


def wrapped_paragraphs(body: str) -> str:
    """``body`` with a blank line after each line that ends a paragraph of a hard-wrapped
    block (see above)."""
    if "\n" not in body:
        return body
    out: list[str] = []
    block: list[str] = []

    def flush():
        ends = _wrap_ends(block)
        for i, ln in enumerate(block):
            out.append(ln)
            if ends and i in ends:
                out.append("")
        block.clear()

    for ln in body.split("\n"):
        if ln.strip():
            block.append(ln)
        else:
            flush()
            out.append(ln)
    flush()
    return "\n".join(out)


def text_dialects(body: str) -> str:
    """``body`` with every dialect above but the margin labels written as the page reader
    reads it (the labels go after markdown_page.right_year_column has moved the years)."""
    body = line_ends(body)
    body = org_markup(wrapped_paragraphs(pubmed_records(ligatures_spelled(month_year_dates(body)))))
    body = asciidoc_markup(typst_links(body))
    return tab_tables(multiline_cell_rows(console_tables(latex_source(rst_markup(email_unquoted(body))))))
