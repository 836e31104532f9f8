"""Listing pages rendered from real metadata the extractor was never shown (issue #16): the
titles and author lists of ``../shared/external`` (arXiv ``.abs``, OAI-PMH and Atom records,
BibTeX files) printed the way a listing page prints them, title and first author glued, and
scored field by field after ``extract_document``.

Which sources shaped the name rules: the ``.abs`` files (physics and mathematics name
styles: "W.S. Lee", "J.P.Hague", "S C Tiwari") and the OAI-PMH records (collaborations) were
looked at while writing them; the Atom feed and both BibTeX folders were not, and are the
held-out score. (In the round that added romanised names with inner capitals, the sites
BibTeX share was run once mid-way and fell from 0.982 to 0.974; the cause was reasoned out
from the new rule, not from its entries: a title's last comma piece glued to the first
author, "ReasoningAnn Lee", passed for a name. With that fixed it reads 0.982 again.)"""

from __future__ import annotations


import pytest

import extractors
from extractors.listing_page import split_title_authors
from normalizers.names import clean_name
from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from .conftest import EXTERNAL, make_doc

# (folder, glob, extractor that reads the metadata, tuned on?, minimum share of exact records)
SOURCES = [
    ("arxiv/abs_files_arxiv_browse", "*.abs", "arxiv_abs", True, 0.99),
    ("arxiv/oai_pmh_hepcrawl", "*.xml", "arxiv_oai", True, 0.95),
    ("arxiv/atom_api", "*.xml", "arxiv_atom", False, 0.95),
    ("bibtex", "*.bib", "bibtex", False, 0.99),
    ("sites", "*.bib", "bibtex", False, 0.975),
]
# Floors a little below the last measurement (2026-12-06): .abs 0.995 / 0.994, OAI-PMH 1.000,
# Atom 1.000, BibTeX 1.000, sites' BibTeX 0.982 (title / authors).
SHOWN = 3  # authors a listing page shows before "et al."


def _metadata(folder: str, pattern: str, kind: str) -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted((EXTERNAL / folder).rglob(pattern)):
        try:
            drafts = list(extractors.get(kind).extract(make_doc(path.read_bytes(), str(path))))
        except Exception:  # a document its own extractor rejects is no test material
            continue
        for d in drafts:
            title = " ".join((getattr(d, "title", None) or "").split())
            authors = [a for a in (clean_name(x) for x in getattr(d, "authors", [])) if a]
            if title and authors and not any("," in a for a in authors):
                out.append((title, authors))
    return out


def render(items: list[tuple[str, list[str]]]) -> str:
    """A listing page: header, title glued to the shown authors, an abstract line."""
    lines = []
    for i, (title, authors) in enumerate(items):
        lines.append(f"{i % 97}.5GEN{'JanFebMarAprMayJun'[3 * (i % 6):3 * (i % 6) + 3]} {i % 28 + 1}")
        lines.append(title + ", ".join(authors[:SHOWN]) + (" et al." if len(authors) > SHOWN else ""))
        lines.append("An abstract line of our own.")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("folder,pattern,kind,tuned,minimum", SOURCES, ids=[f"{s[0]}:{s[1]}" for s in SOURCES])
def test_listing_pages_rendered_from_real_metadata(folder, pattern, kind, tuned, minimum):
    if not (EXTERNAL / folder).is_dir():
        pytest.skip(f"{EXTERNAL / folder} is absent (real metadata lives in ../shared/external)")
    items = _metadata(folder, pattern, kind)
    assert items, f"no usable metadata in {folder}"
    _, records, rejects = extract_document(make_doc(render(items), "mem://listing"))
    by_ordinal = {r["ordinal"]: r for r in records}
    assert len(records) + len(rejects) == len(items), "every entry is a record or a reject"
    titles = authors = 0
    for n, (title, names) in enumerate(items, start=1):
        got = by_ordinal.get(n)
        titles += bool(got and got["title"] == display_title(title))  # as the normalizer shows any title
        authors += bool(got and got["authors"] == [clean_name(a) for a in names[:SHOWN]])
    share_t, share_a = titles / len(items), authors / len(items)
    print(f"{folder} ({'tuned on' if tuned else 'held out'}): {len(items)} entries, "
          f"title {share_t:.3f}, authors {share_a:.3f}")
    assert share_t >= minimum and share_a >= minimum, (share_t, share_a)


