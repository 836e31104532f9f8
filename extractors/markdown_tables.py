"""Markdown pipe tables that list publications, read through markdown-it-py's table tokens
(and HTML tables written into a markdown file, read by their rows and cells).

A table is found by its delimiter row ("|---|:---:|") under a header row, the way GitHub
flavoured markdown defines it, and parsed by markdown-it-py (its ``table`` rule), so that
escaped pipes, inline code and links inside cells are the parser's business, not a regex's.
The header row names the columns; each body row becomes an entry block (:func:`row_block`),
read from the page's syntax tree by ``markdown_blocks.walk_table`` (and by the line reader,
:func:`markdown_page.entry_blocks`, which the HTML reader uses on its rendered text):

- a column whose header names a field (Title, Authors, Venue, Year) gives that field's line:
  the title in bold, the names, the venue in italics with the year after it;
- a column that holds a whole citation ("Publication", "Reference", "Paper" with no authors
  column) is the entry's text, a year column its year;
- with no header word known, the cells are the entry's lines, in order.

Columns of links or notes ("Links", "PDF", "#") are kept as a line of their own, where the
reader takes links for the entry's URL.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark").enable("table")

_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_YEAR = re.compile(r"\*{0,2}((?:19|20)\d\d)[a-z]?\*{0,2}")
_LINK_CELL = re.compile(r"://|\bdoi\b|\barXiv:", re.IGNORECASE)  # a URL, a DOI, an arXiv identifier
_LABEL = re.compile(r"[\[(]?[A-Z]{0,2}\d{1,3}[.)\]]?|#")  # three digits at most: "2021" is a year

# Header words of each column role, matched as whole words, case aside.
_ROLES = (
    ("authors", re.compile(r"\b(?:authors?|names?|co-?authors?|with)\b", re.I)),
    ("year", re.compile(r"\b(?:year|date|when)\b", re.I)),
    ("venue", re.compile(r"\b(?:venue|journal|conference|published(?: in)?|where|source|proceedings|outlet)\b", re.I)),
    ("title", re.compile(r"\btitle\b", re.I)),
    ("citation", re.compile(r"\b(?:publications?|citations?|references?|entry|details|papers?|articles?|works?)\b",
                            re.I)),
)


def pipe_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """``header`` and ``rows`` written as a GFM pipe table's lines, a "|" inside a cell
    escaped: how the dialects that are tables in another dress (a console's query output,
    spreadsheet cells, MyST / reST list tables) are handed to this module's reader."""
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [line(header), "|" + "---|" * len(header)] + [line(r) for r in rows]


def _role(header: str) -> str | None:
    return next((role for role, words in _ROLES if words.search(header)), None)


def _cells(tokens: list, start: int) -> tuple[list[str], int]:
    """The raw markdown of one row's cells, from the ``tr_open`` at ``start``; and where the
    row ends."""
    cells, i = [], start + 1
    while tokens[i].type != "tr_close":
        if tokens[i].type == "inline":
            cells.append(tokens[i].content.strip())
        i += 1
    return cells, i


def parse_table(text: str) -> tuple[list[str], list[list[str]]] | None:
    """(header cells, body rows) of the first table in ``text``, or None when markdown-it
    reads none there."""
    tokens = _PARSER.parse(text)
    header: list[str] | None = None
    rows: list[list[str]] = []
    in_head = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "thead_open":
            in_head = True
        elif t.type == "thead_close":
            in_head = False
        elif t.type == "tr_open":
            cells, i = _cells(tokens, i)
            if in_head:
                header = cells
            else:
                rows.append(cells)
        elif t.type == "table_close":
            break
        i += 1
    return (header, rows) if header is not None else None


def _emphasised(text: str, mark: str) -> str:
    """``text`` wrapped in ``mark`` unless it is already emphasised as a whole."""
    return text if re.fullmatch(r"([*_]{1,3}).+\1", text) else f"{mark}{text}{mark}"


# A cell of names printed as a data frame prints a list: wrapped whole in brackets, the names
# quoted at times ("[Ann Lee, Bo Chen]" pandas, "['Ann Lee', 'Bo Chen']" Python's repr,
# 'c("Ann Lee", "Bo Chen")' R's). The names are what the brackets hold.
_LIST_CELL = re.compile(r"^\s*(?:\[(?!\[)(?P<a>[^\[\]]*)\](?!\()|c\((?P<b>[^()]*)\))\s*$")


