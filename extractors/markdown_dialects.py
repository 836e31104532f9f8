"""The markdown of the tools researchers write pages with besides the static-site generators:
syntax CommonMark does not know, written into CommonMark before the page's syntax tree is
read (as ``markdown_links`` does for reference links and shortcodes).

- MDX (Docusaurus, Nextra): a JSX component per paper, ``<Paper title="..." authors="Ann
  Lee, Bo Chen" venue="..." year={2021} />``, its props on one line or over several, an
  author list as a string or a JSX array (``authors={["Ann Lee", "Bo Chen"]}``). A
  self-closing element whose name is capitalised (JSX's mark of a component, never an HTML
  tag) and whose props name a title and the authors is an entry: its props are written as
  the lines of one ("**Title**  \\nNames  \\n*Venue*, 2021  \\n[PDF](url)"). Any other
  component is left as it is, but for a label component, whose ``text`` prop is what it
  prints (VitePress's ``<Badge type="tip" text="2021" />``): its text.
- Python-Markdown's blocks, as MkDocs Material writes them: content tabs (``=== "Journal
  articles"``) and admonitions (``!!! note "Preprints"``, collapsible ``??? note "..."``),
  whose content is indented four spaces (an indented code block to CommonMark). The
  content is dedented; a quoted label is a heading of a low rank (a tab of talks ends the
  papers, as ``markdown_links`` reads a wrapping shortcode's label).
- Obsidian (and Foam, Logseq): a wikilink prints its alias or its target
  (``[[papers/lee2021|Title]]`` prints "Title", ``[[Ann Lee]]`` "Ann Lee") and is written as
  a link with no URL (a note's path is no web address); ``==text==`` is a highlight
  (``<mark>``); tags at the end of a line (``#paper/journal``) print nothing. A callout
  (``> [!note]- 2021`` over quoted lines; GitHub's ``> [!NOTE]`` alerts alike) is unquoted,
  its title a heading of the lowest rank.
- Footnotes: a note holding a year written into its entry; a remark or a note of links taken out.
- Template calls: a site's template called once per paper, its fields named parameters (Hugo
  shortcodes, Liquid includes), written as the entry's lines as a paper component is.
- List tables (MyST's and reST's ``list-table``): written as pipe tables.
- Logseq: a page's own properties ("title:: Publications", its first lines) its front matter;
  a block whose properties ("authors::", "publication-title::", "date::", as the Zotero import
  writes them) describe a paper written as that entry's lines; hidden properties and macros
  ("collapsed::", "{{query ...}}") taken out.
- R Markdown: an R chunk building a table from literals (``tribble``, ``tibble`` /
  ``data.frame`` of ``c()`` vectors) written as that table.
- arXiv's search results pasted in: each record (identifier line, title, "Authors:",
  "Journal ref:", "Submitted ...") written as labelled lines.
"""

from __future__ import annotations

import html
import re
import textwrap

from .markdown_tables import pipe_table

# --------------------------------------------------------------------------- MDX components

# a self-closing JSX element whose name is capitalised; its props: name="...", name='...',
# name={...} (braces nested one level: a JSX array of strings), or a bare name
_PROP = r"""[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?"""
# (a name with a lower-case letter: JSX's PascalCase, not old HTML's "<IMG ...>" in capitals)
_NAME = r"([A-Z][\w.]*[a-z][\w.]*)"
_COMPONENT = re.compile(r"<" + _NAME + r"((?:\s+" + _PROP + r")*)\s*/>")
_ONE_PROP = re.compile(r"""([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\}))?""")
# the props that hold each field, by the names components give them
_TITLE_PROPS = ("title", "name", "paper")
_AUTHOR_PROPS = ("authors", "author", "authorlist", "people")
_VENUE_PROPS = ("venue", "journal", "booktitle", "conference", "publication", "publisher", "where")
_YEAR_PROPS = ("year", "date", "published")
_LINK_PROPS = ("pdf", "url", "link", "href", "paper_url", "paperurl", "doi", "arxiv", "code", "slides")
_JS_STRING = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`$]*)`)\s*""")
_JS_NUMBER = re.compile(r"\s*(\d{1,4})\s*")
_JS_ARRAY = re.compile(r"\s*\[(.*)\]\s*", re.DOTALL)
# characters a prop's text may hold that markdown would read as markup
_MARKUP = re.compile(r"([\\`*_\[\]<>#|])")


def _js_value(expr: str) -> str | list[str] | None:
    """A JSX expression prop's value when it is a literal: a string, a number, an array of
    strings; None for anything computed."""
    m = _JS_STRING.fullmatch(expr) or _JS_NUMBER.fullmatch(expr)
    if m:
        return next(g for g in m.groups() if g is not None)
    m = _JS_ARRAY.fullmatch(expr)
    if m:
        items = [s.strip() for s in re.findall(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,]+""", m.group(1))]
        values = [_JS_STRING.fullmatch(s) for s in items if s]
        if values and all(values):
            return [next(g for g in v.groups() if g is not None) for v in values]
    return None


def component_props(attrs: str) -> dict[str, str | list[str]]:
    """{prop name (lower case): value} of a JSX element's props: string props with HTML
    entities read (JSX reads them), literal expressions read, computed ones left out."""
    props: dict[str, str | list[str]] = {}
    for m in _ONE_PROP.finditer(attrs):
        name, dq, sq, expr = m.groups()
        if expr is not None:
            value = _js_value(expr)
            if value is None:
                continue
            props[name.lower()] = value
        elif dq is not None or sq is not None:
            props[name.lower()] = html.unescape(dq if dq is not None else sq)
    return props


def _first(props: dict, names: tuple[str, ...]):
    return next((props[n] for n in names if props.get(n)), None)


def _text(value: str) -> str:
    return _MARKUP.sub(r"\\\1", " ".join(value.split()))


