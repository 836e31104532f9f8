"""Markdown that points elsewhere: reference-style links and site generators' shortcodes.

A page may write a link as ``[Title][p3]`` (or ``[Title][]``, ``[Title]``) and list the
targets apart, ``[p3]: https://...``, anywhere in the file. markdown-it-py reads those
definitions the way CommonMark defines them (labels matched case aside, titles and angle
brackets allowed); here each reference becomes an inline link, ``[Title](https://...)``,
and the definition lines are removed, so the entry reader sees a link where the page shows
one and no stray line of URLs.

Hugo's shortcodes (``{{< icon name="pdf" >}}``, ``{{% cite "x" %}}``) and Liquid tags
(``{% include x.html %}``) are the generator's instructions, never a field's text: they
print nothing.
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


def without_shortcodes(text: str) -> str:
    return _SHORTCODE.sub("", text)


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
