"""The free-text ``Authors:`` line of arXiv ``.abs`` files: names and affiliations.

arXiv's conventions, as its own parser applies them:

* names are separated by ``,``, `` and `` or ``&``; ``Collaboration: A. Person`` makes
  the collaboration one author;
* ``(text)`` right after a name is that name's affiliation (only that name's:
  ``A, B (Inst)`` gives ``Inst`` to B alone);
* numbered affiliations: ``A (1), B (1,2) ((1) Inst One, (2) Inst Two)``;
* ``et al`` at the end marks a truncated list.

A parenthesis inside a name (``Zhe (Rita) Liang``) stays part of the name. TeX accents are
left as written; :func:`extractors.arxiv_fields.to_draft` decodes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER_LIST = re.compile(r"^\s*\d+(?:\s*(?:,|and|&)\s*\d+)*\s*$")
_NUMBERED = re.compile(r"\(\s*(\d+)\s*\)")  # ((1) Inst One, (2) Inst Two)
_BARE_NUMBERED = re.compile(r"(?:^|[,;])\s*(\d+)\s+(?=[^\d\s,;])")  # (1 Inst One; 2 Inst Two)
_TEX_SPACE = re.compile(r"\\[,;:! ]|(?<!\\)~")  # "M. Finger,\\, Jr." -> "M. Finger, Jr."
_ET_AL = re.compile(r"^(?:and\s+)?et\.?\s*al\.?$", re.I)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass
class _Token:
    name: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # parenthesised text after the name

    def add_text(self, ch: str) -> None:
        if self.groups and not ch.isspace():  # more name after "(...)": it was part of the name
            self.name.append("".join(f" ({g}) " for g in self.groups))
            self.groups = []
        self.name.append(ch)

    @property
    def text(self) -> str:
        return " ".join("".join(self.name).split())


def _trailing_group(text: str) -> tuple[str, str] | None:
    """(text before, content) of a final top-level ``(...)``, if the text ends with one."""
    text = text.rstrip()
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return text[:i], text[i + 1:-1]
    return None


def _numbered_affiliations(text: str) -> tuple[str, dict[str, str]]:
    """Split off a trailing ``((1) Inst One, (2) Inst Two)`` or ``(1 Inst One; 2 Inst Two)``
    list: (rest, {"1": "Inst One", "2": "Inst Two"})."""
    found = _trailing_group(text)
    if not found:
        return text, {}
    rest, content = found
    pattern = _NUMBERED if _NUMBERED.match(content.lstrip()) else _BARE_NUMBERED
    parts = pattern.split(content)  # ["", "1", " Inst One, ", "2", " Inst Two"]
    table = {num: " ".join(aff.split()).strip(" ,;") for num, aff in zip(parts[1::2], parts[2::2])}
    # One bare number is more likely part of an address ("(12 Main Street)") than a list.
    if parts[0].strip() or len(table) < (1 if pattern is _NUMBERED else 2):
        return text, {}
    return rest, table


def _tokens(text: str) -> list[_Token]:
    """Split at top-level separators, collecting each name's parenthesised groups."""
    tokens, current, depth, start, i = [], _Token(), 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth, start = depth + 1, (i if depth == 0 else start)
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                current.groups.append(text[start + 1:i])
        elif depth:
            pass
        elif ch in ",:;" or text.startswith((" and ", " & "), i):
            tokens.append(current)
            current = _Token()
            i += 4 if text.startswith(" and ", i) else (2 if ch == " " else 0)
        else:
            current.add_text(ch)
        i += 1
    if depth:  # an unclosed "(": what follows it is still its group
        current.groups.append(text[start + 1:])
    tokens.append(current)
    return [t for t in tokens if t.text or t.groups]


def _affiliation(groups: list[str], numbered: dict[str, str]) -> str:
    out = []
    for group in groups:
        group = " ".join(group.split())
        if _NUMBER_LIST.match(group):  # "(1,2)": numbered affiliations, or nothing without a table
            out += [numbered.get(n, "") for n in re.findall(r"\d+", group)]
        else:
            out.append(group)
    return "; ".join(a for a in out if a)


def split_abs_authors(text: str | None) -> tuple[list[tuple[str, str]], bool]:
    """([(name, affiliation or "")], truncated) of an ``Authors:`` value."""
    text = " ".join(_TEX_SPACE.sub(" ", text or "").split())
    text, numbered = _numbered_affiliations(text)
    people: list[tuple[str, str]] = []
    truncated = False
    for token in _tokens(text):
        name = token.text
        if _ET_AL.match(name):
            truncated = True
            continue
        if name.lower() in _SUFFIXES and people:
            prev, aff = people[-1]
            people[-1] = (f"{prev} {name}", aff)
            continue
        if name:
            people.append((name, _affiliation(token.groups, numbered)))
    return people, truncated