def list_cell(cell: str) -> str:
    """A names cell printed as a list (see _LIST_CELL) as a plain list of names, "Ann Lee, Bo
    Chen"; any other cell as it is."""
    m = _LIST_CELL.match(cell)
    if not m:
        return cell
    items = [x.strip() for x in re.split(r",(?=(?:[^'\"]*['\"][^'\"]*['\"])*[^'\"]*$)", m.group("a") or m.group("b") or "")]
    items = [x[1:-1] if len(x) >= 2 and x[0] == x[-1] and x[0] in "'\"" else x for x in items]
    return ", ".join(x for x in items if x)


def row_block(header: list[str], row: list[str]) -> list[str]:
    """One table row as the lines of an entry block: a year line first when the row has a
    year (the year of the block below it, as under a year heading), then the entry's lines
    with hard breaks between them."""
    roles = [_role(h) for h in header]
    if "title" not in roles and "authors" in roles and "citation" in roles:
        roles = ["title" if r == "citation" else r for r in roles]  # "Paper" beside "Authors": the title
    by_role: dict[str, str] = {}
    others: list[str] = []
    for role, cell in zip(roles, row):
        if not cell:
            continue
        if role and role not in by_role:
            by_role[role] = cell
        else:
            others.append(cell)
    others = [c for c in others if not _LABEL.fullmatch(c)]  # "1.", "[12]", "(3)": a number, no field
    if "venue" in roles and "title" in roles:
        # the header says where the title and the venue are: a cell of a column of no field
        # ("kind": "journal", "Pages", "Notes") stood in for the venue when the venue's cell
        # was empty (a venue "journal"); only a link or an identifier in it is kept
        others = [c for c in others if _LINK_CELL.search(c) or _YEAR.fullmatch(c)]
    if "authors" in by_role:
        by_role["authors"] = list_cell(by_role["authors"])
    year = _YEAR.fullmatch(by_role.pop("year", "").strip())
    if not year:  # a cell holding a year alone, whatever its header
        year = next((m for m in (_YEAR.fullmatch(c) for c in others) if m), None)
        others = [c for c in others if not _YEAR.fullmatch(c)]
    lines: list[str] = []
    if "title" in by_role:
        lines.append(_emphasised(by_role["title"], "**"))
        if "authors" in by_role:
            lines.append(by_role["authors"])
        if "venue" in by_role:
            lines.append(_emphasised(by_role["venue"], "*") + (f", {year.group(1)}" if year else ""))
        lines += [by_role[r] for r in ("citation",) if r in by_role]
    else:
        lines += [by_role[r] for r in ("citation", "authors", "venue") if r in by_role]
    lines += others
    if not lines:
        return []
    out = ["", year.group(1), ""] if year else [""]
    return out + [ln + "  " for ln in lines[:-1]] + [lines[-1], ""]


_HTML_TABLE_START = re.compile(r"^\s*<table\b", re.I)
_HTML_TABLE_END = re.compile(r"</table>\s*$", re.I)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.I | re.S)
_HTML_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]>", re.I | re.S)


def _html_table_blocks(table: str) -> list[str]:
    """An HTML table written into a markdown file, read the same way: a first row of <th>
    cells is the header; every other row an entry block."""
    header: list[str] | None = None
    out: list[str] = []
    for row in _HTML_ROW.findall(table):
        cells = _HTML_CELL.findall(row)
        texts = [re.sub(r"\s+", " ", c).strip() for _, c in cells]
        if header is None and cells and all(kind.lower() == "h" for kind, _ in cells):
            header = texts
            continue
        out += row_block(header or [""] * len(texts), texts)
    return out