def entry_lines(props: dict) -> list[str] | None:
    """The lines of the entry a component's props describe, or None when they name no title
    or no authors (a component that is no paper: an image, a tab, a button)."""
    title, authors = _first(props, _TITLE_PROPS), _first(props, _AUTHOR_PROPS)
    if not isinstance(title, str) or not authors:
        return None
    if isinstance(authors, list):
        # the array's names one per item: commas inside one ("Lee, Ann") part them with ";"
        names = ("; " if any("," in a for a in authors) else ", ").join(" ".join(a.split()) for a in authors)
    else:
        names = authors
    lines = [f"**{_text(title)}**", _text(names)]
    venue, year = _first(props, _VENUE_PROPS), _first(props, _YEAR_PROPS)
    year_text = re.search(r"(?:19|20)\d\d", year).group(0) if isinstance(year, str) and re.search(r"(?:19|20)\d\d", year) else ""
    if isinstance(venue, str):
        lines.append(f"*{_text(venue)}*" + (f", {year_text}" if year_text else ""))
    elif year_text:
        lines.append(year_text)
    links = [f"[{name.upper() if name in ('pdf', 'doi') else name.capitalize()}]({value})"
             for name in _LINK_PROPS if isinstance(value := props.get(name), str) and re.match(r"https?://", value)]
    if links:
        lines.append(" ".join(links))
    return lines


# a component opening alone on its line that wraps a part of the page (its closing tag is on
# the page) and names it: "<TabItem value="talks" label="Talks">", "<Section title="2021">"
_WRAPPER_LINE = re.compile(r"^[ \t]*<" + _NAME + r"((?:\s+" + _PROP + r")*)\s*>[ \t]*$", re.MULTILINE)
_WRAPPER_LABEL_PROPS = ("label", "title", "heading", "name")


def jsx_components(text: str) -> str:
    """``text`` with each paper component written as an entry of its own (a paragraph of
    hard-broken lines, blank lines around it); a wrapping component's label (a Docusaurus
    tab's) written as a heading ranked below the page's own (``#####``), so a tab of talks
    ends the papers as a heading would; other components unchanged."""
    if "<" not in text:
        return text

    def entry(m: re.Match) -> str:
        props = component_props(m.group(2))
        lines = entry_lines(props)
        if lines:
            return "\n\n" + "  \n".join(lines) + "\n\n"
        label = props.get("text")
        # a label component (VitePress's "<Badge type="tip" text="2021" />") prints its text
        return f"({_text(label)})" if isinstance(label, str) and label.strip() else m.group(0)

    def wrapper(m: re.Match) -> str:
        if f"</{m.group(1)}>" not in text:
            return m.group(0)
        label = _first(component_props(m.group(2)), _WRAPPER_LABEL_PROPS)
        return f"\n##### {_text(label)}\n" if isinstance(label, str) and label.strip() else m.group(0)

    if "/>" in text:
        text = _COMPONENT.sub(entry, text)
    return _WRAPPER_LINE.sub(wrapper, text)


# --------------------------------------------------------------------------- MDX data arrays

# "export const publications = [" in an MDX page: the papers kept as data in the page's own
# script, drawn by a component ("<PublicationList items={publications} />")
_EXPORTED_ARRAY = re.compile(r"^[ \t]*export[ \t]+(?:const|let|var)[ \t]+[A-Za-z_$][\w$]*[ \t]*=[ \t]*\[", re.MULTILINE)
_JS_TOKEN = re.compile(r"""\s*(?://[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.|\$(?!\{))*`"""
                       r"""|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*|[\[\]{}:,])""", re.DOTALL)
_JS_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
JS_DATA_CHARS = 500_000  # the most of a page's script read as data (a literal longer is left as it is)


class _NotData(ValueError):
    """The script is no literal data (a call, an operator, a spread): left as it is."""


def _js_tokens(text: str, start: int) -> list[tuple[str, int]]:
    """The literal's tokens from ``start`` (its "[") to its matching "]", with their ends."""
    out, depth, k = [], 0, start
    while k < len(text) and k - start < JS_DATA_CHARS:
        m = _JS_TOKEN.match(text, k)
        if m is None:
            raise _NotData(text[k:k + 20])
        k = m.end()
        tok = m.group(0).strip()
        if tok.startswith(("//", "/*")):
            continue
        out.append((tok, k))
        if tok in "[{":
            depth += 1
        elif tok in "]}":
            depth -= 1
            if depth == 0:
                return out
    raise _NotData("unclosed")


def _js_literal(tokens: list[tuple[str, int]], k: int):
    """(value, next token index) of the literal at ``tokens[k]``: strings, numbers (as text),
    arrays, objects (keys in small letters); a bare name (a variable) is None."""
    tok = tokens[k][0]
    if tok == "[":
        items, k = [], k + 1
        while tokens[k][0] != "]":
            value, k = _js_literal(tokens, k)
            items.append(value)
            if tokens[k][0] == ",":
                k += 1
            elif tokens[k][0] != "]":
                raise _NotData(tokens[k][0])
        return items, k + 1
    if tok == "{":
        fields, k = {}, k + 1
        while tokens[k][0] != "}":
            key = tokens[k][0]
            if key[:1] in "\"'`":
                key = _JS_ESCAPE.sub(r"\1", key[1:-1])
            elif not re.fullmatch(r"[A-Za-z_$][\w$]*|\d+", key):
                raise _NotData(key)
            if tokens[k + 1][0] != ":":
                raise _NotData(tokens[k + 1][0])  # a shorthand or a method: no data
            value, k = _js_literal(tokens, k + 2)
            fields[key.lower()] = value
            if tokens[k][0] == ",":
                k += 1
            elif tokens[k][0] != "}":
                raise _NotData(tokens[k][0])
        return fields, k + 1
    if tok[:1] in "\"'`":
        return _JS_ESCAPE.sub(r"\1", tok[1:-1]), k + 1
    if re.fullmatch(r"-?\d+(?:\.\d+)?", tok):
        return tok, k + 1
    if re.fullmatch(r"[A-Za-z_$][\w$]*", tok):
        return None, k + 1  # true, false, null or a variable: nothing the page prints
    raise _NotData(tok)