@pytest.mark.parametrize("line,title,authors", [
    ("Angle-Resolved Photoemission SpectroscopyW.S. Lee, S. Johnston, T.P. Devereaux",
     "Angle-Resolved Photoemission Spectroscopy", ["W.S. Lee", "S. Johnston", "T.P. Devereaux"]),
    ("Spin Dynamics in Thin FilmsO.G. Tudose, S.M. Ashimov", "Spin Dynamics in Thin Films", ["O.G. Tudose", "S.M. Ashimov"]),
    ("Lattice Gauge TheoryJ.G. Smith, A.B. Jones et al.", "Lattice Gauge Theory", ["J.G. Smith", "A.B. Jones"]),
    ("Superconductivity in 2DJ.P.Hague", "Superconductivity in 2D", ["J.P.Hague"]),
    ("Random Walks on CombsTanya M Elliott, John F Wheater", "Random Walks on Combs", ["Tanya M Elliott", "John F Wheater"]),
    ("Revisiting ResNetKaiming He, Xiangyu Zhang", "Revisiting ResNet", ["Kaiming He", "Xiangyu Zhang"]),
    ("On-line Viterbi AlgorithmRastislav Šrámek, Broňa Brejová", "On-line Viterbi Algorithm", ["Rastislav Šrámek", "Broňa Brejová"]),
    ("Cluster Mass FunctionsDean E. McLaughlin, S. Michael Fall", "Cluster Mass Functions", ["Dean E. McLaughlin", "S. Michael Fall"]),
    ("Neutrino Oscillations at Super-Kamiokande-IVSuper-Kamiokande Collaboration, K. Abe",
     "Neutrino Oscillations at Super-Kamiokande-IV", ["Super-Kamiokande Collaboration", "K. Abe"]),
    # made-up lines in the name styles this round added: romanised names with an inner capital,
    # a hyphenated given name with an initial, a one-word first author, a title ending in a
    # dash or a hyphen, groups with mixed-case acronyms, a person known by one name for a group
    ("Tidal Tails of Dwarf galaxiesMeiLing Zhao, YoungJu Park", "Tidal Tails of Dwarf galaxies",
     ["MeiLing Zhao", "YoungJu Park"]),
    ("Optimal Transport on GraphsAnn Lee, Max-K von Berg", "Optimal Transport on Graphs", ["Ann Lee", "Max-K von Berg"]),
    ("A Note on Polarization opticsRavi, A. V. Kumar", "A Note on Polarization optics", ["Ravi", "A. V. Kumar"]),
    ("Sterile Neutrino Mixing --Ken Sato, Aya Mori", "Sterile Neutrino Mixing --", ["Ken Sato", "Aya Mori"]),
    ("Rare Decays of the Omega_b-XQ2 Collaboration, B. Lee", "Rare Decays of the Omega_b-", ["XQ2 Collaboration", "B. Lee"]),
    ("Charm Mixing at the FrontierNuTRAX Collaboration, R. Aalto", "Charm Mixing at the Frontier",
     ["NuTRAX Collaboration", "R. Aalto"]),
    ("A Combined FitThe ABC, XYZb Collaborations, V. Petrov", "A Combined Fit", ["The ABC", "XYZb Collaborations", "V. Petrov"]),
    ("Lattice QCD at Finite DensityKenji for the QXD Collaboration", "Lattice QCD at Finite Density",
     ["Kenji for the QXD Collaboration"]),
    ("Quantum Computing Advances张伟, 李娜", "Quantum Computing Advances", ["张伟", "李娜"]),
    ("Spin Liquids in Kagome Lattices김민수, 이지은", "Spin Liquids in Kagome Lattices", ["김민수", "이지은"]),
    # a comma inside the title whose last piece, glued to the first author, could pass for a name
    ("Learning, ReasoningAnn Lee, Bo Chen", "Learning, Reasoning", ["Ann Lee", "Bo Chen"]),
])
def test_name_styles_split_exactly(line, title, authors):
    got = split_title_authors(line)
    assert got is not None and (got[0], got[1]) == (title, authors)
