"""A field set flush right beside an entry's lines, read as a field of its own.

CV classes that print a field at the right-hand end of an entry's first lines (moderncv's
``\\cventry``: "**Title**            *Phys. Rev. A*"; two-column CVs that set the journal
flush right on the author line: "Lee, A.; Chen, B.        J. Things, Vol. 3, id.L7") put it
a tab's gap clear of the line's text, its right end at the column's right edge. Read into the
line, it falls inside the title or the names. Such a cell is moved after the entry's lines, a
field of its own; where it is set in a smaller type than the line and wraps, the smaller
line that follows it is its continuation.

The decision is the CV's, by typography alone: the cells' right ends line up at the column's
edge in more entries than their left ends line up (a word processor's left-aligned table
column is :func:`cv_pdf_layout.table_column`'s), in :data:`RIGHT_CELL_ENTRIES` entries at least.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from .cv_pdf_layout import COLUMN_ALIGN, COLUMN_GAP, EntryLine, PdfEntry, _cells, flush_right_alone
from .pdf_lines import Word

RIGHT_CELL_ENTRIES = 3  # a CV's layout, not one line's accident: this many entries print such a cell
RIGHT_EDGE = 1.0  # the cell ends within this many font sizes of the column's right edge
SMALLER = 0.5  # a cell's type is smaller than its line's text by this many points at least


def _right_cell(el: EntryLine) -> list[Word] | None:
    """The last cell of a line when it stands :data:`COLUMN_GAP` font sizes clear of the text
    before it, in the right half of the column, and ends at the column's right edge."""
    cells = _cells(el.words)
    if len(cells) < 2:
        return None
    cell, before = cells[-1], cells[-2]
    line = el.line
    size = max(w.size for w in cell)
    if (cell[0].x0 - before[-1].x1 >= COLUMN_GAP * size and cell[0].x0 > (line.left + line.right) / 2
            and cell[-1].x1 >= line.right - RIGHT_EDGE * size):
        return cell
    return None


def flush_right_cv(entries: list[PdfEntry]) -> bool:
    """Whether the CV sets a field flush right beside its entries' lines: cells of
    :func:`_right_cell` in :data:`RIGHT_CELL_ENTRIES` entries at least, whose right ends line
    up (within ``COLUMN_ALIGN``) more often than their left ends do."""
    cells = [(i, c) for i, e in enumerate(entries) for el in e.lines if (c := _right_cell(el))]
    if len({i for i, _ in cells}) < RIGHT_CELL_ENTRIES:
        return False

    def agreeing(xs: list[float]) -> int:
        mode = Counter(round(x) for x in xs).most_common(1)[0][0]
        return sum(abs(x - mode) <= COLUMN_ALIGN for x in xs)

    return agreeing([c[-1].x1 for _, c in cells]) > agreeing([c[0].x0 for _, c in cells])


def _look(w: Word) -> tuple[float, bool, bool]:
    return round(w.size * 2) / 2, w.bold, w.italic


def _smaller(words: list[Word], than: float) -> bool:
    return all(w.size <= than - SMALLER for w in words)


def beside_edge(entries: list[PdfEntry]) -> float | None:
    """The right edge the text beside the CV's flush-right cells wraps at: the furthest its
    words reach on the lines that hold such a cell (None where no line does)."""
    ends = [max(w.x1 for w in el.words[:len(el.words) - len(c)])
            for e in entries for el in e.lines if (c := _right_cell(el))]
    return max(ends, default=None)


def smaller_cells(entries: list[PdfEntry]) -> float | None:
    """The type size of the CV's flush-right cells when it is smaller than the text they stand
    beside (by :data:`SMALLER` points at least, in most cells): the size in which such a cell
    is told from the line's text even with no gap before it (names that fill the line up to
    the cell). None when the cells are in the text's own type."""
    pairs = [(Counter(w.size for w in c).most_common(1)[0][0],
              Counter(w.size for w in el.words[:len(el.words) - len(c)]).most_common(1)[0][0])
             for e in entries for el in e.lines if (c := _right_cell(el))]
    small = [cell for cell, text in pairs if cell <= text - SMALLER]
    return max(small) if pairs and 2 * len(small) > len(pairs) else None


def _small_tail(el: EntryLine, size: float) -> list[Word] | None:
    """The words in the cells' smaller ``size`` that end a line at the column's right edge,
    after text in a larger type: a flush-right cell the line's text runs up to."""
    k = len(el.words)
    while k and el.words[k - 1].size <= size:
        k -= 1
    if k == len(el.words) or not k or el.words[k - 1].size <= size + SMALLER / 2 or \
            el.words[-1].x1 < el.line.right - RIGHT_EDGE * size:
        return None
    return el.words[k:]