def js_data_arrays(text: str) -> str:
    """``text`` with each array of objects an MDX page exports ("export const pubs = [{ title:
    '...', authors: [...], venue: '...', year: 2021 }, ...];") written as its entries, one
    paragraph of hard-broken lines each (``entry_lines``: the objects' fields named as a paper
    component's props are); an array that is no literal data (a call, a spread, an operator)
    or holds no paper is left as it is."""
    if "export" not in text:
        return text
    out, at = [], 0
    for m in _EXPORTED_ARRAY.finditer(text):
        if m.start() < at:
            continue
        try:
            tokens = _js_tokens(text, m.end() - 1)
            value, _ = _js_literal(tokens, 0)
        except (_NotData, IndexError, RecursionError):
            continue
        end = tokens[-1][1]
        tail = re.match(r"[ \t]*;?[ \t]*", text[end:])
        entries = [lines for item in value if isinstance(item, dict)
                   and (lines := entry_lines({k: v for k, v in item.items() if isinstance(v, (str, list))}))]
        if not entries:
            continue
        out += [text[at:m.start()], "\n\n".join("  \n".join(lines) for lines in entries), "\n"]
        at = end + tail.end()
    return "".join(out) + text[at:] if out else text


# --------------------------------------------------------------------------- MkDocs Material blocks

# "=== "Label"" (a content tab; "===!" / "===+" open a new set or select it), "!!! type
# "Title"" or "??? type "Title"" / "???+ ..." (an admonition, collapsible or not), at any
# indentation (blocks nest), their content indented four spaces more
_BLOCK_OPEN = re.compile(r'^([ \t]*)(?:===[!+]?[ \t]+"([^"\n]*)"|(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*'
                         r'(?:[ \t]+"([^"\n]*)")?)[ \t]*$')
_INDENT = 4


def _width(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def material_blocks(text: str) -> str:
    """``text`` with MkDocs Material's tabs and admonitions opened: each block's content
    dedented, its label (a tab's, an admonition's quoted title) a heading ranked below the
    page's own (``#####``, ``######`` for one nested in another); a block with no label
    (``!!! note``) only dedented."""
    if not re.search(r"^[ \t]*(?:===|!!!|\?\?\?)", text, re.MULTILINE):
        return text
    lines = text.split("\n")
    out: list[str] = []
    opened: list[int] = []  # the indentation of each block's content
    for line in lines:
        if line.strip():
            while opened and _width(line) < opened[-1]:
                opened.pop()
        depth = len(opened)
        dedented = line[min(_width(line), opened[-1] if opened else 0):] if line.strip() else ""
        m = _BLOCK_OPEN.match(line)
        if m and _width(line) == (opened[-1] if opened else 0):
            label = (m.group(2) or m.group(3) or "").strip()
            out += ["", "#" * min(6, 5 + depth) + " " + label, ""] if label else [""]
            opened.append(_width(line) + _INDENT)
            continue
        out.append(dedented)
    return "\n".join(out)


# --------------------------------------------------------------------------- Obsidian

# (not "[[PDF]](url)": a markdown link whose text is in brackets, a button)
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\](?!\()")
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=\S)([^=\n]+?)(?<=\S)==(?![=\w])")
# tags at the end of a line ("... *Venue*. #paper/journal #ml"): a "#" after a space, a letter
_END_TAGS = re.compile(r"(?:[ \t]+#[A-Za-z][\w/-]*)+[ \t]*$", re.MULTILINE)


# a callout (Obsidian; GitHub's alerts alike): a blockquote whose first line is "[!type]", maybe
# "+" / "-" (folded open or shut) and a title; its content the quote's further lines
_CALLOUT = re.compile(r"^[ \t]{0,3}>[ \t]?\[![\w-]+\][+-]?[ \t]*([^\n]*)\n?((?:[ \t]{0,3}>[^\n]*(?:\n|$))*)", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)


def callouts(text: str) -> str:
    """``text`` with each callout opened: its title a heading ranked below the page's own
    (``######``: a callout named by a year gives its year, one of talks ends the papers), its
    content unquoted; a callout with no title only unquoted."""
    if "[!" not in text:
        return text

    def opened(m: re.Match) -> str:
        title = m.group(1).strip()
        body = _QUOTE_MARK.sub("", m.group(2))
        return ("\n###### " + title + "\n\n" if title else "\n") + body + "\n"

    return _CALLOUT.sub(opened, text)


def obsidian(text: str) -> str:
    """``text`` with wikilinks written as links with no URL (an embed, ``![[...]]``, prints
    nothing), highlights as ``<mark>``, the tags at the ends of lines taken out, and callouts
    opened (:func:`callouts`)."""
    text = callouts(text)
    if "[[" in text:
        def link(m: re.Match) -> str:
            if m.group(1):
                return ""
            shown = (m.group(3) or m.group(2).split("#")[0].rsplit("/", 1)[-1]).strip()
            return f"[{shown}]()"

        text = _WIKILINK.sub(link, text)
        text = _END_TAGS.sub("", text)
    if "==" in text:
        text = _HIGHLIGHT.sub(r"<mark>\1</mark>", text)
    return text


# --------------------------------------------------------------------------- footnotes

