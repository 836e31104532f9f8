"""One table of the generated held-out measurements of issue #16 (every format but CV PDFs):
per format and layout set (tuned / held out), the entries, entry precision and recall, and
each field's share of the truth entries (title, authors strictly, year, venue); "-" where the
format does not print that field or the generator does not score it.

It runs the same generators and scorers as the tests (``tests/test_listing_generalization.py``,
``tests/test_seed_format_layouts.py``, ``tests/test_bibtex_layouts.py``,
``tests/test_data_file_layouts.py``), so the figures are
the ones ``make test`` asserts floors on. Needs ``../shared/external``. Run from the
repository root:

    PYTHONHASHSEED=0 PYTHONPATH=$PWD python -m benchmarks.heldout_table [--goal 0.99]

Every held-out figure below the goal (issue #16: 0.99 per field on layouts not used for
tuning) is named after the table.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable

FIELDS = ("title", "authors", "year", "venue")
Row = dict  # {"format", "set", "split", "entries", "P", "R", <field>: share or None}


def _row(fmt: str, name: str, split: str, entries: int, p: float | None, r: float | None,
         **fields: float | None) -> Row:
    return {"format": fmt, "set": name, "split": split, "entries": entries, "P": p, "R": r,
            **{f: fields.get(f) for f in FIELDS}}


def listing_rows() -> Iterable[Row]:
    """Listing pages of real metadata's titles and names, in ``tests/test_listing_generalization``'s
    one layout (title glued to the first author, no year printed): title and authors."""
    from extractors.listing_page import NAME
    from normalizers.names import clean_name
    from normalizers.titles import display_title
    from scholarlake.extraction import extract_document
    from tests import test_listing_generalization as lg
    from tests.conftest import EXTERNAL, make_doc

    for folder, pattern, kind, tuned, _ in lg.SOURCES:
        if not (EXTERNAL / folder).is_dir():
            continue
        items = lg._metadata(folder, pattern, kind)
        got_kind, records, _rejects = extract_document(make_doc(lg.render(items), "mem://listing"))
        by_ordinal = {r["ordinal"]: r for r in records}
        titles = authors = 0
        for n, (title, names) in enumerate(items, start=1):
            got = by_ordinal.get(n)
            ok = bool(got and got["title"] == display_title(title))
            titles += ok
            authors += bool(got and got["authors"] == [clean_name(a) for a in names[:lg.SHOWN]])
        n = len(items)
        p = titles / len(records) if records else 0.0
        yield _row(f"listing_page{'' if got_kind == NAME else ' (as ' + str(got_kind) + ')'}", folder,
                   "tuned" if tuned else "held out", n, p, titles / n, title=titles / n, authors=authors / n)


def bibtex_rows() -> Iterable[Row]:
    from tests import bibtex_layouts
    from tests import test_bibtex_layouts as tb
    from tests.conftest import EXTERNAL

    scores = {layout: tb.score(layout, entries) for layout, entries in bibtex_layouts.cases(EXTERNAL).items()}
    for split, names in bibtex_layouts.SPLITS:
        part = [scores[n] for n in names if n in scores]
        if not part:
            continue
        n = sum(s["entries"] for s in part)
        records = sum(s["records"] for s in part)
        found = sum(s["found"] for s in part)
        yield _row("bibtex", f"{split}: " + ", ".join(names), "tuned" if split == "tuned" else "held out", n,
                   found / records if records else 0.0, found / n,
                   **{f: sum(s[f] for s in part) / n for f in FIELDS})
        for name in names:
            s = scores.get(name)
            if s is None or split == "tuned":
                continue
            yield _row("bibtex", f"  {name}", "held out", s["entries"],
                       s["found"] / s["records"] if s["records"] else 0.0, s["found"] / s["entries"],
                       **{f: s[f] / s["entries"] for f in FIELDS})


def data_file_rows() -> Iterable[Row]:
    from tests import test_data_file_layouts as td
    from tests.test_sites_cv_pdf import summary

    scores: dict[str, Counter] = {}
    for layout, pages in td._cases().items():
        total = Counter()
        for seed, (owner, entries) in enumerate(pages):
            total.update(td.score_page(layout, owner, entries, seed))
        scores[layout] = total
    for name, names in td.SPLITS:
        if not names:
            continue
        split = "tuned" if name == "tuned" else "held out"
        s = summary({n: scores[n] for n in sorted(names) if n in scores})
        yield _row("publication_data", f"{name} ({len(names)} layouts)", split, s["entries"], s["precision"],
                   s["recall"], **{f: s[f] for f in FIELDS})
        if split == "held out":
            for name in sorted(names):
                s = summary({name: scores[name]})
                yield _row("publication_data", f"  {name}", split, s["entries"], s["precision"], s["recall"],
                           **{f: s[f] for f in FIELDS})


def seed_format_rows() -> Iterable[Row]:
    """The seed formats in layouts of their own (``tests/seed_format_layouts.py``): listing,
    profile and daily-papers pages and CV text; only the fields each format prints."""
    from tests import seed_format_layouts as sfl
    from tests import test_seed_format_layouts as ts
    from tests.conftest import EXTERNAL
    from tests.test_sites_cv_pdf import summary

    scores = {layout: ts.score(layout, owner, entries) for layout, (owner, entries) in sfl.cases(EXTERNAL).items()}
    for (fmt, split), s in ts.splits(scores).items():
        group = dict(sfl.SPLITS)[split]
        names = [n for n in group if sfl.fmt(n) == fmt]
        split = "tuned" if split == "tuned" else "held out"
        yield _row(fmt, "layouts: " + ", ".join(names), split, s["entries"], s["precision"], s["recall"],
                   **{f: s[f] for f in sfl.PRINTS[fmt]})
        if split == "held out":
            for name in (n for n in names if n not in ts.BLIND):  # a blind round: aggregate only
                one = summary({name: scores[name]})
                yield _row(fmt, f"  {name}", split, one["entries"], one["precision"], one["recall"],
                           **{f: one[f] for f in sfl.PRINTS[fmt]})


# The formats with a held-out generator, and those with none yet.
SOURCES: list[tuple[str, Callable[[], Iterable[Row]]]] = [
    ("listing_page", listing_rows),
    ("seed formats", seed_format_rows),
    ("bibtex", bibtex_rows),
    ("publication_data", data_file_rows),
]
NO_GENERATOR: tuple[str, ...] = ()


def _cell(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def table(rows: list[Row]) -> str:
    head = "| format | layout set | split | entries | P | R | " + " | ".join(FIELDS) + " |"
    out = [head, "|" + "---|" * (6 + len(FIELDS))]
    for r in rows:
        out.append(f"| {r['format']} | {r['set']} | {r['split']} | {r['entries']} | {_cell(r['P'])} | "
                   f"{_cell(r['R'])} | " + " | ".join(_cell(r[f]) for f in FIELDS) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--goal", type=float, default=0.99, help="per-field goal on held-out sets (issue #16)")
    args = ap.parse_args(argv)
    from tests.conftest import EXTERNAL

    if not EXTERNAL.is_dir():
        print(f"{EXTERNAL} is absent: the generators render its real metadata")
        return 1
    rows: list[Row] = []
    for _fmt, make in SOURCES:
        rows += list(make())
    for fmt in NO_GENERATOR:
        rows.append(_row(fmt, "no held-out generator", "-", 0, None, None))
    print(table(rows))
    below = [(r, k) for r in rows if r["split"] == "held out"
             for k in ("P", "R", *FIELDS) if r[k] is not None and r[k] < args.goal]
    print()
    if below:
        print(f"held-out figures below {args.goal}:")
        for r, k in below:
            where = f"layout {r['set'].strip()}" if r["set"].startswith("  ") else r["set"]
            print(f"  {r['format']} {where}: {k} {r[k]:.3f}")
    else:
        print(f"every held-out figure is at or above {args.goal}")
    missing = [r["format"] for r in rows if r["set"] == "no held-out generator"]
    if missing:
        print("formats with no held-out generator: " + ", ".join(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