def tables_as_blocks(lines: list[str]) -> list[str]:
    """``lines`` with every pipe table replaced by its rows as entry blocks (:func:`row_block`);
    a table that markdown-it does not read as one stays as it was."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _HTML_TABLE_START.match(lines[i]):
            end = i
            while end < len(lines) and not _HTML_TABLE_END.search(lines[end]):
                end += 1
            blocks = _html_table_blocks("\n".join(lines[i:end + 1]))
            if blocks:
                out += blocks
                i = end + 1
                continue
        if i + 1 < len(lines) and "|" in lines[i] and _DELIMITER.match(lines[i + 1]) and "-" in lines[i + 1]:
            end = i + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            table = parse_table("\n".join(lines[i:end]))
            if table is not None:
                header, rows = table
                for row in rows:
                    out += row_block(header, row)
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out


# --------------------------------------------------------------------------- pandoc's grid and multiline tables

# A grid table's rules: "+----+-----+" between rows, "+====+=====+" under the header row; its
# lines of cells "| .. | .. |", a cell's text wrapped over as many lines as the row takes. A
# multiline table's rules: dashes, one run per column ("------ ------------"), above and below
# the rows, a blank line between rows, each cell's text wrapped within its column (a header's
# lines, when there is one, between a whole-width rule and the column rule).
_GRID_RULE = re.compile(r"^[ \t]{0,3}\+(?:[-=:]+\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]{0,3}\|.*\|[ \t]*$")
_DASH_RULE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*$")
GRID_TABLE_ROWS = 1  # a body row at least: a rule alone, or a header alone, is no table of entries
MULTILINE_TABLE_LINES = 400  # the most lines between a multiline table's rules (a table, not a page)


def _grid_table(lines: list[str], i: int) -> tuple[list[str] | None, list[list[str]], int] | None:
    """(header cells or None, body rows, the line after the table) of the grid table whose
    first rule is ``lines[i]``, or None when the lines there are no grid table."""
    bounds = [k for k, c in enumerate(lines[i].rstrip()) if c == "+"]
    header, rows, cell_lines = None, [], []
    k = i + 1
    while k < len(lines) and (_GRID_RULE.match(lines[k]) or _GRID_ROW.match(lines[k])):
        line = lines[k].rstrip()
        if _GRID_RULE.match(line):
            if [n for n, c in enumerate(line) if c == "+"] != bounds:
                return None  # a rule of other columns (merged cells): not read
            cells = [" ".join(" ".join(part).split()) for part in zip(*cell_lines)] if cell_lines else []
            if "=" in line and header is None and not rows:
                header = cells
            elif cells:
                rows.append(cells)
            cell_lines = []
        else:
            if len(line) < bounds[-1] + 1 or any(line[b] != "|" for b in bounds):
                return None  # a cell spanning columns: not read
            cell_lines.append([line[a + 1:b].strip() for a, b in zip(bounds, bounds[1:])])
        k += 1
    if cell_lines or len(rows) < GRID_TABLE_ROWS:
        return None
    return header, rows, k


def _multiline_table(lines: list[str], i: int) -> tuple[list[str] | None, list[list[str]], int] | None:
    """(header cells or None, body rows, the line after the table) of the multiline table whose
    first rule is ``lines[i]``, or None when the lines there are no multiline table."""
    k, header_lines = i, []
    if len(re.findall(r"-+", lines[i])) == 1:  # a whole-width rule: the header's lines, then the column rule
        k = i + 1
        while k < len(lines) and lines[k].strip() and not _DASH_RULE.match(lines[k]) and k - i <= 3:
            header_lines.append(lines[k])
            k += 1
        if k >= len(lines) or not header_lines or not _DASH_RULE.match(lines[k]):
            return None
    starts = [m.start() for m in re.finditer(r"-+", lines[k])]
    if len(starts) < 2:
        return None
    end = next((n for n in range(k + 1, min(len(lines), k + MULTILINE_TABLE_LINES)) if _DASH_RULE.match(lines[n])), None)
    if end is None or not lines[end - 1].strip() and not header_lines:
        return None

    def cut(line: str) -> list[str]:
        return [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line) + 1])]

    def joined(group: list[str]) -> list[str]:
        return [" ".join(" ".join(part).split()) for part in zip(*(cut(ln) for ln in group))]

    rows, group = [], []
    for line in lines[k + 1:end] + [""]:
        if line.strip():
            group.append(line)
        elif group:
            rows.append(joined(group))
            group = []
    if len(rows) < GRID_TABLE_ROWS or any(len(r) != len(starts) for r in rows):
        return None
    return (joined(header_lines) if header_lines else None), rows, end + 1


def _columns_apart(rule: str, lines: list[str]) -> list[tuple[int, int]] | None:
    """The (start, end) of each dash run of a simple table's ``rule`` when every one of
    ``lines`` leaves the gaps between the runs blank (the columns stand apart), else None."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    if len(spans) < 2:
        return None
    for line in lines:
        for (_, end), (start, _) in zip(spans, spans[1:]):
            if line[end:start].strip():
                return None
    return spans