# Footnotes (pandoc, GitHub, Python-Markdown, MyST alike): a reference "[^label]" in the text, its
# definition "[^label]: text" on a line of its own (continued by lines indented four spaces),
# after the entry or at the page's end. CommonMark knows neither: the reference stays as text
# in the entry, the definition is a paragraph of its own, the entry's venue and year apart from it.
_FOOTNOTE_DEF = re.compile(r"^[ ]{0,3}\[\^([^\]\s]+)\]:[ \t]*([^\n]*(?:\n(?:[ ]{4}|\t)[^\n]*)*)\n?", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
# a year in a definition: what a citation's data holds and a remark ("equal contribution") not
_NOTE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A definition of links alone (a DOI, "[Full text](url) · [Data](url)", "PMID: 123") is where the
# entry before its mark is found, no text of the page: no year, no names, no title of its own.
_NOTE_LINKS = re.compile(r"!?\[[^\[\]]*\]\([^()\s]*(?:\s[^()]*)?\)|<[a-z][\w+.-]*:[^<>\s]+>|\bhttps?://\S+"
                         r"|\b(?:doi|pmid|pmcid|arxiv|isbn|issn|url|available(?: from| at)?)\s*:\s*\S+"
                         r"|\b10\.\d{4,9}/\S+", re.IGNORECASE)
_NOTE_SEPARATORS = re.compile(r"[\s|·•,;/().:\-–—]*")


def _links_only(note: str) -> bool:
    return bool(note.strip()) and bool(_NOTE_SEPARATORS.fullmatch(_NOTE_LINKS.sub("", note)))


def footnotes(text: str) -> str:
    """``text`` with each footnote that ends its line and whose definition holds a year
    written in at its reference (the definition is the rest of the entry: "Names. “Title.”[^3]"
    with "[^3]: *Venue* 3, 101 (2021)." reads "Names. “Title.” *Venue* 3, 101 (2021)."), that
    definition taken out; a remark's (a definition with no year, "[^eq]: These authors
    contributed equally.", or of links alone, :data:`_NOTE_LINKS`: where the entry is found)
    taken out with its marks, as no field of the entry and no entry of the page; the mark of
    any other footnote (one not ending its line: a paper cited in a sentence) taken out, its
    definition kept as the page's text."""
    if "[^" not in text:
        return text
    defs = {m.group(1): " ".join(part.strip() for part in m.group(2).split("\n")) for m in _FOOTNOTE_DEF.finditer(text)}
    if not defs:
        return text
    # a remark on the text at its marks, no text of the page: a note with no year ("These authors
    # contributed equally.", "Corresponding author.") or one of links alone (a year in a link is
    # none of the entry's)
    remarks = {label for label, note in defs.items() if not _NOTE_YEAR.search(note) or _links_only(note)}
    inlined: set[str] = set(remarks)
    out = []
    for line in text.split("\n"):
        if _FOOTNOTE_DEF.match(line):
            out.append(line)
            continue

        def written(m: re.Match, line=line) -> str:
            label = m.group(1)
            note = defs.get(label)
            if note is None:
                return m.group(0)
            if label in remarks:
                return ""
            if _NOTE_YEAR.search(note) and not line[m.end():].strip():
                inlined.add(label)
                return " " + note
            return ""

        out.append(_FOOTNOTE_REF.sub(written, line))
    text = "\n".join(out)
    return _FOOTNOTE_DEF.sub(lambda m: "" if m.group(1) in inlined else m.group(0), text)


# --------------------------------------------------------------------------- resume templates

# R Markdown resumes (pagedown's ``html_resume`` as datadrivencv fills it) print each entry as a
# heading of rank three or lower over one-line paragraphs in the template's order: the title;
# the place (for a paper, the venue); the location, "N/A" when there is none; the timeline (a
# year, or a span of years); then the description (for a paper, the names, maybe as a bullet).
# An entry is such a heading whose paragraphs hold a year alone with a paragraph before it and
# one after it (education and talks, with nothing after the timeline, are left as they are).
_RESUME_BLOCK = re.compile(r"^#{3,6}[ \t]+([^\n#][^\n]*)\n((?:[ \t]*\n|(?!#|:::|```|---|===)(?![^\n]+\n[ \t]*(?:=+|-+)[ \t]*\n)[^\n]+\n)+)",
                           re.MULTILINE)
_TIMELINE = re.compile(r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|[Pp]resent|[Nn]ow))?")
# what the template prints for an empty field
_PLACEHOLDERS = frozenset({"N/A", "NA", "n/a", "-", "—"})
_TRAILING_ATTRS = re.compile(r"\s*\{[^{}]*\}\s*$")


def resume_entries(text: str) -> str:
    """``text`` with each resume entry (see above) written as the lines of one: "**Title**",
    the names, then "*Venue*, 2021" (hard breaks between)."""
    if "###" not in text:
        return text

    def written(m: re.Match) -> str:
        paras = [p.strip() for p in re.split(r"\n[ \t]*\n", m.group(2)) if p.strip()]
        if any("\n" in p for p in paras):
            return m.group(0)
        years = [i for i, p in enumerate(paras) if _TIMELINE.fullmatch(p)]
        if len(years) != 1 or not 0 < years[0] < len(paras) - 1:
            return m.group(0)
        at = years[0]
        place = [p for p in paras[:at] if p not in _PLACEHOLDERS]
        after = [re.sub(r"^[-*+][ \t]+", "", p) for p in paras[at + 1:]]
        title = _TRAILING_ATTRS.sub("", m.group(1)).strip()
        lines = [f"**{title}**", *after, (f"*{', '.join(place)}*, " if place else "") + paras[at]]
        return "\n" + "  \n".join(lines) + "\n\n"

    return _RESUME_BLOCK.sub(written, text)


# --------------------------------------------------------------------------- pandoc's writer

# Pandoc's markdown writer prints an en dash as "--" (its reader's "smart" extension reads it back),
# so a page it wrote with a citeproc bibliography (divs of class "csl-entry") prints
# "Rosenzweig--Porter" and "510--536" for the en dashes of the titles and pages. Elsewhere two
# hyphens are left as they are (GitHub prints them as two; metadata copied from TeX holds them).
_CSL_ENTRY = re.compile(r"^[ \t]*:{3,}[ \t]*\{[^{}\n]*\.csl-entry\b", re.MULTILINE)
# A citeproc entry as pandoc's GitHub-markdown writer leaves it (GFM has no fenced divs): an HTML
# ``<div id="ref-key" class="csl-entry">`` alone on its line, the entry's markdown inside (blank
# lines around it, wrapped at 72 columns), ``</div>`` alone on a line; the numeric styles' label
# and text in ``<span class="csl-left-margin">`` / ``<span class="csl-right-inline">``.
_CSL_HTML_OPEN = re.compile(r"""^[ \t]{0,3}<div\b[^<>]*\bclass=["'][^"']*\bcsl-entry\b[^"']*["'][^<>]*>[ \t]*$""")
_HTML_DIV_CLOSE = re.compile(r"^[ \t]{0,3}</div>[ \t]*$")
_CSL_SPAN = re.compile(r"""<span\b[^<>]*\bclass=["']csl-[\w-]+["'][^<>]*>""")
CSL_ENTRY_LINES = 60  # the most lines of one entry's div (an entry, not a page)


def csl_html_divs(text: str) -> str:
    """``text`` with each citeproc entry written as an HTML div (``pandoc --citeproc -t gfm``)
    made one paragraph of one line: its wrapped lines joined (a line the wrap opened with
    "2007\\." or "\\[2\\]" is no new entry), its csl spans taken off with their closing tags;
    a div not closed within ``CSL_ENTRY_LINES`` lines is left as it is."""
    if "csl-entry" not in text:
        return text
    lines = text.split("\n")
    out, k = [], 0
    while k < len(lines):
        if not _CSL_HTML_OPEN.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        end = next((n for n in range(k + 1, min(len(lines), k + CSL_ENTRY_LINES)) if _HTML_DIV_CLOSE.match(lines[n])), None)
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        inner = " ".join(ln.strip() for ln in lines[k + 1:end] if ln.strip())
        spans = len(_CSL_SPAN.findall(inner))
        if spans:
            inner = _CSL_SPAN.sub("", inner).replace("</span>", "", spans)
        out += ["", " ".join(inner.split()), ""]
        k = end + 1
    return "\n".join(out)


