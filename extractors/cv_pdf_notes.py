"""A note printed after each entry of a CV's list, in smaller type: no part of the citation.

Some CVs follow each citation with a paragraph about it, set a size smaller than the list
(a contribution statement, "I designed the study and wrote the manuscript."; an annotation;
moderncv's ``\\cvitem`` notes under a biblatex list). Read with the citation, its words are
taken for a venue's or a title's, or left over as text no field holds. The note is told by
its type and its place, list-wide:

- it is the entry's last lines, each in a type at least :data:`NOTE_SIZE_STEP` points smaller
  than the entry's first line (the size of a line's first lettered word: a stop after a
  note's last word may be set in the list's size, where the group of small type closed);
- the lines above it hold a complete citation: they print a year, and their last line ends
  a sentence (a stop, a closing parenthesis or quote);
- it opens with a capital letter (a sentence of its own);
- and :data:`NOTE_SHARE` of the list's entries (:data:`NOTE_ENTRIES` at least) end so: a
  style of the list. A list that prints each entry's title large and its names and venue
  smaller under it has no year in its first lines, so its smaller lines are never notes.

A note that a page break cut from its entry is an entry of the note's type alone at the
next page's top: it is the note's rest, no entry (:func:`without_notes` drops it too).
"""

from __future__ import annotations

import dataclasses
import re

from .cv_pdf_layout import EntryLine, PdfEntry

NOTE_SIZE_STEP = 0.5  # a note is set at least this many points smaller than its entry's first line
NOTE_SHARE = 0.5  # this share of a list's entries end with a note
NOTE_ENTRIES = 2  # ... two at least

_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.)”\"’]\s*$")


def _size(el: EntryLine) -> float:
    """The type of a line: the size of its first lettered word."""
    return next((w.size for w in el.words if _LETTER.search(w.text)), el.words[0].size if el.words else 0.0)


def _text(lines: list[EntryLine]) -> str:
    return " ".join(w.text for el in lines for w in el.words)


def _note_start(entry: PdfEntry) -> int | None:
    """The index of the first line of ``entry``'s note (see the module's rules), else None."""
    lines = [el for el in entry.lines if el.words]
    if len(lines) < 2 or len(lines) != len(entry.lines) or entry.cells is not None:
        return None
    first = _size(lines[0])
    k = len(lines)
    while k > 1 and _size(lines[k - 1]) <= first - NOTE_SIZE_STEP:
        k -= 1
    if k == len(lines):
        return None
    above = lines[:k]
    opening = next((w.text for w in lines[k].words if _LETTER.search(w.text)), "")
    if not (_YEAR.search(_text(above)) and _SENTENCE_END.search(_text(above)) and opening[:1].isupper()):
        return None
    return k


def _note_only(entry: PdfEntry, note_size: float) -> bool:
    """Whether ``entry`` is lines of the notes' type alone, opened by a page break."""
    return (entry.page_start and bool(entry.lines) and all(el.words for el in entry.lines)
            and all(abs(_size(el) - note_size) < NOTE_SIZE_STEP for el in entry.lines))


def without_notes(entries: list[PdfEntry]) -> list[PdfEntry]:
    """``entries`` without the note after each citation, where the list prints one (see the
    module's rules); unchanged otherwise. (The CV's lists together: a style of the document.)"""
    starts = [_note_start(e) for e in entries]
    noted = [i for i, k in enumerate(starts) if k is not None]
    if len(noted) < NOTE_ENTRIES or len(noted) < NOTE_SHARE * len(entries):
        return entries
    note_size = sorted(_size(entries[i].lines[starts[i]]) for i in noted)[len(noted) // 2]
    out: list[PdfEntry] = []
    for entry, k in zip(entries, starts):
        if k is not None:
            out.append(dataclasses.replace(entry, lines=entry.lines[:k]))
        elif out and _note_only(entry, note_size):
            continue  # the note of the entry above, carried over to the next page
        else:
            out.append(entry)
    return out



# A bulleted remark under an entry's title and names ("• Invited paper", "• Open access"): the
# "why" lines of R's vitae and the like. Its bullet marks it as no part of the citation; a DOI,
# link or identifier in it is the entry's (kept: the readers take it from there).
_IDENTIFIER = re.compile(r"(?i)\bdoi\b|10\.\d{4,}/|https?://|www\.|\barxiv\b|\bisbn\b|\bpmid\b")


def without_bullet_notes(entries: list[PdfEntry]) -> list[PdfEntry]:
    """``entries`` without the bulleted remarks under their first lines (``EntryLine.bullet_note``:
    a bullet set under a titled entry), where two lines or more of the entry are no remark and
    the remark names no identifier; unchanged otherwise."""
    out = []
    for entry in entries:
        notes = [el for el in entry.lines if el.bullet_note and not _IDENTIFIER.search(_text([el]))]
        if not notes or len(entry.lines) - len(notes) < 2:
            out.append(entry)
            continue
        out.append(dataclasses.replace(entry, lines=[el for el in entry.lines if not any(el is n for n in notes)]))
    return out