def _simple_table(lines: list[str], i: int) -> tuple[list[str] | None, list[list[str]], int] | None:
    """(header cells or None, body rows, the line after the table) of the pandoc simple table at
    ``lines[i]``: a header line over a rule of dash runs (one per column, spaces between),
    then one row a line up to a blank line; or, headerless, a rule, the rows, the same rule.
    None when the lines there are no simple table (its columns' gaps not blank in every line)."""
    if _DASH_RULE.match(lines[i]):  # headerless: rule, rows, rule
        end = i + 1
        while end < len(lines) and lines[end].strip() and not _DASH_RULE.match(lines[end]):
            end += 1
        if end >= len(lines) or lines[end].rstrip() != lines[i].rstrip() or end - i - 1 < GRID_TABLE_ROWS:
            return None
        header_line, rule, body, after = None, lines[i], lines[i + 1:end], end + 1
    else:
        if i + 1 >= len(lines) or not _DASH_RULE.match(lines[i + 1]):
            return None
        end = i + 2
        while end < len(lines) and lines[end].strip() and not _DASH_RULE.match(lines[end]):
            end += 1
        header_line, rule, body, after = lines[i], lines[i + 1], lines[i + 2:end], end
        if end < len(lines) and _DASH_RULE.match(lines[end]):
            after = end + 1  # a closing rule (pandoc allows one)
    if len(body) < GRID_TABLE_ROWS:
        return None
    spans = _columns_apart(rule, body + ([header_line] if header_line else []))
    if spans is None:
        return None
    starts = [a for a, _ in spans]

    def cut(line: str) -> list[str]:
        return [line[a:b].strip() for a, b in zip(starts, starts[1:] + [max(len(line), starts[-1]) + 1])]

    return (cut(header_line) if header_line else None), [cut(ln) for ln in body], after


def pandoc_tables(text: str) -> str:
    """``text`` with each pandoc grid table, multiline table and simple table (what ``pandoc -t
    markdown`` writes for a word processor's tables, the cells' text wrapped; what
    ``knitr::kable(format = "simple")`` prints) written as a pipe table (:func:`pipe_table`:
    the cells' lines joined, a headerless table given an empty header), so the table reader
    reads its rows by its header, or by their cells when it has none."""
    if "+-" not in text and "---" not in text:
        return text
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        after_blank = not out or not out[-1].strip()
        got = (_grid_table(lines, i) if _GRID_RULE.match(lines[i])
               else (_multiline_table(lines, i) or _simple_table(lines, i))
               if _DASH_RULE.match(lines[i]) and after_blank
               else _simple_table(lines, i) if after_blank and lines[i].strip() and i + 1 < len(lines)
               and _DASH_RULE.match(lines[i + 1]) and not _DASH_RULE.match(lines[i])
               else None)
        if got is None:
            out.append(lines[i])
            i += 1
            continue
        header, rows, i = got
        out += pipe_table(header or [""] * len(rows[0]), rows) + [""]
    return "\n".join(_without_captions(out))


# A pandoc table's caption: a paragraph opened by "Table:" right before or after the table
# (a blank line between); it names the table, it is no entry.
_CAPTION = re.compile(r"^[ \t]{0,3}[Tt]able:[ \t]+\S")


def _table_at(lines: list[str], k: int) -> bool:
    """Whether a pipe table starts at ``lines[k]`` (a row over a delimiter row), or ends there."""
    if not 0 <= k < len(lines) or "|" not in lines[k]:
        return False
    return (k + 1 < len(lines) and bool(_DELIMITER.match(lines[k + 1])) and "-" in lines[k + 1]) or (
        k > 0 and "|" in lines[k - 1])


def _without_captions(lines: list[str]) -> list[str]:
    """``lines`` without the tables' captions (see _CAPTION)."""
    out = []
    for k, line in enumerate(lines):
        if _CAPTION.match(line):
            after = next((n for n in range(k + 1, len(lines)) if lines[n].strip()), -1)
            before = next((n for n in range(k - 1, -1, -1) if lines[n].strip()), -1)
            if _table_at(lines, after) or _table_at(lines, before):
                continue
        out.append(line)
    return out