def _alone_at_edge(el: EntryLine) -> bool:
    """Whether a line holds only one cell, set flush right (:func:`cv_pdf_layout.flush_right_alone`)."""
    return bool(el.words) and len(_cells(el.words)) == 1 and flush_right_alone(el.words, el.line)


def right_cells_apart(entry: PdfEntry, edge: float, small: float | None = None) -> PdfEntry:
    """The entry with each flush-right cell (:func:`_right_cell`) moved after its lines, the
    first line of each a field's start (``cell_start``); the cells of consecutive lines are
    one field (a cell wrapped beside the text). A line wholly in the cell's own smaller type
    (size, weight and slant) right after the line the cell ends is the cell's wrap and goes
    with it. A line that holds such a cell alone, between two lines of the entry, is moved
    too (Awesome-CV centres the venue beside a title wrapped over two lines, and the date
    beside two lines of names, each on a baseline of its own). The lines
    that stood beside a cell wrap at ``edge`` (:func:`beside_edge`), short of the cells, so
    that a title running on below its cell still reads as one field."""
    main: list[EntryLine] = []
    moved: list[EntryLine] = []
    by_cell: set[int] = set()  # the indexes in ``main`` of the lines beside a cell or a date, or around a lone cell
    wraps: tuple | None = None  # the look of a smaller cell that its next line may continue
    beside = False  # the line before stood beside a cell
    for k, el in enumerate(entry.lines):
        if wraps is not None and el.words and all(_look(w) == wraps for w in el.words):
            last = moved[-1]
            moved[-1] = EntryLine(last.line, [*last.words, *el.words], cell_start=True, right_cell=True)
            wraps = None
            continue
        wraps = None
        if 0 < k < len(entry.lines) - 1 and _alone_at_edge(el):
            # a cell on a baseline of its own between two lines of the entry (a venue or a date
            # centred beside a title or a name list wrapped over two lines): the same field
            moved.append(EntryLine(dataclasses.replace(el.line, left=el.words[0].x0), el.words, cell_start=True,
                                   right_cell=True))
            by_cell.update({len(main) - 1, len(main)})  # (the lines above and below it, both beside it)
            beside = False
            continue
        cell = _right_cell(el) or (_small_tail(el, small) if small else None)
        if cell is None:
            if el.beside_date:
                by_cell.add(len(main))
            main.append(el)
            beside = False
            continue
        rest = el.words[:len(el.words) - len(cell)]
        line = dataclasses.replace(el.line, right=min(el.line.right, max(edge, max(w.x1 for w in rest))))
        by_cell.add(len(main))
        main.append(EntryLine(line, rest, el.cell_start, el.item_start))
        if beside:  # the cell of the line before, wrapped beside this one: one field
            moved[-1] = EntryLine(moved[-1].line, [*moved[-1].words, *cell], cell_start=True, right_cell=True)
        else:
            moved.append(EntryLine(dataclasses.replace(el.line, left=cell[0].x0), cell, cell_start=True,
                                   right_cell=True))
        beside = True
        rest_size = Counter(w.size for w in rest).most_common(1)[0][0]
        if _smaller(cell, rest_size) and len({_look(w) for w in cell}) == 1:
            wraps = _look(cell[-1])
    if not moved:
        return entry
    return dataclasses.replace(entry, lines=_block_wraps(main, by_cell, edge) + moved)


def _size(el: EntryLine) -> float:
    return Counter(round(w.size * 2) / 2 for w in el.words).most_common(1)[0][0]


def _block_wraps(main: list[EntryLine], by_cell: set[int], edge: float) -> list[EntryLine]:
    """The entry's lines, each line of a block (consecutive lines in one type) that holds a
    line beside a flush-right cell or date wrapping at ``edge`` too: the class sets the whole
    block beside the cell (Awesome-CV's names, "..., HELLER" / "MURRAY, E. S., ... &  2023" /
    "GUENTHER, F. H."), so its lines stop short of the cell whether or not a cell stands
    beside them, and a line so stopped is no field's end."""
    out = list(main)
    for k, el in enumerate(main):
        if not el.words:
            continue
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(main) and j in by_cell and main[j].words]
        if k in by_cell or any(_size(main[j]) == _size(el) for j in near):
            right = min(el.line.right, max(edge, max(w.x1 for w in el.words)))
            out[k] = dataclasses.replace(el, line=dataclasses.replace(el.line, right=right))
    return out


def flush_right_apart(entries: list[PdfEntry]) -> list[PdfEntry]:
    """The entries with their flush-right cells read apart (:func:`right_cells_apart`) where
    the CV sets its fields so (:func:`flush_right_cv`); else as they are."""
    if not flush_right_cv(entries):
        return entries
    edge = beside_edge(entries)
    small = smaller_cells(entries)
    return [right_cells_apart(e, edge, small) for e in entries]