_PANDOC_EN_DASH = re.compile(r"(?<=[^\s\-:`])--(?=[^\s\-:`])")


def pandoc_dashes(text: str) -> str:
    """``text`` with "--" between two characters an en dash on a page pandoc's writer made
    with a citeproc bibliography (see above); any other page as it is."""
    if "--" not in text or not _CSL_ENTRY.search(text):
        return text
    return _PANDOC_EN_DASH.sub("–", text)


# --------------------------------------------------------------------------- pandoc's nested divs

# Pandoc nests fenced divs by their fences: a bare ":::" closes the innermost div open, so
# "::: row" / "::: {.col}" / "::: title" ... ":::" ":::" ":::" are three divs one inside the
# other, all fenced with three colons (al-folio's publications through pandoc, Quarto's
# layouts). markdown-it's container rule closes a div at the first closing fence at least as
# long as its opening one, so there a bare ":::" closes every div open at once and what
# followed fell out of its div. The fences are rewritten so that each div's are longer than
# those of the divs inside it (pandoc reads the page the same); fences in code are left alone.
_DIV_FENCE = re.compile(r"^([ \t]*)(:{3,})([ \t]*)(.*?)[ \t]*$")
_CODE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def nested_divs(text: str) -> str:
    """``text`` with its fenced divs' fences lengthened outwards (see above); a page whose divs
    do not nest is returned as it is."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    stack: list[int] = []  # the open divs: their opening lines
    pairs: list[tuple[int, int | None, int]] = []  # (opening line, closing line, depth)
    code = None
    deepest = 0
    for i, line in enumerate(lines):
        m = _CODE_FENCE.match(line)
        if code:
            if m and m.group(1)[0] == code[0] and len(m.group(1)) >= len(code):
                code = None
            continue
        if m:
            code = m.group(1)
            continue
        m = _DIV_FENCE.match(line)
        if not m:
            continue
        params = m.group(4).strip(": \t")
        if params:
            stack.append(i)
            deepest = max(deepest, len(stack))
        elif stack:
            pairs.append((stack.pop(), i, len(stack)))
    if deepest < 2:
        return text
    pairs += [(i, None, depth) for depth, i in enumerate(stack)]  # never closed: pandoc closes them at the end
    for opening, closing, depth in pairs:
        colons = ":" * (3 + deepest - 1 - depth)
        for k in (opening, closing):
            if k is not None:
                m = _DIV_FENCE.match(lines[k])
                lines[k] = m.group(1) + colons + m.group(3) + m.group(4)
    return "\n".join(lines)


# --------------------------------------------------------------------------- template calls

# A site's own template called once per paper with the paper's fields as named parameters:
# Hugo's shortcodes ("{{< pub title="..." authors="Ann Lee, Bo Chen" venue="..." year="2021" >}}",
# "{{% paper ... %}}", one line or a parameter a line) and Jekyll's Liquid includes ("{% include
# pub.html title="..." authors="..." %}"). A parameter's value is a quoted string: Go's
# interpreted ("...", backslash escapes) or raw (`...`) strings, Liquid's "..." or '...'.
_CALL_PARAM = r"""[A-Za-z_][\w-]*[ \t]*=[ \t]*(?:"(?:[^"\\\n]|\\.)*"|`[^`]*`|'[^'\n]*')"""
_ONE_CALL_PARAM = re.compile(r"""([A-Za-z_][\w-]*)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`|'([^'\n]*)')""")
_PARAMS = r"((?:\s+" + _CALL_PARAM + r")+)\s*"
_SHORTCODE_CALL = re.compile(r"\{\{([<%])\s*([\w\-.]+)" + _PARAMS + r"/?\s*[%>]\}\}")
_LIQUID_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative)?\s+[\w\-./]+" + _PARAMS + r"-?%\}")
# a paired call: the opening one, the content, its closing one ("{{< /pub >}}"); tried only for
# the names the page closes (an opening with no closing would scan the rest of the page)
_PAIRED_CALL = r"\{\{([<%])\s*(NAMES)" + _PARAMS + r"[%>]\}\}(.*?)\{\{[<%]\s*/\s*\2\s*[%>]\}\}"
_CLOSING_CALL = re.compile(r"\{\{[<%]\s*/\s*([\w\-.]+)\s*[%>]\}\}")
_GO_ESCAPE = re.compile(r"\\(.)")


def call_params(params: str) -> dict[str, str]:
    """{parameter name (lower case): value} of a shortcode's or an include's named
    parameters, an interpreted string's escapes read, HTML entities read."""
    out = {}
    for m in _ONE_CALL_PARAM.finditer(params):
        name, interpreted, raw, single = m.groups()
        value = _GO_ESCAPE.sub(r"\1", interpreted) if interpreted is not None else (raw if raw is not None else single)
        out[name.lower()] = html.unescape(value)
    return out


def _fields_line(props: dict) -> str | None:
    """"*Venue*, 2021" (or either alone) from a call's venue and year parameters, or None."""
    venue, year = _first(props, _VENUE_PROPS), _first(props, _YEAR_PROPS)
    year_m = re.search(r"(?:19|20)\d\d", year) if isinstance(year, str) else None
    if not isinstance(venue, str) and not year_m:
        return None
    parts = ([f"*{_text(venue)}*"] if isinstance(venue, str) else []) + ([year_m.group(0)] if year_m else [])
    return ", ".join(parts)


