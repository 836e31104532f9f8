"""The markdown of the tools researchers write pages with besides the static-site generators:
syntax CommonMark does not know, written into CommonMark before the page's syntax tree is
read (as ``markdown_links`` does for reference links and shortcodes).

- MDX (Docusaurus, Nextra): a JSX component per paper, ``<Paper title="..." authors="Ann
  Lee, Bo Chen" venue="..." year={2021} />``, its props on one line or over several, an
  author list as a string or a JSX array (``authors={["Ann Lee", "Bo Chen"]}``). A
  self-closing element whose name is capitalised (JSX's mark of a component, never an HTML
  tag) and whose props name a title and the authors is an entry: its props are written as
  the lines of one ("**Title**  \\nNames  \\n*Venue*, 2021  \\n[PDF](url)"). Any other
  component is left as it is.
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
"""

from __future__ import annotations

import html
import re

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
        lines = entry_lines(component_props(m.group(2)))
        return "\n\n" + "  \n".join(lines) + "\n\n" if lines else m.group(0)

    def wrapper(m: re.Match) -> str:
        if f"</{m.group(1)}>" not in text:
            return m.group(0)
        label = _first(component_props(m.group(2)), _WRAPPER_LABEL_PROPS)
        return f"\n##### {_text(label)}\n" if isinstance(label, str) and label.strip() else m.group(0)

    if "/>" in text:
        text = _COMPONENT.sub(entry, text)
    return _WRAPPER_LINE.sub(wrapper, text)


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


def footnotes(text: str) -> str:
    """``text`` with each footnote that ends its line and whose definition holds a year
    written in at its reference (the definition is the rest of the entry: "Names. “Title.”[^3]"
    with "[^3]: *Venue* 3, 101 (2021)." reads "Names. “Title.” *Venue* 3, 101 (2021)."), that
    definition taken out; the reference mark of any other footnote (a remark after a name,
    "Ann Lee[^eq]") taken out, its definition kept as the page's text."""
    if "[^" not in text:
        return text
    defs = {m.group(1): " ".join(part.strip() for part in m.group(2).split("\n")) for m in _FOOTNOTE_DEF.finditer(text)}
    if not defs:
        return text
    inlined: set[str] = set()
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
