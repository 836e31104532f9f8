"""Markdown that points elsewhere: reference-style links and site generators' shortcodes.

A page may write a link as ``[Title][p3]`` (or ``[Title][]``, ``[Title]``) and list the
targets apart, ``[p3]: https://...``, anywhere in the file. markdown-it-py reads those
definitions the way CommonMark defines them (labels matched case aside, titles and angle
brackets allowed); here each reference becomes an inline link, ``[Title](https://...)``,
and the definition lines are removed, so the entry reader sees a link where the page shows
one and no stray line of URLs.

Hugo's shortcodes (``{{< icon name="pdf" >}}``, ``{{% cite "x" %}}``) and Liquid tags
(``{% include x.html %}``) are the generator's instructions, never a field's text: they
print nothing. One kind says where a part of the page begins: a shortcode that wraps
content (its closing ``{{< /tab >}}`` is on the page) and names it, on a line of its own at
the left margin (``{{% tab "Journal articles" %}}``, ``{{< details title="2021" >}}``): its
name is a heading of the lowest ranks (inner ones below outer ones), so a tab of talks ends
the publications and a tab named by a year gives its year, as the page's own headings do.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference

_PARSER = MarkdownIt("commonmark")

_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}", re.S)
# "[text][label]", "[text][]" (the label is the text), and the shortcut "[text]" followed by
# neither "(" nor "[" nor ":" (a plain bracketed note stays as it is when no label matches)
_REFERENCE = re.compile(r"(?<![\]\\!])\[((?:[^\[\]]|\[[^\[\]]*\])+)\](?:\[([^\[\]]*)\]|(?![(\[:]))")


# a shortcode alone on its line at the left margin, and the label it gives what it wraps: a
# quoted first argument or a title / name keyword
_SHORTCODE_LINE = re.compile(r"^\{\{([<%])[ \t]*(/?)[ \t]*([\w\-.]+)([^\n]*?)[%>]\}\}[ \t]*$", re.MULTILINE)
_LABEL = re.compile(r'^\s*"([^"\n]{1,80})"|\b(?:title|name|header|label)\s*=\s*"([^"\n]{1,80})"')
_CLOSING = re.compile(r"\{\{[<%]\s*/\s*([\w\-.]+)")


def without_shortcodes(text: str) -> str:
    """``text`` with its shortcodes and Liquid tags taken out, a wrapping shortcode's label
    left as a heading ("###### Journal articles"). Labelled shortcodes inside one another
    ("details" per year inside a "tab" of papers) rank by their nesting: the innermost
    ``######``, each one around it a rank above."""
    if "{{" not in text and "{%" not in text:
        return text
    paired = set(_CLOSING.findall(text))
    labels: dict[int, tuple[str, int]] = {}  # a labelled line's start -> (label, labelled ones around it)
    stack: list[tuple[str, bool]] = []  # the paired shortcodes open: (name, labelled)
    labelled_open = 0  # how many of them are labelled
    for m in _SHORTCODE_LINE.finditer(text):
        name = m.group(3)
        if m.group(2):  # a closing one: it closes its own, and any left open inside it
            while stack:
                opened, labelled = stack.pop()
                labelled_open -= labelled
                if opened == name:
                    break
            continue
        if name not in paired:
            continue
        label = _LABEL.search(m.group(4))
        label_text = (label.group(1) or label.group(2)).strip() if label else ""
        if label_text:
            labels[m.start()] = (label_text, labelled_open)
        stack.append((name, bool(label_text)))
        labelled_open += bool(label_text)
    deepest = max((depth for _, depth in labels.values()), default=0)

    def heading(m: re.Match) -> str:
        if m.start() not in labels:
            return m.group(0)
        label, depth = labels[m.start()]
        return "#" * max(1, 6 - deepest + depth) + " " + label

    return _SHORTCODE.sub("", _SHORTCODE_LINE.sub(heading, text))


# a line that may open a link reference definition ("[p3]: https://..."): only a page that has
# one is parsed (markdown-it-py parsed a publications page at 0.6 MB/s, median of 5, on the
# shared 2-core machine, 2026-12-06; most pages define none)
_MAY_DEFINE = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.M)


def inline_references(text: str) -> str:
    """``text`` with each reference-style link written inline and the definitions removed
    (the lines markdown-it says they span); unchanged when the page defines none."""
    if not _MAY_DEFINE.search(text):
        return text
    env: dict = {}
    _PARSER.parse(text, env)
    refs = env.get("references", {})
    if not refs:
        return text
    lines = text.splitlines()
    for ref in refs.values():
        start, end = ref["map"]
        for i in range(start, min(end, len(lines))):
            lines[i] = ""

    def link(m: re.Match) -> str:
        label = m.group(2) or m.group(1)
        ref = refs.get(normalizeReference(label))
        return f"[{m.group(1)}]({ref['href']})" if ref else m.group(0)

    return "\n".join(_REFERENCE.sub(link, line) for line in lines)