def template_calls(text: str) -> str:
    """``text`` with each call of a site's template whose parameters describe a paper written
    as that entry's lines (as :func:`jsx_components` writes a paper component): a call naming
    a title and the authors is the whole entry; a paired call whose parameters name only the
    venue or the year and whose content is one paragraph (the title and the names) is that
    paragraph with "*Venue*, 2021" as its last line. Any other call is left as it is (the
    shortcode reader takes it out, a wrapping one's label a heading)."""
    if "{{" not in text and "{%" not in text:
        return text

    def whole(m: re.Match) -> str:
        lines = entry_lines(call_params(m.group(m.lastindex)))
        return "\n\n" + "  \n".join(lines) + "\n\n" if lines else m.group(0)

    def paired(m: re.Match) -> str:
        props = call_params(m.group(3))
        content = m.group(4).strip()
        if entry_lines(props) is not None or not content or re.search(r"\n[ \t]*\n", content):
            return m.group(0)  # a whole entry (read below), or a part of the page wrapped
        fields = _fields_line(props)
        if fields is None:
            return m.group(0)
        return "\n\n" + re.sub(r"[ \t\\]*$", "", content) + "  \n" + fields + "\n\n"

    if "{{" in text:
        closed = sorted(set(_CLOSING_CALL.findall(text)), key=len, reverse=True)
        if closed:
            names = "|".join(re.escape(n) for n in closed)
            text = re.sub(_PAIRED_CALL.replace("NAMES", names), paired, text, flags=re.DOTALL)
        text = _SHORTCODE_CALL.sub(whole, text)
    if "{%" in text:
        text = _LIQUID_INCLUDE.sub(whole, text)
    return text


# --------------------------------------------------------------------------- list tables

# A list table (reST's and MyST's ``list-table`` directive): a table written as a list of rows,
# each row a bullet whose sub-items are its cells ("* - 2021" / "  - Title" / "  - Ann Lee"),
# its first ``:header-rows:`` rows the header. Markdown reads it as a list of lists (and MyST's
# fence as code or a div), each row's cells apart from their column's name. The directive is
# written as a pipe table (its caption a heading of the lowest rank, as a tab's label is), which
# the table reader reads by its header. Fences: MyST's "```{list-table} Caption" or
# ":::{list-table}", closed by the same fence; reST's ".. list-table:: Caption", its body indented.
_MYST_LIST_TABLE = re.compile(r"^([ \t]*)(`{3,}|:{3,})[ \t]*\{list-table\}[ \t]*([^\n]*)\n(.*?)^\1\2[ \t]*$",
                              re.MULTILINE | re.DOTALL)
_REST_LIST_TABLE = re.compile(r"^([ \t]*)\.\.[ \t]+list-table::[ \t]*([^\n]*)\n((?:\1[ \t]+[^\n]*\n|[ \t]*\n)*)",
                              re.MULTILINE)
_OPTION = re.compile(r"^[ \t]*:([\w-]+):[ \t]*(.*)$")
# (the body dedented: a row's bullet at the left margin opening its first cell, the other cells
# sub-items indented under it)
_ROW = re.compile(r"^[-*+][ \t]+[-*+](?:[ \t]+(.*))?$")
_CELL = re.compile(r"^[ \t]+[-*+](?:[ \t]+(.*))?$")


def _list_table(caption: str, body: str) -> str | None:
    """A pipe table (and its caption as a heading) of a list table's body, or None when the
    body holds no rows of cells."""
    lines = body.split("\n")
    header_rows = 0
    i = 0
    if lines and lines[0].strip() == "---":  # MyST's options as YAML between "---" lines
        end = next((k for k in range(1, len(lines)) if lines[k].strip() == "---"), None)
        if end is not None:
            for ln in lines[1:end]:
                m = re.match(r"\s*header-rows\s*:\s*(\d+)", ln)
                header_rows = int(m.group(1)) if m else header_rows
            i = end + 1
    while i < len(lines) and (_OPTION.match(lines[i]) or not lines[i].strip()):
        m = _OPTION.match(lines[i])
        if m and m.group(1) == "header-rows" and m.group(2).strip().isdigit():
            header_rows = int(m.group(2).strip())
        i += 1
    rows: list[list[str]] = []
    for ln in lines[i:]:
        if not ln.strip():
            continue
        row, cell = _ROW.match(ln), _CELL.match(ln)
        if row:
            rows.append([(row.group(1) or "").strip()])
        elif cell and rows:
            rows[-1].append((cell.group(1) or "").strip())
        elif rows:
            rows[-1][-1] = (rows[-1][-1] + " " + ln.strip()).strip()  # a cell's continuation line
    if not rows or max(len(r) for r in rows) < 2:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    head, rows = (rows[:header_rows], rows[header_rows:]) if header_rows else ([[""] * width], rows)
    table = pipe_table(head[-1], rows)
    return ("\n###### " + caption.strip() + "\n\n" if caption.strip() else "\n") + "\n".join(table) + "\n"


def list_tables(text: str) -> str:
    """``text`` with each list table written as a pipe table (see above); one whose body holds
    no rows of cells left as it is."""
    if "list-table" not in text:
        return text

    def myst(m: re.Match) -> str:
        return _list_table(m.group(3), textwrap.dedent(m.group(4))) or m.group(0)

    def rest(m: re.Match) -> str:
        return (_list_table(m.group(2), textwrap.dedent(m.group(3))) or m.group(0).rstrip("\n")) + "\n"

    return _REST_LIST_TABLE.sub(rest, _MYST_LIST_TABLE.sub(myst, text))


# --------------------------------------------------------------------------- Logseq properties

# Logseq writes a page as blocks ("- " items, children indented by tabs) and a block's fields as
# properties, "key:: value" lines under its first line; its Zotero import gives a paper's
# fields so (Zotero's field names, kebab-cased: "authors::", "publication-title::", "date::",
# "item-type::"); a page's own properties ("title:: Publications") are its first lines, before
# any block. CommonMark reads the properties as the text of the block's paragraph.
_PAGE_PROPERTY = re.compile(r"([A-Za-z][\w-]*)::[ \t]*(.*)")
_BLOCK_WITH_PROPERTIES = re.compile(r"^([ \t]*)[-*][ \t]+([^\n]*)\n((?:\1[ \t]+[A-Za-z][\w-]*::[^\n]*(?:\n|$))+)",
                                    re.MULTILINE)
_BLOCK_PROPERTY = re.compile(r"^[ \t]+([A-Za-z][\w-]*)::[ \t]*([^\n]*)$", re.MULTILINE)
# The property names of Zotero's fields (as Logseq's import writes them) that name a paper's
# venue, and what they are to the paper-component table: Zotero's item fields
# (www.zotero.org/support/kb/item_types_and_fields): publicationTitle, proceedingsTitle,
# bookTitle, repository (a preprint's server), university (a thesis'), conferenceName.
_ZOTERO_VENUES = {"publication-title": "journal", "proceedings-title": "booktitle", "book-title": "booktitle",
                  "repository": "venue", "university": "venue", "conference-name": "conference"}
_BARE_WIKILINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]")


# Logseq's own block properties, hidden on its page ("collapsed:: true", a block's "id:: <uuid>"),
# and its macros, which draw a query's results or an embed, no text of the page ("{{query ...}}",
# "{{embed ((uuid))}}"; docs.logseq.com, "Queries", "Macros"): they print nothing.
_HIDDEN_PROPERTY = re.compile(r"^[ \t]+(?:collapsed|id)::[^\n]*(?:\n|$)", re.MULTILINE)
_MACRO = re.compile(r"\{\{(?:query|embed|renderer|function|namespace|video|youtube|tweet|cloze)\b[^\n]*?\}\}")


def page_properties(text: str) -> str:
    """``text`` with a Logseq page's own properties (its first lines, "title:: Publications",
    before any block) written as YAML front matter, which they are to Logseq; any other text
    unchanged."""
    lines = text.split("\n")
    k = 0
    while k < len(lines) and _PAGE_PROPERTY.fullmatch(lines[k].strip()) and not lines[k].startswith((" ", "\t", "-")):
        k += 1
    if k == 0 or (k < len(lines) and lines[k].strip()):
        return text
    fm = ["---"]
    for line in lines[:k]:
        key, value = _PAGE_PROPERTY.fullmatch(line.strip()).groups()
        fm.append(f"{key}: " + '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "\n".join(fm + ["---"] + lines[k:])


def block_properties(text: str) -> str:
    """``text`` with each block whose properties describe a paper (a title, as the block's
    first line or a "title::" property, and an "authors::" one) written as that entry's lines,
    as a paper component's props are (:func:`entry_lines`); wikilinks print their text. A block
    whose properties name no paper (a query's "collapsed:: true") is left as it is."""
    if "::" not in text:
        return text

    def unlinked(value: str) -> str:
        return _BARE_WIKILINK.sub(lambda w: (w.group(2) or w.group(1)).strip(), value).strip()

    def entry(m: re.Match) -> str:
        props: dict[str, str | list[str]] = {}
        for key, value in _BLOCK_PROPERTY.findall(m.group(3)):
            key = key.lower()
            linked = [(w.group(2) or w.group(1)).strip() for w in _BARE_WIKILINK.finditer(value)]
            if key in _AUTHOR_PROPS and linked and not re.sub(r"[\s,;]", "", _BARE_WIKILINK.sub("", value)):
                props.setdefault(key, linked)  # "[[Lee, Ann]], [[Chen, Bo]]": a page a person, a name each
                continue
            props.setdefault(_ZOTERO_VENUES.get(key, key), unlinked(value))
        first = unlinked(m.group(2))
        if first and "title" not in props:
            props["title"] = first
        lines = entry_lines(props)
        if lines is None:
            return m.group(0)
        indent = m.group(1)
        return f"{indent}- " + ("  \n" + indent + "  ").join(lines) + "\n"

    text = _BLOCK_WITH_PROPERTIES.sub(entry, text)
    return _MACRO.sub("", _HIDDEN_PROPERTY.sub("", text)) if "{{" in text or "collapsed::" in text or "id::" in text \
        else text


# --------------------------------------------------------------------------- R table literals

# An R Markdown page keeps tables as R code: a chunk ("```{r label}") building a data frame
# from literals, by rows with tibble's ``tribble(~title, ~year, "A title", 2021, ...)`` or by
# columns with ``tibble(title = c("A title", ...), year = c(2021, ...))`` / ``data.frame(...)``,
# and printing it (the vitae package's ``detailed_entries``, knitr's ``kable``). Knitted, the
# page prints the table; read as markdown it is code, and the papers in it nothing.
_R_CHUNK = re.compile(r"^([ \t]*)(`{3,})[ \t]*\{r\b[^}\n]*\}[ \t]*\n(.*?)^\1\2[ \t]*$", re.MULTILINE | re.DOTALL)
_R_TOKEN = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(~)|(-?\d+(?:\.\d+)?L?)|"""
                      r"""([A-Za-z_.][\w.:]*)|(#[^\n]*)|(\S))""", re.DOTALL)
_R_ESCAPE = re.compile(r"\\(.)")
_R_TABLE_CALL = re.compile(r"(?<![\w.])(?:(?:tibble|dplyr)::)?(tribble|tibble|data\.frame)\s*\(")
_R_MISSING = frozenset({"NA", "NA_character_", "NULL", "NA_integer_"})


def _r_tokens(code: str) -> list[tuple[str, str]]:
    """(kind, text) of R code's tokens: "str", "num", "name", "~", or a punctuation mark;
    comments left out."""
    out = []
    for m in _R_TOKEN.finditer(code):
        dq, sq, tilde, num, name, comment, mark = m.groups()
        if comment is not None:
            continue
        if dq is not None or sq is not None:
            out.append(("str", _R_ESCAPE.sub(r"\1", dq if dq is not None else sq)))
        elif tilde:
            out.append(("~", "~"))
        elif num is not None:
            out.append(("num", num.rstrip("L")))
        elif name is not None:
            out.append(("name", name))
        elif mark is not None:
            out.append((mark, mark))
    return out


def _r_value(tokens: list[tuple[str, str]]) -> str | None:
    """A cell's literal: a string, a number, NA (an empty cell); None for anything computed."""
    if len(tokens) == 1 and tokens[0][0] in ("str", "num"):
        return " ".join(tokens[0][1].split())
    if len(tokens) == 1 and tokens[0][0] == "name" and tokens[0][1] in _R_MISSING:
        return ""
    return None


def _r_arguments(tokens: list[tuple[str, str]]) -> list[list[tuple[str, str]]] | None:
    """A call's arguments (the tokens after its "(" to its ")"), split at the top-level commas;
    None when the call is not closed."""
    args, current, depth = [], [], 0
    for tok in tokens:
        if tok[0] in "([{":
            depth += 1
        elif tok[0] in ")]}":
            if depth == 0:
                return args + ([current] if current else [])
            depth -= 1
        if tok[0] == "," and depth == 0:
            args.append(current)
            current = []
        else:
            current.append(tok)
    return None


def _r_table(call: str, args: list[list[tuple[str, str]]]) -> tuple[list[str], list[list[str]]] | None:
    """(header, rows) of a table literal, or None when a cell is computed."""
    if call == "tribble":
        header = [a[1][1] for a in args if len(a) == 2 and a[0][0] == "~" and a[1][0] in ("name", "str")]
        cells = [_r_value(a) for a in args[len(header):]]
        if not header or not cells or any(c is None for c in cells) or len(cells) % len(header):
            return None
        return header, [cells[k:k + len(header)] for k in range(0, len(cells), len(header))]
    header, columns = [], []
    for a in args:
        if len(a) < 4 or a[0][0] not in ("name", "str") or a[1][0] != "=" or a[2] != ("name", "c") or a[3][0] != "(":
            return None  # a column that is no vector of literals (stringsAsFactors = FALSE, a computed one)
        inner = _r_arguments(a[4:])
        values = [_r_value(v) for v in inner or []]
        if not values or any(v is None for v in values):
            return None
        header.append(a[0][1])
        columns.append(values)
    if not header or len({len(c) for c in columns}) != 1:
        return None
    return header, [list(row) for row in zip(*columns)]


def r_table_chunks(text: str) -> str:
    """``text`` with each R chunk that builds a table from literals written as that table (a
    pipe table, read by the table reader by its header, as a knitted page prints it); a
    chunk with no such table, or a computed cell, is left as it is (code)."""
    if "{r" not in text:
        return text

    def tables(m: re.Match) -> str:
        code = m.group(3)
        out = []
        for call in _R_TABLE_CALL.finditer(code):
            args = _r_arguments(_r_tokens(code[call.end():]))
            got = _r_table(call.group(1), args) if args else None
            if got:
                out.append("\n".join(pipe_table(*got)))
        return "\n\n".join(out) + "\n" if out else m.group(0)

    return _R_CHUNK.sub(tables, text)


# --------------------------------------------------------------------------- arXiv listings

# A record of arXiv's search results or listing pages pasted in: its identifier line
# ("arXiv:2103.04567 [pdf, other] cs.CL", the subjects after the links), the title, then
# fields a line, "Authors: ...", "Abstract: ... ▽ More", "Submitted 3 March, 2021;
# originally announced March 2021.", "Comments: ...", "Journal ref: Venue 3 (2021) 101-109",
# "DOI: ..." (arxiv.org/search's result items). The identifier line is no title, and the
# abstract and the dates run into the names; the record is written as labelled lines (the
# title, the names, the journal reference as the venue, else the identifier; the submission's
# year), which the label reader reads.
_ARXIV_HEAD = re.compile(r"^(?P<lead>[ \t]*(?:(?:\d{1,3}[.)]|[-*+])[ \t]+)?)arXiv:(?P<id>(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)"
                         r"[ \t]+\[[^\]\n]*\](?:[ \t]+[\w.\-]+)*[ \t]*(?:\\|[ \t]{2,})?$")
_ARXIV_FIELD = re.compile(r"^(?:(Authors|Abstract|Comments|Journal ref|DOI)[ \t]*:|(Submitted)(?=[ \t]+\d))[ \t]*(.*)$",
                          re.I)
_HARD_BREAK = re.compile(r"(?:\\|[ \t]+)$")


def arxiv_listing(text: str) -> str:
    """``text`` with each pasted record of arXiv's results (an identifier line, then the title
    and the record's fields a line) written as labelled lines ("Title:", "Authors:",
    "Journal:" or "Repository:", "Year:"); a record with no "Authors:" line is left as it is."""
    if "arXiv:" not in text:
        return text
    lines = text.split("\n")
    out, k = [], 0
    while k < len(lines):
        head = _ARXIV_HEAD.match(lines[k])
        if not head:
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end].strip() and not _ARXIV_HEAD.match(lines[end]):
            end += 1
        body = [_HARD_BREAK.sub("", ln).strip() for ln in lines[k + 1:end]]
        fields: dict[str, str] = {}
        title: list[str] = []
        current = None
        for ln in body:
            m = _ARXIV_FIELD.match(ln)
            if m:
                current = (m.group(1) or m.group(2)).lower()
                fields.setdefault(current, m.group(3))
            elif current is None:
                title.append(ln)
            elif current in fields:
                fields[current] += " " + ln
        year = re.search(r"(?:19|20)\d\d", fields.get("submitted", ""))
        if not title or not fields.get("authors"):
            out += lines[k:end]
            k = end
            continue
        pad = " " * len(head.group("lead"))
        record = [f"Title: {' '.join(title).strip()}", f"Authors: {fields['authors']}",
                  (f"Journal: {fields['journal ref']}" if fields.get("journal ref")
                   else f"Repository: arXiv:{head.group('id')}")]
        if year:
            record.append(f"Year: {year.group(0)}")
        out += [head.group("lead") + record[0] + "  "] + [pad + r + "  " for r in record[1:-1]] + [pad + record[-1]]
        k = end
    return "\n".join(out)


# --------------------------------------------------------------------------- a profile's cards pasted in

_CARD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_CARD_BULLET = re.compile(r"^\s{0,3}[-*+]\s+")
_CARD_WRAPPED = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1$")
_CARD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_CARD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_CARD_HARD_BREAK = re.compile(r"(?:\s{2,}|\\)$")


def card_lines(body: str) -> list[str]:
    """A markdown page's lines as text, for the card reader of a profile's works pasted into it
    (``profile_page.ProfilePageExtractor.read_cards``): heading marks, list bullets, a line's
    whole emphasis ("**Title**"), links (their text kept), hard breaks and backslash escapes
    taken off; the blank lines (the cards' bounds) kept. Numbered items keep their numbers (a
    numbered list is a list of entries, not cards)."""
    out = []
    for ln in body.split("\n"):
        text = _CARD_HARD_BREAK.sub("", ln.rstrip("\r")).strip()
        text = _CARD_BULLET.sub("", _CARD_HEADING.sub("", text))
        if "](" in text:
            text = _CARD_LINK.sub(r"\1", text)
        while (m := _CARD_WRAPPED.match(text)) is not None:
            text = m.group(2)
        out.append(_CARD_ESCAPE.sub(r"\1", text) if "\\" in text else text)
    return out
